#pragma once

#include <QElapsedTimer>
#include <QObject>

class QTimer;

namespace Revaer {

// Measures how long the event loop of the thread it lives on could not run:
// a precise timer ticks every `intervalMs`, and any gap beyond that is a
// stall. Used during a restore (worker and GUI thread) and by --stats.
class StallProbe : public QObject
{
    Q_OBJECT

public:
    explicit StallProbe(QObject *parent = nullptr, int intervalMs = 10);

    void start();
    void stop();
    bool isRunning() const;
    // The longest stall so far in milliseconds, counting a stall still in
    // progress; 0 when the loop always ran on time.
    qint64 longestMs() const;

private:
    QTimer *m_timer;
    QElapsedTimer m_sinceTick;
    int m_intervalMs;
    qint64 m_longestMs = 0;
};

} // namespace Revaer
