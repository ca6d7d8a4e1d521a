#include "units.h"

#include <QCoreApplication>

#include <array>

namespace Revaer::Units {

QString elided(const QString &text, qsizetype maxLength)
{
    if (text.size() <= maxLength || maxLength < 3)
        return text;
    qsizetype head = (maxLength - 1) / 2;
    qsizetype tail = maxLength - 1 - head;
    if (text.at(head - 1).isHighSurrogate())
        --head;
    if (text.at(text.size() - tail).isLowSurrogate())
        --tail;
    return text.left(head) + u'…' + text.right(tail);
}

QString formatBytes(qint64 bytes)
{
    static const std::array<const char *, 6> units = {"B", "KiB", "MiB", "GiB", "TiB", "PiB"};
    if (bytes < 1024)
        return QStringLiteral("%1 B").arg(bytes);
    double value = static_cast<double>(bytes);
    size_t unit = 0;
    while (value >= 1024.0 && unit + 1 < units.size()) {
        value /= 1024.0;
        ++unit;
    }
    const int decimals = value < 10 ? 2 : (value < 100 ? 1 : 0);
    return QStringLiteral("%1 %2").arg(value, 0, 'f', decimals).arg(QLatin1String(units[unit]));
}

QString formatRate(qint64 bytesPerSecond)
{
    return QCoreApplication::translate("Units", "%1/s").arg(formatBytes(bytesPerSecond));
}

QString formatDuration(qint64 seconds)
{
    if (seconds < 0)
        return QStringLiteral("∞");
    const qint64 days = seconds / 86400;
    const qint64 hours = (seconds % 86400) / 3600;
    const qint64 minutes = (seconds % 3600) / 60;
    const qint64 secs = seconds % 60;
    if (days > 0)
        return QCoreApplication::translate("Units", "%1d %2h").arg(days).arg(hours);
    if (hours > 0)
        return QCoreApplication::translate("Units", "%1h %2m").arg(hours).arg(minutes, 2, 10, QLatin1Char('0'));
    if (minutes > 0)
        return QCoreApplication::translate("Units", "%1m %2s").arg(minutes).arg(secs, 2, 10, QLatin1Char('0'));
    return QCoreApplication::translate("Units", "%1s").arg(secs);
}

} // namespace Revaer::Units
