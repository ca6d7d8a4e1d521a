#include "faultinjection.h"
#include "messagespy.h"
#include "testswarm.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Revaer;
using namespace Revaer::Test;
using namespace std::chrono_literals;

// Real libtorrent and a real full disk (a small tmpfs, as root): a write error
// puts a torrent in libtorrent's upload mode, and it must come out of it the
// moment the cause is gone: space returns, the user presses Resume, or
// Revaer restarts. Before, it sat at 48% with 0 peers for ten minutes.
class TestDiskFull : public QObject
{
    Q_OBJECT

    QTemporaryDir work;
    std::unique_ptr<Seeder> seeder;
    GeneratedTorrent large; // 24 MiB: more than the small disk holds
    int clients = 0;

    struct Client {
        std::unique_ptr<LibtorrentEngine> engine;
        std::unique_ptr<QSignalSpy> errors, states, completed, health, added;
        QString resumeDir;

        HealthEvent lastHealth() const
        {
            return health->isEmpty() ? HealthEvent {} : health->constLast().at(0).value<HealthEvent>();
        }
        TorrentState lastState(const TorrentId &id) const
        {
            TorrentState state = TorrentState::CheckingResume;
            for (const QList<QVariant> &args : std::as_const(*states)) {
                const auto e = args.at(0).value<TorrentStateEvent>();
                if (e.id == id)
                    state = e.state;
            }
            return state;
        }
        qsizetype errorsFor(const TorrentId &id) const
        {
            return std::count_if(errors->cbegin(), errors->cend(),
                [&](const QList<QVariant> &args) { return args.at(0).value<EngineMessage>().id == id; });
        }
        bool hasCompleted(const TorrentId &id) const
        {
            return std::any_of(completed->cbegin(), completed->cend(),
                [&](const QList<QVariant> &args) { return args.at(0).value<TorrentCompletedEvent>().id == id; });
        }
    };

    std::unique_ptr<Client> start(const QString &savePath, std::chrono::milliseconds diskCheck, const QString &resumeDir = {})
    {
        auto c = std::make_unique<Client>();
        EngineConfig config = loopbackConfig(savePath);
        config.resumeDir = resumeDir.isEmpty() ? work.filePath(QStringLiteral("resume-%1").arg(++clients)) : resumeDir;
        config.diskCheckInterval = diskCheck;
        c->resumeDir = config.resumeDir;
        c->engine = std::make_unique<LibtorrentEngine>(config);
        c->errors = std::make_unique<MessageSpy>(c->engine.get(), EngineMessage::Severity::Error);
        c->states = std::make_unique<QSignalSpy>(c->engine.get(), &TorrentEngine::stateChanged);
        c->completed = std::make_unique<QSignalSpy>(c->engine.get(), &TorrentEngine::completed);
        c->health = std::make_unique<QSignalSpy>(c->engine.get(), &TorrentEngine::healthChanged);
        c->added = std::make_unique<QSignalSpy>(c->engine.get(), &TorrentEngine::torrentAdded);
        c->engine->start();
        return c;
    }

    // Adds the large torrent into `savePath` and waits until the disk is full.
    bool fillTheDisk(Client &c, const QString &savePath)
    {
        AddTorrentRequest request = AddTorrentRequest::fromMagnet(large.magnet);
        request.savePath = savePath;
        request.peers = {seeder->peer()};
        c.engine->addTorrent(request);
        QElapsedTimer clock;
        clock.start();
        while (c.lastState(large.id) != TorrentState::Error && clock.elapsed() < 60000)
            c.states->wait(100);
        return c.lastState(large.id) == TorrentState::Error;
    }

    // Waits until the torrent's state has not changed for a second (at most 20 s).
    static void waitUntilQuiet(Client &c)
    {
        QElapsedTimer clock;
        clock.start();
        qsizetype seen = c.states->size();
        QElapsedTimer quiet;
        quiet.start();
        while (quiet.elapsed() < 1000 && clock.elapsed() < 20000) {
            QTest::qWait(100);
            if (c.states->size() != seen) {
                seen = c.states->size();
                quiet.restart();
            }
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        large = generateTorrent(work.filePath(QStringLiteral("seed")), QStringLiteral("Large"),
            {{QStringLiteral("large.bin"), 24 * 1024 * 1024}}, 11, 256 * 1024);
        seeder = std::make_unique<Seeder>(work.filePath(QStringLiteral("seeder")));
        QVERIFY(seeder->seed(large));
    }

    void spaceReturningResumesTheTorrent()
    {
        Tmpfs disk(work.filePath(QStringLiteral("disk-1")), 12 * 1024 * 1024);
        if (!disk.mounted())
            QSKIP(qPrintable(disk.skipReason()));
        auto c = start(disk.path(), 300ms);
        QVERIFY(fillTheDisk(*c, disk.path()));
        QTRY_COMPARE(c->lastHealth().state, HealthState::Degraded);
        QVERIFY2(c->lastHealth().reason.contains(QStringLiteral("is full"))
                && c->lastHealth().reason.contains(QStringLiteral("Large")),
            qPrintable(c->lastHealth().reason));
        // One event, one message: not one per failed write.
        QTest::qWait(2000);
        QCOMPARE(c->errorsFor(large.id), 1);
        QCOMPARE(c->lastState(large.id), TorrentState::Error);
        const qsizetype healthChanges = c->health->size();
        QVERIFY2(healthChanges <= 3, qPrintable(QString::number(healthChanges)));

        QVERIFY(disk.resize(64 * 1024 * 1024));
        QTRY_VERIFY_WITH_TIMEOUT(c->hasCompleted(large.id), 60000);
        QTRY_COMPARE(c->lastHealth().state, HealthState::Healthy);
        QVERIFY(sameContent(large.filePath(0), disk.path() + QStringLiteral("/Large/large.bin")));
        c->engine->stop();
    }

    void resumeWorksAtOnce()
    {
        Tmpfs disk(work.filePath(QStringLiteral("disk-2")), 12 * 1024 * 1024);
        if (!disk.mounted())
            QSKIP(qPrintable(disk.skipReason()));
        // The guard would wait an hour: only Resume can bring it back.
        auto c = start(disk.path(), 1h);
        QVERIFY(fillTheDisk(*c, disk.path()));
        // Writes queued before the disk filled keep failing for a while on a
        // busy machine, each failure stopping the torrent again: resume once
        // libtorrent has reported them all (no new state for a second), as a
        // user reading the message would.
        waitUntilQuiet(*c);
        QVERIFY(disk.resize(64 * 1024 * 1024));
        QVERIFY(!c->hasCompleted(large.id));
        c->engine->resumeTorrents({large.id});
        // Without a tracker, the seeder is known only from the add: name it
        // again in case libtorrent gave up on it while the torrent was stopped.
        c->engine->addPeers({large.id}, {seeder->peer()});
        QTRY_VERIFY_WITH_TIMEOUT(c->hasCompleted(large.id), 60000);
        c->engine->stop();
    }

    void aRestartDoesNotKeepUploadMode()
    {
        Tmpfs disk(work.filePath(QStringLiteral("disk-3")), 12 * 1024 * 1024);
        if (!disk.mounted())
            QSKIP(qPrintable(disk.skipReason()));
        auto c = start(disk.path(), 1h);
        QVERIFY(fillTheDisk(*c, disk.path()));
        const QString resumeDir = c->resumeDir;
        c->engine->stop(); // its resume data is written while it is stuck
        c.reset();

        QVERIFY(disk.resize(64 * 1024 * 1024));
        auto again = start(disk.path(), 1h, resumeDir);
        QTRY_COMPARE(again->added->size(), 1);
        again->engine->addPeers({large.id}, {seeder->peer()});
        QTRY_VERIFY_WITH_TIMEOUT(again->hasCompleted(large.id), 60000);
        again->engine->stop();
    }

    // A torrent added into a folder that does not exist yet gets it at once:
    // stopped before its first byte, it does not come back as an unplugged drive.
    void aNewFolderIsMadeWhenTheTorrentIsAdded()
    {
        const QString folder = work.filePath(QStringLiteral("not/yet/there"));
        auto c = start(work.filePath(QStringLiteral("default")), 5s);
        QSignalSpy reconciled(c->engine.get(), &TorrentEngine::reconciled);
        AddTorrentRequest request = AddTorrentRequest::fromMagnet(large.magnet);
        request.savePath = folder;
        request.paused = true;
        c->engine->addTorrent(request);
        QTRY_COMPARE(c->added->size(), 1);
        QVERIFY(QFileInfo(folder).isDir());
        const QString resumeDir = c->resumeDir;
        c->engine->stop();
        c.reset();

        QVERIFY(QDir(folder).removeRecursively()); // it never held anything
        auto again = start(work.filePath(QStringLiteral("default")), 5s, resumeDir);
        QSignalSpy reconciledAgain(again->engine.get(), &TorrentEngine::reconciled);
        QTRY_COMPARE(again->added->size(), 1);
        QVERIFY(QFileInfo(folder).isDir());
        for (const QList<QVariant> &args : std::as_const(reconciledAgain))
            QVERIFY2(args.at(0).value<ReconciliationEvent>().kind != ReconciliationEvent::Kind::SavePathMissing,
                qPrintable(args.at(0).value<ReconciliationEvent>().message));
        again->engine->stop();
    }
};

QTEST_GUILESS_MAIN(TestDiskFull)
#include "tst_diskfull.moc"
