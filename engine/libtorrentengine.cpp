#include "libtorrentengine.h"

#include "backend/libtorrentsession.h"
#include "logging.h"
#include "metatypes.h"
#include "sessionworker.h"

namespace Revaer {

LibtorrentEngine::LibtorrentEngine(EngineConfig config, SessionFactory factory, QObject *parent)
    : TorrentEngine(parent)
    , m_config(std::move(config))
{
    registerEngineMetaTypes();
    if (!factory)
        factory = &LibtorrentSession::create;

    m_thread.setObjectName(QStringLiteral("revaer-session"));
    auto *worker = new SessionWorker(m_config, std::move(factory));
    worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, worker, &QObject::deleteLater);
    m_worker = worker;

    // Queued hop from the worker's thread to the engine's: the engine
    // re-emits on its own thread, so receivers there are called directly and
    // receivers on other threads get the event queued to their own thread.
    constexpr auto queued = Qt::QueuedConnection;
    connect(worker, &SessionWorker::torrentAdded, this, &TorrentEngine::torrentAdded, queued);
    connect(worker, &SessionWorker::filesDiscovered, this, &TorrentEngine::filesDiscovered, queued);
    connect(worker, &SessionWorker::progressUpdated, this, &TorrentEngine::progressUpdated, queued);
    connect(worker, &SessionWorker::stateChanged, this, &TorrentEngine::stateChanged, queued);
    connect(worker, &SessionWorker::completed, this, &TorrentEngine::completed, queued);
    // The worker says how grave each message is by the signal it uses.
    auto forward = [this](EngineMessage::Severity severity) {
        return [this, severity](EngineMessage message) {
            message.severity = severity;
            Q_EMIT this->message(message);
        };
    };
    connect(worker, &SessionWorker::errorOccurred, this, forward(EngineMessage::Severity::Error), queued);
    connect(worker, &SessionWorker::warningOccurred, this, forward(EngineMessage::Severity::Warning), queued);
    connect(worker, &SessionWorker::noticeOccurred, this, forward(EngineMessage::Severity::Notice), queued);
    connect(worker, &SessionWorker::limitsChanged, this, &TorrentEngine::limitsChanged, queued);
    connect(worker, &SessionWorker::detailsReady, this, &TorrentEngine::detailsReady, queued);
    connect(worker, &SessionWorker::magnetLinksReady, this, &TorrentEngine::magnetLinksReady, queued);
    connect(worker, &SessionWorker::metadataFetched, this, &TorrentEngine::metadataFetched, queued);
    connect(worker, &SessionWorker::metadataFetchFailed, this, &TorrentEngine::metadataFetchFailed, queued);
    connect(worker, &SessionWorker::sessionStatsUpdated, this, &TorrentEngine::sessionStatsUpdated, queued);
    connect(worker, &SessionWorker::torrentRemoved, this, &TorrentEngine::torrentRemoved, queued);
    connect(worker, &SessionWorker::storageMoved, this, &TorrentEngine::storageMoved, queued);
    connect(worker, &SessionWorker::torrentLimitsChanged, this, &TorrentEngine::torrentLimitsChanged, queued);
    connect(worker, &SessionWorker::labelsChanged, this, &TorrentEngine::labelsChanged, queued);
    connect(worker, &SessionWorker::healthChanged, this, &TorrentEngine::healthChanged, queued);
    connect(worker, &SessionWorker::listening, this, &TorrentEngine::listening, queued);
    connect(worker, &SessionWorker::reconciled, this, &TorrentEngine::reconciled, queued);
    connect(worker, &SessionWorker::restoreProgress, this, &TorrentEngine::restoreProgress, queued);
    connect(worker, &SessionWorker::queueChanged, this, &TorrentEngine::queueChanged, queued);
    connect(worker, &SessionWorker::started, this, &TorrentEngine::started, queued);
    connect(worker, &SessionWorker::stopped, this, &TorrentEngine::stopped, queued);
}

LibtorrentEngine::~LibtorrentEngine()
{
    stop();
    if (m_worker && !m_thread.isRunning())
        delete m_worker; // never started: the thread's finished() never deletes it
}

template<typename Call> void LibtorrentEngine::post(Call &&call)
{
    if (!m_worker || !m_thread.isRunning()) {
        qCWarning(lcEngine) << "command ignored: the engine is not running";
        return;
    }
    QMetaObject::invokeMethod(m_worker, std::forward<Call>(call), Qt::QueuedConnection);
}

void LibtorrentEngine::start()
{
    if (m_thread.isRunning())
        return;
    m_thread.start();
    post([w = m_worker] { w->start(); });
}

void LibtorrentEngine::stop()
{
    if (!m_thread.isRunning())
        return;
    // Blocks the caller until the session has flushed and closed; callers
    // stop the engine once, on the way out.
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker] { w->shutdown(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void LibtorrentEngine::addTorrent(const AddTorrentRequest &request)
{
    post([w = m_worker, request] { w->addTorrent(request); });
}

void LibtorrentEngine::removeTorrents(const QList<TorrentId> &ids, RemoveMode mode)
{
    post([w = m_worker, ids, mode] { w->removeTorrents(ids, mode); });
}

void LibtorrentEngine::pauseTorrents(const QList<TorrentId> &ids)
{
    post([w = m_worker, ids] { w->pauseTorrents(ids); });
}

void LibtorrentEngine::resumeTorrents(const QList<TorrentId> &ids)
{
    post([w = m_worker, ids] { w->resumeTorrents(ids); });
}

void LibtorrentEngine::setSequential(const QList<TorrentId> &ids, bool sequential)
{
    post([w = m_worker, ids, sequential] { w->setSequential(ids, sequential); });
}

void LibtorrentEngine::setFilePriorities(const TorrentId &id, const QList<int> &priorities)
{
    post([w = m_worker, id, priorities] { w->setFilePriorities(id, priorities); });
}

void LibtorrentEngine::setGlobalLimits(const RateLimits &limits)
{
    m_config.session.limits = limits;
    post([w = m_worker, limits] { w->setGlobalLimits(limits); });
}

void LibtorrentEngine::setAltLimits(const RateLimits &limits)
{
    m_config.session.altLimits = limits;
    post([w = m_worker, limits] { w->setAltLimits(limits); });
}

void LibtorrentEngine::setAltLimitsEnabled(bool enabled)
{
    m_config.session.altLimitsEnabled = enabled;
    post([w = m_worker, enabled] { w->setAltLimitsEnabled(enabled); });
}

void LibtorrentEngine::withSession(std::function<void(LibtSession *)> call)
{
    post([w = m_worker, call = std::move(call)] { w->withSession(call); });
}

void LibtorrentEngine::setTorrentLimits(const QList<TorrentId> &ids, const RateLimits &limits)
{
    post([w = m_worker, ids, limits] { w->setTorrentLimits(ids, limits); });
}

void LibtorrentEngine::setCategory(const QList<TorrentId> &ids, const QString &category)
{
    post([w = m_worker, ids, category] { w->setCategory(ids, category); });
}

void LibtorrentEngine::setTags(const QList<TorrentId> &ids, const QStringList &tags, TagChange change)
{
    post([w = m_worker, ids, tags, change] { w->setTags(ids, tags, change); });
}

void LibtorrentEngine::moveInQueue(const QList<TorrentId> &ids, QueueMove move)
{
    post([w = m_worker, ids, move] { w->moveInQueue(ids, move); });
}

void LibtorrentEngine::recheckTorrents(const QList<TorrentId> &ids)
{
    post([w = m_worker, ids] { w->recheckTorrents(ids); });
}

void LibtorrentEngine::moveStorage(const QList<TorrentId> &ids, const QString &savePath)
{
    post([w = m_worker, ids, savePath] { w->moveStorage(ids, savePath); });
}

void LibtorrentEngine::addPeers(const QList<TorrentId> &ids, const QStringList &peers)
{
    post([w = m_worker, ids, peers] { w->addPeers(ids, peers); });
}

void LibtorrentEngine::forceReannounce(const QList<TorrentId> &ids)
{
    post([w = m_worker, ids] { w->forceReannounce(ids); });
}

void LibtorrentEngine::banPeers(const QStringList &addresses)
{
    post([w = m_worker, addresses] { w->banPeers(addresses); });
}

void LibtorrentEngine::renameFile(const TorrentId &id, int index, const QString &newPath)
{
    post([w = m_worker, id, index, newPath] { w->renameFile(id, index, newPath); });
}

void LibtorrentEngine::mergeTrackers(const TorrentId &id, const QStringList &urls)
{
    post([w = m_worker, id, urls] { w->mergeTrackers(id, urls); });
}

void LibtorrentEngine::setTrackers(const TorrentId &id, const QStringList &urls)
{
    post([w = m_worker, id, urls] { w->setTrackers(id, urls); });
}

void LibtorrentEngine::requestDetails(const QList<TorrentId> &ids)
{
    post([w = m_worker, ids] { w->requestDetails(ids); });
}

void LibtorrentEngine::requestMagnetLinks(const QList<TorrentId> &ids)
{
    post([w = m_worker, ids] { w->requestMagnetLinks(ids); });
}

void LibtorrentEngine::fetchMetadata(const QString &magnet)
{
    post([w = m_worker, magnet] { w->fetchMetadata(magnet); });
}

void LibtorrentEngine::cancelMetadataFetch(const QString &magnet)
{
    post([w = m_worker, magnet] { w->cancelMetadataFetch(magnet); });
}

void LibtorrentEngine::setDefaultSavePath(const QString &path)
{
    m_config.defaultSavePath = path;
    post([w = m_worker, path] { w->setDefaultSavePath(path); });
}

void LibtorrentEngine::applySettings(const SessionSettings &settings)
{
    m_config.session = settings;
    post([w = m_worker, settings] { w->applySettings(settings); });
}

} // namespace Revaer
