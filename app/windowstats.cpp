#include "windowstats.h"

#include "engineevents.h"
#include "mainwindow.h"
#include "stallprobe.h"
#include "torrentengine.h"
#include "torrentlistmodel.h"

#include <QTimer>

namespace Revaer {

WindowStats::WindowStats(const QElapsedTimer &sinceStart, MainWindow *window, TorrentEngine *engine, QObject *parent)
    : QObject(parent)
    , m_sinceStart(sinceStart)
    , m_window(window)
    , m_probe(new StallProbe(this))
    , m_out(stdout)
{
    m_probe->start();
    // The first turn of the event loop after show(): the window is on screen.
    QTimer::singleShot(0, this, [this] { m_out << "stats: window shown after " << m_sinceStart.elapsed() << " ms" << Qt::endl; });
    // After the window's own slot, so its status bar already says it.
    connect(engine, &TorrentEngine::restoreProgress, this, &WindowStats::onRestore, Qt::QueuedConnection);
}

void WindowStats::onRestore(const RestoreProgressEvent &event)
{
    if (!event.finished && !m_progressShown && !m_window->restoreStatusText().isEmpty()) {
        m_progressShown = true;
        m_out << "stats: restore progress visible after " << m_sinceStart.elapsed() << " ms: " << m_window->restoreStatusText()
              << Qt::endl;
    }
    if (event.finished) {
        m_probe->stop();
        m_out << "stats: restore done after " << m_sinceStart.elapsed() << " ms; " << m_window->model()->rowCount()
              << " rows in the list; longest stall: worker " << event.longestStallMs << " ms, window " << m_probe->longestMs()
              << " ms" << Qt::endl;
    }
}

} // namespace Revaer
