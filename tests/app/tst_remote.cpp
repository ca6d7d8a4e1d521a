#include "testswarm.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Revaer;
using namespace Revaer::Test;

// A headless Revaer driven by Transmission's own command-line client, as a
// seedbox is: transmission-remote adds, lists, stops, starts, verifies, sets
// file wants and caps, moves and removes torrents that download from a
// local seeder.
class TestRemote : public QObject
{
    Q_OBJECT

    QTemporaryDir work;
    QString transmissionRemote;
    GeneratedTorrent single;
    GeneratedTorrent multi;
    std::unique_ptr<Seeder> seeder;
    std::unique_ptr<QProcess> revaer;
    QString revaerOutput;
    int port = 0;
    QStringList credentials;

    bool startRevaer(const QStringList &extra)
    {
        revaer = std::make_unique<QProcess>();
        revaerOutput.clear();
        revaer->setProcessChannelMode(QProcess::MergedChannels);
        connect(revaer.get(), &QProcess::readyRead, this, [this] { revaerOutput += QString::fromUtf8(revaer->readAll()); });
        revaer->start(QStringLiteral(REVAER_BINARY),
            QStringList {QStringLiteral("--headless"), QStringLiteral("--profile"),
                writeLoopbackProfile(work.filePath(QStringLiteral("profile"))), QStringLiteral("--save-path"),
                work.filePath(QStringLiteral("downloads")), QStringLiteral("--peer"), seeder->peer(),
                QStringLiteral("--rpc-port"), QStringLiteral("0")}
                + extra);
        const QRegularExpression listening(QStringLiteral("remote control: http://127.0.0.1:(\\d+)/"));
        if (!QTest::qWaitFor(
                [&] { return listening.match(revaerOutput).hasMatch() || revaer->state() == QProcess::NotRunning; }, 30000))
            return false;
        port = listening.match(revaerOutput).captured(1).toInt();
        return port > 0;
    }

    void stopRevaer()
    {
        if (!revaer)
            return;
        revaer->terminate();
        if (!revaer->waitForFinished(30000))
            revaer->kill();
        revaer->waitForFinished();
        revaer.reset();
    }

    struct Result {
        int exitCode = -1;
        QString out;
    };
    Result remote(const QStringList &arguments)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(transmissionRemote, QStringList {QStringLiteral("127.0.0.1:%1").arg(port)} + credentials + arguments);
        if (!process.waitForFinished(60000))
            process.kill();
        return {process.exitCode(), QString::fromUtf8(process.readAll())};
    }
    // The row of `name` in `transmission-remote -l`.
    QString row(const QString &name)
    {
        const QStringList lines = remote({QStringLiteral("-l")}).out.split(QLatin1Char('\n'));
        for (const QString &line : lines) {
            if (line.endsWith(name))
                return line;
        }
        return {};
    }
    bool waitForRow(const QString &name, const QString &text, int timeoutMs = 60000)
    {
        return QTest::qWaitFor([&] { return row(name).contains(text); }, timeoutMs);
    }

private Q_SLOTS:
    void initTestCase()
    {
        transmissionRemote = QStandardPaths::findExecutable(QStringLiteral("transmission-remote"));
        if (transmissionRemote.isEmpty())
            QSKIP("transmission-remote is not installed (Debian package transmission-cli; scripts/ensure-deps.sh test)");
        const QString seedRoot = work.filePath(QStringLiteral("seed"));
        single = generateTorrent(seedRoot, QStringLiteral("Single"), {{QStringLiteral("single.bin"), 3 * 1024 * 1024}}, 21);
        multi = generateTorrent(seedRoot, QStringLiteral("Multi"),
            {{QStringLiteral("first.bin"), 1024 * 1024}, {QStringLiteral("second.bin"), 2 * 1024 * 1024},
                {QStringLiteral("third.bin"), 512 * 1024}},
            22);
        seeder = std::make_unique<Seeder>(work.filePath(QStringLiteral("seeder")));
        QVERIFY(seeder->seed(single));
        QVERIFY(seeder->seed(multi));
    }

    void cleanup() { stopRevaer(); }

    void transmissionRemoteDrivesAHeadlessRevaer()
    {
        QVERIFY2(startRevaer({}), qPrintable(revaerOutput));
        const QString downloads = work.filePath(QStringLiteral("downloads"));

        // A .torrent file and a magnet link.
        const QString torrentFile = single.writeTorrentFile(work.filePath(QStringLiteral("single.torrent")));
        Result r = remote({QStringLiteral("-a"), torrentFile});
        QVERIFY2(r.exitCode == 0 && r.out.contains(QStringLiteral("success")), qPrintable(r.out));
        r = remote({QStringLiteral("-a"), multi.magnet});
        QVERIFY2(r.exitCode == 0 && r.out.contains(QStringLiteral("success")), qPrintable(r.out));
        r = remote({QStringLiteral("-a"), work.filePath(QStringLiteral("missing.torrent"))});
        QVERIFY2(r.out.contains(QStringLiteral("does not exist")), qPrintable(r.out));

        QVERIFY2(waitForRow(QStringLiteral("Single"), QStringLiteral("100%")), qPrintable(remote({QStringLiteral("-l")}).out));
        QVERIFY(sameContent(single.filePath(0), downloads + QStringLiteral("/Single/single.bin")));
        QVERIFY2(waitForRow(QStringLiteral("Multi"), QStringLiteral("100%")), qPrintable(remote({QStringLiteral("-l")}).out));
        const QString multiId = row(QStringLiteral("Multi")).trimmed().section(QLatin1Char(' '), 0, 0);
        const QString singleId = row(QStringLiteral("Single")).trimmed().section(QLatin1Char(' '), 0, 0);
        QVERIFY(!multiId.isEmpty() && !singleId.isEmpty());

        // Stop, start, verify.
        QVERIFY(remote({QStringLiteral("-t"), singleId, QStringLiteral("-S")}).out.contains(QStringLiteral("success")));
        QVERIFY2(
            waitForRow(QStringLiteral("Single"), QStringLiteral("Stopped"), 20000), qPrintable(row(QStringLiteral("Single"))));
        QVERIFY(remote({QStringLiteral("-t"), singleId, QStringLiteral("-s")}).out.contains(QStringLiteral("success")));
        QVERIFY2(waitForRow(QStringLiteral("Single"), QStringLiteral("Seeding"), 20000)
                || waitForRow(QStringLiteral("Single"), QStringLiteral("Idle"), 1000),
            qPrintable(row(QStringLiteral("Single"))));
        QVERIFY(remote({QStringLiteral("-t"), singleId, QStringLiteral("-v")}).out.contains(QStringLiteral("success")));
        QVERIFY2(waitForRow(QStringLiteral("Single"), QStringLiteral("100%"), 30000), qPrintable(row(QStringLiteral("Single"))));

        // File wants and a cap.
        QVERIFY(remote({QStringLiteral("-t"), multiId, QStringLiteral("-G"), QStringLiteral("2")})
                    .out.contains(QStringLiteral("success")));
        QVERIFY(remote({QStringLiteral("-t"), multiId, QStringLiteral("-d"), QStringLiteral("300")})
                    .out.contains(QStringLiteral("success")));
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         const QString files = remote({QStringLiteral("-t"), multiId, QStringLiteral("-f")}).out;
                         return QRegularExpression(QStringLiteral("2:\\s+\\d+%\\s+\\w+\\s+No\\s")).match(files).hasMatch();
                     },
                     10000),
            qPrintable(remote({QStringLiteral("-t"), multiId, QStringLiteral("-f")}).out));
        const QString files = remote({QStringLiteral("-t"), multiId, QStringLiteral("-f")}).out;
        QVERIFY2(files.contains(QStringLiteral("Multi (3 files)")) && files.contains(QStringLiteral("Multi/second.bin")),
            qPrintable(files));
        QVERIFY(QTest::qWaitFor(
            [&] {
                return remote({QStringLiteral("-t"), multiId, QStringLiteral("-i")})
                    .out.contains(QStringLiteral("Download Limit: 300 kB/s"));
            },
            10000));

        // Move the data, then remove one torrent with its data.
        const QString moved = work.filePath(QStringLiteral("moved"));
        QVERIFY(QDir().mkpath(moved));
        QVERIFY(
            remote({QStringLiteral("-t"), singleId, QStringLiteral("--move"), moved}).out.contains(QStringLiteral("success")));
        QVERIFY(QTest::qWaitFor([&] { return QFile::exists(moved + QStringLiteral("/Single/single.bin")); }, 30000));
        QVERIFY(QTest::qWaitFor(
            [&] {
                return remote({QStringLiteral("-t"), singleId, QStringLiteral("-i")})
                    .out.contains(QStringLiteral("Location: ") + moved);
            },
            10000));
        QVERIFY(sameContent(single.filePath(0), moved + QStringLiteral("/Single/single.bin")));
        QVERIFY(remote({QStringLiteral("-t"), multiId, QStringLiteral("--remove-and-delete")})
                    .out.contains(QStringLiteral("success")));
        QVERIFY(QTest::qWaitFor([&] { return row(QStringLiteral("Multi")).isEmpty(); }, 20000));
        QVERIFY(QTest::qWaitFor([&] { return !QFile::exists(downloads + QStringLiteral("/Multi/first.bin")); }, 20000));
        QVERIFY(!row(QStringLiteral("Single")).isEmpty());

        // Asked to quit, it quits cleanly.
        QVERIFY(remote({QStringLiteral("--exit")}).exitCode == 0);
        QVERIFY(revaer->waitForFinished(30000));
        QCOMPARE(revaer->exitStatus(), QProcess::NormalExit);
        QCOMPARE(revaer->exitCode(), 0);
    }

    void aPasswordKeepsOthersOut()
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        QVERIFY2(startRevaer({QStringLiteral("--rpc-user"), QStringLiteral("alice"), QStringLiteral("--rpc-password"),
                     QStringLiteral("correct horse")}),
            qPrintable(revaerOutput));
        QVERIFY(revaerOutput.contains(QStringLiteral("user and password required")));
        credentials = {QStringLiteral("-n"), QStringLiteral("alice:wrong")};
        Result r = remote({QStringLiteral("-l")});
        QVERIFY2(r.out.contains(QStringLiteral("Unauthorized")), qPrintable(r.out));
        credentials = {};
        r = remote({QStringLiteral("-l")});
        QVERIFY2(r.out.contains(QStringLiteral("Unauthorized")), qPrintable(r.out));
        credentials = {QStringLiteral("-n"), QStringLiteral("alice:correct horse")};
        r = remote({QStringLiteral("-l")});
        QVERIFY2(r.exitCode == 0 && r.out.contains(QStringLiteral("Sum:")), qPrintable(r.out));
        credentials = {};
        // The failed logins are in its log.
        QVERIFY(QTest::qWaitFor([&] { return revaerOutput.contains(QStringLiteral("failed login from 127.0.0.1")); }, 5000));
    }

    // `revaer --connect` (what File > Connect to Server opens) keeps the
    // password the server accepted, here where no keychain answers in a file
    // of the profile only this account reads, and connects with it next time:
    // the second window adds a torrent to the server without being given it.
    void theConnectedWindowRemembersThePassword()
    {
        QVERIFY2(startRevaer({QStringLiteral("--rpc-user"), QStringLiteral("alice"), QStringLiteral("--rpc-password"),
                     QStringLiteral("correct \"horse\"")}),
            qPrintable(revaerOutput));
        const QString viewerProfile = work.filePath(QStringLiteral("viewer"));
        QVERIFY(QDir().mkpath(viewerProfile));
        QFile settings(viewerProfile + QStringLiteral("/remote.ini"));
        QVERIFY(settings.open(QIODevice::WriteOnly));
        settings.write("[Interface]\nshowAddDialog=false\n");
        settings.close();
        const QString passwords = viewerProfile + QStringLiteral("/remote-passwords.json");
        auto connectWindow = [&](const QString &password, const QStringList &sources) {
            auto window = std::make_unique<QProcess>();
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
            environment.insert(
                QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/revaer-test-bus"));
            environment.remove(QStringLiteral("REVAER_RPC_PASSWORD"));
            if (!password.isEmpty()) {
                environment.insert(QStringLiteral("REVAER_RPC_PASSWORD"), password);
                environment.insert(QStringLiteral("REVAER_RPC_REMEMBER"), QStringLiteral("1"));
            }
            window->setProcessEnvironment(environment);
            window->setProcessChannelMode(QProcess::MergedChannels);
            window->start(QStringLiteral(REVAER_BINARY),
                QStringList {QStringLiteral("--profile"), viewerProfile, QStringLiteral("--connect"),
                    QStringLiteral("http://127.0.0.1:%1").arg(port), QStringLiteral("--rpc-user"), QStringLiteral("alice")}
                    + sources);
            return window;
        };
        auto close = [](QProcess &window) {
            window.terminate();
            if (!window.waitForFinished(30000))
                window.kill();
            window.waitForFinished();
        };
        std::unique_ptr<QProcess> first = connectWindow(QStringLiteral("correct \"horse\""), {});
        QVERIFY2(QTest::qWaitFor([&] { return QFile::exists(passwords); }, 30000), first->readAll().constData());
        close(*first);
        QFile kept(passwords);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QVERIFY2(kept.readAll().contains(QStringLiteral("alice@127.0.0.1:%1").arg(port).toUtf8()), "the account is named");
        QCOMPARE(kept.permissions() & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther),
            QFile::Permissions());

        // A torrent of its own (no seeder needed: it only has to arrive).
        const GeneratedTorrent viewers = generateTorrent(work.filePath(QStringLiteral("viewer-seed")),
            QStringLiteral("ViewerAdded"), {{QStringLiteral("v.bin"), 256 * 1024}}, 23);
        const QString torrentFile = viewers.writeTorrentFile(work.filePath(QStringLiteral("viewer.torrent")));
        std::unique_ptr<QProcess> second = connectWindow({}, {torrentFile});
        credentials = {QStringLiteral("-n"), QStringLiteral("alice:correct \"horse\"")};
        const bool added = waitForRow(viewers.name, viewers.name, 30000);
        credentials = {};
        const QByteArray output = second->readAll();
        close(*second);
        QVERIFY2(added, output.constData());
        QVERIFY2(!revaerOutput.contains(QStringLiteral("failed login")), qPrintable(revaerOutput));
    }

    void listeningBeyondThisMachineWithoutAPasswordIsRefused()
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(QStringLiteral(REVAER_BINARY),
            {QStringLiteral("--headless"), QStringLiteral("--profile"), work.filePath(QStringLiteral("open-profile")),
                QStringLiteral("--rpc-bind"), QStringLiteral("0.0.0.0"), QStringLiteral("--rpc-port"), QStringLiteral("0")});
        QVERIFY(process.waitForFinished(30000));
        const QString out = QString::fromUtf8(process.readAll());
        QCOMPARE(process.exitCode(), 2);
        QVERIFY2(out.contains(QStringLiteral("without a password")), qPrintable(out));
    }
};

QTEST_GUILESS_MAIN(TestRemote)
#include "tst_remote.moc"
