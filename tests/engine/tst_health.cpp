#include "altlimitsscheduler.h"
#include "fakelibtsession.h"
#include "libtorrentengine.h"
#include "logging.h"
#include "messagespy.h"
#include "settingsstore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace Revaer;
using namespace Revaer::Test;
using namespace std::chrono_literals;
using Kind = SessionAlert::Kind;

// Health, restarts with back-off, caps and the settings store, against a
// fault-injecting fake session.
class TestHealth : public QObject
{
    Q_OBJECT

    QTemporaryDir dir;
    std::unique_ptr<LibtorrentEngine> engine;
    std::unique_ptr<QSignalSpy> health, added, warnings, limits;

    // The factory: fails while `failuresLeft` > 0, records when it was called.
    QMutex mutex;
    QList<qint64> factoryCalls; // ms since `clock` started
    QElapsedTimer clock;
    std::atomic<int> failuresLeft {0};
    std::atomic<FakeLibtSession *> fake {nullptr};

    EngineConfig config()
    {
        EngineConfig c;
        c.defaultSavePath = dir.path();
        c.resumeDir = dir.filePath(QStringLiteral("resume-%1").arg(QString::fromLatin1(QTest::currentTestFunction())));
        c.session.statusIntervalMs = 60'000;
        c.restartDelay = 100ms;
        c.restartAttempts = 4;
        c.limitsCheckInterval = 200ms;
        return c;
    }

    void start(const EngineConfig &c)
    {
        clock.start();
        engine = std::make_unique<LibtorrentEngine>(c, [this](const SessionSettings &settings) -> std::unique_ptr<LibtSession> {
            {
                QMutexLocker lock(&mutex);
                factoryCalls.append(clock.elapsed());
            }
            if (failuresLeft > 0) {
                --failuresLeft;
                throw SessionFailure("the fake session would not start");
            }
            auto session = std::make_unique<FakeLibtSession>(settings);
            fake = session.get();
            return session;
        });
        health = std::make_unique<QSignalSpy>(engine.get(), &TorrentEngine::healthChanged);
        added = std::make_unique<QSignalSpy>(engine.get(), &TorrentEngine::torrentAdded);
        warnings = std::make_unique<MessageSpy>(engine.get(), EngineMessage::Severity::Warning);
        limits = std::make_unique<QSignalSpy>(engine.get(), &TorrentEngine::limitsChanged);
        engine->start();
    }

    HealthEvent lastHealth() const
    {
        return health->isEmpty() ? HealthEvent {HealthState::Unhealthy, QStringLiteral("no health event yet")}
                                 : health->constLast().at(0).value<HealthEvent>();
    }

    bool sawHealth(HealthState state) const
    {
        for (const QList<QVariant> &args : std::as_const(*health)) {
            if (args.at(0).value<HealthEvent>().state == state)
                return true;
        }
        return false;
    }

    QList<TorrentId> addMagnets(int count)
    {
        QList<TorrentId> ids;
        for (int i = 0; i < count; ++i) {
            const QString uri = QStringLiteral("magnet:?xt=urn:btih:%1").arg(i + 1, 40, 16, QLatin1Char('a'));
            engine->addTorrent(AddTorrentRequest::fromMagnet(uri));
            ids.append(FakeLibtSession::idFor(uri));
        }
        return ids;
    }

private Q_SLOTS:
    void cleanup()
    {
        engine.reset();
        fake = nullptr;
        failuresLeft = 0;
        factoryCalls.clear();
    }

    void failsThenRecoversWithBackoff()
    {
        start(config());
        QTRY_COMPARE(lastHealth().state, HealthState::Healthy);
        const QList<TorrentId> ids = addMagnets(2);
        QTRY_COMPARE(added->size(), 2);
        // Both are durable before anything goes wrong.
        for (const TorrentId &id : ids)
            QTRY_VERIFY(QFile::exists(config().resumeDir + u'/' + id.toString() + QStringLiteral(".json")));

        failuresLeft = 2; // the next two restarts fail, the third works
        const qint64 diedAt = clock.elapsed();
        fake.load()->setDead(true);
        engine->pauseTorrents({ids.at(0)}); // any call now finds the session dead
        QTRY_COMPARE_WITH_TIMEOUT(lastHealth().state, HealthState::Degraded, 2000);
        QVERIFY(lastHealth().reason.contains(QStringLiteral("fake session died")));
        QTRY_COMPARE_WITH_TIMEOUT(lastHealth().state, HealthState::Healthy, 5000);

        QMutexLocker lock(&mutex);
        QCOMPARE(factoryCalls.size(), 4); // the start, two failures, the success
        const qint64 gaps[]
            = {factoryCalls.at(1) - diedAt, factoryCalls.at(2) - factoryCalls.at(1), factoryCalls.at(3) - factoryCalls.at(2)};
        const qint64 expected[] = {100, 200, 400};
        for (int i = 0; i < 3; ++i) {
            QVERIFY2(gaps[i] >= expected[i] - 5 && gaps[i] < expected[i] + 250,
                qPrintable(QStringLiteral("back-off %1: %2 ms, expected %3 ms").arg(i).arg(gaps[i]).arg(expected[i])));
        }
        lock.unlock();

        // No torrent is lost across the restart.
        QTRY_COMPARE(added->size(), 4);
        QSet<TorrentId> restored;
        for (qsizetype i = 2; i < added->size(); ++i) {
            const auto event = added->at(i).at(0).value<TorrentAddedEvent>();
            QVERIFY(event.restored);
            restored.insert(event.id);
        }
        QCOMPARE(restored, QSet<TorrentId>(ids.cbegin(), ids.cend()));
    }

    void alwaysFailsEndsUnhealthy()
    {
        start(config());
        QTRY_COMPARE(lastHealth().state, HealthState::Healthy);
        failuresLeft = 1000;
        fake.load()->setDead(true);
        engine->recheckTorrents({FakeLibtSession::idFor(QStringLiteral("x"))});
        engine->setGlobalLimits({1, 1}); // reaches the dead session
        QTRY_COMPARE_WITH_TIMEOUT(lastHealth().state, HealthState::Unhealthy, 5000);
        QVERIFY(lastHealth().reason.contains(QStringLiteral("4 tries")));
        QVERIFY(sawHealth(HealthState::Degraded));
        QTest::qWait(500);
        QMutexLocker lock(&mutex);
        QCOMPARE(factoryCalls.size(), 1 + 4); // bounded
        lock.unlock();
        // Adding now says why it cannot work.
        MessageSpy errors(engine.get(), EngineMessage::Severity::Error);
        engine->addTorrent(AddTorrentRequest::fromMagnet(QStringLiteral("magnet:?xt=urn:btih:%1").arg(QString(40, u'c'))));
        QVERIFY(errors.wait(2000));
        QVERIFY(errors.at(0).at(0).value<EngineMessage>().message.contains(QStringLiteral("could not be restarted")));
    }

    void startFailureIsRetried()
    {
        failuresLeft = 1;
        start(config());
        QTRY_VERIFY(sawHealth(HealthState::Degraded));
        QVERIFY(lastHealth().reason.contains(QStringLiteral("could not start")) || sawHealth(HealthState::Degraded));
        // A torrent added while there is no session waits for it.
        addMagnets(1);
        QTRY_COMPARE_WITH_TIMEOUT(lastHealth().state, HealthState::Healthy, 3000);
        QTRY_COMPARE(added->size(), 1);
    }

    void torrentProblemsLeaveHealthAlone()
    {
        start(config());
        QTRY_COMPARE(lastHealth().state, HealthState::Healthy);
        const TorrentId id = addMagnets(1).at(0);
        QTRY_COMPARE(added->size(), 1);
        const qsizetype healthEvents = health->size();
        SessionAlert tracker;
        tracker.kind = Kind::TrackerError;
        tracker.id = id;
        tracker.trackerUrl = QStringLiteral("udp://tracker.example:80/announce");
        tracker.error = QStringLiteral("timed out");
        for (int n = 1; n <= 5; ++n) {
            tracker.failuresInRow = n;
            fake.load()->pushAlert(tracker);
        }
        QTRY_COMPARE(warnings->size(), 1); // once, not five times
        QVERIFY(warnings->at(0).at(0).value<EngineMessage>().message.contains(tracker.trackerUrl));
        SessionAlert fileError;
        fileError.kind = Kind::FileError;
        fileError.id = id;
        fileError.filePath = dir.filePath(QStringLiteral("x/file.bin"));
        fileError.error = QStringLiteral("Permission denied");
        fake.load()->pushAlert(fileError);
        QTest::qWait(300);
        QCOMPARE(health->size(), healthEvents);
    }

    void fullDiskDegradesNamingTheFolder()
    {
        start(config());
        QTRY_COMPARE(lastHealth().state, HealthState::Healthy);
        const TorrentId id = addMagnets(1).at(0);
        QTRY_COMPARE(added->size(), 1);
        SessionAlert full;
        full.kind = Kind::FileError;
        full.id = id;
        full.filePath = QStringLiteral("/srv/full-disk/Movie/movie.mkv");
        full.error = QStringLiteral("No space left on device");
        full.diskFull = true;
        fake.load()->pushAlert(full);
        QTRY_COMPARE(lastHealth().state, HealthState::Degraded);
        QVERIFY(lastHealth().reason.contains(QStringLiteral("/srv/full-disk/Movie/movie.mkv")));
    }

    // The settings store owns the file and is the only caller of
    // applySettings: it is tested here with the engine it drives.
    std::unique_ptr<SettingsStore> openStore(const QString &path, EngineConfig c)
    {
        QFile::remove(path);
        auto store = std::make_unique<SettingsStore>(path);
        store->load(c);
        start(store->engineConfig());
        store->attach(engine.get());
        return store;
    }

    void settingsFileEditsApplyWithinTwoSeconds()
    {
        const QString path = dir.filePath(QStringLiteral("watched.ini"));
        const std::unique_ptr<SettingsStore> store = openStore(path, config());
        QSignalSpy problems(store.get(), &SettingsStore::problem);
        QTRY_COMPARE(lastHealth().state, HealthState::Healthy);
        auto lastGlobal = [this] {
            const auto calls = fake.load()->callsNamed(QStringLiteral("setGlobalRateLimits"));
            return calls.isEmpty() ? QVariantList {} : calls.constLast().args;
        };
        auto write = [&](const QByteArray &content) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content);
        };

        QElapsedTimer edit;
        edit.start();
        write("[Speed]\ndownloadLimitKiB=300\nuploadLimitKiB=40\n");
        QTRY_COMPARE_WITH_TIMEOUT(lastGlobal(), (QVariantList {300 * 1024, 40 * 1024}), 2000);
        QVERIFY(edit.elapsed() < 2000);
        QTRY_VERIFY(
            !limits->isEmpty() && limits->constLast().at(0).value<LimitsEvent>().limits == (RateLimits {300 * 1024, 40 * 1024}));

        // Invalid values are rejected, named, and the previous ones stay.
        const qsizetype callsBefore = fake.load()->callsNamed(QStringLiteral("setGlobalRateLimits")).size();
        write("[Speed]\ndownloadLimitKiB=-5\nuploadLimitKiB=fast\n");
        QTRY_COMPARE_WITH_TIMEOUT(problems.size(), 2, 2000);
        const QString first = problems.at(0).at(0).toString();
        const QString second = problems.at(1).at(0).toString();
        QVERIFY2(first.contains(QStringLiteral("Speed/downloadLimitKiB")), qPrintable(first));
        QVERIFY2(second.contains(QStringLiteral("Speed/uploadLimitKiB")), qPrintable(second));
        QTest::qWait(300);
        QCOMPARE(fake.load()->callsNamed(QStringLiteral("setGlobalRateLimits")).size(), callsBefore);
        QCOMPARE(lastGlobal(), (QVariantList {300 * 1024, 40 * 1024}));

        // A file that cannot be read leaves the settings in force.
        write(QByteArray("\x00\xff garbage \x00", 12));
        QTRY_VERIFY_WITH_TIMEOUT(problems.size() == 3, 2000);
        QVERIFY(problems.at(2).at(0).toString().contains(QStringLiteral("cannot be read")));
        QCOMPARE(lastGlobal(), (QVariantList {300 * 1024, 40 * 1024}));

        // Replaced rather than rewritten, as editors do.
        const QString temp = path + QStringLiteral(".tmp");
        {
            QFile f(temp);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("[Speed]\ndownloadLimitKiB=0\nuploadLimitKiB=0\n");
        }
        QVERIFY(QFile::remove(path));
        QVERIFY(QFile::rename(temp, path));
        QTRY_COMPARE_WITH_TIMEOUT(lastGlobal(), (QVariantList {0, 0}), 2000);
    }

    // The window writes its layout each time it hides to the tray. Before, the
    // engine's watcher read the whole file again on each write and posted the
    // warning of a bad value every time.
    void theStoresOwnWritesAreNotEdits()
    {
        const QString path = dir.filePath(QStringLiteral("own-writes.ini"));
        const std::unique_ptr<SettingsStore> store = openStore(path, config());
        QSignalSpy problems(store.get(), &SettingsStore::problem);
        QSignalSpy changed(store.get(), &SettingsStore::changed);
        QTRY_COMPARE(lastHealth().state, HealthState::Healthy);
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::Append));
            f.write("[BitTorrent]\nmaxActiveDownloads=lots\n");
        }
        QTRY_COMPARE_WITH_TIMEOUT(problems.size(), 1, 2000);
        const qsizetype applied = fake.load()->callsNamed(QStringLiteral("applySettings")).size();
        changed.clear();
        for (int i = 0; i < 3; ++i) {
            SettingsStore::WindowLayout layout = store->windowLayout();
            layout.statusFilter = QStringLiteral("filter-%1").arg(i);
            store->setWindowLayout(layout);
            store->setLastOpenDir(dir.filePath(QString::number(i)));
            QTest::qWait(400); // longer than the watcher's settling time
        }
        QCOMPARE(problems.size(), 1);
        QCOMPARE(changed.size(), 0);
        QCOMPARE(fake.load()->callsNamed(QStringLiteral("applySettings")).size(), applied);
        QCOMPARE(store->windowLayout().statusFilter, QStringLiteral("filter-2"));
        // An edit by hand after them is still seen.
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::Append));
            f.write("[Speed]\ndownloadLimitKiB=77\n");
        }
        QTRY_COMPARE_WITH_TIMEOUT(fake.load()->globalRateLimits().downloadLimit, 77 * 1024, 2000);
    }

    // revaer.ini swapped for a FIFO while Revaer runs: saving the window's
    // layout or the caps must not wait for a writer that never comes (QSettings
    // reads the file back before writing it), and saves again once a real
    // file is back.
    void aSettingsFileSwappedForAFifoIsNotWaitedOn()
    {
#ifdef Q_OS_UNIX
        const QString path = dir.filePath(QStringLiteral("fifo.ini"));
        const std::unique_ptr<SettingsStore> store = openStore(path, config());
        QSignalSpy problems(store.get(), &SettingsStore::problem);
        QTRY_COMPARE(lastHealth().state, HealthState::Healthy);
        QVERIFY(QFile::remove(path));
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        QElapsedTimer clock;
        clock.start();
        store->setGlobalLimits({1000 * 1024, 0});
        SettingsStore::WindowLayout layout = store->windowLayout();
        layout.statusFilter = QStringLiteral("downloading");
        store->setWindowLayout(layout);
        QVERIFY2(clock.elapsed() < 2000, "a save waited on the FIFO");
        QVERIFY(!problems.isEmpty());
        QVERIFY2(problems.constFirst().at(0).toString().contains(QStringLiteral("fifo.ini")),
            qPrintable(problems.constFirst().at(0).toString()));
        // What was asked still holds for this run.
        QTRY_COMPARE_WITH_TIMEOUT(fake.load()->globalRateLimits().downloadLimit, 1000 * 1024, 2000);
        QCOMPARE(store->windowLayout().statusFilter, QStringLiteral("downloading"));
        // A real file again: the next save writes it.
        QVERIFY(QFile::remove(path));
        store->setGlobalLimits({2000 * 1024, 0});
        QVERIFY(QFileInfo(path).isFile());
        QSettings written(path, QSettings::IniFormat);
        QCOMPARE(written.value(QStringLiteral("Speed/downloadLimitKiB")).toInt(), 2000);
#else
        QSKIP("FIFOs are a Unix thing");
#endif
    }

    // An edit that changes only the schedule (or only the seeding goals) is
    // applied too: the store once compared the caps and the network settings
    // only, and dropped it.
    void anEditOfTheScheduleAloneIsApplied()
    {
        const QString path = dir.filePath(QStringLiteral("schedule.ini"));
        EngineConfig c = config();
        c.clock = [] { return QDateTime(QDate(2026, 11, 27), QTime(23, 0)); };
        c.session.limits = {2048 * 1024, 0};
        c.session.altLimits = {100 * 1024, 20 * 1024};
        const std::unique_ptr<SettingsStore> store = openStore(path, c);
        QTRY_COMPARE(lastHealth().state, HealthState::Healthy);
        QTRY_COMPARE(fake.load()->globalRateLimits(), (RateLimits {2048 * 1024, 0}));
        QFile f(path);
        QVERIFY(f.open(QIODevice::Append));
        f.write("[Speed]\nscheduleEnabled=true\nscheduleFrom=22:00\nscheduleTo=06:00\nscheduleDays=127\n");
        f.close();
        QTRY_COMPARE_WITH_TIMEOUT(fake.load()->globalRateLimits(), (RateLimits {100 * 1024, 20 * 1024}), 2000);
        QCOMPARE(store->engineConfig().session.altSchedule.enabled, true);
    }

    // headless --download-limit: an edit of the file must not lift the cap.
    void commandLineValuesSurviveFileEdits()
    {
        const QString path = dir.filePath(QStringLiteral("overridden.ini"));
        EngineConfig c = config();
        c.overrides.downloadLimit = 100 * 1024;
        c.overrides.listenInterfaces = QStringLiteral("127.0.0.1:7777");
        c.overrides.applyTo(c);
        const std::unique_ptr<SettingsStore> store = openStore(path, c);
        QTRY_COMPARE(lastHealth().state, HealthState::Healthy);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[Speed]\ndownloadLimitKiB=0\nuploadLimitKiB=50\n[Connection]\nlistenPort=6000\n");
        f.close();
        QTRY_VERIFY_WITH_TIMEOUT(
            !limits->isEmpty() && limits->constLast().at(0).value<LimitsEvent>().limits.uploadLimit == 50 * 1024, 3000);
        QCOMPARE(limits->constLast().at(0).value<LimitsEvent>().limits.downloadLimit, 100 * 1024);
        QCOMPARE(fake.load()->lastSettings().listenInterfaces, QStringLiteral("127.0.0.1:7777"));
    }

    void watchdogRestoresCapsChangedBehindItsBack()
    {
        start(config());
        QTRY_COMPARE(lastHealth().state, HealthState::Healthy);
        engine->setGlobalLimits({512 * 1024, 64 * 1024});
        QTRY_COMPARE(fake.load()->globalRateLimits(), (RateLimits {512 * 1024, 64 * 1024}));
        fake.load()->overrideGlobalRateLimits({9 * 1024 * 1024, 0});
        QTRY_COMPARE_WITH_TIMEOUT(warnings->size(), 1, 2000);
        QVERIFY(warnings->at(0).at(0).value<EngineMessage>().message.contains(QStringLiteral("applied again")));
        QTRY_COMPARE_WITH_TIMEOUT(fake.load()->globalRateLimits(), (RateLimits {512 * 1024, 64 * 1024}), 2000);
    }

    void alternativeCaps()
    {
        start(config());
        QTRY_COMPARE(lastHealth().state, HealthState::Healthy);
        engine->setGlobalLimits({2048 * 1024, 0});
        engine->setAltLimits({100 * 1024, 20 * 1024});
        engine->setAltLimitsEnabled(true);
        QTRY_COMPARE(fake.load()->globalRateLimits(), (RateLimits {100 * 1024, 20 * 1024}));
        QTRY_VERIFY(limits->constLast().at(0).value<LimitsEvent>().altLimitsEnabled);
        engine->setAltLimitsEnabled(false);
        QTRY_COMPARE(fake.load()->globalRateLimits(), (RateLimits {2048 * 1024, 0}));
    }

    void scheduleCrossesMidnight()
    {
        AltLimitsSchedule s;
        s.enabled = true;
        s.from = QTime(22, 0);
        s.to = QTime(6, 0);
        s.days = 1u << 4; // Friday
        const QDate friday(2026, 11, 27);
        QVERIFY(s.activeAt(QDateTime(friday, QTime(23, 0))));
        QVERIFY(s.activeAt(QDateTime(friday.addDays(1), QTime(5, 59)))); // Friday night, into Saturday
        QVERIFY(!s.activeAt(QDateTime(friday.addDays(1), QTime(23, 0)))); // Saturday night
        QVERIFY(!s.activeAt(QDateTime(friday, QTime(21, 59))));
        s.from = QTime(9, 0);
        s.to = QTime(17, 0);
        s.days = 0x1f; // weekdays
        QVERIFY(s.activeAt(QDateTime(friday, QTime(12, 0))));
        QVERIFY(!s.activeAt(QDateTime(friday.addDays(1), QTime(12, 0))));
        s.enabled = false;
        QVERIFY(!s.activeAt(QDateTime(friday, QTime(12, 0))));
    }

    // The schedule's clock is injected: time moves by hand.
    void theScheduleTurnsWithTheClock()
    {
        QDateTime now(QDate(2026, 11, 27), QTime(21, 0)); // a Friday
        AltLimitsScheduler scheduler([&now] { return now; });
        QSignalSpy turned(&scheduler, &AltLimitsScheduler::turned);
        AltLimitsSchedule s;
        s.enabled = true;
        s.from = QTime(22, 0);
        s.to = QTime(6, 0);
        s.days = 0x7f;
        scheduler.setSchedule(s);
        QCOMPARE(turned.size(), 1);
        QCOMPARE(turned.at(0).at(0).toBool(), false);
        now = now.addSecs(2 * 3600); // 23:00
        scheduler.evaluate();
        QCOMPARE(turned.size(), 2);
        QCOMPARE(turned.at(1).at(0).toBool(), true);
        now = now.addSecs(1800); // still inside: nothing to say, a hand-made switch holds
        scheduler.evaluate();
        QCOMPARE(turned.size(), 2);
        now = QDateTime(QDate(2026, 11, 28), QTime(6, 30));
        scheduler.evaluate();
        QCOMPARE(turned.size(), 3);
        QCOMPARE(turned.at(2).at(0).toBool(), false);
        // A changed schedule is judged afresh.
        s.from = QTime(6, 0);
        s.to = QTime(7, 0);
        scheduler.setSchedule(s);
        QCOMPARE(turned.size(), 4);
        QCOMPARE(turned.at(3).at(0).toBool(), true);
    }

    // The engine takes its clock from the configuration.
    void theEnginesScheduleUsesTheInjectedClock()
    {
        EngineConfig c = config();
        c.clock = [] { return QDateTime(QDate(2026, 11, 27), QTime(23, 0)); };
        c.session.limits = {2048 * 1024, 0};
        c.session.altLimits = {100 * 1024, 20 * 1024};
        c.session.altSchedule.enabled = true;
        c.session.altSchedule.from = QTime(22, 0);
        c.session.altSchedule.to = QTime(6, 0);
        c.session.altSchedule.days = 0x7f;
        start(c);
        QTRY_COMPARE(lastHealth().state, HealthState::Healthy);
        QTRY_COMPARE(fake.load()->globalRateLimits(), (RateLimits {100 * 1024, 20 * 1024}));
        QTRY_VERIFY(limits->constLast().at(0).value<LimitsEvent>().altLimitsEnabled);
    }

    void loggingCategoriesAreQuietAndSwitchable()
    {
        for (const QLoggingCategory *category : {&lcEngine(), &lcAlerts(), &lcResume(), &lcHealth(), &lcLimits()}) {
            QVERIFY(QByteArray(category->categoryName()).startsWith("revaer."));
            QVERIFY(!category->isDebugEnabled());
            QVERIFY(!category->isInfoEnabled());
            QVERIFY(category->isWarningEnabled());
        }
        QLoggingCategory::setFilterRules(QStringLiteral("revaer.limits.debug=true"));
        QVERIFY(lcLimits().isDebugEnabled());
        QVERIFY(!lcHealth().isDebugEnabled());
        QLoggingCategory::setFilterRules({});
    }
};

QTEST_GUILESS_MAIN(TestHealth)
#include "tst_health.moc"
