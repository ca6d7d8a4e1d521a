#include "backend/resumedatainspector.h"
#include "fastresumestore.h"
#include "resumeloader.h"
#include "testswarm.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Revaer;
using namespace Revaer::Test;
using Action = ResumeLoader::Decision::Action;
using Kind = ReconciliationEvent::Kind;

// What the loader decides for every shape of damage the resume folder can have.
class TestResumeLoader : public QObject
{
    Q_OBJECT

    QTemporaryDir work;
    GeneratedTorrent torrent;
    GeneratedTorrent other;
    QByteArray goodResume;
    StoredTorrent goodRecord;

    FastResumeStore::Entry entry(std::optional<QByteArray> resume, std::optional<QByteArray> json)
    {
        FastResumeStore::Entry e;
        e.resumeData = std::move(resume);
        e.json = std::move(json);
        return e;
    }

    static bool hasEvent(const ResumeLoader::Decision &d, Kind kind)
    {
        return std::any_of(d.events.cbegin(), d.events.cend(), [&](const ReconciliationEvent &e) { return e.kind == kind; });
    }

private Q_SLOTS:
    void initTestCase()
    {
        torrent = generateTorrent(work.filePath(QStringLiteral("data")), QStringLiteral("T"),
            {{QStringLiteral("a.bin"), 100'000}, {QStringLiteral("b.bin"), 50'000}}, 5, 16384);
        other = generateTorrent(work.filePath(QStringLiteral("data")), QStringLiteral("O"), {{QStringLiteral("o.bin"), 1000}}, 6);
        goodResume = ResumeDataInspector::makeResumeData(torrent.torrentData, torrent.contentRoot, true);
        QVERIFY(!goodResume.isEmpty());
        goodRecord.id = torrent.id;
        goodRecord.name = torrent.name;
        goodRecord.savePath = torrent.contentRoot;
        goodRecord.source = QStringLiteral("/nowhere/T.torrent");
        goodRecord.filePriorities = {4, 4};
        goodRecord.filePaths = {QStringLiteral("T/a.bin"), QStringLiteral("T/b.bin")};
        goodRecord.fileStamps = FastResumeStore::stampFiles(goodRecord.savePath, goodRecord.filePaths, {true, true});
    }

    void inspectorReadsResumeData()
    {
        const ResumeDataInspector::Info info = ResumeDataInspector::inspect(goodResume);
        QVERIFY2(info.ok(), qPrintable(info.error));
        QVERIFY(info.belongsTo(torrent.id));
        QVERIFY(info.hasMetadata);
        QCOMPARE(info.havePieces, info.pieceCount);
        QCOMPARE(info.bytesHave(), 150'000);
        QCOMPARE(info.savePath, torrent.contentRoot);
    }

    void goodFilesRestore()
    {
        const auto d = ResumeLoader::decide(torrent.id, entry(goodResume, goodRecord.toJson()));
        QCOMPARE(d.action, Action::Restore);
        QVERIFY(d.events.isEmpty());
        QVERIFY(!d.recheck && !d.holdPaused && !d.quarantineResume && !d.quarantineJson);
        QCOMPARE(d.request.kind, AddTorrentRequest::Kind::ResumeData);
        QCOMPARE(d.request.id, torrent.id);
        QCOMPARE(d.request.savePath, torrent.contentRoot);
        QVERIFY(d.record == goodRecord);
    }

    void damagedResumeIsQuarantinedAndRecovered_data()
    {
        QTest::addColumn<QByteArray>("resume");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("truncated") << goodResume.left(goodResume.size() / 2);
        QTest::newRow("garbage") << QByteArray("\x89PNG\r\n\x1a\n not resume data at all");
        QTest::newRow("wrong hash") << ResumeDataInspector::makeResumeData(other.torrentData, other.contentRoot, true);
        QTest::newRow("not a dictionary") << QByteArray("li1ei2ee");
    }

    void damagedResumeIsQuarantinedAndRecovered()
    {
        QFETCH(QByteArray, resume);
        const auto d = ResumeLoader::decide(torrent.id, entry(resume, goodRecord.toJson()));
        QVERIFY(d.quarantineResume);
        QVERIFY(!d.quarantineReason.isEmpty());
        // The record is enough to add the torrent again: it is not lost.
        QCOMPARE(d.action, Action::Recover);
        QVERIFY(hasEvent(d, Kind::Recovered));
        QCOMPARE(d.request.kind, AddTorrentRequest::Kind::Magnet);
        QVERIFY(d.request.source.contains(torrent.id.toString()));
        QCOMPARE(d.request.savePath, torrent.contentRoot);
        QCOMPARE(d.request.filePriorities, goodRecord.filePriorities);
    }

    void damagedResumeWithoutRecordIsQuarantined()
    {
        const auto d = ResumeLoader::decide(torrent.id, entry(QByteArray("garbage"), QByteArray("{not json")));
        QCOMPARE(d.action, Action::Skip);
        QVERIFY(d.quarantineResume && d.quarantineJson);
        QVERIFY(hasEvent(d, Kind::Quarantined));
        QVERIFY(d.events.constFirst().message.contains(torrent.id.toString()));
    }

    void badJsonIsRebuiltFromResumeData_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("invalid JSON") << QByteArray("{\"version\": 1, \"infoHash\": ");
        QTest::newRow("empty JSON") << QByteArray();
        StoredTorrent foreign = goodRecord;
        foreign.id = other.id;
        QTest::newRow("JSON of another torrent") << foreign.toJson();
    }

    void badJsonIsRebuiltFromResumeData()
    {
        QFETCH(QByteArray, json);
        const auto d = ResumeLoader::decide(torrent.id, entry(goodResume, json));
        QCOMPARE(d.action, Action::Restore);
        QVERIFY(d.quarantineJson);
        QVERIFY(!d.quarantineResume);
        QVERIFY(hasEvent(d, Kind::RecordRebuilt));
        QCOMPARE(d.record.id, torrent.id);
        QCOMPARE(d.record.name, torrent.name);
        QCOMPARE(d.record.savePath, torrent.contentRoot);
    }

    void jsonWithoutResumeIsRecovered()
    {
        StoredTorrent fromFile = goodRecord;
        fromFile.source = torrent.writeTorrentFile(work.filePath(QStringLiteral("t.torrent")));
        const auto d = ResumeLoader::decide(torrent.id, entry(std::nullopt, fromFile.toJson()));
        QCOMPARE(d.action, Action::Recover);
        QVERIFY(d.quarantineJson);
        QCOMPARE(d.request.kind, AddTorrentRequest::Kind::TorrentFile); // the .torrent is still there
        QCOMPARE(d.request.source, fromFile.source);
        QVERIFY(hasEvent(d, Kind::Recovered));
    }

    void resumeWithoutJsonWasBeingRemoved()
    {
        const auto d = ResumeLoader::decide(torrent.id, entry(goodResume, std::nullopt));
        QCOMPARE(d.action, Action::Skip);
        QVERIFY(d.quarantineResume);
        QVERIFY(hasEvent(d, Kind::Quarantined));
    }

    void missingSavePathHoldsTorrentPaused()
    {
        StoredTorrent moved = goodRecord;
        moved.savePath = work.filePath(QStringLiteral("unplugged-drive"));
        const auto d = ResumeLoader::decide(torrent.id, entry(goodResume, moved.toJson()));
        QCOMPARE(d.action, Action::Restore);
        QVERIFY(d.holdPaused);
        QVERIFY(d.request.paused);
        QVERIFY(hasEvent(d, Kind::SavePathMissing));
        QVERIFY(d.events.constFirst().message.contains(QStringLiteral("unplugged-drive")));
    }

    void changedFilesAreRechecked_data()
    {
        QTest::addColumn<QString>("change");
        QTest::newRow("content changed, same size") << "touch";
        QTest::newRow("file deleted") << "delete";
        QTest::newRow("file truncated") << "truncate";
    }

    void changedFilesAreRechecked()
    {
        QFETCH(QString, change);
        QTemporaryDir dir;
        const GeneratedTorrent t
            = generateTorrent(dir.path(), QStringLiteral("C"), {{QStringLiteral("c.bin"), 40'000}}, 7, 16384);
        StoredTorrent record;
        record.id = t.id;
        record.name = t.name;
        record.savePath = t.contentRoot;
        record.filePaths = {QStringLiteral("C/c.bin")};
        record.fileStamps = FastResumeStore::stampFiles(record.savePath, record.filePaths, {true});
        const QByteArray resume = ResumeDataInspector::makeResumeData(t.torrentData, t.contentRoot, true);
        QCOMPARE(ResumeLoader::decide(t.id, entry(resume, record.toJson())).recheck, false);

        const QString path = t.filePath(0);
        if (change == u"touch") {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            f.seek(100);
            f.write("edited outside Revaer");
            f.flush(); // before setting the time, or the flush at close() resets it
            f.setFileTime(QDateTime::currentDateTime().addSecs(5), QFileDevice::FileModificationTime);
            f.close();
        } else if (change == u"delete") {
            QVERIFY(QFile::remove(path));
        } else {
            QVERIFY(QFile::resize(path, 1000));
        }
        const auto d = ResumeLoader::decide(t.id, entry(resume, record.toJson()));
        QCOMPARE(d.action, Action::Restore);
        QVERIFY(d.recheck);
        QVERIFY(hasEvent(d, Kind::FilesChanged));
    }

    // A folder that never held data is made again, not mistaken for an unplugged drive.
    void aMissingFolderThatNeverHeldDataIsMade()
    {
        StoredTorrent fresh = goodRecord;
        fresh.savePath = work.filePath(QStringLiteral("never-made"));
        fresh.fileStamps.clear();
        const QByteArray empty = ResumeDataInspector::makeResumeData(torrent.torrentData, fresh.savePath, false);
        const auto d = ResumeLoader::decide(torrent.id, entry(empty, fresh.toJson()));
        QCOMPARE(d.action, Action::Restore);
        QVERIFY(d.createSavePath);
        QVERIFY(!d.holdPaused && !d.request.paused);
        QVERIFY(!hasEvent(d, Kind::SavePathMissing));
    }

    // Recovering a magnet torrent keeps what its link had: trackers, peers.
    void aRecoveredMagnetKeepsItsLink()
    {
        StoredTorrent fromMagnet = goodRecord;
        fromMagnet.source = torrent.magnet + QStringLiteral("&tr=http%3A%2F%2F127.0.0.1%3A6969%2Fannounce&x.pe=127.0.0.1:7000");
        fromMagnet.trackers = {QStringLiteral("http://tracker.example/announce")};
        const auto d = ResumeLoader::decide(torrent.id, entry(QByteArray("garbage"), fromMagnet.toJson()));
        QCOMPARE(d.action, Action::Recover);
        QCOMPARE(d.request.kind, AddTorrentRequest::Kind::Magnet);
        QVERIFY2(d.request.source.startsWith(fromMagnet.source), qPrintable(d.request.source));
        QVERIFY(d.request.source.contains(QStringLiteral("tr=http%3A%2F%2Ftracker.example%2Fannounce")));
        QCOMPARE(d.request.source.count(QStringLiteral("127.0.0.1%3A6969")), 1);
        QVERIFY(d.events.constFirst().message.contains(QStringLiteral("from its magnet link")));
    }

    // A record rebuilt from resume data keeps the date the torrent was added.
    void aRebuiltRecordKeepsItsDates()
    {
        QByteArray resume = goodResume;
        QVERIFY(resume.contains("10:added_timei0e"));
        resume.replace("10:added_timei0e", "10:added_timei1600000000e");
        const auto d = ResumeLoader::decide(torrent.id, entry(resume, QByteArray("{broken")));
        QCOMPARE(d.action, Action::Restore);
        QCOMPARE(d.record.addedAt, QDateTime::fromSecsSinceEpoch(1600000000, Qt::UTC));
    }

    // No message names a torrent “”.
    void messagesNameTheTorrent()
    {
        StoredTorrent nameless = goodRecord;
        nameless.name.clear();
        nameless.source
            = QStringLiteral("magnet:?xt=urn:btih:") + torrent.id.toString() + QStringLiteral("&dn=From%20The%20Link");
        const auto d = ResumeLoader::decide(torrent.id, entry(QByteArray("garbage"), nameless.toJson()));
        QVERIFY(!d.events.isEmpty());
        for (const ReconciliationEvent &e : d.events) {
            QVERIFY2(!e.message.contains(QStringLiteral("“”")), qPrintable(e.message));
            QVERIFY2(e.message.contains(QStringLiteral("From The Link")), qPrintable(e.message));
        }
        // Found by fuzz_resumejson: a source that is not a magnet and ends in "/".
        nameless.source = QStringLiteral("magniet:?xt=urn:btih:x&tr=http%3a%2f%2fhost/");
        const auto odd = ResumeLoader::decide(torrent.id, entry(QByteArray("garbage"), nameless.toJson()));
        for (const ReconciliationEvent &e : odd.events)
            QVERIFY2(
                !e.message.contains(QStringLiteral("“”")) && e.message.contains(torrent.id.toString()), qPrintable(e.message));
    }

    // A file that exists but cannot be read is set aside like a damaged one.
    void anUnreadableFileIsSetAside()
    {
        FastResumeStore::Entry e = entry(std::nullopt, goodRecord.toJson());
        e.resumeReadError = QStringLiteral("“x.fastresume”: it is a pipe (FIFO), not a regular file");
        const auto d = ResumeLoader::decide(torrent.id, e);
        QCOMPARE(d.action, Action::Recover);
        QVERIFY(d.quarantineResume);
        QVERIFY(d.quarantineReason.contains(QStringLiteral("FIFO")));
    }

    void versionsAreReadAsPeopleWriteThem_data()
    {
        QTest::addColumn<QByteArray>("version");
        QTest::addColumn<QString>("problem"); // empty: accepted
        QTest::newRow("1") << QByteArray("1") << QString();
        QTest::newRow("\"1\"") << QByteArray("\"1\"") << QString();
        QTest::newRow("1.0") << QByteArray("1.0") << QString();
        QTest::newRow("2") << QByteArray("2") << QStringLiteral("newer Revaer");
        QTest::newRow("1.5") << QByteArray("1.5") << QStringLiteral("not a whole number");
        QTest::newRow("\"one\"") << QByteArray("\"one\"") << QStringLiteral("not a whole number");
        QTest::newRow("none") << QByteArray() << QStringLiteral("no format version");
        // Found by fuzz_resumejson: these named the version “”.
        QTest::newRow("an object") << QByteArray("{\"version\": 1}") << QStringLiteral("not a number");
        QTest::newRow("empty text") << QByteArray("\"\"") << QStringLiteral("is empty");
    }

    void versionsAreReadAsPeopleWriteThem()
    {
        QFETCH(QByteArray, version);
        QFETCH(QString, problem);
        QByteArray json = "{\"infoHash\": \"" + torrent.id.toString().toLatin1() + "\"";
        if (!version.isEmpty())
            json += ", \"version\": " + version;
        json += "}";
        QString error;
        const auto parsed = StoredTorrent::fromJson(json, &error);
        QCOMPARE(bool(parsed), problem.isEmpty());
        QVERIFY2(error.contains(problem), qPrintable(error));
    }

    void magnetForV1AndV2()
    {
        StoredTorrent r;
        r.id = TorrentId::fromHex(QStringLiteral("0123456789abcdef0123456789abcdef01234567"));
        r.name = QStringLiteral("a b&c");
        r.trackers = {QStringLiteral("http://t.example/announce?x=1")};
        QCOMPARE(ResumeLoader::magnetFor(r),
            QStringLiteral("magnet:?xt=urn:btih:0123456789abcdef0123456789abcdef01234567"
                           "&dn=a%20b%26c&tr=http%3A%2F%2Ft.example%2Fannounce%3Fx%3D1"));
        r.id = TorrentId::fromHex(QString(64, u'a'));
        r.name.clear();
        r.trackers.clear();
        QCOMPARE(ResumeLoader::magnetFor(r), QStringLiteral("magnet:?xt=urn:btmh:1220") + QString(64, u'a'));
    }
};

QTEST_GUILESS_MAIN(TestResumeLoader)
#include "tst_resumeloader.moc"
