#pragma once

#include "engineevents.h"
#include "torrentdetails.h"

#include <QStatusBar>

class QAction;
class QLabel;
class QToolButton;

namespace Revaer {

class TorrentEngine;

// The window's status bar: the restore's progress, the session's rates, the
// caps in force (a button whose menu changes them), DHT nodes, free space on
// the default save path's disk, and the engine's health as a coloured dot.
// It follows the engine by itself.
class TransferStatusBar : public QStatusBar
{
    Q_OBJECT

public:
    // `altSpeed` (the window's action) heads the caps menu.
    TransferStatusBar(TorrentEngine *engine, QAction *altSpeed, QWidget *parent = nullptr);

    QString healthText() const; // the dot's tooltip: state and reason
    QString capsText() const; // "Caps ↓ 1.00 MiB/s ↑ ∞"
    QString restoreText() const; // "Restoring 1,200 of 10,000 torrents…" while restoring
    const LimitsEvent &limits() const { return m_limits; }

Q_SIGNALS:
    // The caps menu chose global caps.
    void capsChosen(const Revaer::RateLimits &limits);
    // "Set Caps…": the settings dialog.
    void settingsRequested();
    // The engine became degraded or unhealthy, with a reason to tell.
    void healthWorsened(const Revaer::HealthEvent &event);

private:
    void onHealth(const HealthEvent &event);
    void onStats(const SessionStatsEvent &stats);
    void onLimits(const LimitsEvent &event);
    void onRestore(const RestoreProgressEvent &event);

    QLabel *m_restoreLabel;
    QLabel *m_downLabel;
    QLabel *m_upLabel;
    QToolButton *m_capsButton;
    QLabel *m_dhtLabel;
    QLabel *m_freeLabel;
    QLabel *m_healthLabel;
    HealthEvent m_health;
    LimitsEvent m_limits;
};

} // namespace Revaer
