#include "faultinjection.h"
#include "handover.h"
#include "profile.h"
#include "singleinstance.h"
#include "testswarm.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QScopeGuard>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <QLocalSocket>
#include <QLockFile>

#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace Revaer;
using namespace Revaer::Test;

// One Revaer per profile, as real processes: a second launch hands its
// torrents to the window already open; headless mode refuses a profile in
// use; a crashed instance's lock does not block the next start.
class TestSingleInstance : public QObject
{
    Q_OBJECT

    QTemporaryDir work;
    GeneratedTorrent first;
    GeneratedTorrent second;
    QString profile;

    static QProcessEnvironment offscreen()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        return env;
    }

    // Starts the window on the profile and waits until it is shown.
    std::unique_ptr<QProcess> startWindow()
    {
        auto process = std::make_unique<QProcess>();
        process->setProcessEnvironment(offscreen());
        process->start(QStringLiteral(REVAER_BINARY), {QStringLiteral("--profile"), profile, QStringLiteral("--stats")});
        QByteArray out;
        QElapsedTimer clock;
        clock.start();
        while (!out.contains("stats: window shown") && clock.elapsed() < 20000) {
            process->waitForReadyRead(500);
            out += process->readAllStandardOutput();
        }
        if (!out.contains("stats: window shown"))
            qWarning() << "the window did not show:" << out << process->readAllStandardError();
        return process;
    }

    struct Run {
        int exitCode = -1;
        QString out;
        QString err;
    };

    static Run run(const QStringList &arguments, const QString &workingDirectory = {})
    {
        QProcess process;
        process.setProcessEnvironment(offscreen());
        if (!workingDirectory.isEmpty())
            process.setWorkingDirectory(workingDirectory);
        process.start(QStringLiteral(REVAER_BINARY), arguments);
        if (!process.waitForFinished(30000)) {
            process.kill();
            process.waitForFinished();
        }
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
    }

    QString resumeJson(const GeneratedTorrent &torrent) const
    {
        return profile + QStringLiteral("/resume/") + torrent.id.toString() + QStringLiteral(".json");
    }

    static void stop(QProcess &process)
    {
        ::kill(pid_t(process.processId()), SIGTERM);
        QVERIFY(process.waitForFinished(20000));
        QCOMPARE(process.exitCode(), 0);
    }

    static constexpr uid_t Nobody = 65534;

    // A process of another local account (nobody) that listens on `path`:
    // bound as root (the folder is root's), then it drops to nobody before
    // listen(), so the kernel reports nobody as the peer. Whatever it
    // receives is counted and sent back through `report`.
    static pid_t squatAs(uid_t uid, const QString &path, int report)
    {
        const QByteArray native = QFile::encodeName(path);
        const pid_t pid = ::fork();
        if (pid != 0)
            return pid;
        ::unlink(native.constData());
        const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        sockaddr_un address = {};
        address.sun_family = AF_UNIX;
        std::strncpy(address.sun_path, native.constData(), sizeof address.sun_path - 1);
        if (fd < 0 || ::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0)
            ::_exit(3);
        ::chmod(native.constData(), 0777);
        if (::setgid(uid) != 0 || ::setuid(uid) != 0 || ::listen(fd, 4) != 0)
            ::_exit(4);
        const int client = ::accept(fd, nullptr, nullptr);
        ::send(client, "A", 1, MSG_NOSIGNAL); // says it took the torrents
        char buffer[65536];
        long total = 0;
        pollfd wait = {client, POLLIN, 0};
        while (::poll(&wait, 1, 3000) > 0) {
            const ssize_t n = ::read(client, buffer, sizeof buffer);
            if (n <= 0)
                break;
            total += n;
        }
        if (::write(report, &total, sizeof total) != sizeof total)
            ::_exit(5);
        ::_exit(0);
    }

    // Runs `revaer` as another local account.
    static Run runAs(uid_t uid, const QStringList &arguments)
    {
        QProcess process;
        process.setProcessEnvironment(offscreen());
        process.setChildProcessModifier([uid] {
            if (::setgid(uid) != 0 || ::setuid(uid) != 0)
                ::_exit(99);
        });
        process.start(QStringLiteral(REVAER_BINARY), arguments);
        process.waitForFinished(30000);
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(QFile::exists(QStringLiteral(REVAER_BINARY)));
        first = generateTorrent(
            work.filePath(QStringLiteral("seed")), QStringLiteral("First"), {{QStringLiteral("a.bin"), 40000}}, 1, 16384);
        second = generateTorrent(
            work.filePath(QStringLiteral("seed")), QStringLiteral("Second"), {{QStringLiteral("b.bin"), 50000}}, 2, 16384);
        QVERIFY(QDir().mkpath(work.filePath(QStringLiteral("torrents"))));
        first.writeTorrentFile(work.filePath(QStringLiteral("torrents/first.torrent")));
        profile = writeLoopbackProfile(work.filePath(QStringLiteral("profile")));
        QSettings settings(profile + QStringLiteral("/revaer.ini"), QSettings::IniFormat);
        settings.setValue(QStringLiteral("Interface/showAddDialog"), false);
        settings.setValue(QStringLiteral("Downloads/savePath"), work.filePath(QStringLiteral("downloads")));
    }

    void secondLaunchHandsItsTorrentsOver()
    {
        auto window = startWindow();
        QCOMPARE(window->state(), QProcess::Running);

        // A relative path, from the second launch's own folder, and a magnet.
        const Run handed = run({QStringLiteral("--profile"), profile, QStringLiteral("first.torrent"), second.magnet},
            work.filePath(QStringLiteral("torrents")));
        QCOMPARE(handed.exitCode, 0);
        QVERIFY2(handed.out.contains(
                     QStringLiteral("handed 2 source(s) to the Revaer already running (PID %1)").arg(window->processId())),
            qPrintable(handed.out + handed.err));
        // The running one added both: they are in its resume folder.
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(resumeJson(first)), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(resumeJson(second)), 10000);

        // Headless mode refuses the profile in use, and says who holds it.
        const Run refused = run({QStringLiteral("--headless"), QStringLiteral("--profile"), profile, second.magnet});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(QStringLiteral("another Revaer (PID %1) is using the profile").arg(window->processId())),
            qPrintable(refused.err));

        stop(*window);
    }

    void aCrashedInstanceDoesNotBlockTheNext()
    {
        auto crashed = startWindow();
        QCOMPARE(crashed->state(), QProcess::Running);
        ::kill(pid_t(crashed->processId()), SIGKILL);
        QVERIFY(crashed->waitForFinished(10000));

        // Its lock and socket are left behind; the next start takes them over
        // and gets what the crashed one had stored.
        auto next = startWindow();
        QCOMPARE(next->state(), QProcess::Running);
        const Run handed = run({QStringLiteral("--profile"), profile});
        QCOMPARE(handed.exitCode, 0);
        QVERIFY(handed.out.contains(QStringLiteral("(PID %1)").arg(next->processId())));
        stop(*next);
        QVERIFY(QFile::exists(resumeJson(first)));
        QVERIFY(QFile::exists(resumeJson(second)));
    }

    // The hand-over socket lives where no other account can create it first.
    void theSocketIsPrivate()
    {
        auto window = startWindow();
        QString error;
        const QString path = Profile::inDirectory(profile).instanceSocket(&error);
        QVERIFY2(!path.isEmpty(), qPrintable(error));
        struct stat st = {};
        QCOMPARE(::lstat(QFile::encodeName(path).constData(), &st), 0);
        QVERIFY(S_ISSOCK(st.st_mode));
        const QString folder = QFileInfo(path).absolutePath();
        QCOMPARE(::lstat(QFile::encodeName(folder).constData(), &st), 0);
        QVERIFY(S_ISDIR(st.st_mode));
        QCOMPARE(st.st_uid, ::geteuid());
        QCOMPARE(st.st_mode & 077, 0u);
        if (::geteuid() == 0) {
            // Another account cannot put anything there.
            const Run squat
                = runAs(Nobody, {QStringLiteral("--headless"), QStringLiteral("--profile"), folder + QStringLiteral("/p")});
            QCOMPARE(squat.exitCode, 2);
            QVERIFY2(squat.err.contains(QStringLiteral("Permission denied")), qPrintable(squat.err));
        }
        stop(*window);
    }

    // Were the socket another account's, a second launch hands it nothing and
    // says so, instead of "handed 2 sources" while nothing was added.
    void aSocketOfAnotherAccountGetsNothing()
    {
        if (::geteuid() != 0)
            QSKIP("needs root to act as another account");
        const QString squatted = work.filePath(QStringLiteral("squatted"));
        QVERIFY(QDir().mkpath(squatted));
        QString error;
        const QString path = Profile::inDirectory(squatted).instanceSocket(&error);
        QVERIFY2(!path.isEmpty(), qPrintable(error));
        // The profile is in use, so a launch hands over.
        QLockFile lock(squatted + QStringLiteral("/revaer.lock"));
        QVERIFY(lock.tryLock(0));
        int report[2];
        QCOMPARE(::pipe(report), 0);
        const pid_t squatter = squatAs(Nobody, path, report[1]);
        ::close(report[1]);
        QTRY_VERIFY(QFileInfo::exists(path));

        const Run launched = run({QStringLiteral("--profile"), squatted, second.magnet, QStringLiteral("/home/secret.torrent")});
        QCOMPARE(launched.exitCode, 2);
        QVERIFY(!launched.out.contains(QStringLiteral("handed")));
        QVERIFY2(launched.err.contains(QStringLiteral("another user (uid 65534)"))
                && launched.err.contains(QStringLiteral("Nothing was handed over")),
            qPrintable(launched.err));
        long received = -1;
        QCOMPARE(::read(report[0], &received, sizeof received), qint64(sizeof received));
        QCOMPARE(received, 0L);
        ::close(report[0]);
        int status = 0;
        ::waitpid(squatter, &status, 0);
    }

    // The window drops a connection from another account, even one that
    // reached its socket (here through permissions opened on purpose).
    void theWindowRefusesAnotherAccount()
    {
        if (::geteuid() != 0)
            QSKIP("needs root to act as another account");
        auto window = startWindow();
        QString error;
        const QString path = Profile::inDirectory(profile).instanceSocket(&error);
        const QString folder = QFileInfo(path).absolutePath();
        ::chmod(QFile::encodeName(folder).constData(), 0711);
        ::chmod(QFile::encodeName(path).constData(), 0777);
        const auto restore = qScopeGuard([&] { ::chmod(QFile::encodeName(folder).constData(), 0700); });
        const GeneratedTorrent third = generateTorrent(
            work.filePath(QStringLiteral("seed")), QStringLiteral("Third"), {{QStringLiteral("c.bin"), 1000}}, 9, 16384);
        const pid_t child = ::fork();
        if (child == 0) {
            if (::setgid(Nobody) != 0 || ::setuid(Nobody) != 0)
                ::_exit(2);
            const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
            sockaddr_un address = {};
            address.sun_family = AF_UNIX;
            std::strncpy(address.sun_path, QFile::encodeName(path).constData(), sizeof address.sun_path - 1);
            if (::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0)
                ::_exit(3);
            const QByteArray message = HandOver::encode({third.magnet});
            ::send(fd, message.constData(), size_t(message.size()), MSG_NOSIGNAL);
            char answer = 0;
            ::_exit(::read(fd, &answer, 1) == 1 && answer == HandOver::Accepted ? 1 : 0);
        }
        int status = 0;
        QCOMPARE(::waitpid(child, &status, 0), child);
        QVERIFY(WIFEXITED(status));
        QCOMPARE(WEXITSTATUS(status), 0); // connected, and got no "accepted"
        QTest::qWait(500);
        QVERIFY(!QFile::exists(resumeJson(third)));
        stop(*window);
    }

    // A stuck, oversized or garbled message cannot hold the window, and the
    // next launch is still served.
    void badMessagesAreRefused()
    {
        auto window = startWindow();
        QString error;
        const QString path = Profile::inDirectory(profile).instanceSocket(&error);
        auto connected = [&] {
            auto socket = std::make_unique<QLocalSocket>();
            socket->connectToServer(path);
            if (!socket->waitForConnected(3000))
                qWarning() << "cannot connect:" << socket->errorString();
            return socket;
        };
        auto closedWithin = [](QLocalSocket &socket, int ms) {
            QElapsedTimer clock;
            clock.start();
            while (socket.state() != QLocalSocket::UnconnectedState && clock.elapsed() < ms)
                socket.waitForReadyRead(100);
            return socket.state() == QLocalSocket::UnconnectedState;
        };

        auto oversized = connected();
        oversized->write(QByteArray("RVHO\x10\x00\x00\x00", 8)); // 256 MiB announced
        QVERIFY(closedWithin(*oversized, 3000));
        QVERIFY(oversized->readAll().startsWith(HandOver::Refused));

        auto garbage = connected();
        garbage->write("GET / HTTP/1.0\r\n\r\n");
        QVERIFY(closedWithin(*garbage, 3000));

        QElapsedTimer idleClock;
        idleClock.start();
        auto idle = connected();
        idle->write(HandOver::encode({second.magnet}).left(10)); // and then nothing
        QVERIFY(closedWithin(*idle, SingleInstance::IdleTimeoutMs + 3000));
        QVERIFY(idleClock.elapsed() >= SingleInstance::IdleTimeoutMs - 500);

        const Run handed = run({QStringLiteral("--profile"), profile});
        QCOMPARE(handed.exitCode, 0);
        stop(*window);
    }

    // A profile that cannot be used says what is wrong with it, never
    // "another Revaer (PID 0) is using the profile".
    void anUnusableProfileIsNamed_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("said");
        QTest::newRow("a file") << QStringLiteral("file") << QStringLiteral("is a file, not a folder");
        QTest::newRow("read-only") << QStringLiteral("readonly") << QStringLiteral("Read-only file system");
        QTest::newRow("full disk") << QStringLiteral("full") << QStringLiteral("No space left on device");
        QTest::newRow("no permission") << QStringLiteral("denied") << QStringLiteral("Permission denied");
    }

    void anUnusableProfileIsNamed()
    {
        QFETCH(QString, kind);
        QFETCH(QString, said);
        const QString where = work.filePath(QStringLiteral("unusable-") + kind);
        std::unique_ptr<Tmpfs> disk;
        QString profileDir = where;
        bool asNobody = false;
        if (kind == u"file") {
            QFile f(where);
            QVERIFY(f.open(QIODevice::WriteOnly));
        } else if (kind == u"denied") {
            if (::geteuid() != 0)
                QSKIP("needs root to run Revaer as another account");
            QVERIFY(QDir().mkpath(where));
            ::chmod(QFile::encodeName(where).constData(), 0755); // root's, and nobody may not write
            asNobody = true;
        } else {
            disk = std::make_unique<Tmpfs>(where, 64 * 1024);
            if (!disk->mounted())
                QSKIP(qPrintable(disk->skipReason()));
            profileDir = where + QStringLiteral("/profile");
            QVERIFY(QDir().mkpath(profileDir));
            if (kind == u"readonly")
                QVERIFY(disk->setReadOnly(true));
            else
                disk->fill();
        }
        for (const QStringList &arguments : {QStringList {QStringLiteral("--headless"), QStringLiteral("--profile"), profileDir},
                 QStringList {QStringLiteral("--profile"), profileDir}}) {
            const Run r = asNobody ? runAs(Nobody, arguments) : run(arguments);
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(!r.err.contains(QStringLiteral("PID 0")), qPrintable(r.err));
            QVERIFY2(r.err.contains(said) && r.err.contains(profileDir), qPrintable(r.err));
        }
        if (disk && kind == u"readonly")
            disk->setReadOnly(false);
    }
};

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
