#include "alerttranslator.h"
#include "metatypes.h"

#include <QSignalSpy>
#include <QTest>

using namespace Revaer;
using Kind = SessionAlert::Kind;

namespace {

const TorrentId Id = TorrentId::fromHex(QStringLiteral("0123456789abcdef0123456789abcdef01234567"));

TorrentMetadata twoFiles()
{
    TorrentMetadata m;
    m.name = QStringLiteral("Debian ISO");
    m.totalSize = 300;
    m.pieceCount = 3;
    m.pieceLength = 128;
    m.files = {{0, QStringLiteral("Debian ISO/a.iso"), 200, false}, {1, QStringLiteral("Debian ISO/b.txt"), 100, false}};
    return m;
}

SessionAlert alert(Kind kind)
{
    SessionAlert a;
    a.kind = kind;
    a.id = Id;
    return a;
}

SessionAlert added(bool withMetadata, bool paused = false)
{
    SessionAlert a = alert(Kind::TorrentAdded);
    a.name = QStringLiteral("Debian ISO");
    TorrentStatus s;
    s.id = Id;
    s.name = a.name;
    s.savePath = QStringLiteral("/downloads");
    s.paused = paused;
    s.autoManaged = !paused;
    s.hasMetadata = withMetadata;
    s.state = withMetadata ? LibtState::CheckingResumeData : LibtState::DownloadingMetadata;
    a.status = s;
    if (withMetadata) {
        a.metadata = twoFiles();
        a.filePriorities = {4, 0};
    }
    return a;
}

TorrentStatus status(LibtState state, qint64 done, qint64 wanted)
{
    TorrentStatus s;
    s.id = Id;
    s.name = QStringLiteral("Debian ISO");
    s.savePath = QStringLiteral("/downloads");
    s.state = state;
    s.autoManaged = true;
    s.hasMetadata = true;
    s.totalWanted = wanted;
    s.totalWantedDone = done;
    s.isFinished = done == wanted;
    s.downloadRate = 100;
    s.uploadRate = 7;
    s.numPeers = 5;
    s.numSeeds = 2;
    s.listPeers = 9;
    s.listSeeds = 3;
    s.progress = float(done) / float(wanted);
    return s;
}

TorrentState lastState(const QSignalSpy &spy)
{
    return spy.constLast().at(0).value<TorrentStateEvent>().state;
}

} // namespace

class TestAlertTranslator : public QObject
{
    Q_OBJECT

    TorrentRegistry registry;
    std::unique_ptr<AlertTranslator> t;
    std::unique_ptr<QSignalSpy> addedSpy, filesSpy, progressSpy, stateSpy, completedSpy, errorSpy, removedSpy;

    void live(bool withMetadata = true)
    {
        t->expect(Id, {QStringLiteral("/tmp/debian.torrent"), QDateTime::currentDateTimeUtc(), false});
        t->handle(added(withMetadata));
    }

private Q_SLOTS:
    void initTestCase() { registerEngineMetaTypes(); }

    void init()
    {
        registry.clear();
        t = std::make_unique<AlertTranslator>(registry);
        addedSpy = std::make_unique<QSignalSpy>(t.get(), &AlertTranslator::torrentAdded);
        filesSpy = std::make_unique<QSignalSpy>(t.get(), &AlertTranslator::filesDiscovered);
        progressSpy = std::make_unique<QSignalSpy>(t.get(), &AlertTranslator::progress);
        stateSpy = std::make_unique<QSignalSpy>(t.get(), &AlertTranslator::stateChanged);
        completedSpy = std::make_unique<QSignalSpy>(t.get(), &AlertTranslator::completed);
        errorSpy = std::make_unique<QSignalSpy>(t.get(), &AlertTranslator::errorOccurred);
        removedSpy = std::make_unique<QSignalSpy>(t.get(), &AlertTranslator::torrentRemoved);
    }

    void addedWithMetadataAnnouncesFilesAndChecking()
    {
        live(true);
        QCOMPARE(addedSpy->size(), 1);
        const auto event = addedSpy->at(0).at(0).value<TorrentAddedEvent>();
        QCOMPARE(event.id, Id);
        QCOMPARE(event.name, QStringLiteral("Debian ISO"));
        QCOMPARE(event.source, QStringLiteral("/tmp/debian.torrent"));
        QCOMPARE(event.savePath, QStringLiteral("/downloads"));
        QVERIFY(event.hasMetadata);
        QCOMPARE(event.totalSize, 300);
        QCOMPARE(filesSpy->size(), 1);
        const auto files = filesSpy->at(0).at(0).value<FilesDiscoveredEvent>();
        QCOMPARE(files.metadata.files.size(), 2);
        QCOMPARE(files.filePriorities, (QList<int> {4, 0}));
        QCOMPARE(lastState(*stateSpy), TorrentState::CheckingResume);
        QVERIFY(t->isLive(Id));
    }

    void magnetWaitsForMetadataThenDiscoversFiles()
    {
        live(false);
        QCOMPARE(filesSpy->size(), 0);
        QCOMPARE(lastState(*stateSpy), TorrentState::FetchingMetadata);
        SessionAlert metadata = alert(Kind::MetadataReceived);
        metadata.metadata = twoFiles();
        metadata.filePriorities = {4, 4};
        t->handle(metadata);
        QCOMPARE(filesSpy->size(), 1);
        QCOMPARE(filesSpy->at(0).at(0).value<FilesDiscoveredEvent>().metadata.name, QStringLiteral("Debian ISO"));
    }

    void addFailureNamesTheSource()
    {
        t->expect(Id, {QStringLiteral("/tmp/bad.torrent"), {}, false});
        SessionAlert a = alert(Kind::TorrentAdded);
        a.error = QStringLiteral("disk full");
        t->handle(a);
        QCOMPARE(addedSpy->size(), 0);
        QCOMPARE(errorSpy->size(), 1);
        const auto error = errorSpy->at(0).at(0).value<EngineMessage>();
        QVERIFY(!error.id.isValid());
        QCOMPARE(error.source, QStringLiteral("/tmp/bad.torrent"));
        QVERIFY2(
            error.message.contains(QStringLiteral("/tmp/bad.torrent")) && error.message.contains(QStringLiteral("disk full")),
            qPrintable(error.message));
        QVERIFY(!t->isLive(Id));
    }

    void duplicateKeepsTheLiveTorrent()
    {
        live();
        t->expect(Id, {QStringLiteral("/tmp/again.torrent"), {}, false});
        SessionAlert a = alert(Kind::TorrentAdded);
        a.error = QStringLiteral("torrent already exists in session");
        t->handle(a);
        QCOMPARE(errorSpy->size(), 1);
        QVERIFY(errorSpy->at(0).at(0).value<EngineMessage>().message.contains(QStringLiteral("already in the list")));
        QVERIFY(t->isLive(Id));
    }

    void stateChanges_data()
    {
        QTest::addColumn<int>("libtState");
        QTest::addColumn<int>("expected");
        QTest::newRow("checking resume data") << int(LibtState::CheckingResumeData) << int(TorrentState::CheckingResume);
        QTest::newRow("checking files") << int(LibtState::CheckingFiles) << int(TorrentState::Checking);
        QTest::newRow("metadata") << int(LibtState::DownloadingMetadata) << int(TorrentState::FetchingMetadata);
        QTest::newRow("downloading") << int(LibtState::Downloading) << int(TorrentState::Downloading);
        QTest::newRow("finished") << int(LibtState::Finished) << int(TorrentState::Seeding);
        QTest::newRow("seeding") << int(LibtState::Seeding) << int(TorrentState::Seeding);
    }

    void stateChanges()
    {
        QFETCH(int, libtState);
        QFETCH(int, expected);
        live();
        SessionAlert a = alert(Kind::StateChanged);
        a.state = LibtState(libtState);
        t->handle(a);
        QCOMPARE(int(lastState(*stateSpy)), expected);
    }

    void pauseIsPausedOrQueued()
    {
        live();
        t->handle(alert(Kind::TorrentPaused)); // by libtorrent's queue: auto-managed
        QCOMPARE(lastState(*stateSpy), TorrentState::Queued);
        t->handle(alert(Kind::TorrentResumed));
        QCOMPARE(lastState(*stateSpy), TorrentState::CheckingResume);
        t->notePaused(Id); // by the user
        t->handle(alert(Kind::TorrentPaused));
        QCOMPARE(lastState(*stateSpy), TorrentState::Paused);
    }

    void finishedCompletesOnce()
    {
        live();
        t->handle(alert(Kind::TorrentFinished));
        t->handle(alert(Kind::TorrentFinished));
        SessionAlert update = alert(Kind::StatusUpdate);
        update.statuses = {status(LibtState::Seeding, 300, 300)};
        t->handle(update);
        QCOMPARE(completedSpy->size(), 1);
        const auto event = completedSpy->at(0).at(0).value<TorrentCompletedEvent>();
        QCOMPARE(event.name, QStringLiteral("Debian ISO"));
        QCOMPARE(event.savePath, QStringLiteral("/downloads"));
        // Selecting more files makes it download, and complete, again.
        SessionAlert downloading = alert(Kind::StateChanged);
        downloading.state = LibtState::Downloading;
        t->handle(downloading);
        t->handle(alert(Kind::TorrentFinished));
        QCOMPARE(completedSpy->size(), 2);
    }

    void errorsNameTorrentAndFile_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("file error") << int(Kind::FileError);
        QTest::newRow("torrent error") << int(Kind::TorrentError);
    }

    void errorsNameTorrentAndFile()
    {
        QFETCH(int, kind);
        live();
        SessionAlert a = alert(Kind(kind));
        a.error = QStringLiteral("Permission denied");
        a.filePath = QStringLiteral("/readonly/Debian ISO/a.iso");
        t->handle(a);
        t->handle(a); // reported once
        QCOMPARE(errorSpy->size(), 1);
        const auto error = errorSpy->at(0).at(0).value<EngineMessage>();
        QCOMPARE(error.id, Id);
        QVERIFY(error.message.contains(QStringLiteral("Debian ISO")));
        QVERIFY(error.message.contains(QStringLiteral("/readonly/Debian ISO/a.iso")));
        QVERIFY(error.message.contains(QStringLiteral("Permission denied")));
        QCOMPARE(lastState(*stateSpy), TorrentState::Error);
        t->noteResumed(Id);
        t->handle(alert(Kind::TorrentResumed));
        QCOMPARE(lastState(*stateSpy), TorrentState::CheckingResume);
    }

    // A full disk makes libtorrent fail every queued write: dozens of alerts
    // for one event. One message, and the torrent stays stopped (not
    // "Downloading" at a falling rate) while libtorrent's upload mode lasts.
    void aFullDiskIsOneEventAndStaysStopped()
    {
        live();
        QSignalSpy blocked(t.get(), &AlertTranslator::writeBlocked);
        for (int i = 0; i < 31; ++i) {
            SessionAlert a = alert(Kind::FileError);
            a.error = QStringLiteral("No space left on device");
            a.filePath = QStringLiteral("/full/Debian ISO/part-%1.iso").arg(i);
            a.diskFull = true;
            a.writeBlocked = true;
            t->handle(a);
        }
        QCOMPARE(errorSpy->size(), 1);
        QCOMPARE(blocked.size(), 1);
        QVERIFY(blocked.at(0).at(2).toBool());
        QVERIFY(errorSpy->at(0).at(0).value<EngineMessage>().message.contains(QStringLiteral("is full")));
        QCOMPARE(lastState(*stateSpy), TorrentState::Error);

        // libtorrent itself reports no error, only upload mode.
        SessionAlert update = alert(Kind::StatusUpdate);
        TorrentStatus stuck = status(LibtState::Downloading, 100, 300);
        stuck.uploadMode = true;
        update.statuses = {stuck};
        t->handle(update);
        QCOMPARE(lastState(*stateSpy), TorrentState::Error);
        const auto p = progressSpy->last().at(0).value<QList<TorrentProgress>>().constLast();
        QCOMPARE(p.downloadRate, 0);
        QCOMPARE(p.etaSeconds, -1);
        QCOMPARE(errorSpy->size(), 1);

        // Tried again by the disk guard, and full again: nothing new to say.
        t->noteResumed(Id, false);
        update.statuses = {status(LibtState::Downloading, 100, 300)};
        t->handle(update);
        QCOMPARE(lastState(*stateSpy), TorrentState::Downloading);
        SessionAlert again = alert(Kind::FileError);
        again.error = QStringLiteral("No space left on device");
        again.filePath = QStringLiteral("/full/Debian ISO/part-1.iso");
        again.diskFull = true;
        again.writeBlocked = true;
        t->handle(again);
        QCOMPARE(errorSpy->size(), 1);
        QCOMPARE(lastState(*stateSpy), TorrentState::Error);
        // The user's Resume is a new event: a new message when it fails again.
        t->noteResumed(Id, true);
        t->handle(again);
        QCOMPARE(errorSpy->size(), 2);
    }

    void metadataFailureIsAnError()
    {
        live(false);
        SessionAlert a = alert(Kind::MetadataFailed);
        a.error = QStringLiteral("invalid metadata");
        t->handle(a);
        QCOMPARE(errorSpy->size(), 1);
        QVERIFY(errorSpy->at(0).at(0).value<EngineMessage>().message.contains(QStringLiteral("invalid metadata")));
    }

    void removal()
    {
        live();
        t->noteRemoving(Id, RemoveMode::KeepFiles);
        t->handle(alert(Kind::TorrentRemoved));
        QCOMPARE(removedSpy->size(), 1);
        QVERIFY(!removedSpy->at(0).at(0).value<TorrentRemovedEvent>().filesDeleted);
        QVERIFY(!t->isLive(Id));
    }

    void deleteFailureIsReported()
    {
        live();
        t->noteRemoving(Id, RemoveMode::DeleteFiles);
        t->handle(alert(Kind::TorrentRemoved));
        QVERIFY(removedSpy->at(0).at(0).value<TorrentRemovedEvent>().filesDeleted);
        SessionAlert failed = alert(Kind::TorrentDeleteFailed);
        failed.error = QStringLiteral("Directory not empty");
        t->handle(failed);
        QCOMPARE(errorSpy->size(), 1);
        const QString message = errorSpy->at(0).at(0).value<EngineMessage>().message;
        QVERIFY(message.contains(QStringLiteral("Debian ISO")) && message.contains(QStringLiteral("Directory not empty")));
    }

    void storageMoved()
    {
        live();
        QSignalSpy moved(t.get(), &AlertTranslator::storageMoved);
        SessionAlert a = alert(Kind::StorageMoved);
        a.savePath = QStringLiteral("/elsewhere");
        t->handle(a);
        QCOMPARE(moved.size(), 1);
        QCOMPARE(moved.at(0).at(1).toString(), QStringLiteral("/elsewhere"));
        t->handle(alert(Kind::TorrentFinished));
        QCOMPARE(completedSpy->at(0).at(0).value<TorrentCompletedEvent>().savePath, QStringLiteral("/elsewhere"));
    }

    void statusUpdateBecomesProgress()
    {
        live();
        SessionAlert update = alert(Kind::StatusUpdate);
        update.statuses = {status(LibtState::Downloading, 100, 300)};
        t->handle(update);
        QCOMPARE(progressSpy->size(), 1); // one list per status update
        QCOMPARE(progressSpy->at(0).at(0).value<QList<TorrentProgress>>().size(), 1);
        const auto p = progressSpy->at(0).at(0).value<QList<TorrentProgress>>().constFirst();
        QCOMPARE(p.doneBytes, 100);
        QCOMPARE(p.totalBytes, 300);
        QCOMPARE(p.downloadRate, 100);
        QCOMPARE(p.uploadRate, 7);
        QCOMPARE(p.connectedPeers, 3);
        QCOMPARE(p.connectedSeeds, 2);
        QCOMPARE(p.knownSeeds, 3);
        QCOMPARE(p.knownPeers, 6);
        QCOMPARE(p.etaSeconds, 2);
        QCOMPARE(lastState(*stateSpy), TorrentState::Downloading);
        QCOMPARE(completedSpy->size(), 0);
    }

    void pausedTorrentMovesNothing()
    {
        // libtorrent still reports decaying rates right after a pause; the
        // list must not keep showing them.
        live();
        SessionAlert update = alert(Kind::StatusUpdate);
        TorrentStatus paused = status(LibtState::Downloading, 100, 300);
        paused.paused = true;
        paused.autoManaged = false;
        update.statuses = {paused};
        t->handle(update);
        const auto p = progressSpy->last().at(0).value<QList<TorrentProgress>>().constLast();
        QCOMPARE(p.downloadRate, 0);
        QCOMPARE(p.uploadRate, 0);
        QCOMPARE(p.etaSeconds, -1);
        QCOMPARE(p.doneBytes, 100);
        QCOMPARE(lastState(*stateSpy), TorrentState::Paused);
    }

    void finishedTorrentDownloadsNothing()
    {
        live();
        SessionAlert update = alert(Kind::StatusUpdate);
        update.statuses = {status(LibtState::Seeding, 300, 300)};
        t->handle(update);
        const auto p = progressSpy->last().at(0).value<QList<TorrentProgress>>().constLast();
        QCOMPARE(p.downloadRate, 0);
        QCOMPARE(p.uploadRate, 7);
        QCOMPARE(p.etaSeconds, -1);
    }

    void alertsForUnknownTorrentsAreIgnored()
    {
        t->handle(alert(Kind::TorrentFinished));
        t->handle(alert(Kind::TorrentPaused));
        QCOMPARE(completedSpy->size(), 0);
        QCOMPARE(stateSpy->size(), 0);
    }

    // After dropped alerts, a refresh produces what was missed.
    void refreshRecoversMissedEvents()
    {
        live();
        const TorrentId other = TorrentId::fromHex(QStringLiteral("fedcba9876543210fedcba9876543210fedcba98"));
        TorrentStatus finished = status(LibtState::Seeding, 300, 300);
        TorrentStatus errored = status(LibtState::Downloading, 10, 300);
        errored.id = other;
        errored.name = QStringLiteral("Other");
        errored.error = QStringLiteral("No space left on device");
        errored.metadata = twoFiles();
        t->expect(other, {QStringLiteral("/tmp/other.torrent"), {}, false}); // its add alert was dropped
        t->refresh({finished, errored});
        QCOMPARE(completedSpy->size(), 1);
        QCOMPARE(errorSpy->size(), 1);
        QVERIFY(errorSpy->at(0).at(0).value<EngineMessage>().message.contains(QStringLiteral("No space left")));
        QCOMPARE(addedSpy->size(), 2);
        QVERIFY(t->isLive(other));
        // A torrent missing from the snapshot was removed.
        t->refresh({finished});
        QCOMPARE(removedSpy->size(), 1);
        QCOMPARE(removedSpy->at(0).at(0).value<TorrentRemovedEvent>().id, other);
    }

    void deriveStatePrecedence()
    {
        QCOMPARE(AlertTranslator::deriveState(LibtState::Downloading, true, true, true), TorrentState::Error);
        QCOMPARE(AlertTranslator::deriveState(LibtState::Downloading, true, false, false), TorrentState::Paused);
        QCOMPARE(AlertTranslator::deriveState(LibtState::Seeding, true, true, false), TorrentState::Queued);
        QCOMPARE(AlertTranslator::deriveState(LibtState::CheckingResumeData, false, true, false), TorrentState::CheckingResume);
        QCOMPARE(AlertTranslator::deriveState(LibtState::CheckingFiles, false, true, false), TorrentState::Checking);
        // A recheck waiting for its turn is paused by the queue: still checking, not queued.
        QCOMPARE(AlertTranslator::deriveState(LibtState::CheckingFiles, true, true, false), TorrentState::Checking);
        QCOMPARE(AlertTranslator::deriveState(LibtState::CheckingFiles, true, false, false), TorrentState::Paused);
    }

    // The stalled reasons, from fake statuses, with time moved by hand.
    void stalledReasons_data()
    {
        QTest::addColumn<int>("peers");
        QTest::addColumn<int>("seeds");
        QTest::addColumn<int>("known");
        QTest::addColumn<int>("trackers"); // 0 none heard, 1 failing, 2 answering
        QTest::addColumn<bool>("metadata");
        QTest::addColumn<QString>("reason");
        QTest::newRow("nobody found") << 0 << 0 << 0 << 0 << true << "no peers found yet (no tracker has answered";
        QTest::newRow("trackers fail") << 0 << 0 << 0 << 1 << true << "no tracker answers: udp://t.example:80 (timed out)";
        QTest::newRow("trackers know nobody") << 0 << 0 << 0 << 2 << true << "the trackers answer, but know no other peer";
        QTest::newRow("peers refuse") << 0 << 0 << 4 << 0 << true << "4 peer(s) known, none of which accepts a connection";
        QTest::newRow("peers lack pieces") << 3 << 0 << 3 << 0 << true << "connected to 3 peer(s), none of which has the pieces";
        QTest::newRow("seeds choke") << 1 << 2 << 3 << 0 << true << "connected to 3 peer(s), none of which sends data";
        QTest::newRow("no metadata") << 0 << 0 << 0 << 0 << false << "the metadata (the list of files) has not arrived: no peers";
    }

    void stalledReasons()
    {
        QFETCH(int, peers);
        QFETCH(int, seeds);
        QFETCH(int, known);
        QFETCH(int, trackers);
        QFETCH(bool, metadata);
        QFETCH(QString, reason);
        qint64 now = 1000;
        t->setClock([&now] { return now; });
        live(metadata);
        SessionAlert state = alert(Kind::StateChanged);
        state.state = metadata ? LibtState::Downloading : LibtState::DownloadingMetadata;
        t->handle(state);
        if (trackers == 2) {
            SessionAlert reply = alert(Kind::TrackerReply);
            reply.trackerUrl = QStringLiteral("udp://t.example:80");
            reply.endpoint = QStringLiteral("0.0.0.0");
            t->handle(reply);
        }
        if (trackers == 1) {
            SessionAlert tracker = alert(Kind::TrackerError);
            tracker.trackerUrl = QStringLiteral("udp://t.example:80");
            tracker.error = QStringLiteral("timed out");
            tracker.endpoint = QStringLiteral("0.0.0.0");
            tracker.failuresInRow = 1; // once is enough to say so; the warning waits for 3
            t->handle(tracker);
        }
        SessionAlert update = alert(Kind::StatusUpdate);
        TorrentStatus s = status(state.state, 100, 300);
        s.hasMetadata = metadata;
        s.downloadRate = 0;
        s.numPeers = peers + seeds;
        s.numSeeds = seeds;
        s.listPeers = known;
        update.statuses = {s};
        t->handle(update);
        const TorrentState running = metadata ? TorrentState::Downloading : TorrentState::FetchingMetadata;
        QCOMPARE(lastState(*stateSpy), running);

        now += AlertTranslator::StallAfterMs - 1;
        t->reevaluate();
        QCOMPARE(lastState(*stateSpy), running); // not yet
        now += 1;
        t->reevaluate();
        const auto stalled = stateSpy->constLast().at(0).value<TorrentStateEvent>();
        QCOMPARE(stalled.state, TorrentState::StalledDownloading);
        QVERIFY2(stalled.reason.contains(reason), qPrintable(stalled.reason));
        const qsizetype events = stateSpy->size();
        t->reevaluate(); // nothing new: nothing sent
        QCOMPARE(stateSpy->size(), events);

        // Data arrives: downloading again at once.
        s.totalWantedDone = 150;
        update.statuses = {s};
        t->handle(update);
        QCOMPARE(lastState(*stateSpy), running);
    }

    void aSeederWithNobodyToServeIsStalled()
    {
        qint64 now = 0;
        t->setClock([&now] { return now; });
        live();
        SessionAlert state = alert(Kind::StateChanged);
        state.state = LibtState::Seeding;
        t->handle(state);
        SessionAlert update = alert(Kind::StatusUpdate);
        TorrentStatus s = status(LibtState::Seeding, 300, 300);
        s.uploadRate = 0;
        s.downloadRate = 0;
        s.numPeers = s.numSeeds = 2; // only seeds: nobody to serve
        update.statuses = {s};
        t->handle(update);
        now += AlertTranslator::StallAfterMs;
        t->reevaluate();
        const auto stalled = stateSpy->constLast().at(0).value<TorrentStateEvent>();
        QCOMPARE(stalled.state, TorrentState::StalledSeeding);
        QVERIFY(stalled.reason.contains(QStringLiteral("nobody to serve")));
        s.numPeers = 3; // one that downloads
        update.statuses = {s};
        t->handle(update);
        QCOMPARE(lastState(*stateSpy), TorrentState::Seeding);
    }

    void waitingStatesSayWhatTheyWaitFor()
    {
        live();
        t->handle(alert(Kind::TorrentPaused)); // by the queue
        auto last = stateSpy->constLast().at(0).value<TorrentStateEvent>();
        QCOMPARE(last.state, TorrentState::Queued);
        QVERIFY(last.reason.contains(QStringLiteral("waiting in the queue")));
        SessionAlert checking = alert(Kind::StateChanged);
        checking.state = LibtState::CheckingFiles;
        t->handle(checking);
        last = stateSpy->constLast().at(0).value<TorrentStateEvent>();
        QCOMPARE(last.state, TorrentState::Checking);
        QVERIFY(last.reason.contains(QStringLiteral("waiting for its turn")));
        t->handle(alert(Kind::TorrentResumed));
        last = stateSpy->constLast().at(0).value<TorrentStateEvent>();
        QCOMPARE(last.state, TorrentState::Checking);
        QVERIFY(last.reason.isEmpty());
    }

    void movingLastsUntilTheMoveEnds()
    {
        live();
        SessionAlert state = alert(Kind::StateChanged);
        state.state = LibtState::Downloading;
        t->handle(state);
        t->noteMoving(Id);
        QCOMPARE(lastState(*stateSpy), TorrentState::Moving);
        SessionAlert moved = alert(Kind::StorageMoved);
        moved.savePath = QStringLiteral("/elsewhere");
        t->handle(moved);
        QCOMPARE(lastState(*stateSpy), TorrentState::Downloading);
        t->noteMoving(Id);
        SessionAlert failed = alert(Kind::StorageMoveFailed);
        failed.error = QStringLiteral("Permission denied");
        t->handle(failed);
        QCOMPARE(lastState(*stateSpy), TorrentState::Downloading);
    }

    // A tracker fails only when it fails from every address it is tried
    // from; an address that cannot reach it (skipped) is no failure.
    void aTrackerFailsOnlyFromEveryAddress()
    {
        QSignalSpy warnings(t.get(), &AlertTranslator::warningOccurred);
        live();
        const QString url = QStringLiteral("http://127.0.0.1:6969/announce");
        SessionAlert skipped = alert(Kind::TrackerError);
        skipped.trackerUrl = url;
        skipped.endpoint = QStringLiteral("::1");
        skipped.skipped = true;
        skipped.error = QStringLiteral("skipping tracker announce (unreachable)");
        SessionAlert reply = alert(Kind::TrackerReply);
        reply.trackerUrl = url;
        reply.endpoint = QStringLiteral("127.0.0.1");
        for (int n = 1; n <= 10; ++n) { // every Resume announces again
            skipped.failuresInRow = n;
            t->handle(skipped);
            t->handle(reply);
        }
        QCOMPARE(warnings.size(), 0);

        // Fails from the LAN address, answers from loopback: it works.
        SessionAlert lan = alert(Kind::TrackerError);
        lan.trackerUrl = url;
        lan.endpoint = QStringLiteral("192.168.1.7");
        lan.error = QStringLiteral("timed out");
        for (lan.failuresInRow = 1; lan.failuresInRow <= 5; ++lan.failuresInRow)
            t->handle(lan);
        QCOMPARE(warnings.size(), 0);

        // Fails from loopback too: now it fails, said once.
        SessionAlert loop = lan;
        loop.endpoint = QStringLiteral("127.0.0.1");
        for (loop.failuresInRow = 1; loop.failuresInRow <= 5; ++loop.failuresInRow)
            t->handle(loop);
        QCOMPARE(warnings.size(), 1);
        const QString message = warnings.at(0).at(0).value<EngineMessage>().message;
        QVERIFY2(message.contains(url) && message.contains(QStringLiteral("timed out")), qPrintable(message));
        // It answers again, then fails again from every address: said again,
        // once it failed enough times from each.
        t->handle(reply);
        for (loop.failuresInRow = 1; loop.failuresInRow <= 2; ++loop.failuresInRow)
            t->handle(loop);
        QCOMPARE(warnings.size(), 1);
        t->handle(loop);
        QCOMPARE(warnings.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestAlertTranslator)
#include "tst_alerttranslator.moc"
