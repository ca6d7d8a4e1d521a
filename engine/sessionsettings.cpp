#include "sessionsettings.h"

#include <QDateTime>

namespace Revaer {

bool AltLimitsSchedule::activeAt(const QDateTime &localTime) const
{
    if (!enabled)
        return false;
    const QTime now = localTime.time();
    // A range that crosses midnight belongs to the day it started on.
    const bool crossesMidnight = to <= from;
    const bool inRange = crossesMidnight ? (now >= from || now < to) : (now >= from && now < to);
    if (!inRange)
        return false;
    int day = localTime.date().dayOfWeek() - 1; // 0 = Monday
    if (crossesMidnight && now < to)
        day = (day + 6) % 7;
    return days & (1u << day);
}

bool operator==(const SessionSettings &a, const SessionSettings &b)
{
    return a.sameApartFromLimits(b) && a.limits == b.limits && a.altLimits == b.altLimits
        && a.altLimitsEnabled == b.altLimitsEnabled && a.altSchedule == b.altSchedule
        && a.stopSeedingAtRatio == b.stopSeedingAtRatio && a.stopSeedingAfterMinutes == b.stopSeedingAfterMinutes;
}

bool SessionSettings::sameApartFromLimits(const SessionSettings &o) const
{
    return listenInterfaces == o.listenInterfaces && outgoingInterface == o.outgoingInterface && enableDht == o.enableDht
        && enableLsd == o.enableLsd && enableUpnp == o.enableUpnp && enableNatPmp == o.enableNatPmp && enablePex == o.enablePex
        && encryption == o.encryption && preferTcp == o.preferTcp && limitLocalPeers == o.limitLocalPeers
        && connectionsLimit == o.connectionsLimit && maxActiveDownloads == o.maxActiveDownloads
        && maxActiveSeeds == o.maxActiveSeeds && maxActiveTorrents == o.maxActiveTorrents
        && maxActiveChecking == o.maxActiveChecking && reconnectSeconds == o.reconnectSeconds
        && statusIntervalMs == o.statusIntervalMs && stopTrackerTimeoutSeconds == o.stopTrackerTimeoutSeconds;
}

} // namespace Revaer
