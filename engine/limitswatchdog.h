#pragma once

#include "sessionsettings.h"
#include "torrentid.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <chrono>

namespace Revaer {

class LibtSession;

// Keeps libtorrent's caps what Revaer set. Every change goes to the session
// at once; the caps are read back from the session and the torrents at least
// every `interval` (two seconds), and any that drifted are reported and
// applied again.
class LimitsWatchdog : public QObject
{
    Q_OBJECT

public:
    explicit LimitsWatchdog(std::chrono::milliseconds interval, QObject *parent = nullptr);

    void attach(LibtSession *session);
    void detach();

    void setGlobal(const RateLimits &limits);
    void setTorrent(const TorrentId &id, const RateLimits &limits);
    void forget(const TorrentId &id);
    const RateLimits &global() const { return m_global; }

    // Reads the caps back now; re-applies and reports those that drifted.
    void check();
    quint64 checks() const { return m_checks; }

Q_SIGNALS:
    // `id` is empty for the global caps.
    void stale(const Revaer::TorrentId &id, const QString &message);
    // A call into the session threw SessionFailure.
    void sessionFailed(const QString &reason);

private:
    // Runs a call into the session: a dead session is reported, other
    // errors (a torrent that just went away) only logged.
    template<typename Call> bool attempt(const char *what, Call &&call);

    LibtSession *m_session = nullptr;
    RateLimits m_global;
    QHash<TorrentId, RateLimits> m_torrents;
    QTimer *m_timer;
    quint64 m_checks = 0;
};

} // namespace Revaer
