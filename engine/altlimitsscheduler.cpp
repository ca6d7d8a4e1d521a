#include "altlimitsscheduler.h"

#include <QTimer>

namespace Revaer {

AltLimitsScheduler::AltLimitsScheduler(Clock clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTime(); }))
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(30'000);
    connect(m_timer, &QTimer::timeout, this, &AltLimitsScheduler::evaluate);
}

void AltLimitsScheduler::setSchedule(const AltLimitsSchedule &schedule)
{
    if (!(schedule == m_schedule))
        m_verdict.reset();
    m_schedule = schedule;
    evaluate();
}

void AltLimitsScheduler::start()
{
    evaluate();
    m_timer->start();
}

void AltLimitsScheduler::stop()
{
    m_timer->stop();
}

void AltLimitsScheduler::evaluate()
{
    if (!m_schedule.enabled) {
        m_verdict.reset();
        return;
    }
    const bool active = m_schedule.activeAt(m_clock());
    if (m_verdict == active)
        return; // a hand-made switch holds until the schedule turns
    m_verdict = active;
    Q_EMIT turned(active);
}

} // namespace Revaer
