#include "backend/resumedatainspector.h"
#include "resumeloader.h"
#include "testswarm.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <cstdio>
#include <unistd.h>

using namespace Revaer;
using namespace Revaer::Test;

// Random-input test of the resume loader: thousands of mutated .fastresume
// and .json files must never crash it. The input being tried is always on
// disk; if it crashes the process, the signal handler moves it into
// tests/engine/fuzz-regressions/ so it is replayed from then on.
// REVAER_FUZZ_SEED and REVAER_FUZZ_ITERATIONS replay or extend a run.

namespace {

char g_candidate[4096];
char g_regression[4096];

void onCrash(int signalNumber)
{
    ::rename(g_candidate, g_regression); // async-signal-safe
    std::signal(signalNumber, SIG_DFL);
    std::raise(signalNumber);
}

QByteArray mutate(const QByteArray &input, QRandomGenerator &random)
{
    QByteArray out = input;
    static const QByteArray tokens[] = {"i", "e", "d", "l", "0:", "1:", "4:", "20:", "32:", "-1", "i-1e",
        "i99999999999999999999e", "de", "le", ":", "{", "}", "[", "]", "\"", ",", "null", "1e999", "\\u0000", "\xff\xfe"};
    const int edits = 1 + int(random.bounded(8));
    for (int e = 0; e < edits && !out.isEmpty(); ++e) {
        const qsizetype at = qsizetype(random.bounded(quint32(out.size())));
        switch (random.bounded(7)) {
        case 0: // flip a bit
            out[at] = char(out.at(at) ^ char(1 << random.bounded(8)));
            break;
        case 1: // random byte
            out[at] = char(random.bounded(256));
            break;
        case 2: // insert a token
            out.insert(at, tokens[random.bounded(int(std::size(tokens)))]);
            break;
        case 3: // delete a run
            out.remove(at, qsizetype(random.bounded(quint32(std::min<qsizetype>(64, out.size() - at)) + 1)));
            break;
        case 4: // truncate
            out.truncate(at);
            break;
        case 5: { // duplicate a slice
            const qsizetype length = qsizetype(random.bounded(quint32(std::min<qsizetype>(256, out.size() - at)) + 1));
            out.insert(qsizetype(random.bounded(quint32(out.size()))), out.mid(at, length));
            break;
        }
        case 6: // change a digit run: lengths and integers are where parsers break
            for (qsizetype i = at; i < out.size() && i < at + 4; ++i) {
                if (out.at(i) >= '0' && out.at(i) <= '9')
                    out[i] = char('0' + random.bounded(10));
            }
            break;
        }
    }
    return out;
}

} // namespace

class TestResumeFuzz : public QObject
{
    Q_OBJECT

    QTemporaryDir work;
    GeneratedTorrent torrent;
    QList<QByteArray> resumeSeeds;
    QByteArray jsonSeed;

    void tryOne(const QByteArray &resume, const QByteArray &json, const QString &regressionName, const QByteArray &candidate)
    {
        // Keep the input on disk while it runs, for the crash handler.
        QFile file(QString::fromLocal8Bit(g_candidate));
        if (file.open(QIODevice::WriteOnly)) {
            file.write(candidate);
            file.close();
        }
        std::snprintf(g_regression, sizeof g_regression, "%s", QFile::encodeName(regressionName).constData());
        FastResumeStore::Entry entry;
        entry.resumeData = resume;
        entry.json = json;
        const ResumeLoader::Decision d = ResumeLoader::decide(torrent.id, entry);
        // Whatever the input, the decision is coherent.
        QVERIFY(d.action == ResumeLoader::Decision::Action::Skip || d.request.id == torrent.id);
        QVERIFY(!d.quarantineResume || !d.quarantineReason.isEmpty());
    }

private Q_SLOTS:
    void initTestCase()
    {
        torrent = generateTorrent(work.filePath(QStringLiteral("data")), QStringLiteral("F"),
            {{QStringLiteral("a.bin"), 70'000}, {QStringLiteral("d/b.bin"), 9'000}}, 11, 16384);
        resumeSeeds = {ResumeDataInspector::makeResumeData(torrent.torrentData, torrent.contentRoot, true),
            ResumeDataInspector::makeResumeData(torrent.torrentData, torrent.contentRoot, false)};
        StoredTorrent record;
        record.id = torrent.id;
        record.name = torrent.name;
        record.savePath = torrent.contentRoot;
        record.filePriorities = {4, 0};
        record.filePaths = {QStringLiteral("F/a.bin"), QStringLiteral("F/d/b.bin")};
        record.fileStamps = FastResumeStore::stampFiles(record.savePath, record.filePaths, {true, false});
        jsonSeed = record.toJson();
        std::snprintf(
            g_candidate, sizeof g_candidate, "%s", QFile::encodeName(work.filePath(QStringLiteral("candidate"))).constData());
        for (int s : {SIGSEGV, SIGABRT, SIGBUS, SIGFPE, SIGILL})
            std::signal(s, onCrash);
    }

    void cleanupTestCase()
    {
        for (int s : {SIGSEGV, SIGABRT, SIGBUS, SIGFPE, SIGILL})
            std::signal(s, SIG_DFL);
    }

    void regressionsStillPass()
    {
        const QDir dir(QStringLiteral(REGRESSION_DIR));
        int replayed = 0;
        for (const QFileInfo &file : dir.entryInfoList({QStringLiteral("*.fastresume"), QStringLiteral("*.json")}, QDir::Files)) {
            QFile f(file.absoluteFilePath());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray data = f.readAll();
            if (file.suffix() == u"json")
                tryOne(resumeSeeds.at(0), data, file.absoluteFilePath(), data);
            else
                tryOne(data, jsonSeed, file.absoluteFilePath(), data);
            ++replayed;
        }
        QVERIFY(replayed >= 3);
    }

    void mutatedFilesNeverCrashTheLoader()
    {
        const quint32 seed = qEnvironmentVariableIsSet("REVAER_FUZZ_SEED")
            ? quint32(qEnvironmentVariableIntValue("REVAER_FUZZ_SEED"))
            : 20261124u;
        const int iterations
            = qEnvironmentVariableIsSet("REVAER_FUZZ_ITERATIONS") ? qEnvironmentVariableIntValue("REVAER_FUZZ_ITERATIONS") : 4000;
        QRandomGenerator random(seed);
        const QString regressions = QStringLiteral(REGRESSION_DIR);
        int restored = 0;
        for (int i = 0; i < iterations; ++i) {
            const QByteArray resume = mutate(resumeSeeds.at(i % resumeSeeds.size()), random);
            tryOne(resume, jsonSeed, QStringLiteral("%1/crash-%2-%3.fastresume").arg(regressions).arg(seed).arg(i), resume);
            const QByteArray json = mutate(jsonSeed, random);
            tryOne(resumeSeeds.at(0), json, QStringLiteral("%1/crash-%2-%3.json").arg(regressions).arg(seed).arg(i), json);
            if (ResumeDataInspector::inspect(resume).ok())
                ++restored;
        }
        qInfo("%d mutated resume files and %d mutated records (seed %u); %d mutated resume files were still usable", iterations,
            iterations, seed, restored);
    }
};

QTEST_GUILESS_MAIN(TestResumeFuzz)
#include "tst_resumefuzz.moc"
