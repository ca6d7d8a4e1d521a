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

void LimitsWatchdog::setGlobal(const RateLimits &limits)
{
    m_global = limits;
    if (!m_session)
        return;
    qCInfo(lcLimits).noquote() << "global caps:" << describe(limits);
    try {
        m_session->setGlobalRateLimits(limits);
    } catch (const std::exception &e) {
        qCWarning(lcLimits) << "cannot set the global caps:" << e.what();
    }
}

void LimitsWatchdog::setTorrent(const TorrentId &id, const RateLimits &limits)
{
    m_torrents.insert(id, limits);
    if (!m_session)
        return;
    try {
        m_session->setTorrentRateLimits(id, limits);
    } catch (const std::exception &e) {
        qCWarning(lcLimits) << "cannot set the caps of" << id.toString() << ":" << e.what();
    }
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
    try {
        const RateLimits actual = m_session->globalRateLimits();
        if (actual != m_global) {
            const QString message = tr("The session's global caps were %1 instead of %2; they were applied again.")
                                        .arg(describe(actual), describe(m_global));
            qCWarning(lcLimits).noquote() << message;
            Q_EMIT stale({}, message);
            m_session->setGlobalRateLimits(m_global);
        }
    } catch (const std::exception &e) {
        qCWarning(lcLimits) << "cannot read the global caps back:" << e.what();
    }
    for (auto it = m_torrents.cbegin(); it != m_torrents.cend(); ++it) {
        try {
            const RateLimits actual = m_session->torrentRateLimits(it.key());
            if (actual != it.value()) {
                const QString message = tr("The caps of torrent %1 were %2 instead of %3; they were applied again.")
                                            .arg(it.key().toString(), describe(actual), describe(it.value()));
                qCWarning(lcLimits).noquote() << message;
                Q_EMIT stale(it.key(), message);
                m_session->setTorrentRateLimits(it.key(), it.value());
            }
        } catch (const std::exception &) {
            // The torrent is not in the session (yet, or any more): nothing to check.
        }
    }
}

} // namespace Revaer
