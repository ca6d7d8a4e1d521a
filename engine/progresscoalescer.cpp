#include "progresscoalescer.h"

namespace Revaer {

ProgressCoalescer::ProgressCoalescer(std::chrono::milliseconds interval, QObject *parent)
    : QObject(parent)
    , m_interval(interval)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &ProgressCoalescer::onTimeout);
}

void ProgressCoalescer::submit(const TorrentProgress &progress)
{
    const auto it = m_indexById.constFind(progress.id);
    if (it != m_indexById.cend()) {
        m_pending[*it] = progress;
        return;
    }
    m_indexById.insert(progress.id, m_pending.size());
    m_pending.append(progress);
    if (!m_timer->isActive())
        arm();
}

void ProgressCoalescer::submitAll(const QList<TorrentProgress> &batch)
{
    for (const TorrentProgress &progress : batch)
        submit(progress);
}

void ProgressCoalescer::forget(const TorrentId &id)
{
    const auto it = m_indexById.constFind(id);
    if (it == m_indexById.cend())
        return;
    const qsizetype index = *it;
    m_indexById.erase(it);
    // Keep the list dense: move the last entry into the hole.
    const qsizetype last = m_pending.size() - 1;
    if (index != last) {
        m_pending[index] = std::move(m_pending[last]);
        m_indexById[m_pending[index].id] = index;
    }
    m_pending.removeLast();
}

void ProgressCoalescer::arm()
{
    using namespace std::chrono;
    const auto elapsed = m_sinceFlush.isValid() ? nanoseconds(m_sinceFlush.nsecsElapsed()) : m_interval;
    const auto wait = elapsed >= m_interval ? nanoseconds(0) : m_interval - elapsed;
    m_timer->start(ceil<milliseconds>(wait));
}

void ProgressCoalescer::onTimeout()
{
    // A timer may fire a little early; never flush closer than the interval.
    if (m_sinceFlush.isValid() && std::chrono::nanoseconds(m_sinceFlush.nsecsElapsed()) < m_interval) {
        arm();
        return;
    }
    flush();
}

void ProgressCoalescer::flush()
{
    m_timer->stop();
    if (m_pending.isEmpty())
        return;
    m_sinceFlush.start();
    QList<TorrentProgress> batch;
    batch.swap(m_pending);
    m_indexById.clear();
    Q_EMIT progressBatch(batch);
}

} // namespace Revaer
