#include "logging.h"

Q_LOGGING_CATEGORY(lcEngine, "revaer.engine", QtWarningMsg)
Q_LOGGING_CATEGORY(lcAlerts, "revaer.alerts", QtWarningMsg)
Q_LOGGING_CATEGORY(lcResume, "revaer.resume", QtWarningMsg)
Q_LOGGING_CATEGORY(lcHealth, "revaer.health", QtWarningMsg)
Q_LOGGING_CATEGORY(lcLimits, "revaer.limits", QtWarningMsg)
