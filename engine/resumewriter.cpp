#include "resumewriter.h"

#include "logging.h"

#include <QMetaObject>
#include <QThread>

namespace Revaer {

ResumeWriter::ResumeWriter(FastResumeStore store, QObject *parent)
    : QObject(parent)
    , m_store(std::move(store))
{
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
    p = Pending{};
    p.remove = true;
}

ResumeWriter::Pending &ResumeWriter::slot(const TorrentId &id)
{
    // m_mutex is held.
    auto it = m_pending.find(id);
    if (it == m_pending.end()) {
        m_order.append(id);
        it = m_pending.insert(id, Pending{});
    }
    schedule();
    return *it;
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
    {
        QMutexLocker lock(&m_mutex);
        batch.swap(m_pending);
        order.swap(m_order);
        m_scheduled = false;
    }
    if (order.isEmpty())
        return;

    QString firstError;
    for (const TorrentId &id : std::as_const(order)) {
        const QString error = writeOne(id, batch[id]);
        if (!error.isEmpty() && firstError.isEmpty())
            firstError = error;
    }
    const QString dirError = m_store.syncDirectory();
    if (firstError.isEmpty())
        firstError = dirError;

    if (!firstError.isEmpty()) {
        qCWarning(lcResume).noquote() << firstError;
        m_failing = true;
        Q_EMIT writeFailed(firstError);
    } else if (m_failing) {
        m_failing = false;
        Q_EMIT writesRecovered();
    }
    Q_EMIT batchWritten(int(order.size()));
}

QString ResumeWriter::writeOne(const TorrentId &id, Pending &pending)
{
    if (pending.remove) {
        m_onDisk.remove(id);
        return m_store.remove(id);
    }

    StoredTorrent record;
    const auto known = m_onDisk.constFind(id);
    if (pending.record) {
        record = *pending.record;
        if (known != m_onDisk.cend()) {
            // Stamps belong to the last durable resume save, which this record may not know of.
            record.fileStamps = known->fileStamps;
            record.resumeSavedAt = known->resumeSavedAt;
        }
    } else if (known != m_onDisk.cend()) {
        record = *known;
    }

    if (pending.resumeData && pending.files) {
        // Resume data must never claim pieces that are not on disk: sync the
        // downloaded files before the resume data that describes them.
        const FileState &files = *pending.files;
        for (qsizetype i = 0; i < files.filePaths.size(); ++i) {
            if (i < files.hasData.size() && files.hasData.at(i))
                m_store.syncFile(files.savePath + u'/' + files.filePaths.at(i));
        }
        record.fileStamps = FastResumeStore::stampFiles(files.savePath, files.filePaths, files.complete);
        record.resumeSavedAt = QDateTime::currentDateTimeUtc();
    }

    QString error;
    if (record.id.isValid()) {
        error = m_store.writeJson(id, record.toJson());
        if (error.isEmpty()) {
            m_onDisk.insert(id, record);
            QMutexLocker lock(&m_mutex);
            ++m_filesWritten;
        }
    }
    if (error.isEmpty() && pending.resumeData) {
        error = m_store.writeResumeData(id, *pending.resumeData);
        if (error.isEmpty()) {
            QMutexLocker lock(&m_mutex);
            ++m_filesWritten;
        }
    }
    return error;
}

} // namespace Revaer
