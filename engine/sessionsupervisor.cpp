#include "sessionsupervisor.h"

#include "logging.h"

#include <QRegularExpression>
#include <QTimer>

#include <algorithm>

namespace Revaer {

const QString SessionSupervisor::ProblemSession = QStringLiteral("session");
const QString SessionSupervisor::ProblemResume = QStringLiteral("resume");
const QString SessionSupervisor::ProblemListen = QStringLiteral("listen");
const QString SessionSupervisor::ProblemDisk = QStringLiteral("disk");

SessionSupervisor::SessionSupervisor(const EngineConfig &config, SessionFactory factory, QObject *parent)
    : QObject(parent)
    , m_factory(std::move(factory))
    , m_settings(config.session)
    , m_restartDelay(config.restartDelay)
    , m_restartAttempts(config.restartAttempts)
    , m_restartTimer(new QTimer(this))
    , m_listenRetryTimer(new QTimer(this))
{
    m_restartTimer->setSingleShot(true);
    m_restartTimer->setTimerType(Qt::PreciseTimer);
    connect(m_restartTimer, &QTimer::timeout, this, &SessionSupervisor::attemptRestart);
    m_listenRetryTimer->setSingleShot(true);
    connect(m_listenRetryTimer, &QTimer::timeout, this, &SessionSupervisor::retryListening);
}

SessionSupervisor::~SessionSupervisor() = default;

bool SessionSupervisor::start(QString *error)
{
    return create(error);
}

bool SessionSupervisor::create(QString *error)
{
    // A new session tries the configured port again.
    m_listening = false;
    m_listenFallback.clear();
    try {
        m_session = m_factory(m_settings);
        return m_session != nullptr;
    } catch (const std::exception &e) {
        *error = QString::fromLocal8Bit(e.what());
        m_session.reset();
        return false;
    }
}

void SessionSupervisor::stopRestarting()
{
    m_stopping = true;
    m_restartTimer->stop();
    m_listenRetryTimer->stop();
}

void SessionSupervisor::stop()
{
    stopRestarting();
    m_session.reset();
}

bool SessionSupervisor::guarded(const char *what, const std::function<void()> &call)
{
    if (!m_session) {
        qCWarning(lcEngine) << what << "ignored: the session is not running";
        return false;
    }
    try {
        call();
        return true;
    } catch (const SessionFailure &e) {
        fail(QString::fromLocal8Bit(e.what()));
    } catch (const std::exception &e) {
        qCWarning(lcEngine) << what << "failed:" << e.what();
    }
    return false;
}

void SessionSupervisor::fail(const QString &reason)
{
    if (m_failurePending || m_stopping)
        return;
    m_failurePending = true;
    QMetaObject::invokeMethod(
        this, [this, reason] { failNow(tr("The BitTorrent session failed: %1").arg(reason)); }, Qt::QueuedConnection);
}

void SessionSupervisor::failNow(const QString &reason)
{
    m_failurePending = false;
    if (m_stopping || !m_unhealthyReason.isEmpty())
        return;
    qCCritical(lcHealth).noquote() << reason;
    tearDown();
    m_restartAttempt = 0;
    setProblem(ProblemSession, reason);
    scheduleRestart();
}

void SessionSupervisor::tearDown()
{
    Q_EMIT sessionLost();
    m_listenRetryTimer->stop();
    try {
        m_session.reset();
    } catch (const std::exception &e) {
        qCWarning(lcHealth) << "destroying the failed session:" << e.what();
        m_session.release(); // leaked rather than risk it again
    }
    clearProblem(ProblemListen);
}

void SessionSupervisor::scheduleRestart()
{
    const auto delay = m_restartDelay * (1 << std::min(m_restartAttempt, 16));
    qCWarning(lcHealth) << "restarting the session in" << delay.count() << "ms (attempt" << m_restartAttempt + 1 << "of"
                        << m_restartAttempts << ")";
    m_restartTimer->start(delay);
}

void SessionSupervisor::attemptRestart()
{
    if (m_stopping)
        return;
    ++m_restartAttempt;
    QString error;
    if (!create(&error)) {
        if (m_restartAttempt >= m_restartAttempts) {
            m_unhealthyReason = tr("The BitTorrent session could not be restarted after %1 tries: %2. Restart Revaer; if this "
                                   "keeps happening, check the settings and the log (QT_LOGGING_RULES=\"revaer.*=true\").")
                                    .arg(m_restartAttempt)
                                    .arg(error);
            publishHealth();
            Q_EMIT gaveUp(m_unhealthyReason);
            return;
        }
        setProblem(ProblemSession,
            tr("The BitTorrent session failed and could not be restarted yet (try %1 of %2): %3")
                .arg(m_restartAttempt)
                .arg(m_restartAttempts)
                .arg(error));
        scheduleRestart();
        return;
    }
    qCInfo(lcHealth) << "session restarted after" << m_restartAttempt << "tries";
    m_restartAttempt = 0;
    clearProblem(ProblemSession);
    Q_EMIT restarted();
}

// --- settings and listening ------------------------------------------------

void SessionSupervisor::applySettings(const SessionSettings &settings)
{
    const SessionSettings before = std::exchange(m_settings, settings);
    if (before.listenInterfaces != settings.listenInterfaces)
        m_listenFallback.clear(); // the user chose again
    if (!before.sameApartFromLimits(settings))
        guarded("apply settings", [&] { m_session->applySettings(effectiveSettings()); });
}

SessionSettings SessionSupervisor::effectiveSettings() const
{
    SessionSettings settings = m_settings;
    if (!m_listenFallback.isEmpty())
        settings.listenInterfaces = m_listenFallback;
    return settings;
}

void SessionSupervisor::onListening(const QString &address, int port)
{
    const bool first = !m_listening;
    m_listening = true;
    m_listenRetries = 0;
    m_listenRetryTimer->stop();
    clearProblem(ProblemListen);
    if (first && !m_listenFallback.isEmpty()) {
        const QString message = tr("Port %1 is used by another program, so Revaer accepts peers on port %2 for now. Choose "
                                   "another port in Settings > Connection (one your router forwards), or stop that program.")
                                    .arg(m_listenFallbackFrom)
                                    .arg(port);
        qCWarning(lcEngine).noquote() << message;
        Q_EMIT warning(message);
    }
    Q_EMIT listening(address, port);
}

void SessionSupervisor::onListenFailed(const QString &interface, int port, const QString &message)
{
    if (m_listening)
        return; // another interface listens: incoming connections work
    if (m_listenFallback.isEmpty()) {
        // Without a listen socket libtorrent does not announce at all, and
        // every download waits at 0 peers: give the other interfaces a moment
        // to succeed, then fall back to a port the system picks.
        if (!m_listenRetryTimer->isActive()) {
            m_listenFallbackFrom = port;
            m_listenRetryTimer->start(1000);
        }
        return;
    }
    setProblem(ProblemListen,
        tr("Cannot accept incoming connections: “%1” cannot be listened on, on any port (%2: %3). Check "
           "the listen addresses in the settings. Revaer keeps trying.")
            .arg(m_settings.listenInterfaces, interface, message));
    if (!m_listenRetryTimer->isActive())
        m_listenRetryTimer->start(std::min(60'000, 2'000 * (1 << std::min(m_listenRetries, 5))));
}

void SessionSupervisor::retryListening()
{
    if (m_listening || m_stopping)
        return;
    if (m_listenFallback.isEmpty()) {
        // Same addresses, any free port.
        QStringList interfaces = m_settings.listenInterfaces.split(u',', Qt::SkipEmptyParts);
        static const QRegularExpression port(QStringLiteral(":\\d+(s?)$"));
        for (QString &entry : interfaces)
            entry = entry.trimmed().replace(port, QStringLiteral(":0\\1"));
        m_listenFallback = interfaces.join(u',');
        qCWarning(lcEngine).noquote() << "port" << m_listenFallbackFrom << "cannot be used; listening on" << m_listenFallback;
        guarded("listen on a free port", [this] { m_session->applySettings(effectiveSettings()); });
        return;
    }
    ++m_listenRetries;
    guarded("reopen listen sockets", [this] { m_session->reopenNetworkSockets(); });
}

// --- health --------------------------------------------------------------

void SessionSupervisor::setProblem(const QString &key, const QString &message)
{
    if (m_problems.value(key) == message)
        return;
    m_problems.insert(key, message);
    publishHealth();
}

void SessionSupervisor::clearProblem(const QString &key)
{
    if (m_problems.remove(key) > 0)
        publishHealth();
}

void SessionSupervisor::setOrClearProblem(const QString &key, const QString &message)
{
    if (message.isEmpty())
        clearProblem(key);
    else
        setProblem(key, message);
}

void SessionSupervisor::publishHealth()
{
    HealthEvent health;
    if (!m_unhealthyReason.isEmpty()) {
        health.state = HealthState::Unhealthy;
        health.reason = m_unhealthyReason;
    } else if (!m_problems.isEmpty()) {
        health.state = HealthState::Degraded;
        health.reason = QStringList(m_problems.values()).join(u'\n');
    }
    if (m_health.state == health.state && m_health.reason == health.reason)
        return;
    m_health = health;
    if (health.state == HealthState::Healthy)
        qCInfo(lcHealth) << "healthy";
    else
        qCWarning(lcHealth).noquote() << healthStateName(health.state) << health.reason;
    Q_EMIT healthChanged(m_health);
}

} // namespace Revaer
