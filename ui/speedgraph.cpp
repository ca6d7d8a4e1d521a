#include "speedgraph.h"

#include "units.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <array>
#include <cmath>

namespace Revaer {

SpeedGraph::SpeedGraph(QWidget *parent)
    : QWidget(parent)
{
    setMinimumHeight(120);
}

void SpeedGraph::setSamples(std::vector<SpeedHistory::Sample> samples, const QString &title)
{
    m_samples = std::move(samples);
    m_title = title;
    update();
}

void SpeedGraph::clear()
{
    m_samples.clear();
    m_title.clear();
    update();
}

int SpeedGraph::activeSamples() const
{
    return int(std::count_if(
        m_samples.cbegin(), m_samples.cend(), [](const SpeedHistory::Sample &s) { return s.down > 0 || s.up > 0; }));
}

qint64 SpeedGraph::roundStep(qint64 peak, int lines)
{
    const double wanted = std::max(1.0, double(peak) / double(lines));
    static constexpr std::array<double, 4> mantissas {1, 2, 2.5, 5};
    for (const double unit : {1.0, 1024.0, 1024.0 * 1024.0, 1024.0 * 1024.0 * 1024.0}) {
        for (double decade = 1; decade < 1000; decade *= 10) {
            for (const double m : mantissas) {
                const double step = m * decade * unit;
                if (step >= wanted)
                    return qint64(step);
            }
        }
    }
    return qint64(wanted);
}

QString SpeedGraph::axisLabel(qint64 bytesPerSecond)
{
    static const std::array<const char *, 4> units {"B/s", "KiB/s", "MiB/s", "GiB/s"};
    double value = double(bytesPerSecond);
    size_t unit = 0;
    while (value >= 1024.0 && unit + 1 < units.size()) {
        value /= 1024.0;
        ++unit;
    }
    const bool whole = std::abs(value - std::round(value)) < 1e-9;
    return QStringLiteral("%1 %2").arg(QLocale().toString(value, 'f', whole ? 0 : 1), QLatin1String(units[unit]));
}

void SpeedGraph::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    p.fillRect(rect(), pal.base());

    const int left = p.fontMetrics().horizontalAdvance(QStringLiteral("1000 KiB/s")) + 10;
    const QRectF plot(left, 8, width() - left - 12, height() - 30);
    qint64 peak = 0;
    for (const SpeedHistory::Sample &s : m_samples)
        peak = std::max<qint64>({peak, s.down, s.up});
    constexpr int Lines = 4;
    const qint64 step = roundStep(std::max<qint64>(peak, 16 * 1024), Lines);
    const double top = double(step) * Lines;

    // Rate lines in round steps, minutes below.
    const QPen grid(pal.color(QPalette::Mid), 1, Qt::DotLine);
    for (int i = 0; i <= Lines; ++i) {
        const double y = plot.bottom() - plot.height() * i / double(Lines);
        p.setPen(grid);
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(pal.color(QPalette::Text));
        p.drawText(QRectF(0, y - 8, left - 6, 16), Qt::AlignRight | Qt::AlignVCenter, axisLabel(step * i));
    }
    const int minutes = SpeedHistory::Samples / 60;
    for (int m = 0; m <= minutes; ++m) {
        const double x = plot.left() + plot.width() * m / double(minutes);
        p.setPen(grid);
        p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        p.setPen(pal.color(QPalette::Text));
        const QString label = m == minutes ? tr("now") : tr("−%1 min").arg(minutes - m);
        const Qt::Alignment align = m == 0 ? Qt::AlignLeft : m == minutes ? Qt::AlignRight : Qt::AlignHCenter;
        const double w = 80;
        const double x0 = m == 0 ? x : m == minutes ? x - w : x - w / 2;
        p.drawText(QRectF(x0, plot.bottom() + 4, w, 16), align, label);
    }

    auto line = [&](bool download, const QColor &color) {
        if (m_samples.size() < 2)
            return;
        QPainterPath path;
        const double dx = plot.width() / double(m_samples.size() - 1);
        for (size_t i = 0; i < m_samples.size(); ++i) {
            const double v = download ? m_samples[i].down : m_samples[i].up;
            const QPointF point(plot.left() + dx * double(i), plot.bottom() - plot.height() * v / top);
            if (i == 0)
                path.moveTo(point);
            else
                path.lineTo(point);
        }
        p.setPen(QPen(color, 2));
        p.drawPath(path);
    };
    line(true, QColor(0x1c, 0x7e, 0xd6));
    line(false, QColor(0x2f, 0x9e, 0x44));

    // Legend: what is drawn and the rates now.
    const SpeedHistory::Sample now = m_samples.empty() ? SpeedHistory::Sample {} : m_samples.back();
    p.setPen(pal.color(QPalette::Text));
    p.drawText(QRectF(plot.left() + 8, plot.top() + 4, plot.width() - 16, 16), Qt::AlignRight, m_title);
    p.setPen(QColor(0x1c, 0x7e, 0xd6));
    p.drawText(QRectF(plot.left() + 8, plot.top() + 4, plot.width(), 16), Qt::AlignLeft,
        tr("Download %1").arg(Units::formatRate(now.down)));
    p.setPen(QColor(0x2f, 0x9e, 0x44));
    p.drawText(QRectF(plot.left() + 8, plot.top() + 20, plot.width(), 16), Qt::AlignLeft,
        tr("Upload %1").arg(Units::formatRate(now.up)));
}

} // namespace Revaer
