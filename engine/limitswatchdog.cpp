#include "limitswatchdog.h"

#include "libtsession.h"
#include "logging.h"
#include "units.h"

namespace Revaer {

namespace {

QString describe(const RateLimits &limits)
{
    auto cap = [](int bytes) { return bytes > 0 ? Units::formatRate(bytes) : LimitsWatchdog::tr("unlimited"); };
    return LimitsWatchdog::tr("down %1, up %2").arg(cap(limits.downloadLimit), cap(limits.uploadLimit));
}

} // namespace

LimitsWatchdog::LimitsWatchdog(std::chrono::milliseconds interval, QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(interval);
    connect(m_timer, &QTimer::timeout, this, &LimitsWatchdog::check);
}

void LimitsWatchdog::attach(LibtSession *session)
{
    m_session = session;
    m_timer->start();
    setGlobal(m_global);
    for (auto it = m_torrents.cbegin(); it != m_torrents.cend(); ++it)
        setTorrent(it.key(), it.value());
}

void LimitsWatchdog::detach()
{
    m_session = nullptr;
    m_timer->stop();
}

template<typename Call> bool LimitsWatchdog::attempt(const char *what, Call &&call)
{
    if (!m_session)
        return false;
    try {
        call();
        return true;
    } catch (const SessionFailure &e) {
        Q_EMIT sessionFailed(QString::fromLocal8Bit(e.what()));
    } catch (const std::exception &e) {
        qCDebug(lcLimits) << what << "failed:" << e.what();
    }
    return false;
}

void LimitsWatchdog::setGlobal(const RateLimits &limits)
{
    m_global = limits;
    qCInfo(lcLimits).noquote() << "global caps:" << describe(limits);
    attempt("set the global caps", [&] { m_session->setGlobalRateLimits(limits); });
}

void LimitsWatchdog::setTorrent(const TorrentId &id, const RateLimits &limits)
{
    m_torrents.insert(id, limits);
    attempt("set a torrent's caps", [&] { m_session->setTorrentRateLimits(id, limits); });
}

void LimitsWatchdog::forget(const TorrentId &id)
{
    m_torrents.remove(id);
}

void LimitsWatchdog::check()
{
    if (!m_session)
        return;
    ++m_checks;
    attempt("check the global caps", [&] {
        const RateLimits actual = m_session->globalRateLimits();
        if (actual != m_global) {
            const QString message = tr("The session's global caps were %1 instead of %2; they were applied again.")
                                        .arg(describe(actual), describe(m_global));
            qCWarning(lcLimits).noquote() << message;
            Q_EMIT stale({}, message);
            m_session->setGlobalRateLimits(m_global);
        }
    });
    for (auto it = m_torrents.cbegin(); it != m_torrents.cend() && m_session; ++it) {
        // A torrent not in the session (yet, or any more) has nothing to check.
        attempt("check a torrent's caps", [&] {
            const RateLimits actual = m_session->torrentRateLimits(it.key());
            if (actual != it.value()) {
                const QString message = tr("The caps of torrent %1 were %2 instead of %3; they were applied again.")
                                            .arg(it.key().toString(), describe(actual), describe(it.value()));
                qCWarning(lcLimits).noquote() << message;
                Q_EMIT stale(it.key(), message);
                m_session->setTorrentRateLimits(it.key(), it.value());
            }
        });
    }
}

} // namespace Revaer
