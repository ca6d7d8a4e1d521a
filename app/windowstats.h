#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTextStream>

namespace Revaer {

class MainWindow;
class StallProbe;
class TorrentEngine;
struct RestoreProgressEvent;

// `revaer --stats` with a window: when the window was shown, when the
// restore's progress became visible in it, when the restore finished with
// how many rows the list holds, and the GUI thread's longest stall meanwhile.
// For the startup benchmark (bench/window_bench.py).
class WindowStats : public QObject
{
    Q_OBJECT

public:
    WindowStats(const QElapsedTimer &sinceStart, MainWindow *window, TorrentEngine *engine, QObject *parent = nullptr);

private:
    void onRestore(const Revaer::RestoreProgressEvent &event);

    QElapsedTimer m_sinceStart;
    MainWindow *m_window;
    StallProbe *m_probe;
    QTextStream m_out;
    bool m_progressShown = false;
};

} // namespace Revaer
