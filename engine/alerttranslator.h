#pragma once

#include "addtorrentrequest.h"
#include "engineevents.h"
#include "sessionalert.h"
#include "torrentregistry.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <algorithm>
#include <functional>

namespace Revaer {

// Turns adapter alerts into engine events. It keeps a little state in each
// torrent's registry entry (libtorrent state, pause flags, error, whether
// completion was reported) so that the state the user sees is derived in one
// place, and so that a full refresh after dropped alerts can produce exactly
// the events that were missed. It erases an entry when its torrent leaves
// the session, after announcing that, so that listeners still see it.
class AlertTranslator : public QObject
{
    Q_OBJECT

public:
    // What the worker knows about a torrent before libtorrent confirms it.
    struct Expectation {
        QString source;
        QDateTime addedAt;
        bool alreadyComplete = false; // restored torrents that completed before
        bool restored = false;
        // Only here to fetch a magnet's metadata for the add dialog: none of
        // the usual events, just probeMetadata() or probeFailed().
        bool probe = false;
    };

    // The translator keeps its view of each torrent in `registry`'s entries.
    explicit AlertTranslator(TorrentRegistry &registry, QObject *parent = nullptr);

    void expect(const TorrentId &id, const Expectation &expectation);
    // Forgets one torrent, without events (a finished metadata fetch).
    void forget(const TorrentId &id);
    void handle(const SessionAlert &alert);
    // A full snapshot after alerts were dropped: emit whatever was missed.
    void refresh(const QList<TorrentStatus> &statuses);

    // Hints from commands, applied before libtorrent's alerts confirm them.
    void notePaused(const TorrentId &id);
    // `byUser`: the user asked; an automatic retry (space is back) does not
    // repeat a message that is still true.
    void noteResumed(const TorrentId &id, bool byUser = true);
    void noteRemoving(const TorrentId &id, RemoveMode mode);
    // Its files are being moved (until the storage-moved alert).
    void noteMoving(const TorrentId &id);

    // A torrent that wants data and got none for this long is stalled; so is
    // a seeding one that had nobody to serve for this long.
    static constexpr qint64 StallAfterMs = 20'000;
    // Milliseconds on a steady clock; tests move time by hand.
    using Clock = std::function<qint64()>;
    void setClock(Clock clock) { m_clock = std::move(clock); }
    // Looks at every torrent again: a stalled one gets no status updates
    // (nothing changes), so the worker calls this every few seconds.
    void reevaluate();

    bool isLive(const TorrentId &id) const;
    qsizetype liveCount() const;
    QString nameOf(const TorrentId &id) const;
    QString sourceOf(const TorrentId &id) const;
    // Wanted bytes not yet downloaded, as the last status said (0 unknown).
    qint64 remainingBytes(const TorrentId &id) const;

    // From libtorrent's state and flags alone (no stall): an error wins, then
    // the user's pause, then checking (a recheck waiting for its turn is
    // paused by the queue, and still checking), then the queue.
    static TorrentState deriveState(LibtState state, bool paused, bool autoManaged, bool hasError);
    static TorrentProgress progressFrom(const TorrentStatus &status);
    // Whether a torrent is stopped by a write error (upload mode while it
    // still wants data): nothing is downloaded until the cause is gone.
    static bool isWriteBlocked(const TorrentStatus &status);

Q_SIGNALS:
    void torrentAdded(const Revaer::TorrentAddedEvent &event);
    // Adding `id` failed. A duplicate leaves the torrent already there alone.
    void addFailed(const Revaer::TorrentId &id, bool duplicate, const Revaer::EngineMessage &event);
    void filesDiscovered(const Revaer::FilesDiscoveredEvent &event);
    // Every torrent of one status update, in one list.
    void progress(const QList<Revaer::TorrentProgress> &batch);
    void stateChanged(const Revaer::TorrentStateEvent &event);
    void completed(const Revaer::TorrentCompletedEvent &event);
    void errorOccurred(const Revaer::EngineMessage &event);
    void warningOccurred(const Revaer::EngineMessage &event);
    // libtorrent stopped writing for the torrent (it only uploads) because
    // `path` could not be written: the disk is full, or the folder is
    // read-only or forbidden. Once per event.
    void writeBlocked(const Revaer::TorrentId &id, const QString &path, bool diskFull);
    void torrentRemoved(const Revaer::TorrentRemovedEvent &event);
    void storageMoved(const Revaer::TorrentId &id, const QString &savePath);
    void fileRenamed(const Revaer::TorrentId &id, int index, const QString &newPath);
    void resumeDataSaved(const Revaer::SessionAlert &alert);
    void resumeDataUnchanged(const Revaer::TorrentId &id);
    void resumeDataFailed(const Revaer::TorrentId &id, const QString &message);
    void filePrioritiesApplied(const Revaer::TorrentId &id);
    // libtorrent says the torrent changed since its resume data was last saved.
    void needsResumeSave(const Revaer::TorrentId &id);
    void listening(const QString &address, int port);
    void listenFailed(const QString &interface, int port, const QString &message);
    // A status update was translated; `statuses` is what libtorrent said.
    void statusUpdateHandled(const QList<Revaer::TorrentStatus> &statuses);
    void probeMetadata(const Revaer::TorrentId &id, const Revaer::TorrentMetadata &metadata);
    void probeFailed(const Revaer::TorrentId &id, const QString &message);
    void sessionStats(qint64 downloadRate, qint64 uploadRate, int dhtNodes);
    void alertsDropped(int kinds);

private:
    // A tracker that failed this many times in a row is worth a warning.
    static constexpr int TrackerFailuresBeforeWarning = 3;

    void onAdded(const SessionAlert &alert);
    // `now`: the clock, read once for a whole status update.
    // Appends the torrent's progress to `batch`, sent once per status update.
    void onStatus(const TorrentStatus &status, qint64 now, QList<TorrentProgress> &batch);
    void onError(const TorrentId &id, const QString &message);
    void publishState(const TorrentId &id, TorrentEntry &t);
    void publishState(const TorrentId &id, TorrentEntry &t, qint64 now);
    // The state as the user sees it, with the reason when there is one.
    std::pair<TorrentState, QString> currentState(const TorrentEntry &t, qint64 now) const;
    QString stallReason(const TorrentEntry &t) const;
    // Trackers that fail from every address that can reach them.
    QStringList failingTrackers(const TorrentEntry &t) const;
    void onTrackerError(const TorrentId &id, TorrentEntry &t, const SessionAlert &alert);
    void maybeComplete(const TorrentId &id, TorrentEntry &t);
    QString displayName(const TorrentEntry &t) const;

    TorrentRegistry &m_registry;
    Clock m_clock;
    QList<TorrentProgress> m_batch; // the status update being translated
};

} // namespace Revaer
