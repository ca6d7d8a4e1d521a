#include "appsettings.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

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
        const AppSettings::LoadResult loaded = AppSettings::load(settings, EngineConfig{});
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
        QTest::newRow("ratio not a number") << QByteArray("[BitTorrent]\nstopSeedingAtRatio=lots\n") << QStringLiteral("BitTorrent/stopSeedingAtRatio");
        QTest::newRow("ratio negative") << QByteArray("[BitTorrent]\nstopSeedingAtRatio=-1\n") << QStringLiteral("BitTorrent/stopSeedingAtRatio");
        QTest::newRow("minutes too many") << QByteArray("[BitTorrent]\nstopSeedingAfterMinutes=99999999\n")
                                          << QStringLiteral("BitTorrent/stopSeedingAfterMinutes");
        QTest::newRow("cap not a number") << QByteArray("[Speed]\ndownloadLimitKiB=fast\n") << QStringLiteral("Speed/downloadLimitKiB");
        QTest::newRow("port out of range") << QByteArray("[Connection]\nlistenPort=70000\n") << QStringLiteral("Connection/listenPort");
        QTest::newRow("not a boolean") << QByteArray("[BitTorrent]\ndht=maybe\n") << QStringLiteral("BitTorrent/dht");
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
        QCOMPARE(loaded.config.session.limits, (RateLimits{100 * 1024, 0}));
        QCOMPARE(loaded.config.session.enableDht, base.session.enableDht);
    }
};

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
