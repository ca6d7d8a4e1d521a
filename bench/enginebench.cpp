// The engine's own hot path, without libtorrent: a benchmark, not a test.
//
// 10,000 torrents are known to an AlertTranslator on a worker thread, as the
// session worker keeps them. Every 100 ms a status update names the 1,000
// that changed (what post_torrent_updates() answers), and the progress
// travels to a receiver on the main thread, as it does to the window:
//
//   revaer     AlertTranslator -> ProgressCoalescer -> one queued batch per tick
//   baseline   AlertTranslator -> one queued signal per torrent update
//
// Printed: CPU milliseconds per second on the worker and on the receiving
// thread, side by side, several rounds, medians and the ratio; and the
// translator's flat-out rate (statuses per second on one core).
//
// With --resume-writes N: the time to make N torrents' resume files durable
// through the ResumeWriter (torrents in parallel, one directory sync per
// batch) against the straightforward way (one QSaveFile after another, each
// synced, then the directory), in a folder on the disk of --dir.
//
// Usage: revaer-engine-bench [--rounds N] [--torrents N] [--changing N] [--seconds S]
//        revaer-engine-bench --resume-writes N [--rounds N] [--dir DIR]

#include "alerttranslator.h"
#include "benchutil.h"
#include "fastresumestore.h"
#include "metatypes.h"
#include "progresscoalescer.h"
#include "resumewriter.h"
#include "sessionalert.h"
#include "storedtorrent.h"
#include "testswarm.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <atomic>

using namespace Revaer;
using namespace Revaer::Test;
using Revaer::Bench::median;

namespace {

QTextStream out(stdout);

TorrentStatus statusOf(int n, int tick)
{
    TorrentStatus s;
    s.id = idOf(n);
    s.state = LibtState::Downloading;
    s.autoManaged = true;
    s.hasMetadata = true;
    s.totalWanted = 700'000'000;
    s.totalWantedDone = qint64(tick) * 100'000 + n;
    s.downloadRate = 100'000 + (tick * 7919 + n) % 100'000;
    s.uploadRate = (tick * 31 + n) % 20'000;
    s.numPeers = 30;
    s.numSeeds = 10;
    s.listPeers = 200;
    s.listSeeds = 80;
    s.progress = float(double(s.totalWantedDone) / double(s.totalWanted));
    return s;
}

// The worker side: the translator (and the coalescer, unless `coalesce` is
// off) living on its own thread, fed a status update every 100 ms.
class Worker : public QObject
{
    Q_OBJECT

public:
    Worker(int torrents, bool coalesce)
        : m_translator(new AlertTranslator(m_registry, this))
        , m_coalesce(coalesce)
    {
        for (int n = 0; n < torrents; ++n) {
            m_translator->expect(
                idOf(n), {QStringLiteral("/torrents/%1.torrent").arg(n), QDateTime::currentDateTimeUtc(), false});
            SessionAlert added;
            added.kind = SessionAlert::Kind::TorrentAdded;
            added.id = idOf(n);
            added.name = QStringLiteral("torrent %1").arg(n);
            TorrentStatus s = statusOf(n, 0);
            added.status = s;
            m_translator->handle(added);
        }
        if (coalesce) {
            m_coalescer = new ProgressCoalescer(std::chrono::milliseconds(100), this);
            connect(m_translator, &AlertTranslator::progress, m_coalescer, &ProgressCoalescer::submitAll);
            connect(m_coalescer, &ProgressCoalescer::progressBatch, this, &Worker::batch);
        } else {
            // The baseline: one queued signal per torrent update.
            connect(m_translator, &AlertTranslator::progress, this, [this](const QList<TorrentProgress> &batch) {
                for (const TorrentProgress &progress : batch)
                    Q_EMIT single(progress);
            });
        }
    }

    // Runs `ticks` updates of `updates` (pre-built), one every 100 ms.
    void run(const QList<SessionAlert> &updates)
    {
        const double before = Revaer::Bench::cpuMs(RUSAGE_THREAD);
        QElapsedTimer wall;
        wall.start();
        QEventLoop loop;
        QTimer timer;
        timer.setTimerType(Qt::PreciseTimer);
        qsizetype next = 0;
        connect(&timer, &QTimer::timeout, &loop, [&] {
            if (next == updates.size()) {
                loop.quit();
                return;
            }
            m_translator->handle(updates.at(next++));
        });
        timer.start(100);
        loop.exec();
        if (m_coalescer)
            m_coalescer->flush();
        cpuPerSecond = (Revaer::Bench::cpuMs(RUSAGE_THREAD) - before) / (double(wall.elapsed()) / 1000.0);
        Q_EMIT finished();
    }

    // Flat out: statuses translated per second.
    double flatOut(const QList<SessionAlert> &updates)
    {
        QElapsedTimer clock;
        clock.start();
        qint64 statuses = 0;
        for (const SessionAlert &update : updates) {
            m_translator->handle(update);
            statuses += update.statuses.size();
        }
        if (m_coalescer)
            m_coalescer->flush();
        return double(statuses) / (double(clock.nsecsElapsed()) / 1e9);
    }

    double cpuPerSecond = 0;

Q_SIGNALS:
    void batch(const QList<Revaer::TorrentProgress> &batch);
    void single(const Revaer::TorrentProgress &progress);
    void finished();

private:
    TorrentRegistry m_registry;
    AlertTranslator *m_translator;
    ProgressCoalescer *m_coalescer = nullptr;
    bool m_coalesce;
};

// The receiving side, on the main thread, as the window's model.
class Receiver : public QObject
{
    Q_OBJECT

public:
    qint64 updates = 0;
    qint64 deliveries = 0;
    qint64 checksum = 0;

    void onBatch(const QList<TorrentProgress> &batch)
    {
        ++deliveries;
        for (const TorrentProgress &p : batch)
            checksum += p.doneBytes;
        updates += batch.size();
    }
    void onSingle(const TorrentProgress &p)
    {
        ++deliveries;
        ++updates;
        checksum += p.doneBytes;
    }
};

struct Result {
    double workerCpu = 0;
    double receiverCpu = 0;
    qint64 deliveries = 0;
    qint64 updates = 0;
    double flatOut = 0;
};

QList<SessionAlert> makeUpdates(int torrents, int changing, int ticks)
{
    QList<SessionAlert> updates;
    for (int tick = 1; tick <= ticks; ++tick) {
        SessionAlert update;
        update.kind = SessionAlert::Kind::StatusUpdate;
        update.statuses.reserve(changing);
        for (int i = 0; i < changing; ++i)
            update.statuses.append(statusOf((tick * 7 + i * (torrents / changing)) % torrents, tick));
        updates.append(update);
    }
    return updates;
}

Result measure(bool coalesce, int torrents, const QList<SessionAlert> &updates)
{
    QThread thread;
    thread.setObjectName(QStringLiteral("bench-worker"));
    auto *worker = new Worker(torrents, coalesce);
    worker->moveToThread(&thread);
    Receiver receiver;
    if (coalesce)
        QObject::connect(worker, &Worker::batch, &receiver, &Receiver::onBatch, Qt::QueuedConnection);
    else
        QObject::connect(worker, &Worker::single, &receiver, &Receiver::onSingle, Qt::QueuedConnection);
    thread.start();

    QEventLoop loop;
    QObject::connect(worker, &Worker::finished, &loop, &QEventLoop::quit, Qt::QueuedConnection);
    const double before = Revaer::Bench::cpuMs(RUSAGE_THREAD);
    QElapsedTimer wall;
    wall.start();
    QMetaObject::invokeMethod(
        worker, [worker, &updates] { worker->run(updates); }, Qt::QueuedConnection);
    loop.exec();
    // Whatever is still queued for the receiver is part of the cost.
    QCoreApplication::processEvents();
    Result r;
    r.receiverCpu = (Revaer::Bench::cpuMs(RUSAGE_THREAD) - before) / (double(wall.elapsed()) / 1000.0);
    r.workerCpu = worker->cpuPerSecond;
    r.deliveries = receiver.deliveries;
    r.updates = receiver.updates;

    // Flat out on the worker's thread, receiver included.
    double rate = 0;
    QMetaObject::invokeMethod(
        worker, [worker, &updates, &rate] { rate = worker->flatOut(updates); }, Qt::BlockingQueuedConnection);
    QCoreApplication::processEvents();
    r.flatOut = rate;

    QMetaObject::invokeMethod(
        worker, [worker] { delete worker; }, Qt::BlockingQueuedConnection);
    thread.quit();
    thread.wait();
    return r;
}

// N torrents' records and resume data (16 KiB, about what libtorrent writes
// for a torrent of a few hundred pieces).
QList<std::pair<StoredTorrent, QByteArray>> makeResumeData(int count)
{
    QList<std::pair<StoredTorrent, QByteArray>> all;
    QRandomGenerator rng(7);
    for (int n = 0; n < count; ++n) {
        StoredTorrent record;
        record.id = idOf(n);
        record.name = QStringLiteral("torrent %1").arg(n);
        record.savePath = QStringLiteral("/home/user/Downloads");
        record.filePaths = {QStringLiteral("torrent %1/file.bin").arg(n)};
        record.filePriorities = {4};
        QByteArray data(16 * 1024, Qt::Uninitialized);
        rng.fillRange(reinterpret_cast<quint32 *>(data.data()), data.size() / 4);
        all.append({record, data});
    }
    return all;
}

double writeWithResumeWriter(const QString &dir, const QList<std::pair<StoredTorrent, QByteArray>> &all)
{
    FastResumeStore store(dir);
    if (const QString problem = store.prepare(); !problem.isEmpty())
        qFatal("%s", qPrintable(problem));
    QThread thread;
    auto *writer = new ResumeWriter(store);
    writer->moveToThread(&thread);
    thread.start();
    QElapsedTimer clock;
    clock.start();
    for (const auto &[record, data] : all)
        writer->submitResumeData(record, data, {});
    writer->flush();
    const double ms = double(clock.nsecsElapsed()) / 1e6;
    QMetaObject::invokeMethod(
        writer, [writer] { delete writer; }, Qt::BlockingQueuedConnection);
    thread.quit();
    thread.wait();
    return ms;
}

double writeOneByOne(const QString &dir, const QList<std::pair<StoredTorrent, QByteArray>> &all)
{
    QDir().mkpath(dir);
    QElapsedTimer clock;
    clock.start();
    for (const auto &[record, data] : all) {
        for (const auto &[suffix, bytes] :
            {std::pair {QStringLiteral(".json"), record.toJson()}, std::pair {QStringLiteral(".fastresume"), data}}) {
            QSaveFile file(dir + u'/' + record.id.toString() + suffix);
            if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
                qFatal("cannot write %s", qPrintable(file.fileName()));
        }
    }
    FastResumeStore(dir).syncDirectory();
    return double(clock.nsecsElapsed()) / 1e6;
}

int resumeWrites(int count, int rounds, const QString &base)
{
    const auto all = makeResumeData(count);
    out << "resume writes: " << count << " torrents (a .json and a 16 KiB .fastresume each), synced, " << rounds << " rounds, in "
        << base << Qt::endl;
    QList<double> ours, theirs;
    for (int round = 1; round <= rounds; ++round) {
        QTemporaryDir a(base + QStringLiteral("/revaer-resume-bench-XXXXXX"));
        QTemporaryDir b(base + QStringLiteral("/revaer-resume-bench-XXXXXX"));
        // Alternate which goes first: the disk is shared and its journal warm or cold.
        if (round % 2) {
            ours.append(writeWithResumeWriter(a.path() + QStringLiteral("/resume"), all));
            theirs.append(writeOneByOne(b.path() + QStringLiteral("/resume"), all));
        } else {
            theirs.append(writeOneByOne(b.path() + QStringLiteral("/resume"), all));
            ours.append(writeWithResumeWriter(a.path() + QStringLiteral("/resume"), all));
        }
        out << "round " << round << ": ResumeWriter " << ours.last() << " ms, one by one " << theirs.last() << " ms" << Qt::endl;
    }
    const double m = median(ours), t = median(theirs);
    out << Qt::endl
        << "median: ResumeWriter " << QString::number(m, 'f', 0) << " ms (" << QString::number(count / (m / 1000), 'f', 0)
        << " torrents/s), one QSaveFile after another " << QString::number(t, 'f', 0) << " ms ("
        << QString::number(count / (t / 1000), 'f', 0) << " torrents/s); ratio " << QString::number(m / t, 'f', 2) << Qt::endl;
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    registerEngineMetaTypes();
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("The alert-to-receiver path at scale, with and without the coalescer."));
    parser.addHelpOption();
    const QCommandLineOption roundsOption(
        QStringLiteral("rounds"), QStringLiteral("Rounds per variant."), QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption torrentsOption(
        QStringLiteral("torrents"), QStringLiteral("Torrents known."), QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption changingOption(
        QStringLiteral("changing"), QStringLiteral("Torrents in each update."), QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption secondsOption(
        QStringLiteral("seconds"), QStringLiteral("Seconds per round."), QStringLiteral("S"), QStringLiteral("5"));
    const QCommandLineOption resumeOption(
        QStringLiteral("resume-writes"), QStringLiteral("Measure resume writes of N torrents instead."), QStringLiteral("N"));
    const QCommandLineOption dirOption(QStringLiteral("dir"), QStringLiteral("Where to write (its disk is measured)."),
        QStringLiteral("DIR"), QDir::currentPath());
    parser.addOptions({roundsOption, torrentsOption, changingOption, secondsOption, resumeOption, dirOption});
    parser.process(app);
    if (parser.isSet(resumeOption))
        return resumeWrites(parser.value(resumeOption).toInt(), parser.value(roundsOption).toInt(), parser.value(dirOption));
    const int rounds = parser.value(roundsOption).toInt();
    const int torrents = parser.value(torrentsOption).toInt();
    const int changing = std::min(torrents, parser.value(changingOption).toInt());
    const int seconds = parser.value(secondsOption).toInt();

    const QList<SessionAlert> updates = makeUpdates(torrents, changing, seconds * 10);
    out << "engine hot path: " << torrents << " torrents, " << changing << " changing every 100 ms, " << rounds << " rounds of "
        << seconds << " s" << Qt::endl;
    QList<double> revaerWorker, revaerReceiver, revaerRate, baseWorker, baseReceiver, baseRate;
    qint64 revaerDeliveries = 0, baseDeliveries = 0;
    for (int round = 1; round <= rounds; ++round) {
        const Result ours = measure(true, torrents, updates);
        const Result base = measure(false, torrents, updates);
        revaerWorker.append(ours.workerCpu);
        revaerReceiver.append(ours.receiverCpu);
        revaerRate.append(ours.flatOut);
        baseWorker.append(base.workerCpu);
        baseReceiver.append(base.receiverCpu);
        baseRate.append(base.flatOut);
        revaerDeliveries = ours.deliveries;
        baseDeliveries = base.deliveries;
        out << "round " << round << ": revaer worker " << ours.workerCpu << " ms/s, receiver " << ours.receiverCpu << " ms/s, "
            << ours.deliveries << " deliveries of " << ours.updates << " updates; baseline worker " << base.workerCpu
            << " ms/s, receiver " << base.receiverCpu << " ms/s, " << base.deliveries << " deliveries" << Qt::endl;
    }

    auto row = [](const char *what, double ours, double theirs, const char *unit) {
        out << QStringLiteral("%1 %2 %3 %4")
                   .arg(QLatin1String(what), -40)
                   .arg(QStringLiteral("%1 %2").arg(ours, 0, 'f', 1).arg(QLatin1String(unit)), 16)
                   .arg(QStringLiteral("%1 %2").arg(theirs, 0, 'f', 1).arg(QLatin1String(unit)), 16)
                   .arg(QString::number(ours / theirs, 'f', 2), 7)
            << Qt::endl;
    };
    out << Qt::endl
        << QStringLiteral("%1 %2 %3 %4")
               .arg(QStringLiteral("median of rounds"), -40)
               .arg(QStringLiteral("revaer"), 16)
               .arg(QStringLiteral("baseline"), 16)
               .arg(QStringLiteral("ratio"), 7)
        << Qt::endl;
    row("worker thread CPU per second", median(revaerWorker), median(baseWorker), "ms");
    row("receiving thread CPU per second", median(revaerReceiver), median(baseReceiver), "ms");
    row("flat out on the worker, statuses/s (k)", median(revaerRate) / 1000, median(baseRate) / 1000, "k/s");
    out << "deliveries to the receiver per round: revaer " << revaerDeliveries << " (one batch per tick), baseline "
        << baseDeliveries << " (one per update)" << Qt::endl;
    return 0;
}

#include "enginebench.moc"
