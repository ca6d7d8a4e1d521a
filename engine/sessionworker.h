#pragma once

#include "addtorrentrequest.h"
#include "engineconfig.h"
#include "engineevents.h"
#include "libtsession.h"
#include "seedinggoals.h"
#include "torrentregistry.h"

#include <QList>
#include <QObject>
#include <QTimer>

#include <functional>

namespace Revaer {

class AlertPump;
class AlertTranslator;
class AltLimitsScheduler;
class DiskGuard;
class LimitsWatchdog;
class MetadataProbes;
class ProgressCoalescer;
class QueueWatcher;
class ResumeKeeper;
class SessionPoller;
class SessionSupervisor;

// The engine's coordinator, on a thread of its own: it takes commands and
// wires the parts that do the work. LibtorrentEngine creates it, moves it to
// a QThread and calls its commands as queued calls; its signals leave through
// queued connections. Nothing here may be called from any other thread.
//
// The parts: the SessionSupervisor owns the libtorrent session (through
// LibtSession) and the engine's health; the AlertTranslator turns alerts into
// events, keeping its view of each torrent in the TorrentRegistry; the
// ResumeKeeper stores and restores torrents; the ProgressCoalescer, DiskGuard,
// LimitsWatchdog, AltLimitsScheduler, SeedingGoals and MetadataProbes do one
// job each.
class SessionWorker : public QObject
{
    Q_OBJECT

public:
    SessionWorker(EngineConfig config, SessionFactory factory, QObject *parent = nullptr);
    ~SessionWorker() override;

    void start();
    void shutdown();

    void addTorrent(Revaer::AddTorrentRequest request);
    void removeTorrents(const QList<Revaer::TorrentId> &ids, Revaer::RemoveMode mode);
    void pauseTorrents(const QList<Revaer::TorrentId> &ids);
    void resumeTorrents(const QList<Revaer::TorrentId> &ids);
    void setSequential(const QList<Revaer::TorrentId> &ids, bool sequential);
    void setFilePriorities(const Revaer::TorrentId &id, const QList<int> &priorities);
    void setGlobalLimits(const Revaer::RateLimits &limits);
    void setAltLimits(const Revaer::RateLimits &limits);
    void setAltLimitsEnabled(bool enabled);
    void setTorrentLimits(const QList<Revaer::TorrentId> &ids, const Revaer::RateLimits &limits);
    void setCategory(const QList<Revaer::TorrentId> &ids, const QString &category);
    void setTags(const QList<Revaer::TorrentId> &ids, const QStringList &tags, Revaer::TagChange change);
    void recheckTorrents(const QList<Revaer::TorrentId> &ids);
    // Applied in the order given (the window orders them so that several
    // selected torrents keep their order among themselves).
    void moveInQueue(const QList<Revaer::TorrentId> &ids, Revaer::QueueMove move);
    void moveStorage(const QList<Revaer::TorrentId> &ids, const QString &savePath);
    void addPeers(const QList<Revaer::TorrentId> &ids, const QStringList &peers);
    void forceReannounce(const QList<Revaer::TorrentId> &ids);
    void banPeers(const QStringList &addresses);
    void renameFile(const Revaer::TorrentId &id, int index, const QString &newPath);
    void setTrackers(const Revaer::TorrentId &id, const QStringList &urls);
    void mergeTrackers(const Revaer::TorrentId &id, const QStringList &urls);
    // Answers with one detailsReady() for those still in the session.
    void requestDetails(const QList<Revaer::TorrentId> &ids);
    void requestMagnetLinks(const QList<Revaer::TorrentId> &ids);
    void fetchMetadata(const QString &magnet);
    void cancelMetadataFetch(const QString &magnet);
    void setDefaultSavePath(const QString &path);
    void applySettings(const Revaer::SessionSettings &settings);
    // Runs `call` with the session (tests use it to change things behind the engine's back).
    void withSession(const std::function<void(Revaer::LibtSession *)> &call);

    // The running session, or null (for tests and diagnostics).
    LibtSession *session() const;

Q_SIGNALS:
    void torrentAdded(const Revaer::TorrentAddedEvent &event);
    void filesDiscovered(const Revaer::FilesDiscoveredEvent &event);
    void progressUpdated(const QList<Revaer::TorrentProgress> &batch);
    void stateChanged(const Revaer::TorrentStateEvent &event);
    void completed(const Revaer::TorrentCompletedEvent &event);
    void errorOccurred(const Revaer::EngineMessage &event);
    void warningOccurred(const Revaer::EngineMessage &event);
    void limitsChanged(const Revaer::LimitsEvent &event);
    void detailsReady(const QList<Revaer::TorrentDetails> &details);
    void magnetLinksReady(const QStringList &links);
    void metadataFetched(const QString &magnet, const Revaer::TorrentMetadata &metadata, const QByteArray &torrent);
    void metadataFetchFailed(const QString &magnet, const QString &message);
    void sessionStatsUpdated(const Revaer::SessionStatsEvent &stats);
    void torrentRemoved(const Revaer::TorrentRemovedEvent &event);
    void storageMoved(const Revaer::TorrentId &id, const QString &savePath);
    void torrentLimitsChanged(const Revaer::TorrentId &id, const Revaer::RateLimits &limits);
    void labelsChanged(const Revaer::TorrentId &id, const Revaer::TorrentLabels &labels);
    void healthChanged(const Revaer::HealthEvent &event);
    void listening(const QString &address, int port);
    void reconciled(const Revaer::ReconciliationEvent &event);
    void noticeOccurred(const Revaer::EngineMessage &event);
    void restoreProgress(const Revaer::RestoreProgressEvent &event);
    // The download queue, first to last, whenever it changed.
    void queueChanged(const QList<Revaer::TorrentId> &order);
    void started();
    void stopped();

private:
    // Runs `command` for each torrent now when it is in the session, or once
    // its add alert arrives when it is still being added.
    void forTorrents(const QList<TorrentId> &ids, const char *what, const std::function<void(const TorrentId &)> &command);
    // Calls into the session through the supervisor: a throw becomes a log
    // line (for a torrent) or a session failure.
    bool guarded(const char *what, const std::function<void()> &call);
    // Changes the torrents' labels, saves and announces those that changed.
    void changeLabels(const QList<TorrentId> &ids, const char *what, const std::function<void(TorrentLabels &)> &change);
    void onTorrentAdded(const TorrentAddedEvent &event);
    void onTorrentRemoved(const TorrentRemovedEvent &event);
    // A complete torrent downloaded into an incomplete folder goes to its
    // final one (nothing for one not complete, or already there).
    void moveToFinalFolder(const TorrentId &id);
    // Pauses each finished torrent that reached its seeding goal, once.
    void checkSeedingGoals(const QList<TorrentStatus> &statuses);

    // Everything that follows the session: attached when one starts,
    // detached before it is destroyed after a failure.
    void attachSession();
    void detachSession();
    void applyEffectiveLimits();
    void waitForSaves(std::chrono::milliseconds deadline);

    EngineConfig m_config;
    TorrentRegistry m_registry;
    SessionSupervisor *m_supervisor;
    AlertTranslator *m_translator;
    AlertPump *m_pump;
    ProgressCoalescer *m_coalescer;
    ResumeKeeper *m_keeper;
    MetadataProbes *m_metadataProbes;
    DiskGuard *m_diskGuard;
    LimitsWatchdog *m_limits;
    AltLimitsScheduler *m_scheduler;
    SeedingGoals m_seedingGoals;
    SessionPoller *m_poller;
    QueueWatcher *m_queue;
    QList<AddTorrentRequest> m_waitingForSession; // added while the session restarts
    bool m_shuttingDown = false;
};

} // namespace Revaer
