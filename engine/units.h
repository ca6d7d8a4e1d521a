#pragma once

#include <QString>

namespace Revaer::Units {

// "1.50 MiB", "512 B"
QString formatBytes(qint64 bytes);
// "1.50 MiB/s"
QString formatRate(qint64 bytesPerSecond);
// "1h 02m", "3m 05s", "42s"; "∞" for a negative (unknown) duration
QString formatDuration(qint64 seconds);

} // namespace Revaer::Units
