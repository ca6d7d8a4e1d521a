#pragma once

#include "sessionsettings.h"

#include <QDateTime>
#include <QObject>

#include <functional>
#include <optional>

class QTimer;

namespace Revaer {

// Turns the alternative caps on and off by the user's schedule. It says so
// only when its verdict changes, so a switch made by hand holds until the
// schedule next turns. The clock is injected: tests move time by hand.
class AltLimitsScheduler : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>; // local time
    explicit AltLimitsScheduler(Clock clock = {}, QObject *parent = nullptr);

    // A changed schedule is judged afresh: its verdict is told even when it
    // is the same as the old schedule's.
    void setSchedule(const AltLimitsSchedule &schedule);
    // Checks every 30 seconds while started, and once at start.
    void start();
    void stop();
    // Judges the schedule now.
    void evaluate();

Q_SIGNALS:
    // The schedule turned: the alternative caps should be on (or off).
    void turned(bool alternativeOn);

private:
    Clock m_clock;
    QTimer *m_timer;
    AltLimitsSchedule m_schedule;
    std::optional<bool> m_verdict; // the last one told
};

} // namespace Revaer
