#include "seedinggoals.h"

#include <QTest>

using namespace Revaer;

// Seeding goals, apart from the translator: a share ratio or a seeding time,
// reached once per torrent.
class TestSeedingGoals : public QObject
{
    Q_OBJECT

    static TorrentStatus seeding(qint64 downloaded, qint64 uploaded, qint64 seconds = 0)
    {
        TorrentStatus s;
        s.id = TorrentId::fromHex(QString(40, u'a'));
        s.state = LibtState::Seeding;
        s.isFinished = true;
        s.hasMetadata = true;
        s.totalWanted = s.totalWantedDone = 300;
        s.allTimeDownload = downloaded;
        s.allTimeUpload = uploaded;
        s.seedingSeconds = seconds;
        return s;
    }

private Q_SLOTS:
    void aRatioIsReachedOnce()
    {
        SeedingGoals goals;
        goals.setGoals(2.0, 0);
        QVERIFY(goals.check(seeding(300, 599)).isEmpty()); // ratio 1.997: not yet
        QCOMPARE(goals.check(seeding(300, 600)), QStringLiteral("ratio 2.00"));
        // Once: a torrent the user resumed after its goal paused it seeds on.
        QVERIFY(goals.check(seeding(300, 900)).isEmpty());
        goals.forget(seeding(0, 0).id);
        QCOMPARE(goals.check(seeding(300, 900)), QStringLiteral("ratio 3.00"));
    }

    void dataThatWasOnDiskCountsAsDownloaded()
    {
        SeedingGoals goals;
        goals.setGoals(2.0, 0);
        QCOMPARE(goals.check(seeding(0, 600)), QStringLiteral("ratio 2.00"));
    }

    void aSeedingTimeIsReached()
    {
        SeedingGoals goals;
        goals.setGoals(0, 30);
        QVERIFY(goals.check(seeding(300, 0, 29 * 60)).isEmpty());
        QVERIFY(goals.check(seeding(300, 0, 30 * 60)).contains(QStringLiteral("of seeding")));
    }

    void onlyFinishedRunningTorrentsReachAGoal()
    {
        SeedingGoals goals;
        goals.setGoals(1.0, 30);
        TorrentStatus downloading = seeding(300, 900, 99 * 60);
        downloading.state = LibtState::Downloading;
        downloading.isFinished = false;
        QVERIFY(goals.check(downloading).isEmpty());
        TorrentStatus paused = seeding(300, 900, 99 * 60);
        paused.paused = true;
        QVERIFY(goals.check(paused).isEmpty());
        TorrentStatus failed = seeding(300, 900, 99 * 60);
        failed.error = QStringLiteral("disk gone");
        QVERIFY(goals.check(failed).isEmpty());
        SeedingGoals none;
        QVERIFY(!none.any());
        QVERIFY(none.check(seeding(300, 9000, 999 * 60)).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSeedingGoals)
#include "tst_seedinggoals.moc"
