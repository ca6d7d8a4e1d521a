#include "progresscoalescer.h"
#include "testswarm.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace Revaer;
using namespace Revaer::Test;
using namespace std::chrono_literals;

namespace {

TorrentProgress progressOf(int torrent, qint64 done)
{
    TorrentProgress p;
    p.id = idOf(torrent);
    p.doneBytes = done;
    p.totalBytes = 1'000'000;
    return p;
}

} // namespace

class TestProgressCoalescer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newestValueWins()
    {
        ProgressCoalescer coalescer(100ms);
        QSignalSpy batches(&coalescer, &ProgressCoalescer::progressBatch);
        coalescer.submit(progressOf(1, 10));
        coalescer.submit(progressOf(1, 20));
        coalescer.submit(progressOf(2, 5));
        coalescer.submit(progressOf(1, 30));
        QVERIFY(batches.wait(1000));
        QCOMPARE(batches.size(), 1);
        const auto batch = batches.at(0).at(0).value<QList<TorrentProgress>>();
        QCOMPARE(batch.size(), 2);
        QCOMPARE(batch.at(0).id, idOf(1));
        QCOMPARE(batch.at(0).doneBytes, 30);
        QCOMPARE(batch.at(1).doneBytes, 5);
    }

    void forgetDropsPending()
    {
        ProgressCoalescer coalescer(100ms);
        QSignalSpy batches(&coalescer, &ProgressCoalescer::progressBatch);
        coalescer.submit(progressOf(1, 10));
        coalescer.submit(progressOf(2, 10));
        coalescer.submit(progressOf(3, 10));
        coalescer.forget(idOf(1));
        coalescer.submit(progressOf(3, 11));
        QCOMPARE(coalescer.pendingCount(), 2);
        QVERIFY(batches.wait(1000));
        const auto batch = batches.at(0).at(0).value<QList<TorrentProgress>>();
        QCOMPARE(batch.size(), 2);
        QCOMPARE(batch.at(0).id, idOf(3));
        QCOMPARE(batch.at(0).doneBytes, 11);
        QCOMPARE(batch.at(1).id, idOf(2));
    }

    void idleTimerDoesNotRun()
    {
        ProgressCoalescer coalescer(50ms);
        QSignalSpy batches(&coalescer, &ProgressCoalescer::progressBatch);
        QVERIFY(!batches.wait(300));
        QCOMPARE(coalescer.pendingCount(), 0);
    }

    // 200 torrents updated every millisecond for 2.5 s: each torrent is
    // delivered at most 10 times in any second, one batch per tick, and the
    // last value of every torrent arrives.
    void floodIsLimitedToTenHertzPerTorrent()
    {
        constexpr int torrents = 200;
        ProgressCoalescer coalescer(100ms);
        QElapsedTimer clock;
        clock.start();
        QHash<TorrentId, QList<qint64>> deliveredAt; // ns
        QHash<TorrentId, qint64> lastDelivered;
        int batchCount = 0;
        connect(&coalescer, &ProgressCoalescer::progressBatch, this, [&](const QList<TorrentProgress> &batch) {
            ++batchCount;
            const qint64 now = clock.nsecsElapsed();
            for (const TorrentProgress &p : batch) {
                deliveredAt[p.id].append(now);
                lastDelivered[p.id] = p.doneBytes;
            }
        });

        qint64 counter = 0;
        QTimer flood;
        flood.setTimerType(Qt::PreciseTimer);
        connect(&flood, &QTimer::timeout, this, [&] {
            ++counter;
            for (int t = 0; t < torrents; ++t)
                coalescer.submit(progressOf(t, counter));
        });
        flood.start(1);
        QTest::qWait(2500);
        flood.stop();
        const qint64 submitted = counter;
        QTest::qWait(300); // the last values drain

        QCOMPARE(deliveredAt.size(), torrents);
        for (auto it = deliveredAt.cbegin(); it != deliveredAt.cend(); ++it) {
            const QList<qint64> &times = it.value();
            for (qsizetype i = 1; i < times.size(); ++i)
                QVERIFY2(times[i] - times[i - 1] >= 99'000'000, "two updates of one torrent closer than 100 ms");
            // No one-second window holds more than 10 deliveries.
            for (qsizetype i = 0; i + 10 < times.size(); ++i)
                QVERIFY2(times[i + 10] - times[i] >= 1'000'000'000 - 1'000'000, "more than 10 updates in one second");
            QCOMPARE(lastDelivered.value(it.key()), submitted);
        }
        // One batch per tick, not one signal per torrent.
        QVERIFY2(batchCount <= 2500 / 100 + 3, qPrintable(QString::number(batchCount)));
        QVERIFY(batchCount >= 15);
        qInfo("%lld submissions per torrent became %d batches", submitted, batchCount);
    }
};

QTEST_GUILESS_MAIN(TestProgressCoalescer)
#include "tst_progresscoalescer.moc"
