#include "backend/resumedatainspector.h"
#include "fastresumestore.h"
#include "storedtorrent.h"
#include "testswarm.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Revaer;
using namespace Revaer::Test;

// `revaer --headless` killed with SIGKILL at random moments and started
// again, over and over: no torrent, choice or saved progress may be lost.
// REVAER_CRASH_SEED replays a run; REVAER_CRASH_TRIALS changes its length.
class TestCrashRecovery : public QObject
{
    Q_OBJECT

    QTemporaryDir work;
    std::unique_ptr<Seeder> seeder;
    QList<GeneratedTorrent> torrents;
    QString profile;
    quint32 seed = 0;

    struct Expected {
        QString savePath;
        bool sequential = false;
        QList<int> priorities;
        int selected = 0;
        TorrentLabels labels;
    };
    QHash<TorrentId, Expected> expected;

    QProcess *launch(const QString &profileDir, const QStringList &extra)
    {
        auto *process = new QProcess(this);
        process->setProcessChannelMode(QProcess::MergedChannels);
        process->start(QStringLiteral(REVAER_BINARY),
            QStringList {QStringLiteral("--headless"), QStringLiteral("--profile"), profileDir} + extra);
        if (!process->waitForStarted())
            qFatal("revaer did not start");
        return process;
    }

    static QString readUntil(QProcess *process, QString &output, const QRegularExpression &pattern, int timeoutMs)
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < timeoutMs) {
            const QRegularExpressionMatch match = pattern.match(output);
            if (match.hasMatch())
                return match.captured(0);
            process->waitForReadyRead(50);
            output += QString::fromUtf8(process->readAll());
        }
        return {};
    }

    static void kill9(QProcess *process)
    {
        ::kill(static_cast<pid_t>(process->processId()), SIGKILL);
        process->waitForFinished(10000);
    }

    QString context(int trial) const
    {
        return QStringLiteral("seed %1, trial %2 (replay with REVAER_CRASH_SEED=%1)").arg(seed).arg(trial);
    }

private Q_SLOTS:
    void initTestCase()
    {
        seed = qEnvironmentVariableIsSet("REVAER_CRASH_SEED") ? quint32(qEnvironmentVariableIntValue("REVAER_CRASH_SEED"))
                                                              : 20261124u;
        qInfo("crash test seed %u", seed);
        const QString seedRoot = work.filePath(QStringLiteral("seed"));
        // Files are whole pieces, so a skipped file shares no piece with the others.
        torrents.append(generateTorrent(seedRoot, QStringLiteral("Album"),
            {{QStringLiteral("01.flac"), 3 * 1024 * 1024}, {QStringLiteral("02.flac"), 2 * 1024 * 1024},
                {QStringLiteral("cover.png"), 1024 * 1024}},
            31, 16384));
        torrents.append(
            generateTorrent(seedRoot, QStringLiteral("Movie"), {{QStringLiteral("movie.mkv"), 8 * 1024 * 1024}}, 32, 32768));
        torrents.append(
            generateTorrent(seedRoot, QStringLiteral("Linux ISO"), {{QStringLiteral("disc.iso"), 6 * 1024 * 1024}}, 33, 65536));
        seeder = std::make_unique<Seeder>(work.filePath(QStringLiteral("seeder")));
        for (const GeneratedTorrent &t : std::as_const(torrents))
            QVERIFY(seeder->seed(t));

        // The profile starts with three torrents, each with its own choices,
        // added by an engine that then stops cleanly.
        profile = writeLoopbackProfile(work.filePath(QStringLiteral("profile")));
        EngineConfig config = loopbackConfig(work.filePath(QStringLiteral("downloads")));
        config.resumeDir = profile + QStringLiteral("/resume");
        LibtorrentEngine engine(config);
        QSignalSpy added(&engine, &TorrentEngine::torrentAdded);
        engine.start();
        for (int i = 0; i < torrents.size(); ++i) {
            const GeneratedTorrent &t = torrents.at(i);
            AddTorrentRequest request
                = AddTorrentRequest::fromFile(t.writeTorrentFile(work.filePath(t.name + QStringLiteral(".torrent"))));
            Expected e;
            e.savePath = work.filePath(QStringLiteral("downloads/%1").arg(i));
            QDir().mkpath(e.savePath);
            e.sequential = i == 1;
            e.priorities = QList<int>(t.files.size(), FilePriority::Normal);
            if (i == 0) {
                const auto cover
                    = std::find_if(t.files.cbegin(), t.files.cend(), [](const auto &f) { return f.first == u"cover.png"; });
                e.priorities[cover - t.files.cbegin()] = FilePriority::Skip;
                e.priorities[0] = FilePriority::High;
            }
            e.selected = int(std::count_if(e.priorities.cbegin(), e.priorities.cend(), [](int p) { return p > 0; }));
            request.savePath = e.savePath;
            request.sequential = e.sequential;
            request.filePriorities = e.priorities;
            request.paused = true; // the crash trials do the downloading
            // How each is filed: rewritten with every resume save, never lost.
            if (i == 0)
                e.labels = {QStringLiteral("Music/Lossless"), {QStringLiteral("rip \"2024\""), QStringLiteral("keep")}};
            else if (i == 2)
                e.labels = {{}, {QStringLiteral("linux")}};
            request.labels = e.labels;
            expected.insert(t.id, e);
            engine.addTorrent(request);
        }
        QTRY_COMPARE(added.size(), 3);
        engine.resumeTorrents({torrents.at(0).id, torrents.at(1).id, torrents.at(2).id});
        QTest::qWait(300);
        engine.stop();
    }

    void killedAtRandomMomentsLosesNothing()
    {
        const int trials
            = qEnvironmentVariableIsSet("REVAER_CRASH_TRIALS") ? qEnvironmentVariableIntValue("REVAER_CRASH_TRIALS") : 20;
        QRandomGenerator random(seed);
        FastResumeStore store(profile + QStringLiteral("/resume"));
        static const QRegularExpression restoredLine(
            QStringLiteral("^(.+): restored, saving to (.+), sequential (on|off)(, paused)?(, category ([^,\\n]+))?(, tags (.+))?$"),
            QRegularExpression::MultilineOption);
        static const QRegularExpression filesLine(
            QStringLiteral("^(.+): (\\d+) of (\\d+) files selected"), QRegularExpression::MultilineOption);
        static const QRegularExpression progressLine(
            QStringLiteral("^(.+): [\\d.]+% of .* \\((\\d+) of (\\d+) bytes\\)"), QRegularExpression::MultilineOption);
        int killedWhileDownloading = 0;

        for (int trial = 0; trial < trials; ++trial) {
            // What the last run left on disk: every torrent, valid, and its progress.
            QHash<QString, qint64> savedBytes; // by name
            QCOMPARE(store.scan().size(), torrents.size());
            for (const GeneratedTorrent &t : std::as_const(torrents)) {
                const FastResumeStore::Entry entry = store.read(t.id);
                QVERIFY2(entry.resumeData && entry.json, qPrintable(context(trial)));
                const ResumeDataInspector::Info info = ResumeDataInspector::inspect(*entry.resumeData);
                QVERIFY2(info.ok() && info.belongsTo(t.id), qPrintable(context(trial) + u' ' + info.error));
                QString error;
                QVERIFY2(StoredTorrent::fromJson(*entry.json, &error), qPrintable(context(trial) + u' ' + error));
                savedBytes.insert(t.name, info.bytesHave());
            }

            QProcess *process = launch(
                profile, {QStringLiteral("--peer"), seeder->peer(), QStringLiteral("--download-limit"), QStringLiteral("1024")});
            QString output;
            QVERIFY2(!readUntil(process, output, QRegularExpression(QStringLiteral("restored 3 torrents")), 20000).isEmpty(),
                qPrintable(context(trial) + u'\n' + output));

            // Every torrent is back with its folder, sequential flag and selection.
            for (const GeneratedTorrent &t : std::as_const(torrents)) {
                const Expected &e = expected.value(t.id);
                QRegularExpressionMatchIterator it = restoredLine.globalMatch(output);
                bool found = false;
                while (it.hasNext()) {
                    const QRegularExpressionMatch m = it.next();
                    if (m.captured(1) != t.name)
                        continue;
                    found = true;
                    QCOMPARE(m.captured(2), QDir::toNativeSeparators(e.savePath));
                    QCOMPARE(m.captured(3) == u"on", e.sequential);
                    QCOMPARE(m.captured(6), e.labels.category);
                    QCOMPARE(m.captured(8), e.labels.tags.join(QStringLiteral(", ")));
                }
                QVERIFY2(found, qPrintable(context(trial) + u'\n' + output));
            }
            for (const GeneratedTorrent &t : std::as_const(torrents)) {
                const QString pattern
                    = QStringLiteral("^%1: (\\d+) of \\d+ files selected").arg(QRegularExpression::escape(t.name));
                const QString line
                    = readUntil(process, output, QRegularExpression(pattern, QRegularExpression::MultilineOption), 10000);
                QVERIFY2(!line.isEmpty(), qPrintable(context(trial) + u'\n' + output));
                QCOMPARE(filesLine.match(line).captured(2).toInt(), expected.value(t.id).selected);
            }

            // Progress never falls below what was saved.
            for (const GeneratedTorrent &t : std::as_const(torrents)) {
                const QString pattern
                    = QStringLiteral("^%1: [\\d.]+% of .* \\((\\d+) of (\\d+) bytes\\)").arg(QRegularExpression::escape(t.name));
                const QString complete = QStringLiteral("^%1: complete").arg(QRegularExpression::escape(t.name));
                const QString line = readUntil(
                    process, output, QRegularExpression(pattern + u'|' + complete, QRegularExpression::MultilineOption), 10000);
                QVERIFY2(!line.isEmpty(), qPrintable(context(trial) + u'\n' + output));
                const QRegularExpressionMatch m = progressLine.match(line);
                if (m.hasMatch())
                    QVERIFY2(m.captured(2).toLongLong() >= savedBytes.value(t.name),
                        qPrintable(QStringLiteral("%1: %2 bytes after restart, %3 saved; %4")
                                       .arg(t.name, m.captured(2))
                                       .arg(savedBytes.value(t.name))
                                       .arg(context(trial))));
            }
            QVERIFY2(!output.contains(QStringLiteral("checking files")), qPrintable(context(trial) + u'\n' + output));

            // Then a crash, at a moment chosen by the seed.
            const int waitMs = 100 + int(random.bounded(1400));
            QTest::qWait(waitMs);
            output += QString::fromUtf8(process->readAll());
            if (!output.contains(QStringLiteral(": complete")))
                ++killedWhileDownloading;
            kill9(process);
            delete process;
        }
        QVERIFY2(killedWhileDownloading >= trials / 2, "the downloads finished too early to test much");

        // Finally let it finish: every selected byte is right, the skipped file is not there.
        QProcess *process = launch(profile, {QStringLiteral("--peer"), seeder->peer(), QStringLiteral("--exit-when-done")});
        QVERIFY(process->waitForFinished(120000));
        const QString output = QString::fromUtf8(process->readAll());
        QVERIFY2(process->exitStatus() == QProcess::NormalExit && process->exitCode() == 0, qPrintable(output));
        delete process;
        for (const GeneratedTorrent &t : std::as_const(torrents)) {
            const Expected &e = expected.value(t.id);
            for (int i = 0; i < t.files.size(); ++i) {
                const QString downloaded = e.savePath + u'/' + t.name + u'/' + t.files.at(i).first;
                if (e.priorities.at(i) == FilePriority::Skip)
                    QVERIFY2(!QFile::exists(downloaded), qPrintable(downloaded));
                else
                    QVERIFY2(sameContent(t.filePath(i), downloaded), qPrintable(downloaded + u' ' + context(trials)));
            }
        }
    }

    // Thousands of resume files being written when the process dies: every
    // file left is the old one or the new one, never a torn one.
    void killDuringMassWriteLeavesValidFiles()
    {
        QRandomGenerator random(seed ^ 0x5a5a5a5au);
        const QString dir = writeLoopbackProfile(work.filePath(QStringLiteral("mass")));
        QStringList magnets;
        for (int i = 0; i < 2000; ++i) {
            QByteArray hash(20, Qt::Uninitialized);
            random.fillRange(reinterpret_cast<quint32 *>(hash.data()), 5);
            magnets.append(QStringLiteral("magnet:?xt=urn:btih:") + QString::fromLatin1(hash.toHex()));
        }
        FastResumeStore store(dir + QStringLiteral("/resume"));
        for (int round = 0; round < 4; ++round) {
            QProcess *process = launch(dir, magnets.mid(round * 500, 1000));
            QString output;
            QVERIFY(!readUntil(process, output, QRegularExpression(QStringLiteral(": added")), 20000).isEmpty());
            QTest::qWait(int(random.bounded(400)));
            kill9(process);
            delete process;
            const QList<TorrentId> ids = store.scan();
            QVERIFY(!ids.isEmpty());
            int complete = 0;
            for (const TorrentId &id : ids) {
                const FastResumeStore::Entry entry = store.read(id);
                if (entry.resumeData) {
                    const ResumeDataInspector::Info info = ResumeDataInspector::inspect(*entry.resumeData);
                    QVERIFY2(info.ok() && info.belongsTo(id), qPrintable(id.toString() + u' ' + info.error));
                }
                if (entry.json) {
                    QString error;
                    QVERIFY2(StoredTorrent::fromJson(*entry.json, &error), qPrintable(id.toString() + u' ' + error));
                }
                complete += entry.resumeData && entry.json ? 1 : 0;
            }
            qInfo("round %d: %lld torrents on disk, %d with both files", round, qlonglong(ids.size()), complete);
        }
        // And a restart loads them all (a .json without its .fastresume is recovered).
        QProcess *process = launch(dir, {});
        QString output;
        const QString line = readUntil(process, output, QRegularExpression(QStringLiteral("restored (\\d+) torrents in")), 60000);
        QVERIFY2(!line.isEmpty(), qPrintable(output.right(2000)));
        process->terminate();
        QVERIFY(process->waitForFinished(30000));
        delete process;
    }
};

QTEST_GUILESS_MAIN(TestCrashRecovery)
#include "tst_crashrecovery.moc"
