#include "desktopintegration.h"
#include "engineconfig.h"
#include "settingsdialog.h"
#include "settingsstore.h"

#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Revaer;

namespace {

QString readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

// Registering Revaer as what opens magnet links and .torrent files, on an
// XDG desktop: a desktop entry and mimeapps.list, in a throwaway home.
class TestDesktopIntegration : public QObject
{
    Q_OBJECT

    QTemporaryDir home;
    QString mimeApps;
    QString userEntry;

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toUtf8());
        qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toUtf8());
        qputenv("XDG_DATA_DIRS", home.filePath(QStringLiteral("system")).toUtf8()); // nothing installed
        mimeApps = home.filePath(QStringLiteral("config/mimeapps.list"));
        userEntry = home.filePath(QStringLiteral("data/applications/org.revaer.Revaer.desktop"));
        QCOMPARE(
            QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation), home.filePath(QStringLiteral("config")));
    }

    void makesRevaerTheDefaultAndKeepsOtherChoices()
    {
        QVERIFY(QDir().mkpath(home.filePath(QStringLiteral("config"))));
        {
            QFile file(mimeApps);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("[Default Applications]\n"
                       "text/html=firefox.desktop\n"
                       "x-scheme-handler/magnet=transmission-gtk.desktop\n"
                       "\n"
                       "[Added Associations]\n"
                       "application/x-bittorrent=transmission-gtk.desktop;\n"
                       "image/png=gimp.desktop;\n");
        }
        QVERIFY(!DesktopIntegration::isDefaultHandler());

        QString error;
        QVERIFY2(DesktopIntegration::makeDefaultHandler(&error), qPrintable(error));
        QVERIFY(DesktopIntegration::isDefaultHandler());
        const QString list = readAll(mimeApps);
        QVERIFY2(list.contains(QStringLiteral("x-scheme-handler/magnet=org.revaer.Revaer.desktop\n")), qPrintable(list));
        QVERIFY(list.contains(QStringLiteral("application/x-bittorrent=org.revaer.Revaer.desktop\n")));
        QVERIFY(list.contains(QStringLiteral("text/html=firefox.desktop\n")));
        QVERIFY(list.contains(QStringLiteral("image/png=gimp.desktop;\n")));
        QVERIFY(!list.contains(QStringLiteral("magnet=transmission-gtk.desktop")));
        // Other handlers stay available as alternatives.
        QVERIFY(list.contains(QStringLiteral("application/x-bittorrent=org.revaer.Revaer.desktop;transmission-gtk.desktop;")));

        // The desktop entry names this executable and both types.
        const QString entry = readAll(userEntry);
        QVERIFY2(entry.contains(QStringLiteral("Exec=%1 %U").arg(QCoreApplication::applicationFilePath())), qPrintable(entry));
        QVERIFY(entry.contains(QStringLiteral("MimeType=application/x-bittorrent;x-scheme-handler/magnet;")));

        // Doing it again changes nothing.
        QVERIFY(DesktopIntegration::makeDefaultHandler(&error));
        QCOMPARE(readAll(mimeApps), list);
    }

    void desktopEntryIsValid()
    {
        const QString validator = QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
        if (validator.isEmpty())
            QSKIP("desktop-file-validate is not installed (scripts/ensure-deps.sh test installs it)");
        QProcess process;
        process.start(validator, {userEntry});
        QVERIFY(process.waitForFinished());
        QVERIFY2(process.exitCode() == 0, process.readAll().constData());
    }

    void anInstalledEntryIsLeftAlone()
    {
        const QString installed = home.filePath(QStringLiteral("system/applications/org.revaer.Revaer.desktop"));
        QVERIFY(QDir().mkpath(home.filePath(QStringLiteral("system/applications"))));
        QFile::remove(userEntry);
        QFile file(installed);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(DesktopIntegration::desktopEntry(QStringLiteral("/usr/bin/revaer")).toUtf8());
        file.close();
        QString error;
        QVERIFY(DesktopIntegration::makeDefaultHandler(&error));
        QVERIFY(!QFile::exists(userEntry));
        QFile::remove(installed);
    }

    void settingsOfferIt()
    {
        QFile::remove(mimeApps);
        QTemporaryDir dir;
        SettingsStore settings(dir.filePath(QStringLiteral("revaer.ini")));
        settings.load({});
        SettingsDialog dialog(&settings);
        auto *status = dialog.findChild<QLabel *>(QStringLiteral("handlerStatus"));
        auto *button = dialog.findChild<QPushButton *>(QStringLiteral("makeDefaultHandler"));
        QVERIFY(status && button);
        QVERIFY(button->isEnabled());
        QVERIFY(status->text().contains(QStringLiteral("another application")));
        button->click();
        QVERIFY2(status->text().contains(QStringLiteral("open in Revaer")), qPrintable(status->text()));
        QVERIFY(!button->isEnabled());
        QVERIFY(DesktopIntegration::isDefaultHandler());
    }
};

QTEST_MAIN(TestDesktopIntegration)
#include "tst_desktopintegration.moc"
