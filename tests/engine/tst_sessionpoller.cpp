#include "alerttranslator.h"
#include "fakelibtsession.h"
#include "metatypes.h"
#include "sessionpoller.h"
#include "torrentregistry.h"

#include <QTest>

using namespace Revaer;
using namespace Revaer::Test;

// The poller on its own: it asks for status updates no faster than they are
// handled, asks again when an answer is lost, and stops with the session.
class TestSessionPoller : public QObject
{
    Q_OBJECT

    static bool call(const char *, const std::function<void()> &f)
    {
        f();
        return true;
    }

private Q_SLOTS:
    void initTestCase() { registerEngineMetaTypes(); }

    void asksAgainOnlyOnceTheLastAnswerWasHandled()
    {
        TorrentRegistry registry;
        AlertTranslator translator(registry);
        FakeLibtSession session;
        SessionPoller poller(&translator, &TestSessionPoller::call, 50);
        const QString posts = QStringLiteral("postTorrentUpdates");
        poller.start(&session);
        QTRY_COMPARE(session.callsNamed(posts).size(), 1);
        // No answer yet: not asked again at the interval, only after ten of them.
        QTest::qWait(200);
        QCOMPARE(session.callsNamed(posts).size(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(session.callsNamed(posts).size(), 2, 1000);
        // An answer: asked again one interval later.
        SessionAlert update;
        update.kind = SessionAlert::Kind::StatusUpdate;
        translator.handle(update);
        QTRY_COMPARE_WITH_TIMEOUT(session.callsNamed(posts).size(), 3, 400);
        // The session's rates every second.
        QTRY_VERIFY_WITH_TIMEOUT(!session.callsNamed(QStringLiteral("postSessionStats")).isEmpty(), 2000);

        poller.stop();
        const qsizetype before = session.callsNamed(posts).size() + session.callsNamed(QStringLiteral("postSessionStats")).size();
        translator.handle(update); // an answer after the stop asks nothing
        QTest::qWait(1200);
        QCOMPARE(session.callsNamed(posts).size() + session.callsNamed(QStringLiteral("postSessionStats")).size(), before);
    }
};

QTEST_GUILESS_MAIN(TestSessionPoller)
#include "tst_sessionpoller.moc"
