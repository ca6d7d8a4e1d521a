#pragma once

#include "safefile.h"
#include "storedtorrent.h"
#include "torrentid.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace Revaer {

// The resume folder on disk (docs/resume-layout.md): per torrent
// `<infohash>.fastresume` (libtorrent's resume data) and `<infohash>.json`
// (StoredTorrent), plus `quarantine/` for files that could not be used.
//
// Every write goes through SafeFile::write (written in full to a private
// temporary file, synced, then renamed over the old one), so a crash or a
// full disk leaves the old file or the new one, never a mix or an empty file.
// syncDirectory() makes the renames themselves durable. Reads take only
// regular files of bounded size and never block (a FIFO or a symlink to
// /dev/zero is set aside, not read). Every system call goes through FileOps,
// which tests replace to inject faults. The store is not a QObject and does
// no threading of its own: the ResumeWriter calls it on its thread, the
// worker reads through it.
class FastResumeStore
{
public:
    explicit FastResumeStore(QString directory, std::shared_ptr<FileOps> ops = FileOps::system());

    const QString &directory() const { return m_directory; }
    QString resumePath(const TorrentId &id) const;
    QString jsonPath(const TorrentId &id) const;
    QString quarantineDirectory() const;

    // Creates the folder when it is missing and checks it can be written.
    // Returns an empty string, or what is wrong, naming the folder.
    QString prepare() const;

    // Ids that have a .fastresume or a .json here, sorted.
    QList<TorrentId> scan() const;

    // The largest files the store reads: resume data holds the info
    // dictionary (libtorrent itself refuses .torrent files over 10 MB) and, for
    // v2 torrents, their piece layers.
    static constexpr qint64 MaxResumeDataSize = 64 * 1024 * 1024;
    static constexpr qint64 MaxJsonSize = 16 * 1024 * 1024;

    struct Entry {
        std::optional<QByteArray> resumeData; // nullopt: no such file, or unusable
        std::optional<QByteArray> json;
        // The file exists but cannot be used (a folder, a FIFO, a device, too
        // large, no permission): the path and why. Such a file is set aside.
        QString resumeReadError;
        QString jsonReadError;
    };
    Entry read(const TorrentId &id) const;

    // Writes the JSON first, then the resume data (so a crash between the two
    // leaves a .json without a .fastresume, which the loader recovers from).
    // Returns an empty string or the error.
    QString writeJson(const TorrentId &id, const QByteArray &json) const;
    QString writeResumeData(const TorrentId &id, const QByteArray &data) const;
    // Several torrents' files made durable together (SafeFile::writeTogether):
    // for each, its JSON (when given), then its resume data (when given), the
    // resume data only once the JSON is written; empty data is refused as by
    // writeJson() and writeResumeData(), and that torrent's files are left as
    // they are. Returns an error or an empty string by torrent, in the order given.
    struct TorrentFiles {
        TorrentId id;
        std::optional<QByteArray> json;
        std::optional<QByteArray> resumeData;
    };
    QStringList writeTogether(const QList<TorrentFiles> &torrents) const;
    // The download queue, first to last: `queue.order`, one info-hash a line.
    // libtorrent's resume data does not keep a torrent's queue position.
    QString queuePath() const;
    QString writeQueueOrder(const QList<TorrentId> &order) const;
    QList<TorrentId> readQueueOrder() const;
    // Removes the JSON first, then the resume data.
    QString remove(const TorrentId &id) const;
    // fsync of the folder itself, so renames and removals survive a power cut.
    QString syncDirectory() const;
    // fsync of a downloaded file, so resume data never claims data that is
    // only in the page cache (libtorrent 2.0.8's flush_disk_cache does not sync).
    QString syncFile(const QString &path) const;
    // Syncs many files: one by one when they are few, else with one syncfs()
    // per file system (Linux), which is far cheaper than thousands of fsyncs.
    QString syncFiles(const QStringList &paths) const;

    // Moves the torrent's files to quarantine/ with a reason file beside them,
    // whatever they are (a folder or a FIFO included). Returns the paths they
    // were moved to; `error` says what could not be moved.
    QStringList quarantine(
        const TorrentId &id, const QString &reason, bool resumeData = true, bool json = true, QString *error = nullptr) const;

    // A marker that is present while Revaer runs. Returns true when it was
    // already there: the previous run ended without a clean shutdown.
    bool markRunning() const;
    void markStopped() const;

    // Stamps of the torrent's files as they are on disk now.
    static QList<StoredTorrent::FileStamp> stampFiles(
        const QString &savePath, const QStringList &filePaths, const QList<bool> &complete);

    // Sees every durable step (for tests): "sync-file", "sync-fs", "write",
    // "remove", "sync-dir". Called from the writer's threads.
    using Observer = std::function<void(const QString &step, const QString &path)>;
    void setObserver(Observer observer) { m_observer = std::move(observer); }

    FileOps &fileOps() const { return *m_ops; }

private:
    static QString refusedEmpty(const QString &path);
    QString commit(const QString &path, const QByteArray &data) const;
    void observe(const char *step, const QString &path) const;

    QString m_directory;
    std::shared_ptr<FileOps> m_ops;
    Observer m_observer;
};

} // namespace Revaer
