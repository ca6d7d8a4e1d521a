#pragma once

#include "torrentid.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QString>

#include <chrono>
#include <functional>

class QTimer;

namespace Revaer {

// Watches the torrents that a write error stopped (libtorrent's upload mode:
// a full disk, a read-only or forbidden folder) and says when to try again,
// instead of leaving them stuck until libtorrent's own ten-minute retry:
// for a full disk once its free space covers what the torrent still needs
// (up to 256 MiB: a big torrent need not wait for all of it), for a folder
// once a test write there works. A retry that meets the same error waits
// twice as long the next time (up to ten minutes), so a cause the checks do
// not see cannot make a loop.
class DiskGuard : public QObject
{
    Q_OBJECT

public:
    using FreeSpace = std::function<qint64(const QString &path)>;
    using CanWrite = std::function<bool(const QString &path)>;

    explicit DiskGuard(std::chrono::milliseconds interval, QObject *parent = nullptr);

    // The checks; tests replace them.
    void setProbes(FreeSpace freeSpace, CanWrite canWrite);

    // The torrent stopped writing because of `path`. `remaining` is what it
    // still wants to download, in bytes (0 when unknown).
    void block(const TorrentId &id, const QString &name, const QString &path, bool diskFull, qint64 remaining);
    // The user paused, resumed or removed it: it is no longer the guard's.
    void forget(const TorrentId &id);
    void clear();
    bool isBlocked(const TorrentId &id) const { return m_blocked.contains(id); }
    qsizetype blockedCount() const { return m_blocked.size(); }

    // The free space a torrent that still needs `remaining` bytes waits for.
    static qint64 spaceNeeded(qint64 remaining);
    // Whether Revaer can write at `path` now (the file, or the nearest folder
    // that exists on its way up).
    static bool canWriteAt(const QString &path);
    // The free space of the disk that holds `path` (or would hold it).
    static qint64 freeSpaceAt(const QString &path);

    // Checks now (the timer does it every interval).
    void check();

Q_SIGNALS:
    // The cause looks gone: resume the torrent.
    void retry(const Revaer::TorrentId &id);
    // Which disks are full and who waits for them, for the engine's health;
    // empty once none is.
    void diskFullChanged(const QString &problem);

private:
    struct Blocked {
        QString name;
        QString path;
        bool diskFull = false;
        qint64 remaining = 0;
        QElapsedTimer since;
        qint64 waitMs = 0;
    };
    void publish();

    QTimer *m_timer;
    std::chrono::milliseconds m_interval;
    QHash<TorrentId, Blocked> m_blocked;
    // Retries per torrent that met the error again (cleared by forget()).
    QHash<TorrentId, int> m_attempts;
    QString m_problem;
    FreeSpace m_freeSpace = &DiskGuard::freeSpaceAt;
    CanWrite m_canWrite = &DiskGuard::canWriteAt;
};

} // namespace Revaer
