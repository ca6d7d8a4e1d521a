#include "alerttranslator.h"
#include "fakelibtsession.h"
#include "fastresumestore.h"
#include "metatypes.h"
#include "resumekeeper.h"
#include "torrentregistry.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Revaer;
using namespace Revaer::Test;
using Kind = SessionAlert::Kind;

// The resume keeper on its own: a registry, a translator and a fake
// session, wired as the worker wires them, and a real resume folder.
class TestResumeKeeper : public QObject
{
    Q_OBJECT

    struct Rig {
        TorrentRegistry registry;
        AlertTranslator translator {registry};
        FakeLibtSession session;
        std::unique_ptr<ResumeKeeper> keeper;

        explicit Rig(const EngineConfig &config)
        {
            keeper = std::make_unique<ResumeKeeper>(
                config, registry, &translator, [](const char *, const std::function<void()> &call) {
                    call();
                    return true;
                });
            QObject::connect(&translator, &AlertTranslator::torrentAdded, keeper.get(), &ResumeKeeper::torrentAdded);
            QObject::connect(&translator, &AlertTranslator::addFailed, keeper.get(),
                [this](const TorrentId &id, bool duplicate, const EngineMessage &error) {
                    if (!duplicate)
                        keeper->addFailed(id, error);
                });
            QObject::connect(&translator, &AlertTranslator::torrentRemoved, keeper.get(),
                [this](const TorrentRemovedEvent &event) { keeper->removed(event.id); });
            keeper->setSession(&session);
            keeper->start();
        }
        // Hands what the session said to the translator, as the pump does.
        void deliver()
        {
            for (const SessionAlert &alert : session.popAlerts())
                translator.handle(alert);
        }
        TorrentId add(const QString &magnet, bool sequential = false)
        {
            AddTorrentRequest request;
            request.kind = AddTorrentRequest::Kind::Magnet;
            request.source = magnet;
            request.sequential = sequential;
            request.addedAt = QDateTime::currentDateTimeUtc();
            const AddOutcome outcome = session.addTorrent(request, QString());
            keeper->storeNew(outcome.id, request, outcome.name, {});
            translator.expect(outcome.id, {request.source, request.addedAt, false});
            return outcome.id;
        }
    };

    QTemporaryDir dir;

    EngineConfig config()
    {
        EngineConfig c;
        c.defaultSavePath = dir.filePath(QStringLiteral("downloads"));
        c.resumeDir = dir.filePath(QStringLiteral("resume-%1").arg(QString::fromLatin1(QTest::currentTestFunction())));
        return c;
    }

    static SessionAlert alert(Kind kind, const TorrentId &id = {})
    {
        SessionAlert a;
        a.kind = kind;
        a.id = id;
        return a;
    }

    static QString magnet(char digit) { return QStringLiteral("magnet:?xt=urn:btih:") + QString(40, QLatin1Char(digit)); }

private Q_SLOTS:
    void initTestCase() { registerEngineMetaTypes(); }

    void aNewTorrentIsStoredBeforeLibtorrentConfirmsIt()
    {
        const EngineConfig c = config();
        TorrentId id;
        {
            Rig rig(c);
            rig.session.setAutoConfirmAdds(false);
            id = rig.add(magnet('1'));
            QVERIFY(rig.registry.find(id)->stored);
            QCOMPARE(rig.registry.find(id)->phase, TorrentEntry::Phase::Adding);
            rig.keeper->stop();
        }
        FastResumeStore store(c.resumeDir);
        QCOMPARE(store.scan(), QList<TorrentId> {id});
    }

    void removingATorrentIsOneEraseAndItsFilesGo()
    {
        const EngineConfig c = config();
        {
            Rig rig(c);
            const TorrentId id = rig.add(magnet('2'));
            rig.deliver();
            QCOMPARE(rig.registry.find(id)->phase, TorrentEntry::Phase::Live);
            rig.translator.noteRemoving(id, RemoveMode::KeepFiles);
            QCOMPARE(rig.registry.find(id)->phase, TorrentEntry::Phase::Removing);
            rig.session.pushAlert(alert(Kind::TorrentRemoved, id));
            rig.deliver();
            QVERIFY(!rig.registry.find(id));
            QCOMPARE(rig.registry.size(), 0);
            rig.keeper->stop();
        }
        QVERIFY(FastResumeStore(c.resumeDir).scan().isEmpty());
    }

    void aRefusedAddForgetsTheStoredTorrent()
    {
        const EngineConfig c = config();
        {
            Rig rig(c);
            rig.session.setAutoConfirmAdds(false);
            const TorrentId id = rig.add(magnet('3'));
            SessionAlert refused = alert(Kind::TorrentAdded, id);
            refused.error = QStringLiteral("invalid torrent");
            rig.session.pushAlert(refused);
            rig.deliver();
            QVERIFY(!rig.registry.find(id));
            rig.keeper->stop();
        }
        QVERIFY(FastResumeStore(c.resumeDir).scan().isEmpty());
    }

    void restoresInTheSavedQueueOrderAndAppliesStoredSettings()
    {
        const EngineConfig c = config();
        TorrentId a, b, d;
        {
            Rig rig(c);
            a = rig.add(magnet('a'));
            b = rig.add(magnet('b'), true);
            d = rig.add(magnet('d'));
            rig.deliver();
            rig.keeper->storeQueue({d, a, b});
            rig.keeper->stop();
        }

        Rig rig(c);
        rig.session.setAutoConfirmAdds(false);
        QSignalSpy progress(rig.keeper.get(), &ResumeKeeper::restoreProgress);
        QSignalSpy finished(rig.keeper.get(), &ResumeKeeper::restoreFinished);
        QSignalSpy reconciled(rig.keeper.get(), &ResumeKeeper::reconciled);
        rig.keeper->beginRestore();
        QVERIFY(rig.keeper->restoring());
        QTRY_COMPARE(rig.session.callsNamed(QStringLiteral("addTorrent")).size(), 3);
        QList<TorrentId> order;
        for (const FakeLibtSession::Call &call : rig.session.callsNamed(QStringLiteral("addTorrent")))
            order.append(call.id);
        QCOMPARE(order, (QList<TorrentId> {d, a, b}));
        QCOMPARE(finished.count(), 0);

        // libtorrent's resume data says b is not sequential; its stored
        // setting says it is, and wins.
        for (const TorrentId &id : {d, a, b}) {
            SessionAlert added = alert(Kind::TorrentAdded, id);
            TorrentStatus status;
            status.id = id;
            status.sequential = false;
            added.status = status;
            rig.session.pushAlert(added);
        }
        rig.deliver();
        QCOMPARE(finished.count(), 1);
        QVERIFY(!rig.keeper->restoring());
        const RestoreProgressEvent last = progress.last().at(0).value<RestoreProgressEvent>();
        QVERIFY(last.finished);
        QCOMPARE(last.total, 3);
        QCOMPARE(last.restored, 3);
        const auto sequential = rig.session.callsNamed(QStringLiteral("setSequential"));
        QCOMPARE(sequential.size(), 1);
        QCOMPARE(sequential.at(0).id, b);
        // (The fake wrote no .fastresume, so each is also recovered from its
        // record, and says so.)
        QList<TorrentId> differ;
        for (const QList<QVariant> &event : std::as_const(reconciled)) {
            if (event.at(0).value<ReconciliationEvent>().kind == ReconciliationEvent::Kind::SettingsDiffer)
                differ.append(event.at(0).value<ReconciliationEvent>().id);
        }
        QCOMPARE(differ, QList<TorrentId> {b});
        // Each restored torrent is one entry, live, with its stored record.
        QCOMPARE(rig.registry.size(), 3);
        for (const TorrentId &id : {d, a, b}) {
            QVERIFY(rig.registry.isLive(id));
            QVERIFY(rig.registry.find(id)->stored);
            QVERIFY(!rig.registry.find(id)->restoring);
        }
    }

    void savesWhatChangedAndAnswersCountDown()
    {
        Rig rig(config());
        const TorrentId id = rig.add(magnet('5'));
        rig.deliver();
        rig.session.pushAlert(alert(Kind::StatusUpdate));
        SessionAlert status = alert(Kind::StatusUpdate);
        TorrentStatus s;
        s.id = id;
        s.needSaveResume = true;
        status.statuses = {s};
        rig.session.pushAlert(status);
        rig.deliver();
        QVERIFY(rig.registry.find(id)->changed);
        rig.keeper->saveChanged();
        QVERIFY(!rig.registry.find(id)->changed);
        QCOMPARE(rig.session.callsNamed(QStringLiteral("requestResumeData")).size(), 1);
        QCOMPARE(rig.keeper->savesPending(), 1);
        rig.session.pushAlert(alert(Kind::ResumeDataUnchanged, id));
        rig.deliver();
        QCOMPARE(rig.keeper->savesPending(), 0);
    }
};

QTEST_GUILESS_MAIN(TestResumeKeeper)
#include "tst_resumekeeper.moc"
