#pragma once

#include "speedhistory.h"

#include <QWidget>

#include <vector>

namespace Revaer {

// Download and upload rates over the last five minutes, one sample a
// second, with a rate axis in round steps (0, 250 KiB/s, 500 KiB/s…) and a
// minute axis.
class SpeedGraph : public QWidget
{
    Q_OBJECT

public:
    explicit SpeedGraph(QWidget *parent = nullptr);

    void setSamples(std::vector<SpeedHistory::Sample> samples, const QString &title);
    void clear();
    // Samples with any data in them.
    int activeSamples() const;
    QString title() const { return m_title; }

    // The step of a rate axis with `lines` steps above zero that holds
    // `peak`: 1, 2, 2.5 or 5 times a power of ten of B/s, KiB/s, MiB/s or GiB/s.
    static qint64 roundStep(qint64 peak, int lines = 4);
    // "250 KiB/s", "1.5 MiB/s": a step's label, without needless decimals.
    static QString axisLabel(qint64 bytesPerSecond);

    QSize sizeHint() const override { return {400, 160}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    std::vector<SpeedHistory::Sample> m_samples;
    QString m_title;
};

} // namespace Revaer
