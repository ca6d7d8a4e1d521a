#include "sessionworker.h"

#include "alertpump.h"
#include "alerttranslator.h"
#include "altlimitsscheduler.h"
#include "backend/torrentfileparser.h"
#include "diskguard.h"
#include "limitswatchdog.h"
#include "logging.h"
#include "magnetlink.h"
#include "metadataprobes.h"
#include "progresscoalescer.h"
#include "queuewatcher.h"
#include "resumekeeper.h"
#include "safefile.h"
#include "sessionpoller.h"
#include "sessionsupervisor.h"
#include "units.h"

#include <QDir>
#include <QElapsedTimer>

namespace Revaer {

SessionWorker::SessionWorker(EngineConfig config, SessionFactory factory, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_supervisor(new SessionSupervisor(m_config, std::move(factory), this))
    , m_translator(new AlertTranslator(m_registry, this))
    , m_pump(new AlertPump(m_translator, this))
    , m_coalescer(new ProgressCoalescer(m_config.progressInterval, this))
    , m_keeper(new ResumeKeeper(m_config, m_registry, m_translator, m_supervisor->guard(), this))
    , m_metadataProbes(new MetadataProbes(
          m_translator, m_supervisor->guard(),
          [this](const TorrentId &id) {
              const TorrentEntry *entry = m_registry.find(id);
              return entry && (entry->isLive() || entry->isBeingAdded());
          },
          this))
    , m_diskGuard(new DiskGuard(m_config.diskCheckInterval, this))
    , m_limits(new LimitsWatchdog(m_config.limitsCheckInterval, this))
    , m_scheduler(new AltLimitsScheduler(m_config.clock, this))
    , m_poller(new SessionPoller(m_translator, m_supervisor->guard(), m_config.session.statusIntervalMs, this))
    , m_queue(new QueueWatcher(
          m_supervisor->guard(), [this] { return m_keeper->restoring(); }, this))
{
    m_seedingGoals.setGoals(m_config.session.stopSeedingAtRatio, m_config.session.stopSeedingAfterMinutes);

    // The session's life and the engine's health.
    connect(m_supervisor, &SessionSupervisor::sessionLost, this, &SessionWorker::detachSession);
    connect(m_supervisor, &SessionSupervisor::restarted, this, [this] {
        attachSession();
        m_keeper->beginRestore();
        for (const AddTorrentRequest &request : std::exchange(m_waitingForSession, {}))
            addTorrent(request);
    });
    connect(m_supervisor, &SessionSupervisor::gaveUp, this, [this](const QString &reason) {
        for (const AddTorrentRequest &request : std::exchange(m_waitingForSession, {}))
            Q_EMIT errorOccurred({{}, request.source, reason});
    });
    connect(m_supervisor, &SessionSupervisor::healthChanged, this, &SessionWorker::healthChanged);
    connect(m_supervisor, &SessionSupervisor::listening, this, &SessionWorker::listening);
    connect(m_supervisor, &SessionSupervisor::warning, this, [this](const QString &message) {
        Q_EMIT warningOccurred({{}, {}, message});
    });
    connect(m_pump, &AlertPump::sessionFailed, m_supervisor, &SessionSupervisor::fail);
    connect(m_limits, &LimitsWatchdog::sessionFailed, m_supervisor, &SessionSupervisor::fail);
    connect(m_translator, &AlertTranslator::listening, m_supervisor, &SessionSupervisor::onListening);
    connect(m_translator, &AlertTranslator::listenFailed, m_supervisor, &SessionSupervisor::onListenFailed);

    // Durability.
    connect(m_keeper, &ResumeKeeper::problemChanged, this,
        [this](const QString &problem) { m_supervisor->setOrClearProblem(SessionSupervisor::ProblemResume, problem); });
    connect(m_keeper, &ResumeKeeper::reconciled, this, &SessionWorker::reconciled);
    connect(m_keeper, &ResumeKeeper::restoreProgress, this, &SessionWorker::restoreProgress);
    connect(m_keeper, &ResumeKeeper::restoreFinished, this, [this] {
        m_queue->forgetPublished(); // the whole queue is in the session now: store it
        m_queue->changed(0);
    });

    // Full disks and caps.
    connect(m_diskGuard, &DiskGuard::retry, this, [this](const TorrentId &id) {
        forTorrents({id}, "resume after a write error", [this](const TorrentId &torrent) {
            m_translator->noteResumed(torrent, false);
            session()->resume(torrent);
        });
    });
    connect(m_diskGuard, &DiskGuard::diskFullChanged, this,
        [this](const QString &problem) { m_supervisor->setOrClearProblem(SessionSupervisor::ProblemDisk, problem); });
    connect(m_translator, &AlertTranslator::writeBlocked, this, [this](const TorrentId &id, const QString &path, bool diskFull) {
        m_diskGuard->block(id, m_translator->nameOf(id), path, diskFull, m_translator->remainingBytes(id));
    });
    connect(m_scheduler, &AltLimitsScheduler::turned, this, [this](bool active) {
        if (m_config.session.altLimitsEnabled == active)
            return;
        m_config.session.altLimitsEnabled = active;
        qCInfo(lcLimits) << "schedule:" << (active ? "alternative caps on" : "alternative caps off");
        applyEffectiveLimits();
    });
    connect(m_limits, &LimitsWatchdog::stale, this, [this](const TorrentId &id, const QString &message) {
        Q_EMIT warningOccurred({id, m_translator->sourceOf(id), message});
    });

    // Status updates (asked for by the poller): progress goes through the
    // coalescer, finished torrents past their goals are paused.
    connect(m_translator, &AlertTranslator::statusUpdateHandled, this, [this](const QList<TorrentStatus> &statuses) {
        if (m_seedingGoals.any())
            checkSeedingGoals(statuses);
    });
    connect(m_translator, &AlertTranslator::progress, m_coalescer, &ProgressCoalescer::submitAll);
    connect(m_coalescer, &ProgressCoalescer::progressBatch, this, &SessionWorker::progressUpdated);
    connect(m_translator, &AlertTranslator::sessionStats, this, [this](qint64 down, qint64 up, int dhtNodes) {
        SessionStatsEvent stats {down, up, dhtNodes, -1, m_config.defaultSavePath};
        stats.freeSpace = DiskGuard::freeSpaceAt(m_config.defaultSavePath);
        Q_EMIT sessionStatsUpdated(stats);
    });

    // The queue is read back after anything that can change it.
    connect(m_translator, &AlertTranslator::torrentAdded, m_queue, [this] { m_queue->changed(); });
    connect(m_translator, &AlertTranslator::completed, m_queue, [this] { m_queue->changed(); });
    connect(m_translator, &AlertTranslator::torrentRemoved, m_queue, [this] { m_queue->changed(); });
    connect(m_translator, &AlertTranslator::stateChanged, m_queue, [this] { m_queue->changed(); });
    connect(m_queue, &QueueWatcher::queueChanged, this, [this](const QList<TorrentId> &order) {
        Q_EMIT queueChanged(order);
        m_keeper->storeQueue(order);
    });

    // Torrent events: the keeper first, then out to the engine's users.
    connect(m_translator, &AlertTranslator::torrentAdded, this, &SessionWorker::onTorrentAdded);
    connect(
        m_translator, &AlertTranslator::addFailed, this, [this](const TorrentId &id, bool duplicate, const EngineMessage &error) {
            // A failed duplicate leaves the torrent already there (and its held commands) alone.
            if (!duplicate && id.isValid())
                m_keeper->addFailed(id, error);
        });
    connect(m_translator, &AlertTranslator::filesDiscovered, this, [this](const FilesDiscoveredEvent &event) {
        Q_EMIT filesDiscovered(event);
        m_keeper->filesDiscovered(event);
    });
    connect(m_translator, &AlertTranslator::stateChanged, this, [this](const TorrentStateEvent &event) {
        Q_EMIT stateChanged(event);
        m_keeper->stateChanged(event);
    });
    connect(m_translator, &AlertTranslator::completed, this, [this](const TorrentCompletedEvent &event) {
        Q_EMIT completed(event);
        m_keeper->completed(event);
        moveToFinalFolder(event.id);
    });
    connect(m_translator, &AlertTranslator::storageMoved, this, [this](const TorrentId &id, const QString &savePath) {
        Q_EMIT storageMoved(id, savePath);
        m_keeper->storageMoved(id, savePath);
    });
    connect(m_translator, &AlertTranslator::torrentRemoved, this, &SessionWorker::onTorrentRemoved);
    connect(m_translator, &AlertTranslator::errorOccurred, this, &SessionWorker::errorOccurred);
    connect(m_translator, &AlertTranslator::warningOccurred, this, &SessionWorker::warningOccurred);
    connect(m_metadataProbes, &MetadataProbes::fetched, this, &SessionWorker::metadataFetched);
    connect(m_metadataProbes, &MetadataProbes::failed, this, &SessionWorker::metadataFetchFailed);
}

SessionWorker::~SessionWorker()
{
    m_pump->detach();
    m_keeper->stop();
}

LibtSession *SessionWorker::session() const
{
    return m_supervisor->session();
}

bool SessionWorker::guarded(const char *what, const std::function<void()> &call)
{
    return m_supervisor->guarded(what, call);
}

void SessionWorker::start()
{
    m_keeper->start();
    QString error;
    if (!m_supervisor->start(&error)) {
        // Degraded, not dead: the restart with back-off may still succeed.
        qCCritical(lcHealth).noquote() << "the session could not start:" << error;
        Q_EMIT started();
        m_supervisor->failNow(tr("The BitTorrent session could not start: %1").arg(error));
        return;
    }
    attachSession();
    m_supervisor->publishHealth();
    qCInfo(lcEngine) << "session started";
    Q_EMIT started();
    m_keeper->beginRestore();
}

void SessionWorker::attachSession()
{
    LibtSession *running = session();
    m_pump->attach(running);
    m_metadataProbes->setSession(running);
    m_keeper->setSession(running);
    m_queue->setSession(running);
    m_scheduler->setSchedule(m_config.session.altSchedule);
    // The caps go to the new session once, with every torrent's own caps.
    m_limits->detach();
    applyEffectiveLimits();
    m_limits->attach(running);
    m_scheduler->start();
    m_poller->start(running);
}

void SessionWorker::detachSession()
{
    m_poller->stop();
    m_scheduler->stop();
    m_limits->detach();
    m_pump->detach();
    m_coalescer->flush();
    m_metadataProbes->sessionEnded();
    m_keeper->setSession(nullptr);
    m_queue->setSession(nullptr);
    // The torrents come back from the resume folder when the session does.
    m_keeper->sessionEnded();
    m_registry.clear();
    m_diskGuard->clear();
    m_supervisor->clearProblem(SessionSupervisor::ProblemDisk);
}

void SessionWorker::withSession(const std::function<void(LibtSession *)> &call)
{
    guarded("session hook", [&] { call(session()); });
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
    m_queue->flush();
    m_queue->setSession(nullptr);
    m_shuttingDown = true;
    m_supervisor->stopRestarting();
    m_poller->stop();
    m_diskGuard->clear();
    m_scheduler->stop();
    m_limits->detach();
    m_keeper->stopRestoring(); // not yet restored: their files stay as they are
    QElapsedTimer clock;
    clock.start();
    qint64 savedMs = 0, sessionMs = 0;
    if (session()) {
        // Deliver what libtorrent already said before the session goes away.
        m_pump->drain();
        if (m_keeper->active()) {
            // Stop transfers so the last resume data is final, then save
            // every torrent that changed since its last save.
            guarded("pause session", [this] { session()->pauseSession(); });
            m_keeper->saveAll();
            waitForSaves(m_config.shutdownDeadline);
        }
        savedMs = clock.elapsed();
        m_pump->detach();
        m_metadataProbes->setSession(nullptr);
        m_keeper->setSession(nullptr);
        m_coalescer->flush();
        m_supervisor->stop();
        sessionMs = clock.elapsed() - savedMs;
    }
    m_keeper->stop();
    qCInfo(lcEngine) << "shutdown: resume data" << savedMs << "ms, session" << sessionMs << "ms, writer"
                     << clock.elapsed() - savedMs - sessionMs << "ms";
    qCInfo(lcEngine) << "session stopped";
    Q_EMIT stopped();
}

void SessionWorker::waitForSaves(std::chrono::milliseconds deadline)
{
    QElapsedTimer clock;
    clock.start();
    // No event loop runs here: wait on the session for the answers and hand
    // them to the translator (whose signals reach the keeper directly).
    while (m_keeper->savesPending() > 0 && session()) {
        const auto left = deadline - std::chrono::milliseconds(clock.elapsed());
        if (left <= std::chrono::milliseconds::zero())
            break;
        bool waiting = false;
        if (!guarded("wait for resume data",
                [&] { waiting = session()->waitForAlert(std::min(left, std::chrono::milliseconds(100))); }))
            break;
        if (waiting)
            m_pump->drain();
    }
    if (const qsizetype pending = m_keeper->savesPending(); pending > 0)
        qCWarning(lcResume) << pending << "torrents did not answer with resume data before the shutdown deadline";
}

void SessionWorker::addTorrent(AddTorrentRequest request)
{
    if (m_shuttingDown)
        return;
    if (!session()) {
        if (m_supervisor->gaveUpReason().isEmpty())
            m_waitingForSession.append(request); // added once the session is back
        else
            Q_EMIT errorOccurred({{}, request.source, m_supervisor->gaveUpReason()});
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
    if (!guarded("add", [&] { outcome = session()->addTorrent(request, m_config.defaultSavePath); }))
        return;
    if (!outcome.ok()) {
        qCInfo(lcEngine).noquote() << outcome.error;
        Q_EMIT errorOccurred({{}, request.source, outcome.error});
        return;
    }
    m_keeper->storeNew(outcome.id, request, outcome.name, outcome.initialResumeData);
    m_translator->expect(outcome.id, {request.source, request.addedAt, false});
}

void SessionWorker::onTorrentAdded(const TorrentAddedEvent &event)
{
    TorrentAddedEvent announced = event;
    TorrentEntry *entry = m_registry.find(event.id);
    if (entry && entry->stored) {
        announced.limits = entry->stored->limits;
        announced.labels = entry->stored->labels;
        announced.finalSavePath = entry->stored->finalSavePath;
        if (announced.limits.downloadLimit > 0 || announced.limits.uploadLimit > 0)
            m_limits->setTorrent(event.id, announced.limits);
    }
    Q_EMIT torrentAdded(announced);
    m_keeper->torrentAdded(event);
    // Restored complete but not yet in its final folder (Revaer stopped
    // before the move, or the move failed): move it now.
    if (event.restored)
        moveToFinalFolder(event.id);
    // Commands given while it was being added.
    if ((entry = m_registry.find(event.id))) {
        for (const auto &command : std::exchange(entry->held, {}))
            command();
    }
}

void SessionWorker::moveToFinalFolder(const TorrentId &id)
{
    const TorrentEntry *entry = m_registry.find(id);
    if (!entry || !entry->stored || entry->stored->finalSavePath.isEmpty() || !entry->stored->completedAt.isValid())
        return;
    // libtorrent moves the files (a rename on one disk, a copy across disks);
    // the record and the resume data follow only once it reports the move
    // done. A failed move leaves everything where it was and says so; the
    // next start tries again.
    const QString target = entry->stored->finalSavePath;
    qCInfo(lcEngine).noquote() << "complete: moving" << id.toString() << "to" << target;
    moveStorage({id}, target);
}

void SessionWorker::onTorrentRemoved(const TorrentRemovedEvent &event)
{
    m_coalescer->forget(event.id);
    m_seedingGoals.forget(event.id);
    m_limits->forget(event.id);
    m_diskGuard->forget(event.id);
    m_keeper->removed(event.id);
    Q_EMIT torrentRemoved(event);
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

void SessionWorker::forTorrents(
    const QList<TorrentId> &ids, const char *what, const std::function<void(const TorrentId &)> &command)
{
    if (m_shuttingDown)
        return;
    for (const TorrentId &id : ids) {
        if (m_translator->isLive(id))
            guarded(what, [&] { command(id); });
        else if (TorrentEntry *entry = m_registry.find(id); entry && entry->isBeingAdded())
            entry->held.append([this, what, command, id] { guarded(what, [&] { command(id); }); });
        else
            qCWarning(lcEngine) << what << "ignored: no torrent" << id.toString();
    }
}

void SessionWorker::removeTorrents(const QList<TorrentId> &ids, RemoveMode mode)
{
    forTorrents(ids, "remove", [this, mode](const TorrentId &id) {
        m_translator->noteRemoving(id, mode);
        session()->removeTorrent(id, mode);
    });
}

void SessionWorker::pauseTorrents(const QList<TorrentId> &ids)
{
    forTorrents(ids, "pause", [this](const TorrentId &id) {
        m_diskGuard->forget(id); // the user's pause holds
        m_translator->notePaused(id);
        session()->pause(id);
        m_keeper->updateAndSave(id, [](StoredTorrent &r) { r.paused = true; });
    });
}

void SessionWorker::resumeTorrents(const QList<TorrentId> &ids)
{
    forTorrents(ids, "resume", [this](const TorrentId &id) {
        m_diskGuard->forget(id); // tried at once; a new error starts over
        m_translator->noteResumed(id);
        session()->resume(id);
        m_keeper->updateAndSave(id, [](StoredTorrent &r) { r.paused = false; });
    });
}

void SessionWorker::setSequential(const QList<TorrentId> &ids, bool sequential)
{
    forTorrents(ids, "set sequential", [this, sequential](const TorrentId &id) {
        session()->setSequential(id, sequential);
        m_keeper->updateAndSave(id, [&](StoredTorrent &r) { r.sequential = sequential; });
    });
}

void SessionWorker::setFilePriorities(const TorrentId &id, const QList<int> &priorities)
{
    // Saved once libtorrent has applied them (filePrioritiesApplied).
    forTorrents({id}, "set file priorities", [this, priorities](const TorrentId &torrent) {
        session()->setFilePriorities(torrent, priorities);
        m_keeper->update(torrent, [&](StoredTorrent &r) { r.filePriorities = priorities; });
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
    forTorrents(ids, "set torrent limits", [this, limits](const TorrentId &id) {
        m_limits->setTorrent(id, limits);
        m_keeper->updateAndSave(id, [&](StoredTorrent &r) { r.limits = limits; });
        Q_EMIT torrentLimitsChanged(id, limits);
    });
}

void SessionWorker::setCategory(const QList<TorrentId> &ids, const QString &category)
{
    QString error;
    const QString canonical = Labels::normalCategory(category, &error);
    if (!error.isEmpty()) {
        Q_EMIT errorOccurred({{}, {}, error});
        return;
    }
    changeLabels(ids, "set category", [&canonical](TorrentLabels &labels) { labels.category = canonical; });
}

void SessionWorker::setTags(const QList<TorrentId> &ids, const QStringList &tags, TagChange change)
{
    QString error;
    const QStringList canonical = Labels::normalTags(tags, &error);
    if (!error.isEmpty()) {
        Q_EMIT errorOccurred({{}, {}, error});
        return;
    }
    changeLabels(ids, "set tags",
        [&canonical, change](TorrentLabels &labels) { labels.tags = Labels::changed(labels.tags, canonical, change); });
}

void SessionWorker::changeLabels(
    const QList<TorrentId> &ids, const char *what, const std::function<void(TorrentLabels &)> &change)
{
    forTorrents(ids, what, [this, change](const TorrentId &id) {
        TorrentEntry *entry = m_registry.find(id);
        if (!entry || !entry->stored)
            return;
        TorrentLabels labels = entry->stored->labels;
        change(labels);
        if (labels == entry->stored->labels)
            return;
        // The JSON record only: libtorrent's resume data knows nothing of labels.
        m_keeper->update(id, [&](StoredTorrent &r) { r.labels = labels; });
        Q_EMIT labelsChanged(id, labels);
    });
}

void SessionWorker::recheckTorrents(const QList<TorrentId> &ids)
{
    forTorrents(ids, "recheck", [this](const TorrentId &id) { session()->forceRecheck(id); });
}

void SessionWorker::moveInQueue(const QList<TorrentId> &ids, QueueMove move)
{
    forTorrents(ids, "move in queue", [this, move](const TorrentId &id) { session()->queueMove(id, move); });
    m_queue->changed(0);
}

void SessionWorker::moveStorage(const QList<TorrentId> &ids, const QString &savePath)
{
    // The record follows when libtorrent reports the move done.
    forTorrents(ids, "move storage", [this, savePath](const TorrentId &id) {
        session()->moveStorage(id, savePath);
        m_translator->noteMoving(id);
    });
}

void SessionWorker::addPeers(const QList<TorrentId> &ids, const QStringList &peers)
{
    forTorrents(ids, "add peers", [this, peers](const TorrentId &id) {
        const QStringList rejected = session()->connectPeers(id, peers);
        if (!rejected.isEmpty())
            Q_EMIT errorOccurred({id, m_translator->sourceOf(id),
                tr("Cannot connect “%1” to %2: not an address and port such as 192.0.2.7:6881.")
                    .arg(m_translator->nameOf(id), rejected.join(QStringLiteral(", ")))});
    });
}

void SessionWorker::forceReannounce(const QList<TorrentId> &ids)
{
    forTorrents(ids, "reannounce", [this](const TorrentId &id) { session()->forceReannounce(id); });
}

void SessionWorker::banPeers(const QStringList &addresses)
{
    if (!session() || m_shuttingDown)
        return;
    for (const QString &text : addresses) {
        const QString address = text.trimmed();
        bool banned = false;
        guarded("ban peer", [&] { banned = session()->banAddress(address); });
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
    forTorrents({id}, "rename file",
        [this, index, cleaned](const TorrentId &torrent) { session()->renameFile(torrent, index, cleaned); });
}

void SessionWorker::setTrackers(const TorrentId &id, const QStringList &urls)
{
    forTorrents({id}, "set trackers", [this, urls](const TorrentId &torrent) {
        session()->replaceTrackers(torrent, urls);
        m_keeper->updateAndSave(torrent, [&](StoredTorrent &r) { r.trackers = urls; });
    });
}

void SessionWorker::mergeTrackers(const TorrentId &id, const QStringList &urls)
{
    forTorrents({id}, "merge trackers", [this, urls](const TorrentId &torrent) {
        QStringList merged;
        for (const TorrentDetails &details : session()->details({torrent}, LibtSession::FilePriorities::Skip)) {
            for (const TrackerDetails &t : details.trackers)
                merged.append(t.url);
        }
        const qsizetype before = merged.size();
        for (const QString &url : urls) {
            if (!url.trimmed().isEmpty() && !merged.contains(url.trimmed()))
                merged.append(url.trimmed());
        }
        if (merged.size() > before)
            setTrackers(torrent, merged);
    });
}

void SessionWorker::requestDetails(const QList<TorrentId> &ids)
{
    if (m_shuttingDown)
        return;
    // The file priorities of a stored torrent are in its record (what Revaer
    // asked for, reconciled when its files became known): asking libtorrent
    // would cost a round trip per torrent.
    QList<TorrentId> recorded;
    QList<TorrentId> unrecorded;
    for (const TorrentId &id : ids) {
        if (!m_translator->isLive(id))
            continue;
        const TorrentEntry *entry = m_registry.find(id);
        const bool known = entry && entry->stored && entry->stored->filePriorities.size() == entry->stored->filePaths.size();
        (known ? recorded : unrecorded).append(id);
    }
    QList<TorrentDetails> all;
    const bool fetched = guarded("details", [&] {
        all = session()->details(recorded, LibtSession::FilePriorities::Skip);
        all += session()->details(unrecorded, LibtSession::FilePriorities::Fetch);
    });
    if (!fetched)
        return;
    for (TorrentDetails &details : all) {
        const TorrentEntry *entry = m_registry.find(details.id);
        if (!entry || !entry->stored)
            continue;
        const StoredTorrent &record = *entry->stored;
        if (details.filePriorities.isEmpty() && record.filePriorities.size() == details.metadata.files.size())
            details.filePriorities = record.filePriorities;
        if (record.addedAt.isValid())
            details.addedAt = record.addedAt;
        if (record.completedAt.isValid())
            details.completedAt = record.completedAt;
    }
    Q_EMIT detailsReady(all);
}

void SessionWorker::requestMagnetLinks(const QList<TorrentId> &ids)
{
    if (m_shuttingDown)
        return;
    QStringList links;
    links.reserve(ids.size());
    for (const TorrentId &id : ids) {
        MagnetLink link;
        if (m_translator->isLive(id) && guarded("magnet link", [&] { link = session()->magnetLink(id); }))
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
    m_keeper->setDefaultSavePath(path);
}

void SessionWorker::applySettings(const SessionSettings &settings)
{
    m_config.session = settings;
    m_seedingGoals.setGoals(settings.stopSeedingAtRatio, settings.stopSeedingAfterMinutes);
    m_poller->setStatusInterval(settings.statusIntervalMs);
    m_supervisor->applySettings(settings);
    m_scheduler->setSchedule(settings.altSchedule);
    applyEffectiveLimits();
}

} // namespace Revaer
