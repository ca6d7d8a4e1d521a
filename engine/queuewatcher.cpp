#include "queuewatcher.h"

#include "libtsession.h"

#include <QTimer>

namespace Revaer {

QueueWatcher::QueueWatcher(SessionGuard guard, std::function<bool()> held, QObject *parent)
    : QObject(parent)
    , m_guarded(std::move(guard))
    , m_held(std::move(held))
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &QueueWatcher::read);
}

void QueueWatcher::changed(int delayMs)
{
    if (m_held())
        return;
    if (!m_timer->isActive() || m_timer->remainingTime() > delayMs)
        m_timer->start(delayMs);
}

void QueueWatcher::flush()
{
    if (!m_timer->isActive())
        return;
    m_timer->stop();
    read();
}

void QueueWatcher::read()
{
    if (!m_session)
        return;
    QList<TorrentId> order;
    if (!m_guarded("queue order", [&] { order = m_session->queueOrder(); }) || order == m_published)
        return;
    m_published = order;
    Q_EMIT queueChanged(order);
}

} // namespace Revaer
