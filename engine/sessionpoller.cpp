#include "sessionpoller.h"

#include "alerttranslator.h"
#include "libtsession.h"

#include <QTimer>

namespace Revaer {

SessionPoller::SessionPoller(AlertTranslator *translator, SessionGuard guard, int statusIntervalMs, QObject *parent)
    : QObject(parent)
    , m_translator(translator)
    , m_guarded(std::move(guard))
    , m_statusIntervalMs(statusIntervalMs)
    , m_status(new QTimer(this))
    , m_stats(new QTimer(this))
    , m_stalls(new QTimer(this))
{
    m_status->setSingleShot(true);
    connect(m_status, &QTimer::timeout, this, [this] {
        if (!m_session)
            return;
        m_guarded("post torrent updates", [this] { m_session->postTorrentUpdates(); });
        // If the answer is lost (dropped alerts), ask again after a longer pause.
        m_status->start(m_statusIntervalMs * 10);
    });
    connect(m_translator, &AlertTranslator::statusUpdateHandled, this, [this] {
        if (m_session)
            m_status->start(m_statusIntervalMs);
    });
    m_stats->setInterval(1000);
    connect(m_stats, &QTimer::timeout, this, [this] {
        if (m_session)
            m_guarded("session stats", [this] { m_session->postSessionStats(); });
    });
    m_stalls->setInterval(5000);
    connect(m_stalls, &QTimer::timeout, m_translator, &AlertTranslator::reevaluate);
}

void SessionPoller::start(LibtSession *session)
{
    m_session = session;
    m_status->start(m_statusIntervalMs);
    m_stats->start();
    m_stalls->start();
}

void SessionPoller::stop()
{
    m_session = nullptr;
    m_status->stop();
    m_stats->stop();
    m_stalls->stop();
}

} // namespace Revaer
