#include "fakeengine.h"
#include "httpclient.h"
#include "remotecontrol.h"
#include "remoteengine.h"
#include "rpcserver.h"
#include "settingsstore.h"
#include "testswarm.h"

#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <sys/resource.h>
#include <sys/stat.h>

using namespace Revaer;
using namespace Revaer::Test;

namespace {

qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return 0;
}

TorrentId hashId(int n)
{
    return TorrentId::fromHex(QStringLiteral("%1").arg(n, 40, 10, QLatin1Char('0')));
}

} // namespace

// The remote-control server in-process, over a fake engine: the protocol,
// its checks and its defences. tests/app/tst_remote drives a real headless
// Revaer with transmission-remote.
class TestRpcServer : public QObject
{
    Q_OBJECT

    QTemporaryDir dir;
    std::unique_ptr<FakeEngine> engine;
    std::unique_ptr<SettingsStore> settings;
    std::unique_ptr<RemoteControl> remote;

    quint16 serve(RpcConfig config = {})
    {
        config.enabled = true;
        config.port = 0;
        QString error;
        if (!remote->start(config, &error)) {
            qWarning() << error;
            return 0;
        }
        return remote->server()->port();
    }

    void announceWithFiles(const TorrentId &id, const QString &name)
    {
        engine->announce(id, name, TorrentState::Downloading, 3000, 1000);
        FilesDiscoveredEvent files;
        files.id = id;
        files.metadata.name = name;
        files.metadata.pieceCount = 3;
        files.metadata.pieceLength = 1024;
        files.metadata.totalSize = 3000;
        files.metadata.files = {{0, name + QStringLiteral("/a.bin"), 1000, false},
            {1, name + QStringLiteral("/.pad/24"), 24, true}, {2, name + QStringLiteral("/b.bin"), 1976, false}};
        files.filePriorities = {4, 0, 7};
        Q_EMIT engine->filesDiscovered(files);
    }

private Q_SLOTS:
    void init()
    {
        engine = std::make_unique<FakeEngine>();
        settings = std::make_unique<SettingsStore>(dir.filePath(QStringLiteral("revaer.ini")));
        EngineConfig base;
        base.defaultSavePath = dir.filePath(QStringLiteral("downloads"));
        settings->load(base);
        settings->attach(engine.get());
        remote = std::make_unique<RemoteControl>(engine.get(), settings.get());
    }

    void cleanup()
    {
        remote.reset();
        settings.reset();
        engine.reset();
        QFile::remove(dir.filePath(QStringLiteral("revaer.ini")));
    }

    void theSessionIdIsHandedOutByA409AndRequired()
    {
        const quint16 port = serve();
        QVERIFY(port);
        HttpRequest request;
        request.body = R"({"method":"session-get"})";
        const HttpResponse first = httpExchange(port, request);
        QCOMPARE(first.status, 409);
        const QByteArray id = first.headers.value("x-transmission-session-id");
        QVERIFY(id.size() >= 32);
        request.headers = {{"X-Transmission-Session-Id", "not-" + id}};
        QCOMPARE(httpExchange(port, request).status, 409);
        request.headers = {{"X-Transmission-Session-Id", id}};
        const HttpResponse ok = httpExchange(port, request);
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.json().value(QLatin1String("result")).toString(), QStringLiteral("success"));
        QCOMPARE(ok.json().value(QLatin1String("arguments")).toObject().value(QLatin1String("rpc-version")).toInt(), 16);
        request.method = "GET";
        request.body.clear();
        QCOMPARE(httpExchange(port, request).status, 405);
    }

    void aForeignHostHeaderIsRefused()
    {
        RpcConfig config;
        config.allowedHosts = {QStringLiteral("nas.example")};
        const quint16 port = serve(config);
        QVERIFY(port);
        RpcClient client(port);
        QCOMPARE(client.rpc(QStringLiteral("session-get")).value(QLatin1String("result")).toString(), QStringLiteral("success"));
        auto withHost = [port](const QByteArray &host) {
            HttpRequest request;
            request.headers = {{"Host", host}};
            request.body = R"({"method":"session-get"})";
            return httpExchange(port, request).status;
        };
        // A page on evil.example whose name now resolves to 127.0.0.1 (DNS rebinding).
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("refused .* asking for host")));
        QCOMPARE(withHost("evil.example:" + QByteArray::number(port)), 421);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("refused .* asking for host")));
        QCOMPARE(withHost("127.0.0.1.evil.example"), 421);
        QCOMPARE(withHost("localhost:" + QByteArray::number(port)), 409); // allowed: on to the token check
        QCOMPARE(withHost("[::1]:" + QByteArray::number(port)), 409);
        QCOMPARE(withHost("NAS.example"), 409);
    }

    void aPasswordIsCheckedAndFailedLoginsSlowDownThenLockOut()
    {
        RpcConfig config;
        config.user = QStringLiteral("alice");
        config.passwordHash = RpcConfig::hashPassword(QStringLiteral("s3cret pass"), 1000);
        config.maxLoginDelayMs = 600;
        config.lockoutFailures = 6;
        const quint16 port = serve(config);
        QVERIFY(port);

        HttpRequest request;
        request.body = R"({"method":"session-get"})";
        const HttpResponse anonymous = httpExchange(port, request);
        QCOMPARE(anonymous.status, 401);
        QVERIFY(anonymous.headers.value("www-authenticate").startsWith("Basic"));

        RpcClient good(port);
        good.setCredentials("alice", "s3cret pass");
        QCOMPARE(good.rpc(QStringLiteral("session-get")).value(QLatin1String("result")).toString(), QStringLiteral("success"));

        RpcClient wrongUser(port);
        wrongUser.setCredentials("bob", "s3cret pass");
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("failed login from 127.0.0.1 \\( 1 in a row")));
        QCOMPARE(wrongUser.call({{QStringLiteral("method"), QStringLiteral("session-get")}}).status, 401);

        RpcClient wrong(port);
        wrong.setCredentials("alice", "guess");
        QList<qint64> took;
        for (int failure = 2; failure <= 5; ++failure) {
            QTest::ignoreMessage(
                QtWarningMsg, QRegularExpression(QStringLiteral("failed login from 127.0.0.1 \\( %1 in a row").arg(failure)));
            QElapsedTimer clock;
            clock.start();
            QCOMPARE(wrong.call({{QStringLiteral("method"), QStringLiteral("session-get")}}).status, 401);
            took.append(clock.elapsed());
        }
        // The first failures come back at once (a typo), later ones ever slower.
        // (1,000 hashing rounds here, not 100,000: the delay is what is measured.)
        QVERIFY2(took.last() >= took.first() + 450 && took.at(2) >= took.first() + 200,
            qPrintable(QStringLiteral("%1 ms, %2 ms, %3 ms").arg(took.first()).arg(took.at(2)).arg(took.last())));

        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("failed login from 127.0.0.1 \\( 6 in a row")));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("refusing 127.0.0.1 for 15 minutes")));
        QCOMPARE(wrong.call({{QStringLiteral("method"), QStringLiteral("session-get")}}).status, 401);
        // Locked out: even the right password from that address, for now.
        QCOMPARE(good.call({{QStringLiteral("method"), QStringLiteral("session-get")}}).status, 403);
    }

    // While a failed login's answer is held back, the same address gets no
    // other try (and costs no password hashing): 429 at once.
    void guessesInParallelAreTurnedAway()
    {
        RpcConfig config;
        config.user = QStringLiteral("alice");
        config.passwordHash = RpcConfig::hashPassword(QStringLiteral("right"), 1000);
        config.maxLoginDelayMs = 2000;
        config.lockoutFailures = 100;
        const quint16 port = serve(config);
        QVERIFY(port);
        RpcClient wrong(port);
        wrong.setCredentials("alice", "wrong");
        for (int failure = 1; failure <= 3; ++failure) {
            QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("failed login from 127.0.0.1")));
            QCOMPARE(wrong.call({{QStringLiteral("method"), QStringLiteral("session-get")}}).status, 401);
        }
        // The fourth failure is held back 500 ms; meanwhile another guess comes.
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("failed login from 127.0.0.1")));
        QTcpSocket held;
        held.connectToHost(QStringLiteral("127.0.0.1"), port);
        QVERIFY(held.waitForConnected(5000));
        const QByteArray body = R"({"method":"session-get"})";
        held.write("POST /transmission/rpc HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Basic "
            + QByteArray("alice:wrong").toBase64() + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n"
            + body);
        QTRY_VERIFY(held.bytesToWrite() == 0);
        QTest::qWait(100);
        HttpRequest another;
        another.body = body;
        another.headers = {{"Authorization", "Basic " + QByteArray("alice:guess").toBase64()}};
        const HttpResponse busy = httpExchange(port, another);
        QCOMPARE(busy.status, 429);
        QTRY_VERIFY_WITH_TIMEOUT(held.peek(64).startsWith("HTTP/1.1 401"), 5000);
    }

    void listeningBeyondThisMachineNeedsAPassword()
    {
        RpcConfig config;
        config.enabled = true;
        config.port = 0;
        config.bindAddress = QStringLiteral("0.0.0.0");
        QString error;
        QVERIFY(!remote->start(config, &error));
        QVERIFY2(
            error.contains(QStringLiteral("without a password")) && error.contains(QStringLiteral("0.0.0.0")), qPrintable(error));
        config.bindAddress = QStringLiteral("not an address");
        QVERIFY(!remote->start(config, &error));
        QVERIFY2(error.contains(QStringLiteral("not an IP address")), qPrintable(error));
        QVERIFY(!remote->isServing());
    }

    void badRequestsGetAJsonErrorAndTheServerGoesOn()
    {
        const quint16 port = serve();
        QVERIFY(port);
        RpcClient client(port);
        client.rpc(QStringLiteral("session-get")); // the token
        engine->announce(hashId(1), QStringLiteral("One"), TorrentState::Downloading);
        const QList<QByteArray> bodies {
            "{this is not json",
            "",
            "[1, 2, 3]",
            R"({"arguments": {}})",
            R"({"method": 42})",
            R"({"method": "no-such-method"})",
            R"({"method": "torrent-get", "arguments": []})",
            R"({"method": "torrent-get", "arguments": {"fields": "name"}})",
            R"({"method": "torrent-get", "arguments": {"fields": ["name", 3]}})",
            R"({"method": "torrent-get", "arguments": {"fields": ["name"], "ids": {"a": 1}}})",
            R"({"method": "torrent-get", "arguments": {"fields": ["name"], "ids": [1.5]}})",
            R"({"method": "torrent-get", "arguments": {"fields": ["name"], "ids": ["not-a-hash"]}})",
            R"({"method": "torrent-set", "arguments": {"ids": [1], "downloadLimit": "fast"}})",
            R"({"method": "torrent-set", "arguments": {"ids": [1], "files-wanted": [99]}})",
            R"({"method": "torrent-set", "arguments": {"ids": [1], "files-wanted": [1e300]}})",
            R"({"method": "torrent-set", "arguments": {"ids": [1], "downloadLimit": 1e300}})",
            R"({"method": "torrent-set", "arguments": {"ids": [1e300, -1e300], "downloadLimit": 1e300}})",
            R"({"method": "session-set", "arguments": {"peer-port": 1e300}})",
            R"({"method": "torrent-add", "arguments": {}})",
            R"({"method": "torrent-add", "arguments": {"metainfo": "!!!"}})",
            R"({"method": "torrent-add", "arguments": {"metainfo": "aGVsbG8="}})",
            R"({"method": "torrent-add", "arguments": {"filename": "magnet:?xt=urn:btih:nothex"}})",
            R"({"method": "torrent-add", "arguments": {"filename": "/dev/zero"}})",
            R"({"method": "session-set", "arguments": {"speed-limit-down": -5}})",
            R"({"method": "session-set", "arguments": {"encryption": "maybe"}})",
            R"({"method": "free-space", "arguments": {"path": "/no/such/folder"}})",
            R"({"method": "torrent-rename-path", "arguments": {"ids": [1], "path": "x", "name": "../escape"}})",
        };
        for (const QByteArray &body : bodies) {
            HttpRequest request;
            request.body = body;
            request.headers = {{"X-Transmission-Session-Id", remote->server()->sessionId().toLatin1()}};
            const HttpResponse response = httpExchange(port, request);
            QVERIFY2(response.status == 200, body.constData());
            const QString result = response.json().value(QLatin1String("result")).toString();
            QVERIFY2(!result.isEmpty() && result != QLatin1String("success"), body.constData());
        }
        QCOMPARE(engine->added.size(), 0);
        QVERIFY(engine->callsNamed(QStringLiteral("setTorrentLimits")).isEmpty());
        const QJsonObject after
            = client.rpc(QStringLiteral("torrent-get"), {{QStringLiteral("fields"), QJsonArray {QStringLiteral("name")}}});
        QCOMPARE(after.value(QLatin1String("result")).toString(), QStringLiteral("success"));
        QCOMPARE(after.value(QLatin1String("tag")).toInt(), 7);
        // Numbers beyond any id (a cast of them to int was undefined
        // behaviour, found by fuzz_rpc) name no torrent; the others still do.
        const QJsonObject huge = client.rpc(QStringLiteral("torrent-get"),
            {{QStringLiteral("fields"), QJsonArray {QStringLiteral("name")}},
                {QStringLiteral("ids"), QJsonArray {1e300, -1e300, 4294967297.0, 1}}});
        QCOMPARE(huge.value(QLatin1String("result")).toString(), QStringLiteral("success"));
        const QJsonArray found = huge.value(QLatin1String("arguments")).toObject().value(QLatin1String("torrents")).toArray();
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.at(0).toObject().value(QLatin1String("name")).toString(), QStringLiteral("One"));
    }

    void aHugeBodyIsRefusedBeforeItIsRead()
    {
        const quint16 port = serve();
        QVERIFY(port);
        RpcClient client(port);
        client.rpc(QStringLiteral("session-get"));
        HttpRequest request;
        request.headers = {{"X-Transmission-Session-Id", remote->server()->sessionId().toLatin1()}};
        request.body = QByteArray(100 * 1024 * 1024, 'x');
        const qint64 before = residentKiB();
        const HttpResponse response = httpExchange(port, request, 30000);
        const qint64 grew = residentKiB() - before;
        // Refused with a 413, or the connection closed under the sender.
        QVERIFY2(response.status == 413 || response.status == 0, qPrintable(QString::number(response.status)));
        QVERIFY2(grew < 40 * 1024, qPrintable(QStringLiteral("grew by %1 KiB").arg(grew)));
        request.body.clear();
        request.body = R"({"method":"session-stats"})";
        QCOMPARE(httpExchange(port, request).status, 200);
    }

    void aThousandConnectionsAtOnceAreEachAnswered()
    {
        rlimit files {};
        getrlimit(RLIMIT_NOFILE, &files);
        if (files.rlim_cur < 2300) {
            files.rlim_cur = std::min<rlim_t>(files.rlim_max, 4096);
            setrlimit(RLIMIT_NOFILE, &files);
        }
        if (files.rlim_cur < 2300)
            QSKIP("needs 2300 open files (client and server in one process); the limit is lower");
        const quint16 port = serve();
        QVERIFY(port);
        RpcClient client(port);
        client.rpc(QStringLiteral("session-get"));
        const QByteArray body = R"({"method":"session-stats"})";
        const QByteArray request = "POST /transmission/rpc HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Transmission-Session-Id: "
            + remote->server()->sessionId().toLatin1() + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n"
            + body;
        std::vector<std::unique_ptr<QTcpSocket>> sockets;
        for (int i = 0; i < 1000; ++i) {
            auto socket = std::make_unique<QTcpSocket>();
            QTcpSocket *s = socket.get();
            QObject::connect(s, &QTcpSocket::connected, s, [s, request] { s->write(request); });
            s->connectToHost(QStringLiteral("127.0.0.1"), port);
            sockets.push_back(std::move(socket));
        }
        auto answered = [&](const std::unique_ptr<QTcpSocket> &s) {
            const QByteArray seen = s->peek(1 << 16);
            return (seen.startsWith("HTTP/1.1 200") && seen.endsWith("}")) || seen.startsWith("HTTP/1.1 503")
                || s->state() == QAbstractSocket::UnconnectedState;
        };
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(sockets.cbegin(), sockets.cend(), answered), 60000);
        int ok = 0, busy = 0;
        for (const auto &s : sockets) {
            const QByteArray seen = s->readAll();
            ok += seen.startsWith("HTTP/1.1 200");
            busy += seen.startsWith("HTTP/1.1 503");
        }
        qInfo("1000 connections at once: %d answered, %d told to come back (503)", ok, busy);
        QCOMPARE(ok + busy, 1000);
        // Every slot served (the token request's connection may still hold one).
        QVERIFY(ok >= remote->server()->config().maxConnections - 1);
        sockets.clear();
        // Once they are gone, everyone is served again.
        QTRY_COMPARE_WITH_TIMEOUT(client.rpc(QStringLiteral("session-stats")).value(QLatin1String("result")).toString(),
            QStringLiteral("success"), 10000);
    }

    void torrentGetAnswersFieldsFromTheMirrorAndTheDetails()
    {
        const quint16 port = serve();
        QVERIFY(port);
        announceWithFiles(hashId(1), QStringLiteral("One"));
        announceWithFiles(hashId(2), QStringLiteral("Two"));
        TorrentProgress progress;
        progress.id = hashId(1);
        progress.doneBytes = 1500;
        progress.totalBytes = 2976;
        progress.progress = 1500.0f / 2976.0f;
        progress.downloadRate = 4000;
        Q_EMIT engine->progressUpdated({progress});
        TorrentDetails details;
        details.id = hashId(1);
        details.fileProgress = {1000, 0, 500};
        PeerDetails peer;
        peer.address = QStringLiteral("192.0.2.7:6881");
        peer.client = QStringLiteral("Transmission 3.00");
        peer.flags = QStringLiteral("DE");
        peer.downloadRate = 4000;
        details.peers = {peer};
        TrackerDetails tracker;
        tracker.url = QStringLiteral("http://tracker.example:8080/announce");
        tracker.status = TrackerDetails::Status::Working;
        tracker.seeds = 3;
        details.trackers = {tracker};
        engine->details.insert(hashId(1), details);

        RpcClient client(port);
        const QJsonObject answer = client.rpc(QStringLiteral("torrent-get"),
            {{QStringLiteral("ids"), QJsonArray {1}},
                {QStringLiteral("fields"),
                    QJsonArray {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("status"),
                        QStringLiteral("leftUntilDone"), QStringLiteral("files"), QStringLiteral("fileStats"),
                        QStringLiteral("wanted"), QStringLiteral("priorities"), QStringLiteral("peers"),
                        QStringLiteral("peersSendingToUs"), QStringLiteral("trackerStats"), QStringLiteral("hashString"),
                        QStringLiteral("no-such-field")}}});
        QCOMPARE(answer.value(QLatin1String("result")).toString(), QStringLiteral("success"));
        const QJsonArray torrents
            = answer.value(QLatin1String("arguments")).toObject().value(QLatin1String("torrents")).toArray();
        QCOMPARE(torrents.size(), 1);
        const QJsonObject one = torrents.first().toObject();
        QCOMPARE(one.value(QLatin1String("id")).toInt(), 1);
        QCOMPARE(one.value(QLatin1String("name")).toString(), QStringLiteral("One"));
        QCOMPARE(one.value(QLatin1String("status")).toInt(), 4); // downloading
        QCOMPARE(one.value(QLatin1String("leftUntilDone")).toInteger(), 1476);
        QCOMPARE(one.value(QLatin1String("hashString")).toString(), hashId(1).toString());
        QVERIFY(!one.contains(QLatin1String("no-such-field")));
        // The pad file is not shown, and numbers skip it.
        const QJsonArray files = one.value(QLatin1String("files")).toArray();
        QCOMPARE(files.size(), 2);
        QCOMPARE(files.at(1).toObject().value(QLatin1String("name")).toString(), QStringLiteral("One/b.bin"));
        QCOMPARE(files.at(1).toObject().value(QLatin1String("bytesCompleted")).toInteger(), 500);
        QCOMPARE(one.value(QLatin1String("wanted")).toArray(), (QJsonArray {1, 1}));
        QCOMPARE(one.value(QLatin1String("priorities")).toArray(), (QJsonArray {0, 1}));
        const QJsonObject peerObject = one.value(QLatin1String("peers")).toArray().first().toObject();
        QCOMPARE(peerObject.value(QLatin1String("address")).toString(), QStringLiteral("192.0.2.7"));
        QCOMPARE(peerObject.value(QLatin1String("port")).toInt(), 6881);
        QVERIFY(peerObject.value(QLatin1String("isEncrypted")).toBool());
        QCOMPARE(one.value(QLatin1String("peersSendingToUs")).toInt(), 1);
        const QJsonObject trackerObject = one.value(QLatin1String("trackerStats")).toArray().first().toObject();
        QCOMPARE(trackerObject.value(QLatin1String("host")).toString(), QStringLiteral("http://tracker.example:8080"));
        QCOMPARE(trackerObject.value(QLatin1String("seederCount")).toInt(), 3);

        // Every torrent's details: one request to the engine, not one per torrent.
        TorrentDetails second;
        second.id = hashId(2);
        second.fileProgress = {0, 0, 0};
        engine->details.insert(hashId(2), second);
        const qsizetype asked = engine->callsNamed(QStringLiteral("requestDetails")).size();
        const QJsonObject both = client.rpc(QStringLiteral("torrent-get"),
            {{QStringLiteral("fields"), QJsonArray {QStringLiteral("id"), QStringLiteral("fileStats")}}});
        QCOMPARE(both.value(QLatin1String("arguments")).toObject().value(QLatin1String("torrents")).toArray().size(), 2);
        const QList<FakeEngine::Call> requests = engine->callsNamed(QStringLiteral("requestDetails"));
        QCOMPARE(requests.size(), asked + 1);
        QCOMPARE(QSet<TorrentId>(requests.last().ids.cbegin(), requests.last().ids.cend()),
            (QSet<TorrentId> {hashId(1), hashId(2)}));

        // Table format, and removals reported to "recently-active".
        Q_EMIT engine->torrentRemoved({hashId(2), false});
        const QJsonObject table = client.rpc(QStringLiteral("torrent-get"),
            {{QStringLiteral("ids"), QStringLiteral("recently-active")}, {QStringLiteral("format"), QStringLiteral("table")},
                {QStringLiteral("fields"), QJsonArray {QStringLiteral("id"), QStringLiteral("name")}}});
        const QJsonObject arguments = table.value(QLatin1String("arguments")).toObject();
        QCOMPARE(arguments.value(QLatin1String("torrents")).toArray(),
            (QJsonArray {QJsonArray {QStringLiteral("id"), QStringLiteral("name")}, QJsonArray {1, QStringLiteral("One")}}));
        QCOMPARE(arguments.value(QLatin1String("removed")).toArray(), QJsonArray {2});
    }

    void torrentAddWaitsForTheEngineAndKnowsDuplicates()
    {
        const quint16 port = serve();
        QVERIFY(port);
        const GeneratedTorrent generated = generateTorrent(dir.filePath(QStringLiteral("content")), QStringLiteral("Added"),
            {{QStringLiteral("a.bin"), 40000}, {QStringLiteral("b.bin"), 30000}}, 9);
        RpcClient client(port);
        client.rpc(QStringLiteral("session-get"));
        // The engine says it was added a little later, as the real one does.
        QTimer::singleShot(200, engine.get(), [this, generated] {
            TorrentAddedEvent added;
            added.id = generated.id;
            added.name = QStringLiteral("Added");
            added.source = engine->added.value(0).source;
            added.hasMetadata = true;
            Q_EMIT engine->torrentAdded(added);
        });
        const QJsonObject answer = client.rpc(QStringLiteral("torrent-add"),
            {{QStringLiteral("metainfo"), QString::fromLatin1(generated.torrentData.toBase64())},
                {QStringLiteral("paused"), true}, {QStringLiteral("files-unwanted"), QJsonArray {0}},
                {QStringLiteral("download-dir"), dir.filePath(QStringLiteral("elsewhere"))}});
        QCOMPARE(answer.value(QLatin1String("result")).toString(), QStringLiteral("success"));
        const QJsonObject added
            = answer.value(QLatin1String("arguments")).toObject().value(QLatin1String("torrent-added")).toObject();
        QCOMPARE(added.value(QLatin1String("id")).toInt(), 1);
        QCOMPARE(added.value(QLatin1String("hashString")).toString(), generated.id.toString());
        QCOMPARE(engine->added.size(), 1);
        const AddTorrentRequest &request = engine->added.first();
        QCOMPARE(request.kind, AddTorrentRequest::Kind::TorrentData);
        QVERIFY(request.paused);
        QCOMPARE(request.savePath, dir.filePath(QStringLiteral("elsewhere")));
        QCOMPARE(request.filePriorities, (QList<int> {FilePriority::Skip, FilePriority::Normal}));

        const QJsonObject again = client.rpc(QStringLiteral("torrent-add"), {{QStringLiteral("filename"), generated.magnet}});
        QCOMPARE(again.value(QLatin1String("arguments"))
                     .toObject()
                     .value(QLatin1String("torrent-duplicate"))
                     .toObject()
                     .value(QLatin1String("id"))
                     .toInt(),
            1);
        QCOMPARE(engine->added.size(), 1);

        // An error from the engine is the answer.
        const QString path = generated.writeTorrentFile(dir.filePath(QStringLiteral("other.torrent")));
        Q_EMIT engine->torrentRemoved({generated.id, false});
        QTimer::singleShot(100, engine.get(), [this, path] {
            EngineMessage error;
            error.source = path;
            error.message = QStringLiteral("Cannot add “other.torrent”: the download folder is read-only.");
            Q_EMIT engine->message(error);
        });
        const QJsonObject failed = client.rpc(QStringLiteral("torrent-add"), {{QStringLiteral("filename"), path}});
        QCOMPARE(failed.value(QLatin1String("result")).toString(),
            QStringLiteral("Cannot add “other.torrent”: the download folder is read-only."));
    }

    // "filename" as a web address: fetched (at most 10 MB), then added as a
    // .torrent from there; failures name the address.
    void aTorrentFromAWebAddressIsFetched()
    {
        const quint16 port = serve();
        QVERIFY(port);
        const GeneratedTorrent generated = generateTorrent(
            dir.filePath(QStringLiteral("web-content")), QStringLiteral("FromTheWeb"), {{QStringLiteral("w.bin"), 20000}}, 12);
        QHttpServer web;
        const QByteArray data = generated.torrentData;
        web.route(QStringLiteral("/good.torrent"), [data](const QHttpServerRequest &request) {
            // Transmission's "cookies" reach the server.
            const bool cookie = request.value("Cookie") == "session=abc";
            return QHttpServerResponse("application/x-bittorrent", cookie ? data : QByteArray("no cookie"));
        });
        web.route(QStringLiteral("/huge.torrent"),
            [] { return QHttpServerResponse("application/x-bittorrent", QByteArray(11 * 1000 * 1000, 'd')); });
        const quint16 webPort = web.listen(QHostAddress::LocalHost);
        QVERIFY(webPort);
        const QString base = QStringLiteral("http://127.0.0.1:%1").arg(webPort);
        RpcClient client(port);
        QTimer::singleShot(300, engine.get(), [this, generated] {
            TorrentAddedEvent added;
            added.id = generated.id;
            added.name = QStringLiteral("FromTheWeb");
            Q_EMIT engine->torrentAdded(added);
        });
        QJsonObject answer = client.rpc(QStringLiteral("torrent-add"),
            {{QStringLiteral("filename"), QString(base + QStringLiteral("/good.torrent"))},
                {QStringLiteral("cookies"), QStringLiteral("session=abc")}});
        QCOMPARE(answer.value(QLatin1String("result")).toString(), QStringLiteral("success"));
        QCOMPARE(engine->added.size(), 1);
        QCOMPARE(engine->added.first().data, generated.torrentData);
        QCOMPARE(engine->added.first().source, base + QStringLiteral("/good.torrent"));

        answer = client.rpc(
            QStringLiteral("torrent-add"), {{QStringLiteral("filename"), QString(base + QStringLiteral("/huge.torrent"))}});
        QVERIFY2(answer.value(QLatin1String("result")).toString().contains(QStringLiteral("larger than any .torrent")),
            qPrintable(answer.value(QLatin1String("result")).toString()));
        answer = client.rpc(
            QStringLiteral("torrent-add"), {{QStringLiteral("filename"), QString(base + QStringLiteral("/missing"))}});
        QVERIFY2(answer.value(QLatin1String("result")).toString().startsWith(QStringLiteral("Cannot download")),
            qPrintable(answer.value(QLatin1String("result")).toString()));
        QCOMPARE(engine->added.size(), 1);
    }

    void commandsReachTheEngine()
    {
        const quint16 port = serve();
        QVERIFY(port);
        announceWithFiles(hashId(1), QStringLiteral("One"));
        announceWithFiles(hashId(2), QStringLiteral("Two"));
        Q_EMIT engine->queueChanged({hashId(1), hashId(2)});
        RpcClient client(port);
        auto ok = [&](const QString &method, const QJsonObject &arguments) {
            const QString result = client.rpc(method, arguments).value(QLatin1String("result")).toString();
            if (result != QLatin1String("success"))
                qWarning() << method << result;
            return result == QLatin1String("success");
        };
        const QJsonArray both {1, hashId(2).toString()};
        QVERIFY(ok(QStringLiteral("torrent-stop"), {{QStringLiteral("ids"), both}}));
        QCOMPARE(engine->callsNamed(QStringLiteral("pauseTorrents")).last().ids, (QList<TorrentId> {hashId(1), hashId(2)}));
        QVERIFY(ok(QStringLiteral("torrent-start"), {{QStringLiteral("ids"), 2}}));
        QCOMPARE(engine->callsNamed(QStringLiteral("resumeTorrents")).last().ids, QList<TorrentId> {hashId(2)});
        QVERIFY(ok(QStringLiteral("torrent-verify"), {{QStringLiteral("ids"), 1}}));
        QCOMPARE(engine->callsNamed(QStringLiteral("recheckTorrents")).size(), 1);
        QVERIFY(ok(QStringLiteral("torrent-reannounce"), {{QStringLiteral("ids"), 1}}));
        QCOMPARE(engine->callsNamed(QStringLiteral("forceReannounce")).size(), 1);
        QVERIFY(ok(QStringLiteral("queue-move-top"), {{QStringLiteral("ids"), both}}));
        // Moved to the top one by one, last first, so they keep their order.
        QCOMPARE(engine->callsNamed(QStringLiteral("moveInQueue")).last().ids, (QList<TorrentId> {hashId(2), hashId(1)}));
        TorrentDetails inForce;
        inForce.id = hashId(1);
        inForce.filePriorities = {4, 0, 1}; // the window lowered b.bin meanwhile
        engine->details.insert(hashId(1), inForce);
        // files-unwanted [1] is libtorrent file 2: the pad file is not counted.
        QVERIFY(ok(QStringLiteral("torrent-set"),
            {{QStringLiteral("ids"), 1}, {QStringLiteral("priority-high"), QJsonArray {0}},
                {QStringLiteral("files-unwanted"), QJsonArray {1}}, {QStringLiteral("downloadLimit"), 250},
                {QStringLiteral("downloadLimited"), true}}));
        const FakeEngine::Call priorities = engine->callsNamed(QStringLiteral("setFilePriorities")).last();
        QCOMPARE(priorities.ids, QList<TorrentId> {hashId(1)});
        QCOMPARE(priorities.args, (QVariantList {7, 0, 0}));
        QVERIFY(!engine->callsNamed(QStringLiteral("setTorrentLimits")).isEmpty());
        QVERIFY(ok(QStringLiteral("torrent-set-location"),
            {{QStringLiteral("ids"), 1}, {QStringLiteral("location"), dir.filePath(QStringLiteral("moved"))},
                {QStringLiteral("move"), true}}));
        QCOMPARE(engine->callsNamed(QStringLiteral("moveStorage")).size(), 1);
        QVERIFY(ok(QStringLiteral("torrent-rename-path"),
            {{QStringLiteral("ids"), 1}, {QStringLiteral("path"), QStringLiteral("One/a.bin")},
                {QStringLiteral("name"), QStringLiteral("renamed.bin")}}));
        QCOMPARE(
            engine->callsNamed(QStringLiteral("renameFile")).last().args.last().toString(), QStringLiteral("One/renamed.bin"));
        QVERIFY(ok(QStringLiteral("torrent-remove"), {{QStringLiteral("ids"), 2}, {QStringLiteral("delete-local-data"), true}}));
        const FakeEngine::Call removed = engine->callsNamed(QStringLiteral("removeTorrents")).last();
        QCOMPARE(removed.ids, QList<TorrentId> {hashId(2)});
        QCOMPARE(removed.args.first().toBool(), true);
        // Ids no longer there are skipped, as Transmission does.
        QVERIFY(ok(QStringLiteral("torrent-stop"), {{QStringLiteral("ids"), QJsonArray {99}}}));
        QVERIFY(ok(QStringLiteral("free-space"), {{QStringLiteral("path"), dir.path()}}));
    }

    // Transmission's labels are Revaer's tags: read, replaced (an empty list
    // clears them), refused whole when one is not a tag Revaer takes.
    void labelsAreTags()
    {
        const quint16 port = serve();
        QVERIFY(port);
        announceWithFiles(hashId(1), QStringLiteral("One"));
        RpcClient client(port);
        auto labelsOf = [&] {
            const QJsonObject answer = client.rpc(QStringLiteral("torrent-get"),
                {{QStringLiteral("ids"), 1}, {QStringLiteral("fields"), QJsonArray {QStringLiteral("labels")}}});
            return answer.value(QLatin1String("arguments"))
                .toObject()
                .value(QLatin1String("torrents"))
                .toArray()
                .at(0)
                .toObject()
                .value(QLatin1String("labels"));
        };
        QCOMPARE(labelsOf(), QJsonValue(QJsonArray()));
        auto set = [&](const QJsonValue &labels) {
            return client.rpc(QStringLiteral("torrent-set"), {{QStringLiteral("ids"), 1}, {QStringLiteral("labels"), labels}})
                .value(QLatin1String("result"))
                .toString();
        };
        QCOMPARE(set(QJsonArray {QStringLiteral(" tv "), QStringLiteral("hd"), QStringLiteral("tv")}), QStringLiteral("success"));
        QCOMPARE(engine->callsNamed(QStringLiteral("setTags")).last().args,
            (QVariantList {QStringList {QStringLiteral("tv"), QStringLiteral("hd")}, int(TagChange::Replace)}));
        QCOMPARE(labelsOf(), QJsonValue(QJsonArray {QStringLiteral("tv"), QStringLiteral("hd")}));
        for (const QJsonValue &bad :
            {QJsonValue(QJsonArray {QStringLiteral("a,b")}), QJsonValue(QJsonArray {3}), QJsonValue(QStringLiteral("tv"))}) {
            QVERIFY(set(bad) != QLatin1String("success"));
        }
        QCOMPARE(engine->callsNamed(QStringLiteral("setTags")).size(), 1);
        QCOMPARE(set(QJsonArray()), QStringLiteral("success"));
        QCOMPARE(labelsOf(), QJsonValue(QJsonArray()));
        // torrent-add takes them too; a bad one refuses the add.
        const GeneratedTorrent labelled = generateTorrent(
            dir.filePath(QStringLiteral("labelled")), QStringLiteral("Labelled"), {{QStringLiteral("l.bin"), 1000}}, 12);
        const QString base64 = QString::fromLatin1(labelled.torrentData.toBase64());
        const QJsonObject refused = client.rpc(QStringLiteral("torrent-add"),
            {{QStringLiteral("metainfo"), base64}, {QStringLiteral("labels"), QJsonArray {QStringLiteral("bad\nline")}}});
        QVERIFY(refused.value(QLatin1String("result")).toString() != QLatin1String("success"));
        QCOMPARE(engine->added.size(), 0);
        QTimer::singleShot(200, engine.get(), [this, labelled] {
            TorrentAddedEvent added;
            added.id = labelled.id;
            added.name = labelled.name;
            added.source = engine->added.value(0).source;
            added.labels = engine->added.value(0).labels;
            Q_EMIT engine->torrentAdded(added);
        });
        const QJsonObject accepted = client.rpc(QStringLiteral("torrent-add"),
            {{QStringLiteral("metainfo"), base64}, {QStringLiteral("labels"), QJsonArray {QStringLiteral("new")}}});
        QCOMPARE(accepted.value(QLatin1String("result")).toString(), QStringLiteral("success"));
        QCOMPARE(engine->added.size(), 1);
        QCOMPARE(engine->added.at(0).labels.tags, QStringList {QStringLiteral("new")});
    }

    void sessionSetIsSavedToTheSettingsFile()
    {
        const quint16 port = serve();
        QVERIFY(port);
        RpcClient client(port);
        QJsonObject answer = client.rpc(QStringLiteral("session-set"),
            {{QStringLiteral("speed-limit-down"), 500}, {QStringLiteral("speed-limit-down-enabled"), true},
                {QStringLiteral("alt-speed-time-day"), 65}, {QStringLiteral("encryption"), QStringLiteral("required")},
                {QStringLiteral("download-queue-size"), 3}, {QStringLiteral("start-added-torrents"), false},
                {QStringLiteral("some-key-revaer-does-not-know"), 1}});
        QCOMPARE(answer.value(QLatin1String("result")).toString(), QStringLiteral("success"));
        const SessionSettings &s = settings->engineConfig().session;
        QCOMPARE(s.limits.downloadLimit, 500'000);
        QCOMPARE(s.encryption, EncryptionMode::Require);
        QCOMPARE(s.maxActiveDownloads, 3);
        QCOMPARE(s.altSchedule.days, quint8(0x60)); // Saturday and Sunday
        QVERIFY(settings->startPaused());
        QSettings file(settings->path(), QSettings::IniFormat);
        QCOMPARE(file.value(QStringLiteral("Speed/downloadLimitKiB")).toInt(), 500'000 / 1024);
        // A bad value changes nothing.
        answer = client.rpc(
            QStringLiteral("session-set"), {{QStringLiteral("download-queue-size"), 9}, {QStringLiteral("peer-port"), 70000}});
        QVERIFY(answer.value(QLatin1String("result")).toString().contains(QStringLiteral("peer-port")));
        QCOMPARE(settings->engineConfig().session.maxActiveDownloads, 3);
        const QJsonObject session
            = client
                  .rpc(QStringLiteral("session-get"),
                      {{QStringLiteral("fields"),
                          QJsonArray {QStringLiteral("speed-limit-down"), QStringLiteral("alt-speed-time-day")}}})
                  .value(QLatin1String("arguments"))
                  .toObject();
        QCOMPARE(session, (QJsonObject {{QStringLiteral("speed-limit-down"), 500}, {QStringLiteral("alt-speed-time-day"), 65}}));
    }

    // incomplete-dir and its switch become Settings > Downloads "Keep
    // unfinished downloads in"; the folder is kept while it is off. The
    // completion program is shown but cannot be set from afar.
    void theIncompleteFolderIsSetAndTheCompletionProgramOnlyShown()
    {
        const quint16 port = serve();
        QVERIFY(port);
        RpcClient client(port);
        auto session = [&] {
            return client
                .rpc(QStringLiteral("session-get"),
                    {{QStringLiteral("fields"),
                        QJsonArray {QStringLiteral("incomplete-dir"), QStringLiteral("incomplete-dir-enabled"),
                            QStringLiteral("script-torrent-done-enabled"), QStringLiteral("script-torrent-done-filename")}}})
                .value(QLatin1String("arguments"))
                .toObject();
        };
        QCOMPARE(session().value(QLatin1String("incomplete-dir-enabled")).toBool(), false);
        // On without a folder: refused, naming what is missing.
        QJsonObject answer = client.rpc(QStringLiteral("session-set"), {{QStringLiteral("incomplete-dir-enabled"), true}});
        QVERIFY2(answer.value(QLatin1String("result")).toString().contains(QStringLiteral("incomplete-dir")),
            qPrintable(answer.value(QLatin1String("result")).toString()));
        answer = client.rpc(QStringLiteral("session-set"), {{QStringLiteral("incomplete-dir"), QStringLiteral("relative/dir")}});
        QVERIFY(answer.value(QLatin1String("result")).toString() != QStringLiteral("success"));
        QCOMPARE(settings->incompletePath(), QString());

        const QString folder = dir.filePath(QStringLiteral("unfinished"));
        answer = client.rpc(QStringLiteral("session-set"),
            {{QStringLiteral("incomplete-dir"), folder}, {QStringLiteral("incomplete-dir-enabled"), true}});
        QCOMPARE(answer.value(QLatin1String("result")).toString(), QStringLiteral("success"));
        QCOMPARE(settings->incompletePath(), folder);
        QCOMPARE(session().value(QLatin1String("incomplete-dir")).toString(), folder);
        // Off: no folder in use, but the client still sees the one it chose.
        client.rpc(QStringLiteral("session-set"), {{QStringLiteral("incomplete-dir-enabled"), false}});
        QCOMPARE(settings->incompletePath(), QString());
        QCOMPARE(session().value(QLatin1String("incomplete-dir")).toString(), folder);
        QCOMPARE(session().value(QLatin1String("incomplete-dir-enabled")).toBool(), false);
        client.rpc(QStringLiteral("session-set"), {{QStringLiteral("incomplete-dir-enabled"), true}});
        QCOMPARE(settings->incompletePath(), folder);

        settings->setCompletionCommand({QStringLiteral("/usr/local/bin/on-done"), {QStringLiteral("%N")}});
        QCOMPARE(
            session().value(QLatin1String("script-torrent-done-filename")).toString(), QStringLiteral("/usr/local/bin/on-done"));
        QCOMPARE(session().value(QLatin1String("script-torrent-done-enabled")).toBool(), true);
        answer = client.rpc(
            QStringLiteral("session-set"), {{QStringLiteral("script-torrent-done-filename"), QStringLiteral("/bin/sh")}});
        QVERIFY2(answer.value(QLatin1String("result")).toString().contains(QStringLiteral("not through remote control")),
            qPrintable(answer.value(QLatin1String("result")).toString()));
        QCOMPARE(settings->completionCommand().program, QStringLiteral("/usr/local/bin/on-done"));
        // The same values sent back (a client saving all its preferences) pass.
        answer = client.rpc(QStringLiteral("session-set"),
            {{QStringLiteral("script-torrent-done-filename"), QStringLiteral("/usr/local/bin/on-done")},
                {QStringLiteral("script-torrent-done-enabled"), true}, {QStringLiteral("download-queue-size"), 4}});
        QCOMPARE(answer.value(QLatin1String("result")).toString(), QStringLiteral("success"));
    }

    void theWebClientIsServedAndNothingOutsideItsFolder()
    {
        const QString web = dir.filePath(QStringLiteral("web"));
        QDir().mkpath(web + QStringLiteral("/javascript"));
        QFile index(web + QStringLiteral("/index.html"));
        QVERIFY(index.open(QIODevice::WriteOnly));
        index.write("<html>Transmission Web</html>");
        index.close();
        QFile secret(dir.filePath(QStringLiteral("secret.txt")));
        QVERIFY(secret.open(QIODevice::WriteOnly));
        secret.write("secret");
        secret.close();
        QVERIFY(QFile::link(secret.fileName(), web + QStringLiteral("/javascript/link.js")));
        RpcConfig config;
        config.webUiDir = web;
        const quint16 port = serve(config);
        QVERIFY(port);
        auto get = [port](const QByteArray &path) {
            HttpRequest request;
            request.method = "GET";
            request.path = path;
            return httpExchange(port, request);
        };
        const HttpResponse page = get("/transmission/web/");
        QCOMPARE(page.status, 200);
        QCOMPARE(page.body, QByteArray("<html>Transmission Web</html>"));
        QVERIFY(page.headers.value("content-type").startsWith("text/html"));
        QCOMPARE(get("/").status, 301);
        QCOMPARE(get("/").headers.value("location"), QByteArray("/transmission/web/"));
        QCOMPARE(get("/transmission/web/../../secret.txt").status, 404);
        QCOMPARE(get("/transmission/web/%2e%2e/secret.txt").status, 404);
        QCOMPARE(get("/transmission/web/javascript/link.js").status, 404);
        QCOMPARE(get("/transmission/web/missing.js").status, 404);
        QCOMPARE(get("/etc/passwd").status, 404);
    }

    void httpsWithACertificateFromFiles()
    {
        const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        if (openssl.isEmpty())
            QSKIP("openssl is not installed: cannot make a test certificate");
        const QString certificate = dir.filePath(QStringLiteral("cert.pem"));
        const QString key = dir.filePath(QStringLiteral("key.pem"));
        QProcess make;
        make.start(openssl,
            {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                QStringLiteral("-nodes"), QStringLiteral("-keyout"), key, QStringLiteral("-out"), certificate,
                QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1")});
        QVERIFY(make.waitForFinished(60000) && make.exitCode() == 0);
        RpcConfig config;
        config.certificateFile = certificate;
        config.keyFile = key;
        const quint16 port = serve(config);
        QVERIFY(port);
        QVERIFY(remote->server()->rpcUrl().startsWith(QStringLiteral("https://")));
        HttpRequest request;
        request.body = R"({"method":"session-get"})";
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setPeerVerifyMode(QSslSocket::VerifyNone);
        const HttpResponse secure = httpExchange(port, request, 10000, tls);
        QCOMPARE(secure.status, 409);
        // Plain HTTP on the HTTPS port gets no answer.
        QCOMPARE(httpExchange(port, request, 3000).status, 0);

        // The window's client pins the certificate on first use, then refuses another.
        {
            RemoteEngine::Server server {QUrl(QStringLiteral("https://127.0.0.1:%1").arg(port)), {}, {}, {}};
            RemoteEngine client(server);
            QSignalSpy seen(&client, &RemoteEngine::certificateSeen);
            QSignalSpy started(&client, &TorrentEngine::started);
            client.start(200);
            QTRY_COMPARE_WITH_TIMEOUT(seen.size(), 1, 10000);
            QVERIFY(!seen.first().at(2).toBool()); // self-signed: the user is asked
            const QByteArray fingerprint = seen.first().first().toByteArray();
            QCOMPARE(fingerprint.size(), 64);
            QVERIFY(started.isEmpty());
            client.pinCertificate(fingerprint);
            QTRY_COMPARE_WITH_TIMEOUT(started.size(), 1, 10000);
            client.stop();
        }
        {
            RemoteEngine::Server server {QUrl(QStringLiteral("https://127.0.0.1:%1").arg(port)), {}, {}, QByteArray(64, 'a')};
            RemoteEngine client(server);
            QSignalSpy messages(&client, &TorrentEngine::message);
            QSignalSpy started(&client, &TorrentEngine::started);
            client.start(200);
            QTRY_VERIFY_WITH_TIMEOUT(!messages.isEmpty(), 10000);
            QVERIFY(messages.first().first().value<EngineMessage>().message.contains(QStringLiteral("another certificate")));
            QTest::qWait(500);
            QVERIFY(started.isEmpty());
            client.stop();
        }

        config.keyFile = dir.filePath(QStringLiteral("missing.pem"));
        QString error;
        QVERIFY(!remote->start(config, &error));
        QVERIFY2(error.contains(QStringLiteral("missing.pem")), qPrintable(error));
        // A FIFO where the key belongs is refused, not waited on.
        config.keyFile = dir.filePath(QStringLiteral("fifo.pem"));
        QCOMPARE(::mkfifo(QFile::encodeName(config.keyFile).constData(), 0600), 0);
        QVERIFY(!remote->start(config, &error));
        QVERIFY2(error.contains(QStringLiteral("fifo.pem")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestRpcServer)
#include "tst_rpcserver.moc"
