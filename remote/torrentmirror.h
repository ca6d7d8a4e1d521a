#pragma once

#include "engineevents.h"
#include "torrentdetails.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>

#include <functional>
#include <vector>

namespace Revaer {

class TorrentEngine;

// What a remote client can ask about one torrent without a round trip to the
// session: kept from the engine's events, on the thread the engine's signals
// are received on (the GUI thread).
struct MirroredTorrent {
    int rpcId = 0; // Transmission's number for it: 1, 2, ... in the order seen, never reused in a run
    TorrentId id;
    QString name;
    QString savePath;
    QDateTime addedAt;
    QDateTime doneAt; // when it completed in this run, or from the details
    QDateTime activityAt; // the last time data moved
    QDateTime startedAt; // the last time it was resumed (or added running)
    bool hasMetadata = false;
    bool sequential = false;
    TorrentState state = TorrentState::CheckingResume;
    QString reason;
    QString error; // why it stopped, while in TorrentState::Error
    TorrentProgress progress;
    TorrentMetadata metadata;
    QList<int> priorities; // by libtorrent file index
    std::vector<int> visibleFiles; // libtorrent file indices of the files a client sees (no pad files)
    RateLimits limits;
    TorrentLabels labels;
    int queuePosition = -1;
    qint64 changedMs = 0; // on the mirror's clock, for "recently-active"
    // Payload totals at its first progress this run (-1 before), for session-stats.
    qint64 downloadedAtStart = -1;
    qint64 uploadedAtStart = -1;
    qint64 downloadedThisRun() const { return downloadedAtStart < 0 ? 0 : progress.totalDownloaded - downloadedAtStart; }
    qint64 uploadedThisRun() const { return uploadedAtStart < 0 ? 0 : progress.totalUploaded - uploadedAtStart; }
};

// The libtorrent file indices of the files a client sees: all but the pad files.
std::vector<int> visibleFiles(const TorrentMetadata &metadata);

// Follows a TorrentEngine's events and keeps the latest of each torrent, so a
// Transmission RPC request is answered from memory. What only the session
// knows (peers, trackers, per-file progress) is fetched with fetchDetails().
class TorrentMirror : public QObject
{
    Q_OBJECT

public:
    explicit TorrentMirror(TorrentEngine *engine, QObject *parent = nullptr);
    ~TorrentMirror() override;

    // In the order first seen.
    const std::vector<const MirroredTorrent *> &torrents() const { return m_ordered; }
    const MirroredTorrent *find(const TorrentId &id) const;
    const MirroredTorrent *findRpcId(int rpcId) const;
    // Torrents that changed within `withinMs`, and those removed within it (rpc ids).
    std::vector<const MirroredTorrent *> recentlyActive(qint64 withinMs) const;
    QList<int> recentlyRemoved(qint64 withinMs) const;

    const SessionStatsEvent &sessionStats() const { return m_stats; }
    const LimitsEvent &limits() const { return m_limits; }
    QString listenAddress() const { return m_listenAddress; }
    int listenPort() const { return m_listenPort; }
    bool engineStarted() const { return m_started; }
    qint64 uptimeSeconds() const { return m_clock.elapsed() / 1000; }
    // Payload moved in this run, by every torrent seen in it.
    qint64 downloadedThisRun() const;
    qint64 uploadedThisRun() const;
    int addedThisRun() const { return m_addedThisRun; }

    using DetailsHandler = std::function<void(const QHash<TorrentId, TorrentDetails> &)>;
    // Asks the engine for the details of `ids` and calls `done` once all have
    // answered, or after `timeoutMs` with those that did (a torrent removed
    // meanwhile never answers). `done` is not called after `context` is gone.
    void fetchDetails(const QList<TorrentId> &ids, QObject *context, DetailsHandler done, int timeoutMs = 5000);

Q_SIGNALS:
    void added(const Revaer::MirroredTorrent &torrent);

private:
    struct DetailsWait;
    MirroredTorrent *entry(const TorrentId &id);
    void touch(MirroredTorrent &t);
    void onAdded(const TorrentAddedEvent &event);
    void onFiles(const FilesDiscoveredEvent &event);
    void onProgress(const QList<TorrentProgress> &batch);
    void onState(const TorrentStateEvent &event);
    void onRemoved(const TorrentRemovedEvent &event);
    void onDetails(const QList<TorrentDetails> &batch);
    void finishWait(const std::shared_ptr<DetailsWait> &wait);

    TorrentEngine *m_engine;
    QElapsedTimer m_clock;
    QHash<TorrentId, MirroredTorrent *> m_byId;
    QHash<int, MirroredTorrent *> m_byRpcId;
    std::vector<const MirroredTorrent *> m_ordered;
    std::vector<std::pair<int, qint64>> m_removed; // rpc id, when
    qint64 m_goneDownloaded = 0; // moved this run by torrents since removed
    qint64 m_goneUploaded = 0;
    int m_nextRpcId = 1;
    int m_addedThisRun = 0;
    SessionStatsEvent m_stats;
    LimitsEvent m_limits;
    QString m_listenAddress;
    int m_listenPort = 0;
    bool m_started = false;
    QHash<TorrentId, QList<std::shared_ptr<DetailsWait>>> m_waits;
};

} // namespace Revaer
