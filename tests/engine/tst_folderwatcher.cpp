// Watched folders on real files and folders: a .torrent written slowly is
// added once, whole; a partial one waits; a bad one, or a FIFO in its place,
// is renamed .invalid with a message; the folder may appear later, vanish and
// come back. The engine is the recording fake: what is claimed is about the
// files and the request handed to the engine, not about libtorrent.
#include "fakeengine.h"
#include "folderwatcher.h"
#include "metatypes.h"
#include "testswarm.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Revaer;
using namespace Revaer::Test;

class TestFolderWatcher : public QObject
{
    Q_OBJECT

    QTemporaryDir work;
    GeneratedTorrent torrent;
    int folders = 0;

    static WatchedFolder watched(const QString &path, const QString &category = {}, const QString &savePath = {},
        bool paused = false, WatchedFolder::AfterAdding after = WatchedFolder::AfterAdding::Rename)
    {
        WatchedFolder folder;
        folder.path = path;
        folder.category = category;
        folder.savePath = savePath;
        folder.startPaused = paused;
        folder.afterAdding = after;
        return folder;
    }

    QString newFolderPath() { return work.filePath(QStringLiteral("watch-%1").arg(++folders)); }

    // Quick timings: a file is whole after 300 ms without change, bad after 1.5 s.
    static FolderWatcher::Timing quick() { return {200, 300, 1500}; }

    static void write(const QString &path, const QByteArray &data, QIODevice::OpenMode mode = QIODevice::WriteOnly)
    {
        QFile file(path);
        if (!file.open(mode) || file.write(data) != data.size())
            qFatal("cannot write %s", qPrintable(path));
    }

private Q_SLOTS:
    void initTestCase()
    {
        registerEngineMetaTypes();
        torrent = generateTorrent(work.filePath(QStringLiteral("seed")), QStringLiteral("Watched"),
            {{QStringLiteral("w.bin"), 200'000}, {QStringLiteral("x.bin"), 100'000}}, 41, 16384);
        // Big enough that it takes several writes.
        QVERIFY(torrent.torrentData.size() > 200);
    }

    // Written in pieces over more than a second, with pauses shorter than
    // the settle time: added once, after the last piece, with the folder's
    // choices; then renamed .added.
    void aFileWrittenSlowlyIsAddedOnceWhole()
    {
        FakeEngine engine;
        FolderWatcher watcher(&engine, [](AddTorrentRequest &request) {
            if (request.savePath.isEmpty())
                request.savePath = QStringLiteral("/data/%1").arg(request.labels.category);
        });
        watcher.setTiming(quick());
        const QString folder = newFolderPath();
        QVERIFY(QDir().mkpath(folder));
        watcher.setFolders({watched(folder, QStringLiteral("Movies"), {}, true)});
        const QString file = folder + QStringLiteral("/slow.torrent");
        const QByteArray data = torrent.torrentData;
        const int pieces = 6;
        for (int i = 0; i < pieces; ++i) {
            const qsizetype from = data.size() * i / pieces;
            const qsizetype to = data.size() * (i + 1) / pieces;
            write(file, data.mid(from, to - from), i == 0 ? QIODevice::WriteOnly : QIODevice::Append);
            QTest::qWait(200);
            QVERIFY2(engine.added.isEmpty(), "added while it was still being written");
        }
        QTRY_COMPARE_WITH_TIMEOUT(engine.added.size(), 1, 5000);
        const AddTorrentRequest &request = engine.added.at(0);
        QCOMPARE(request.kind, AddTorrentRequest::Kind::TorrentData);
        QCOMPARE(request.data, data);
        QCOMPARE(request.labels.category, QStringLiteral("Movies"));
        QCOMPARE(request.savePath, QStringLiteral("/data/Movies")); // the category's folder
        QVERIFY(request.paused);
        QVERIFY(!QFile::exists(file));
        QVERIFY(QFile::exists(file + QStringLiteral(".added")));
        QTest::qWait(800);
        QCOMPARE(engine.added.size(), 1); // never twice
    }

    // Half a file, left alone for longer than the settle time (a slow
    // download): it does not parse yet, so it is waited for, then added
    // whole once the rest arrives.
    void aPartialFileWaitsUntilItIsComplete()
    {
        FakeEngine engine;
        FolderWatcher watcher(&engine, {});
        watcher.setTiming(quick());
        const QString folder = newFolderPath();
        QVERIFY(QDir().mkpath(folder));
        watcher.setFolders({watched(folder, {}, QStringLiteral("/chosen"), false, WatchedFolder::AfterAdding::MoveToSubfolder)});
        const QString file = folder + QStringLiteral("/partial.torrent");
        const QByteArray data = torrent.torrentData;
        write(file, data.left(data.size() / 2));
        QTest::qWait(1000); // settled, but not a torrent yet
        QVERIFY(engine.added.isEmpty());
        QVERIFY(QFile::exists(file));
        write(file, data.mid(data.size() / 2), QIODevice::Append);
        QTRY_COMPARE_WITH_TIMEOUT(engine.added.size(), 1, 5000);
        QCOMPARE(engine.added.at(0).data, data);
        QCOMPARE(engine.added.at(0).savePath, QStringLiteral("/chosen"));
        QVERIFY(!engine.added.at(0).paused);
        QVERIFY(QFile::exists(folder + QStringLiteral("/added/partial.torrent")));
        QVERIFY(!QFile::exists(file));
    }

    // Not a torrent, and a FIFO in place of one (never read, never waited
    // on): each renamed .invalid with a message naming it; the folder goes on.
    void badFilesAreSetAsideWithAMessage()
    {
        FakeEngine engine;
        FolderWatcher watcher(&engine, {});
        watcher.setTiming(quick());
        QSignalSpy messages(&watcher, &FolderWatcher::message);
        const QString folder = newFolderPath();
        QVERIFY(QDir().mkpath(folder));
        watcher.setFolders({watched(folder)});
        const QString garbage = folder + QStringLiteral("/garbage.torrent");
        write(garbage, "this is not bencode at all");
        const QString fifo = folder + QStringLiteral("/fifo.torrent");
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(fifo + QStringLiteral(".invalid")), 3000);
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(garbage + QStringLiteral(".invalid")), 5000);
        QVERIFY(!QFile::exists(garbage) && !QFile::exists(fifo));
        QCOMPARE(messages.size(), 2);
        QStringList texts;
        for (const QList<QVariant> &args : std::as_const(messages))
            texts.append(args.at(0).value<EngineMessage>().message);
        QVERIFY2(texts.filter(QStringLiteral("garbage.torrent")).size() == 1, qPrintable(texts.join(u'\n')));
        QVERIFY2(texts.filter(QStringLiteral("fifo.torrent")).size() == 1, qPrintable(texts.join(u'\n')));
        QVERIFY(engine.added.isEmpty());
        // A good file still works there.
        write(folder + QStringLiteral("/good.torrent"), torrent.torrentData);
        QTRY_COMPARE_WITH_TIMEOUT(engine.added.size(), 1, 5000);
    }

    // A folder that does not exist yet (a drive not plugged in), then is
    // made; then deleted and made again: files in it are added each time.
    void aFolderThatComesGoesAndComesBackIsWatched()
    {
        FakeEngine engine;
        FolderWatcher watcher(&engine, {});
        watcher.setTiming(quick());
        const QString folder = newFolderPath() + QStringLiteral("/later");
        watcher.setFolders({watched(folder)});
        QTest::qWait(400);
        QVERIFY(QDir().mkpath(folder));
        write(folder + QStringLiteral("/first.torrent"), torrent.torrentData);
        QTRY_COMPARE_WITH_TIMEOUT(engine.added.size(), 1, 5000);
        QVERIFY(QDir(folder).removeRecursively());
        QTest::qWait(400);
        QVERIFY(QDir().mkpath(folder));
        write(folder + QStringLiteral("/second.torrent"), torrent.torrentData);
        QTRY_COMPARE_WITH_TIMEOUT(engine.added.size(), 2, 5000);
        QCOMPARE(engine.added.at(1).source, folder + QStringLiteral("/second.torrent"));
    }

    // A name taken by an earlier file: the next one gets "-2", nothing is overwritten.
    void anEarlierAddedFileIsNotOverwritten()
    {
        FakeEngine engine;
        FolderWatcher watcher(&engine, {});
        watcher.setTiming(quick());
        const QString folder = newFolderPath();
        QVERIFY(QDir().mkpath(folder));
        write(folder + QStringLiteral("/again.torrent.added"), "the earlier one");
        watcher.setFolders({watched(folder)});
        write(folder + QStringLiteral("/again.torrent"), torrent.torrentData);
        QTRY_COMPARE_WITH_TIMEOUT(engine.added.size(), 1, 5000);
        QTRY_VERIFY(QFile::exists(folder + QStringLiteral("/again.torrent.added-2")));
        QFile earlier(folder + QStringLiteral("/again.torrent.added"));
        QVERIFY(earlier.open(QIODevice::ReadOnly));
        QCOMPARE(earlier.readAll(), QByteArray("the earlier one"));
    }
};

QTEST_GUILESS_MAIN(TestFolderWatcher)
#include "tst_folderwatcher.moc"
