#include "fakeengine.h"
#include "httpclient.h"
#include "mainwindow.h"
#include "metatypes.h"
#include "remotecontrol.h"
#include "remoteengine.h"
#include "rpcconfig.h"
#include "rpcserver.h"
#include "serversettingsdialog.h"
#include "settingsstore.h"
#include "testswarm.h"
#include "torrentlistmodel.h"
#include "transferfilterproxy.h"
#include "transferlistview.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QProcess>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTime>
#include <QTimeEdit>
#include <QTimer>
#include <QTreeView>

#include <csignal>

using namespace Revaer;
using namespace Revaer::Test;

namespace {

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

} // namespace

// The window's RemoteEngine against a real transmission-daemon (Debian's
// 3.00): the engine's events follow the daemon, its commands reach it, and
// the window shows and controls the daemon's torrents.
class TestRemoteEngine : public QObject
{
    Q_OBJECT

    QTemporaryDir work;
    QProcess daemon;
    quint16 port = 0;
    GeneratedTorrent first;
    GeneratedTorrent second;
    QString firstFile;
    QString secondFile;

    // The daemon's own view, asked over its RPC.
    QJsonObject daemonTorrent(const QString &hash)
    {
        RpcClient client(port);
        const QJsonObject answer = client.rpc(QStringLiteral("torrent-get"),
            {{QStringLiteral("ids"), QJsonArray {hash}},
                {QStringLiteral("fields"),
                    QJsonArray {QStringLiteral("status"), QStringLiteral("wanted"), QStringLiteral("priorities"),
                        QStringLiteral("name")}}});
        return answer.value(QLatin1String("arguments")).toObject().value(QLatin1String("torrents")).toArray().first().toObject();
    }

    int daemonCount()
    {
        RpcClient client(port);
        return int(client.rpc(QStringLiteral("torrent-get"), {{QStringLiteral("fields"), QJsonArray {QStringLiteral("id")}}})
                       .value(QLatin1String("arguments"))
                       .toObject()
                       .value(QLatin1String("torrents"))
                       .toArray()
                       .size());
    }

    RemoteEngine::Server server() const { return {QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)), {}, {}, {}}; }

private Q_SLOTS:
    void initTestCase()
    {
        registerEngineMetaTypes();
        const QString binary = QStandardPaths::findExecutable(QStringLiteral("transmission-daemon"));
        if (binary.isEmpty())
            QSKIP("transmission-daemon is not installed (scripts/ensure-deps.sh test)");
        first = generateTorrent(work.filePath(QStringLiteral("content")), QStringLiteral("First"),
            {{QStringLiteral("a.bin"), 40'000}, {QStringLiteral("b.bin"), 30'000}}, 31);
        second = generateTorrent(
            work.filePath(QStringLiteral("content")), QStringLiteral("Second"), {{QStringLiteral("only.bin"), 50'000}}, 32);
        firstFile = first.writeTorrentFile(work.filePath(QStringLiteral("first.torrent")));
        secondFile = second.writeTorrentFile(work.filePath(QStringLiteral("second.torrent")));
        const QString config = work.filePath(QStringLiteral("transmission"));
        QDir().mkpath(config);
        port = freePort();
        QFile settings(config + QStringLiteral("/settings.json"));
        QVERIFY(settings.open(QIODevice::WriteOnly));
        settings.write(QJsonDocument(
            QJsonObject {{QStringLiteral("rpc-port"), port}, {QStringLiteral("rpc-bind-address"), QStringLiteral("127.0.0.1")},
                {QStringLiteral("rpc-authentication-required"), false},
                {QStringLiteral("rpc-whitelist"), QStringLiteral("127.0.0.1")},
                {QStringLiteral("download-dir"), work.filePath(QStringLiteral("daemon-downloads"))},
                {QStringLiteral("dht-enabled"), false}, {QStringLiteral("lpd-enabled"), false},
                {QStringLiteral("pex-enabled"), false}, {QStringLiteral("port-forwarding-enabled"), false},
                {QStringLiteral("peer-port"), freePort()},
                {QStringLiteral("message-level"),
                    1}}).toJson());
        settings.close();
        daemon.start(binary, {QStringLiteral("-f"), QStringLiteral("-g"), config});
        QVERIFY(daemon.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(
            RpcClient(port).rpc(QStringLiteral("session-get")).value(QLatin1String("result")) == QLatin1String("success"), 20000);
    }

    void cleanupTestCase()
    {
        if (daemon.state() == QProcess::NotRunning)
            return;
        ::kill(pid_t(daemon.processId()), SIGTERM); // the one this test started
        if (!daemon.waitForFinished(20000))
            daemon.kill();
    }

    // Each test starts from a daemon without torrents.
    void init()
    {
        RpcClient client(port);
        client.rpc(QStringLiteral("torrent-remove"), {{QStringLiteral("delete-local-data"), true}});
        QTRY_COMPARE_WITH_TIMEOUT(daemonCount(), 0, 10000);
    }

    void theEngineFollowsAndDrivesTheDaemon()
    {
        RemoteEngine engine(server());
        QSignalSpy started(&engine, &TorrentEngine::started);
        QSignalSpy added(&engine, &TorrentEngine::torrentAdded);
        QSignalSpy files(&engine, &TorrentEngine::filesDiscovered);
        QSignalSpy states(&engine, &TorrentEngine::stateChanged);
        QSignalSpy removed(&engine, &TorrentEngine::torrentRemoved);
        QSignalSpy details(&engine, &TorrentEngine::detailsReady);
        engine.start(300);
        QTRY_COMPARE_WITH_TIMEOUT(started.size(), 1, 10000);

        AddTorrentRequest request = AddTorrentRequest::fromFile(firstFile);
        request.paused = true;
        request.filePriorities = {FilePriority::Skip, FilePriority::Normal};
        engine.addTorrent(request);
        QTRY_COMPARE_WITH_TIMEOUT(added.size(), 1, 10000);
        const auto event = added.first().first().value<TorrentAddedEvent>();
        QCOMPARE(event.id, first.id);
        QCOMPARE(event.name, QStringLiteral("First"));
        // Transmission checks a new torrent's files first, then it stays stopped.
        QTRY_COMPARE_WITH_TIMEOUT(states.last().first().value<TorrentStateEvent>().state, TorrentState::Paused, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!files.isEmpty(), 10000);
        const auto discovered = files.last().first().value<FilesDiscoveredEvent>();
        QCOMPARE(discovered.metadata.files.size(), 2);
        QCOMPARE(discovered.filePriorities, (QList<int> {FilePriority::Skip, FilePriority::Normal}));
        QCOMPARE(daemonTorrent(first.id.toString()).value(QLatin1String("wanted")).toArray(), (QJsonArray {0, 1}));

        engine.resumeTorrents({first.id});
        QTRY_VERIFY_WITH_TIMEOUT(daemonTorrent(first.id.toString()).value(QLatin1String("status")).toInt() != 0, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(states.last().first().value<TorrentStateEvent>().state != TorrentState::Paused, 10000);
        engine.pauseTorrents({first.id});
        QTRY_COMPARE_WITH_TIMEOUT(daemonTorrent(first.id.toString()).value(QLatin1String("status")).toInt(), 0, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(states.last().first().value<TorrentStateEvent>().state, TorrentState::Paused, 10000);

        engine.setFilePriorities(first.id, {FilePriority::High, FilePriority::Skip});
        QTRY_COMPARE_WITH_TIMEOUT(
            daemonTorrent(first.id.toString()).value(QLatin1String("wanted")).toArray(), (QJsonArray {1, 0}), 10000);
        QCOMPARE(daemonTorrent(first.id.toString()).value(QLatin1String("priorities")).toArray().first().toInt(), 1);

        engine.requestDetails({first.id});
        QTRY_COMPARE_WITH_TIMEOUT(details.size(), 1, 10000);
        const auto d = details.first().first().value<QList<TorrentDetails>>().value(0);
        QCOMPARE(d.metadata.files.size(), 2);
        QCOMPARE(d.filePriorities, (QList<int> {FilePriority::High, FilePriority::Skip}));
        QCOMPARE(d.pieceCount, first.torrentData.isEmpty() ? 0 : d.pieceCount);

        // Added on the daemon by someone else: seen at the next poll.
        RpcClient client(port);
        QFile file(secondFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(client
                     .rpc(QStringLiteral("torrent-add"),
                         {{QStringLiteral("metainfo"), QString::fromLatin1(file.readAll().toBase64())},
                             {QStringLiteral("paused"), true}})
                     .value(QLatin1String("result"))
                     .toString(),
            QStringLiteral("success"));
        QTRY_COMPARE_WITH_TIMEOUT(added.size(), 2, 10000);

        engine.removeTorrents({first.id, second.id}, RemoveMode::KeepFiles);
        QTRY_COMPARE_WITH_TIMEOUT(removed.size(), 2, 10000);
        QCOMPARE(daemonCount(), 0);

        // A duplicate and a bad file are said, not lost.
        QSignalSpy messages(&engine, &TorrentEngine::message);
        engine.addTorrent(AddTorrentRequest::fromFile(work.filePath(QStringLiteral("missing.torrent"))));
        QTRY_COMPARE(messages.size(), 1);
        QVERIFY(messages.first().first().value<EngineMessage>().message.contains(QStringLiteral("missing.torrent")));
        engine.stop();
    }

    void aWrongAddressIsSaidAndRetried()
    {
        RemoteEngine engine({QUrl(QStringLiteral("http://127.0.0.1:%1").arg(freePort())), {}, {}, {}});
        QSignalSpy health(&engine, &TorrentEngine::healthChanged);
        QSignalSpy messages(&engine, &TorrentEngine::message);
        engine.start();
        QTRY_VERIFY_WITH_TIMEOUT(!health.isEmpty(), 10000);
        QCOMPARE(health.first().first().value<HealthEvent>().state, HealthState::Unhealthy);
        QTRY_VERIFY(!messages.isEmpty());
        QVERIFY(messages.first().first().value<EngineMessage>().message.contains(QStringLiteral("Cannot reach")));
        engine.stop();
    }

    void theWindowShowsAndControlsTheDaemon()
    {
        RemoteEngine engine(server());
        SettingsStore settings(work.filePath(QStringLiteral("window.ini")));
        SettingsStore::InterfaceChoices choices = settings.interfaceChoices();
        choices.showAddDialog = false;
        choices.confirmRemove = false;
        settings.setInterfaceChoices(choices);
        MainWindow window(&engine, &settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        engine.start(300);

        // Added from the window: the daemon has it, the list shows it.
        window.addSources({secondFile});
        QTRY_COMPARE_WITH_TIMEOUT(daemonCount(), 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(window.model()->rowCount(), 1, 10000);
        const int row = window.model()->rowOf(second.id);
        QVERIFY(row >= 0);
        // Transmission checks a new torrent's files first and starts it after
        // the check even when stopped meanwhile: pause it once it runs.
        QTRY_COMPARE_WITH_TIMEOUT(daemonTorrent(second.id.toString()).value(QLatin1String("status")).toInt(), 4, 10000);

        auto select = [&window] {
            QTreeView *view = window.transferView();
            view->clearSelection();
            const QModelIndex source = window.model()->index(0, 0);
            view->selectionModel()->select(
                window.proxy()->mapFromSource(source), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        };
        select();
        QCOMPARE(window.selectedIds(), QList<TorrentId> {second.id});
        QVERIFY(window.action(QStringLiteral("pause"))->isEnabled());
        window.action(QStringLiteral("pause"))->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(daemonTorrent(second.id.toString()).value(QLatin1String("status")).toInt(), 0, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(window.model()->data(window.model()->index(row, TorrentListModel::Status)).toString(),
            torrentStateName(TorrentState::Paused), 10000);
        select();
        window.action(QStringLiteral("resume"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(daemonTorrent(second.id.toString()).value(QLatin1String("status")).toInt() != 0, 10000);
        select();
        window.action(QStringLiteral("remove"))->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(daemonCount(), 0, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(window.model()->rowCount(), 0, 10000);
        engine.stop();
    }

    // Connected to the daemon, Settings are the daemon's: what it says is
    // shown, what is changed reaches it, the window's caps follow, and a
    // change it refuses is said, with the dialog left open.
    void theServerSettingsAreTheDaemons()
    {
        RemoteEngine engine(server());
        SettingsStore local(work.filePath(QStringLiteral("server-settings-window.ini")));
        MainWindow window(&engine, &local);
        window.showRemote(engine.serverName(), RemoteEngine::unsupportedActions());
        QSignalSpy started(&engine, &TorrentEngine::started);
        engine.start(300);
        QTRY_VERIFY_WITH_TIMEOUT(!started.isEmpty(), 10000);

        QString opened;
        QTimer::singleShot(0, this, [&opened] {
            if (QWidget *dialog = QApplication::activeModalWidget()) {
                opened = dialog->objectName();
                static_cast<QDialog *>(dialog)->reject();
            }
        });
        window.action(QStringLiteral("settings"))->trigger();
        QCOMPARE(opened, QStringLiteral("serverSettingsDialog"));

        const QJsonObject before
            = RpcClient(port).rpc(QStringLiteral("session-get")).value(QLatin1String("arguments")).toObject();
        ServerSettingsDialog dialog(&engine);
        dialog.show();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.findChild<QTabWidget *>()->isEnabled(), 10000);
        auto *folder = qobject_cast<QLineEdit *>(dialog.control(QStringLiteral("download-dir")));
        QVERIFY(folder);
        QCOMPARE(folder->text(), before.value(QLatin1String("download-dir")).toString());
        QVERIFY(dialog.control(QStringLiteral("idle-seeding-limit"))); // Transmission has it
        QVERIFY(!dialog.control(QStringLiteral("no-such-setting")));

        // A folder that is not absolute: the daemon refuses; nothing changes.
        folder->setText(QStringLiteral("relative/folder"));
        dialog.accept();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.statusText().contains(QStringLiteral("did not take the changes")), 10000);
        QVERIFY2(dialog.isVisible(), qPrintable(dialog.statusText()));
        QCOMPARE(RpcClient(port)
                     .rpc(QStringLiteral("session-get"))
                     .value(QLatin1String("arguments"))
                     .toObject()
                     .value(QLatin1String("download-dir")),
            before.value(QLatin1String("download-dir")));

        const QString newFolder = work.filePath(QStringLiteral("daemon-downloads-2"));
        const quint16 newPort = freePort();
        folder->setText(newFolder);
        qobject_cast<QCheckBox *>(dialog.control(QStringLiteral("speed-limit-down-enabled")))->setChecked(true);
        qobject_cast<QSpinBox *>(dialog.control(QStringLiteral("speed-limit-down")))->setValue(250);
        qobject_cast<QSpinBox *>(dialog.control(QStringLiteral("peer-port")))->setValue(newPort);
        auto *encryption = qobject_cast<QComboBox *>(dialog.control(QStringLiteral("encryption")));
        encryption->setCurrentIndex(encryption->findData(QStringLiteral("required")));
        qobject_cast<QCheckBox *>(dialog.control(QStringLiteral("seedRatioLimited")))->setChecked(true);
        qobject_cast<QDoubleSpinBox *>(dialog.control(QStringLiteral("seedRatioLimit")))->setValue(1.5);
        auto *days = qobject_cast<QComboBox *>(dialog.control(QStringLiteral("alt-speed-time-day")));
        days->setCurrentIndex(days->findData(62));
        qobject_cast<QTimeEdit *>(dialog.control(QStringLiteral("alt-speed-time-begin")))->setTime(QTime(8, 30));
        QSignalSpy limits(&engine, &TorrentEngine::limitsChanged);
        dialog.accept();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isVisible(), 10000);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        const QJsonObject after = RpcClient(port).rpc(QStringLiteral("session-get")).value(QLatin1String("arguments")).toObject();
        QCOMPARE(after.value(QLatin1String("download-dir")).toString(), newFolder);
        QVERIFY(after.value(QLatin1String("speed-limit-down-enabled")).toBool());
        QCOMPARE(after.value(QLatin1String("speed-limit-down")).toInt(), 250);
        QCOMPARE(after.value(QLatin1String("peer-port")).toInt(), int(newPort));
        QCOMPARE(after.value(QLatin1String("encryption")).toString(), QStringLiteral("required"));
        QVERIFY(after.value(QLatin1String("seedRatioLimited")).toBool());
        QCOMPARE(after.value(QLatin1String("seedRatioLimit")).toDouble(), 1.5);
        QCOMPARE(after.value(QLatin1String("alt-speed-time-day")).toInt(), 62);
        QCOMPARE(after.value(QLatin1String("alt-speed-time-begin")).toInt(), 8 * 60 + 30);
        // Only what changed was sent: the rest is as it was.
        QCOMPARE(after.value(QLatin1String("speed-limit-up-enabled")), before.value(QLatin1String("speed-limit-up-enabled")));
        QCOMPARE(after.value(QLatin1String("dht-enabled")), before.value(QLatin1String("dht-enabled")));
        // The window's caps are the daemon's new ones.
        QTRY_VERIFY(!limits.isEmpty());
        QCOMPARE(limits.constLast().at(0).value<LimitsEvent>().limits.downloadLimit, 250 * 1000);

        RpcClient(port).rpc(QStringLiteral("session-set"),
            {{QStringLiteral("download-dir"), before.value(QLatin1String("download-dir"))},
                {QStringLiteral("speed-limit-down-enabled"), false}});
        engine.stop();
    }

    // A Revaer server does not take every key Transmission has (its queues
    // are always on): the dialog names what the server kept and shows it.
    void aSettingTheServerKeepsIsNamed()
    {
        FakeEngine local;
        SettingsStore serverSettings(work.filePath(QStringLiteral("revaer-server.ini")));
        EngineConfig base;
        base.defaultSavePath = work.filePath(QStringLiteral("revaer-server-downloads"));
        serverSettings.load(base);
        serverSettings.attach(&local);
        RemoteControl control(&local, &serverSettings);
        RpcConfig config;
        config.enabled = true;
        config.port = 0;
        QString error;
        QVERIFY2(control.start(config, &error), qPrintable(error));
        RemoteEngine engine(
            RemoteEngine::Server {QUrl(QStringLiteral("http://127.0.0.1:%1").arg(control.server()->port())), {}, {}, {}});

        ServerSettingsDialog dialog(&engine);
        dialog.show();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.findChild<QTabWidget *>()->isEnabled(), 10000);
        auto *queued = qobject_cast<QCheckBox *>(dialog.control(QStringLiteral("download-queue-enabled")));
        QVERIFY(queued);
        QVERIFY(queued->isChecked());
        queued->setChecked(false);
        qobject_cast<QSpinBox *>(dialog.control(QStringLiteral("seed-queue-size")))->setValue(7);
        dialog.accept();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.statusText().contains(QStringLiteral("kept its own value")), 10000);
        QVERIFY(dialog.statusText().contains(QStringLiteral("Active downloads at most")));
        QVERIFY(!dialog.statusText().contains(QStringLiteral("Active seeds")));
        QVERIFY(dialog.isVisible());
        QVERIFY(queued->isChecked()); // what is in force
        QCOMPARE(serverSettings.engineConfig().session.maxActiveSeeds, 7);
    }
};

QTEST_MAIN(TestRemoteEngine)
#include "tst_remoteengine.moc"
