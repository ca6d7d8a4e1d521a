#include "fakelibtsession.h"
#include "libtorrentengine.h"
#include "messagespy.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace Revaer;
using namespace Revaer::Test;
using namespace std::chrono_literals;
using Kind = SessionAlert::Kind;

namespace {

// Records the thread each event arrives on.
class Receiver : public QObject
{
    Q_OBJECT
public:
    std::atomic<QThread *> addedOn {nullptr};
    std::atomic<int> progressBatches {0};
    void onAdded(const TorrentAddedEvent &) { addedOn = QThread::currentThread(); }
    void onProgress(const QList<TorrentProgress> &) { ++progressBatches; }
};

} // namespace

class TestSessionWorker : public QObject
{
    Q_OBJECT

    std::unique_ptr<LibtorrentEngine> engine;
    std::atomic<FakeLibtSession *> fake {nullptr};
    QTemporaryDir dir;

    EngineConfig fakeConfig(std::chrono::milliseconds progressInterval = 100ms)
    {
        EngineConfig config;
        config.defaultSavePath = dir.path();
        config.progressInterval = progressInterval;
        config.session.statusIntervalMs = 60'000; // the test drives status updates
        return config;
    }

    void startEngine(std::chrono::milliseconds progressInterval = 100ms) { startEngine(fakeConfig(progressInterval)); }

    void startEngine(const EngineConfig &config)
    {
        engine = std::make_unique<LibtorrentEngine>(config, [this](const SessionSettings &settings) {
            auto session = std::make_unique<FakeLibtSession>(settings);
            fake = session.get();
            return std::unique_ptr<LibtSession>(std::move(session));
        });
        QSignalSpy started(engine.get(), &TorrentEngine::started);
        engine->start();
        QVERIFY(started.wait(5000));
        QVERIFY(fake.load());
    }

    TorrentId addMagnet(const QString &uri)
    {
        QSignalSpy added(engine.get(), &TorrentEngine::torrentAdded);
        engine->addTorrent(AddTorrentRequest::fromMagnet(uri));
        if (!added.wait(5000))
            return {};
        return added.at(0).at(0).value<TorrentAddedEvent>().id;
    }

    SessionAlert alertFor(const TorrentId &id, Kind kind)
    {
        SessionAlert a;
        a.kind = kind;
        a.id = id;
        return a;
    }

private Q_SLOTS:
    void init() { startEngine(); }

    void cleanup()
    {
        engine.reset();
        fake = nullptr;
    }

    void workerRunsOnItsOwnNamedThread()
    {
        QVERIFY(engine->workerThread()->isRunning());
        QCOMPARE(engine->workerThread()->objectName(), QStringLiteral("revaer-session"));
        addMagnet(QStringLiteral("magnet:?xt=urn:btih:1"));
        QVERIFY(fake.load()->lastCallThread() != nullptr);
        QVERIFY(fake.load()->lastCallThread() != QThread::currentThreadId());
    }

    void receiversGetEventsOnTheirOwnThread()
    {
        QThread receiverThread;
        receiverThread.setObjectName(QStringLiteral("receiver"));
        Receiver receiver;
        receiver.moveToThread(&receiverThread);
        receiverThread.start();
        connect(engine.get(), &TorrentEngine::torrentAdded, &receiver, &Receiver::onAdded);

        Receiver mainReceiver;
        connect(engine.get(), &TorrentEngine::torrentAdded, &mainReceiver, &Receiver::onAdded);

        addMagnet(QStringLiteral("magnet:?xt=urn:btih:2"));
        QTRY_VERIFY(receiver.addedOn.load() != nullptr);
        QCOMPARE(receiver.addedOn.load(), &receiverThread);
        QTRY_COMPARE(mainReceiver.addedOn.load(), QThread::currentThread());
        receiverThread.quit();
        receiverThread.wait();
    }

    void addReachesAdapterWithOptions()
    {
        AddTorrentRequest request = AddTorrentRequest::fromMagnet(QStringLiteral("magnet:?xt=urn:btih:3"));
        request.savePath = QStringLiteral("/data/iso");
        request.filePriorities = {4, 0, 7};
        request.paused = true;
        request.sequential = true;
        request.peers = {QStringLiteral("127.0.0.1:6881")};
        QSignalSpy added(engine.get(), &TorrentEngine::torrentAdded);
        engine->addTorrent(request);
        QVERIFY(added.wait(5000));
        const auto calls = fake.load()->callsNamed(QStringLiteral("addTorrent"));
        QCOMPARE(calls.size(), 1);
        const QVariantList &args = calls.at(0).args;
        QCOMPARE(args.at(0).toInt(), int(AddTorrentRequest::Kind::Magnet));
        QCOMPARE(args.at(1).toString(), request.source);
        QCOMPARE(args.at(2).toString(), QStringLiteral("/data/iso"));
        QCOMPARE(args.at(3).toList(), (QVariantList {4, 0, 7}));
        QCOMPARE(args.at(4).toBool(), true);
        QCOMPARE(args.at(5).toBool(), true);
        QCOMPARE(args.at(6).toStringList(), request.peers);
        QCOMPARE(calls.at(0).id, FakeLibtSession::idFor(request.source));
    }

    void defaultSavePathIsUsed()
    {
        addMagnet(QStringLiteral("magnet:?xt=urn:btih:4"));
        QCOMPARE(fake.load()->callsNamed(QStringLiteral("addTorrent")).at(0).args.at(2).toString(), dir.path());
    }

    void commandsReachAdapter_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("call");
        QTest::addColumn<QVariantList>("args");
        QTest::newRow("remove keeping files") << "remove"
                                              << "removeTorrent" << QVariantList {false};
        QTest::newRow("remove with files") << "removeData"
                                           << "removeTorrent" << QVariantList {true};
        QTest::newRow("pause") << "pause"
                               << "pause" << QVariantList {};
        QTest::newRow("resume") << "resume"
                                << "resume" << QVariantList {};
        QTest::newRow("sequential on") << "sequentialOn"
                                       << "setSequential" << QVariantList {true};
        QTest::newRow("sequential off") << "sequentialOff"
                                        << "setSequential" << QVariantList {false};
        QTest::newRow("file priorities") << "priorities"
                                         << "setFilePriorities" << QVariantList {0, 4, 7};
        QTest::newRow("torrent limits") << "torrentLimits"
                                        << "setTorrentRateLimits" << QVariantList {1024, 2048};
        QTest::newRow("recheck") << "recheck"
                                 << "forceRecheck" << QVariantList {};
        QTest::newRow("move storage") << "move"
                                      << "moveStorage" << QVariantList {QStringLiteral("/new/place")};
    }

    void commandsReachAdapter()
    {
        QFETCH(QString, command);
        QFETCH(QString, call);
        QFETCH(QVariantList, args);
        const TorrentId id = addMagnet(QStringLiteral("magnet:?xt=urn:btih:5"));
        QVERIFY(id.isValid());
        const QList<TorrentId> ids {id};
        if (command == u"remove")
            engine->removeTorrents(ids, RemoveMode::KeepFiles);
        else if (command == u"removeData")
            engine->removeTorrents(ids, RemoveMode::DeleteFiles);
        else if (command == u"pause")
            engine->pauseTorrents(ids);
        else if (command == u"resume")
            engine->resumeTorrents(ids);
        else if (command == u"sequentialOn")
            engine->setSequential(ids, true);
        else if (command == u"sequentialOff")
            engine->setSequential(ids, false);
        else if (command == u"priorities")
            engine->setFilePriorities(id, {0, 4, 7});
        else if (command == u"torrentLimits")
            engine->setTorrentLimits(ids, {1024, 2048});
        else if (command == u"recheck")
            engine->recheckTorrents(ids);
        else if (command == u"move")
            engine->moveStorage(ids, QStringLiteral("/new/place"));
        QTRY_COMPARE(fake.load()->callsNamed(call).size(), 1);
        const FakeLibtSession::Call recorded = fake.load()->callsNamed(call).at(0);
        QCOMPARE(recorded.id, id);
        QCOMPARE(recorded.args, args);
    }

    void globalLimitsReachAdapter()
    {
        const qsizetype before = fake.load()->callsNamed(QStringLiteral("setGlobalRateLimits")).size();
        engine->setGlobalLimits({500 * 1024, 100 * 1024});
        QTRY_COMPARE(fake.load()->callsNamed(QStringLiteral("setGlobalRateLimits")).size(), before + 1);
        QCOMPARE(fake.load()->callsNamed(QStringLiteral("setGlobalRateLimits")).constLast().args,
            (QVariantList {500 * 1024, 100 * 1024}));
    }

    void commandsWaitUntilTheTorrentIsAdded()
    {
        fake.load()->setAutoConfirmAdds(false);
        const QString uri = QStringLiteral("magnet:?xt=urn:btih:6");
        const TorrentId id = FakeLibtSession::idFor(uri);
        engine->addTorrent(AddTorrentRequest::fromMagnet(uri));
        engine->pauseTorrents({id});
        QTRY_COMPARE(fake.load()->callsNamed(QStringLiteral("addTorrent")).size(), 1);
        QTest::qWait(100);
        QCOMPARE(fake.load()->callsNamed(QStringLiteral("pause")).size(), 0);

        SessionAlert added = alertFor(id, Kind::TorrentAdded);
        added.name = QStringLiteral("six");
        added.status = TorrentStatus {};
        fake.load()->pushAlert(added);
        QTRY_COMPARE(fake.load()->callsNamed(QStringLiteral("pause")).size(), 1);
    }

    void commandsForUnknownTorrentsAreIgnored()
    {
        engine->pauseTorrents({FakeLibtSession::idFor(QStringLiteral("nothing"))});
        QTest::qWait(100);
        QCOMPARE(fake.load()->callsNamed(QStringLiteral("pause")).size(), 0);
    }

    void missingTorrentFileIsAnError()
    {
        MessageSpy errors(engine.get(), EngineMessage::Severity::Error);
        const QString path = dir.filePath(QStringLiteral("missing.torrent"));
        engine->addTorrent(AddTorrentRequest::fromFile(path));
        QVERIFY(errors.wait(5000));
        const auto error = errors.at(0).at(0).value<EngineMessage>();
        QCOMPARE(error.source, path);
        QVERIFY(error.message.contains(path));
        QVERIFY(error.message.contains(QStringLiteral("does not exist")));
        QCOMPARE(fake.load()->callsNamed(QStringLiteral("addTorrent")).size(), 0);
    }

    void statusIsPolledAndBecomesProgress()
    {
        cleanup();
        EngineConfig config = fakeConfig();
        config.session.statusIntervalMs = 50;
        startEngine(config);
        QTRY_VERIFY(fake.load()->callsNamed(QStringLiteral("postTorrentUpdates")).size() >= 1);
        // The next poll waits until the previous answer was handled.
        QTest::qWait(200);
        QVERIFY(fake.load()->callsNamed(QStringLiteral("postTorrentUpdates")).size() <= 2);
        const TorrentId id = addMagnet(QStringLiteral("magnet:?xt=urn:btih:7"));
        QSignalSpy progress(engine.get(), &TorrentEngine::progressUpdated);
        SessionAlert update = alertFor({}, Kind::StatusUpdate);
        TorrentStatus s;
        s.id = id;
        s.state = LibtState::Downloading;
        s.totalWanted = 1000;
        s.totalWantedDone = 250;
        s.autoManaged = true;
        update.statuses = {s};
        fake.load()->pushAlert(update);
        QVERIFY(progress.wait(2000));
        QCOMPARE(progress.at(0).at(0).value<QList<TorrentProgress>>().at(0).doneBytes, 250);
        QTRY_VERIFY(fake.load()->callsNamed(QStringLiteral("postTorrentUpdates")).size() >= 3);
    }

    // Progress is coalesced, but state changes, completions and errors pass at once.
    void immediateEventsOvertakeCoalescedProgress()
    {
        cleanup();
        startEngine(3000ms);
        const TorrentId id = addMagnet(QStringLiteral("magnet:?xt=urn:btih:8"));
        QVERIFY(id.isValid());
        QSignalSpy progress(engine.get(), &TorrentEngine::progressUpdated);
        QSignalSpy states(engine.get(), &TorrentEngine::stateChanged);
        QSignalSpy completed(engine.get(), &TorrentEngine::completed);
        MessageSpy errors(engine.get(), EngineMessage::Severity::Error);

        auto statusAlert = [&](qint64 done) {
            SessionAlert update = alertFor({}, Kind::StatusUpdate);
            TorrentStatus s;
            s.id = id;
            s.state = LibtState::Downloading;
            s.autoManaged = true;
            s.hasMetadata = true;
            s.totalWanted = 1000;
            s.totalWantedDone = done;
            update.statuses = {s};
            return update;
        };
        fake.load()->pushAlert(statusAlert(100)); // the first goes out at once
        QVERIFY(progress.wait(1000));
        fake.load()->pushAlert(statusAlert(200)); // this one waits ~3 s
        SessionAlert finished = alertFor(id, Kind::TorrentFinished);
        SessionAlert error = alertFor(id, Kind::FileError);
        error.error = QStringLiteral("No space left on device");
        error.filePath = QStringLiteral("/full/disk/file");
        fake.load()->pushAlerts({finished, error});
        QTRY_COMPARE_WITH_TIMEOUT(completed.size(), 1, 1000);
        QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 1, 1000);
        QVERIFY(states.size() >= 2); // downloading, then error
        QCOMPARE(progress.size(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(progress.size(), 2, 5000);
        QCOMPARE(progress.at(1).at(0).value<QList<TorrentProgress>>().at(0).doneBytes, 200);
    }

    void droppedAlertsTriggerAFullRefresh()
    {
        const TorrentId id = addMagnet(QStringLiteral("magnet:?xt=urn:btih:9"));
        QSignalSpy completed(engine.get(), &TorrentEngine::completed);
        TorrentStatus s;
        s.id = id;
        s.state = LibtState::Seeding;
        s.hasMetadata = true;
        s.isFinished = true;
        s.totalWanted = s.totalWantedDone = 1000;
        fake.load()->setStatuses({s});
        SessionAlert dropped;
        dropped.kind = Kind::AlertsDropped;
        dropped.droppedKinds = 3;
        fake.load()->pushAlert(dropped);
        QVERIFY(completed.wait(2000));
        QCOMPARE(fake.load()->callsNamed(QStringLiteral("allStatuses")).size(), 1);
    }

    // Torrents libtorrent reports changed are saved at least every interval.
    void changedTorrentsAreSavedPeriodically()
    {
        cleanup();
        EngineConfig config = fakeConfig();
        config.resumeDir = dir.filePath(QStringLiteral("resume"));
        config.resumeSaveInterval = std::chrono::milliseconds(300);
        startEngine(config);
        const TorrentId id = addMagnet(QStringLiteral("magnet:?xt=urn:btih:10"));
        QVERIFY(id.isValid());
        QTRY_VERIFY(QFile::exists(config.resumeDir + u'/' + id.toString() + QStringLiteral(".json")));
        const auto saves = [&] { return fake.load()->callsNamed(QStringLiteral("requestResumeData")).size(); };
        const qsizetype before = saves();
        QTest::qWait(700);
        QCOMPARE(saves(), before); // nothing changed, nothing saved

        SessionAlert update = alertFor({}, Kind::StatusUpdate);
        TorrentStatus s;
        s.id = id;
        s.state = LibtState::Downloading;
        s.autoManaged = true;
        s.needSaveResume = true;
        update.statuses = {s};
        QElapsedTimer clock;
        clock.start();
        fake.load()->pushAlert(update);
        QTRY_VERIFY_WITH_TIMEOUT(saves() > before, 2000);
        QVERIFY(clock.elapsed() <= 1000);
        const auto call = fake.load()->callsNamed(QStringLiteral("requestResumeData")).constLast();
        QCOMPARE(call.id, id);
        QCOMPARE(call.args, (QVariantList {true})); // only if modified
    }

    // A magnet's metadata for the add dialog: the probe joins the session
    // hidden, leaves it once the metadata came or the user gave up, and a
    // torrent already in the list is not probed again.
    void metadataProbesComeAndGo()
    {
        const QString magnet = QStringLiteral("magnet:?xt=urn:btih:") + QString(40, u'b');
        const QByteArray torrent("d4:infod4:name5:probeee");
        fake.load()->setTorrentFile(torrent);
        QSignalSpy fetched(engine.get(), &TorrentEngine::metadataFetched);
        QSignalSpy failed(engine.get(), &TorrentEngine::metadataFetchFailed);
        QSignalSpy added(engine.get(), &TorrentEngine::torrentAdded);
        engine->fetchMetadata(magnet);
        QTRY_COMPARE(fake.load()->callsNamed(QStringLiteral("addTorrent")).size(), 1);
        const TorrentId id = fake.load()->callsNamed(QStringLiteral("addTorrent")).at(0).id;
        SessionAlert metadata = alertFor(id, Kind::MetadataReceived);
        metadata.metadata = TorrentMetadata {};
        metadata.metadata->name = QStringLiteral("probe");
        fake.load()->pushAlert(metadata);
        QTRY_COMPARE(fetched.size(), 1);
        QCOMPARE(fetched.at(0).at(0).toString(), magnet);
        QCOMPARE(fetched.at(0).at(2).toByteArray(), torrent);
        QTRY_COMPARE(fake.load()->callsNamed(QStringLiteral("removeTorrent")).size(), 1);
        QCOMPARE(added.size(), 0); // never in the list

        // Given up: it leaves at once.
        const QString other = QStringLiteral("magnet:?xt=urn:btih:") + QString(40, u'c');
        engine->fetchMetadata(other);
        QTRY_COMPARE(fake.load()->callsNamed(QStringLiteral("addTorrent")).size(), 2);
        engine->cancelMetadataFetch(other);
        QTRY_COMPARE(fake.load()->callsNamed(QStringLiteral("removeTorrent")).size(), 2);

        // Already in the list: refused, and the torrent is left alone.
        const TorrentId listed = addMagnet(QStringLiteral("magnet:?xt=urn:btih:") + QString(40, u'd'));
        QVERIFY(listed.isValid());
        engine->fetchMetadata(QStringLiteral("magnet:?xt=urn:btih:") + QString(40, u'd'));
        QTRY_COMPARE(failed.size(), 1);
        QVERIFY2(failed.at(0).at(1).toString().contains(QStringLiteral("already in the list")),
            qPrintable(failed.at(0).at(1).toString()));
        QTest::qWait(100);
        QCOMPARE(fake.load()->callsNamed(QStringLiteral("removeTorrent")).size(), 2);
    }

    void stopShutsTheSessionDown()
    {
        QSignalSpy stopped(engine.get(), &TorrentEngine::stopped);
        engine->stop();
        QVERIFY(!engine->isRunning());
        QTRY_COMPARE(stopped.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSessionWorker)
#include "tst_sessionworker.moc"
