#include "sessionworker.h"
#include "stallprobe.h"

#include "alertpump.h"
#include "alerttranslator.h"
#include "altlimitsscheduler.h"
#include "appsettings.h"
#include "backend/torrentfileparser.h"
#include "diskguard.h"
#include "limitswatchdog.h"
#include "logging.h"
#include "magnetlink.h"
#include "metadataprobes.h"
#include "progresscoalescer.h"
#include "resumeloader.h"
#include "resumewriter.h"
#include "safefile.h"
#include "seedinggoals.h"
#include "units.h"

#include <algorithm>
#include <limits>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QThread>

namespace Revaer {

namespace {

// The stored torrents in the order of the saved download queue; those the
// queue does not name (finished, or added since it was written) follow in
// their scan order. Adding in this order gives libtorrent the same queue.
QList<TorrentId> inQueueOrder(const QList<TorrentId> &stored, const QList<TorrentId> &queue)
{
    QHash<TorrentId, qsizetype> rank;
    rank.reserve(queue.size());
    for (qsizetype i = 0; i < queue.size(); ++i)
        rank.insert(queue.at(i), i);
    QList<TorrentId> ordered = stored;
    std::stable_sort(ordered.begin(), ordered.end(), [&rank](const TorrentId &a, const TorrentId &b) {
        return rank.value(a, std::numeric_limits<qsizetype>::max()) < rank.value(b, std::numeric_limits<qsizetype>::max());
    });
    return ordered;
}

// Restoring: adds in flight at once (raw libtorrent restored 10,000 torrents
// in 1.8 s with at most 50 in flight), and how long one slice of restore work
// may hold the worker's event loop.
constexpr int MaxRestoresInFlight = 64;
constexpr qint64 RestoreSliceMs = 8;

const QString ProblemSession = QStringLiteral("session");
const QString ProblemResume = QStringLiteral("resume");
const QString ProblemListen = QStringLiteral("listen");
const QString ProblemDisk = QStringLiteral("disk");

} // namespace

SessionWorker::SessionWorker(EngineConfig config, SessionFactory factory, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_factory(std::move(factory))
    , m_translator(new AlertTranslator(this))
    , m_pump(new AlertPump(m_translator, this))
    , m_coalescer(new ProgressCoalescer(m_config.progressInterval, this))
    , m_metadataProbes(new MetadataProbes(
          m_translator, [this](const char *what, const std::function<void()> &call) { return guarded(what, call); },
          [this](const TorrentId &id) { return m_translator->isLive(id) || m_adding.contains(id); }, this))
    , m_statusTimer(new QTimer(this))
    , m_saveTimer(new QTimer(this))
    , m_restartTimer(new QTimer(this))
    , m_listenRetryTimer(new QTimer(this))
    , m_diskGuard(new DiskGuard(m_config.diskCheckInterval, this))
    , m_limits(new LimitsWatchdog(m_config.limitsCheckInterval, this))
    , m_scheduler(new AltLimitsScheduler(m_config.clock, this))
    , m_statsTimer(new QTimer(this))
    , m_stallTimer(new QTimer(this))
    , m_queueTimer(new QTimer(this))
{
    m_statsTimer->setInterval(1000);
    // Stalls are judged over time: a stalled torrent sends no status updates.
    m_stallTimer->setInterval(5000);
    connect(m_stallTimer, &QTimer::timeout, m_translator, &AlertTranslator::reevaluate);
    connect(
        m_statsTimer, &QTimer::timeout, this, [this] { guarded("session stats", [this] { m_session->postSessionStats(); }); });
    connect(m_translator, &AlertTranslator::sessionStats, this, [this](qint64 down, qint64 up, int dhtNodes) {
        SessionStatsEvent stats {down, up, dhtNodes, -1, m_config.defaultSavePath};
        stats.freeSpace = DiskGuard::freeSpaceAt(m_config.defaultSavePath);
        Q_EMIT sessionStatsUpdated(stats);
    });
    connect(m_metadataProbes, &MetadataProbes::fetched, this, &SessionWorker::metadataFetched);
    connect(m_metadataProbes, &MetadataProbes::failed, this, &SessionWorker::metadataFetchFailed);
    m_restartTimer->setSingleShot(true);
    m_restartTimer->setTimerType(Qt::PreciseTimer);
    connect(m_restartTimer, &QTimer::timeout, this, &SessionWorker::attemptRestart);
    m_listenRetryTimer->setSingleShot(true);
    connect(m_listenRetryTimer, &QTimer::timeout, this, &SessionWorker::retryListening);
    connect(m_diskGuard, &DiskGuard::retry, this, [this](const TorrentId &id) {
        withTorrent(id, "resume after a write error", [this, id] {
            m_translator->noteResumed(id, false);
            m_session->resume(id);
        });
    });
    connect(m_diskGuard, &DiskGuard::diskFullChanged, this, [this](const QString &problem) {
        if (problem.isEmpty())
            clearProblem(ProblemDisk);
        else
            setProblem(ProblemDisk, problem);
    });
    connect(m_scheduler, &AltLimitsScheduler::turned, this, [this](bool active) {
        if (m_config.session.altLimitsEnabled == active)
            return;
        m_config.session.altLimitsEnabled = active;
        qCInfo(lcLimits) << "schedule:" << (active ? "alternative caps on" : "alternative caps off");
        applyEffectiveLimits();
    });
    connect(m_limits, &LimitsWatchdog::sessionFailed, this, &SessionWorker::onSessionFailed);
    connect(m_limits, &LimitsWatchdog::stale, this, [this](const TorrentId &id, const QString &message) {
        Q_EMIT warningOccurred({id, m_translator->sourceOf(id), message});
    });

    m_statusTimer->setSingleShot(true);
    connect(m_statusTimer, &QTimer::timeout, this, &SessionWorker::requestStatus);
    m_saveTimer->setInterval(m_config.resumeSaveInterval);
    connect(m_saveTimer, &QTimer::timeout, this, &SessionWorker::saveChangedTorrents);

    // Progress goes through the coalescer; everything else passes at once.
    connect(m_translator, &AlertTranslator::progress, m_coalescer, &ProgressCoalescer::submitAll);
    connect(m_coalescer, &ProgressCoalescer::progressBatch, this, &SessionWorker::progressUpdated);
    connect(m_translator, &AlertTranslator::torrentAdded, this, &SessionWorker::onTorrentAdded);
    m_seedingGoals.setGoals(m_config.session.stopSeedingAtRatio, m_config.session.stopSeedingAfterMinutes);
    m_queueTimer->setSingleShot(true);
    connect(m_queueTimer, &QTimer::timeout, this, &SessionWorker::publishQueue);
    connect(m_translator, &AlertTranslator::torrentAdded, this, [this] { scheduleQueuePublish(); });
    connect(m_translator, &AlertTranslator::completed, this, [this] { scheduleQueuePublish(); });
    connect(m_translator, &AlertTranslator::torrentRemoved, this, [this] { scheduleQueuePublish(); });
    connect(m_translator, &AlertTranslator::stateChanged, this, [this] { scheduleQueuePublish(); });
    connect(m_translator, &AlertTranslator::addFailed, this, &SessionWorker::onAddFailed);
    connect(m_translator, &AlertTranslator::filesDiscovered, this, &SessionWorker::onFilesDiscovered);
    connect(m_translator, &AlertTranslator::stateChanged, this, &SessionWorker::onStateChanged);
    connect(m_translator, &AlertTranslator::completed, this, &SessionWorker::onCompleted);
    connect(m_translator, &AlertTranslator::errorOccurred, this, &SessionWorker::errorOccurred);
    connect(m_translator, &AlertTranslator::warningOccurred, this, &SessionWorker::warningOccurred);
    connect(m_translator, &AlertTranslator::listenFailed, this, &SessionWorker::onListenFailed);
    connect(m_translator, &AlertTranslator::writeBlocked, this, &SessionWorker::onWriteBlocked);
    connect(m_translator, &AlertTranslator::torrentRemoved, this, &SessionWorker::onTorrentRemoved);
    connect(m_translator, &AlertTranslator::storageMoved, this, &SessionWorker::onStorageMoved);
    // A new name is kept in the resume data.
    connect(m_translator, &AlertTranslator::fileRenamed, this, [this](const TorrentId &id) { requestSave(id, false); });
    connect(m_translator, &AlertTranslator::listening, this, [this](const QString &address, int port) {
        const bool first = !m_listening;
        m_listening = true;
        m_listenRetries = 0;
        m_listenRetryTimer->stop();
        clearProblem(ProblemListen);
        if (first && !m_listenFallback.isEmpty()) {
            const QString message = tr("Port %1 is used by another program, so Revaer accepts peers on port %2 for now. Choose "
                                       "another port in Settings > Connection (one your router forwards), or stop that program.")
                                        .arg(m_listenFallbackFrom)
                                        .arg(port);
            qCWarning(lcEngine).noquote() << message;
            Q_EMIT warningOccurred({{}, {}, message});
        }
        Q_EMIT listening(address, port);
    });
    connect(m_translator, &AlertTranslator::statusUpdateHandled, this, [this](const QList<TorrentStatus> &statuses) {
        if (m_seedingGoals.any())
            checkSeedingGoals(statuses);
        // Re-armed only once the previous update was handled, so updates never pile up.
        if (!m_shuttingDown)
            m_statusTimer->start(m_config.session.statusIntervalMs);
    });
    connect(m_translator, &AlertTranslator::resumeDataSaved, this, &SessionWorker::onResumeDataSaved);
    connect(m_translator, &AlertTranslator::resumeDataUnchanged, this, &SessionWorker::onResumeSaveAnswered);
    connect(m_translator, &AlertTranslator::resumeDataFailed, this, [this](const TorrentId &id, const QString &message) {
        qCWarning(lcResume) << "no resume data for" << m_translator->nameOf(id) << ":" << message;
        onResumeSaveAnswered(id);
    });
    connect(m_translator, &AlertTranslator::needsResumeSave, this, [this](const TorrentId &id) { m_changed.insert(id); });
    // Priorities take a round trip to the disk thread: save once they are in effect.
    connect(m_translator, &AlertTranslator::filePrioritiesApplied, this, [this](const TorrentId &id) { requestSave(id, false); });
    connect(m_pump, &AlertPump::sessionFailed, this, &SessionWorker::onSessionFailed);
}

SessionWorker::~SessionWorker()
{
    m_pump->detach();
    stopPersistence();
}

void SessionWorker::start()
{
    startPersistence();
    QString error;
    if (!createSession(&error)) {
        // Degraded, not dead: the restart with back-off may still succeed.
        qCCritical(lcHealth).noquote() << "the session could not start:" << error;
        m_restartAttempt = 0;
        Q_EMIT started();
        handleSessionFailure(tr("The BitTorrent session could not start: %1").arg(error));
        return;
    }
    attachSession();
    publishHealth();
    qCInfo(lcEngine) << "session started";
    Q_EMIT started();
    if (persisting())
        beginRestore();
}

bool SessionWorker::createSession(QString *error)
{
    try {
        m_session = m_factory(m_config.session);
        return m_session != nullptr;
    } catch (const std::exception &e) {
        *error = QString::fromLocal8Bit(e.what());
        m_session.reset();
        return false;
    }
}

void SessionWorker::attachSession()
{
    m_listening = false;
    m_listenFallback.clear(); // a new session tries the configured port again
    m_pump->attach(m_session.get());
    m_metadataProbes->setSession(m_session.get());
    m_statusTimer->start(m_config.session.statusIntervalMs);
    m_scheduler->setSchedule(m_config.session.altSchedule);
    // The caps go to the new session once, with every torrent's own caps.
    m_limits->detach();
    m_limits->setGlobal(m_config.session.effectiveLimits());
    m_limits->attach(m_session.get());
    Q_EMIT limitsChanged({m_config.session.limits, m_config.session.altLimits, m_config.session.altLimitsEnabled});
    m_scheduler->start();
    m_statsTimer->start();
    m_stallTimer->start();
}

void SessionWorker::tearDownSession()
{
    m_statusTimer->stop();
    m_listenRetryTimer->stop();
    m_scheduler->stop();
    m_statsTimer->stop();
    m_stallTimer->stop();
    m_limits->detach();
    m_pump->detach();
    m_coalescer->flush();
    m_metadataProbes->sessionEnded();
    try {
        m_session.reset();
    } catch (const std::exception &e) {
        qCWarning(lcHealth) << "destroying the failed session:" << e.what();
        m_session.release(); // leaked rather than risk it again
    }
    // The torrents come back from the resume folder when the session does.
    m_translator->reset();
    m_adding.clear();
    m_deferred.clear();
    m_reconcile.clear();
    m_savesInFlight.clear();
    m_changed.clear();
    m_records.clear();
    m_restoreQueue.clear();
    m_restoresInFlight = 0;
    m_restoring = false;
    m_diskGuard->clear();
    clearProblem(ProblemListen);
    clearProblem(ProblemDisk);
}

void SessionWorker::onSessionFailed(const QString &reason)
{
    // Handled from the event loop, never from inside a call into the session.
    if (m_failurePending || m_shuttingDown)
        return;
    m_failurePending = true;
    QMetaObject::invokeMethod(
        this, [this, reason] { handleSessionFailure(tr("The BitTorrent session failed: %1").arg(reason)); },
        Qt::QueuedConnection);
}

void SessionWorker::handleSessionFailure(const QString &reason)
{
    m_failurePending = false;
    if (m_shuttingDown || !m_unhealthyReason.isEmpty())
        return;
    qCCritical(lcHealth).noquote() << reason;
    tearDownSession();
    m_restartAttempt = 0;
    setProblem(ProblemSession, reason);
    scheduleRestart();
}

void SessionWorker::scheduleRestart()
{
    const auto delay = m_config.restartDelay * (1 << std::min(m_restartAttempt, 16));
    qCWarning(lcHealth) << "restarting the session in" << delay.count() << "ms (attempt" << m_restartAttempt + 1 << "of"
                        << m_config.restartAttempts << ")";
    m_restartTimer->start(delay);
}

void SessionWorker::attemptRestart()
{
    if (m_shuttingDown)
        return;
    ++m_restartAttempt;
    QString error;
    if (!createSession(&error)) {
        if (m_restartAttempt >= m_config.restartAttempts) {
            m_unhealthyReason = tr("The BitTorrent session could not be restarted after %1 tries: %2. Restart Revaer; if this "
                                   "keeps happening, check the settings and the log (QT_LOGGING_RULES=\"revaer.*=true\").")
                                    .arg(m_restartAttempt)
                                    .arg(error);
            publishHealth();
            for (const AddTorrentRequest &request : std::exchange(m_waitingForSession, {}))
                Q_EMIT errorOccurred({{}, request.source, m_unhealthyReason});
            return;
        }
        setProblem(ProblemSession,
            tr("The BitTorrent session failed and could not be restarted yet (try %1 of %2): %3")
                .arg(m_restartAttempt)
                .arg(m_config.restartAttempts)
                .arg(error));
        scheduleRestart();
        return;
    }
    qCInfo(lcHealth) << "session restarted after" << m_restartAttempt << "tries";
    m_restartAttempt = 0;
    attachSession();
    clearProblem(ProblemSession);
    if (persisting())
        beginRestore();
    for (const AddTorrentRequest &request : std::exchange(m_waitingForSession, {}))
        addTorrent(request);
}

void SessionWorker::withSession(const std::function<void(LibtSession *)> &call)
{
    guarded("session hook", [&] { call(m_session.get()); });
}

void SessionWorker::onListenFailed(const QString &interface, int port, const QString &message)
{
    if (m_listening)
        return; // another interface listens: incoming connections work
    if (m_listenFallback.isEmpty()) {
        // Without a listen socket libtorrent does not announce at all, and
        // every download waits at 0 peers: give the other interfaces a moment
        // to succeed, then fall back to a port the system picks.
        if (!m_listenRetryTimer->isActive()) {
            m_listenFallbackFrom = port;
            m_listenRetryTimer->start(1000);
        }
        return;
    }
    setProblem(ProblemListen,
        tr("Cannot accept incoming connections: “%1” cannot be listened on, on any port (%2: %3). Check "
           "the listen addresses in the settings. Revaer keeps trying.")
            .arg(m_config.session.listenInterfaces, interface, message));
    if (!m_listenRetryTimer->isActive())
        m_listenRetryTimer->start(std::min(60'000, 2'000 * (1 << std::min(m_listenRetries, 5))));
}

void SessionWorker::retryListening()
{
    if (m_listening)
        return;
    if (m_listenFallback.isEmpty()) {
        // Same addresses, any free port.
        QStringList interfaces = m_config.session.listenInterfaces.split(u',', Qt::SkipEmptyParts);
        static const QRegularExpression port(QStringLiteral(":\\d+(s?)$"));
        for (QString &entry : interfaces)
            entry = entry.trimmed().replace(port, QStringLiteral(":0\\1"));
        m_listenFallback = interfaces.join(u',');
        qCWarning(lcEngine).noquote() << "port" << m_listenFallbackFrom << "cannot be used; listening on" << m_listenFallback;
        guarded("listen on a free port", [this] { m_session->applySettings(sessionSettings()); });
        return;
    }
    ++m_listenRetries;
    guarded("reopen listen sockets", [this] { m_session->reopenNetworkSockets(); });
}

SessionSettings SessionWorker::sessionSettings() const
{
    SessionSettings settings = m_config.session;
    if (!m_listenFallback.isEmpty())
        settings.listenInterfaces = m_listenFallback;
    return settings;
}

void SessionWorker::onWriteBlocked(const TorrentId &id, const QString &path, bool diskFull)
{
    m_diskGuard->block(id, m_translator->nameOf(id), path, diskFull, m_translator->remainingBytes(id));
}

void SessionWorker::applyEffectiveLimits()
{
    m_limits->setGlobal(m_config.session.effectiveLimits());
    Q_EMIT limitsChanged({m_config.session.limits, m_config.session.altLimits, m_config.session.altLimitsEnabled});
}

void SessionWorker::shutdown()
{
    if (m_shuttingDown)
        return;
    // A queue change not yet written goes with everything else.
    if (m_queueTimer->isActive()) {
        m_queueTimer->stop();
        publishQueue();
    }
    m_shuttingDown = true;
    m_statusTimer->stop();
    m_saveTimer->stop();
    m_restartTimer->stop();
    m_listenRetryTimer->stop();
    m_diskGuard->clear();
    m_scheduler->stop();
    m_statsTimer->stop();
    m_stallTimer->stop();
    m_limits->detach();
    m_restoreQueue.clear(); // not yet restored: their files stay as they are
    if (m_session) {
        // Deliver what libtorrent already said before the session goes away.
        m_pump->drain();
        if (persisting()) {
            // Stop transfers so the last resume data is final, then save
            // every torrent that changed since its last save.
            guarded("pause session", [this] { m_session->pauseSession(); });
            const QList<TorrentId> live = m_records.keys();
            for (const TorrentId &id : live) {
                if (m_translator->isLive(id))
                    requestSave(id, true);
            }
            waitForSaves(m_config.shutdownDeadline);
        }
        m_pump->detach();
        m_metadataProbes->setSession(nullptr);
        m_coalescer->flush();
        m_session.reset();
    }
    stopPersistence();
    qCInfo(lcEngine) << "session stopped";
    Q_EMIT stopped();
}

void SessionWorker::setProblem(const QString &key, const QString &message)
{
    if (m_problems.value(key) == message)
        return;
    m_problems.insert(key, message);
    publishHealth();
}

void SessionWorker::clearProblem(const QString &key)
{
    if (m_problems.remove(key) > 0)
        publishHealth();
}

void SessionWorker::publishHealth()
{
    HealthEvent health;
    if (!m_unhealthyReason.isEmpty()) {
        health.state = HealthState::Unhealthy;
        health.reason = m_unhealthyReason;
    } else if (!m_problems.isEmpty()) {
        health.state = HealthState::Degraded;
        health.reason = QStringList(m_problems.values()).join(u'\n');
    }
    if (m_health.state == health.state && m_health.reason == health.reason)
        return;
    m_health = health;
    if (health.state == HealthState::Healthy)
        qCInfo(lcHealth) << "healthy";
    else
        qCWarning(lcHealth).noquote() << healthStateName(health.state) << health.reason;
    Q_EMIT healthChanged(m_health);
}

bool SessionWorker::guarded(const char *what, const std::function<void()> &call)
{
    if (!m_session) {
        qCWarning(lcEngine) << what << "ignored: the session is not running";
        return false;
    }
    try {
        call();
        return true;
    } catch (const SessionFailure &e) {
        onSessionFailed(QString::fromLocal8Bit(e.what()));
    } catch (const std::exception &e) {
        // libtorrent throws on a handle whose torrent just went away.
        qCWarning(lcEngine) << what << "failed:" << e.what();
    }
    return false;
}

void SessionWorker::addTorrent(AddTorrentRequest request)
{
    if (m_shuttingDown)
        return;
    if (!m_session) {
        if (m_unhealthyReason.isEmpty())
            m_waitingForSession.append(request); // added once the session is back
        else
            Q_EMIT errorOccurred({{}, request.source, m_unhealthyReason});
        return;
    }
    if (request.kind == AddTorrentRequest::Kind::TorrentFile) {
        QString error;
        request.data = TorrentFileParser::readFile(request.source, &error);
        if (!error.isEmpty()) {
            qCInfo(lcEngine).noquote() << error;
            Q_EMIT errorOccurred({{}, request.source, error});
            return;
        }
    }
    if (!request.addedAt.isValid())
        request.addedAt = QDateTime::currentDateTimeUtc();
    // The download folder is made now, not at the first byte: a torrent
    // stopped before then must not look like one whose drive was unplugged.
    const QString savePath = request.savePath.isEmpty() ? m_config.defaultSavePath : request.savePath;
    if (const QString error = SafeFile::makeDirectory(savePath); !error.isEmpty()) {
        const QString message
            = tr("Cannot add “%1”: %2. Choose a download folder Revaer may write to.").arg(Units::elided(request.source), error);
        qCInfo(lcEngine).noquote() << message;
        Q_EMIT errorOccurred({{}, request.source, message});
        return;
    }

    AddOutcome outcome;
    if (!guarded("add", [&] { outcome = m_session->addTorrent(request, m_config.defaultSavePath); }))
        return;
    if (!outcome.ok()) {
        qCInfo(lcEngine).noquote() << outcome.error;
        Q_EMIT errorOccurred({{}, request.source, outcome.error});
        return;
    }
    if (persisting() && !m_records.contains(outcome.id)) {
        // Stored before libtorrent even confirms it: from here on a crash
        // cannot lose the torrent.
        StoredTorrent record;
        record.id = outcome.id;
        record.name = outcome.name;
        record.source = request.source;
        record.savePath = QDir::cleanPath(request.savePath.isEmpty() ? m_config.defaultSavePath : request.savePath);
        record.sequential = request.sequential;
        record.paused = request.paused;
        record.filePriorities = request.filePriorities;
        record.addedAt = request.addedAt;
        m_records.insert(outcome.id, record);
        if (outcome.initialResumeData.isEmpty())
            m_writer->submitRecord(record);
        else
            m_writer->submitResumeData(record, outcome.initialResumeData, {});
    }
    m_adding.insert(outcome.id);
    m_translator->expect(outcome.id, {request.source, request.addedAt, false});
}

void SessionWorker::onTorrentAdded(const TorrentAddedEvent &event)
{
    m_adding.remove(event.id);
    TorrentAddedEvent announced = event;
    if (const auto stored = m_records.constFind(event.id); stored != m_records.cend())
        announced.limits = stored->limits;
    Q_EMIT torrentAdded(announced);

    const auto reconcile = m_reconcile.constFind(event.id);
    if (reconcile != m_reconcile.cend()) {
        const auto record = m_records.constFind(event.id);
        if (record != m_records.cend() && event.sequential != record->sequential) {
            const bool sequential = record->sequential;
            guarded("set sequential", [&] { m_session->setSequential(event.id, sequential); });
            requestSave(event.id, false);
            Q_EMIT reconciled({event.id, event.name, ReconciliationEvent::Kind::SettingsDiffer,
                tr("“%1” had sequential download %2 in its resume data but %3 in its saved settings; the saved "
                   "setting was applied.")
                    .arg(event.name, event.sequential ? tr("on") : tr("off"), sequential ? tr("on") : tr("off"))});
        }
        if (record != m_records.cend() && (record->limits.downloadLimit > 0 || record->limits.uploadLimit > 0))
            m_limits->setTorrent(event.id, record->limits);
        if (reconcile->restoring)
            onRestoreAddSettled();
        // Priorities are compared once the files are known (onFilesDiscovered).
        if (!event.hasMetadata)
            m_reconcile.remove(event.id);
    }
    // A new torrent was stored when it was added; libtorrent's own resume
    // data follows with the next change (metadata, completion, a command, the
    // periodic save).

    const QList<std::function<void()>> deferred = m_deferred.take(event.id);
    for (const auto &command : deferred)
        command();
}

void SessionWorker::onAddFailed(const TorrentId &id, bool duplicate, const EngineMessage &error)
{
    // A failed duplicate leaves the torrent already there (and its deferred commands) alone.
    if (duplicate || !id.isValid())
        return;
    m_adding.remove(id);
    m_deferred.remove(id);
    const PendingReconcile reconcile = m_reconcile.take(id);
    if (persisting() && m_records.contains(id)) {
        if (reconcile.restoring) {
            // libtorrent refused resume data the loader accepted: keep it aside.
            m_store->quarantine(id, tr("libtorrent refused it: %1").arg(error.message));
            ++m_restoreSetAside;
            Q_EMIT reconciled({id, m_records.value(id).name, ReconciliationEvent::Kind::Quarantined, error.message});
        } else {
            m_writer->submitRemoval(id);
        }
        m_records.remove(id);
    }
    if (reconcile.restoring)
        onRestoreAddSettled();
}

void SessionWorker::onFilesDiscovered(const FilesDiscoveredEvent &event)
{
    Q_EMIT filesDiscovered(event);
    if (!persisting() || !m_records.contains(event.id))
        return;

    const StoredTorrent stored = m_records.value(event.id);
    const bool reconciling = m_reconcile.remove(event.id) > 0;
    if (reconciling && !stored.filePriorities.isEmpty() && stored.filePriorities.size() == event.filePriorities.size()
        && stored.filePriorities != event.filePriorities) {
        guarded("set file priorities", [&] { m_session->setFilePriorities(event.id, stored.filePriorities); });
        Q_EMIT reconciled({event.id, event.metadata.name, ReconciliationEvent::Kind::SettingsDiffer,
            tr("The file selection of “%1” in its resume data differed from its saved settings; the saved "
               "selection was applied.")
                .arg(event.metadata.name)});
    }

    StoredTorrent updated = stored;
    updated.name = event.metadata.name;
    updated.filePaths.clear();
    updated.filePaths.reserve(event.metadata.files.size());
    for (const TorrentFileEntry &file : event.metadata.files)
        updated.filePaths.append(file.path);
    if (!event.metadata.trackers.isEmpty())
        updated.trackers = event.metadata.trackers;
    if (updated.filePriorities.size() != event.filePriorities.size())
        updated.filePriorities = event.filePriorities;
    const bool firstTime = stored.filePaths.isEmpty();
    if (!(updated == stored))
        updateRecord(event.id, [&](StoredTorrent &r) { r = updated; });
    // A magnet's metadata just arrived: store it so it is never needed again.
    if (firstTime && !reconciling)
        requestSave(event.id, false);
}

void SessionWorker::onStateChanged(const TorrentStateEvent &event)
{
    Q_EMIT stateChanged(event);
    // A graceful pause takes effect after the request: save what it became.
    if (event.state == TorrentState::Paused)
        requestSave(event.id, false);
    if (event.state == TorrentState::Downloading && persisting() && m_records.value(event.id).completedAt.isValid())
        updateRecord(event.id, [](StoredTorrent &r) { r.completedAt = {}; });
}

void SessionWorker::onCompleted(const TorrentCompletedEvent &event)
{
    Q_EMIT completed(event);
    if (!persisting() || !m_records.contains(event.id))
        return;
    updateRecord(event.id, [](StoredTorrent &r) { r.completedAt = QDateTime::currentDateTimeUtc(); });
    requestSave(event.id, false);
}

void SessionWorker::checkSeedingGoals(const QList<TorrentStatus> &statuses)
{
    for (const TorrentStatus &status : statuses) {
        if (!m_translator->isLive(status.id))
            continue; // a metadata probe, or gone
        const QString reached = m_seedingGoals.check(status);
        if (reached.isEmpty())
            continue;
        const QString message = tr("“%1” reached its seeding goal (%2) and was paused. Resume it to seed on.")
                                    .arg(m_translator->nameOf(status.id), reached);
        qCInfo(lcEngine).noquote() << message;
        pauseTorrents({status.id}); // as the user would: it stays paused across restarts
        EngineMessage notice;
        notice.id = status.id;
        notice.message = message;
        Q_EMIT noticeOccurred(notice);
    }
}

void SessionWorker::onTorrentRemoved(const TorrentRemovedEvent &event)
{
    m_coalescer->forget(event.id);
    m_seedingGoals.forget(event.id);
    m_limits->forget(event.id);
    m_diskGuard->forget(event.id);
    m_changed.remove(event.id);
    if (persisting() && m_records.remove(event.id) > 0)
        m_writer->submitRemoval(event.id);
    Q_EMIT torrentRemoved(event);
}

void SessionWorker::onStorageMoved(const TorrentId &id, const QString &savePath)
{
    Q_EMIT storageMoved(id, savePath);
    if (!persisting())
        return;
    updateRecord(id, [&](StoredTorrent &r) { r.savePath = QDir::cleanPath(savePath); });
    requestSave(id, false);
}

void SessionWorker::withTorrent(const TorrentId &id, const char *what, std::function<void()> command)
{
    if (m_shuttingDown)
        return;
    if (m_translator->isLive(id)) {
        guarded(what, command);
        return;
    }
    if (m_adding.contains(id)) {
        m_deferred[id].append([this, what, command = std::move(command)] { guarded(what, command); });
        return;
    }
    qCWarning(lcEngine) << what << "ignored: no torrent" << id.toString();
}

void SessionWorker::removeTorrents(const QList<TorrentId> &ids, RemoveMode mode)
{
    for (const TorrentId &id : ids) {
        withTorrent(id, "remove", [this, id, mode] {
            m_translator->noteRemoving(id, mode);
            m_session->removeTorrent(id, mode);
        });
    }
}

void SessionWorker::pauseTorrents(const QList<TorrentId> &ids)
{
    for (const TorrentId &id : ids) {
        withTorrent(id, "pause", [this, id] {
            m_diskGuard->forget(id); // the user's pause holds
            m_translator->notePaused(id);
            m_session->pause(id);
            updateRecord(id, [](StoredTorrent &r) { r.paused = true; });
            requestSave(id, false);
        });
    }
}

void SessionWorker::resumeTorrents(const QList<TorrentId> &ids)
{
    for (const TorrentId &id : ids) {
        withTorrent(id, "resume", [this, id] {
            m_diskGuard->forget(id); // tried at once; a new error starts over
            m_translator->noteResumed(id);
            m_session->resume(id);
            updateRecord(id, [](StoredTorrent &r) { r.paused = false; });
            requestSave(id, false);
        });
    }
}

void SessionWorker::setSequential(const QList<TorrentId> &ids, bool sequential)
{
    for (const TorrentId &id : ids) {
        withTorrent(id, "set sequential", [this, id, sequential] {
            m_session->setSequential(id, sequential);
            updateRecord(id, [&](StoredTorrent &r) { r.sequential = sequential; });
            requestSave(id, false);
        });
    }
}

void SessionWorker::setFilePriorities(const TorrentId &id, const QList<int> &priorities)
{
    // Saved once libtorrent has applied them (filePrioritiesApplied).
    withTorrent(id, "set file priorities", [this, id, priorities] {
        m_session->setFilePriorities(id, priorities);
        updateRecord(id, [&](StoredTorrent &r) { r.filePriorities = priorities; });
    });
}

void SessionWorker::setGlobalLimits(const RateLimits &limits)
{
    m_config.session.limits = limits;
    applyEffectiveLimits();
}

void SessionWorker::setAltLimits(const RateLimits &limits)
{
    m_config.session.altLimits = limits;
    applyEffectiveLimits();
}

void SessionWorker::setAltLimitsEnabled(bool enabled)
{
    m_config.session.altLimitsEnabled = enabled;
    applyEffectiveLimits();
}

void SessionWorker::setTorrentLimits(const QList<TorrentId> &ids, const RateLimits &limits)
{
    for (const TorrentId &id : ids) {
        withTorrent(id, "set torrent limits", [this, id, limits] {
            m_limits->setTorrent(id, limits);
            updateRecord(id, [&](StoredTorrent &r) { r.limits = limits; });
            requestSave(id, false);
            Q_EMIT torrentLimitsChanged(id, limits);
        });
    }
}

void SessionWorker::recheckTorrents(const QList<TorrentId> &ids)
{
    for (const TorrentId &id : ids)
        withTorrent(id, "recheck", [this, id] { m_session->forceRecheck(id); });
}

void SessionWorker::moveInQueue(const QList<TorrentId> &ids, QueueMove move)
{
    for (const TorrentId &id : ids)
        withTorrent(id, "move in queue", [this, id, move] { m_session->queueMove(id, move); });
    scheduleQueuePublish(0);
}

void SessionWorker::scheduleQueuePublish(int delayMs)
{
    // Not while restoring: the queue is incomplete, and reading it back from
    // a session filling up with thousands of torrents costs the restore
    // time. The end of the restore publishes it.
    if (m_restoring)
        return;
    if (!m_queueTimer->isActive() || m_queueTimer->remainingTime() > delayMs)
        m_queueTimer->start(delayMs);
}

void SessionWorker::publishQueue()
{
    if (!m_session || m_shuttingDown)
        return;
    QList<TorrentId> order;
    if (!guarded("queue order", [&] { order = m_session->queueOrder(); }) || order == m_publishedQueue)
        return;
    m_publishedQueue = order;
    Q_EMIT queueChanged(order);
    if (m_writer)
        m_writer->submitQueueOrder(order);
}

void SessionWorker::moveStorage(const QList<TorrentId> &ids, const QString &savePath)
{
    // The record follows when libtorrent reports the move done (onStorageMoved).
    for (const TorrentId &id : ids) {
        withTorrent(id, "move storage", [this, id, savePath] {
            m_session->moveStorage(id, savePath);
            m_translator->noteMoving(id);
        });
    }
}

void SessionWorker::addPeers(const QList<TorrentId> &ids, const QStringList &peers)
{
    for (const TorrentId &id : ids) {
        withTorrent(id, "add peers", [this, id, peers] {
            const QStringList rejected = m_session->connectPeers(id, peers);
            if (!rejected.isEmpty())
                Q_EMIT errorOccurred({id, m_translator->sourceOf(id),
                    tr("Cannot connect “%1” to %2: not an address and port such as 192.0.2.7:6881.")
                        .arg(m_translator->nameOf(id), rejected.join(QStringLiteral(", ")))});
        });
    }
}

void SessionWorker::forceReannounce(const QList<TorrentId> &ids)
{
    for (const TorrentId &id : ids)
        withTorrent(id, "reannounce", [this, id] { m_session->forceReannounce(id); });
}

void SessionWorker::banPeers(const QStringList &addresses)
{
    if (!m_session || m_shuttingDown)
        return;
    for (const QString &text : addresses) {
        const QString address = text.trimmed();
        bool banned = false;
        guarded("ban peer", [&] { banned = m_session->banAddress(address); });
        if (banned)
            qCInfo(lcEngine) << "banned" << address << "until Revaer quits";
        else
            Q_EMIT errorOccurred({{}, {}, tr("Cannot ban “%1”: not an IP address.").arg(Units::elided(text))});
    }
}

void SessionWorker::renameFile(const TorrentId &id, int index, const QString &newPath)
{
    // Only names inside the torrent's folder: no absolute paths, no "..".
    const QString cleaned = QDir::cleanPath(QString(newPath).replace(u'\\', u'/'));
    if (cleaned.isEmpty() || cleaned == QStringLiteral(".") || QDir::isAbsolutePath(cleaned) || cleaned == QStringLiteral("..")
        || cleaned.startsWith(QStringLiteral("../"))) {
        Q_EMIT errorOccurred({id, m_translator->sourceOf(id),
            tr("Cannot rename a file of “%1” to “%2”: a name must stay inside the torrent's folder.")
                .arg(m_translator->nameOf(id), Units::elided(newPath))});
        return;
    }
    withTorrent(id, "rename file", [this, id, index, cleaned] { m_session->renameFile(id, index, cleaned); });
}

void SessionWorker::setTrackers(const TorrentId &id, const QStringList &urls)
{
    withTorrent(id, "set trackers", [this, id, urls] {
        m_session->replaceTrackers(id, urls);
        updateRecord(id, [&](StoredTorrent &r) { r.trackers = urls; });
        requestSave(id, false);
    });
}

void SessionWorker::mergeTrackers(const TorrentId &id, const QStringList &urls)
{
    withTorrent(id, "merge trackers", [this, id, urls] {
        QStringList merged;
        for (const TrackerDetails &t : m_session->details(id).trackers)
            merged.append(t.url);
        const qsizetype before = merged.size();
        for (const QString &url : urls) {
            if (!url.trimmed().isEmpty() && !merged.contains(url.trimmed()))
                merged.append(url.trimmed());
        }
        if (merged.size() > before)
            setTrackers(id, merged);
    });
}

void SessionWorker::requestDetails(const TorrentId &id)
{
    if (!m_translator->isLive(id) || m_shuttingDown)
        return;
    TorrentDetails details;
    if (!guarded("details", [&] { details = m_session->details(id); }))
        return;
    const auto record = m_records.constFind(id);
    if (record != m_records.cend()) {
        if (record->addedAt.isValid())
            details.addedAt = record->addedAt;
        if (record->completedAt.isValid())
            details.completedAt = record->completedAt;
    }
    Q_EMIT detailsReady(details);
}

void SessionWorker::requestMagnetLinks(const QList<TorrentId> &ids)
{
    if (m_shuttingDown)
        return;
    QStringList links;
    for (const TorrentId &id : ids) {
        if (!m_translator->isLive(id))
            continue;
        TorrentDetails details;
        if (!guarded("magnet link", [&] { details = m_session->details(id); }))
            continue;
        MagnetLink link = MagnetLink::forId(id);
        if (!details.infoHashV1.isEmpty())
            link.infoHashV1 = details.infoHashV1;
        if (!details.infoHashV2.isEmpty())
            link.infoHashV2 = details.infoHashV2;
        link.name = details.name;
        for (const TrackerDetails &tracker : std::as_const(details.trackers))
            link.trackers.append(tracker.url);
        links.append(link.toString());
    }
    Q_EMIT magnetLinksReady(links);
}

void SessionWorker::fetchMetadata(const QString &magnet)
{
    if (!m_shuttingDown)
        m_metadataProbes->fetch(magnet, m_config.defaultSavePath);
}

void SessionWorker::cancelMetadataFetch(const QString &magnet)
{
    m_metadataProbes->cancel(magnet);
}

void SessionWorker::setDefaultSavePath(const QString &path)
{
    m_config.defaultSavePath = path;
}

void SessionWorker::applySettings(const SessionSettings &settings)
{
    const SessionSettings before = m_config.session;
    m_config.session = settings;
    m_seedingGoals.setGoals(settings.stopSeedingAtRatio, settings.stopSeedingAfterMinutes);
    if (before.listenInterfaces != settings.listenInterfaces)
        m_listenFallback.clear(); // the user chose again
    if (!before.sameApartFromLimits(settings))
        guarded("apply settings", [&] { m_session->applySettings(sessionSettings()); });
    m_scheduler->setSchedule(settings.altSchedule);
    applyEffectiveLimits();
}

void SessionWorker::requestStatus()
{
    guarded("post torrent updates", [this] { m_session->postTorrentUpdates(); });
    // If the answer is lost (dropped alerts), try again after a longer pause.
    m_statusTimer->start(m_config.session.statusIntervalMs * 10);
}

// --- persistence ---------------------------------------------------------

void SessionWorker::startPersistence()
{
    if (m_config.resumeDir.isEmpty())
        return;
    m_store.emplace(m_config.resumeDir, m_config.fileOps ? m_config.fileOps : FileOps::system());
    m_store->setObserver(m_config.storeObserver);
    const QString problem = m_store->prepare();
    if (!problem.isEmpty())
        setProblem(ProblemResume, problem);

    m_writerThread = new QThread(this);
    m_writerThread->setObjectName(QStringLiteral("revaer-resume"));
    m_writer = new ResumeWriter(*m_store);
    m_writer->moveToThread(m_writerThread);
    connect(m_writerThread, &QThread::finished, m_writer, &QObject::deleteLater);
    connect(m_writer, &ResumeWriter::writeFailed, this, [this](const QString &message) {
        setProblem(ProblemResume,
            tr("Resume data cannot be saved: %1. Torrents keep downloading, but what changed will not "
               "survive a restart until this is fixed.")
                .arg(message));
    });
    connect(m_writer, &ResumeWriter::writesRecovered, this, [this] { clearProblem(ProblemResume); });
    m_writerThread->start();
    m_saveTimer->start();

    if (m_store->markRunning()) {
        Q_EMIT reconciled({{}, {}, ReconciliationEvent::Kind::UncleanShutdown,
            tr("Revaer did not shut down cleanly last time; every torrent is restored from its last saved "
               "state.")});
    }
}

void SessionWorker::stopPersistence()
{
    if (!m_writer)
        return;
    m_writer->flush();
    m_store->markStopped();
    m_writerThread->quit();
    m_writerThread->wait();
    m_writer = nullptr; // deleted on its thread's finish
    delete m_writerThread;
    m_writerThread = nullptr;
}

void SessionWorker::updateRecord(const TorrentId &id, const std::function<void(StoredTorrent &)> &change)
{
    if (!persisting())
        return;
    const auto it = m_records.find(id);
    if (it == m_records.end())
        return;
    change(*it);
    m_writer->submitRecord(*it);
}

void SessionWorker::requestSave(const TorrentId &id, bool onlyIfModified)
{
    if (!persisting() || !m_records.contains(id))
        return;
    if (guarded("save resume data", [&] { m_session->requestResumeData(id, onlyIfModified); }))
        m_savesInFlight.insert(id);
}

void SessionWorker::onResumeDataSaved(const SessionAlert &alert)
{
    onResumeSaveAnswered(alert.id);
    m_changed.remove(alert.id);
    const auto record = m_records.constFind(alert.id);
    if (!persisting() || record == m_records.cend())
        return;
    ResumeWriter::FileState files;
    files.savePath = record->savePath;
    files.filePaths = record->filePaths;
    for (qsizetype i = 0; i < alert.fileProgress.size() && i < alert.fileSizes.size(); ++i) {
        files.complete.append(alert.fileSizes.at(i) > 0 && alert.fileProgress.at(i) >= alert.fileSizes.at(i));
        files.hasData.append(alert.fileProgress.at(i) > 0);
        files.downloadedBytes += alert.fileProgress.at(i);
    }
    m_writer->submitResumeData(*record, alert.data, files);
}

void SessionWorker::onResumeSaveAnswered(const TorrentId &id)
{
    m_savesInFlight.remove(id);
}

void SessionWorker::saveChangedTorrents()
{
    const QSet<TorrentId> changed = std::exchange(m_changed, {});
    for (const TorrentId &id : changed) {
        if (m_translator->isLive(id))
            requestSave(id, true);
    }
}

void SessionWorker::waitForSaves(std::chrono::milliseconds deadline)
{
    if (m_savesInFlight.isEmpty())
        return;
    QElapsedTimer clock;
    clock.start();
    // No event loop runs here: wait on the session for the answers and hand
    // them to the translator (whose signals reach this worker directly).
    while (!m_savesInFlight.isEmpty() && m_session) {
        const auto left = deadline - std::chrono::milliseconds(clock.elapsed());
        if (left <= std::chrono::milliseconds::zero())
            break;
        bool waiting = false;
        if (!guarded("wait for resume data",
                [&] { waiting = m_session->waitForAlert(std::min(left, std::chrono::milliseconds(100))); }))
            break;
        if (waiting)
            m_pump->drain();
    }
    if (!m_savesInFlight.isEmpty())
        qCWarning(lcResume) << m_savesInFlight.size() << "torrents did not answer with resume data before the shutdown deadline";
}

// --- restore -------------------------------------------------------------

void SessionWorker::beginRestore()
{
    m_restoreClock.start();
    if (!m_stallProbe)
        m_stallProbe = new StallProbe(this);
    m_stallProbe->start();
    m_restoreQueue = inQueueOrder(m_store->scan(), m_store->readQueueOrder());
    m_restoreTotal = int(m_restoreQueue.size());
    m_restoreSettled = 0;
    m_restoreSetAside = 0;
    m_restoring = true;
    qCInfo(lcResume) << "restoring" << m_restoreTotal << "torrents from" << m_store->directory();
    updateRestoreState(true);
    scheduleRestore();
}

void SessionWorker::scheduleRestore()
{
    if (m_restoreScheduled || m_restoreQueue.isEmpty() || m_restoresInFlight >= MaxRestoresInFlight || m_shuttingDown)
        return;
    m_restoreScheduled = true;
    QMetaObject::invokeMethod(this, &SessionWorker::restoreSome, Qt::QueuedConnection);
}

void SessionWorker::restoreSome()
{
    // A slice of work, then back to the event loop: commands and alerts keep
    // flowing while thousands of torrents are restored.
    m_restoreScheduled = false;
    QElapsedTimer slice;
    slice.start();
    while (!m_shuttingDown && !m_restoreQueue.isEmpty() && m_restoresInFlight < MaxRestoresInFlight
        && slice.elapsed() < RestoreSliceMs)
        restoreOne(m_restoreQueue.takeFirst());
    updateRestoreState(false);
    scheduleRestore();
}

void SessionWorker::onRestoreAddSettled()
{
    --m_restoresInFlight;
    updateRestoreState(false);
    scheduleRestore();
}

void SessionWorker::updateRestoreState(bool forceProgress)
{
    if (!m_restoring)
        return;
    m_restoreSettled = m_restoreTotal - int(m_restoreQueue.size()) - m_restoresInFlight;
    const bool done = m_restoreQueue.isEmpty() && m_restoresInFlight == 0;
    // Progress at most every 100 ms, and always the start and the end.
    if (!done && !forceProgress && m_sinceRestoreProgress.isValid() && m_sinceRestoreProgress.elapsed() < 100)
        return;
    if (done) {
        m_restoring = false;
        m_publishedQueue.clear(); // the whole queue is in the session now: store it
        scheduleQueuePublish(0);
        m_stallProbe->stop();
        qCInfo(lcResume) << "restored" << m_restoreTotal << "torrents in" << m_restoreClock.elapsed() << "ms; longest stall"
                         << m_stallProbe->longestMs() << "ms";
    }
    m_sinceRestoreProgress.start();
    RestoreProgressEvent event;
    event.restored = m_restoreSettled;
    event.setAside = m_restoreSetAside;
    event.total = m_restoreTotal;
    event.finished = done;
    event.elapsedMs = m_restoreClock.elapsed();
    event.longestStallMs = m_stallProbe->longestMs();
    Q_EMIT restoreProgress(event);
}

void SessionWorker::restoreOne(const TorrentId &id)
{
    ResumeLoader::Decision decision = ResumeLoader::decide(id, m_store->read(id));
    QString notSetAside;
    if (decision.quarantineResume || decision.quarantineJson) {
        const QStringList moved = m_store->quarantine(
            id, decision.quarantineReason, decision.quarantineResume, decision.quarantineJson, &notSetAside);
        if (!moved.isEmpty())
            qCWarning(lcResume).noquote() << "quarantined" << moved.join(QStringLiteral(", ")) << ":"
                                          << decision.quarantineReason;
    }
    if (decision.createSavePath) {
        // A folder that never held data (the torrent was added into a folder
        // to be made, and stopped before its first byte): make it again.
        const QString error = SafeFile::makeDirectory(decision.record.savePath);
        if (!error.isEmpty()) {
            decision.holdPaused = true;
            decision.request.paused = true;
            const QString name = ResumeLoader::displayName(decision.record);
            decision.events.append({id, name, ReconciliationEvent::Kind::SavePathMissing,
                tr("The download folder of “%1” cannot be created (%2). The torrent is paused: choose "
                   "another folder with Move, then resume it.")
                    .arg(name, error)});
        }
    }
    for (ReconciliationEvent event : std::as_const(decision.events)) {
        // Never claim a file was set aside when it was not.
        if (!notSetAside.isEmpty())
            event.message += u' '
                + tr("Setting its damaged files aside failed (%1): remove them from the resume folder by hand.").arg(notSetAside);
        qCInfo(lcResume).noquote() << event.message;
        Q_EMIT reconciled(event);
    }
    if (decision.action == ResumeLoader::Decision::Action::Skip) {
        ++m_restoreSetAside;
        return;
    }

    AddTorrentRequest request = decision.request;
    if (request.kind == AddTorrentRequest::Kind::TorrentFile) {
        // Recovering from the .torrent the user added; if it cannot be read
        // any more, the magnet of the record does the same job more slowly.
        QString error;
        request.data = TorrentFileParser::readFile(request.source, &error);
        if (!error.isEmpty()) {
            request.kind = AddTorrentRequest::Kind::Magnet;
            request.source = ResumeLoader::magnetFor(decision.record);
            request.data.clear();
        }
    }
    AddOutcome outcome;
    if (!guarded("restore", [&] { outcome = m_session->addTorrent(request, m_config.defaultSavePath); }) || !outcome.ok()) {
        const QString reason = outcome.error.isEmpty() ? tr("the session refused it") : outcome.error;
        m_store->quarantine(id, reason);
        ++m_restoreSetAside;
        const QString name = ResumeLoader::displayName(decision.record);
        Q_EMIT reconciled({id, name, ReconciliationEvent::Kind::Quarantined,
            tr("“%1” could not be restored: %2. Its files were moved to quarantine.").arg(name, reason)});
        return;
    }

    StoredTorrent record = decision.record;
    m_records.insert(id, record);
    if (decision.action == ResumeLoader::Decision::Action::Recover && !outcome.initialResumeData.isEmpty())
        m_writer->submitResumeData(record, outcome.initialResumeData, {});
    else if (decision.action == ResumeLoader::Decision::Action::Recover || decision.quarantineJson)
        m_writer->submitRecord(record);
    m_reconcile.insert(id, {true});
    m_adding.insert(id);
    ++m_restoresInFlight;
    m_translator->expect(
        id, {record.source.isEmpty() ? record.name : record.source, record.addedAt, record.completedAt.isValid(), true});
}

} // namespace Revaer
