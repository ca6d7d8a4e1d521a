#include "commandline.h"
#include "testswarm.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <QSettings>

#include <csignal>
#include <sys/stat.h>

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
        const Run r
            = run({QStringLiteral("--headless"), QStringLiteral("--profile"), makeProfile(), QStringLiteral("--save-path"),
                savePath, QStringLiteral("--peer"), seeder->peer(), QStringLiteral("--exit-when-done"), torrentFile});
        QVERIFY2(r.exitCode == 0 && r.status == QProcess::NormalExit, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QStringLiteral("Payload: complete")), qPrintable(r.out));
        for (int i = 0; i < payload.files.size(); ++i)
            QVERIFY(sameContent(payload.filePath(i), savePath + QStringLiteral("/Payload/") + payload.files.at(i).first));
    }

    // Run again on a profile whose torrents are all complete: it exits at once.
    void exitsWhenEveryRestoredTorrentIsComplete()
    {
        const QString profile = makeProfile();
        const QString savePath = work.filePath(QStringLiteral("restored-complete"));
        const Run first = run({QStringLiteral("--headless"), QStringLiteral("--profile"), profile, QStringLiteral("--save-path"),
            savePath, QStringLiteral("--peer"), seeder->peer(), QStringLiteral("--exit-when-done"), payload.magnet});
        QVERIFY2(first.exitCode == 0, qPrintable(first.out + first.err));
        QElapsedTimer clock;
        clock.start();
        const Run again = run(
            {QStringLiteral("--headless"), QStringLiteral("--profile"), profile, QStringLiteral("--exit-when-done")}, 30000);
        QVERIFY2(again.exitCode == 0 && again.status == QProcess::NormalExit, qPrintable(again.out + again.err));
        QVERIFY2(again.out.contains(QStringLiteral("restored 1 torrents")), qPrintable(again.out));
        QVERIFY(clock.elapsed() < 20000);
    }

    // "restored N" counts what was restored; what was set aside is said apart.
    void theRestoreCountIsTrue()
    {
        const QString profile = makeProfile();
        const QString savePath = work.filePath(QStringLiteral("count"));
        QVERIFY(run({QStringLiteral("--headless"), QStringLiteral("--profile"), profile, QStringLiteral("--save-path"), savePath,
                        QStringLiteral("--peer"), seeder->peer(), QStringLiteral("--exit-when-done"), payload.magnet})
                    .exitCode
            == 0);
        QFile garbage(profile + QStringLiteral("/resume/") + QString(40, u'9') + QStringLiteral(".fastresume"));
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write("not resume data");
        garbage.close();
        const Run again = run(
            {QStringLiteral("--headless"), QStringLiteral("--profile"), profile, QStringLiteral("--exit-when-done")}, 30000);
        QVERIFY2(again.out.contains(QStringLiteral("restored 1 torrents"))
                && again.out.contains(QStringLiteral("1 could not be restored")),
            qPrintable(again.out));
    }

    // A folder where a .fastresume belongs was said to be set aside but was
    // not, and every later write to it failed: health degraded at every start.
    void aFolderInPlaceOfResumeDataIsSetAsideForGood()
    {
        const QString profile = makeProfile();
        const QString savePath = work.filePath(QStringLiteral("folder-resume"));
        QVERIFY(run({QStringLiteral("--headless"), QStringLiteral("--profile"), profile, QStringLiteral("--save-path"), savePath,
                        QStringLiteral("--peer"), seeder->peer(), QStringLiteral("--exit-when-done"), payload.magnet})
                    .exitCode
            == 0);
        const QString resume = profile + QStringLiteral("/resume/") + payload.id.toString() + QStringLiteral(".fastresume");
        QVERIFY(QFile::remove(resume));
        QVERIFY(QDir().mkpath(resume + QStringLiteral("/inside")));
        const Run first = run({QStringLiteral("--headless"), QStringLiteral("--profile"), profile, QStringLiteral("--peer"),
                                  seeder->peer(), QStringLiteral("--exit-when-done")},
            60000);
        QVERIFY2(first.exitCode == 0, qPrintable(first.out + first.err));
        QVERIFY2(first.out.contains(QStringLiteral("moved to quarantine")) && first.out.contains(QStringLiteral("folder")),
            qPrintable(first.out));
        QVERIFY2(!first.err.contains(QStringLiteral("degraded")), qPrintable(first.err));
        QVERIFY(QFileInfo(resume).isFile()); // written anew where the folder was
        const Run second = run(
            {QStringLiteral("--headless"), QStringLiteral("--profile"), profile, QStringLiteral("--exit-when-done")}, 30000);
        QCOMPARE(second.exitCode, 0);
        QVERIFY2(!second.out.contains(QStringLiteral("quarantine")) && !second.err.contains(QStringLiteral("degraded")),
            qPrintable(second.out + second.err));
        QVERIFY(second.out.contains(QStringLiteral("restored 1 torrents")));
    }

    // A FIFO or a symlink to /dev/zero given as a .torrent is refused at once.
    void oddTorrentFilesAreRefused_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("said");
        QTest::newRow("FIFO") << QStringLiteral("fifo") << QStringLiteral("FIFO");
        QTest::newRow("/dev/zero") << QStringLiteral("zero") << QStringLiteral("device");
        QTest::newRow("folder") << QStringLiteral("folder") << QStringLiteral("folder");
    }

    void oddTorrentFilesAreRefused()
    {
        QFETCH(QString, kind);
        QFETCH(QString, said);
        const QString path = work.filePath(QStringLiteral("odd-%1.torrent").arg(kind));
        if (kind == u"fifo")
            QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        else if (kind == u"zero")
            QVERIFY(QFile::link(QStringLiteral("/dev/zero"), path));
        else
            QVERIFY(QDir().mkpath(path));
        QElapsedTimer clock;
        clock.start();
        const Run r = run(
            {QStringLiteral("--headless"), QStringLiteral("--profile"), makeProfile(), QStringLiteral("--exit-when-done"), path},
            20000);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(clock.elapsed() < 15000);
        QVERIFY2(r.err.contains(path) && r.err.contains(said), qPrintable(r.err));
    }

    // Odd files in the resume folder are set aside; the engine neither hangs
    // (a FIFO) nor runs out of memory (/dev/zero), and SIGTERM still stops it.
    void oddResumeFilesDoNotHangTheEngine()
    {
        const QString profile = makeProfile();
        const QString resume = profile + QStringLiteral("/resume");
        QVERIFY(QDir().mkpath(resume));
        QCOMPARE(
            ::mkfifo(QFile::encodeName(resume + u'/' + QString(40, u'a') + QStringLiteral(".fastresume")).constData(), 0600), 0);
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), resume + u'/' + QString(40, u'b') + QStringLiteral(".fastresume")));
        QCOMPARE(::mkfifo(QFile::encodeName(resume + QStringLiteral("/queue.order")).constData(), 0600), 0);
        QProcess process;
        process.start(QStringLiteral(REVAER_BINARY), {QStringLiteral("--headless"), QStringLiteral("--profile"), profile});
        QVERIFY(process.waitForStarted());
        QString out;
        QElapsedTimer clock;
        clock.start();
        while (!out.contains(QStringLiteral("restored 0 torrents")) && clock.elapsed() < 15000) {
            process.waitForReadyRead(200);
            out += QString::fromUtf8(process.readAllStandardOutput());
        }
        QVERIFY2(out.contains(QStringLiteral("2 could not be restored")), qPrintable(out));
        ::kill(pid_t(process.processId()), SIGTERM);
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 0);
        QVERIFY(QDir(resume + QStringLiteral("/quarantine")).entryList(QDir::System | QDir::Files).size() >= 2);
    }

    // A settings file of random bytes: said, kept, and nothing turned on.
    void unreadableSettingsAreKept()
    {
        const QString profile = work.filePath(QStringLiteral("random-ini"));
        QVERIFY(QDir().mkpath(profile));
        QFile ini(profile + QStringLiteral("/revaer.ini"));
        QVERIFY(ini.open(QIODevice::WriteOnly));
        QByteArray random(4096, '\0');
        for (qsizetype i = 0; i < random.size(); ++i)
            random[i] = char((i * 7919 + 13) % 251);
        ini.write(random);
        ini.close();
        const Run r = run({QStringLiteral("--headless"), QStringLiteral("--profile"), profile, QStringLiteral("--listen-port"),
                              QStringLiteral("0"), QStringLiteral("--exit-when-done")},
            20000);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains(QStringLiteral("could not be read")) && r.err.contains(QStringLiteral("BitTorrent/dht")),
            qPrintable(r.err));
        QCOMPARE(QDir(profile).entryList({QStringLiteral("revaer.ini.unreadable-*")}).size(), 1);
        QSettings settings(profile + QStringLiteral("/revaer.ini"), QSettings::IniFormat);
        for (const char *key : {"BitTorrent/dht", "BitTorrent/lsd", "BitTorrent/pex", "Connection/upnp", "Connection/natpmp"})
            QCOMPARE(settings.value(QString::fromLatin1(key)).toString(), QStringLiteral("false"));
    }

    // A new profile listens on a random port, chosen once and kept.
    void aNewProfileGetsARandomPort()
    {
        const QString profile = work.filePath(QStringLiteral("fresh"));
        QVERIFY(QDir().mkpath(profile));
        QFile ini(profile + QStringLiteral("/revaer.ini"));
        QVERIFY(ini.open(QIODevice::WriteOnly));
        ini.write("[Connection]\nupnp=false\nnatpmp=false\n[BitTorrent]\ndht=false\nlsd=false\n");
        ini.close();
        const Run r = run(
            {QStringLiteral("--headless"), QStringLiteral("--profile"), profile, QStringLiteral("--exit-when-done")}, 20000);
        QCOMPARE(r.exitCode, 0);
        QSettings settings(profile + QStringLiteral("/revaer.ini"), QSettings::IniFormat);
        const int port = settings.value(QStringLiteral("Connection/listenPort")).toInt();
        QVERIFY2(port >= 20000 && port <= 32767, qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("port %1").arg(port)));
        const Run again = run(
            {QStringLiteral("--headless"), QStringLiteral("--profile"), profile, QStringLiteral("--exit-when-done")}, 20000);
        QVERIFY(!again.out.contains(QStringLiteral("chosen at random")));
        QCOMPARE(QSettings(profile + QStringLiteral("/revaer.ini"), QSettings::IniFormat)
                     .value(QStringLiteral("Connection/listenPort"))
                     .toInt(),
            port);
    }

    // --peer, --listen-port and the caps are headless mode's: --help says
    // so, and the window names those it was given as ignored.
    void helpSaysWhichOptionsAreHeadlessOnly()
    {
        const Run help = run({QStringLiteral("--help")}, 10000);
        QCOMPARE(help.exitCode, 0);
        for (const QString &line : {QStringLiteral("Headless mode: connect to the peer"),
                 QStringLiteral("Headless mode: cap downloads"), QStringLiteral("Headless mode: accept peers on port")})
            QVERIFY2(help.out.contains(line), qPrintable(help.out));
        const CommandLine parsed = CommandLine::parse({QStringLiteral("revaer"), QStringLiteral("--peer"),
            QStringLiteral("127.0.0.1:6881"), QStringLiteral("--download-limit"), QStringLiteral("5"), payload.magnet});
        QVERIFY(parsed.error.isEmpty());
        QCOMPARE(parsed.headlessOnly, (QStringList {QStringLiteral("--peer"), QStringLiteral("--download-limit")}));
        QVERIFY(CommandLine::parse({QStringLiteral("revaer"), payload.magnet}).headlessOnly.isEmpty());
    }

    void badPeersAreRefused_data()
    {
        QTest::addColumn<QString>("peer");
        QTest::addColumn<QString>("said");
        QTest::newRow("junk") << QStringLiteral("junk") << QStringLiteral("HOST:PORT");
        QTest::newRow("no port") << QStringLiteral("192.0.2.7") << QStringLiteral("HOST:PORT");
        QTest::newRow("port 0") << QStringLiteral("192.0.2.7:0") << QStringLiteral("HOST:PORT");
        QTest::newRow("port too big") << QStringLiteral("192.0.2.7:70000") << QStringLiteral("HOST:PORT");
        QTest::newRow("v6 without brackets") << QStringLiteral("::1:6881") << QStringLiteral("HOST:PORT");
        QTest::newRow("unknown host") << QStringLiteral("no-such-host.invalid:6881") << QStringLiteral("cannot find the address");
        QTest::newRow("broadcast") << QStringLiteral("255.255.255.255:6881") << QStringLiteral("not the address of a peer");
    }

    void badPeersAreRefused()
    {
        QFETCH(QString, peer);
        QFETCH(QString, said);
        const Run r = run({QStringLiteral("--headless"), QStringLiteral("--profile"), makeProfile(), QStringLiteral("--peer"),
                              peer, payload.magnet},
            20000);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(peer) && r.err.contains(said), qPrintable(r.err));
    }

    // A host name is resolved, not dropped.
    void aPeerByNameIsUsed()
    {
        const QString savePath = work.filePath(QStringLiteral("by-name"));
        const Run r = run({QStringLiteral("--headless"), QStringLiteral("--profile"), makeProfile(),
            QStringLiteral("--save-path"), savePath, QStringLiteral("--peer"), QStringLiteral("localhost:%1").arg(seeder->port()),
            QStringLiteral("--exit-when-done"), payload.magnet});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    }

    void magnetWithListenPort()
    {
        const QString savePath = work.filePath(QStringLiteral("headless-magnet"));
        const Run r = run({QStringLiteral("--headless"), QStringLiteral("--profile"), makeProfile(),
            QStringLiteral("--save-path"), savePath, QStringLiteral("--listen-port"), QStringLiteral("0"),
            QStringLiteral("--exit-when-done"), payload.magnet + QStringLiteral("&x.pe=") + seeder->peer()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        for (int i = 0; i < payload.files.size(); ++i)
            QVERIFY2(sameContent(payload.filePath(i), savePath + QStringLiteral("/Payload/") + payload.files.at(i).first),
                qPrintable(r.out + r.err));
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
        const Run r = run({QStringLiteral("--headless"), QStringLiteral("--profile"), makeProfile(),
                              QStringLiteral("--exit-when-done"), source},
            20000);
        QVERIFY(r.status == QProcess::NormalExit);
        QVERIFY2(r.exitCode != 0, qPrintable(r.out + r.err));
        const QStringList lines = r.err.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.at(0).contains(source) && lines.at(0).contains(reason), qPrintable(lines.at(0)));
    }

    // --category and --tag file the sources; a category defined in the
    // settings (here its parent) decides where it is saved.
    void aCategoryAndTagsFileTheSources()
    {
        const QString profile = makeProfile();
        const QString movies = work.filePath(QStringLiteral("movies"));
        QFile ini(profile + QStringLiteral("/revaer.ini"));
        QVERIFY(ini.open(QIODevice::Append));
        ini.write(QStringLiteral("\n[Categories]\n1\\name=Movies\n1\\savePath=%1\nsize=1\n").arg(movies).toUtf8());
        ini.close();
        const Run r = run({QStringLiteral("--headless"), QStringLiteral("--profile"), profile, QStringLiteral("--category"),
            QStringLiteral(" Movies / 4K "), QStringLiteral("--tag"), QStringLiteral("night \"owl\""), QStringLiteral("--tag"),
            QStringLiteral("new"), QStringLiteral("--peer"), seeder->peer(), QStringLiteral("--exit-when-done"), payload.magnet});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(
                     QStringLiteral("Payload: added, saving to %1, sequential off, category Movies/4K, tags night \"owl\", new")
                         .arg(QDir::toNativeSeparators(movies + QStringLiteral("/4K")))),
            qPrintable(r.out));
        QVERIFY(sameContent(payload.filePath(0), movies + QStringLiteral("/4K/Payload/") + payload.files.at(0).first));

        const Run bad = run({QStringLiteral("--headless"), QStringLiteral("--profile"), makeProfile(), QStringLiteral("--tag"),
            QStringLiteral("a,b"), payload.magnet});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains(QStringLiteral("“a,b”")), qPrintable(bad.err));
    }

    // --incomplete-dir: the download waits there, and --exit-when-done ends
    // the run only once it has moved to its save folder (before, the run
    // ended at completion and the move waited for the next start).
    void unfinishedDownloadsWaitInTheIncompleteFolder()
    {
        const QString profile = makeProfile();
        const QString incomplete = work.filePath(QStringLiteral("incomplete"));
        const QString done = work.filePath(QStringLiteral("done"));
        const Run r = run({QStringLiteral("--headless"), QStringLiteral("--profile"), profile, QStringLiteral("--save-path"),
            done, QStringLiteral("--incomplete-dir"), incomplete, QStringLiteral("--peer"), seeder->peer(),
            QStringLiteral("--exit-when-done"), payload.magnet});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QStringLiteral("Payload: added, saving to %1, sequential off, moving to %2 when complete")
                                    .arg(QDir::toNativeSeparators(incomplete), QDir::toNativeSeparators(done))),
            qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("Payload: moved to %1").arg(QDir::toNativeSeparators(done))), qPrintable(r.out));
        QVERIFY(sameContent(payload.filePath(0), done + QStringLiteral("/Payload/") + payload.files.at(0).first));
        QVERIFY(!QFileInfo::exists(incomplete + QStringLiteral("/Payload/") + payload.files.at(0).first));
        // Not written to the settings file: it held for this run only.
        QFile ini(profile + QStringLiteral("/revaer.ini"));
        QVERIFY(ini.open(QIODevice::ReadOnly));
        QVERIFY(!ini.readAll().contains("incomplete"));
    }

    // A watched folder named in revaer.ini, made only after Revaer started:
    // a .torrent copied in is added under the folder's category, downloads,
    // and is renamed .added; garbage beside it is renamed .invalid and said.
    void aWatchedFolderAddsWhatAppearsInIt()
    {
        const QString profile = makeProfile();
        const QString watched = work.filePath(QStringLiteral("watched/incoming"));
        const QString savePath = work.filePath(QStringLiteral("from-watched"));
        QFile ini(profile + QStringLiteral("/revaer.ini"));
        QVERIFY(ini.open(QIODevice::Append));
        ini.write(QStringLiteral("\n[WatchedFolders]\n1\\path=%1\n1\\category=Linux\n1\\savePath=%2\nsize=1\n")
                      .arg(watched, savePath)
                      .toUtf8());
        ini.close();
        QProcess process;
        process.start(QStringLiteral(REVAER_BINARY),
            {QStringLiteral("--headless"), QStringLiteral("--profile"), profile, QStringLiteral("--peer"), seeder->peer()});
        QVERIFY(process.waitForStarted());
        QString out;
        QString err;
        auto read = [&] {
            out += QString::fromUtf8(process.readAllStandardOutput());
            err += QString::fromUtf8(process.readAllStandardError());
        };
        QTest::qWait(1500);
        QVERIFY(QDir().mkpath(watched));
        QFile garbage(watched + QStringLiteral("/garbage.torrent"));
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write("d8:announce");
        garbage.close();
        payload.writeTorrentFile(watched + QStringLiteral("/payload.torrent"));
        const bool done = QTest::qWaitFor(
            [&] {
                read();
                return out.contains(QStringLiteral("Payload: complete"));
            },
            60000);
        QVERIFY2(done, qPrintable(out + err));
        QVERIFY2(out.contains(QStringLiteral("Payload: added, saving to %1, sequential off, category Linux")
                                  .arg(QDir::toNativeSeparators(savePath))),
            qPrintable(out));
        QVERIFY(QFile::exists(watched + QStringLiteral("/payload.torrent.added")));
        QVERIFY(sameContent(payload.filePath(0), savePath + QStringLiteral("/Payload/") + payload.files.at(0).first));
        // Garbage waits its time (it could still be written), then is set aside.
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         read();
                         return QFile::exists(watched + QStringLiteral("/garbage.torrent.invalid"));
                     },
                     30000),
            qPrintable(err));
        QTRY_VERIFY2(
            [&] {
                read();
                return err.contains(QStringLiteral("garbage.torrent in a watched folder is not a torrent"));
            }(),
            qPrintable(err));
        process.terminate();
        QVERIFY(process.waitForFinished(30000));
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
                work.filePath(QStringLiteral("slow-%1").arg(signalNumber)), QStringLiteral("--download-limit"),
                QStringLiteral("256"), QStringLiteral("--peer"), seeder->peer(), slow.magnet});
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
    // ... and written in the C locale for the scripts that read them, even
    // when the user's language writes "16,0 MiB".
    void progressLinesAreRateLimited()
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8"));
        environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("de_DE.UTF-8"));
        process.setProcessEnvironment(environment);
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
        QVERIFY2(out.contains(QRegularExpression(QStringLiteral("\\d\\.\\d% of 16\\.0 MiB"))), qPrintable(out));
    }
};

QTEST_GUILESS_MAIN(TestHeadless)
#include "tst_headless.moc"
