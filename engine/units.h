#pragma once

#include <QLocale>
#include <QString>

namespace Revaer::Units {

// Figures are written for `locale`: the default locale is the user's in the
// window (installTranslations sets it) and the C locale in headless mode, so
// scripts reading its output always see "1.50".

// "1.50 MiB", "512 B" ("1,50 MiB" in German)
QString formatBytes(qint64 bytes, const QLocale &locale = QLocale());
// "1.50 MiB/s"
QString formatRate(qint64 bytesPerSecond, const QLocale &locale = QLocale());
// "42.5%" for 0.425 (fraction of one), one decimal
QString formatPercent(double fraction, const QLocale &locale = QLocale());
// "1.25" for a share ratio, `decimals` places
QString formatDecimal(double value, int decimals, const QLocale &locale = QLocale());
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
