#include "testswarm.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

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
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
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

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(QFile::exists(QStringLiteral(REVAER_BINARY)));
        first = generateTorrent(work.filePath(QStringLiteral("seed")), QStringLiteral("First"), {{QStringLiteral("a.bin"), 40000}}, 1, 16384);
        second = generateTorrent(work.filePath(QStringLiteral("seed")), QStringLiteral("Second"), {{QStringLiteral("b.bin"), 50000}}, 2, 16384);
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
        QVERIFY2(handed.out.contains(QStringLiteral("handed 2 source(s) to the Revaer already running (PID %1)").arg(window->processId())),
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
};

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
