#include "fakelibtsession.h"

#include <QCryptographicHash>
#include <QThread>

namespace Revaer::Test {

FakeLibtSession::FakeLibtSession(const SessionSettings &settings)
    : m_settings(settings)
    , m_globalLimits(settings.limits)
{ }

TorrentId FakeLibtSession::idFor(const QString &source)
{
    return TorrentId::fromHex(QString::fromLatin1(QCryptographicHash::hash(source.toUtf8(), QCryptographicHash::Sha1).toHex()));
}

void FakeLibtSession::record(const QString &name, const TorrentId &id, const QVariantList &args)
{
    if (m_dead)
        throw SessionFailure("the fake session died");
    QMutexLocker lock(&m_mutex);
    m_calls.append({name, id, args});
    m_lastCallThread = QThread::currentThreadId();
}

void FakeLibtSession::notifyLocked()
{
    if (m_notify) {
        ++m_notifyCount;
        m_notify();
    }
}

void FakeLibtSession::pushAlert(const SessionAlert &alert)
{
    pushAlerts({alert});
}

void FakeLibtSession::pushAlerts(const QList<SessionAlert> &alerts)
{
    QMutexLocker lock(&m_mutex);
    // Like libtorrent: notify only when the queue goes from empty to non-empty.
    const bool wasEmpty = m_alerts.empty();
    for (const SessionAlert &alert : alerts)
        m_alerts.push_back(alert);
    if (wasEmpty && !alerts.isEmpty())
        notifyLocked();
    if (!alerts.isEmpty())
        m_alertWaiting.wakeAll();
}

QList<FakeLibtSession::Call> FakeLibtSession::calls() const
{
    QMutexLocker lock(&m_mutex);
    return m_calls;
}

QList<FakeLibtSession::Call> FakeLibtSession::callsNamed(const QString &name) const
{
    QList<Call> result;
    for (const Call &call : calls()) {
        if (call.name == name)
            result.append(call);
    }
    return result;
}

QStringList FakeLibtSession::callNames() const
{
    QStringList names;
    for (const Call &call : calls())
        names.append(call.name);
    return names;
}

int FakeLibtSession::notifyCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_notifyCount;
}

SessionSettings FakeLibtSession::lastSettings() const
{
    QMutexLocker lock(&m_mutex);
    return m_settings;
}

void FakeLibtSession::setAutoConfirmAdds(bool on)
{
    QMutexLocker lock(&m_mutex);
    m_autoConfirm = on;
}

Qt::HANDLE FakeLibtSession::lastCallThread() const
{
    QMutexLocker lock(&m_mutex);
    return m_lastCallThread;
}

void FakeLibtSession::setStatuses(const QList<TorrentStatus> &statuses)
{
    QMutexLocker lock(&m_mutex);
    m_statuses = statuses;
}

void FakeLibtSession::applySettings(const SessionSettings &settings)
{
    record(QStringLiteral("applySettings"));
    QMutexLocker lock(&m_mutex);
    m_settings = settings;
}

void FakeLibtSession::setAlertNotify(std::function<void()> notify)
{
    QMutexLocker lock(&m_mutex);
    m_notify = std::move(notify);
}

bool FakeLibtSession::waitForAlert(std::chrono::milliseconds max)
{
    if (m_dead)
        throw SessionFailure("the fake session died");
    QMutexLocker lock(&m_mutex);
    if (m_alerts.empty())
        m_alertWaiting.wait(&m_mutex, QDeadlineTimer(max.count()));
    return !m_alerts.empty();
}

std::vector<SessionAlert> FakeLibtSession::popAlerts()
{
    if (m_dead)
        throw SessionFailure("the fake session died");
    QMutexLocker lock(&m_mutex);
    std::vector<SessionAlert> out(std::make_move_iterator(m_alerts.begin()), std::make_move_iterator(m_alerts.end()));
    m_alerts.clear();
    return out;
}

void FakeLibtSession::postTorrentUpdates()
{
    record(QStringLiteral("postTorrentUpdates"));
}

QList<TorrentStatus> FakeLibtSession::allStatuses()
{
    record(QStringLiteral("allStatuses"));
    QMutexLocker lock(&m_mutex);
    return m_statuses;
}

AddOutcome FakeLibtSession::addTorrent(const AddTorrentRequest &request, const QString &defaultSavePath)
{
    AddOutcome outcome;
    outcome.id = request.id.isValid() ? request.id : idFor(request.source);
    outcome.name = request.source.section(u'/', -1);
    const QString savePath = request.savePath.isEmpty() ? defaultSavePath : request.savePath;
    QVariantList priorities;
    for (int p : request.filePriorities)
        priorities.append(p);
    record(QStringLiteral("addTorrent"), outcome.id,
        {int(request.kind), request.source, savePath, priorities, request.paused, request.sequential, request.peers});
    {
        QMutexLocker lock(&m_mutex);
        if (!m_queue.contains(outcome.id))
            m_queue.append(outcome.id);
    }

    bool confirm = false;
    {
        QMutexLocker lock(&m_mutex);
        confirm = m_autoConfirm;
    }
    if (confirm) {
        SessionAlert added;
        added.kind = SessionAlert::Kind::TorrentAdded;
        added.id = outcome.id;
        added.name = outcome.name;
        TorrentStatus status;
        status.id = outcome.id;
        status.name = outcome.name;
        status.savePath = savePath;
        status.paused = request.paused;
        status.autoManaged = !request.paused;
        status.sequential = request.sequential;
        status.state = LibtState::DownloadingMetadata;
        added.status = status;
        pushAlert(added);
    }
    return outcome;
}

void FakeLibtSession::removeTorrent(const TorrentId &id, RemoveMode mode)
{
    record(QStringLiteral("removeTorrent"), id, {mode == RemoveMode::DeleteFiles});
    QMutexLocker lock(&m_mutex);
    m_queue.removeAll(id);
}

void FakeLibtSession::pause(const TorrentId &id)
{
    record(QStringLiteral("pause"), id);
}

void FakeLibtSession::resume(const TorrentId &id)
{
    record(QStringLiteral("resume"), id);
}

void FakeLibtSession::setSequential(const TorrentId &id, bool sequential)
{
    record(QStringLiteral("setSequential"), id, {sequential});
}

void FakeLibtSession::setFilePriorities(const TorrentId &id, const QList<int> &priorities)
{
    QVariantList args;
    for (int p : priorities)
        args.append(p);
    record(QStringLiteral("setFilePriorities"), id, args);
}

void FakeLibtSession::setGlobalRateLimits(const RateLimits &limits)
{
    record(QStringLiteral("setGlobalRateLimits"), {}, {limits.downloadLimit, limits.uploadLimit});
    QMutexLocker lock(&m_mutex);
    m_globalLimits = limits;
}

RateLimits FakeLibtSession::globalRateLimits()
{
    record(QStringLiteral("globalRateLimits"));
    QMutexLocker lock(&m_mutex);
    return m_globalLimits;
}

void FakeLibtSession::setTorrentRateLimits(const TorrentId &id, const RateLimits &limits)
{
    record(QStringLiteral("setTorrentRateLimits"), id, {limits.downloadLimit, limits.uploadLimit});
    QMutexLocker lock(&m_mutex);
    m_torrentLimits[id] = limits;
}

RateLimits FakeLibtSession::torrentRateLimits(const TorrentId &id)
{
    QMutexLocker lock(&m_mutex);
    return m_torrentLimits.value(id);
}

void FakeLibtSession::forceRecheck(const TorrentId &id)
{
    record(QStringLiteral("forceRecheck"), id);
}

void FakeLibtSession::queueMove(const TorrentId &id, QueueMove move)
{
    record(QStringLiteral("queueMove"), id, {int(move)});
    QMutexLocker lock(&m_mutex);
    const qsizetype at = m_queue.indexOf(id);
    if (at < 0)
        return;
    qsizetype to = at;
    switch (move) {
    case QueueMove::Top:
        to = 0;
        break;
    case QueueMove::Up:
        to = std::max<qsizetype>(0, at - 1);
        break;
    case QueueMove::Down:
        to = std::min(m_queue.size() - 1, at + 1);
        break;
    case QueueMove::Bottom:
        to = m_queue.size() - 1;
        break;
    }
    m_queue.move(at, to);
}

QList<TorrentId> FakeLibtSession::queueOrder()
{
    QMutexLocker lock(&m_mutex);
    return m_queue;
}

void FakeLibtSession::moveStorage(const TorrentId &id, const QString &path)
{
    record(QStringLiteral("moveStorage"), id, {path});
}

QStringList FakeLibtSession::connectPeers(const TorrentId &id, const QStringList &peers)
{
    record(QStringLiteral("connectPeers"), id, {peers});
    return {};
}

void FakeLibtSession::forceReannounce(const TorrentId &id)
{
    record(QStringLiteral("forceReannounce"), id, {});
}

bool FakeLibtSession::banAddress(const QString &address)
{
    record(QStringLiteral("banAddress"), {}, {address});
    return !address.isEmpty(); // no address parsing here: the real adapter's is tested on libtorrent
}

void FakeLibtSession::renameFile(const TorrentId &id, int index, const QString &newPath)
{
    record(QStringLiteral("renameFile"), id, {index, newPath});
    SessionAlert answer;
    answer.id = id;
    answer.kind = SessionAlert::Kind::FileRenamed;
    answer.fileIndex = index;
    answer.newName = newPath;
    pushAlert(answer);
}

void FakeLibtSession::requestResumeData(const TorrentId &id, bool onlyIfModified)
{
    record(QStringLiteral("requestResumeData"), id, {onlyIfModified});
    // Like libtorrent, answer with an alert.
    SessionAlert answer;
    answer.id = id;
    answer.kind = onlyIfModified ? SessionAlert::Kind::ResumeDataUnchanged : SessionAlert::Kind::ResumeDataSaved;
    if (!onlyIfModified)
        answer.data = QByteArray("fake resume data for ") + id.toString().toLatin1();
    pushAlert(answer);
}

void FakeLibtSession::pauseSession()
{
    record(QStringLiteral("pauseSession"));
}

void FakeLibtSession::reopenNetworkSockets()
{
    record(QStringLiteral("reopenNetworkSockets"));
}

void FakeLibtSession::postSessionStats()
{
    record(QStringLiteral("postSessionStats"));
}

QList<TorrentDetails> FakeLibtSession::details(const QList<TorrentId> &ids, FilePriorities)
{
    QList<TorrentDetails> all;
    for (const TorrentId &id : ids) {
        record(QStringLiteral("details"), id);
        TorrentDetails details;
        details.id = id;
        all.append(details);
    }
    return all;
}

MagnetLink FakeLibtSession::magnetLink(const TorrentId &id)
{
    record(QStringLiteral("magnetLink"), id);
    return MagnetLink::forId(id);
}

void FakeLibtSession::replaceTrackers(const TorrentId &id, const QStringList &urls)
{
    record(QStringLiteral("replaceTrackers"), id, {urls});
}

QByteArray FakeLibtSession::torrentFile(const TorrentId &id)
{
    record(QStringLiteral("torrentFile"), id);
    QMutexLocker lock(&m_mutex);
    return m_torrentFile;
}

void FakeLibtSession::setTorrentFile(const QByteArray &data)
{
    QMutexLocker lock(&m_mutex);
    m_torrentFile = data;
}

void FakeLibtSession::setDead(bool dead)
{
    m_dead = dead;
}

void FakeLibtSession::overrideGlobalRateLimits(const RateLimits &limits)
{
    QMutexLocker lock(&m_mutex);
    m_globalLimits = limits;
}

} // namespace Revaer::Test
