#pragma once

#include "fastresumestore.h"
#include "storedtorrent.h"

#include <QHash>
#include <QList>
#include <QMutex>
#include <QObject>

#include <optional>

namespace Revaer {

// Writes the resume folder off the worker's thread. Requests are coalesced
// per torrent (the newest wins) and written in batches: for each torrent the
// downloaded files are synced first, then the JSON, then the resume data;
// one directory sync ends each batch. Lives on its own thread
// ("revaer-resume"); submit*() may be called from any thread.
class ResumeWriter : public QObject
{
    Q_OBJECT

public:
    explicit ResumeWriter(FastResumeStore store, QObject *parent = nullptr);

    // What a resume save knows about the files, to sync and stamp them.
    struct FileState {
        QString savePath;
        QStringList filePaths;  // relative to savePath, by file index
        QList<bool> complete;   // by file index
        QList<bool> hasData;    // by file index: any piece of it downloaded
    };

    void submitRecord(const StoredTorrent &record);
    // `record` is the torrent's current record; its stamps are replaced by fresh ones.
    void submitResumeData(const StoredTorrent &record, const QByteArray &data, const FileState &files);
    void submitRemoval(const TorrentId &id);
    // Blocks until everything submitted so far is on disk (call from another thread).
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
    void schedule();
    void writeBatch();
    QString writeOne(const TorrentId &id, Pending &pending);

    FastResumeStore m_store;
    mutable QMutex m_mutex;
    QHash<TorrentId, Pending> m_pending;
    QList<TorrentId> m_order; // first-submitted first
    bool m_scheduled = false;
    quint64 m_filesWritten = 0;
    bool m_failing = false;
    // What is on disk, so a resume save can rewrite the JSON with new stamps
    // and a record update keeps the stamps of the last resume save.
    QHash<TorrentId, StoredTorrent> m_onDisk;
};

} // namespace Revaer
