#include "units.h"

#include <QCoreApplication>

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

QString formatBytes(qint64 bytes, const QLocale &locale)
{
    // Qt says "512 bytes" below a KiB; a column of sizes reads better with "B".
    if (bytes < 1024)
        return QStringLiteral("%1 B").arg(locale.toString(bytes));
    // Three significant figures, as the width of a column allows: 1.50 MiB,
    // 15.0 MiB, 150 MiB. Qt picks the unit and writes the locale's decimal mark.
    double value = static_cast<double>(bytes);
    while (value >= 1024.0)
        value /= 1024.0;
    const int decimals = value < 10 ? 2 : (value < 100 ? 1 : 0);
    return locale.formattedDataSize(bytes, decimals, QLocale::DataSizeIecFormat);
}

QString formatRate(qint64 bytesPerSecond, const QLocale &locale)
{
    return QCoreApplication::translate("Units", "%1/s").arg(formatBytes(bytesPerSecond, locale));
}

QString formatPercent(double fraction, const QLocale &locale)
{
    return locale.toString(fraction * 100.0, 'f', 1) + locale.percent();
}

QString formatDecimal(double value, int decimals, const QLocale &locale)
{
    return locale.toString(value, 'f', decimals);
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
