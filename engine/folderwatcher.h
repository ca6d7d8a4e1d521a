#pragma once

#include "engineevents.h"

#include <QElapsedTimer>
#include <QFileSystemWatcher>
#include <QHash>
#include <QObject>
#include <QTimer>

#include <functional>

namespace Revaer {

class SettingsStore;
class TorrentEngine;
struct AddTorrentRequest;

// A folder whose new .torrent files are added by themselves.
struct WatchedFolder {
    enum class AfterAdding : quint8 {
        Rename, // "x.torrent" becomes "x.torrent.added"
        MoveToSubfolder, // into "added/" inside the folder
    };

    QString path;
    QString category; // canonical; empty: none
    QString savePath; // empty: the category's folder, else the default
    bool startPaused = false;
    AfterAdding afterAdding = AfterAdding::Rename;

    friend bool operator==(const WatchedFolder &a, const WatchedFolder &b)
    {
        return a.path == b.path && a.category == b.category && a.savePath == b.savePath && a.startPaused == b.startPaused
            && a.afterAdding == b.afterAdding;
    }
    friend bool operator!=(const WatchedFolder &a, const WatchedFolder &b) { return !(a == b); }
};

// Watches folders for .torrent files and adds each once it is whole: a file
// still being written (its size or time still changing) is waited for, a
// file that reads as a torrent once it stopped changing for settleMs is
// added, then renamed ".added" or moved to "added/" so it is not added again.
// One that is not a torrent (garbage, a FIFO or a device in its place, too
// big) is renamed ".invalid" with a message naming it; one that could still
// be unfinished (it does not parse yet) gets invalidAfterMs to become whole.
//
// QFileSystemWatcher says when something changed; a poll every pollMs
// catches what it misses (network shares, a folder that does not exist yet,
// is on a drive plugged in later, or was deleted and made again).
class FolderWatcher : public QObject
{
    Q_OBJECT

public:
    struct Timing {
        int pollMs = 5000;
        int settleMs = 1000;
        int invalidAfterMs = 15'000;
    };
    // Fills in where a request downloads (SettingsStore::place: the
    // category's folder, an incomplete folder).
    using Place = std::function<void(AddTorrentRequest &request)>;

    FolderWatcher(TorrentEngine *engine, Place place, QObject *parent = nullptr);

    void setTiming(const Timing &timing);
    // Watches these folders from now on (and looks at them at once).
    void setFolders(const QList<WatchedFolder> &folders);
    const QList<WatchedFolder> &folders() const { return m_folders; }
    // Looks at every folder now.
    void scan();
    // Watches the folders `settings` names once the engine has started, and
    // follows every change of them (Settings, an edit of the file); a
    // category's torrents go where `settings` says.
    void follow(SettingsStore *settings);

Q_SIGNALS:
    // A file added (its new name), or one set aside as invalid, or a folder
    // problem: each names the file or folder.
    void message(const Revaer::EngineMessage &message);

private:
    struct Seen {
        qint64 size = -1;
        qint64 modifiedMs = 0;
        qint64 stableSinceMs = 0;
    };
    void scanFolder(const WatchedFolder &folder);
    void consider(const WatchedFolder &folder, const QString &file);
    void add(const WatchedFolder &folder, const QString &file, const QByteArray &data);
    void setAside(const QString &file, const QString &reason);
    void settleLater();

    TorrentEngine *m_engine;
    Place m_place;
    Timing m_timing;
    QList<WatchedFolder> m_folders;
    QHash<QString, Seen> m_seen; // by file path
    // Files that could not be renamed after adding, by path and time: not added again.
    QHash<QString, qint64> m_done;
    QFileSystemWatcher m_watcher;
    QTimer m_poll;
    QTimer m_settle;
    QElapsedTimer m_clock;
    bool m_engineStarted = false;
};

} // namespace Revaer
