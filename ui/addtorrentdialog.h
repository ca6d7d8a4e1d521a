#pragma once

#include "addtorrentrequest.h"
#include "torrentmetadata.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTreeView;

namespace Revaer {

class SettingsStore;

class FileTreeModel;
class TorrentEngine;

// What to add and how: the files (check boxes and priorities), the folder
// (remembered), start paused, sequential. A .torrent shows its files at once;
// a magnet waits for its metadata (fetched by the engine, cancellable), or can
// be added without waiting. On OK the dialog hands the request to the engine:
// what the user chose is what the engine gets.
class AddTorrentDialog : public QDialog
{
    Q_OBJECT

public:
    // Whether a remembered folder can be offered: it exists and can be
    // written, or can be made in a folder that can.
    static bool usableFolder(const QString &path);
    // The save folder starts at the last one chosen, else the default save path of `settings`.
    AddTorrentDialog(TorrentEngine *engine, SettingsStore *settings, QWidget *parent = nullptr);
    ~AddTorrentDialog() override;

    // Returns false (with `error` naming the file and the reason) for a file
    // that is not a usable .torrent.
    bool openTorrentFile(const QString &path, QString *error);
    bool openTorrentData(const QByteArray &data, const QString &source, QString *error);
    bool openMagnet(const QString &uri, QString *error);

    AddTorrentRequest request() const;
    FileTreeModel *fileModel() const { return m_files; }
    QString savePath() const;
    void setSavePath(const QString &path);
    bool waitingForMetadata() const;
    // Why the chosen folder cannot be used (empty when it can); OK stays off
    // while there is one.
    QString saveProblem() const;

    void accept() override;
    void reject() override;

private:
    // The category and tags typed; false (after saying why) when one is not valid.
    bool labels(Revaer::TorrentLabels *labels) const;
    void showMetadata(const TorrentMetadata &metadata);
    void updateSpace();
    void onMetadataFetched(const QString &magnet, const TorrentMetadata &metadata, const QByteArray &torrent);
    void onMetadataFailed(const QString &magnet, const QString &message);
    void browse();

    TorrentEngine *m_engine;
    SettingsStore *m_settings;
    FileTreeModel *m_files;
    QStackedWidget *m_pages;
    QLabel *m_name;
    QLabel *m_hash;
    QLabel *m_waiting;
    QTreeView *m_tree;
    QSortFilterProxyModel *m_sorted = nullptr;
    QLineEdit *m_fileFilter = nullptr;
    int m_priorityWidth = 0;
    QComboBox *m_savePath;
    QLabel *m_space;
    QComboBox *m_category;
    QLineEdit *m_tags;
    QCheckBox *m_paused;
    QCheckBox *m_sequential;
    QDialogButtonBox *m_buttons;
    QPushButton *m_addNow; // a magnet, without waiting for its metadata

    QString m_source;
    QByteArray m_torrentData; // a .torrent's bytes, or the one made from a magnet's metadata
    QString m_magnet; // while its metadata is fetched
    // What a magnet link brings besides the info-hash: kept when the .torrent
    // made from its metadata is added.
    QStringList m_magnetPeers;
    QStringList m_magnetTrackers;
    bool m_haveMetadata = false;
};

} // namespace Revaer
