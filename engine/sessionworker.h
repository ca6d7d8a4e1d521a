#pragma once

#include "addtorrentrequest.h"
#include "engineconfig.h"
#include "engineevents.h"
#include "fastresumestore.h"
#include "libtsession.h"
#include "seedinggoals.h"
#include "storedtorrent.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

class QThread;

namespace Revaer {

class AlertPump;
class AltLimitsScheduler;
class MetadataProbes;
class AlertTranslator;
class DiskGuard;
class LimitsWatchdog;
class ProgressCoalescer;
class ResumeWriter;
class StallProbe;
struct SessionAlert;

// Owns the libtorrent session (through LibtSession) on its own thread.
// LibtorrentEngine creates it, moves it to a QThread and calls its commands
// as queued calls; its signals leave through queued connections. Nothing
// here may be called from any other thread.
//
// With a resume folder configured it also keeps every torrent durable
// (through the ResumeWriter on its own thread) and restores them at start.
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
    void requestDetails(const Revaer::TorrentId &id);
    void requestMagnetLinks(const QList<Revaer::TorrentId> &ids);
    void fetchMetadata(const QString &magnet);
    void cancelMetadataFetch(const QString &magnet);
    void setDefaultSavePath(const QString &path);
    void applySettings(const Revaer::SessionSettings &settings);
    // Saves resume data now for torrents that changed (the periodic save).
    void saveChangedTorrents();

    // Runs `call` with the session (tests use it to change things behind the engine's back).
    void withSession(const std::function<void(Revaer::LibtSession *)> &call);

    // For tests and diagnostics.
    LibtSession *session() const { return m_session.get(); }
    AlertPump *alertPump() const { return m_pump; }
    ResumeWriter *resumeWriter() const { return m_writer; }

Q_SIGNALS:
    void torrentAdded(const Revaer::TorrentAddedEvent &event);
    void filesDiscovered(const Revaer::FilesDiscoveredEvent &event);
    void progressUpdated(const QList<Revaer::TorrentProgress> &batch);
    void stateChanged(const Revaer::TorrentStateEvent &event);
    void completed(const Revaer::TorrentCompletedEvent &event);
    void errorOccurred(const Revaer::EngineMessage &event);
    void warningOccurred(const Revaer::EngineMessage &event);
    void limitsChanged(const Revaer::LimitsEvent &event);
    void detailsReady(const Revaer::TorrentDetails &details);
    void magnetLinksReady(const QStringList &links);
    void metadataFetched(const QString &magnet, const Revaer::TorrentMetadata &metadata, const QByteArray &torrent);
    void metadataFetchFailed(const QString &magnet, const QString &message);
    void sessionStatsUpdated(const Revaer::SessionStatsEvent &stats);
    void torrentRemoved(const Revaer::TorrentRemovedEvent &event);
    void storageMoved(const Revaer::TorrentId &id, const QString &savePath);
    void torrentLimitsChanged(const Revaer::TorrentId &id, const Revaer::RateLimits &limits);
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
    // A restored torrent whose stored settings are compared with what
    // libtorrent reports once it is in the session.
    struct PendingReconcile {
        bool restoring = false; // counts against the restore's in-flight limit
    };

    // Runs `command` now when the torrent is in the session, or once its add
    // alert arrives when it is still being added.
    void withTorrent(const TorrentId &id, const char *what, std::function<void()> command);
    // Calls into the session, turning a throw into a log line (for a torrent)
    // or a session failure.
    bool guarded(const char *what, const std::function<void()> &call);
    void onTorrentAdded(const TorrentAddedEvent &event);
    void onAddFailed(const TorrentId &id, bool duplicate, const EngineMessage &error);
    void onFilesDiscovered(const FilesDiscoveredEvent &event);
    void onStateChanged(const TorrentStateEvent &event);
    void onCompleted(const TorrentCompletedEvent &event);
    void onTorrentRemoved(const TorrentRemovedEvent &event);
    void onStorageMoved(const TorrentId &id, const QString &savePath);
    void onSessionFailed(const QString &reason);
    void handleSessionFailure(const QString &reason);
    void requestStatus();
    // Pauses each finished torrent that reached its seeding goal, once.
    void checkSeedingGoals(const QList<TorrentStatus> &statuses);

    // The session's life: created, attached, torn down after a fatal error,
    // and started again with back-off.
    bool createSession(QString *error);
    void attachSession();
    void tearDownSession();
    void scheduleRestart();
    void attemptRestart();

    void onListenFailed(const QString &interface, int port, const QString &message);
    void retryListening();
    // What the session runs with: the settings, with the fallback listen port.
    SessionSettings sessionSettings() const;
    void onWriteBlocked(const TorrentId &id, const QString &path, bool diskFull);

    void applyEffectiveLimits();

    // Health: the engine is degraded while any problem is set.
    void setProblem(const QString &key, const QString &message);
    void clearProblem(const QString &key);
    void publishHealth();

    // Persistence.
    bool persisting() const { return m_writer != nullptr; }
    void startPersistence();
    void stopPersistence();
    void updateRecord(const TorrentId &id, const std::function<void(StoredTorrent &)> &change);
    void requestSave(const TorrentId &id, bool onlyIfModified);
    void onResumeDataSaved(const SessionAlert &alert);
    void onResumeSaveAnswered(const TorrentId &id);
    void waitForSaves(std::chrono::milliseconds deadline);

    // Restore.
    void beginRestore();
    void scheduleRestore();
    void restoreSome();
    void restoreOne(const TorrentId &id);
    void onRestoreAddSettled();
    void updateRestoreState(bool forceProgress);
    void scheduleQueuePublish(int delayMs = 1000);
    void publishQueue();

    EngineConfig m_config;
    SessionFactory m_factory;
    std::unique_ptr<LibtSession> m_session;
    AlertTranslator *m_translator;
    AlertPump *m_pump;
    ProgressCoalescer *m_coalescer;
    MetadataProbes *m_metadataProbes;
    QTimer *m_statusTimer;
    QTimer *m_saveTimer;
    QSet<TorrentId> m_adding;
    QHash<TorrentId, QList<std::function<void()>>> m_deferred;
    QMap<QString, QString> m_problems;
    HealthEvent m_health {HealthState::Unhealthy, QStringLiteral("not started")};
    bool m_shuttingDown = false;

    QTimer *m_restartTimer;
    int m_restartAttempt = 0;
    bool m_failurePending = false;
    QString m_unhealthyReason; // set once restarting gave up
    QTimer *m_listenRetryTimer;
    int m_listenRetries = 0;
    bool m_listening = false;
    // The configured port was taken: listening on the same addresses with a
    // port the system picked, for this session.
    QString m_listenFallback;
    int m_listenFallbackFrom = 0;
    DiskGuard *m_diskGuard;
    LimitsWatchdog *m_limits;
    AltLimitsScheduler *m_scheduler;
    SeedingGoals m_seedingGoals;
    QList<AddTorrentRequest> m_waitingForSession; // added while the session restarts
    QTimer *m_statsTimer;
    QTimer *m_stallTimer;
    // The queue is read back from libtorrent after anything that can change
    // it (a move, an add, a removal, a completion), at most once a second.
    QTimer *m_queueTimer;
    QList<TorrentId> m_publishedQueue;

    std::optional<FastResumeStore> m_store;
    QThread *m_writerThread = nullptr;
    ResumeWriter *m_writer = nullptr;
    QHash<TorrentId, StoredTorrent> m_records;
    QSet<TorrentId> m_changed; // libtorrent reported unsaved changes
    QSet<TorrentId> m_savesInFlight; // resume data asked for, not yet answered
    QHash<TorrentId, PendingReconcile> m_reconcile;

    QList<TorrentId> m_restoreQueue;
    int m_restoreTotal = 0;
    int m_restoreSettled = 0;
    int m_restoreSetAside = 0; // of those settled: quarantined, not restored
    int m_restoresInFlight = 0;
    QElapsedTimer m_restoreClock;
    QElapsedTimer m_sinceRestoreProgress;
    bool m_restoring = false;
    bool m_restoreScheduled = false;
    // Measures how long the worker's event loop is held during the restore.
    StallProbe *m_stallProbe = nullptr; // the worker's event loop during a restore
};

} // namespace Revaer
