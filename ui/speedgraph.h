#pragma once

#include <QWidget>

#include <deque>

namespace Revaer {

// Download and upload rates over the last minutes, one sample a second.
class SpeedGraph : public QWidget
{
    Q_OBJECT

public:
    explicit SpeedGraph(QWidget *parent = nullptr);

    void addSample(qint64 downloadRate, qint64 uploadRate);
    void clear();
    int sampleCount() const { return int(m_samples.size()); }

    QSize sizeHint() const override { return {400, 160}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    static constexpr size_t MaxSamples = 300; // five minutes
    std::deque<std::pair<qint64, qint64>> m_samples;
};

} // namespace Revaer
