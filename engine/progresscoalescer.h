#pragma once

#include "engineevents.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTimer>

#include <chrono>

namespace Revaer {

// Limits progress to one update per torrent per interval (100 ms: 10 Hz).
// The newest value for a torrent replaces an older pending one and is always
// delivered; everything pending goes out in one batched signal per tick. The
// timer runs only while something is pending, and is armed so that two
// flushes are never closer than the interval.
class ProgressCoalescer : public QObject
{
    Q_OBJECT

public:
    explicit ProgressCoalescer(std::chrono::milliseconds interval = std::chrono::milliseconds(100), QObject *parent = nullptr);

    void submit(const TorrentProgress &progress);
    // A status update's worth at once.
    void submitAll(const QList<TorrentProgress> &batch);
    // Drops what is pending for a torrent that went away.
    void forget(const TorrentId &id);
    // Delivers everything pending now (at shutdown).
    void flush();

    qsizetype pendingCount() const { return m_pending.size(); }
    std::chrono::milliseconds interval() const { return m_interval; }

Q_SIGNALS:
    void progressBatch(const QList<Revaer::TorrentProgress> &batch);

private:
    void onTimeout();
    void arm();

    std::chrono::milliseconds m_interval;
    QTimer *m_timer;
    QElapsedTimer m_sinceFlush;
    QList<TorrentProgress> m_pending;
    QHash<TorrentId, qsizetype> m_indexById;
};

} // namespace Revaer
