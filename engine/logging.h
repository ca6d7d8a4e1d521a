#pragma once

#include <QLoggingCategory>

// One category per area, quiet below warnings by default. Turn one on with
// for example QT_LOGGING_RULES="revaer.alerts.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcEngine)
Q_DECLARE_LOGGING_CATEGORY(lcAlerts)
Q_DECLARE_LOGGING_CATEGORY(lcResume)
Q_DECLARE_LOGGING_CATEGORY(lcHealth)
Q_DECLARE_LOGGING_CATEGORY(lcLimits)
