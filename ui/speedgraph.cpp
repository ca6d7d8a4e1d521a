#include "speedgraph.h"

#include "units.h"

#include <QPainter>
#include <QPainterPath>

namespace Revaer {

SpeedGraph::SpeedGraph(QWidget *parent)
    : QWidget(parent)
{
    setMinimumHeight(120);
}

void SpeedGraph::addSample(qint64 downloadRate, qint64 uploadRate)
{
    m_samples.emplace_back(downloadRate, uploadRate);
    while (m_samples.size() > MaxSamples)
        m_samples.pop_front();
    update();
}

void SpeedGraph::clear()
{
    m_samples.clear();
    update();
}

void SpeedGraph::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    p.fillRect(rect(), pal.base());

    const int left = 64;
    const QRectF plot(left, 8, width() - left - 8, height() - 28);
    qint64 peak = 16 * 1024;
    for (const auto &[down, up] : m_samples)
        peak = std::max({peak, down, up});
    peak = qint64(double(peak) * 1.1);

    // Grid with rate labels on the left and the time span below.
    p.setPen(QPen(pal.color(QPalette::Mid), 1, Qt::DotLine));
    for (int i = 0; i <= 4; ++i) {
        const double y = plot.top() + plot.height() * i / 4.0;
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(pal.color(QPalette::Text));
        p.drawText(QRectF(0, y - 8, left - 6, 16), Qt::AlignRight | Qt::AlignVCenter, Units::formatRate(peak * (4 - i) / 4));
        p.setPen(QPen(pal.color(QPalette::Mid), 1, Qt::DotLine));
    }
    p.setPen(pal.color(QPalette::Text));
    p.drawText(QRectF(plot.left(), plot.bottom() + 4, plot.width(), 16), Qt::AlignLeft, tr("5 minutes ago"));
    p.drawText(QRectF(plot.left(), plot.bottom() + 4, plot.width(), 16), Qt::AlignRight, tr("now"));

    auto line = [&](bool download, const QColor &color) {
        if (m_samples.size() < 2)
            return;
        QPainterPath path;
        const double step = plot.width() / double(MaxSamples - 1);
        const double x0 = plot.right() - step * double(m_samples.size() - 1);
        for (size_t i = 0; i < m_samples.size(); ++i) {
            const qint64 v = download ? m_samples[i].first : m_samples[i].second;
            const QPointF point(x0 + step * double(i), plot.bottom() - plot.height() * double(v) / double(peak));
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

    // Legend.
    const QString down = tr("Download %1").arg(Units::formatRate(m_samples.empty() ? 0 : m_samples.back().first));
    const QString up = tr("Upload %1").arg(Units::formatRate(m_samples.empty() ? 0 : m_samples.back().second));
    p.setPen(QColor(0x1c, 0x7e, 0xd6));
    p.drawText(QRectF(plot.left() + 8, plot.top() + 4, plot.width(), 16), Qt::AlignLeft, down);
    p.setPen(QColor(0x2f, 0x9e, 0x44));
    p.drawText(QRectF(plot.left() + 8, plot.top() + 20, plot.width(), 16), Qt::AlignLeft, up);
}

} // namespace Revaer
