#pragma once

#include "engineconfig.h"
#include "engineevents.h"
#include "libtsession.h"

#include <QMap>
#include <QObject>

#include <functional>
#include <memory>

class QTimer;

namespace Revaer {

// Keeps the libtorrent session alive and says how healthy the engine is.
//
// It creates the session, turns a fatal error (a SessionFailure thrown by
// any call, or reported by the pump or the caps watchdog) into a restart
// with back-off (restartDelay, then twice as long, restartAttempts times),
// and gives up after that. It watches listening: when the configured port
// is taken it falls back to a port the system picks and says so; when no
// address can be listened on it keeps retrying. Health is healthy while no
// problem is set, degraded while any is, unhealthy once restarting gave up.
//
// The worker attaches everything else to the session when it starts or is
// restarted, and detaches it when the session is about to be destroyed.
class SessionSupervisor : public QObject
{
    Q_OBJECT

public:
    // Problem keys: one message each; setting one again replaces it.
    static const QString ProblemSession;
    static const QString ProblemResume;
    static const QString ProblemListen;
    static const QString ProblemDisk;

    SessionSupervisor(const EngineConfig &config, SessionFactory factory, QObject *parent = nullptr);
    ~SessionSupervisor() override;

    LibtSession *session() const { return m_session.get(); }
    // Creates the first session; `error` says why it could not, and the
    // caller hands that to failNow().
    bool start(QString *error);
    // No more restarts or retries; the session stays until stop().
    void stopRestarting();
    // Destroys the session, at shutdown.
    void stop();

    // Calls into the session; a SessionFailure becomes fail(), any other
    // throw (libtorrent throws on a handle whose torrent just went away) a
    // log line. False when the call did not complete or there is no session.
    bool guarded(const char *what, const std::function<void()> &call);
    // guarded(), for the parts that call into the session.
    SessionGuard guard()
    {
        return [this](const char *what, const std::function<void()> &call) { return guarded(what, call); };
    }
    // A fatal session error, from anywhere: handled from the event loop,
    // never from inside a call into the session.
    void fail(const QString &reason);
    // The same, at once, for a caller that is not inside a session call: the
    // session is torn down and restarts begin.
    void failNow(const QString &reason);
    // Why the engine gave up restarting; empty while it has not.
    QString gaveUpReason() const { return m_unhealthyReason; }

    // The settings the session runs with (the listen fallback applied); a
    // change apart from the rate caps (which the caps watchdog applies)
    // reaches the session.
    void applySettings(const SessionSettings &settings);
    SessionSettings effectiveSettings() const;
    void onListening(const QString &address, int port);
    void onListenFailed(const QString &interface, int port, const QString &message);

    void setProblem(const QString &key, const QString &message);
    void clearProblem(const QString &key);
    // Sets the problem, or clears it when `message` is empty.
    void setOrClearProblem(const QString &key, const QString &message);
    HealthEvent health() const { return m_health; }
    // Says the health if it changed.
    void publishHealth();

Q_SIGNALS:
    // The session is about to be destroyed after a failure: detach from it.
    void sessionLost();
    // A new session runs after a failure: attach to it.
    void restarted();
    // Restarting failed restartAttempts times; `reason` says what to do.
    void gaveUp(const QString &reason);
    void healthChanged(const Revaer::HealthEvent &event);
    void listening(const QString &address, int port);
    void warning(const QString &message);

private:
    bool create(QString *error);
    void tearDown();
    void scheduleRestart();
    void attemptRestart();
    void retryListening();

    SessionFactory m_factory;
    SessionSettings m_settings;
    const std::chrono::milliseconds m_restartDelay;
    const int m_restartAttempts;
    std::unique_ptr<LibtSession> m_session;
    bool m_stopping = false;

    QTimer *m_restartTimer;
    int m_restartAttempt = 0;
    bool m_failurePending = false;
    QString m_unhealthyReason; // set once restarting gave up

    QTimer *m_listenRetryTimer;
    int m_listenRetries = 0;
    bool m_listening = false;
    // The configured port was taken: listening on the same addresses with a
    // port the system picked, for this session.
    QString m_listenFallback;
    int m_listenFallbackFrom = 0;

    QMap<QString, QString> m_problems;
    HealthEvent m_health {HealthState::Unhealthy, QStringLiteral("not started")};
};

} // namespace Revaer
