#pragma once

#include "libtsession.h"

#include <QObject>

#include <functional>

class QTimer;

namespace Revaer {

class AlertTranslator;

// Asks libtorrent for news on a schedule, while a session runs: the status of
// every torrent that changed every `statusIntervalMs` (asked again only once
// the previous answer was handled, so requests never pile up when the worker
// is busy; a lost answer is asked for again after ten intervals), the
// session's rates and DHT nodes every second, and every five seconds a new
// look at each torrent's state (a stalled torrent sends no updates at all).
// The answers arrive as alerts, through the pump and the translator.
class SessionPoller : public QObject
{
    Q_OBJECT

public:
    SessionPoller(AlertTranslator *translator, SessionGuard guard, int statusIntervalMs, QObject *parent = nullptr);

    void start(LibtSession *session);
    void stop();
    void setStatusInterval(int ms) { m_statusIntervalMs = ms; }

private:
    AlertTranslator *m_translator;
    SessionGuard m_guarded;
    int m_statusIntervalMs;
    LibtSession *m_session = nullptr;
    QTimer *m_status;
    QTimer *m_stats;
    QTimer *m_stalls;
};

} // namespace Revaer
