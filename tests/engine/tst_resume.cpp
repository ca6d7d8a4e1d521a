#include "backend/resumedatainspector.h"
#include "fastresumestore.h"
#include "messagespy.h"
#include "storedtorrent.h"
#include "testswarm.h"

#include <QDir>
#include <QFile>
#include <QMutex>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <memory>

using namespace Revaer;
using namespace Revaer::Test;
using Kind = ReconciliationEvent::Kind;

// The resume store with real libtorrent sessions on 127.0.0.1: what is saved
// when, what comes back after a restart, and what happens to damaged files.
class TestResume : public QObject
{
    Q_OBJECT

    QTemporaryDir work;
    std::unique_ptr<Seeder> seeder;
    GeneratedTorrent multi;
    GeneratedTorrent large;
    int profiles = 0;

    struct Client {
        // The engine goes first: its shutdown still reports to the members below.
        ~Client() { engine.reset(); }

        std::unique_ptr<LibtorrentEngine> engine;
        QString savePath;
        QString resumeDir;
        std::unique_ptr<QSignalSpy> added, files, states, completed, errors, reconciled, restore, health;
        QMutex stepsMutex;
        QStringList steps;

        StoredTorrent record(const TorrentId &id) const
        {
            QFile f(resumeDir + u'/' + id.toString() + QStringLiteral(".json"));
            if (!f.open(QIODevice::ReadOnly))
                return {};
            QString error;
            return StoredTorrent::fromJson(f.readAll(), &error).value_or(StoredTorrent {});
        }
        ResumeDataInspector::Info resume(const TorrentId &id) const
        {
            QFile f(resumeDir + u'/' + id.toString() + QStringLiteral(".fastresume"));
            return ResumeDataInspector::inspect(f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray());
        }
        bool hasState(const TorrentId &id, TorrentState state) const
        {
            for (const QList<QVariant> &args : std::as_const(*states)) {
                const auto e = args.at(0).value<TorrentStateEvent>();
                if (e.id == id && e.state == state)
                    return true;
            }
            return false;
        }
        bool hasReconciled(Kind kind) const
        {
            for (const QList<QVariant> &args : std::as_const(*reconciled)) {
                if (args.at(0).value<ReconciliationEvent>().kind == kind)
                    return true;
            }
            return false;
        }
        qint64 lastDone(const TorrentId &id) const { return done.value(id, -1); }
        QHash<TorrentId, qint64> done;
        QHash<TorrentId, qint64> firstDone;
    };

    // An engine with its own resume folder, or `resumeDir` to restart one.
    std::unique_ptr<Client> start(const QString &resumeDir = {}, const QString &savePath = {}, RateLimits limits = {})
    {
        auto c = std::make_unique<Client>();
        ++profiles;
        c->savePath = savePath.isEmpty() ? work.filePath(QStringLiteral("save-%1").arg(profiles)) : savePath;
        c->resumeDir = resumeDir.isEmpty() ? work.filePath(QStringLiteral("resume-%1").arg(profiles)) : resumeDir;
        QDir().mkpath(c->savePath);
        EngineConfig config = loopbackConfig(c->savePath);
        config.resumeDir = c->resumeDir;
        config.session.limits = limits;
        Client *raw = c.get();
        config.storeObserver = [raw](const QString &step, const QString &path) {
            QMutexLocker lock(&raw->stepsMutex);
            raw->steps.append(step + u' ' + path);
        };
        c->engine = std::make_unique<LibtorrentEngine>(config);
        LibtorrentEngine *e = c->engine.get();
        c->added = std::make_unique<QSignalSpy>(e, &TorrentEngine::torrentAdded);
        c->files = std::make_unique<QSignalSpy>(e, &TorrentEngine::filesDiscovered);
        c->states = std::make_unique<QSignalSpy>(e, &TorrentEngine::stateChanged);
        c->completed = std::make_unique<QSignalSpy>(e, &TorrentEngine::completed);
        c->errors = std::make_unique<MessageSpy>(e, EngineMessage::Severity::Error);
        c->reconciled = std::make_unique<QSignalSpy>(e, &TorrentEngine::reconciled);
        c->restore = std::make_unique<QSignalSpy>(e, &TorrentEngine::restoreProgress);
        c->health = std::make_unique<QSignalSpy>(e, &TorrentEngine::healthChanged);
        connect(e, &TorrentEngine::progressUpdated, e, [raw](const QList<TorrentProgress> &batch) {
            for (const TorrentProgress &p : batch) {
                raw->done[p.id] = p.doneBytes;
                if (!raw->firstDone.contains(p.id))
                    raw->firstDone[p.id] = p.doneBytes;
            }
        });
        c->engine->start();
        return c;
    }

    static bool restoreFinished(const Client &c)
    {
        return !c.restore->isEmpty() && c.restore->constLast().at(0).value<RestoreProgressEvent>().finished;
    }

    void addFromSeeder(Client &c, const GeneratedTorrent &t, bool magnet = false)
    {
        AddTorrentRequest request = magnet
            ? AddTorrentRequest::fromMagnet(t.magnet)
            : AddTorrentRequest::fromFile(t.writeTorrentFile(work.filePath(t.name + QStringLiteral(".torrent"))));
        request.peers = {seeder->peer()};
        c.engine->addTorrent(request);
    }

    bool completedOnce(const Client &c, const TorrentId &id, int timeoutMs = 60000)
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < timeoutMs) {
            for (const QList<QVariant> &args : std::as_const(*c.completed)) {
                if (args.at(0).value<TorrentCompletedEvent>().id == id)
                    return true;
            }
            QTest::qWait(20);
        }
        return false;
    }

    // Asks libtorrent, on the worker's thread, bypassing the records.
    static QList<int> prioritiesInLibtorrent(Client &c, const TorrentId &id)
    {
        struct Answer {
            std::atomic<bool> done {false};
            QList<int> priorities;
        };
        auto answer = std::make_shared<Answer>();
        c.engine->withSession([answer, id](LibtSession *session) {
            answer->priorities = session->details({id}, LibtSession::FilePriorities::Fetch).value(0).filePriorities;
            answer->done = true;
        });
        QElapsedTimer timer;
        timer.start();
        while (!answer->done && timer.elapsed() < 5000)
            QTest::qWait(10);
        return answer->done ? answer->priorities : QList<int> {};
    }

    void verifyFiles(const GeneratedTorrent &t, const QString &savePath)
    {
        for (int i = 0; i < t.files.size(); ++i)
            QVERIFY2(sameContent(t.filePath(i), savePath + u'/' + t.name + u'/' + t.files.at(i).first),
                qPrintable(t.files.at(i).first));
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString seedRoot = work.filePath(QStringLiteral("seed"));
        multi = generateTorrent(seedRoot, QStringLiteral("Multi"),
            {{QStringLiteral("one.bin"), 2 * 1024 * 1024 + 3}, {QStringLiteral("sub/two.bin"), 700 * 1024}}, 21, 32768);
        large = generateTorrent(seedRoot, QStringLiteral("Large"), {{QStringLiteral("large.bin"), 16 * 1024 * 1024}}, 22);
        seeder = std::make_unique<Seeder>(work.filePath(QStringLiteral("seeder")));
        QVERIFY(seeder->seed(multi));
        QVERIFY(seeder->seed(large));
    }

    void queueOrderSurvivesARestart()
    {
        // Three torrents nobody seeds: they stay in the download queue.
        QList<GeneratedTorrent> queued;
        for (int i = 0; i < 3; ++i) {
            queued.append(generateTorrent(work.filePath(QStringLiteral("queue-seed")), QStringLiteral("Queued%1").arg(i),
                {{QStringLiteral("q.bin"), 100 * 1024}}, 40 + quint32(i), 16384));
        }
        const TorrentId a = queued.at(0).id, b = queued.at(1).id, c = queued.at(2).id;
        auto client = start();
        QSignalSpy queue(client->engine.get(), &TorrentEngine::queueChanged);
        const auto lastQueue
            = [&queue] { return queue.isEmpty() ? QList<TorrentId>() : queue.constLast().at(0).value<QList<TorrentId>>(); };
        for (const GeneratedTorrent &t : queued) {
            client->engine->addTorrent(
                AddTorrentRequest::fromFile(t.writeTorrentFile(work.filePath(t.name + QStringLiteral(".torrent")))));
            // One at a time, so the queue has a known order.
            QTRY_VERIFY_WITH_TIMEOUT(lastQueue().contains(t.id), 10000);
        }
        QCOMPARE(lastQueue(), (QList<TorrentId> {a, b, c}));

        client->engine->moveInQueue({c}, QueueMove::Top);
        QTRY_COMPARE_WITH_TIMEOUT(lastQueue(), (QList<TorrentId> {c, a, b}), 5000);
        client->engine->moveInQueue({b}, QueueMove::Up);
        QTRY_COMPARE_WITH_TIMEOUT(lastQueue(), (QList<TorrentId> {c, b, a}), 5000);
        const QString resumeDir = client->resumeDir;
        client.reset();

        // Stored beside the resume data, and libtorrent gets it back.
        QFile order(resumeDir + QStringLiteral("/queue.order"));
        QVERIFY(order.open(QIODevice::ReadOnly));
        QCOMPARE(order.readAll(), (c.toString() + u'\n' + b.toString() + u'\n' + a.toString() + u'\n').toLatin1());
        order.close();
        auto again = start(resumeDir);
        QSignalSpy restored(again->engine.get(), &TorrentEngine::queueChanged);
        QTRY_VERIFY_WITH_TIMEOUT(restoreFinished(*again), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(
            !restored.isEmpty() && restored.constLast().at(0).value<QList<TorrentId>>() == (QList<TorrentId> {c, b, a}), 5000);
    }

    void storedOnAddAndWhenMetadataArrives()
    {
        auto c = start();
        QTRY_VERIFY(restoreFinished(*c));
        addFromSeeder(*c, multi, true);
        // Durable before libtorrent has even confirmed the add.
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(c->resumeDir + u'/' + multi.id.toString() + QStringLiteral(".fastresume")), 5000);
        QCOMPARE(c->record(multi.id).source, multi.magnet);
        QVERIFY(completedOnce(*c, multi.id));
        // The metadata is stored: a restart never needs peers for it again.
        QTRY_VERIFY_WITH_TIMEOUT(c->resume(multi.id).hasMetadata, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(c->record(multi.id).filePaths.size(), 2, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(c->record(multi.id).completedAt.isValid(), 5000);
    }

    void commandsArePersisted()
    {
        auto c = start();
        addFromSeeder(*c, multi);
        QTRY_VERIFY(!c->added->isEmpty());
        QSignalSpy limitsShown(c->engine.get(), &TorrentEngine::torrentLimitsChanged);
        c->engine->pauseTorrents({multi.id});
        c->engine->setSequential({multi.id}, true);
        c->engine->setFilePriorities(multi.id, {FilePriority::High, FilePriority::Skip});
        c->engine->setTorrentLimits({multi.id}, {300 * 1024, 100 * 1024});
        QTRY_VERIFY_WITH_TIMEOUT(c->record(multi.id).paused && c->record(multi.id).sequential
                && c->record(multi.id).filePriorities == (QList<int> {FilePriority::High, FilePriority::Skip})
                && c->record(multi.id).limits.downloadLimit == 300 * 1024,
            5000);
        QTRY_COMPARE(limitsShown.size(), 1);
        QCOMPARE(limitsShown.at(0).at(1).value<RateLimits>(), (RateLimits {300 * 1024, 100 * 1024}));
        QTRY_VERIFY_WITH_TIMEOUT(c->resume(multi.id).sequential && c->resume(multi.id).paused
                && c->resume(multi.id).filePriorities == (QList<int> {FilePriority::High, FilePriority::Skip}),
            5000);
        const QString resumeDir = c->resumeDir;
        const QString savePath = c->savePath;
        c.reset();

        // After a restart every choice is back.
        auto again = start(resumeDir, savePath);
        QTRY_VERIFY(restoreFinished(*again));
        QTRY_COMPARE(again->added->size(), 1);
        const auto event = again->added->at(0).at(0).value<TorrentAddedEvent>();
        QVERIFY(event.restored);
        QVERIFY(event.sequential);
        QVERIFY(event.paused);
        QCOMPARE(event.limits, (RateLimits {300 * 1024, 100 * 1024})); // shown in the list at once
        QCOMPARE(event.savePath, savePath);
        QTRY_COMPARE(again->files->size(), 1);
        QCOMPARE(again->files->at(0).at(0).value<FilesDiscoveredEvent>().filePriorities,
            (QList<int> {FilePriority::High, FilePriority::Skip}));
        QVERIFY(!again->hasReconciled(Kind::SettingsDiffer));
    }

    // A remote client asks for the details of thousands of torrents: one
    // request, one answer, leaving out what is not in the session. File priorities come from the torrents' records (no round trip
    // to libtorrent per torrent) and are the ones libtorrent applies.
    void detailsOfSeveralTorrentsComeInOneAnswer()
    {
        auto c = start();
        for (const GeneratedTorrent *t : {&multi, &large}) {
            AddTorrentRequest request
                = AddTorrentRequest::fromFile(t->writeTorrentFile(work.filePath(t->name + QStringLiteral("-details.torrent"))));
            request.paused = true;
            c->engine->addTorrent(request);
        }
        QTRY_COMPARE(c->files->size(), 2);
        const QList<int> chosen {FilePriority::High, FilePriority::Skip};
        c->engine->setFilePriorities(multi.id, chosen);
        QSignalSpy details(c->engine.get(), &TorrentEngine::detailsReady);
        c->engine->requestDetails({large.id, idOf(4242), multi.id});
        QVERIFY(details.wait(5000));
        QTest::qWait(100);
        QCOMPARE(details.size(), 1);
        const auto answer = details.at(0).at(0).value<QList<TorrentDetails>>();
        QCOMPARE(answer.size(), 2);
        const bool largeFirst = answer.at(0).id == large.id;
        const TorrentDetails &ofLarge = answer.at(largeFirst ? 0 : 1);
        const TorrentDetails &ofMulti = answer.at(largeFirst ? 1 : 0);
        QCOMPARE(ofLarge.id, large.id);
        QCOMPARE(ofLarge.filePriorities, QList<int> {FilePriority::Normal});
        QCOMPARE(ofLarge.metadata.files.size(), 1);
        QCOMPARE(ofMulti.id, multi.id);
        QCOMPARE(ofMulti.filePriorities, chosen);
        QCOMPARE(ofMulti.name, multi.name);
        QVERIFY(ofMulti.addedAt.isValid());

        // What libtorrent itself reports, once it has applied them.
        QTRY_COMPARE_WITH_TIMEOUT(prioritiesInLibtorrent(*c, multi.id), chosen, 5000);
    }

    // A torrent's category and tags: given when adding, changed later, kept
    // in its JSON record (written before the change is announced is not
    // promised: the writer batches; the test waits for the file), and back
    // after a restart. Bad names are refused with a message and change nothing.
    void categoryAndTagsAreKept()
    {
        auto c = start();
        QTRY_VERIFY(restoreFinished(*c));
        AddTorrentRequest request = AddTorrentRequest::fromMagnet(multi.magnet);
        request.peers = {seeder->peer()};
        request.paused = true;
        request.labels = {QStringLiteral("Movies/4K"), {QStringLiteral("new"), QStringLiteral("with \"quotes\" and spaces")}};
        c->engine->addTorrent(request);
        QTRY_VERIFY(!c->added->isEmpty());
        QCOMPARE(c->added->at(0).at(0).value<TorrentAddedEvent>().labels, request.labels);
        QTRY_COMPARE_WITH_TIMEOUT(c->record(multi.id).labels, request.labels, 5000);

        QSignalSpy labelsShown(c->engine.get(), &TorrentEngine::labelsChanged);
        c->engine->setCategory({multi.id}, QStringLiteral("Movies/HD"));
        c->engine->setTags({multi.id}, {QStringLiteral("new")}, TagChange::Remove);
        c->engine->setTags({multi.id}, {QStringLiteral("seen"), QStringLiteral("kept")}, TagChange::Add);
        c->engine->setTags({multi.id}, {QStringLiteral("seen")}, TagChange::Add); // already there: no event
        const TorrentLabels expected {QStringLiteral("Movies/HD"),
            {QStringLiteral("with \"quotes\" and spaces"), QStringLiteral("seen"), QStringLiteral("kept")}};
        QTRY_COMPARE(labelsShown.size(), 3);
        QCOMPARE(labelsShown.at(2).at(1).value<TorrentLabels>(), expected);
        // Refused: a comma in a tag, a control character in a category.
        c->errors->clear();
        c->engine->setTags({multi.id}, {QStringLiteral("a,b")}, TagChange::Replace);
        c->engine->setCategory({multi.id}, QStringLiteral("bad\x01name"));
        QTRY_COMPARE(c->errors->size(), 2);
        QVERIFY(c->errors->at(0).at(0).value<EngineMessage>().message.contains(QStringLiteral("a,b")));
        QTRY_COMPARE_WITH_TIMEOUT(c->record(multi.id).labels, expected, 5000);
        QCOMPARE(labelsShown.size(), 3);
        const QString resumeDir = c->resumeDir;
        const QString savePath = c->savePath;
        c.reset();

        auto again = start(resumeDir, savePath);
        QTRY_VERIFY(restoreFinished(*again));
        QTRY_COMPARE(again->added->size(), 1);
        QCOMPARE(again->added->at(0).at(0).value<TorrentAddedEvent>().labels, expected);
    }

    // Downloaded into an incomplete folder, moved by libtorrent to the final
    // one on completion; the record and the resume data point there only
    // once the move is done.
    void aFinishedDownloadMovesFromTheIncompleteFolder()
    {
        auto c = start();
        QTRY_VERIFY(restoreFinished(*c));
        const QString incomplete = work.filePath(QStringLiteral("incomplete-1"));
        const QString final = work.filePath(QStringLiteral("final-1"));
        AddTorrentRequest request
            = AddTorrentRequest::fromFile(multi.writeTorrentFile(work.filePath(QStringLiteral("incomplete.torrent"))));
        request.peers = {seeder->peer()};
        request.savePath = incomplete;
        request.finalSavePath = final;
        QSignalSpy moved(c->engine.get(), &TorrentEngine::storageMoved);
        c->engine->addTorrent(request);
        QTRY_COMPARE_WITH_TIMEOUT(c->record(multi.id).finalSavePath, final, 5000);
        QCOMPARE(c->record(multi.id).savePath, incomplete);
        QVERIFY(completedOnce(*c, multi.id));
        QTRY_COMPARE_WITH_TIMEOUT(moved.size(), 1, 30000);
        QCOMPARE(moved.at(0).at(1).toString(), final);
        verifyFiles(multi, final);
        QVERIFY(!QFile::exists(incomplete + QStringLiteral("/Multi/one.bin")));
        QTRY_VERIFY_WITH_TIMEOUT(c->record(multi.id).savePath == final && c->record(multi.id).finalSavePath.isEmpty(), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(c->resume(multi.id).savePath, final, 5000);
    }

    // The final folder cannot be made (a file is in the way): the data stays
    // in the incomplete folder, whole, and the user is told; the record keeps
    // where it is and where it was to go.
    void aFailedMoveLosesNothing()
    {
        auto c = start();
        QTRY_VERIFY(restoreFinished(*c));
        const QString incomplete = work.filePath(QStringLiteral("incomplete-2"));
        const QString blocker = work.filePath(QStringLiteral("a-file"));
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("in the way");
        file.close();
        const QString final = blocker + QStringLiteral("/final");
        AddTorrentRequest request
            = AddTorrentRequest::fromFile(multi.writeTorrentFile(work.filePath(QStringLiteral("blocked.torrent"))));
        request.peers = {seeder->peer()};
        request.savePath = incomplete;
        request.finalSavePath = final;
        c->engine->addTorrent(request);
        QVERIFY(completedOnce(*c, multi.id));
        QTRY_VERIFY_WITH_TIMEOUT(!c->errors->isEmpty(), 30000);
        const QString message = c->errors->constLast().at(0).value<EngineMessage>().message;
        QVERIFY2(message.contains(QStringLiteral("Cannot move")), qPrintable(message));
        verifyFiles(multi, incomplete);
        QCOMPARE(c->record(multi.id).savePath, incomplete);
        QCOMPARE(c->record(multi.id).finalSavePath, final);
    }

    // A partial download stopped cleanly comes back where it was, without a
    // full recheck, and finishes with the right bytes.
    void restartContinuesWithoutRecheck()
    {
        auto c = start({}, {}, {2 * 1024 * 1024, 0});
        addFromSeeder(*c, large, true);
        QTRY_VERIFY_WITH_TIMEOUT(c->lastDone(large.id) > 2 * 1024 * 1024, 20000);
        const QString resumeDir = c->resumeDir;
        const QString savePath = c->savePath;
        const qint64 reported = c->lastDone(large.id);
        c.reset(); // stop: saves what changed
        QVERIFY(QFile::exists(resumeDir + QStringLiteral("/revaer.running")) == false);

        FastResumeStore store(resumeDir);
        QFile resumeFile(store.resumePath(large.id));
        QVERIFY(resumeFile.open(QIODevice::ReadOnly));
        const ResumeDataInspector::Info saved = ResumeDataInspector::inspect(resumeFile.readAll());
        QVERIFY(saved.ok());
        QVERIFY2(
            saved.bytesHave() >= reported - 16 * 1024 * 1024 / saved.pieceCount, qPrintable(QString::number(saved.bytesHave())));

        auto again = start(resumeDir, savePath);
        QTRY_VERIFY(restoreFinished(*again));
        QTRY_VERIFY(!again->added->isEmpty());
        again->engine->addPeers({large.id}, {seeder->peer()});
        QTRY_VERIFY_WITH_TIMEOUT(again->firstDone.contains(large.id), 10000);
        QVERIFY2(again->firstDone.value(large.id) >= saved.bytesHave(), "progress fell below what was saved");
        QVERIFY(completedOnce(*again, large.id));
        QVERIFY2(!again->hasState(large.id, TorrentState::Checking), "a full recheck happened");
        verifyFiles(large, savePath);
    }

    // Resume data is never written before the data it claims is synced.
    void downloadedFilesAreSyncedBeforeResumeData()
    {
        auto c = start();
        addFromSeeder(*c, multi);
        QVERIFY(completedOnce(*c, multi.id));
        const QString resumePath = c->resumeDir + u'/' + multi.id.toString() + QStringLiteral(".fastresume");
        const QString dataFile = c->savePath + QStringLiteral("/Multi/one.bin");
        QTRY_VERIFY_WITH_TIMEOUT(c->resume(multi.id).havePieces == c->resume(multi.id).pieceCount, 5000);
        QMutexLocker lock(&c->stepsMutex);
        const qsizetype lastWrite = c->steps.lastIndexOf(QStringLiteral("write ") + resumePath);
        const qsizetype lastSync = c->steps.lastIndexOf(QStringLiteral("sync-file ") + dataFile);
        QVERIFY2(lastWrite > 0 && lastSync >= 0 && lastSync < lastWrite, qPrintable(c->steps.join(u'\n')));
    }

    void removeDeletesStoredFiles()
    {
        auto c = start();
        addFromSeeder(*c, multi, true);
        QTRY_VERIFY(!c->added->isEmpty());
        QTRY_VERIFY(QFile::exists(c->resumeDir + u'/' + multi.id.toString() + QStringLiteral(".json")));
        QSignalSpy removed(c->engine.get(), &TorrentEngine::torrentRemoved);
        c->engine->removeTorrents({multi.id}, RemoveMode::KeepFiles);
        QVERIFY(removed.wait(5000));
        QTRY_VERIFY(!QFile::exists(c->resumeDir + u'/' + multi.id.toString() + QStringLiteral(".json")));
        QTRY_VERIFY(!QFile::exists(c->resumeDir + u'/' + multi.id.toString() + QStringLiteral(".fastresume")));
    }

    void changedFileIsRecheckedAndRepaired()
    {
        auto c = start();
        addFromSeeder(*c, multi);
        QVERIFY(completedOnce(*c, multi.id));
        QTRY_VERIFY_WITH_TIMEOUT(
            c->record(multi.id).fileStamps.size() == 2 && c->record(multi.id).fileStamps.at(0).complete, 5000);
        const QString resumeDir = c->resumeDir;
        const QString savePath = c->savePath;
        c.reset();

        // Same size, new content and time: only the stamps can tell.
        QFile f(savePath + QStringLiteral("/Multi/one.bin"));
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(1000);
        f.write(QByteArray(5000, 'X'));
        f.flush(); // before setting the time, or the flush at close() resets it
        f.setFileTime(QDateTime::currentDateTime().addSecs(3), QFileDevice::FileModificationTime);
        f.close();

        auto again = start(resumeDir, savePath);
        QTRY_VERIFY(again->hasReconciled(Kind::FilesChanged));
        QTRY_VERIFY(!again->added->isEmpty());
        again->engine->addPeers({multi.id}, {seeder->peer()});
        QTRY_VERIFY_WITH_TIMEOUT(again->hasState(multi.id, TorrentState::Checking), 10000);
        QVERIFY(completedOnce(*again, multi.id));
        verifyFiles(multi, savePath);
    }

    void missingDownloadFolderHoldsTorrentPaused()
    {
        const QString savePath = work.filePath(QStringLiteral("removable-drive"));
        auto c = start({}, savePath);
        addFromSeeder(*c, multi);
        QVERIFY(completedOnce(*c, multi.id));
        const QString resumeDir = c->resumeDir;
        c.reset();
        QVERIFY(QDir(savePath).removeRecursively());

        auto again = start(resumeDir, work.filePath(QStringLiteral("elsewhere")));
        QTRY_VERIFY(again->hasReconciled(Kind::SavePathMissing));
        QTRY_VERIFY(again->hasState(multi.id, TorrentState::Paused));
        QTest::qWait(500);
        QVERIFY2(!QDir(savePath).exists(), "the missing folder was created again");
    }

    void storedSettingsWinOverResumeData()
    {
        auto c = start();
        addFromSeeder(*c, multi);
        QVERIFY(completedOnce(*c, multi.id));
        QTRY_VERIFY(c->record(multi.id).filePaths.size() == 2);
        const QString resumeDir = c->resumeDir;
        const QString savePath = c->savePath;
        c.reset();
        // As after a crash between writing the .json and the .fastresume.
        FastResumeStore store(resumeDir);
        StoredTorrent record = [&] {
            QFile f(store.jsonPath(multi.id));
            f.open(QIODevice::ReadOnly);
            QString error;
            return *StoredTorrent::fromJson(f.readAll(), &error);
        }();
        record.sequential = true;
        record.filePriorities = {FilePriority::High, FilePriority::Normal};
        QCOMPARE(store.writeJson(multi.id, record.toJson()), QString());

        auto again = start(resumeDir, savePath);
        QTRY_VERIFY(restoreFinished(*again));
        QTRY_VERIFY(again->hasReconciled(Kind::SettingsDiffer));
        QTRY_VERIFY_WITH_TIMEOUT(again->resume(multi.id).sequential, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(again->resume(multi.id).filePriorities == record.filePriorities, 5000);
    }

    void damagedFilesAreQuarantinedAndOthersLoad()
    {
        auto c = start();
        addFromSeeder(*c, multi);
        QVERIFY(completedOnce(*c, multi.id));
        const QString resumeDir = c->resumeDir;
        const QString savePath = c->savePath;
        c.reset();

        FastResumeStore store(resumeDir);
        const TorrentId garbage = TorrentId::fromHex(QString(40, u'1'));
        const TorrentId empty = TorrentId::fromHex(QString(40, u'2'));
        const TorrentId orphanResume = TorrentId::fromHex(QString(40, u'3'));
        store.writeResumeData(garbage, "this is not bencode");
        store.writeJson(garbage, "{ not json either");
        QFile emptyFile(store.resumePath(empty)); // the store refuses to write one
        QVERIFY(emptyFile.open(QIODevice::WriteOnly));
        emptyFile.close();
        QFile orphan(store.resumePath(multi.id));
        QVERIFY(orphan.open(QIODevice::ReadOnly));
        store.writeResumeData(orphanResume, orphan.readAll()); // resume data of another torrent, no .json

        auto again = start(resumeDir, savePath);
        QTRY_VERIFY(restoreFinished(*again));
        QTRY_COMPARE(again->added->size(), 1);
        QCOMPARE(again->added->at(0).at(0).value<TorrentAddedEvent>().id, multi.id);
        QTRY_VERIFY(again->reconciled->size() >= 3);
        const QStringList quarantined = QDir(store.quarantineDirectory()).entryList(QDir::Files);
        for (const TorrentId &id : {garbage, empty, orphanResume})
            QVERIFY2(quarantined.contains(id.toString() + QStringLiteral(".reason.txt")), qPrintable(quarantined.join(u' ')));
        QVERIFY(quarantined.contains(garbage.toString() + QStringLiteral(".fastresume")));
        QVERIFY(quarantined.contains(garbage.toString() + QStringLiteral(".json")));
        QCOMPARE(store.scan(), (QList<TorrentId> {multi.id}));
    }

    void missingResumeFolderIsCreated()
    {
        const QString resumeDir = work.filePath(QStringLiteral("not/yet/there"));
        auto c = start(resumeDir);
        QTRY_VERIFY(restoreFinished(*c));
        QVERIFY(QDir(resumeDir).exists());
        QCOMPARE(c->health->constLast().at(0).value<HealthEvent>().state, HealthState::Healthy);
    }

    void unwritableResumeFolderDegradesButDownloads()
    {
        // A folder cannot be made inside a file, even by root.
        const QString blocker = work.filePath(QStringLiteral("blocker"));
        QFile f(blocker);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        const QString resumeDir = blocker + QStringLiteral("/resume");
        auto c = start(resumeDir);
        QTRY_VERIFY(!c->health->isEmpty() && c->health->constLast().at(0).value<HealthEvent>().state == HealthState::Degraded);
        const QString reason = c->health->constLast().at(0).value<HealthEvent>().reason;
        QVERIFY2(reason.contains(resumeDir), qPrintable(reason));
        addFromSeeder(*c, multi);
        QVERIFY(completedOnce(*c, multi.id));
        verifyFiles(multi, c->savePath);
    }
};

QTEST_GUILESS_MAIN(TestResume)
#include "tst_resume.moc"
