#pragma once

#include <QLoggingCategory>

namespace Revaer {
// revaer.remote: logins, refusals and what remote callers changed.
Q_DECLARE_LOGGING_CATEGORY(lcRemote)
} // namespace Revaer
