#include "fakelibtsession.h"
#include "metatypes.h"
#include "queuewatcher.h"

#include <QSignalSpy>
#include <QTest>

using namespace Revaer;
using namespace Revaer::Test;

// The queue watcher on its own: reads coalesced, published only on change,
// nothing while held, and a pending change flushed at once.
class TestQueueWatcher : public QObject
{
    Q_OBJECT

    static TorrentId add(FakeLibtSession &session, const QString &source)
    {
        AddTorrentRequest request;
        request.kind = AddTorrentRequest::Kind::Magnet;
        request.source = source;
        return session.addTorrent(request, QString()).id;
    }

private Q_SLOTS:
    void initTestCase() { registerEngineMetaTypes(); }

    void readsOnceAfterManyChangesAndPublishesOnlyChanges()
    {
        FakeLibtSession session;
        bool held = false;
        int reads = 0; // counted at the guard every session call goes through
        QueueWatcher watcher(
            [&reads](const char *what, const std::function<void()> &f) {
                reads += QByteArray(what) == "queue order" ? 1 : 0;
                f();
                return true;
            },
            [&held] { return held; });
        watcher.setSession(&session);
        QSignalSpy published(&watcher, &QueueWatcher::queueChanged);

        const TorrentId a = add(session, QStringLiteral("magnet:?xt=urn:btih:") + QString(40, u'a'));
        const TorrentId b = add(session, QStringLiteral("magnet:?xt=urn:btih:") + QString(40, u'b'));
        for (int i = 0; i < 10; ++i)
            watcher.changed(50);
        QTRY_COMPARE(published.size(), 1);
        QCOMPARE(reads, 1);
        QCOMPARE(published.at(0).at(0).value<QList<TorrentId>>(), (QList<TorrentId> {a, b}));

        // The same queue again: read, not published.
        watcher.changed(0);
        QTRY_COMPARE(reads, 2);
        QCOMPARE(published.size(), 1);

        // Held (a restore): nothing is read.
        held = true;
        watcher.changed(0);
        QTest::qWait(100);
        QCOMPARE(reads, 2);
        held = false;

        // Whole again after a restore: published even though unchanged.
        watcher.forgetPublished();
        watcher.changed(0);
        QTRY_COMPARE(published.size(), 2);

        // A change waiting for its read goes out at once on flush (shutdown).
        session.queueMove(a, QueueMove::Bottom);
        watcher.changed(60'000);
        watcher.flush();
        QCOMPARE(published.size(), 3);
        QCOMPARE(published.at(2).at(0).value<QList<TorrentId>>(), (QList<TorrentId> {b, a}));
        watcher.flush(); // nothing pending: nothing read
        QCOMPARE(reads, 4);
    }
};

QTEST_GUILESS_MAIN(TestQueueWatcher)
#include "tst_queuewatcher.moc"
