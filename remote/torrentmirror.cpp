#include "torrentmirror.h"

#include "torrentengine.h"

#include <QPointer>
#include <QTimer>

namespace Revaer {

struct TorrentMirror::DetailsWait {
    QPointer<QObject> context;
    DetailsHandler done;
    QHash<TorrentId, TorrentDetails> answers;
    int outstanding = 0;
    bool finished = false;
};

std::vector<int> visibleFiles(const TorrentMetadata &metadata)
{
    std::vector<int> visible;
    for (const TorrentFileEntry &file : metadata.files) {
        if (!file.padFile)
            visible.push_back(file.index);
    }
    return visible;
}

TorrentMirror::TorrentMirror(TorrentEngine *engine, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
{
    m_clock.start();
    connect(engine, &TorrentEngine::torrentAdded, this, &TorrentMirror::onAdded);
    connect(engine, &TorrentEngine::filesDiscovered, this, &TorrentMirror::onFiles);
    connect(engine, &TorrentEngine::progressUpdated, this, &TorrentMirror::onProgress);
    connect(engine, &TorrentEngine::stateChanged, this, &TorrentMirror::onState);
    connect(engine, &TorrentEngine::torrentRemoved, this, &TorrentMirror::onRemoved);
    connect(engine, &TorrentEngine::detailsReady, this, &TorrentMirror::onDetails);
    connect(engine, &TorrentEngine::completed, this, [this](const TorrentCompletedEvent &event) {
        if (MirroredTorrent *t = entry(event.id)) {
            t->doneAt = QDateTime::currentDateTimeUtc();
            touch(*t);
        }
    });
    connect(engine, &TorrentEngine::storageMoved, this, [this](const TorrentId &id, const QString &savePath) {
        if (MirroredTorrent *t = entry(id)) {
            t->savePath = savePath;
            touch(*t);
        }
    });
    connect(engine, &TorrentEngine::torrentLimitsChanged, this, [this](const TorrentId &id, const RateLimits &limits) {
        if (MirroredTorrent *t = entry(id)) {
            t->limits = limits;
            touch(*t);
        }
    });
    connect(engine, &TorrentEngine::labelsChanged, this, [this](const TorrentId &id, const TorrentLabels &labels) {
        if (MirroredTorrent *t = entry(id)) {
            t->labels = labels;
            touch(*t);
        }
    });
    connect(engine, &TorrentEngine::queueChanged, this, [this](const QList<TorrentId> &order) {
        for (MirroredTorrent *t : std::as_const(m_byId))
            t->queuePosition = -1;
        for (int i = 0; i < order.size(); ++i) {
            if (MirroredTorrent *t = entry(order.at(i)); t && t->queuePosition != i) {
                t->queuePosition = i;
                touch(*t);
            }
        }
    });
    connect(engine, &TorrentEngine::message, this, [this](const EngineMessage &message) {
        if (message.severity != EngineMessage::Severity::Error || !message.id.isValid())
            return;
        if (MirroredTorrent *t = entry(message.id)) {
            t->error = message.message;
            touch(*t);
        }
    });
    connect(engine, &TorrentEngine::sessionStatsUpdated, this, [this](const SessionStatsEvent &stats) { m_stats = stats; });
    connect(engine, &TorrentEngine::limitsChanged, this, [this](const LimitsEvent &limits) { m_limits = limits; });
    connect(engine, &TorrentEngine::listening, this, [this](const QString &address, int port) {
        m_listenAddress = address;
        m_listenPort = port;
    });
    connect(engine, &TorrentEngine::started, this, [this] { m_started = true; });
}

TorrentMirror::~TorrentMirror()
{
    qDeleteAll(m_byId);
}

const MirroredTorrent *TorrentMirror::find(const TorrentId &id) const
{
    return m_byId.value(id);
}

const MirroredTorrent *TorrentMirror::findRpcId(int rpcId) const
{
    return m_byRpcId.value(rpcId);
}

MirroredTorrent *TorrentMirror::entry(const TorrentId &id)
{
    return m_byId.value(id);
}

void TorrentMirror::touch(MirroredTorrent &t)
{
    t.changedMs = m_clock.elapsed();
}

std::vector<const MirroredTorrent *> TorrentMirror::recentlyActive(qint64 withinMs) const
{
    const qint64 since = m_clock.elapsed() - withinMs;
    std::vector<const MirroredTorrent *> active;
    for (const MirroredTorrent *t : m_ordered) {
        if (t->changedMs >= since)
            active.push_back(t);
    }
    return active;
}

QList<int> TorrentMirror::recentlyRemoved(qint64 withinMs) const
{
    const qint64 since = m_clock.elapsed() - withinMs;
    QList<int> removed;
    for (const auto &[rpcId, when] : m_removed) {
        if (when >= since)
            removed.append(rpcId);
    }
    return removed;
}

qint64 TorrentMirror::downloadedThisRun() const
{
    qint64 sum = m_goneDownloaded;
    for (const MirroredTorrent *t : m_ordered)
        sum += t->downloadedThisRun();
    return sum;
}

qint64 TorrentMirror::uploadedThisRun() const
{
    qint64 sum = m_goneUploaded;
    for (const MirroredTorrent *t : m_ordered)
        sum += t->uploadedThisRun();
    return sum;
}

void TorrentMirror::onAdded(const TorrentAddedEvent &event)
{
    MirroredTorrent *t = entry(event.id);
    if (!t) {
        t = new MirroredTorrent;
        t->rpcId = m_nextRpcId++;
        t->id = event.id;
        m_byId.insert(event.id, t);
        m_byRpcId.insert(t->rpcId, t);
        m_ordered.push_back(t);
    }
    t->name = event.name;
    t->savePath = event.savePath;
    t->addedAt = event.addedAt.isValid() ? event.addedAt : QDateTime::currentDateTimeUtc();
    t->hasMetadata = event.hasMetadata;
    t->sequential = event.sequential;
    t->limits = event.limits;
    t->labels = event.labels;
    t->state = event.paused ? TorrentState::Paused : TorrentState::CheckingResume;
    if (!event.paused)
        t->startedAt = QDateTime::currentDateTimeUtc();
    t->progress.id = event.id;
    t->progress.totalBytes = event.totalSize;
    if (!event.restored)
        ++m_addedThisRun;
    touch(*t);
    Q_EMIT added(*t);
}

void TorrentMirror::onFiles(const FilesDiscoveredEvent &event)
{
    MirroredTorrent *t = entry(event.id);
    if (!t)
        return;
    t->metadata = event.metadata;
    t->priorities = event.filePriorities;
    t->hasMetadata = event.metadata.isValid();
    if (!event.metadata.name.isEmpty())
        t->name = event.metadata.name;
    t->visibleFiles = visibleFiles(event.metadata);
    touch(*t);
}

void TorrentMirror::onProgress(const QList<TorrentProgress> &batch)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const TorrentProgress &p : batch) {
        MirroredTorrent *t = entry(p.id);
        if (!t)
            continue;
        if (t->downloadedAtStart < 0) {
            t->downloadedAtStart = p.totalDownloaded;
            t->uploadedAtStart = p.totalUploaded;
        }
        if (p.downloadRate > 0 || p.uploadRate > 0 || p.totalDownloaded != t->progress.totalDownloaded
            || p.totalUploaded != t->progress.totalUploaded)
            t->activityAt = now;
        t->progress = p;
        touch(*t);
    }
}

void TorrentMirror::onState(const TorrentStateEvent &event)
{
    MirroredTorrent *t = entry(event.id);
    if (!t)
        return;
    const bool wasStopped = t->state == TorrentState::Paused || t->state == TorrentState::Error;
    const bool stopped = event.state == TorrentState::Paused || event.state == TorrentState::Error;
    if (wasStopped && !stopped)
        t->startedAt = QDateTime::currentDateTimeUtc();
    t->state = event.state;
    t->reason = event.reason;
    if (event.state == TorrentState::Error) {
        if (!event.reason.isEmpty())
            t->error = event.reason;
    } else {
        t->error.clear();
    }
    touch(*t);
}

void TorrentMirror::onRemoved(const TorrentRemovedEvent &event)
{
    MirroredTorrent *t = m_byId.take(event.id);
    if (!t)
        return;
    m_goneDownloaded += t->downloadedThisRun();
    m_goneUploaded += t->uploadedThisRun();
    m_byRpcId.remove(t->rpcId);
    m_ordered.erase(std::find(m_ordered.begin(), m_ordered.end(), t));
    const qint64 now = m_clock.elapsed();
    m_removed.emplace_back(t->rpcId, now);
    // Clients ask for removals within the last minute or so; keep ten minutes of them.
    m_removed.erase(
        std::remove_if(m_removed.begin(), m_removed.end(), [now](const auto &removed) { return removed.second < now - 600'000; }),
        m_removed.end());
    delete t;
    // Anyone waiting for its details stops waiting for them.
    const auto waits = m_waits.take(event.id);
    for (const auto &wait : waits) {
        if (--wait->outstanding == 0)
            finishWait(wait);
    }
}

void TorrentMirror::fetchDetails(const QList<TorrentId> &ids, QObject *context, DetailsHandler done, int timeoutMs)
{
    auto wait = std::make_shared<DetailsWait>();
    wait->context = context;
    wait->done = std::move(done);
    QList<TorrentId> ask;
    for (const TorrentId &id : ids) {
        if (!m_byId.contains(id))
            continue;
        QList<std::shared_ptr<DetailsWait>> &waiting = m_waits[id];
        // One request answers everyone waiting for the same torrent.
        if (waiting.isEmpty())
            ask.append(id);
        waiting.append(wait);
        ++wait->outstanding;
    }
    if (wait->outstanding == 0) {
        finishWait(wait);
        return;
    }
    if (!ask.isEmpty())
        m_engine->requestDetails(ask); // last: an engine may answer at once
    if (wait->finished)
        return;
    QTimer::singleShot(timeoutMs, this, [this, wait] {
        if (wait->finished)
            return;
        for (auto it = m_waits.begin(); it != m_waits.end();) {
            it->removeAll(wait);
            it = it->isEmpty() ? m_waits.erase(it) : std::next(it);
        }
        finishWait(wait);
    });
}

void TorrentMirror::onDetails(const QList<TorrentDetails> &batch)
{
    for (const TorrentDetails &details : batch) {
        if (MirroredTorrent *t = entry(details.id)) {
            if (details.completedAt.isValid())
                t->doneAt = details.completedAt;
            // The priorities in force, whoever changed them (the window, a client).
            if (!details.filePriorities.isEmpty() && details.filePriorities.size() == t->metadata.files.size())
                t->priorities = details.filePriorities;
        }
        const auto waits = m_waits.take(details.id);
        for (const auto &wait : waits) {
            wait->answers.insert(details.id, details);
            if (--wait->outstanding == 0)
                finishWait(wait);
        }
    }
}

void TorrentMirror::finishWait(const std::shared_ptr<DetailsWait> &wait)
{
    if (wait->finished)
        return;
    wait->finished = true;
    if (wait->context)
        wait->done(wait->answers);
}

} // namespace Revaer
