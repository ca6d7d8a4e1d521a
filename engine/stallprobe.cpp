#include "stallprobe.h"

#include <QTimer>

#include <algorithm>

namespace Revaer {

StallProbe::StallProbe(QObject *parent, int intervalMs)
    : QObject(parent)
    , m_timer(new QTimer(this))
    , m_intervalMs(intervalMs)
{
    m_timer->setTimerType(Qt::PreciseTimer);
    m_timer->setInterval(intervalMs);
    connect(
        m_timer, &QTimer::timeout, this, [this] { m_longestMs = std::max(m_longestMs, m_sinceTick.restart() - m_intervalMs); });
}

void StallProbe::start()
{
    m_longestMs = 0;
    m_sinceTick.start();
    m_timer->start();
}

void StallProbe::stop()
{
    m_longestMs = longestMs();
    m_timer->stop();
}

bool StallProbe::isRunning() const
{
    return m_timer->isActive();
}

qint64 StallProbe::longestMs() const
{
    if (!m_timer->isActive())
        return std::max<qint64>(0, m_longestMs);
    return std::max<qint64>({0, m_longestMs, m_sinceTick.elapsed() - m_intervalMs});
}

} // namespace Revaer
