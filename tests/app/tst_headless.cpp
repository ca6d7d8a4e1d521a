#include "testswarm.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Revaer;
using namespace Revaer::Test;

// `revaer --headless` as an operator runs it: a real process.
class TestHeadless : public QObject
{
    Q_OBJECT

    QTemporaryDir work;
    GeneratedTorrent payload;
    GeneratedTorrent slow;
    std::unique_ptr<Seeder> seeder;
    int profiles = 0;

    QString makeProfile() { return writeLoopbackProfile(work.filePath(QStringLiteral("profile-%1").arg(++profiles))); }

    struct Run {
        int exitCode = -1;
        QProcess::ExitStatus status = QProcess::CrashExit;
        QString out;
        QString err;
    };

    Run run(const QStringList &arguments, int timeoutMs = 60000)
    {
        QProcess process;
        process.start(QStringLiteral(REVAER_BINARY), arguments);
        Run r;
        if (!process.waitForFinished(timeoutMs)) {
            process.kill();
            process.waitForFinished();
        }
        r.exitCode = process.exitCode();
        r.status = process.exitStatus();
        r.out = QString::fromUtf8(process.readAllStandardOutput());
        r.err = QString::fromUtf8(process.readAllStandardError());
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(QFile::exists(QStringLiteral(REVAER_BINARY)));
        const QString seedRoot = work.filePath(QStringLiteral("seed"));
        payload = generateTorrent(seedRoot, QStringLiteral("Payload"),
                                  {{QStringLiteral("a.bin"), 2 * 1024 * 1024}, {QStringLiteral("b/b.bin"), 777 * 1024}}, 3);
        slow = generateTorrent(seedRoot, QStringLiteral("Slow"), {{QStringLiteral("slow.bin"), 16 * 1024 * 1024}}, 4);
        seeder = std::make_unique<Seeder>(work.filePath(QStringLiteral("seeder")));
        QVERIFY(seeder->seed(payload));
        QVERIFY(seeder->seed(slow));
    }

    void downloadsAndExitsWhenDone()
    {
        const QString savePath = work.filePath(QStringLiteral("headless-download"));
        const QString torrentFile = payload.writeTorrentFile(work.filePath(QStringLiteral("payload.torrent")));
        const Run r = run({QStringLiteral("--headless"), QStringLiteral("--profile"), makeProfile(), QStringLiteral("--save-path"), savePath,
                           QStringLiteral("--peer"), seeder->peer(), QStringLiteral("--exit-when-done"), torrentFile});
        QVERIFY2(r.exitCode == 0 && r.status == QProcess::NormalExit, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QStringLiteral("Payload: complete")), qPrintable(r.out));
        for (int i = 0; i < payload.files.size(); ++i)
            QVERIFY(sameContent(payload.filePath(i), savePath + QStringLiteral("/Payload/") + payload.files.at(i).first));
    }

    void magnetWithListenPort()
    {
        const QString savePath = work.filePath(QStringLiteral("headless-magnet"));
        const Run r = run({QStringLiteral("--headless"), QStringLiteral("--profile"), makeProfile(), QStringLiteral("--save-path"), savePath,
                           QStringLiteral("--listen-port"), QStringLiteral("0"), QStringLiteral("--exit-when-done"),
                           payload.magnet + QStringLiteral("&x.pe=") + seeder->peer()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        for (int i = 0; i < payload.files.size(); ++i)
            QVERIFY2(sameContent(payload.filePath(i), savePath + QStringLiteral("/Payload/") + payload.files.at(i).first), qPrintable(r.out + r.err));
    }

    void badSourceExitsNonZeroWithOneLineReason_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("reason");
        QTest::newRow("missing file") << QStringLiteral("/no/such/file.torrent") << QStringLiteral("does not exist");
        QTest::newRow("garbage file") << QStringLiteral("GARBAGE") << QStringLiteral("not a valid torrent file");
        QTest::newRow("empty file") << QStringLiteral("EMPTY") << QStringLiteral("empty");
        QTest::newRow("malformed magnet") << QStringLiteral("magnet:?xt=urn:btih:nothex") << QStringLiteral("invalid info-hash");
    }

    void badSourceExitsNonZeroWithOneLineReason()
    {
        QFETCH(QString, source);
        QFETCH(QString, reason);
        if (source == u"GARBAGE") {
            source = work.filePath(QStringLiteral("garbage.torrent"));
            QFile f(source);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("d8:announce");
        } else if (source == u"EMPTY") {
            source = work.filePath(QStringLiteral("empty.torrent"));
            QFile f(source);
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        const Run r = run({QStringLiteral("--headless"), QStringLiteral("--profile"), makeProfile(), QStringLiteral("--exit-when-done"), source},
                          20000);
        QVERIFY(r.status == QProcess::NormalExit);
        QVERIFY2(r.exitCode != 0, qPrintable(r.out + r.err));
        const QStringList lines = r.err.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.at(0).contains(source) && lines.at(0).contains(reason), qPrintable(lines.at(0)));
    }

    void badCommandLineIsRejected()
    {
        const Run r = run({QStringLiteral("--headless"), QStringLiteral("--listen-port"), QStringLiteral("seventy")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("--listen-port")));
    }

    void sigtermShutsDownCleanly_data()
    {
        QTest::addColumn<int>("signalNumber");
        QTest::newRow("SIGTERM") << int(SIGTERM);
        QTest::newRow("SIGINT") << int(SIGINT);
    }

    void sigtermShutsDownCleanly()
    {
        QFETCH(int, signalNumber);
        QProcess process;
        process.start(QStringLiteral(REVAER_BINARY),
                      {QStringLiteral("--headless"), QStringLiteral("--profile"), makeProfile(), QStringLiteral("--save-path"),
                       work.filePath(QStringLiteral("slow-%1").arg(signalNumber)), QStringLiteral("--download-limit"), QStringLiteral("256"),
                       QStringLiteral("--peer"), seeder->peer(), slow.magnet});
        QVERIFY(process.waitForStarted());
        // Wait until it is downloading: a progress line.
        QString out;
        QElapsedTimer timer;
        timer.start();
        while (!out.contains(QStringLiteral("% of")) && timer.elapsed() < 20000) {
            process.waitForReadyRead(200);
            out += QString::fromUtf8(process.readAllStandardOutput());
        }
        QVERIFY2(out.contains(QStringLiteral("% of")), qPrintable(out));
        ::kill(static_cast<pid_t>(process.processId()), signalNumber);
        QVERIFY(process.waitForFinished(15000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        QVERIFY(QString::fromUtf8(process.readAllStandardError()).contains(QStringLiteral("shutting down")));
    }

    // One progress line per torrent per second at most.
    void progressLinesAreRateLimited()
    {
        QProcess process;
        process.start(QStringLiteral(REVAER_BINARY),
                      {QStringLiteral("--headless"), QStringLiteral("--profile"), makeProfile(), QStringLiteral("--save-path"),
                       work.filePath(QStringLiteral("rate")), QStringLiteral("--download-limit"), QStringLiteral("1024"),
                       QStringLiteral("--peer"), seeder->peer(), slow.magnet});
        QVERIFY(process.waitForStarted());
        QElapsedTimer timer;
        timer.start();
        QTest::qWait(4000);
        const qint64 elapsedMs = timer.elapsed();
        ::kill(static_cast<pid_t>(process.processId()), SIGTERM);
        QVERIFY(process.waitForFinished(15000));
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        const qsizetype lines = out.count(QStringLiteral("% of"));
        QVERIFY2(lines >= 1, qPrintable(out));
        QVERIFY2(lines <= elapsedMs / 1000 + 1, qPrintable(out));
    }
};

QTEST_GUILESS_MAIN(TestHeadless)
#include "tst_headless.moc"
