#pragma once

#include <QString>

namespace Revaer::Units {

// "1.50 MiB", "512 B"
QString formatBytes(qint64 bytes);
// "1.50 MiB/s"
QString formatRate(qint64 bytesPerSecond);
// "1h 02m", "3m 05s", "42s"; "∞" for a negative (unknown) duration
QString formatDuration(qint64 seconds);

// How long a name or a source may be in a message or on screen: more than
// any file name (255 bytes) needs.
constexpr qsizetype NameLength = 300;
// At most `maxLength` characters of `text`, the middle replaced by "…" when
// it is longer (a magnet's dn, a source in a message: outside input can be a
// megabyte). Never splits a surrogate pair.
QString elided(const QString &text, qsizetype maxLength = NameLength);

} // namespace Revaer::Units
