#include "fastresumestore.h"
#include "resumewriter.h"
#include "testswarm.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <unistd.h>

using namespace Revaer;
using namespace Revaer::Test;

namespace {

const TorrentId A = TorrentId::fromHex(QStringLiteral("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"));
const TorrentId B = TorrentId::fromHex(QStringLiteral("bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"));

StoredTorrent record(const TorrentId &id)
{
    return storedRecord(id, QStringLiteral("name of ") + id.toString().left(4));
}

} // namespace

class TestFastResumeStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void storedTorrentRoundTrips()
    {
        StoredTorrent r = record(A);
        r.source = QStringLiteral("magnet:?xt=urn:btih:aaaa");
        r.sequential = true;
        r.paused = true;
        r.filePriorities = {0, 4, 7};
        r.filePaths = {QStringLiteral("x/a"), QStringLiteral("x/b"), QStringLiteral("x/ü c")};
        r.trackers = {QStringLiteral("http://t.example/announce")};
        r.limits = {1024, 2048};
        r.completedAt = QDateTime::fromMSecsSinceEpoch(1700000001234, Qt::UTC);
        r.fileStamps = {{10, 1700000000000, true}, {-1, 0, false}, {5, 7, false}};
        r.resumeSavedAt = QDateTime::fromMSecsSinceEpoch(1700000002000, Qt::UTC);
        QString error;
        const auto back = StoredTorrent::fromJson(r.toJson(), &error);
        QVERIFY2(back, qPrintable(error));
        QVERIFY(*back == r);
    }

    void storedTorrentRejectsBadJson_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("truncated") << record(A).toJson().left(40);
        QTest::newRow("array") << QByteArray("[1,2]");
        QTest::newRow("no version") << QByteArray(R"({"infoHash":"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"})");
        QTest::newRow("future version") << QByteArray(R"({"version":99,"infoHash":"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"})");
        QTest::newRow("bad hash") << QByteArray(R"({"version":1,"infoHash":"xyz"})");
        QTest::newRow("bad priority") << QByteArray(
            R"({"version":1,"infoHash":"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa","filePriorities":[9]})");
    }

    void storedTorrentRejectsBadJson()
    {
        QFETCH(QByteArray, json);
        QString error;
        QVERIFY(!StoredTorrent::fromJson(json, &error));
        QVERIFY(!error.isEmpty());
    }

    void writeReadScanRemove()
    {
        QTemporaryDir dir;
        FastResumeStore store(dir.filePath(QStringLiteral("resume")));
        QCOMPARE(store.prepare(), QString()); // created
        QVERIFY(QDir(store.directory()).exists());
        QCOMPARE(store.writeJson(A, "{}"), QString());
        QCOMPARE(store.writeResumeData(A, "d1:ai1ee"), QString());
        QCOMPARE(store.writeResumeData(B, "d1:bi1ee"), QString());
        QFile stray(store.directory() + QStringLiteral("/notes.txt"));
        QVERIFY(stray.open(QIODevice::WriteOnly));
        stray.close();
        QCOMPARE(store.scan(), (QList<TorrentId> {A, B}));
        const FastResumeStore::Entry a = store.read(A);
        QCOMPARE(*a.resumeData, QByteArray("d1:ai1ee"));
        QCOMPARE(*a.json, QByteArray("{}"));
        QVERIFY(!store.read(B).json);
        QCOMPARE(store.remove(A), QString());
        QCOMPARE(store.scan(), (QList<TorrentId> {B}));
        // No temporary files left behind.
        QCOMPARE(QDir(store.directory()).entryList(QDir::Files).size(), 2);
    }

    void queueOrderRoundTripsAndSurvivesDamage()
    {
        QTemporaryDir dir;
        FastResumeStore store(dir.filePath(QStringLiteral("resume")));
        QCOMPARE(store.prepare(), QString());
        QVERIFY(store.readQueueOrder().isEmpty()); // none yet
        QCOMPARE(store.writeQueueOrder({B, A}), QString());
        QCOMPARE(store.readQueueOrder(), (QList<TorrentId> {B, A}));
        QVERIFY(!store.scan().contains(TorrentId())); // not mistaken for a torrent
        // A damaged file loses only what is damaged.
        QFile file(store.queuePath());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            "garbage\n" + B.toString().toLatin1() + "\n\x01\x02\n" + B.toString().toLatin1() + "\n" + A.toString().toLatin1());
        file.close();
        QCOMPARE(store.readQueueOrder(), (QList<TorrentId> {B, A}));
    }

    void quarantineKeepsEveryCopy()
    {
        QTemporaryDir dir;
        FastResumeStore store(dir.path());
        for (int round = 0; round < 2; ++round) {
            store.writeResumeData(A, QByteArray("garbage ") + QByteArray::number(round));
            store.writeJson(A, "{}");
            const QStringList moved = store.quarantine(A, QStringLiteral("damaged"));
            QCOMPARE(moved.size(), 2);
            QVERIFY(!QFile::exists(store.resumePath(A)));
        }
        const QStringList kept = QDir(store.quarantineDirectory()).entryList(QDir::Files);
        QCOMPARE(kept.filter(QStringLiteral(".fastresume")).size(), 2);
        QCOMPARE(kept.filter(QStringLiteral(".reason.txt")).size(), 2);
        QVERIFY(
            readFileBytes(store.quarantineDirectory() + u'/' + A.toString() + QStringLiteral(".reason.txt")).contains("damaged"));
    }

    void unwritableFolderIsNamed()
    {
        QTemporaryDir dir;
        // A folder cannot be created inside a file, even by root.
        const QString file = dir.filePath(QStringLiteral("file"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        const QString problem = FastResumeStore(file + QStringLiteral("/resume")).prepare();
        QVERIFY2(problem.contains(file + QStringLiteral("/resume")), qPrintable(problem));

        // An existing folder that cannot be written.
        QString readOnly;
        if (::geteuid() == 0) {
            readOnly = QStringLiteral("/proc/self"); // not writable, even by root
        } else {
            readOnly = dir.filePath(QStringLiteral("ro"));
            QDir().mkpath(readOnly);
            QFile::setPermissions(readOnly, QFile::ReadOwner | QFile::ExeOwner);
        }
        const QString problem2 = FastResumeStore(readOnly).prepare();
        QVERIFY2(problem2.contains(readOnly) && problem2.contains(QStringLiteral("Cannot write")), qPrintable(problem2));
    }

    void runningMarkerDetectsUncleanShutdown()
    {
        QTemporaryDir dir;
        FastResumeStore store(dir.path());
        QVERIFY(!store.markRunning());
        QVERIFY(store.markRunning()); // never stopped: unclean
        store.markStopped();
        QVERIFY(!store.markRunning());
    }

    void stampsSeeSizeAndTime()
    {
        QTemporaryDir dir;
        QDir().mkpath(dir.filePath(QStringLiteral("t")));
        QFile f(dir.filePath(QStringLiteral("t/a.bin")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("12345");
        f.close();
        const auto stamps
            = FastResumeStore::stampFiles(dir.path(), {QStringLiteral("t/a.bin"), QStringLiteral("t/missing")}, {true, false});
        QCOMPARE(stamps.size(), 2);
        QCOMPARE(stamps.at(0).size, 5);
        QVERIFY(stamps.at(0).complete);
        QVERIFY(stamps.at(0).modifiedMs > 0);
        QCOMPARE(stamps.at(1).size, -1);
    }

    // The writer coalesces per torrent, writes the JSON before the resume
    // data, syncs downloaded files before the resume data, and syncs the folder.
    void writerOrdersDurableSteps()
    {
        QTemporaryDir dir;
        QDir().mkpath(dir.filePath(QStringLiteral("data/T")));
        for (const char *name : {"data/T/done.bin", "data/T/partial.bin", "data/T/empty.bin"}) {
            QFile f(dir.filePath(QString::fromLatin1(name)));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("data");
        }
        FastResumeStore store(dir.filePath(QStringLiteral("resume")));
        QCOMPARE(store.prepare(), QString());
        QStringList steps;
        store.setObserver(
            [&](const QString &step, const QString &path) { steps.append(step + u' ' + QFileInfo(path).fileName()); });
        ResumeWriter writer(store);
        QThread thread;
        writer.moveToThread(&thread);
        thread.start();

        StoredTorrent r = record(A);
        r.savePath = dir.filePath(QStringLiteral("data"));
        r.filePaths = {QStringLiteral("T/done.bin"), QStringLiteral("T/partial.bin"), QStringLiteral("T/empty.bin")};
        writer.submitRecord(r);
        r.name = QStringLiteral("newer name");
        ResumeWriter::FileState files {r.savePath, r.filePaths, {true, false, false}, {true, true, false}};
        writer.submitResumeData(r, "d4:testi1ee", files);
        writer.flush();
        thread.quit();
        thread.wait();

        const QString json = A.toString() + QStringLiteral(".json");
        const QString resume = A.toString() + QStringLiteral(".fastresume");
        const qsizetype syncDone = steps.indexOf(QStringLiteral("sync-file done.bin"));
        const qsizetype syncPartial = steps.indexOf(QStringLiteral("sync-file partial.bin"));
        const qsizetype writeJson = steps.indexOf(QStringLiteral("write ") + json);
        const qsizetype writeResume = steps.indexOf(QStringLiteral("write ") + resume);
        QVERIFY2(syncDone >= 0 && syncPartial >= 0, qPrintable(steps.join(u'\n')));
        QVERIFY(!steps.contains(QStringLiteral("sync-file empty.bin"))); // no data, nothing to sync
        QVERIFY(syncDone < writeResume && syncPartial < writeResume);
        QVERIFY(writeJson < writeResume);
        QCOMPARE(steps.count(QStringLiteral("write ") + json), 1); // coalesced
        QCOMPARE(steps.constLast(), QStringLiteral("sync-dir resume"));

        QString error;
        const auto stored = StoredTorrent::fromJson(readFileBytes(store.jsonPath(A)), &error);
        QVERIFY(stored);
        QCOMPARE(stored->name, QStringLiteral("newer name"));
        QCOMPARE(stored->fileStamps.size(), 3);
        QVERIFY(stored->fileStamps.at(0).complete);
        QCOMPARE(stored->fileStamps.at(0).size, 4);
        QVERIFY(stored->resumeSavedAt.isValid());
        QCOMPARE(readFileBytes(store.resumePath(A)), QByteArray("d4:testi1ee"));
    }

    void writerReportsFailureAndRecovery()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("resume"));
        FastResumeStore store(folder);
        QCOMPARE(store.prepare(), QString());
        ResumeWriter writer(store);
        QSignalSpy failed(&writer, &ResumeWriter::writeFailed);
        QSignalSpy recovered(&writer, &ResumeWriter::writesRecovered);
        // Replace the folder by a file: every write fails.
        QVERIFY(QDir(folder).removeRecursively());
        QFile blocker(folder);
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        writer.submitRecord(record(A));
        writer.flush();
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.at(0).at(0).toString().contains(folder));
        QVERIFY(QFile::remove(folder));
        QVERIFY(QDir().mkpath(folder));
        writer.submitRecord(record(B));
        writer.flush();
        QCOMPARE(recovered.size(), 1);
        QVERIFY(QFile::exists(store.jsonPath(B)));
    }
};

QTEST_GUILESS_MAIN(TestFastResumeStore)
#include "tst_fastresumestore.moc"
