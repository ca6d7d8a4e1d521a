#include "alertpump.h"

#include "alerttranslator.h"
#include "libtsession.h"
#include "logging.h"

#include <QMetaObject>

namespace Revaer {

AlertPump::AlertPump(AlertTranslator *translator, QObject *parent)
    : QObject(parent)
    , m_translator(translator)
{ }

AlertPump::~AlertPump()
{
    detach();
}

void AlertPump::attach(LibtSession *session)
{
    detach();
    m_session = session;
    m_session->setAlertNotify([this] {
        // Called on libtorrent's thread with its alert lock held: only post.
        if (!m_drainPosted.exchange(true))
            QMetaObject::invokeMethod(this, &AlertPump::drain, Qt::QueuedConnection);
    });
    // Alerts may already be waiting (the notify only fires on empty -> non-empty).
    m_drainPosted = true;
    QMetaObject::invokeMethod(this, &AlertPump::drain, Qt::QueuedConnection);
}

void AlertPump::detach()
{
    if (!m_session)
        return;
    // Once this returns libtorrent no longer calls the old callback.
    m_session->setAlertNotify({});
    m_session = nullptr;
}

void AlertPump::drain()
{
    m_drainPosted = false;
    if (!m_session)
        return;
    try {
        const std::vector<SessionAlert> alerts = m_session->popAlerts();
        bool dropped = false;
        for (const SessionAlert &alert : alerts) {
            if (alert.kind == SessionAlert::Kind::AlertsDropped)
                dropped = true;
            m_translator->handle(alert);
        }
        m_alertsHandled += alerts.size();
        if (dropped) {
            ++m_refreshes;
            m_translator->refresh(m_session->allStatuses());
        }
    } catch (const std::exception &e) {
        qCCritical(lcAlerts) << "reading alerts failed:" << e.what();
        Q_EMIT sessionFailed(QString::fromLocal8Bit(e.what()));
    }
}

} // namespace Revaer
