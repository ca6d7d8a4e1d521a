#include "appsettings.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Revaer;

// The settings file as people edit it: every value round-trips, and one
// that makes no sense is named and leaves the previous value.
class TestAppSettings : public QObject
{
    Q_OBJECT

    QTemporaryDir dir;
    int m_files = 0;

    AppSettings::LoadResult loadFrom(const QByteArray &ini, const EngineConfig &base = {})
    {
        // One file per case: QSettings caches what it read from a path.
        const QString path = dir.filePath(QStringLiteral("%1.ini").arg(++m_files));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(ini) != ini.size())
            qFatal("cannot write %s", qPrintable(path));
        file.close();
        QSettings settings(path, QSettings::IniFormat);
        return AppSettings::load(settings, base);
    }

private Q_SLOTS:
    void roundTrips()
    {
        EngineConfig config;
        config.defaultSavePath = dir.filePath(QStringLiteral("downloads"));
        config.session.limits = {300 * 1024, 40 * 1024};
        config.session.maxActiveDownloads = 7;
        config.session.stopSeedingAtRatio = 2.5;
        config.session.stopSeedingAfterMinutes = 90;
        config.session.enableDht = false;
        const QString path = dir.filePath(QStringLiteral("round.ini"));
        {
            QSettings settings(path, QSettings::IniFormat);
            AppSettings::save(settings, config);
        }
        QSettings settings(path, QSettings::IniFormat);
        const AppSettings::LoadResult loaded = AppSettings::load(settings, EngineConfig {});
        QVERIFY2(loaded.problems.isEmpty(), qPrintable(loaded.problems.join(u'\n')));
        QCOMPARE(loaded.config.session.limits, config.session.limits);
        QCOMPARE(loaded.config.session.maxActiveDownloads, 7);
        QCOMPARE(loaded.config.session.stopSeedingAtRatio, 2.5);
        QCOMPARE(loaded.config.session.stopSeedingAfterMinutes, 90);
        QCOMPARE(loaded.config.session.enableDht, false);
        QCOMPARE(loaded.config.defaultSavePath, config.defaultSavePath);
    }

    void badValuesAreNamedAndKeepThePrevious_data()
    {
        QTest::addColumn<QByteArray>("ini");
        QTest::addColumn<QString>("key");
        QTest::newRow("ratio not a number") << QByteArray("[BitTorrent]\nstopSeedingAtRatio=lots\n")
                                            << QStringLiteral("BitTorrent/stopSeedingAtRatio");
        QTest::newRow("ratio negative") << QByteArray("[BitTorrent]\nstopSeedingAtRatio=-1\n")
                                        << QStringLiteral("BitTorrent/stopSeedingAtRatio");
        QTest::newRow("minutes too many") << QByteArray("[BitTorrent]\nstopSeedingAfterMinutes=99999999\n")
                                          << QStringLiteral("BitTorrent/stopSeedingAfterMinutes");
        QTest::newRow("cap not a number") << QByteArray("[Speed]\ndownloadLimitKiB=fast\n")
                                          << QStringLiteral("Speed/downloadLimitKiB");
        QTest::newRow("port out of range") << QByteArray("[Connection]\nlistenPort=70000\n")
                                           << QStringLiteral("Connection/listenPort");
        QTest::newRow("not a boolean") << QByteArray("[BitTorrent]\ndht=maybe\n") << QStringLiteral("BitTorrent/dht");
        QTest::newRow("ratio NaN") << QByteArray("[BitTorrent]\nstopSeedingAtRatio=nan\n")
                                   << QStringLiteral("BitTorrent/stopSeedingAtRatio");
        QTest::newRow("ratio infinite") << QByteArray("[BitTorrent]\nstopSeedingAtRatio=inf\n")
                                        << QStringLiteral("BitTorrent/stopSeedingAtRatio");
    }

    void badValuesAreNamedAndKeepThePrevious()
    {
        QFETCH(QByteArray, ini);
        QFETCH(QString, key);
        EngineConfig base;
        base.session.stopSeedingAtRatio = 1.5;
        base.session.stopSeedingAfterMinutes = 60;
        base.session.limits = {100 * 1024, 0};
        const AppSettings::LoadResult loaded = loadFrom(ini, base);
        QCOMPARE(loaded.problems.size(), 1);
        QVERIFY2(loaded.problems.constFirst().contains(key), qPrintable(loaded.problems.constFirst()));
        QCOMPARE(loaded.config.session.stopSeedingAtRatio, 1.5);
        QCOMPARE(loaded.config.session.stopSeedingAfterMinutes, 60);
        QCOMPARE(loaded.config.session.limits, (RateLimits {100 * 1024, 0}));
        QCOMPARE(loaded.config.session.enableDht, base.session.enableDht);
    }

    // A file of random bytes is not read as settings: it is kept aside, and
    // a new file starts with discovery and port mapping off.
    void anUnreadableFileIsKeptAndNothingTurnsOn_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("why");
        QTest::addColumn<int>("salvagedPort"); // 0: none
        QByteArray random(4096, '\0');
        for (qsizetype i = 0; i < random.size(); ++i)
            random[i] = char((i * 7919 + 13) % 251);
        QTest::newRow("random bytes") << random << QStringLiteral("not text") << 0;
        QTest::newRow("text that is not INI")
            << QByteArray("[Connection\nupnp=false\nthis is prose\n") << QStringLiteral("INI") << 0;
        static const char partly[] = "[Connection]\nlistenPort=7001\n\xff\xfe\x00junk";
        QTest::newRow("readable part salvaged") << QByteArray(partly, sizeof partly - 1) << QStringLiteral("not text") << 7001;
    }

    void anUnreadableFileIsKeptAndNothingTurnsOn()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, why);
        QFETCH(int, salvagedPort);
        const QString path = dir.filePath(QStringLiteral("repair-%1.ini").arg(++m_files));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        }
        QString problem;
        QVERIFY(!AppSettings::isReadable(path, &problem));
        QVERIFY2(problem.contains(why), qPrintable(problem));
        const QStringList said = AppSettings::repairFile(path);
        QCOMPARE(said.size(), 1);
        QVERIFY2(said.constFirst().contains(QStringLiteral("could not be read")), qPrintable(said.constFirst()));
        const QStringList kept = QDir(dir.path()).entryList({QFileInfo(path).fileName() + QStringLiteral(".unreadable-*")});
        QCOMPARE(kept.size(), 1);
        QFile copy(dir.filePath(kept.constFirst()));
        QVERIFY(copy.open(QIODevice::ReadOnly));
        QCOMPARE(copy.readAll(), content);
        QVERIFY(AppSettings::isReadable(path, &problem));
        QSettings settings(path, QSettings::IniFormat);
        const EngineConfig loaded = AppSettings::load(settings, EngineConfig {}).config;
        QVERIFY(!loaded.session.enableDht);
        QVERIFY(!loaded.session.enableLsd);
        QVERIFY(!loaded.session.enablePex);
        QVERIFY(!loaded.session.enableUpnp);
        QVERIFY(!loaded.session.enableNatPmp);
        if (salvagedPort > 0) {
            QVERIFY(said.constFirst().contains(QStringLiteral("1 setting(s) that could be read")));
            QCOMPARE(loaded.session.listenInterfaces, QStringLiteral("0.0.0.0:%1,[::]:%1").arg(salvagedPort));
        }
        QVERIFY(AppSettings::repairFile(path).isEmpty()); // fine now
    }

    void aFifoIsNotRead()
    {
        const QString path = dir.filePath(QStringLiteral("fifo.ini"));
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        QElapsedTimer clock;
        clock.start();
        const QStringList said = AppSettings::repairFile(path);
        QVERIFY(clock.elapsed() < 2000);
        QCOMPARE(said.size(), 1);
        QVERIFY2(said.constFirst().contains(QStringLiteral("FIFO")), qPrintable(said.constFirst()));
        QVERIFY(QFileInfo(path).isFile());
    }

    // A profile's first start picks a random port, once.
    void aFirstStartPicksARandomPort()
    {
        const QString path = dir.filePath(QStringLiteral("first.ini"));
        QSettings settings(path, QSettings::IniFormat);
        const int port = AppSettings::chooseListenPort(settings);
        QVERIFY(port >= AppSettings::FirstRandomPort && port <= AppSettings::LastRandomPort);
        QCOMPARE(AppSettings::chooseListenPort(settings), 0);
        QCOMPARE(AppSettings::load(settings, EngineConfig {}).config.session.listenInterfaces,
            QStringLiteral("0.0.0.0:%1,[::]:%1").arg(port));
        QSettings chosen(dir.filePath(QStringLiteral("chosen.ini")), QSettings::IniFormat);
        chosen.setValue(QStringLiteral("Connection/listenPort"), 7000);
        QCOMPARE(AppSettings::chooseListenPort(chosen), 0);
    }

    // What the command line set stays, whatever the file says.
    void commandLineOverridesWin()
    {
        EngineConfig base;
        base.overrides.downloadLimit = 100 * 1024;
        base.overrides.listenInterfaces = QStringLiteral("127.0.0.1:7777");
        base.overrides.defaultSavePath = QStringLiteral("/cli/path");
        const AppSettings::LoadResult loaded = loadFrom(
            "[Speed]\ndownloadLimitKiB=0\nuploadLimitKiB=5\n[Connection]\nlistenPort=6000\n[Downloads]\nsavePath=/file/path\n",
            base);
        QCOMPARE(loaded.config.session.limits, (RateLimits {100 * 1024, 5 * 1024}));
        QCOMPARE(loaded.config.session.listenInterfaces, QStringLiteral("127.0.0.1:7777"));
        QCOMPARE(loaded.config.defaultSavePath, QStringLiteral("/cli/path"));
    }
};

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
