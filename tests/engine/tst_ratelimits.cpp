#include "messagespy.h"
#include "testswarm.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Revaer;
using namespace Revaer::Test;

// Caps and health with real libtorrent sessions on 127.0.0.1. Local peers are
// capped like any other (limitLocalPeers is on by default), which is what
// makes these loopback transfers measurable.
class TestRateLimits : public QObject
{
    Q_OBJECT

    QTemporaryDir work;
    std::unique_ptr<Seeder> seeder;
    GeneratedTorrent big;
    int downloaders = 0;

    struct Downloader {
        std::unique_ptr<LibtorrentEngine> engine;
        QString savePath;
        QList<std::pair<qint64, qint64>> samples; // (ms, payload bytes received)
        QElapsedTimer clock;

        qint64 done() const { return samples.isEmpty() ? 0 : samples.constLast().second; }
        std::pair<qint64, qint64> now() const
        {
            return samples.isEmpty() ? std::pair<qint64, qint64> {0, 0} : samples.constLast();
        }

        // The average payload rate over the next `ms`, between the progress
        // reports that bracket it. libtorrent's counters move about once a
        // second and a capped flow comes in bursts of a second or two, so
        // the cap is judged over several seconds.
        double measure(int ms) const
        {
            const auto from = now();
            QTest::qWait(ms);
            const auto to = now();
            return to.first > from.first ? double(to.second - from.second) * 1000.0 / double(to.first - from.first) : 0;
        }
    };

    std::unique_ptr<Downloader> startDownload(const RateLimits &global, const RateLimits &perTorrent = {})
    {
        auto d = std::make_unique<Downloader>();
        d->savePath = work.filePath(QStringLiteral("dl-%1").arg(++downloaders));
        EngineConfig config = loopbackConfig(d->savePath);
        config.session.limits = global;
        d->engine = std::make_unique<LibtorrentEngine>(config);
        d->clock.start();
        Downloader *raw = d.get();
        connect(d->engine.get(), &TorrentEngine::progressUpdated, d->engine.get(), [raw](const QList<TorrentProgress> &batch) {
            for (const TorrentProgress &p : batch)
                raw->samples.append({raw->clock.elapsed(), p.totalDownloaded});
        });
        d->engine->start();
        AddTorrentRequest request = AddTorrentRequest::fromMagnet(big.magnet);
        request.peers = {seeder->peer()};
        d->engine->addTorrent(request);
        if (perTorrent.downloadLimit > 0 || perTorrent.uploadLimit > 0)
            d->engine->setTorrentLimits({big.id}, perTorrent);
        return d;
    }

    static constexpr double MiB = 1024.0 * 1024.0;

    // A cap holds: the rate stays under it (15% for libtorrent's bursts and
    // the sampling), and is not held far below it. The lower side is looser:
    // a sanitizer build on a busy two-core machine moved 0.85 MiB/s under a
    // 1 MiB/s cap, short of the cap by the machine, not by the limit.
    static bool within(double rate, double cap) { return rate >= cap * 0.7 && rate <= cap * 1.15; }

    static QString mibs(double rate) { return QString::number(rate / MiB, 'f', 2) + QStringLiteral(" MiB/s"); }

private Q_SLOTS:
    void initTestCase()
    {
        big = generateTorrent(
            work.filePath(QStringLiteral("seed")), QStringLiteral("Big"), {{QStringLiteral("big.bin"), 96 * 1024 * 1024}}, 41);
        seeder = std::make_unique<Seeder>(work.filePath(QStringLiteral("seeder")));
        QVERIFY(seeder->seed(big));
    }

    void capHoldsAndChangesWithinTwoSeconds()
    {
        auto d = startDownload({int(MiB), 0});
        QTRY_VERIFY_WITH_TIMEOUT(d->done() > 0, 10000);
        QTest::qWait(2000); // after two seconds
        const double capped = d->measure(8000);
        QVERIFY2(within(capped, MiB), qPrintable(mibs(capped)));

        d->engine->setGlobalLimits({int(2.5 * MiB), 0});
        QTest::qWait(2000); // the new cap shows within two seconds
        const double raised = d->measure(6000);
        // A raised cap is a ceiling: the rate must have left the old cap well
        // behind and stay under the new one. Reaching it is the machine's
        // business: a loaded 2-core CI machine under ASan measured 2.01 MiB/s
        // for this 2.5 MiB/s cap (and 2.10 once before), with the cap in force.
        QVERIFY2(raised > 1.5 * MiB && raised <= 2.5 * MiB * 1.15, qPrintable(mibs(raised)));

        // 0 is unlimited: far faster than any of the caps.
        d->engine->setGlobalLimits({0, 0});
        QTest::qWait(2000);
        // Finishing during the measurement is fast enough too: the rate over a
        // window the download ended in is below the real one (this failed once
        // under ASan with all 96 MiB done when the check was read).
        const double unlimited = d->done() == big.files.at(0).second ? 0 : d->measure(1500);
        QVERIFY2(d->done() == big.files.at(0).second || unlimited > 10 * MiB, qPrintable(mibs(unlimited)));
    }

    void torrentCapHolds()
    {
        auto d = startDownload({}, {int(1.5 * MiB), 0});
        QTRY_VERIFY_WITH_TIMEOUT(d->done() > 0, 10000);
        QTest::qWait(2000);
        const double rate = d->measure(8000);
        QVERIFY2(within(rate, 1.5 * MiB), qPrintable(mibs(rate)));
    }

    void watchdogCatchesCapChangedBehindItsBack()
    {
        auto d = startDownload({int(MiB), 0});
        MessageSpy warnings(d->engine.get(), EngineMessage::Severity::Warning);
        QTRY_VERIFY_WITH_TIMEOUT(d->done() > 0, 10000);
        // Something other than Revaer changes the cap in the session itself.
        d->engine->withSession([](LibtSession *session) { session->setGlobalRateLimits({300 * 1024, 0}); });
        QElapsedTimer changed;
        changed.start();
        QVERIFY(warnings.wait(2500));
        QVERIFY(changed.elapsed() <= 2500);
        QVERIFY(warnings.at(0).at(0).value<EngineMessage>().message.contains(QStringLiteral("applied again")));
        QTest::qWait(2000);
        const double rate = d->measure(8000);
        QVERIFY2(within(rate, MiB), qPrintable(mibs(rate)));
    }

    void uploadCapHolds()
    {
        // A second seeder whose uploads are capped.
        EngineConfig config = loopbackConfig(big.contentRoot);
        config.session.limits = {0, int(MiB)};
        LibtorrentEngine cappedSeeder(config);
        QSignalSpy listening(&cappedSeeder, &TorrentEngine::listening);
        QSignalSpy states(&cappedSeeder, &TorrentEngine::stateChanged);
        cappedSeeder.start();
        QVERIFY(listening.wait(10000));
        const int port = listening.at(0).at(1).toInt();
        AddTorrentRequest seed;
        seed.kind = AddTorrentRequest::Kind::TorrentData;
        seed.source = QStringLiteral("big.torrent");
        seed.data = big.torrentData;
        seed.savePath = big.contentRoot;
        cappedSeeder.addTorrent(seed);
        QTRY_VERIFY_WITH_TIMEOUT(
            std::any_of(states.cbegin(), states.cend(),
                [](const QList<QVariant> &a) { return a.at(0).value<TorrentStateEvent>().state == TorrentState::Seeding; }),
            30000);

        auto d = std::make_unique<Downloader>();
        d->savePath = work.filePath(QStringLiteral("dl-upload"));
        d->engine = std::make_unique<LibtorrentEngine>(loopbackConfig(d->savePath));
        d->clock.start();
        Downloader *raw = d.get();
        connect(d->engine.get(), &TorrentEngine::progressUpdated, d->engine.get(), [raw](const QList<TorrentProgress> &batch) {
            for (const TorrentProgress &p : batch)
                raw->samples.append({raw->clock.elapsed(), p.totalDownloaded});
        });
        d->engine->start();
        AddTorrentRequest request = AddTorrentRequest::fromMagnet(big.magnet);
        request.peers = {QStringLiteral("127.0.0.1:%1").arg(port)};
        d->engine->addTorrent(request);
        QTRY_VERIFY_WITH_TIMEOUT(d->done() > 0, 10000);
        QTest::qWait(2000);
        const double rate = d->measure(8000);
        QVERIFY2(within(rate, MiB), qPrintable(mibs(rate)));
    }

    // A taken port falls back to a free one (tst_download); an address that
    // cannot be listened on at all (not this machine's) degrades, naming it.
    void anAddressThatCannotListenDegradesNamingIt()
    {
        EngineConfig config = loopbackConfig(work.filePath(QStringLiteral("port")));
        config.session.listenInterfaces = QStringLiteral("192.0.2.1:6881"); // TEST-NET-1: nobody's
        LibtorrentEngine engine(config);
        QSignalSpy health(&engine, &TorrentEngine::healthChanged);
        engine.start();
        QTRY_VERIFY_WITH_TIMEOUT(
            !health.isEmpty() && health.constLast().at(0).value<HealthEvent>().state == HealthState::Degraded, 10000);
        const QString reason = health.constLast().at(0).value<HealthEvent>().reason;
        QVERIFY2(reason.contains(QStringLiteral("192.0.2.1")), qPrintable(reason));
        // Choosing an address that works heals it.
        SessionSettings settings = config.session;
        settings.listenInterfaces = QStringLiteral("127.0.0.1:0");
        engine.applySettings(settings);
        QTRY_VERIFY_WITH_TIMEOUT(health.constLast().at(0).value<HealthEvent>().state == HealthState::Healthy, 10000);
    }

    void unwritableDownloadFolderNamesIt()
    {
        const QString folder = work.filePath(QStringLiteral("going-away"));
        QDir().mkpath(folder);
        LibtorrentEngine engine(loopbackConfig(folder));
        QSignalSpy added(&engine, &TorrentEngine::torrentAdded);
        MessageSpy errors(&engine, EngineMessage::Severity::Error);
        engine.start();
        AddTorrentRequest request = AddTorrentRequest::fromMagnet(big.magnet);
        request.peers = {seeder->peer()};
        request.paused = true;
        engine.addTorrent(request);
        QVERIFY(added.wait(10000));
        // The folder can no longer be written: root ignores permissions, so
        // for root it becomes a file.
        if (::geteuid() == 0) {
            QVERIFY(QDir(folder).removeRecursively());
            QFile blocker(folder);
            QVERIFY(blocker.open(QIODevice::WriteOnly));
        } else {
            QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
        }
        engine.resumeTorrents({big.id});
        QTRY_VERIFY_WITH_TIMEOUT(!errors.isEmpty(), 20000);
        const auto error = errors.at(0).at(0).value<EngineMessage>();
        QCOMPARE(error.id, big.id);
        QVERIFY2(error.message.contains(folder), qPrintable(error.message));
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
};

QTEST_GUILESS_MAIN(TestRateLimits)
#include "tst_ratelimits.moc"
