#include "resumekeeper.h"

#include "alerttranslator.h"
#include "backend/torrentfileparser.h"
#include "libtsession.h"
#include "logging.h"
#include "resumeloader.h"
#include "resumewriter.h"
#include "safefile.h"
#include "stallprobe.h"
#include "torrentregistry.h"

#include <QDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <limits>

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

} // namespace

ResumeKeeper::ResumeKeeper(
    const EngineConfig &config, TorrentRegistry &registry, AlertTranslator *translator, SessionGuard guard, QObject *parent)
    : QObject(parent)
    , m_registry(registry)
    , m_translator(translator)
    , m_guarded(std::move(guard))
    , m_resumeDir(config.resumeDir)
    , m_fileOps(config.fileOps ? config.fileOps : FileOps::system())
    , m_storeObserver(config.storeObserver)
    , m_defaultSavePath(config.defaultSavePath)
    , m_saveTimer(new QTimer(this))
{
    m_saveTimer->setInterval(config.resumeSaveInterval);
    connect(m_saveTimer, &QTimer::timeout, this, &ResumeKeeper::saveChanged);
    connect(m_translator, &AlertTranslator::resumeDataSaved, this, &ResumeKeeper::onResumeDataSaved);
    connect(m_translator, &AlertTranslator::resumeDataUnchanged, this, &ResumeKeeper::onSaveAnswered);
    connect(m_translator, &AlertTranslator::resumeDataFailed, this, [this](const TorrentId &id, const QString &message) {
        qCWarning(lcResume) << "no resume data for" << m_translator->nameOf(id) << ":" << message;
        onSaveAnswered(id);
    });
    connect(m_translator, &AlertTranslator::needsResumeSave, this, [this](const TorrentId &id) {
        if (TorrentEntry *entry = m_registry.find(id))
            entry->changed = true;
    });
    // Priorities take a round trip to the disk thread: save once they are in effect.
    connect(m_translator, &AlertTranslator::filePrioritiesApplied, this, [this](const TorrentId &id) { requestSave(id, false); });
    // A new name is kept in the resume data.
    connect(m_translator, &AlertTranslator::fileRenamed, this, [this](const TorrentId &id) { requestSave(id, false); });
}

ResumeKeeper::~ResumeKeeper()
{
    stop();
}

void ResumeKeeper::start()
{
    if (m_resumeDir.isEmpty() || m_writer)
        return;
    m_store.emplace(m_resumeDir, m_fileOps);
    m_store->setObserver(m_storeObserver);
    const QString problem = m_store->prepare();
    if (!problem.isEmpty())
        Q_EMIT problemChanged(problem);

    m_writerThread = new QThread(this);
    m_writerThread->setObjectName(QStringLiteral("revaer-resume"));
    m_writer = new ResumeWriter(*m_store);
    m_writer->moveToThread(m_writerThread);
    connect(m_writerThread, &QThread::finished, m_writer, &QObject::deleteLater);
    connect(m_writer, &ResumeWriter::writeFailed, this, [this](const QString &message) {
        Q_EMIT problemChanged(tr("Resume data cannot be saved: %1. Torrents keep downloading, but what changed will not "
                                 "survive a restart until this is fixed.")
                                  .arg(message));
    });
    connect(m_writer, &ResumeWriter::writesRecovered, this, [this] { Q_EMIT problemChanged({}); });
    m_writerThread->start();
    m_saveTimer->start();

    if (m_store->markRunning()) {
        Q_EMIT reconciled({{}, {}, ReconciliationEvent::Kind::UncleanShutdown,
            tr("Revaer did not shut down cleanly last time; every torrent is restored from its last saved "
               "state.")});
    }
}

void ResumeKeeper::stop()
{
    m_saveTimer->stop();
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

void ResumeKeeper::storeNew(
    const TorrentId &id, const AddTorrentRequest &request, const QString &name, const QByteArray &initialResumeData)
{
    if (!active())
        return;
    TorrentEntry &entry = m_registry.obtain(id);
    if (entry.stored)
        return; // already there (a duplicate add)
    StoredTorrent record;
    record.id = id;
    record.name = name;
    record.source = request.source;
    record.savePath = QDir::cleanPath(request.savePath.isEmpty() ? m_defaultSavePath : request.savePath);
    record.sequential = request.sequential;
    record.paused = request.paused;
    record.filePriorities = request.filePriorities;
    record.addedAt = request.addedAt;
    record.labels = request.labels;
    if (!request.finalSavePath.isEmpty() && QDir::cleanPath(request.finalSavePath) != record.savePath)
        record.finalSavePath = QDir::cleanPath(request.finalSavePath);
    entry.stored = record;
    if (initialResumeData.isEmpty())
        m_writer->submitRecord(record);
    else
        m_writer->submitResumeData(record, initialResumeData, {});
}

void ResumeKeeper::update(const TorrentId &id, const std::function<void(StoredTorrent &)> &change)
{
    TorrentEntry *entry = m_registry.find(id);
    if (!active() || !entry || !entry->stored)
        return;
    change(*entry->stored);
    m_writer->submitRecord(*entry->stored);
}

void ResumeKeeper::requestSave(const TorrentId &id, bool onlyIfModified)
{
    TorrentEntry *entry = m_registry.find(id);
    if (!active() || !entry || !entry->stored || !m_session)
        return;
    if (m_guarded("save resume data", [&] { m_session->requestResumeData(id, onlyIfModified); }))
        entry->saveInFlight = true;
}

void ResumeKeeper::saveChanged()
{
    const QList<TorrentId> changed = m_registry.ids([](const TorrentEntry &e) { return e.changed; });
    for (const TorrentId &id : changed) {
        TorrentEntry *entry = m_registry.find(id);
        entry->changed = false;
        if (entry->isLive())
            requestSave(id, true);
    }
}

void ResumeKeeper::saveAll()
{
    const QList<TorrentId> live = m_registry.ids([](const TorrentEntry &e) { return e.stored && e.isLive(); });
    for (const TorrentId &id : live)
        requestSave(id, true);
}

qsizetype ResumeKeeper::savesPending() const
{
    return m_registry.count([](const TorrentEntry &e) { return e.saveInFlight; });
}

void ResumeKeeper::storeQueue(const QList<TorrentId> &order)
{
    if (active())
        m_writer->submitQueueOrder(order);
}

void ResumeKeeper::onResumeDataSaved(const SessionAlert &alert)
{
    onSaveAnswered(alert.id);
    TorrentEntry *entry = m_registry.find(alert.id);
    if (!entry)
        return;
    entry->changed = false;
    if (!active() || !entry->stored)
        return;
    const StoredTorrent &record = *entry->stored;
    ResumeWriter::FileState files;
    files.savePath = record.savePath;
    files.filePaths = record.filePaths;
    for (qsizetype i = 0; i < alert.fileProgress.size() && i < alert.fileSizes.size(); ++i) {
        files.complete.append(alert.fileSizes.at(i) > 0 && alert.fileProgress.at(i) >= alert.fileSizes.at(i));
        files.hasData.append(alert.fileProgress.at(i) > 0);
        files.downloadedBytes += alert.fileProgress.at(i);
    }
    m_writer->submitResumeData(record, alert.data, files);
}

void ResumeKeeper::onSaveAnswered(const TorrentId &id)
{
    if (TorrentEntry *entry = m_registry.find(id))
        entry->saveInFlight = false;
}

// --- what libtorrent said ------------------------------------------------

void ResumeKeeper::torrentAdded(const TorrentAddedEvent &event)
{
    TorrentEntry *entry = m_registry.find(event.id);
    if (!entry || !entry->reconcile)
        return;
    if (entry->stored && event.sequential != entry->stored->sequential) {
        const bool sequential = entry->stored->sequential;
        m_guarded("set sequential", [&] { m_session->setSequential(event.id, sequential); });
        requestSave(event.id, false);
        Q_EMIT reconciled({event.id, event.name, ReconciliationEvent::Kind::SettingsDiffer,
            tr("“%1” had sequential download %2 in its resume data but %3 in its saved settings; the saved "
               "setting was applied.")
                .arg(event.name, event.sequential ? tr("on") : tr("off"), sequential ? tr("on") : tr("off"))});
    }
    if (entry->restoring) {
        entry->restoring = false;
        onRestoreSettled();
    }
    // Priorities are compared once the files are known (filesDiscovered).
    if (!event.hasMetadata)
        entry->reconcile = false;
}

void ResumeKeeper::addFailed(const TorrentId &id, const EngineMessage &error)
{
    TorrentEntry *entry = m_registry.find(id);
    if (!entry)
        return;
    const bool restoring = std::exchange(entry->restoring, false);
    if (active() && entry->stored) {
        if (restoring) {
            // libtorrent refused resume data the loader accepted: keep it aside.
            m_store->quarantine(id, tr("libtorrent refused it: %1").arg(error.message));
            ++m_restoreSetAside;
            Q_EMIT reconciled({id, entry->stored->name, ReconciliationEvent::Kind::Quarantined, error.message});
        } else {
            m_writer->submitRemoval(id);
        }
        entry->stored.reset();
    }
    if (restoring)
        onRestoreSettled();
}

void ResumeKeeper::filesDiscovered(const FilesDiscoveredEvent &event)
{
    TorrentEntry *entry = m_registry.find(event.id);
    if (!active() || !entry || !entry->stored)
        return;

    const StoredTorrent stored = *entry->stored;
    const bool reconciling = std::exchange(entry->reconcile, false);
    if (reconciling && !stored.filePriorities.isEmpty() && stored.filePriorities.size() == event.filePriorities.size()
        && stored.filePriorities != event.filePriorities) {
        m_guarded("set file priorities", [&] { m_session->setFilePriorities(event.id, stored.filePriorities); });
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
        update(event.id, [&](StoredTorrent &r) { r = updated; });
    // A magnet's metadata just arrived: store it so it is never needed again.
    if (firstTime && !reconciling)
        requestSave(event.id, false);
}

void ResumeKeeper::stateChanged(const TorrentStateEvent &event)
{
    // A graceful pause takes effect after the request: save what it became.
    if (event.state == TorrentState::Paused)
        requestSave(event.id, false);
    const TorrentEntry *entry = m_registry.find(event.id);
    if (event.state == TorrentState::Downloading && entry && entry->stored && entry->stored->completedAt.isValid())
        update(event.id, [](StoredTorrent &r) { r.completedAt = {}; });
}

void ResumeKeeper::completed(const TorrentCompletedEvent &event)
{
    update(event.id, [](StoredTorrent &r) { r.completedAt = QDateTime::currentDateTimeUtc(); });
    requestSave(event.id, false);
}

void ResumeKeeper::removed(const TorrentId &id)
{
    TorrentEntry *entry = m_registry.find(id);
    if (active() && entry && entry->stored) {
        entry->stored.reset();
        m_writer->submitRemoval(id);
    }
}

void ResumeKeeper::storageMoved(const TorrentId &id, const QString &savePath)
{
    update(id, [&](StoredTorrent &r) {
        r.savePath = QDir::cleanPath(savePath);
        // Where it was to go, or moved elsewhere by the user: either way it stays now.
        r.finalSavePath.clear();
    });
    requestSave(id, false);
}

// --- restore -------------------------------------------------------------

void ResumeKeeper::beginRestore()
{
    if (!active())
        return;
    m_restoreClock.start();
    if (!m_stallProbe)
        m_stallProbe = new StallProbe(this);
    m_stallProbe->start();
    m_restoreQueue = inQueueOrder(m_store->scan(), m_store->readQueueOrder());
    m_restoreTotal = int(m_restoreQueue.size());
    m_restoreSetAside = 0;
    m_restoresInFlight = 0;
    m_restoring = true;
    qCInfo(lcResume) << "restoring" << m_restoreTotal << "torrents from" << m_store->directory();
    updateRestoreState(true);
    scheduleRestore();
}

void ResumeKeeper::sessionEnded()
{
    m_restoreQueue.clear();
    m_restoresInFlight = 0;
    m_restoring = false;
}

void ResumeKeeper::scheduleRestore()
{
    if (m_restoreScheduled || m_restoreQueue.isEmpty() || m_restoresInFlight >= MaxRestoresInFlight)
        return;
    m_restoreScheduled = true;
    QMetaObject::invokeMethod(this, &ResumeKeeper::restoreSome, Qt::QueuedConnection);
}

void ResumeKeeper::restoreSome()
{
    // A slice of work, then back to the event loop: commands and alerts keep
    // flowing while thousands of torrents are restored.
    m_restoreScheduled = false;
    QElapsedTimer slice;
    slice.start();
    while (m_session && !m_restoreQueue.isEmpty() && m_restoresInFlight < MaxRestoresInFlight && slice.elapsed() < RestoreSliceMs)
        restoreOne(m_restoreQueue.takeFirst());
    updateRestoreState(false);
    scheduleRestore();
}

void ResumeKeeper::onRestoreSettled()
{
    --m_restoresInFlight;
    updateRestoreState(false);
    scheduleRestore();
}

void ResumeKeeper::updateRestoreState(bool forceProgress)
{
    if (!m_restoring)
        return;
    const bool done = m_restoreQueue.isEmpty() && m_restoresInFlight == 0;
    // Progress at most every 100 ms, and always the start and the end.
    if (!done && !forceProgress && m_sinceRestoreProgress.isValid() && m_sinceRestoreProgress.elapsed() < 100)
        return;
    if (done) {
        m_restoring = false;
        m_stallProbe->stop();
        qCInfo(lcResume) << "restored" << m_restoreTotal << "torrents in" << m_restoreClock.elapsed() << "ms; longest stall"
                         << m_stallProbe->longestMs() << "ms";
    }
    m_sinceRestoreProgress.start();
    RestoreProgressEvent event;
    event.restored = m_restoreTotal - int(m_restoreQueue.size()) - m_restoresInFlight;
    event.setAside = m_restoreSetAside;
    event.total = m_restoreTotal;
    event.finished = done;
    event.elapsedMs = m_restoreClock.elapsed();
    event.longestStallMs = m_stallProbe->longestMs();
    Q_EMIT restoreProgress(event);
    if (done)
        Q_EMIT restoreFinished();
}

void ResumeKeeper::restoreOne(const TorrentId &id)
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
    if (!m_guarded("restore", [&] { outcome = m_session->addTorrent(request, m_defaultSavePath); }) || !outcome.ok()) {
        const QString reason = outcome.error.isEmpty() ? tr("the session refused it") : outcome.error;
        m_store->quarantine(id, reason);
        ++m_restoreSetAside;
        const QString name = ResumeLoader::displayName(decision.record);
        Q_EMIT reconciled({id, name, ReconciliationEvent::Kind::Quarantined,
            tr("“%1” could not be restored: %2. Its files were moved to quarantine.").arg(name, reason)});
        return;
    }

    const StoredTorrent &record = decision.record;
    TorrentEntry &entry = m_registry.obtain(id);
    entry.stored = record;
    entry.reconcile = true;
    entry.restoring = true;
    if (decision.action == ResumeLoader::Decision::Action::Recover && !outcome.initialResumeData.isEmpty())
        m_writer->submitResumeData(record, outcome.initialResumeData, {});
    else if (decision.action == ResumeLoader::Decision::Action::Recover || decision.quarantineJson)
        m_writer->submitRecord(record);
    ++m_restoresInFlight;
    m_translator->expect(
        id, {record.source.isEmpty() ? record.name : record.source, record.addedAt, record.completedAt.isValid(), true});
}

} // namespace Revaer
