#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QString>

#ifdef REVAER_HAVE_DBUS
#include <QDBusConnection>
#endif

class QSystemTrayIcon;

namespace Revaer {

// Completion and error notices outside the window: the desktop's own
// notification service where there is one (org.freedesktop.Notifications on
// the session bus, on Linux), whether or not a tray exists; else the tray's
// balloon; else nothing (the banner and the log still have them). Never
// blocks: the D-Bus call is asynchronous. A burst is cut to a few.
class DesktopNotifier : public QObject
{
    Q_OBJECT

public:
    enum class Kind { Completed, Error };
    enum class Route { Service, Tray, None, Dropped };

    explicit DesktopNotifier(QObject *parent = nullptr);

    void setTray(QSystemTrayIcon *tray);
#ifdef REVAER_HAVE_DBUS
    // The bus to look for the service on (the session bus by default).
    void setBus(const QDBusConnection &bus)
    {
        m_bus = bus;
    }
#endif
    // Whether a notification service answers on the bus.
    bool hasService() const;
    Route notify(Kind kind, const QString &title, const QString &body);

    static constexpr int BurstSize = 5; // at most this many…
    static constexpr qint64 BurstWindowMs = 10'000; // …in this long

private:
    QPointer<QSystemTrayIcon> m_tray;
#ifdef REVAER_HAVE_DBUS
    QDBusConnection m_bus;
#endif
    QElapsedTimer m_window;
    int m_inWindow = 0;
};

} // namespace Revaer
