#include "fakelibtsession.h"
#include "sessionsupervisor.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace Revaer;
using namespace Revaer::Test;
using namespace std::chrono_literals;

// The session's life on its own: creation, restarts with back-off, giving
// up, the listen fallback and health, against a fake session, with no
// worker around it.
class TestSessionSupervisor : public QObject
{
    Q_OBJECT

    QList<qint64> created; // ms since `clock` started, per factory call
    QElapsedTimer clock;
    int failuresLeft = 0;
    FakeLibtSession *fake = nullptr;

    std::unique_ptr<SessionSupervisor> make(int attempts = 4)
    {
        EngineConfig config;
        config.restartDelay = 50ms;
        config.restartAttempts = attempts;
        config.session.listenInterfaces = QStringLiteral("127.0.0.1:6881,[::1]:6881");
        created.clear();
        clock.start();
        return std::make_unique<SessionSupervisor>(
            config, [this](const SessionSettings &settings) -> std::unique_ptr<LibtSession> {
                created.append(clock.elapsed());
                if (failuresLeft > 0) {
                    --failuresLeft;
                    throw std::runtime_error("no session today");
                }
                auto session = std::make_unique<FakeLibtSession>(settings);
                fake = session.get();
                return session;
            });
    }

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<HealthEvent>(); }

    void aThrowInACallRestartsTheSessionWithBackOff()
    {
        failuresLeft = 0;
        auto supervisor = make();
        QSignalSpy lost(supervisor.get(), &SessionSupervisor::sessionLost);
        QSignalSpy restarted(supervisor.get(), &SessionSupervisor::restarted);
        QSignalSpy health(supervisor.get(), &SessionSupervisor::healthChanged);
        QString error;
        QVERIFY(supervisor->start(&error));
        supervisor->publishHealth();
        QCOMPARE(supervisor->health().state, HealthState::Healthy);

        // The session dies; the next call throws. The failure is handled
        // from the event loop, not inside the call.
        fake->setDead(true);
        failuresLeft = 2;
        QVERIFY(
            !supervisor->guarded("pause", [&] { supervisor->session()->pause(FakeLibtSession::idFor(QStringLiteral("a"))); }));
        QCOMPARE(lost.count(), 0);
        QTRY_COMPARE(lost.count(), 1);
        QVERIFY(!supervisor->session());
        QCOMPARE(supervisor->health().state, HealthState::Degraded);
        QVERIFY(supervisor->health().reason.contains(QStringLiteral("failed")));

        // Two failed tries, then a session: 50, 100, 200 ms apart.
        QTRY_COMPARE_WITH_TIMEOUT(restarted.count(), 1, 5000);
        QVERIFY(supervisor->session());
        QCOMPARE(supervisor->health().state, HealthState::Healthy);
        QCOMPARE(created.size(), 4);
        const qint64 first = created.at(2) - created.at(1);
        const qint64 second = created.at(3) - created.at(2);
        QVERIFY2(second > first, qPrintable(QStringLiteral("%1 then %2 ms").arg(first).arg(second)));
    }

    void givesUpAfterItsAttemptsAndSaysWhatToDo()
    {
        failuresLeft = 1000;
        auto supervisor = make(3);
        QSignalSpy gaveUp(supervisor.get(), &SessionSupervisor::gaveUp);
        QString error;
        QVERIFY(!supervisor->start(&error));
        QCOMPARE(error, QStringLiteral("no session today"));
        supervisor->failNow(QStringLiteral("could not start: ") + error);
        QCOMPARE(supervisor->health().state, HealthState::Degraded);
        QTRY_COMPARE_WITH_TIMEOUT(gaveUp.count(), 1, 5000);
        QCOMPARE(created.size(), 4); // the start and three tries
        QCOMPARE(supervisor->health().state, HealthState::Unhealthy);
        QVERIFY(supervisor->health().reason.contains(QStringLiteral("Restart Revaer")));
        QVERIFY(!supervisor->gaveUpReason().isEmpty());
        // No more tries, and calls are refused without a crash.
        QTest::qWait(300);
        QCOMPARE(created.size(), 4);
        QVERIFY(!supervisor->guarded("pause", [] {}));
        failuresLeft = 0;
    }

    void aTakenPortFallsBackToOneTheSystemPicks()
    {
        failuresLeft = 0;
        auto supervisor = make();
        QSignalSpy warnings(supervisor.get(), &SessionSupervisor::warning);
        QSignalSpy listening(supervisor.get(), &SessionSupervisor::listening);
        QString error;
        QVERIFY(supervisor->start(&error));
        supervisor->onListenFailed(QStringLiteral("127.0.0.1"), 6881, QStringLiteral("address in use"));
        supervisor->onListenFailed(QStringLiteral("::1"), 6881, QStringLiteral("address in use"));
        // A moment for another interface to succeed, then the same addresses on port 0.
        QTRY_VERIFY_WITH_TIMEOUT(!fake->callsNamed(QStringLiteral("applySettings")).isEmpty(), 3000);
        QCOMPARE(fake->lastSettings().listenInterfaces, QStringLiteral("127.0.0.1:0,[::1]:0"));
        QCOMPARE(supervisor->effectiveSettings().listenInterfaces, QStringLiteral("127.0.0.1:0,[::1]:0"));
        supervisor->onListening(QStringLiteral("127.0.0.1"), 40123);
        QCOMPARE(listening.count(), 1);
        QCOMPARE(warnings.count(), 1);
        const QString warning = warnings.at(0).at(0).toString();
        QVERIFY2(warning.contains(QStringLiteral("6881")) && warning.contains(QStringLiteral("40123")), qPrintable(warning));

        // The user chooses other addresses: the fallback is dropped.
        SessionSettings chosen = supervisor->effectiveSettings();
        chosen.listenInterfaces = QStringLiteral("127.0.0.1:7000");
        supervisor->applySettings(chosen);
        QCOMPARE(fake->lastSettings().listenInterfaces, QStringLiteral("127.0.0.1:7000"));
    }

    void noAddressAtAllDegradesAndKeepsTrying()
    {
        failuresLeft = 0;
        auto supervisor = make();
        QString error;
        QVERIFY(supervisor->start(&error));
        supervisor->onListenFailed(QStringLiteral("127.0.0.1"), 6881, QStringLiteral("in use"));
        QTRY_VERIFY_WITH_TIMEOUT(!fake->callsNamed(QStringLiteral("applySettings")).isEmpty(), 3000);
        // Even port 0 fails: degraded, naming the addresses, and retried.
        supervisor->onListenFailed(QStringLiteral("127.0.0.1"), 0, QStringLiteral("cannot assign"));
        QCOMPARE(supervisor->health().state, HealthState::Degraded);
        QVERIFY(supervisor->health().reason.contains(QStringLiteral("127.0.0.1:6881")));
        QTRY_VERIFY_WITH_TIMEOUT(!fake->callsNamed(QStringLiteral("reopenNetworkSockets")).isEmpty(), 4000);
        supervisor->onListening(QStringLiteral("127.0.0.1"), 40000);
        QCOMPARE(supervisor->health().state, HealthState::Healthy);
    }

    void onlyChangesBeyondTheCapsReachTheSession()
    {
        failuresLeft = 0;
        auto supervisor = make();
        QString error;
        QVERIFY(supervisor->start(&error));
        SessionSettings settings = supervisor->effectiveSettings();
        settings.limits.downloadLimit = 1000; // the caps watchdog's job
        supervisor->applySettings(settings);
        QVERIFY(fake->callsNamed(QStringLiteral("applySettings")).isEmpty());
        settings.connectionsLimit = 17;
        supervisor->applySettings(settings);
        QCOMPARE(fake->callsNamed(QStringLiteral("applySettings")).size(), 1);
    }

    void problemsAddUpAndClearOneByOne()
    {
        failuresLeft = 0;
        auto supervisor = make();
        QSignalSpy health(supervisor.get(), &SessionSupervisor::healthChanged);
        QString error;
        QVERIFY(supervisor->start(&error));
        supervisor->publishHealth();
        supervisor->setProblem(SessionSupervisor::ProblemDisk, QStringLiteral("disk full"));
        supervisor->setProblem(SessionSupervisor::ProblemResume, QStringLiteral("resume folder read-only"));
        supervisor->setProblem(SessionSupervisor::ProblemResume, QStringLiteral("resume folder read-only")); // no change
        QCOMPARE(health.count(), 3);
        QVERIFY(supervisor->health().reason.contains(QStringLiteral("disk full")));
        QVERIFY(supervisor->health().reason.contains(QStringLiteral("read-only")));
        supervisor->setOrClearProblem(SessionSupervisor::ProblemDisk, {});
        QCOMPARE(supervisor->health().state, HealthState::Degraded);
        supervisor->clearProblem(SessionSupervisor::ProblemResume);
        QCOMPARE(supervisor->health().state, HealthState::Healthy);
    }
};

QTEST_GUILESS_MAIN(TestSessionSupervisor)
#include "tst_sessionsupervisor.moc"
