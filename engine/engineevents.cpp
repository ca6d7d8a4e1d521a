#include "engineevents.h"

#include <QCoreApplication>

namespace Revaer {

QString healthStateName(HealthState state)
{
    switch (state) {
    case HealthState::Healthy:
        return QCoreApplication::translate("HealthState", "Healthy");
    case HealthState::Degraded:
        return QCoreApplication::translate("HealthState", "Degraded");
    case HealthState::Unhealthy:
        return QCoreApplication::translate("HealthState", "Unhealthy");
    }
    return {};
}

} // namespace Revaer
