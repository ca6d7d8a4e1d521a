#include "desktopnotifier.h"
#include "fakeengine.h"
#include "mainwindow.h"
#include "metatypes.h"
#include "sessionbus.h"
#include "settingsstore.h"
#include "testswarm.h"

#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#ifdef REVAER_HAVE_DBUS
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusVariant>
#endif

using namespace Revaer;
using namespace Revaer::Test;

#ifdef REVAER_HAVE_DBUS
// A stand-in for the desktop's notification service, on a private bus: it
// keeps what it was asked to show.
class FakeNotifications : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    struct Shown {
        QString app;
        QString summary;
        QString body;
        QVariantMap hints;
    };
    QList<Shown> shown;

public Q_SLOTS:
    uint Notify(const QString &app, uint, const QString &, const QString &summary, const QString &body, const QStringList &,
        const QVariantMap &hints, int)
    {
        shown.append({app, summary, body, hints});
        return uint(shown.size());
    }
};
#endif

// Completion and error notices reach the desktop's notification service
// (a real D-Bus call, to a private dbus-daemon) even when no tray exists.
class TestDesktopNotifier : public QObject
{
    Q_OBJECT

#ifdef REVAER_HAVE_DBUS
    QProcess daemon;
    QString address;

    bool startBus()
    {
        address = TestSupport::startSessionBus(daemon);
        return !address.isEmpty();
    }
#endif

private Q_SLOTS:
    void initTestCase()
    {
        registerEngineMetaTypes();
    }

    void cleanupTestCase()
    {
#ifdef REVAER_HAVE_DBUS
        TestSupport::stopProcess(daemon); // the PID started here
#endif
    }

    void noticesGoToTheDesktopsService()
    {
#ifndef REVAER_HAVE_DBUS
        QSKIP("built without Qt D-Bus: notices go to the tray only");
#else
        if (!startBus())
            QSKIP("no dbus-daemon here (scripts/ensure-deps.sh test installs it)");
        QDBusConnection service = QDBusConnection::connectToBus(address, QStringLiteral("service"));
        QDBusConnection client = QDBusConnection::connectToBus(address, QStringLiteral("client"));
        QVERIFY(service.isConnected() && client.isConnected());

        DesktopNotifier notifier;
        notifier.setBus(client);
        // No service yet, no tray: nothing, and no hang.
        QVERIFY(!notifier.hasService());
        QCOMPARE(notifier.notify(DesktopNotifier::Kind::Completed, QStringLiteral("Download complete"), QStringLiteral("x")),
            DesktopNotifier::Route::None);

        FakeNotifications fake;
        QVERIFY(service.registerObject(QStringLiteral("/org/freedesktop/Notifications"), &fake, QDBusConnection::ExportAllSlots));
        QVERIFY(service.registerService(QStringLiteral("org.freedesktop.Notifications")));
        QTRY_VERIFY(notifier.hasService());
        QCOMPARE(notifier.notify(DesktopNotifier::Kind::Error, QStringLiteral("Revaer: a torrent stopped"),
                     QStringLiteral("Cannot write “<b>Album</b>”: disk full")),
            DesktopNotifier::Route::Service);
        QTRY_COMPARE(fake.shown.size(), 1);
        QCOMPARE(fake.shown.at(0).app, QStringLiteral("Revaer"));
        QCOMPARE(fake.shown.at(0).summary, QStringLiteral("Revaer: a torrent stopped"));
        QCOMPARE(
            fake.shown.at(0).body, QStringLiteral("Cannot write “&lt;b&gt;Album&lt;/b&gt;”: disk full")); // no markup from names
        QCOMPARE(fake.shown.at(0).hints.value(QStringLiteral("urgency")).toInt(), 2);

        // A burst is cut to a few.
        for (int i = 0; i < 20; ++i)
            notifier.notify(DesktopNotifier::Kind::Completed, QStringLiteral("Download complete"), QString::number(i));
        QTest::qWait(300);
        QCOMPARE(fake.shown.size(), DesktopNotifier::BurstSize - 1); // the first of the burst went nowhere
        const qsizetype before = fake.shown.size();

        // Through the window: a completion while the user is elsewhere, with no tray.
        QTemporaryDir work;
        SettingsStore settings(work.filePath(QStringLiteral("revaer.ini")));
        FakeEngine engine;
        EngineConfig config;
        config.defaultSavePath = work.path();
        settings.load(config);
        MainWindow window(&engine, &settings);
        window.notifier()->setBus(client);
        window.hide(); // in the tray, or closed on a desktop without one
        QVERIFY(!window.trayIcon()); // offscreen: no tray
        engine.announce(idOf(1), QStringLiteral("Album"), TorrentState::Downloading, 100, 10);
        Q_EMIT engine.completed({idOf(1), QStringLiteral("Album"), work.path()});
        QTRY_COMPARE(fake.shown.size(), before + 1);
        QCOMPARE(fake.shown.constLast().summary, QStringLiteral("Download complete"));
        QCOMPARE(fake.shown.constLast().body, QStringLiteral("Album"));
#endif
    }
};

QTEST_MAIN(TestDesktopNotifier)
#include "tst_desktopnotifier.moc"
