#pragma once

#include "fastresumestore.h"
#include "storedtorrent.h"

#include <QHash>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include <optional>

namespace Revaer {

// Writes the resume folder off the worker's thread. Requests are coalesced
// per torrent (the newest wins) and written in batches: first the files that
// received data since their last sync are synced (one syncfs per file system
// when there are many), then each torrent's JSON and resume data are written
// (torrents in parallel, since fsyncs of different files overlap; from
// WriteTogetherFrom torrents where syncfs exists, all written first and made
// durable by one syncfs before the renames), and one directory sync ends the
// batch. A write that fails (a full disk, a failing
// device) leaves the file on disk as it was, and is tried again after 1, 2, 4,
// 8, then every 10 seconds, merged with anything newer for the same torrent,
// until it works. Lives on its own thread ("revaer-resume"); submit*() may be
// called from any thread.
class ResumeWriter : public QObject
{
    Q_OBJECT

public:
    explicit ResumeWriter(FastResumeStore store, QObject *parent = nullptr);

    // What a resume save knows about the files, to sync and stamp them.
    struct FileState {
        QString savePath;
        QStringList filePaths; // relative to savePath, by file index
        QList<bool> complete; // by file index
        QList<bool> hasData; // by file index: any piece of it downloaded
        qint64 downloadedBytes = 0; // in all files; unchanged since the last sync: nothing to sync
    };

    void submitRecord(const StoredTorrent &record);
    // `record` is the torrent's current record; its stamps are replaced by fresh ones.
    void submitResumeData(const StoredTorrent &record, const QByteArray &data, const FileState &files);
    void submitRemoval(const TorrentId &id);
    // The download queue, first to last (the newest order wins).
    void submitQueueOrder(const QList<TorrentId> &order);
    // Blocks until everything submitted so far was written, or failed to be
    // (call from another thread).
    void flush();

    const FastResumeStore &store() const { return m_store; }
    FastResumeStore &store() { return m_store; }
    quint64 filesWritten() const;
    qsizetype pendingCount() const;

Q_SIGNALS:
    // A write failed (the message names the file and the reason) / writes work again.
    void writeFailed(const QString &message);
    void writesRecovered();
    void batchWritten(int torrents);

private:
    struct Pending {
        std::optional<StoredTorrent> record;
        std::optional<QByteArray> resumeData;
        std::optional<FileState> files;
        bool remove = false;
    };

    Pending &slot(const TorrentId &id);
    // Puts back what failed, under anything submitted since (m_mutex held).
    void requeue(const TorrentId &id, const Pending &failed);
    void scheduleRetry();
    struct Result {
        TorrentId id;
        std::optional<StoredTorrent> written; // the record now on disk
        bool removed = false;
        int files = 0;
        QString error;
    };

    void schedule();
    void writeBatch();
    // What a torrent's files will hold: its record (stamped anew when resume
    // data comes with its files) as JSON, and its resume data.
    struct Prepared {
        std::optional<StoredTorrent> record;
        std::optional<QByteArray> json; // the record's, when there is one
        std::optional<QByteArray> resumeData;
    };
    static Prepared prepare(const Pending &pending, const std::optional<StoredTorrent> &known);
    // Runs on the pool: one torrent's files, in order. `known` is what is on disk.
    Result writeOne(const TorrentId &id, const Pending &pending, const std::optional<StoredTorrent> &known) const;
    // From this many torrents in a batch, their files are written together
    // (FastResumeStore::writeTogether) where one sync covers a file system.
    static constexpr size_t WriteTogetherFrom = 16;

    FastResumeStore m_store;
    mutable QMutex m_mutex;
    QHash<TorrentId, Pending> m_pending;
    QList<TorrentId> m_order; // first-submitted first
    std::optional<QList<TorrentId>> m_queueOrder;
    bool m_scheduled = false;
    quint64 m_filesWritten = 0;
    bool m_failing = false;
    bool m_directoryUnsynced = false; // renames made but the folder's sync failed
    int m_retryDelayMs = 0;
    QTimer *m_retryTimer;
    // What is on disk, so a resume save can rewrite the JSON with new stamps
    // and a record update keeps the stamps of the last resume save.
    QHash<TorrentId, StoredTorrent> m_onDisk;
    // Bytes downloaded when a torrent's files were last synced.
    QHash<TorrentId, qint64> m_syncedBytes;
    QThreadPool *m_pool;
};

} // namespace Revaer
