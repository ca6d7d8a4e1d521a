#include "fakelibtsession.h"
#include "fastresumestore.h"
#include "faultinjection.h"
#include "libtorrentengine.h"
#include "platform/platform.h"
#include "resumewriter.h"
#include "testswarm.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <sys/stat.h>
#include <unistd.h>

using namespace Revaer;
using namespace Revaer::Test;
using Step = FaultyFileOps::Step;

namespace {

const TorrentId A = TorrentId::fromHex(QStringLiteral("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"));
const TorrentId B = TorrentId::fromHex(QStringLiteral("bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"));

StoredTorrent record(const TorrentId &id, const QString &name = QStringLiteral("a torrent"))
{
    return storedRecord(id, name);
}

QStringList leftovers(const QString &folder)
{
    return QDir(folder).entryList({QStringLiteral("*") + SafeFile::temporarySuffix() + u'*'}, QDir::Files | QDir::Hidden);
}

} // namespace

// The resume store under every fault a disk can have: full, failing, read-only,
// files replaced by FIFOs, devices or folders, renames that fail. Whatever
// happens, the last good files stay, the error names the file, and the writer
// tries again until it works.
class TestResumeFaults : public QObject
{
    Q_OBJECT

    QTemporaryDir work;

private Q_SLOTS:
    // The reported defect: on a full disk Qt 6.4's QSaveFile::commit() renamed
    // a temporary file whose buffered data never reached the disk, so the JSON
    // and the resume data became empty files.
    void fullDiskKeepsTheLastGoodFiles()
    {
        Tmpfs disk(work.filePath(QStringLiteral("full")), 256 * 1024);
        if (!disk.mounted())
            QSKIP(qPrintable(disk.skipReason()));
        FastResumeStore store(disk.path() + QStringLiteral("/resume"));
        QCOMPARE(store.prepare(), QString());
        const QByteArray goodJson = record(A).toJson();
        const QByteArray goodResume = "d4:goodi1ee";
        QCOMPARE(store.writeJson(A, goodJson), QString());
        QCOMPARE(store.writeResumeData(A, goodResume), QString());

        const QString filler = disk.fill();
        const QString jsonError = store.writeJson(A, record(A, QStringLiteral("renamed")).toJson());
        QVERIFY2(jsonError.contains(store.jsonPath(A)) && jsonError.contains(QStringLiteral("No space")), qPrintable(jsonError));
        const QString resumeError = store.writeResumeData(A, QByteArray(64 * 1024, 'r'));
        QVERIFY2(resumeError.contains(store.resumePath(A)), qPrintable(resumeError));
        QCOMPARE(readFileBytes(store.jsonPath(A)), goodJson);
        QCOMPARE(readFileBytes(store.resumePath(A)), goodResume);
        QCOMPARE(leftovers(store.directory()), QStringList());

        QVERIFY(QFile::remove(filler));
        QCOMPARE(store.writeJson(A, record(A, QStringLiteral("renamed")).toJson()), QString());
        QVERIFY(readFileBytes(store.jsonPath(A)).contains("renamed"));
    }

    void readOnlyDiskKeepsTheLastGoodFiles()
    {
        Tmpfs disk(work.filePath(QStringLiteral("ro")), 256 * 1024);
        if (!disk.mounted())
            QSKIP(qPrintable(disk.skipReason()));
        FastResumeStore store(disk.path());
        QCOMPARE(store.writeJson(A, record(A).toJson()), QString());
        QVERIFY(disk.setReadOnly(true));
        const QString error = store.writeJson(A, record(A, QStringLiteral("renamed")).toJson());
        QVERIFY2(error.contains(QStringLiteral("Read-only")), qPrintable(error));
        QVERIFY2(store.prepare().contains(disk.path()), qPrintable(store.prepare()));
        QCOMPARE(readFileBytes(store.jsonPath(A)), record(A).toJson());
        QVERIFY(disk.setReadOnly(false));
    }

    // Each step of a write, failing: the old file stays whole and no temporary file is left.
    // Both roads: a file written without a name first (O_TMPFILE), and one
    // under a temporary name (where the system has no O_TMPFILE: NFS, macOS).
    void everyFailingStepKeepsTheOldFile_data()
    {
        QTest::addColumn<int>("step");
        QTest::addColumn<QString>("error");
        QTest::addColumn<bool>("anonymous");
        for (const bool anonymous : {true, false}) {
            const char *road = anonymous ? "unnamed" : "named";
            QTest::addRow("%s: read-only folder", road)
                << int(Step::Create) << QStringLiteral("Read-only file system") << anonymous;
            QTest::addRow("%s: disk full half-way", road)
                << int(Step::Write) << QStringLiteral("No space left on device") << anonymous;
            QTest::addRow("%s: fsync fails", road) << int(Step::Sync) << QStringLiteral("Input/output error") << anonymous;
            QTest::addRow("%s: rename fails", road)
                << int(Step::Rename) << QStringLiteral("Invalid cross-device link") << anonymous;
        }
        // Only a named file is closed before it replaces the old one.
        QTest::addRow("named: close fails (NFS)") << int(Step::Close) << QStringLiteral("Input/output error") << false;
    }

    void everyFailingStepKeepsTheOldFile()
    {
        QFETCH(int, step);
        QFETCH(QString, error);
        QFETCH(bool, anonymous);
        QTemporaryDir dir;
        auto ops = std::make_shared<FaultyFileOps>();
        ops->setAnonymousFiles(anonymous);
        FastResumeStore store(dir.path(), ops);
        const QByteArray good(10'000, 'g');
        QCOMPARE(store.writeResumeData(A, good), QString());
        ops->fail(Step(step), error);
        const QString reported = store.writeResumeData(A, QByteArray(20'000, 'n'));
        QVERIFY2(reported.contains(store.resumePath(A)) && reported.contains(error), qPrintable(reported));
        QCOMPARE(readFileBytes(store.resumePath(A)), good);
        QCOMPARE(leftovers(dir.path()), QStringList());
        ops->heal();
        QCOMPARE(store.writeResumeData(A, QByteArray(20'000, 'n')), QString());
        QCOMPARE(readFileBytes(store.resumePath(A)).size(), 20'000);
        if (anonymous && ops->anonymousFiles() == 0)
            QSKIP("this file system has no O_TMPFILE: the named road was tested instead");
        QCOMPARE(ops->anonymousFiles() > 0, anonymous);
    }

    void emptyDataNeverReplacesAFile()
    {
        QTemporaryDir dir;
        FastResumeStore store(dir.path());
        QCOMPARE(store.writeResumeData(A, "d1:ai1ee"), QString());
        QVERIFY(!store.writeResumeData(A, {}).isEmpty());
        QVERIFY(!store.writeJson(A, {}).isEmpty());
        QCOMPARE(readFileBytes(store.resumePath(A)), QByteArray("d1:ai1ee"));
    }

    void writesArePrivate()
    {
        QTemporaryDir dir;
        FastResumeStore store(dir.filePath(QStringLiteral("resume")));
        QCOMPARE(store.prepare(), QString());
        QCOMPARE(store.writeJson(A, record(A).toJson()), QString());
        struct stat st = {};
        QCOMPARE(::stat(QFile::encodeName(store.jsonPath(A)).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, 0600u);
        QCOMPARE(::stat(QFile::encodeName(store.directory()).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, 0700u);
    }

    // A failed write is tried again by itself, merged with newer requests,
    // and health is told when writes work again.
    void writerRetriesUntilItWorks()
    {
        QTemporaryDir dir;
        auto ops = std::make_shared<FaultyFileOps>();
        FastResumeStore store(dir.path(), ops);
        ResumeWriter writer(store);
        QThread thread;
        writer.moveToThread(&thread);
        thread.start();
        const auto stopThread = qScopeGuard([&] {
            thread.quit();
            thread.wait();
        });
        QSignalSpy failed(&writer, &ResumeWriter::writeFailed);
        QSignalSpy recovered(&writer, &ResumeWriter::writesRecovered);

        writer.submitResumeData(record(A), "d4:goodi1ee", {});
        writer.flush();
        QCOMPARE(readFileBytes(store.resumePath(A)), QByteArray("d4:goodi1ee"));

        ops->fail(Step::Write, QStringLiteral("No space left on device"));
        writer.submitResumeData(record(A, QStringLiteral("newer")), "d5:neweri1ee", {});
        writer.flush();
        QVERIFY(!failed.isEmpty());
        QVERIFY(failed.at(0).at(0).toString().contains(QStringLiteral("No space left on device")));
        QCOMPARE(readFileBytes(store.resumePath(A)), QByteArray("d4:goodi1ee"));
        // A record-only update while failing must not lose the resume data that failed.
        writer.submitRecord(record(A, QStringLiteral("newest")));
        const qsizetype failures = failed.size();
        QTRY_VERIFY(failed.size() > failures + 1); // tried again by itself

        ops->heal();
        QTRY_COMPARE_WITH_TIMEOUT(recovered.size(), 1, 15000);
        QCOMPARE(readFileBytes(store.resumePath(A)), QByteArray("d5:neweri1ee"));
        QVERIFY(readFileBytes(store.jsonPath(A)).contains("newest"));
    }

    // Many torrents at once (a restart after an import, a shutdown): their
    // files are written first, made durable by one sync of the file system,
    // then renamed. A failed sync replaces nothing; a failed rename leaves
    // that torrent's files as they were and the others written.
    void manyTorrentsAreWrittenTogether()
    {
        if (!Platform::syncsWholeFileSystems())
            QSKIP("this system has no syncfs: files are synced one by one");
        QTemporaryDir dir;
        auto ops = std::make_shared<FaultyFileOps>();
        FastResumeStore store(dir.path(), ops);
        QList<TorrentId> ids;
        for (int i = 0; i < 40; ++i)
            ids.append(idOf(i + 1));
        {
            // All submitted before the writer's thread runs: one batch.
            ResumeWriter writer(store);
            QThread thread;
            writer.moveToThread(&thread);
            for (const TorrentId &id : std::as_const(ids))
                writer.submitResumeData(record(id, QStringLiteral("v1")), "d7:version2:v1e", {});
            thread.start();
            const auto stopThread = qScopeGuard([&] {
                thread.quit();
                thread.wait();
            });
            QSignalSpy failed(&writer, &ResumeWriter::writeFailed);
            writer.flush();
            QVERIFY(failed.isEmpty());
            QCOMPARE(ops->calls(Step::Sync), 0); // no file synced on its own
            QCOMPARE(ops->calls(Step::SyncFileSystem), 1);
            QVERIFY(ops->calls(Step::SyncDirectory) >= 1);
        }
        for (const TorrentId &id : std::as_const(ids)) {
            QCOMPARE(readFileBytes(store.resumePath(id)), QByteArray("d7:version2:v1e"));
            QVERIFY(readFileBytes(store.jsonPath(id)).contains("v1"));
        }
        QCOMPARE(leftovers(dir.path()), QStringList());

        auto next = [&](const QByteArray &version) {
            QList<FastResumeStore::TorrentFiles> torrents;
            for (const TorrentId &id : std::as_const(ids))
                torrents.append({id, record(id, QString::fromLatin1(version)).toJson(), "d7:version2:" + version + "e"});
            return store.writeTogether(torrents);
        };
        // The sync fails: nothing is replaced, every torrent says why.
        ops->fail(Step::SyncFileSystem, QStringLiteral("Input/output error"), 1);
        QStringList errors = next("v2");
        QCOMPARE(errors.size(), ids.size());
        for (qsizetype i = 0; i < ids.size(); ++i) {
            QVERIFY2(errors.at(i).contains(QStringLiteral("Input/output error")), qPrintable(errors.at(i)));
            QCOMPARE(readFileBytes(store.resumePath(ids.at(i))), QByteArray("d7:version2:v1e"));
            QVERIFY(readFileBytes(store.jsonPath(ids.at(i))).contains("v1"));
        }
        QCOMPARE(leftovers(dir.path()), QStringList());

        // One torrent's JSON cannot be renamed: its resume data is not
        // replaced either; the others are written.
        const TorrentId stuck = ids.at(7);
        ops->fail(Step::Rename, QStringLiteral("Input/output error"), 1, store.jsonPath(stuck));
        errors = next("v3");
        for (qsizetype i = 0; i < ids.size(); ++i) {
            const bool isStuck = ids.at(i) == stuck;
            QCOMPARE(errors.at(i).isEmpty(), !isStuck);
            QCOMPARE(readFileBytes(store.resumePath(ids.at(i))), QByteArray(isStuck ? "d7:version2:v1e" : "d7:version2:v3e"));
            QVERIFY(readFileBytes(store.jsonPath(ids.at(i))).contains(isStuck ? "v1" : "v3"));
        }
        QVERIFY(errors.at(7).contains(store.jsonPath(stuck)));
        QCOMPARE(leftovers(dir.path()), QStringList());

        // The disk is full for one torrent's resume data: that torrent keeps
        // both its files (its new JSON is not put in place alone), the
        // others are written.
        ops->fail(Step::Write, QStringLiteral("No space left on device"), -1, store.resumePath(ids.at(20)));
        errors = next("v4");
        QVERIFY(errors.at(20).contains(QStringLiteral("No space left on device")));
        QCOMPARE(readFileBytes(store.resumePath(ids.at(20))), QByteArray("d7:version2:v3e"));
        QVERIFY(readFileBytes(store.jsonPath(ids.at(20))).contains("v3"));
        QCOMPARE(readFileBytes(store.resumePath(ids.at(21))), QByteArray("d7:version2:v4e"));
        QCOMPARE(leftovers(dir.path()), QStringList());
        ops->heal();

        // Empty resume data never replaces a file here either, nor does its JSON.
        QList<FastResumeStore::TorrentFiles> withEmpty;
        for (const TorrentId &id : std::as_const(ids))
            withEmpty.append({id, record(id, QStringLiteral("v5")).toJson(), id == ids.at(3) ? QByteArray() : "d2:v5e"});
        errors = store.writeTogether(withEmpty);
        QVERIFY2(errors.at(3).contains(QStringLiteral("empty file")), qPrintable(errors.at(3)));
        QCOMPARE(readFileBytes(store.resumePath(ids.at(3))), QByteArray("d7:version2:v4e"));
        QVERIFY(readFileBytes(store.jsonPath(ids.at(3))).contains("v4"));
        QCOMPARE(readFileBytes(store.resumePath(ids.at(4))), QByteArray("d2:v5e"));
        QCOMPARE(leftovers(dir.path()), QStringList());
    }

    // Resume data must not claim pieces that may not be on disk: when the
    // downloaded files cannot be synced, the old resume data stays.
    void failedDataSyncHoldsTheResumeData()
    {
        QTemporaryDir dir;
        QDir().mkpath(dir.filePath(QStringLiteral("data")));
        QFile data(dir.filePath(QStringLiteral("data/f.bin")));
        QVERIFY(data.open(QIODevice::WriteOnly));
        data.write("payload");
        data.close();
        auto ops = std::make_shared<FaultyFileOps>();
        FastResumeStore store(dir.filePath(QStringLiteral("resume")), ops);
        QCOMPARE(store.prepare(), QString());
        QCOMPARE(store.writeResumeData(A, "d3:oldi1ee"), QString());
        ResumeWriter writer(store);
        QSignalSpy failed(&writer, &ResumeWriter::writeFailed);
        ops->fail(Step::SyncFile, QStringLiteral("Input/output error"), 1);
        StoredTorrent r = record(A);
        r.savePath = dir.filePath(QStringLiteral("data"));
        r.filePaths = {QStringLiteral("f.bin")};
        writer.submitResumeData(r, "d3:newi1ee", {r.savePath, r.filePaths, {true}, {true}, 7});
        writer.flush();
        QCOMPARE(failed.size(), 1);
        QCOMPARE(readFileBytes(store.resumePath(A)), QByteArray("d3:oldi1ee"));
        writer.flush(); // the retry, now that syncing works
        QCOMPARE(readFileBytes(store.resumePath(A)), QByteArray("d3:newi1ee"));
    }

    // A FIFO would block a read for ever, /dev/zero would be read until memory
    // runs out: neither is read, and each is set aside.
    void oddFilesAreNotReadAndAreSetAside_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("said");
        QTest::newRow("FIFO") << QStringLiteral("fifo") << QStringLiteral("FIFO");
        QTest::newRow("symlink to /dev/zero") << QStringLiteral("zero") << QStringLiteral("device");
        QTest::newRow("folder") << QStringLiteral("folder") << QStringLiteral("folder");
        QTest::newRow("too large") << QStringLiteral("large") << QStringLiteral("larger than");
    }

    void oddFilesAreNotReadAndAreSetAside()
    {
        QFETCH(QString, kind);
        QFETCH(QString, said);
        QTemporaryDir dir;
        FastResumeStore store(dir.path());
        const QString path = store.resumePath(A);
        const QByteArray native = QFile::encodeName(path);
        if (kind == u"fifo") {
            QCOMPARE(::mkfifo(native.constData(), 0600), 0);
        } else if (kind == u"zero") {
            QVERIFY(QFile::link(QStringLiteral("/dev/zero"), path));
        } else if (kind == u"folder") {
            QVERIFY(QDir().mkpath(path));
        } else {
            QFile big(path);
            QVERIFY(big.open(QIODevice::WriteOnly));
            QVERIFY(big.resize(FastResumeStore::MaxResumeDataSize + 1)); // sparse
        }
        QCOMPARE(store.writeJson(A, record(A).toJson()), QString());
        QElapsedTimer clock;
        clock.start();
        const FastResumeStore::Entry entry = store.read(A);
        QVERIFY(clock.elapsed() < 2000);
        QVERIFY(!entry.resumeData);
        QVERIFY2(entry.resumeReadError.contains(path) && entry.resumeReadError.contains(said), qPrintable(entry.resumeReadError));
        QVERIFY(entry.json);
        QCOMPARE(store.scan(), QList<TorrentId> {A});

        QString error;
        const QStringList moved = store.quarantine(A, QStringLiteral("odd"), true, false, &error);
        QCOMPARE(error, QString());
        QCOMPARE(moved.size(), 1);
        QVERIFY(!QFileInfo::exists(path) && !QFileInfo(path).isSymLink());
        // Writing works again where the odd file was.
        QCOMPARE(store.writeResumeData(A, "d1:ai1ee"), QString());
    }

    // The engine: a resume write that fails makes health degraded with the
    // reason, keeps the previous files, and heals by itself once the disk does.
    void failingWritesDegradeHealthUntilTheyWork()
    {
        QTemporaryDir dir;
        auto ops = std::make_shared<FaultyFileOps>();
        EngineConfig config;
        config.defaultSavePath = dir.path();
        config.resumeDir = dir.filePath(QStringLiteral("resume"));
        config.fileOps = ops;
        LibtorrentEngine engine(config, [](const SessionSettings &s) { return std::make_unique<FakeLibtSession>(s); });
        QSignalSpy health(&engine, &TorrentEngine::healthChanged);
        QSignalSpy added(&engine, &TorrentEngine::torrentAdded);
        engine.start();
        const QString magnet = QStringLiteral("magnet:?xt=urn:btih:") + QString(40, u'c');
        const TorrentId id = FakeLibtSession::idFor(magnet);
        engine.addTorrent(AddTorrentRequest::fromMagnet(magnet));
        QTRY_COMPARE(added.size(), 1);
        const QString json = config.resumeDir + u'/' + id.toString() + QStringLiteral(".json");
        QTRY_VERIFY(QFile::exists(json));
        const QByteArray before = readFileBytes(json);

        ops->fail(Step::Write, QStringLiteral("No space left on device"));
        engine.pauseTorrents({id});
        auto lastHealth = [&] { return health.isEmpty() ? HealthEvent {} : health.constLast().at(0).value<HealthEvent>(); };
        QTRY_COMPARE(lastHealth().state, HealthState::Degraded);
        QVERIFY2(lastHealth().reason.contains(QStringLiteral("No space left on device")) && lastHealth().reason.contains(json),
            qPrintable(lastHealth().reason));
        QCOMPARE(readFileBytes(json), before);

        ops->heal();
        QTRY_COMPARE_WITH_TIMEOUT(lastHealth().state, HealthState::Healthy, 15000);
        QTRY_VERIFY(readFileBytes(json).contains("\"paused\": true"));
        engine.stop();
    }
};

QTEST_GUILESS_MAIN(TestResumeFaults)
#include "tst_resumefaults.moc"
