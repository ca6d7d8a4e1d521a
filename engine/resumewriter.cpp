#include "resumewriter.h"

#include "logging.h"
#include "platform/platform.h"

#include <QMetaObject>
#include <QThread>

namespace Revaer {

ResumeWriter::ResumeWriter(FastResumeStore store, QObject *parent)
    : QObject(parent)
    , m_store(std::move(store))
    , m_retryTimer(new QTimer(this))
    , m_pool(new QThreadPool(this))
{
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, &ResumeWriter::writeBatch);
    // Writing is waiting on the disk, not computing: more threads than cores
    // let the file system commit several fsyncs together.
    m_pool->setMaxThreadCount(8);
    m_pool->setObjectName(QStringLiteral("revaer-resume-pool"));
}

void ResumeWriter::submitRecord(const StoredTorrent &record)
{
    QMutexLocker lock(&m_mutex);
    Pending &p = slot(record.id);
    p.remove = false;
    p.record = record;
}

void ResumeWriter::submitResumeData(const StoredTorrent &record, const QByteArray &data, const FileState &files)
{
    QMutexLocker lock(&m_mutex);
    Pending &p = slot(record.id);
    p.remove = false;
    p.record = record;
    p.resumeData = data;
    p.files = files;
}

void ResumeWriter::submitRemoval(const TorrentId &id)
{
    QMutexLocker lock(&m_mutex);
    Pending &p = slot(id);
    p = Pending {};
    p.remove = true;
}

void ResumeWriter::submitQueueOrder(const QList<TorrentId> &order)
{
    QMutexLocker lock(&m_mutex);
    m_queueOrder = order;
    schedule();
}

ResumeWriter::Pending &ResumeWriter::slot(const TorrentId &id)
{
    // m_mutex is held.
    auto it = m_pending.find(id);
    if (it == m_pending.end()) {
        m_order.append(id);
        it = m_pending.insert(id, Pending {});
    }
    schedule();
    return *it;
}

void ResumeWriter::requeue(const TorrentId &id, const Pending &failed)
{
    auto it = m_pending.find(id);
    if (it == m_pending.end()) {
        m_order.append(id);
        m_pending.insert(id, failed);
        return;
    }
    Pending &newer = *it;
    if (newer.remove || failed.remove)
        return; // the newer request decides (a removal, or an add after a removal)
    if (!newer.record)
        newer.record = failed.record;
    if (!newer.resumeData) {
        newer.resumeData = failed.resumeData;
        newer.files = failed.files;
    }
}

void ResumeWriter::scheduleRetry()
{
    m_retryDelayMs = m_retryDelayMs == 0 ? 1000 : std::min(10'000, m_retryDelayMs * 2);
    m_retryTimer->start(m_retryDelayMs);
}

void ResumeWriter::schedule()
{
    // m_mutex is held.
    if (m_scheduled)
        return;
    m_scheduled = true;
    QMetaObject::invokeMethod(this, &ResumeWriter::writeBatch, Qt::QueuedConnection);
}

void ResumeWriter::flush()
{
    if (QThread::currentThread() == thread())
        writeBatch();
    else
        QMetaObject::invokeMethod(this, &ResumeWriter::writeBatch, Qt::BlockingQueuedConnection);
}

quint64 ResumeWriter::filesWritten() const
{
    QMutexLocker lock(&m_mutex);
    return m_filesWritten;
}

qsizetype ResumeWriter::pendingCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_pending.size();
}

void ResumeWriter::writeBatch()
{
    QHash<TorrentId, Pending> batch;
    QList<TorrentId> order;
    std::optional<QList<TorrentId>> queueOrder;
    {
        QMutexLocker lock(&m_mutex);
        batch.swap(m_pending);
        order.swap(m_order);
        queueOrder.swap(m_queueOrder);
        m_scheduled = false;
    }
    if (order.isEmpty() && !queueOrder && !m_directoryUnsynced)
        return;
    m_retryTimer->stop();

    // What failed goes back into the queue, under anything newer.
    QList<std::pair<TorrentId, Pending>> failed;

    // 1. Resume data must never claim pieces that are not on disk: sync the
    //    files that received data since their last sync, before any resume
    //    data that describes them is written.
    QStringList toSync;
    QList<std::pair<TorrentId, qint64>> synced;
    for (const TorrentId &id : std::as_const(order)) {
        const Pending &p = batch[id];
        if (p.remove || !p.resumeData || !p.files)
            continue;
        const FileState &files = *p.files;
        if (m_syncedBytes.value(id, -1) == files.downloadedBytes && files.downloadedBytes > 0)
            continue;
        for (qsizetype i = 0; i < files.filePaths.size(); ++i) {
            if (i < files.hasData.size() && files.hasData.at(i))
                toSync.append(files.savePath + u'/' + files.filePaths.at(i));
        }
        synced.append({id, files.downloadedBytes});
    }
    QString firstError = m_store.syncFiles(toSync);
    if (firstError.isEmpty()) {
        for (const auto &[id, bytes] : std::as_const(synced))
            m_syncedBytes.insert(id, bytes);
    } else {
        // The data is not known to be on disk: resume data claiming it waits.
        for (const auto &[id, bytes] : std::as_const(synced)) {
            Q_UNUSED(bytes);
            failed.append({id, batch.take(id)});
            order.removeOne(id);
        }
    }

    // 2. Each torrent's JSON, then its resume data; torrents in parallel. The
    //    tasks only read `work` and each writes its own slot of `results`.
    struct Task {
        TorrentId id;
        Pending pending;
        std::optional<StoredTorrent> onDisk;
    };
    std::vector<Task> work;
    work.reserve(size_t(order.size()));
    for (const TorrentId &id : std::as_const(order)) {
        const auto known = m_onDisk.constFind(id);
        work.push_back({id, batch.take(id), known != m_onDisk.cend() ? std::optional<StoredTorrent>(*known) : std::nullopt});
    }
    std::vector<Result> results(work.size());
    // Many torrents: their files are made durable together, with one sync of
    // the file system instead of one per file (Linux's syncfs).
    const bool together = work.size() >= WriteTogetherFrom && Platform::syncsWholeFileSystems();
    std::vector<std::optional<FastResumeStore::TorrentFiles>> staged(work.size());
    for (size_t i = 0; i < work.size(); ++i) {
        const Task *task = &work[i];
        Result *slot = &results[i];
        auto *files = &staged[i];
        m_pool->start([this, task, slot, files, together] {
            if (!together || task->pending.remove) {
                *slot = writeOne(task->id, task->pending, task->onDisk);
                return;
            }
            Prepared prepared = prepare(task->pending, task->onDisk);
            slot->id = task->id;
            slot->written = std::move(prepared.record);
            *files = FastResumeStore::TorrentFiles {task->id, std::move(prepared.json), std::move(prepared.resumeData)};
        });
    }
    m_pool->waitForDone();
    if (together) {
        QList<FastResumeStore::TorrentFiles> torrents;
        std::vector<size_t> from;
        for (size_t i = 0; i < staged.size(); ++i) {
            if (staged[i]) {
                torrents.append(std::move(*staged[i]));
                from.push_back(i);
            }
        }
        const QStringList errors = m_store.writeTogether(torrents);
        for (qsizetype k = 0; k < torrents.size(); ++k) {
            Result &r = results[from[size_t(k)]];
            if (errors.at(k).isEmpty()) {
                r.files = int(torrents.at(k).json.has_value()) + int(torrents.at(k).resumeData.has_value());
            } else {
                r.error = errors.at(k);
                r.written.reset();
            }
        }
    }

    int written = 0;
    for (size_t i = 0; i < results.size(); ++i) {
        const Result &r = results[i];
        if (r.removed && r.error.isEmpty()) {
            m_onDisk.remove(r.id);
            m_syncedBytes.remove(r.id);
        } else if (r.written) {
            m_onDisk.insert(r.id, *r.written);
        }
        written += r.files;
        if (!r.error.isEmpty()) {
            failed.append({r.id, work[i].pending});
            if (firstError.isEmpty())
                firstError = r.error;
        }
    }

    if (queueOrder) {
        const QString error = m_store.writeQueueOrder(*queueOrder);
        if (!error.isEmpty()) {
            QMutexLocker lock(&m_mutex);
            if (!m_queueOrder)
                m_queueOrder = queueOrder;
        }
        if (firstError.isEmpty())
            firstError = error;
    }

    // 3. The renames themselves.
    const QString dirError = m_store.syncDirectory();
    m_directoryUnsynced = !dirError.isEmpty();
    if (firstError.isEmpty())
        firstError = dirError;

    {
        QMutexLocker lock(&m_mutex);
        m_filesWritten += quint64(written);
        for (const auto &[id, pending] : std::as_const(failed))
            requeue(id, pending);
    }

    if (!firstError.isEmpty()) {
        qCWarning(lcResume).noquote() << firstError;
        m_failing = true;
        Q_EMIT writeFailed(firstError);
        scheduleRetry();
    } else {
        m_retryDelayMs = 0;
        if (m_failing) {
            m_failing = false;
            Q_EMIT writesRecovered();
        }
    }
    Q_EMIT batchWritten(int(order.size()));
}

ResumeWriter::Prepared ResumeWriter::prepare(const Pending &pending, const std::optional<StoredTorrent> &known)
{
    StoredTorrent record;
    if (pending.record) {
        record = *pending.record;
        if (known) {
            // Stamps belong to the last durable resume save, which this record may not know of.
            record.fileStamps = known->fileStamps;
            record.resumeSavedAt = known->resumeSavedAt;
        }
    } else if (known) {
        record = *known;
    }
    if (pending.resumeData && pending.files) {
        const FileState &files = *pending.files;
        record.fileStamps = FastResumeStore::stampFiles(files.savePath, files.filePaths, files.complete);
        record.resumeSavedAt = QDateTime::currentDateTimeUtc();
    }
    Prepared prepared;
    if (record.id.isValid()) {
        prepared.json = record.toJson();
        prepared.record = std::move(record);
    }
    prepared.resumeData = pending.resumeData;
    return prepared;
}

ResumeWriter::Result ResumeWriter::writeOne(
    const TorrentId &id, const Pending &pending, const std::optional<StoredTorrent> &known) const
{
    Result result;
    result.id = id;
    if (pending.remove) {
        result.removed = true;
        result.error = m_store.remove(id);
        return result;
    }
    Prepared prepared = prepare(pending, known);
    if (prepared.json) {
        result.error = m_store.writeJson(id, *prepared.json);
        if (!result.error.isEmpty())
            return result;
        result.written = std::move(prepared.record);
        ++result.files;
    }
    if (prepared.resumeData) {
        result.error = m_store.writeResumeData(id, *prepared.resumeData);
        if (result.error.isEmpty())
            ++result.files;
    }
    return result;
}

} // namespace Revaer
