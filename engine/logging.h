#pragma once

// The engine's logging categories, declared by ecm_qt_declare_logging_category
// (engine/CMakeLists.txt): revaer.engine, revaer.alerts, revaer.resume,
// revaer.health and revaer.limits, quiet below warnings by default. Turn one
// on with for example QT_LOGGING_RULES="revaer.alerts.debug=true".
#include "revaer_log_alerts.h"
#include "revaer_log_engine.h"
#include "revaer_log_health.h"
#include "revaer_log_limits.h"
#include "revaer_log_resume.h"
