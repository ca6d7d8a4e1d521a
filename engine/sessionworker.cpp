#include "sessionworker.h"

#include "alertpump.h"
#include "alerttranslator.h"
#include "logging.h"
#include "progresscoalescer.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace Revaer {

namespace {

// libtorrent refuses .torrent files over 10 MB (load_torrent_limits); reading
// more than that into memory is pointless.
constexpr qint64 MaxTorrentFileSize = 10'000'000;

} // namespace

SessionWorker::SessionWorker(EngineConfig config, SessionFactory factory, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_factory(std::move(factory))
    , m_translator(new AlertTranslator(this))
    , m_pump(new AlertPump(m_translator, this))
    , m_coalescer(new ProgressCoalescer(m_config.progressInterval, this))
    , m_statusTimer(new QTimer(this))
{
    m_statusTimer->setSingleShot(true);
    connect(m_statusTimer, &QTimer::timeout, this, &SessionWorker::requestStatus);

    // Progress goes through the coalescer; everything else passes at once.
    connect(m_translator, &AlertTranslator::progress, m_coalescer, &ProgressCoalescer::submit);
    connect(m_coalescer, &ProgressCoalescer::progressBatch, this, &SessionWorker::progressUpdated);
    connect(m_translator, &AlertTranslator::torrentAdded, this, &SessionWorker::onTorrentAdded);
    connect(m_translator, &AlertTranslator::addFailed, this, &SessionWorker::onAddFailed);
    connect(m_translator, &AlertTranslator::filesDiscovered, this, &SessionWorker::filesDiscovered);
    connect(m_translator, &AlertTranslator::stateChanged, this, &SessionWorker::stateChanged);
    connect(m_translator, &AlertTranslator::completed, this, &SessionWorker::completed);
    connect(m_translator, &AlertTranslator::errorOccurred, this, &SessionWorker::errorOccurred);
    connect(m_translator, &AlertTranslator::torrentRemoved, this, &SessionWorker::onTorrentRemoved);
    connect(m_translator, &AlertTranslator::storageMoved, this, &SessionWorker::storageMoved);
    connect(m_translator, &AlertTranslator::listening, this, &SessionWorker::listening);
    connect(m_translator, &AlertTranslator::statusUpdateHandled, this, [this] {
        // Re-armed only once the previous update was handled, so updates never pile up.
        m_statusTimer->start(m_config.session.statusIntervalMs);
    });
    connect(m_pump, &AlertPump::sessionFailed, this, &SessionWorker::onSessionFailed);
}

SessionWorker::~SessionWorker()
{
    m_pump->detach();
}

void SessionWorker::start()
{
    try {
        m_session = m_factory(m_config.session);
    } catch (const std::exception &e) {
        setHealth(HealthState::Unhealthy, tr("The BitTorrent session could not start: %1").arg(QString::fromLocal8Bit(e.what())));
        return;
    }
    m_pump->attach(m_session.get());
    m_statusTimer->start(m_config.session.statusIntervalMs);
    setHealth(HealthState::Healthy, {});
    qCInfo(lcEngine) << "session started";
    Q_EMIT started();
}

void SessionWorker::shutdown()
{
    m_statusTimer->stop();
    if (m_session) {
        // Deliver what libtorrent already said before the session goes away.
        m_pump->drain();
        m_pump->detach();
        m_coalescer->flush();
        m_session.reset();
    }
    qCInfo(lcEngine) << "session stopped";
    Q_EMIT stopped();
}

void SessionWorker::setHealth(HealthState state, const QString &reason)
{
    if (m_health.state == state && m_health.reason == reason)
        return;
    m_health = {state, reason};
    if (state == HealthState::Healthy)
        qCInfo(lcHealth) << "healthy";
    else
        qCWarning(lcHealth).noquote() << healthStateName(state) << reason;
    Q_EMIT healthChanged(m_health);
}

void SessionWorker::onSessionFailed(const QString &reason)
{
    setHealth(HealthState::Degraded, tr("The BitTorrent session failed: %1").arg(reason));
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

QByteArray SessionWorker::readTorrentFile(const QString &path, QString *error) const
{
    const QFileInfo info(path);
    if (!info.exists()) {
        *error = tr("Cannot add “%1”: the file does not exist. Check the path, or download the .torrent file again.").arg(path);
        return {};
    }
    if (info.isDir()) {
        *error = tr("Cannot add “%1”: it is a folder, not a .torrent file.").arg(path);
        return {};
    }
    if (info.size() > MaxTorrentFileSize) {
        *error = tr("Cannot add “%1”: at %2 bytes it is too large to be a .torrent file.").arg(path).arg(info.size());
        return {};
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read “%1”: %2. Check that Revaer may read it.").arg(path, file.errorString());
        return {};
    }
    return file.readAll();
}

void SessionWorker::addTorrent(AddTorrentRequest request)
{
    if (request.kind == AddTorrentRequest::Kind::TorrentFile) {
        QString error;
        request.data = readTorrentFile(request.source, &error);
        if (!error.isEmpty()) {
            qCInfo(lcEngine).noquote() << error;
            Q_EMIT errorOccurred({{}, request.source, error});
            return;
        }
    }
    if (!request.addedAt.isValid())
        request.addedAt = QDateTime::currentDateTimeUtc();

    AddOutcome outcome;
    if (!guarded("add", [&] { outcome = m_session->addTorrent(request, m_config.defaultSavePath); }))
        return;
    if (!outcome.ok()) {
        qCInfo(lcEngine).noquote() << outcome.error;
        Q_EMIT errorOccurred({{}, request.source, outcome.error});
        return;
    }
    m_adding.insert(outcome.id);
    m_translator->expect(outcome.id, {request.source, request.addedAt, false});
}

void SessionWorker::onTorrentAdded(const TorrentAddedEvent &event)
{
    m_adding.remove(event.id);
    Q_EMIT torrentAdded(event);
    const QList<std::function<void()>> deferred = m_deferred.take(event.id);
    for (const auto &command : deferred)
        command();
}

void SessionWorker::onAddFailed(const TorrentId &id)
{
    // A failed duplicate keeps the live torrent (and its deferred commands).
    if (id.isValid() && m_translator->isLive(id))
        return;
    m_adding.remove(id);
    m_deferred.remove(id);
}

void SessionWorker::onTorrentRemoved(const TorrentRemovedEvent &event)
{
    m_coalescer->forget(event.id);
    Q_EMIT torrentRemoved(event);
}

void SessionWorker::withTorrent(const TorrentId &id, const char *what, std::function<void()> command)
{
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
            m_translator->notePaused(id);
            m_session->pause(id);
        });
    }
}

void SessionWorker::resumeTorrents(const QList<TorrentId> &ids)
{
    for (const TorrentId &id : ids) {
        withTorrent(id, "resume", [this, id] {
            m_translator->noteResumed(id);
            m_session->resume(id);
        });
    }
}

void SessionWorker::setSequential(const QList<TorrentId> &ids, bool sequential)
{
    for (const TorrentId &id : ids)
        withTorrent(id, "set sequential", [this, id, sequential] { m_session->setSequential(id, sequential); });
}

void SessionWorker::setFilePriorities(const TorrentId &id, const QList<int> &priorities)
{
    withTorrent(id, "set file priorities", [this, id, priorities] { m_session->setFilePriorities(id, priorities); });
}

void SessionWorker::setGlobalLimits(const RateLimits &limits)
{
    m_config.session.limits = limits;
    guarded("set global limits", [&] { m_session->setGlobalRateLimits(limits); });
}

void SessionWorker::setTorrentLimits(const QList<TorrentId> &ids, const RateLimits &limits)
{
    for (const TorrentId &id : ids)
        withTorrent(id, "set torrent limits", [this, id, limits] { m_session->setTorrentRateLimits(id, limits); });
}

void SessionWorker::recheckTorrents(const QList<TorrentId> &ids)
{
    for (const TorrentId &id : ids)
        withTorrent(id, "recheck", [this, id] { m_session->forceRecheck(id); });
}

void SessionWorker::moveStorage(const QList<TorrentId> &ids, const QString &savePath)
{
    for (const TorrentId &id : ids)
        withTorrent(id, "move storage", [this, id, savePath] { m_session->moveStorage(id, savePath); });
}

void SessionWorker::applySettings(const SessionSettings &settings)
{
    m_config.session = settings;
    guarded("apply settings", [&] { m_session->applySettings(settings); });
}

void SessionWorker::requestStatus()
{
    guarded("post torrent updates", [this] { m_session->postTorrentUpdates(); });
    // If the answer is lost (dropped alerts), try again after a longer pause.
    m_statusTimer->start(m_config.session.statusIntervalMs * 10);
}

} // namespace Revaer
