#include "diskguard.h"

#include <QDir>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace Revaer;
using namespace std::chrono_literals;

namespace {

const TorrentId A = TorrentId::fromHex(QString(40, u'a'));
const TorrentId B = TorrentId::fromHex(QString(40, u'b'));
constexpr qint64 MiB = 1024 * 1024;

} // namespace

// When a torrent stopped by a write error is tried again, with the disk and
// the folder checks replaced by the test's.
class TestDiskGuard : public QObject
{
    Q_OBJECT

    qint64 free = 0;
    bool writable = false;

    std::unique_ptr<DiskGuard> guard()
    {
        auto g = std::make_unique<DiskGuard>(10ms);
        g->setProbes([this](const QString &) { return free; }, [this](const QString &) { return writable; });
        return g;
    }

private Q_SLOTS:
    void init()
    {
        free = 0;
        writable = false;
    }

    // A torrent that needs 20 MiB does not wait for 256 MiB (a small disk
    // would never have them); one that needs 50 GiB does not wait for 50 GiB.
    void spaceNeededScalesWithWhatIsLeft()
    {
        QCOMPARE(DiskGuard::spaceNeeded(20 * MiB), 24 * MiB);
        QCOMPARE(DiskGuard::spaceNeeded(0), 4 * MiB);
        QCOMPARE(DiskGuard::spaceNeeded(50'000 * MiB), 256 * MiB);
        QVERIFY(DiskGuard::spaceNeeded(100 * MiB) < DiskGuard::spaceNeeded(200 * MiB));
    }

    void aFullDiskIsRetriedOnceThereIsRoom()
    {
        auto g = guard();
        QSignalSpy retry(g.get(), &DiskGuard::retry);
        QSignalSpy problem(g.get(), &DiskGuard::diskFullChanged);
        g->block(A, QStringLiteral("Movie"), QStringLiteral("/srv/disk/Movie/movie.mkv"), true, 20 * MiB);
        QCOMPARE(problem.size(), 1);
        QVERIFY(problem.at(0).at(0).toString().contains(QStringLiteral("/srv/disk/Movie/movie.mkv")));
        QVERIFY(problem.at(0).at(0).toString().contains(QStringLiteral("Movie")));
        free = 20 * MiB; // not yet: it needs 24
        QTest::qWait(100);
        QVERIFY(retry.isEmpty());
        free = 30 * MiB;
        QTRY_COMPARE(retry.size(), 1);
        QCOMPARE(retry.at(0).at(0).value<TorrentId>(), A);
        QCOMPARE(problem.constLast().at(0).toString(), QString()); // healthy again
        QVERIFY(!g->isBlocked(A));
        QTest::qWait(100);
        QCOMPARE(retry.size(), 1);
    }

    // Torrents on one disk are one problem, one line.
    void oneLinePerDisk()
    {
        auto g = guard();
        QSignalSpy problem(g.get(), &DiskGuard::diskFullChanged);
        g->block(A, QStringLiteral("One"), QStringLiteral("/tmp/one.bin"), true, MiB);
        g->block(B, QStringLiteral("Two"), QStringLiteral("/tmp/two.bin"), true, MiB);
        const QString text = problem.constLast().at(0).toString();
        QCOMPARE(text.count(u'\n'), 0);
        QVERIFY2(text.contains(QStringLiteral("2 torrent(s)")) && text.contains(QStringLiteral("One, Two")), qPrintable(text));
    }

    void aForbiddenFolderIsRetriedWhenItCanBeWritten()
    {
        auto g = guard();
        QSignalSpy retry(g.get(), &DiskGuard::retry);
        QSignalSpy problem(g.get(), &DiskGuard::diskFullChanged);
        g->block(A, QStringLiteral("Movie"), QStringLiteral("/srv/ro/movie.mkv"), false, MiB);
        QVERIFY(problem.isEmpty()); // one torrent's folder, not the engine's health
        QTest::qWait(100);
        QVERIFY(retry.isEmpty());
        writable = true;
        QTRY_COMPARE(retry.size(), 1);
    }

    // A retry that meets the same error waits longer each time.
    void repeatedFailuresBackOff()
    {
        auto g = guard();
        QSignalSpy retry(g.get(), &DiskGuard::retry);
        writable = true; // the check says yes, but the write keeps failing
        QElapsedTimer clock;
        clock.start();
        for (int i = 0; i < 4; ++i) {
            g->block(A, QStringLiteral("Movie"), QStringLiteral("/srv/x"), false, MiB);
            QTRY_COMPARE(retry.size(), i + 1);
        }
        // 10 + 20 + 40 + 80 ms at least
        QVERIFY2(clock.elapsed() >= 140, qPrintable(QString::number(clock.elapsed())));
        // The user's action starts over.
        g->forget(A);
        clock.restart();
        g->block(A, QStringLiteral("Movie"), QStringLiteral("/srv/x"), false, MiB);
        QTRY_COMPARE(retry.size(), 5);
    }

    void aPausedTorrentIsLeftAlone()
    {
        auto g = guard();
        QSignalSpy retry(g.get(), &DiskGuard::retry);
        g->block(A, QStringLiteral("Movie"), QStringLiteral("/srv/x"), true, MiB);
        g->forget(A);
        free = 1000 * MiB;
        QTest::qWait(100);
        QVERIFY(retry.isEmpty());
    }

    void realChecks()
    {
        QVERIFY(DiskGuard::freeSpaceAt(QDir::tempPath() + QStringLiteral("/no/such/folder")) > 0);
        QVERIFY(DiskGuard::canWriteAt(QDir::tempPath() + QStringLiteral("/no/such/file.bin")));
        QVERIFY(!DiskGuard::canWriteAt(QStringLiteral("/proc/self/nothing")));
    }
};

QTEST_GUILESS_MAIN(TestDiskGuard)
#include "tst_diskguard.moc"
