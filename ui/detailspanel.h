#pragma once

#include "torrentdetails.h"

#include <QTabWidget>
#include <QTimer>

class QFormLayout;
class QLabel;
class QStackedWidget;
class QTreeView;
class QTreeWidget;
class QTreeWidgetItem;

namespace Revaer {

class FileTreeModel;
class SpeedGraph;
class SpeedHistory;
class TorrentEngine;
class TorrentListModel;

// The selected torrent: General, Files, Trackers, Peers and Speed. Details
// are fetched by the engine on its thread every 1.5 s while the panel shows
// a torrent; nothing here waits on libtorrent.
class DetailsPanel : public QTabWidget
{
    Q_OBJECT

public:
    DetailsPanel(TorrentEngine *engine, TorrentListModel *model, QWidget *parent = nullptr);

    void setTorrent(const TorrentId &id);
    const TorrentId &torrent() const { return m_id; }
    FileTreeModel *fileModel() const { return m_files; }
    QTreeView *fileView() const { return m_fileView; }
    QTreeWidget *trackerList() const { return m_trackers; }
    QTreeWidget *peerList() const { return m_peers; }
    SpeedGraph *speedGraph() const { return m_graph; }
    SpeedHistory *speedHistory() const { return m_history; }

    void onDetails(const Revaer::TorrentDetails &details);

Q_SIGNALS:
    // Something the user asked for failed (a file that cannot be opened).
    void problem(const QString &message);

private:
    QWidget *makeGeneralTab();
    QWidget *makeFilesTab();
    QWidget *makeTrackersTab();
    void refresh();
    void showStatus();
    void showTrackers(const TorrentDetails &d);
    // The tracker a row (or one of its address rows) stands for; -1 for DHT, PeX, LSD.
    int trackerIndexOf(const QTreeWidgetItem *item) const;
    static constexpr int TrackerIndexRole = Qt::UserRole + 1;
    enum Column {
        TrackerUrl,
        TrackerTier,
        TrackerStatus,
        TrackerSeeds,
        TrackerPeers,
        TrackerDownloaded,
        TrackerMessage,
        TrackerNext
    };
    void showSpeed();
    void showPeerMenu(const QPoint &pos);
    void showFileMenu(const QPoint &pos);
    // The path (relative to the save path) of a row of the Files tab.
    QString relativePathOf(const QModelIndex &index) const;
    void openPath(const QString &relative);
    void renameFileOrFolder(const QModelIndex &index);
    void addTracker();
    void editTracker();
    void removeTracker();
    QStringList trackerUrls() const;

    TorrentEngine *m_engine;
    TorrentListModel *m_model;
    TorrentId m_id;
    TorrentDetails m_last;
    QTimer m_refresh;

    QHash<QString, QLabel *> m_general;
    QStackedWidget *m_generalStack = nullptr; // a hint while nothing is selected, else the fields
    FileTreeModel *m_files;
    QTreeView *m_fileView;
    int m_filesShownFor = -1; // file count of the tree on show, to rebuild only when it changes
    QStringList m_filePathsShown; // and their names, to rebuild after a rename
    QTreeWidget *m_trackers;
    TorrentId m_trackersWidthFor; // the URL column was fitted for this torrent…
    int m_trackersShown = -1; // …with this many rows
    QTreeWidget *m_peers;
    SpeedGraph *m_graph;
    SpeedHistory *m_history;
};

} // namespace Revaer
