#include "httpclient.h"
#include "mainwindow.h"
#include "metatypes.h"
#include "remoteengine.h"
#include "settingsstore.h"
#include "testswarm.h"
#include "torrentlistmodel.h"
#include "transferfilterproxy.h"
#include "transferlistview.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
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
};

QTEST_MAIN(TestRemoteEngine)
#include "tst_remoteengine.moc"
