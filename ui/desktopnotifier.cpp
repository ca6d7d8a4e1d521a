#include "desktopnotifier.h"

#include "units.h"

#include <QIcon>
#include <QSystemTrayIcon>
#include <QVariantMap>

#ifdef REVAER_HAVE_DBUS
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#endif

namespace Revaer {

namespace {

#ifdef REVAER_HAVE_DBUS
const QString Service = QStringLiteral("org.freedesktop.Notifications");
const QString Path = QStringLiteral("/org/freedesktop/Notifications");
#endif

} // namespace

DesktopNotifier::DesktopNotifier(QObject *parent)
    : QObject(parent)
#ifdef REVAER_HAVE_DBUS
    , m_bus(QDBusConnection::sessionBus())
#endif
{ }

void DesktopNotifier::setTray(QSystemTrayIcon *tray)
{
    m_tray = tray;
}

bool DesktopNotifier::hasService() const
{
#ifdef REVAER_HAVE_DBUS
    return m_bus.isConnected() && m_bus.interface() && m_bus.interface()->isServiceRegistered(Service).value();
#else
    return false;
#endif
}

DesktopNotifier::Route DesktopNotifier::notify(Kind kind, const QString &title, const QString &body)
{
    if (!m_window.isValid() || m_window.elapsed() > BurstWindowMs) {
        m_window.start();
        m_inWindow = 0;
    }
    if (++m_inWindow > BurstSize)
        return Route::Dropped;
    const QString text = Units::elided(body, 300);
#ifdef REVAER_HAVE_DBUS
    if (hasService()) {
        QDBusMessage call = QDBusMessage::createMethodCall(Service, Path, Service, QStringLiteral("Notify"));
        QVariantMap hints;
        hints.insert(QStringLiteral("urgency"), QVariant::fromValue(uchar(kind == Kind::Error ? 2 : 1)));
        hints.insert(QStringLiteral("desktop-entry"), QStringLiteral("org.revaer.Revaer"));
        // Plain text: a name may hold markup the service would interpret.
        QString plain = text;
        plain.replace(u'&', QStringLiteral("&amp;")).replace(u'<', QStringLiteral("&lt;")).replace(u'>', QStringLiteral("&gt;"));
        call << QStringLiteral("Revaer") << uint(0) << QStringLiteral("org.revaer.Revaer") << title << plain << QStringList {}
             << hints << int(-1);
        m_bus.asyncCall(call);
        return Route::Service;
    }
#endif
    if (m_tray && m_tray->isVisible()) {
        m_tray->showMessage(title, text, kind == Kind::Error ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information);
        return Route::Tray;
    }
    return Route::None;
}

} // namespace Revaer
