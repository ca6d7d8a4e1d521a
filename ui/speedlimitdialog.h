#pragma once

#include "sessionsettings.h"

#include <QDialog>

class QSpinBox;

namespace Revaer {

// Torrent > Speed Limits: a download and an upload cap in KiB/s for the
// selected torrents, 0 for none.
class SpeedLimitDialog : public QDialog
{
    Q_OBJECT

public:
    // `current`: the caps the torrents share, shown to start from.
    explicit SpeedLimitDialog(const RateLimits &current, QWidget *parent = nullptr);

    RateLimits limits() const; // bytes/s

private:
    QSpinBox *m_down;
    QSpinBox *m_up;
};

} // namespace Revaer
