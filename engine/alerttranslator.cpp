#include "alerttranslator.h"

#include "logging.h"
#include "units.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace Revaer {

AlertTranslator::AlertTranslator(TorrentRegistry &registry, QObject *parent)
    : QObject(parent)
    , m_registry(registry)
    , m_clock([] {
        static QElapsedTimer clock = [] {
            QElapsedTimer c;
            c.start();
            return c;
        }();
        return clock.elapsed();
    })
{ }

void AlertTranslator::expect(const TorrentId &id, const Expectation &expectation)
{
    TorrentEntry &t = m_registry.obtain(id);
    if (t.isLive())
        return; // a duplicate add; the add alert will say so
    t.source = expectation.source;
    t.addedAt = expectation.addedAt;
    t.completedReported = expectation.alreadyComplete;
    t.restored = expectation.restored;
    t.probe = expectation.probe;
}

void AlertTranslator::forget(const TorrentId &id)
{
    m_registry.erase(id);
}

bool AlertTranslator::isLive(const TorrentId &id) const
{
    return m_registry.isLive(id);
}

qsizetype AlertTranslator::liveCount() const
{
    return m_registry.count([](const TorrentEntry &t) { return t.isLive(); });
}

QString AlertTranslator::nameOf(const TorrentId &id) const
{
    const TorrentEntry *t = m_registry.find(id);
    return t ? displayName(*t) : QString();
}

QString AlertTranslator::sourceOf(const TorrentId &id) const
{
    const TorrentEntry *t = m_registry.find(id);
    return t ? t->source : QString();
}

qint64 AlertTranslator::remainingBytes(const TorrentId &id) const
{
    const TorrentEntry *t = m_registry.find(id);
    return t ? t->remaining : 0;
}

bool AlertTranslator::isWriteBlocked(const TorrentStatus &s)
{
    return s.uploadMode && !s.isFinished;
}

QString AlertTranslator::displayName(const TorrentEntry &t) const
{
    // A magnet's dn or its whole link can be any length: messages and rows
    // get a name a person can read.
    return Units::elided(t.name.isEmpty() ? t.source : t.name);
}

TorrentState AlertTranslator::deriveState(LibtState state, bool paused, bool autoManaged, bool hasError)
{
    if (hasError)
        return TorrentState::Error;
    if (paused && !autoManaged)
        return TorrentState::Paused;
    // A recheck that waits for its turn is paused by the queue: it is checking.
    if (state == LibtState::CheckingFiles)
        return TorrentState::Checking;
    if (paused)
        return TorrentState::Queued;
    switch (state) {
    case LibtState::CheckingResumeData:
        return TorrentState::CheckingResume;
    case LibtState::CheckingFiles:
        return TorrentState::Checking;
    case LibtState::DownloadingMetadata:
        return TorrentState::FetchingMetadata;
    case LibtState::Downloading:
        return TorrentState::Downloading;
    case LibtState::Finished:
    case LibtState::Seeding:
        return TorrentState::Seeding;
    }
    return TorrentState::CheckingResume;
}

TorrentProgress AlertTranslator::progressFrom(const TorrentStatus &s)
{
    TorrentProgress p;
    p.id = s.id;
    p.doneBytes = s.totalWantedDone;
    p.totalBytes = s.totalWanted;
    p.downloadRate = s.downloadRate;
    p.uploadRate = s.uploadRate;
    p.connectedSeeds = s.numSeeds;
    p.connectedPeers = std::max(0, s.numPeers - s.numSeeds);
    p.knownSeeds = s.numComplete >= 0 ? std::max(s.numComplete, s.listSeeds) : s.listSeeds;
    p.knownPeers
        = s.numIncomplete >= 0 ? std::max(s.numIncomplete, s.listPeers - s.listSeeds) : std::max(0, s.listPeers - s.listSeeds);
    const qint64 remaining = s.totalWanted - s.totalWantedDone;
    p.etaSeconds = (remaining > 0 && s.downloadRate > 0) ? (remaining + s.downloadRate - 1) / s.downloadRate : -1;
    p.totalDownloaded = s.allTimeDownload;
    p.totalUploaded = s.allTimeUpload;
    p.progress = s.progress;
    if (s.paused || !s.error.isEmpty() || isWriteBlocked(s)) {
        // libtorrent's rates decay over seconds and a paused torrent drops
        // out of its status updates: without this the last rates and ETA
        // would stay on screen for a torrent that moves nothing. A torrent
        // stopped by a write error downloads nothing either (and its
        // uploads are the tail of what it did before).
        p.downloadRate = 0;
        p.uploadRate = 0;
        p.etaSeconds = -1;
        p.connectedPeers = 0;
        p.connectedSeeds = 0;
    } else if (s.isFinished) {
        // Every wanted piece is here: what is still "downloading" is the
        // tail of the rate average, not a transfer.
        p.downloadRate = 0;
        p.etaSeconds = -1;
    }
    return p;
}

void AlertTranslator::handle(const SessionAlert &alert)
{
    using Kind = SessionAlert::Kind;
    qCDebug(lcAlerts) << "alert" << int(alert.kind) << alert.id.toString() << alert.error;
    switch (alert.kind) {
    case Kind::TorrentAdded:
        onAdded(alert);
        return;
    case Kind::StatusUpdate: {
        // One reading of the clock for the whole batch.
        const qint64 now = m_clock();
        // One list, kept between updates so that its memory is reused.
        m_batch.clear();
        m_batch.reserve(alert.statuses.size());
        for (const TorrentStatus &status : alert.statuses)
            onStatus(status, now, m_batch);
        if (!m_batch.isEmpty())
            Q_EMIT progress(m_batch);
        Q_EMIT statusUpdateHandled(alert.statuses);
        return;
    }
    case Kind::ListenSucceeded:
        qCInfo(lcEngine) << "listening on" << alert.address << "port" << alert.port << (alert.tcp ? "tcp" : "udp");
        // Peers connect over TCP first: a UDP socket alone does not make a client reachable.
        if (alert.tcp)
            Q_EMIT listening(alert.address, alert.port);
        return;
    case Kind::ListenFailed:
        qCWarning(lcEngine) << "cannot listen on" << alert.address << "port" << alert.port << ":" << alert.error;
        Q_EMIT listenFailed(alert.address, alert.port, alert.error);
        return;
    case Kind::SessionStats:
        Q_EMIT sessionStats(alert.downloadRate, alert.uploadRate, alert.dhtNodes);
        return;
    case Kind::AlertsDropped:
        qCWarning(lcAlerts) << "libtorrent dropped alerts of" << alert.droppedKinds << "kinds; refreshing every torrent";
        Q_EMIT alertsDropped(alert.droppedKinds);
        return;
    case Kind::TorrentDeleted:
        qCInfo(lcEngine) << "deleted the files of" << alert.id.toString();
        return;
    case Kind::TorrentDeleteFailed: {
        const TorrentEntry *gone = m_registry.find(alert.id);
        const QString name = gone ? displayName(*gone) : alert.id.toString();
        Q_EMIT errorOccurred({alert.id, gone ? gone->source : QString(),
            tr("Removed “%1”, but could not delete its files: %2. Delete them yourself from its folder.")
                .arg(name, alert.error)});
        m_registry.erase(alert.id);
        return;
    }
    default:
        break;
    }

    TorrentEntry *t = m_registry.live(alert.id);
    if (!t) {
        qCDebug(lcAlerts) << "alert for a torrent that is not in the session:" << int(alert.kind) << alert.id.toString();
        return;
    }
    if (t->probe) {
        if (alert.kind == Kind::MetadataReceived && alert.metadata)
            Q_EMIT probeMetadata(alert.id, *alert.metadata);
        else if (alert.kind == Kind::MetadataFailed || alert.kind == Kind::TorrentError || alert.kind == Kind::FileError)
            Q_EMIT probeFailed(alert.id, alert.error);
        else if (alert.kind == Kind::TorrentRemoved)
            m_registry.erase(alert.id);
        return;
    }

    switch (alert.kind) {
    case Kind::MetadataReceived:
        t->hasMetadata = true;
        if (alert.metadata) {
            t->name = alert.metadata->name;
            Q_EMIT filesDiscovered({alert.id, *alert.metadata, alert.filePriorities});
        }
        break;
    case Kind::MetadataFailed:
        onError(alert.id,
            tr("Cannot use the metadata received for “%1”: %2. Remove the torrent and add it again.")
                .arg(displayName(*t), alert.error));
        break;
    case Kind::StateChanged:
        if (alert.state == LibtState::Downloading)
            t->completedReported = false; // more files were selected; it may complete again
        if (alert.state != t->libtState)
            t->lastDataMs = t->lastServedMs = m_clock(); // a new phase: give it time before calling it stalled
        t->libtState = alert.state;
        publishState(alert.id, *t);
        break;
    case Kind::TorrentFinished:
        maybeComplete(alert.id, *t);
        break;
    case Kind::TorrentPaused:
        t->paused = true;
        publishState(alert.id, *t);
        break;
    case Kind::TorrentResumed:
        t->paused = false;
        t->lastDataMs = t->lastServedMs = m_clock();
        publishState(alert.id, *t);
        break;
    case Kind::TorrentChecked:
        qCDebug(lcAlerts) << "checked" << displayName(*t);
        break;
    case Kind::TorrentRemoved: {
        const bool withFiles = t->removingWithFiles;
        t->phase = TorrentEntry::Phase::Deleting;
        Q_EMIT torrentRemoved({alert.id, withFiles});
        if (!withFiles)
            m_registry.erase(alert.id); // else kept until the delete alert names it
        break;
    }
    case Kind::TorrentError:
    case Kind::FileError:
        // libtorrent reports each failed disk job: one write error is dozens
        // of alerts. The first one stops the torrent and says why; the
        // rest are the same event.
        if (!t->error.isEmpty()) {
            qCDebug(lcAlerts) << displayName(*t) << "another file error:" << alert.filePath << alert.error;
            break;
        }
        if (alert.writeBlocked || alert.diskFull)
            Q_EMIT writeBlocked(alert.id, alert.filePath.isEmpty() ? t->savePath : alert.filePath, alert.diskFull);
        if (alert.diskFull) // the folder, not the file: the same event whichever write failed
            onError(alert.id,
                tr("“%1” stopped downloading: the disk holding “%2” is full. Free some space: Revaer resumes it "
                   "when there is room, or press Resume.")
                    .arg(displayName(*t), t->savePath.isEmpty() ? alert.filePath : t->savePath));
        else if (alert.filePath.isEmpty())
            onError(alert.id, tr("“%1” stopped: %2. Fix the cause, then resume it.").arg(displayName(*t), alert.error));
        else
            onError(alert.id,
                tr("“%1” stopped: cannot use “%2”: %3. Check that the folder exists, that Revaer may write "
                   "to it and that the disk has space, then resume the torrent.")
                    .arg(displayName(*t), alert.filePath, alert.error));
        break;
    case Kind::FilePrioritiesApplied:
        Q_EMIT filePrioritiesApplied(alert.id);
        break;
    case Kind::StorageMoved:
        t->savePath = alert.savePath;
        t->moving = false;
        Q_EMIT storageMoved(alert.id, alert.savePath);
        publishState(alert.id, *t);
        break;
    case Kind::FileRenamed:
        qCInfo(lcAlerts) << displayName(*t) << "file" << alert.fileIndex << "renamed to" << alert.newName;
        Q_EMIT fileRenamed(alert.id, alert.fileIndex, alert.newName);
        break;
    case Kind::FileRenameFailed:
        Q_EMIT errorOccurred({alert.id, t->source,
            tr("Cannot rename file %1 of “%2”: %3. It keeps its name.")
                .arg(alert.fileIndex + 1)
                .arg(displayName(*t), alert.error)});
        break;
    case Kind::StorageMoveFailed:
        t->moving = false;
        publishState(alert.id, *t);
        Q_EMIT errorOccurred({alert.id, t->source,
            tr("Cannot move “%1” to the new folder: %2 (%3). It stays in “%4”.")
                .arg(displayName(*t), alert.error, alert.filePath, t->savePath)});
        break;
    case Kind::ResumeDataSaved:
        Q_EMIT resumeDataSaved(alert);
        break;
    case Kind::ResumeDataUnchanged:
        Q_EMIT resumeDataUnchanged(alert.id);
        break;
    case Kind::ResumeDataFailed:
        Q_EMIT resumeDataFailed(alert.id, alert.error);
        break;
    case Kind::TrackerError:
        onTrackerError(alert.id, *t, alert);
        break;
    case Kind::TrackerReply: {
        TorrentEntry::TrackerHealth &health = t->trackers[alert.trackerUrl];
        health.failures.insert(alert.endpoint, 0);
        health.warned = false;
        break;
    }
    case Kind::PerformanceWarning:
        qCWarning(lcAlerts) << "performance:" << displayName(*t) << alert.warning;
        break;
    default:
        break;
    }
}

void AlertTranslator::onTrackerError(const TorrentId &id, TorrentEntry &t, const SessionAlert &alert)
{
    // A listen socket that cannot reach the tracker (an IPv6 one for an IPv4
    // tracker, a LAN one for a loopback tracker) is skipped: not a failure.
    if (alert.skipped) {
        qCDebug(lcAlerts) << displayName(t) << "tracker" << alert.trackerUrl << "skipped from" << alert.endpoint
                          << alert.failuresInRow << "times";
        return;
    }
    qCInfo(lcAlerts) << displayName(t) << "tracker" << alert.trackerUrl << "failed from" << alert.endpoint << alert.failuresInRow
                     << "times:" << alert.error;
    TorrentEntry::TrackerHealth &health = t.trackers[alert.trackerUrl];
    health.failures.insert(alert.endpoint, alert.failuresInRow);
    health.message = alert.error;
    // One warning per tracker that failed enough times in a row from every
    // address it is tried from (one that answers from any of them works), and
    // only once until it answers again; a torrent matter, not the session's.
    if (health.warned || !failingTrackers(t).contains(alert.trackerUrl))
        return;
    health.warned = true;
    Q_EMIT warningOccurred({id, t.source,
        tr("The tracker %1 of “%2” has not answered %3 times in a row: %4. The torrent goes on with its "
           "other trackers and peers.")
            .arg(alert.trackerUrl, displayName(t))
            .arg(alert.failuresInRow)
            .arg(alert.error)});
}

QStringList AlertTranslator::failingTrackers(const TorrentEntry &t) const
{
    QStringList failing;
    for (auto it = t.trackers.cbegin(); it != t.trackers.cend(); ++it) {
        const TorrentEntry::TrackerHealth &h = it.value();
        const bool failedEnough = !h.failures.isEmpty() && std::all_of(h.failures.cbegin(), h.failures.cend(), [](int times) {
            return times >= TrackerFailuresBeforeWarning;
        });
        if (failedEnough)
            failing.append(it.key());
    }
    failing.sort();
    return failing;
}

void AlertTranslator::onAdded(const SessionAlert &alert)
{
    TorrentEntry *known = m_registry.find(alert.id);
    if (!alert.error.isEmpty() && known && known->probe && !known->isLive()) {
        m_registry.erase(alert.id);
        Q_EMIT probeFailed(alert.id, alert.error);
        return;
    }
    if (!alert.error.isEmpty()) {
        const bool duplicate = known && known->isLive();
        const QString source = known ? known->source : alert.name;
        EngineMessage error;
        error.source = source;
        if (duplicate) {
            error.alreadyAdded = true;
            error.message = tr("“%1” is already in the list as “%2”.").arg(Units::elided(source), displayName(*known));
        } else {
            error.message = tr("Cannot add “%1”: %2.").arg(Units::elided(source.isEmpty() ? alert.name : source), alert.error);
        }
        Q_EMIT addFailed(alert.id, duplicate, error);
        if (!duplicate)
            m_registry.erase(alert.id); // after addFailed, whose listeners read the entry
        Q_EMIT errorOccurred(error);
        return;
    }

    TorrentEntry &t = m_registry.obtain(alert.id);
    t.phase = TorrentEntry::Phase::Live;
    t.name = alert.name;
    if (t.probe) {
        if (alert.metadata) // metadata already known (a torrent the session had seen)
            Q_EMIT probeMetadata(alert.id, *alert.metadata);
        return;
    }
    if (!t.addedAt.isValid())
        t.addedAt = QDateTime::currentDateTimeUtc();
    t.lastDataMs = t.lastServedMs = m_clock();
    if (alert.status) {
        t.savePath = alert.status->savePath;
        t.paused = alert.status->paused;
        t.autoManaged = alert.status->autoManaged;
        t.hasMetadata = alert.status->hasMetadata;
        t.libtState = alert.status->state;
    }

    TorrentAddedEvent added;
    added.id = alert.id;
    added.name = displayName(t);
    added.source = t.source;
    added.savePath = t.savePath;
    added.hasMetadata = t.hasMetadata;
    added.paused = t.paused && !t.autoManaged;
    added.sequential = alert.status && alert.status->sequential;
    added.totalSize = alert.metadata ? alert.metadata->totalSize : 0;
    added.addedAt = t.addedAt;
    added.restored = t.restored;
    Q_EMIT torrentAdded(added);
    if (alert.metadata)
        Q_EMIT filesDiscovered({alert.id, *alert.metadata, alert.filePriorities});
    publishState(alert.id, t);
}

void AlertTranslator::onStatus(const TorrentStatus &s, qint64 now, QList<TorrentProgress> &batch)
{
    TorrentEntry *t = m_registry.live(s.id);
    if (!t || t->probe)
        return;
    if (s.state == LibtState::Downloading && t->libtState != LibtState::Downloading)
        t->completedReported = false;
    t->libtState = s.state;
    t->paused = s.paused;
    t->autoManaged = s.autoManaged;
    if (!s.name.isEmpty())
        t->name = s.name;
    if (!s.savePath.isEmpty())
        t->savePath = s.savePath;
    if (s.hasMetadata && !t->hasMetadata) {
        // The metadata alert was missed (dropped): report the files now.
        t->hasMetadata = true;
        if (s.metadata)
            Q_EMIT filesDiscovered({s.id, *s.metadata, QList<int>(s.metadata->files.size(), FilePriority::Normal)});
    }
    t->remaining = std::max<qint64>(0, s.totalWanted - s.totalWantedDone);
    if (s.totalWantedDone > t->wantedDone || s.downloadRate > 0)
        t->lastDataMs = now;
    t->wantedDone = s.totalWantedDone;
    t->connectedSeeds = s.numSeeds;
    t->connectedPeers = std::max(0, s.numPeers - s.numSeeds);
    t->knownPeers = s.listPeers;
    if (s.uploadRate > 0 || t->connectedPeers > 0)
        t->lastServedMs = now;
    // A write error leaves no error in libtorrent's status, only upload mode:
    // the torrent stays stopped (and says so) until it leaves upload mode.
    if (s.error.isEmpty() && !t->error.isEmpty() && !isWriteBlocked(s))
        t->error.clear(); // resumed after the error was cleared
    else if (!s.error.isEmpty() && t->error.isEmpty())
        onError(s.id, tr("“%1” stopped: %2. Fix the cause, then resume it.").arg(displayName(*t), s.error));

    batch.append(progressFrom(s));
    if (s.needSaveResume)
        Q_EMIT needsResumeSave(s.id);
    publishState(s.id, *t, now);
    if (s.isFinished && s.hasMetadata)
        maybeComplete(s.id, *t);
}

void AlertTranslator::refresh(const QList<TorrentStatus> &statuses)
{
    QSet<TorrentId> present;
    present.reserve(statuses.size());
    QList<TorrentProgress> batch;
    batch.reserve(statuses.size());
    const qint64 now = m_clock();
    for (const TorrentStatus &s : statuses) {
        present.insert(s.id);
        if (!m_registry.isLive(s.id)) {
            // The add alert was dropped: announce the torrent from its status.
            SessionAlert added;
            added.kind = SessionAlert::Kind::TorrentAdded;
            added.id = s.id;
            added.name = s.name;
            added.metadata = s.metadata;
            if (s.metadata)
                added.filePriorities = QList<int>(s.metadata->files.size(), FilePriority::Normal);
            added.status = s;
            onAdded(added);
        }
        onStatus(s, now, batch);
    }
    if (!batch.isEmpty())
        Q_EMIT progress(batch);
    // Torrents whose removal alert was dropped.
    const QList<TorrentId> gone = m_registry.ids([](const TorrentEntry &t) { return t.isLive(); });
    for (const TorrentId &id : gone) {
        const TorrentEntry *t = m_registry.find(id);
        if (present.contains(id) || !t)
            continue;
        const bool withFiles = t->removingWithFiles;
        Q_EMIT torrentRemoved({id, withFiles});
        m_registry.erase(id);
    }
}

void AlertTranslator::notePaused(const TorrentId &id)
{
    if (TorrentEntry *t = m_registry.live(id))
        t->autoManaged = false;
}

void AlertTranslator::noteResumed(const TorrentId &id, bool byUser)
{
    if (TorrentEntry *t = m_registry.live(id)) {
        // Resuming clears the error in libtorrent; a new one will be reported
        // anew, unless this was an automatic retry that met the same error.
        t->autoManaged = true;
        t->lastDataMs = t->lastServedMs = m_clock();
        t->error.clear();
        if (byUser)
            t->announcedError.clear();
    }
}

void AlertTranslator::noteRemoving(const TorrentId &id, RemoveMode mode)
{
    if (TorrentEntry *t = m_registry.live(id)) {
        t->phase = TorrentEntry::Phase::Removing;
        t->removingWithFiles = mode == RemoveMode::DeleteFiles;
    }
}

void AlertTranslator::onError(const TorrentId &id, const QString &message)
{
    TorrentEntry *t = m_registry.live(id);
    if (!t || t->error == message)
        return;
    t->error = message;
    if (t->announcedError != message) {
        t->announcedError = message;
        qCInfo(lcEngine).noquote() << message;
        Q_EMIT errorOccurred({id, t->source, message});
    }
    publishState(id, *t);
}

std::pair<TorrentState, QString> AlertTranslator::currentState(const TorrentEntry &t, qint64 now) const
{
    const TorrentState base = deriveState(t.libtState, t.paused, t.autoManaged, !t.error.isEmpty());
    switch (base) {
    case TorrentState::Error:
        return {base, t.error};
    case TorrentState::Paused:
        return {base, {}};
    case TorrentState::Checking:
        if (t.paused)
            return {base, tr("waiting for its turn: torrents are checked one or a few at a time")};
        return {base, {}};
    case TorrentState::Queued:
        return {base, tr("waiting in the queue for a free slot (Settings > BitTorrent sets how many run at once)")};
    default:
        break;
    }
    if (t.moving)
        return {TorrentState::Moving, {}};
    if ((base == TorrentState::Downloading || base == TorrentState::FetchingMetadata) && now - t.lastDataMs >= StallAfterMs)
        return {TorrentState::StalledDownloading, stallReason(t)};
    if (base == TorrentState::Seeding && now - t.lastServedMs >= StallAfterMs)
        return {TorrentState::StalledSeeding, tr("nobody to serve: no peer that still downloads is connected")};
    return {base, {}};
}

QString AlertTranslator::stallReason(const TorrentEntry &t) const
{
    QString peers;
    if (t.connectedPeers + t.connectedSeeds > 0) {
        peers = t.connectedSeeds == 0
            ? tr("connected to %n peer(s), none of which has the pieces it wants", nullptr, t.connectedPeers)
            : tr("connected to %n peer(s), none of which sends data (they are busy or choke it)", nullptr,
                t.connectedPeers + t.connectedSeeds);
    } else if (t.knownPeers > 0) {
        peers
            = tr("%n peer(s) known, none of which accepts a connection (refused, unreachable or banned)", nullptr, t.knownPeers);
    } else {
        // What the trackers said: none answers (and why), or they answer
        // and know nobody else.
        QStringList failing;
        bool anyWorks = false;
        for (auto it = t.trackers.cbegin(); it != t.trackers.cend(); ++it) {
            if (it->answers())
                anyWorks = true;
            else if (!it->failures.isEmpty())
                failing.append(QStringLiteral("%1 (%2)").arg(it.key(), it->message));
        }
        failing.sort();
        if (anyWorks)
            peers = tr("no peers found yet: the trackers answer, but know no other peer for it");
        else if (!failing.isEmpty())
            peers = tr("no peers found: no tracker answers: %1").arg(failing.mid(0, 2).join(QStringLiteral("; ")));
        else
            peers = tr("no peers found yet (no tracker has answered; DHT, peer exchange and local discovery find peers slowly)");
    }
    if (!t.hasMetadata)
        return tr("the metadata (the list of files) has not arrived: %1").arg(peers);
    return peers;
}

void AlertTranslator::publishState(const TorrentId &id, TorrentEntry &t)
{
    publishState(id, t, m_clock());
}

void AlertTranslator::publishState(const TorrentId &id, TorrentEntry &t, qint64 now)
{
    const auto [state, reason] = currentState(t, now);
    if (t.reportedState == state && t.reportedReason == reason)
        return;
    t.reportedState = state;
    t.reportedReason = reason;
    Q_EMIT stateChanged({id, state, reason});
}

void AlertTranslator::reevaluate()
{
    const qint64 now = m_clock();
    for (auto it = m_registry.begin(); it != m_registry.end(); ++it) {
        if (it->isLive() && !it->probe)
            publishState(it.key(), *it, now);
    }
}

void AlertTranslator::noteMoving(const TorrentId &id)
{
    if (TorrentEntry *t = m_registry.live(id)) {
        t->moving = true;
        publishState(id, *t);
    }
}

void AlertTranslator::maybeComplete(const TorrentId &id, TorrentEntry &t)
{
    if (t.completedReported || !t.hasMetadata)
        return;
    t.completedReported = true;
    Q_EMIT completed({id, displayName(t), t.savePath});
}

} // namespace Revaer
