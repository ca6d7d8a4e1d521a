// The transfer list at scale: a benchmark, not a test.
//
// Builds the real MainWindow on a recording engine (offscreen unless a
// display is set), puts 10,000 torrents in it, then measures, several rounds
// each and side by side with a baseline (a QStandardItemModel table behind a
// stock QSortFilterProxyModel, updated cell by cell, as a straightforward
// Qt application would do it):
//
//   add       the time to put 10,000 rows in the list, as a restore does
//   updates   CPU time the GUI thread spends per second while 1,000 of the
//             10,000 rows change at 10 Hz (the window shown), and with the
//             window hidden
//   sort      the time to sort 10,000 rows by each column, view included
//   filter    the time per keystroke typing into the search box, and per
//             status filter
//
// Usage: revaer-ui-bench [--rounds N] [--rows N] [--active N] [--seconds S]

#include "benchutil.h"
#include "fakeengine.h"
#include "mainwindow.h"
#include "metatypes.h"
#include "progressdelegate.h"
#include "settingsstore.h"
#include "statusfilter.h"
#include "testswarm.h"
#include "torrentlistmodel.h"
#include "transferfilterproxy.h"
#include "units.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHeaderView>
#include <QLineEdit>
#include <QRandomGenerator>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QTreeView>

#include <algorithm>
#include <functional>
#include <memory>
#include <numeric>

using namespace Revaer;
using namespace Revaer::Test;
using Revaer::Bench::median;

namespace {

QTextStream out(stdout);

void settle()
{
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents(QEventLoop::AllEvents);
}

// Names as a real list has them: words, versions, formats, in random order.
QString nameOf(int n)
{
    static const char *words[] = {"ubuntu", "debian", "fedora", "archlinux", "big-buck-bunny", "sintel", "tears-of-steel",
        "openoffice", "blender", "gimp", "kdenlive", "krita", "wikipedia-dump", "openstreetmap", "podcast", "lecture", "dataset",
        "field-recordings", "symphony", "album"};
    QRandomGenerator rng(quint32(n) * 2654435761u);
    const QString word = QString::fromLatin1(words[rng.bounded(int(std::size(words)))]);
    return QStringLiteral("%1-%2.%3-%4 #%5")
        .arg(word)
        .arg(rng.bounded(30))
        .arg(rng.bounded(10))
        .arg(rng.bounded(2) ? QStringLiteral("amd64.iso") : QStringLiteral("1080p.mkv"))
        .arg(n);
}

struct Swarm {
    int rows = 10000;
    int active = 1000; // downloading, changing at 10 Hz
    QList<int> activeRows;

    TorrentState stateOf(int n) const
    {
        if (std::binary_search(activeRows.cbegin(), activeRows.cend(), n))
            return TorrentState::Downloading;
        switch (n % 3) {
        case 0:
            return TorrentState::Seeding;
        case 1:
            return TorrentState::Paused;
        default:
            return TorrentState::Queued;
        }
    }
    qint64 sizeOf(int n) const { return 50'000'000 + qint64(n % 977) * 3'000'000; }

    // The progress of every active torrent at update `tick`.
    QList<TorrentProgress> batch(int tick) const
    {
        QList<TorrentProgress> result;
        result.reserve(activeRows.size());
        for (int n : activeRows) {
            TorrentProgress p;
            p.id = idOf(n);
            p.totalBytes = sizeOf(n);
            p.doneBytes = std::min(p.totalBytes, qint64(tick + n % 50) * 65'536);
            p.progress = float(double(p.doneBytes) / double(p.totalBytes));
            p.downloadRate = 100'000 + ((tick * 7919 + n) % 1000) * 1000;
            p.uploadRate = (tick * 31 + n) % 50'000;
            p.connectedPeers = (tick + n) % 40;
            p.connectedSeeds = (tick + n) % 12;
            p.knownPeers = 200;
            p.knownSeeds = 80;
            p.etaSeconds = (p.totalBytes - p.doneBytes) / std::max<qint64>(1, p.downloadRate);
            p.totalDownloaded = p.doneBytes;
            p.totalUploaded = p.uploadRate * tick;
            result.append(p);
        }
        return result;
    }
};

// What the benchmark drives: Revaer's window, or the baseline table.
class Subject
{
public:
    virtual ~Subject() = default;
    virtual QString name() const = 0;
    virtual void addAll(const Swarm &swarm) = 0;
    virtual void update(const QList<TorrentProgress> &batch) = 0;
    virtual QWidget *window() = 0;
    virtual QSortFilterProxyModel *proxy() = 0;
    virtual int columns() const = 0;
    virtual void typeFilter(const QString &text) = 0;
    virtual bool statusFilter(StatusFilter filter) = 0; // false when it has none
};

class RevaerSubject : public Subject
{
public:
    explicit RevaerSubject(const QString &dir)
        : m_settings(dir + QStringLiteral("/revaer.ini"))
    {
        EngineConfig config;
        config.defaultSavePath = dir;
        m_settings.load(config);
        m_window = std::make_unique<MainWindow>(&m_engine, &m_settings);
        m_window->resize(1280, 800);
    }
    QString name() const override { return QStringLiteral("revaer"); }
    void addAll(const Swarm &swarm) override
    {
        const QDateTime base = QDateTime::currentDateTimeUtc().addDays(-30);
        for (int n = 0; n < swarm.rows; ++n) {
            TorrentAddedEvent added;
            added.id = idOf(n);
            added.name = nameOf(n);
            added.savePath = QStringLiteral("/home/user/Downloads");
            added.hasMetadata = true;
            added.totalSize = swarm.sizeOf(n);
            added.addedAt = base.addSecs(n * 60);
            added.restored = true;
            Q_EMIT m_engine.torrentAdded(added);
            Q_EMIT m_engine.stateChanged({added.id, swarm.stateOf(n)});
        }
        settle();
    }
    void update(const QList<TorrentProgress> &batch) override { Q_EMIT m_engine.progressUpdated(batch); }
    QWidget *window() override { return m_window.get(); }
    QSortFilterProxyModel *proxy() override { return m_window->proxy(); }
    int columns() const override { return TorrentListModel::ColumnCount; }
    void typeFilter(const QString &text) override { m_window->findChild<QLineEdit *>()->setText(text); }
    bool statusFilter(StatusFilter filter) override
    {
        m_window->proxy()->setStatusFilter(filter);
        return true;
    }

private:
    SettingsStore m_settings;
    Test::FakeEngine m_engine;
    std::unique_ptr<MainWindow> m_window;
};

// A QStandardItemModel with one item per cell, set cell by cell, sorted and
// filtered by a stock proxy on the display text.
class BaselineSubject : public Subject
{
public:
    BaselineSubject()
    {
        m_model.setColumnCount(TorrentListModel::ColumnCount);
        TorrentListModel labels;
        for (int c = 0; c < TorrentListModel::ColumnCount; ++c)
            m_model.setHeaderData(c, Qt::Horizontal, labels.headerData(c, Qt::Horizontal));
        m_proxy.setSourceModel(&m_model);
        m_proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
        m_proxy.setFilterKeyColumn(TorrentListModel::Name);
        m_view.setModel(&m_proxy);
        m_view.setRootIsDecorated(false);
        m_view.setUniformRowHeights(true);
        m_view.setAlternatingRowColors(true);
        m_view.setSortingEnabled(true);
        m_view.setItemDelegateForColumn(TorrentListModel::Progress, new ProgressDelegate(&m_view));
        m_view.header()->resizeSection(TorrentListModel::Name, 320);
        m_view.resize(1280, 800);
    }
    QString name() const override { return QStringLiteral("baseline"); }
    void addAll(const Swarm &swarm) override
    {
        const QDateTime base = QDateTime::currentDateTimeUtc().addDays(-30);
        for (int n = 0; n < swarm.rows; ++n) {
            QList<QStandardItem *> items;
            for (int c = 0; c < TorrentListModel::ColumnCount; ++c)
                items.append(new QStandardItem);
            items[TorrentListModel::Name]->setText(nameOf(n));
            items[TorrentListModel::Size]->setText(Units::formatBytes(swarm.sizeOf(n)));
            items[TorrentListModel::Status]->setText(torrentStateName(swarm.stateOf(n)));
            items[TorrentListModel::AddedOn]->setText(
                QLocale().toString(base.addSecs(n * 60).toLocalTime(), QLocale::ShortFormat));
            items[TorrentListModel::SavePath]->setText(QStringLiteral("/home/user/Downloads"));
            m_rowOf.insert(idOf(n), n);
            m_model.appendRow(items);
        }
        settle();
    }
    void update(const QList<TorrentProgress> &batch) override
    {
        for (const TorrentProgress &p : batch) {
            const int row = m_rowOf.value(p.id, -1);
            if (row < 0)
                continue;
            auto set = [&](int column, const QVariant &value, int role = Qt::DisplayRole) {
                m_model.item(row, column)->setData(value, role);
            };
            set(TorrentListModel::Progress, double(p.progress), TorrentListModel::ProgressRole);
            set(TorrentListModel::Progress, QStringLiteral("%1%").arg(double(p.progress) * 100, 0, 'f', 1));
            set(TorrentListModel::DownSpeed, Units::formatRate(p.downloadRate));
            set(TorrentListModel::UpSpeed, Units::formatRate(p.uploadRate));
            set(TorrentListModel::Eta, Units::formatDuration(p.etaSeconds));
            set(TorrentListModel::Seeds, QStringLiteral("%1 (%2)").arg(p.connectedSeeds).arg(p.knownSeeds));
            set(TorrentListModel::Peers, QStringLiteral("%1 (%2)").arg(p.connectedPeers).arg(p.knownPeers));
            set(TorrentListModel::Ratio,
                QString::number(double(p.totalUploaded) / double(std::max<qint64>(1, p.totalDownloaded)), 'f', 2));
        }
    }
    QWidget *window() override { return &m_view; }
    QSortFilterProxyModel *proxy() override { return &m_proxy; }
    int columns() const override { return TorrentListModel::ColumnCount; }
    void typeFilter(const QString &text) override { m_proxy.setFilterFixedString(text); }
    bool statusFilter(StatusFilter) override { return false; }

private:
    QStandardItemModel m_model;
    QSortFilterProxyModel m_proxy;
    QTreeView m_view;
    QHash<TorrentId, int> m_rowOf;
};

struct Figures {
    QList<double> addMs, shownCpu, sortedCpu, hiddenCpu, sortMs, typeMs, statusMs;
};

// CPU milliseconds per second of wall time while `swarm` changes at 10 Hz.
double updateCpu(Subject &subject, const Swarm &swarm, int seconds, int &tick)
{
    const int ticks = seconds * 10;
    QList<QList<TorrentProgress>> batches;
    batches.reserve(ticks);
    for (int i = 0; i < ticks; ++i)
        batches.append(swarm.batch(tick + i));
    settle();
    QEventLoop loop;
    QTimer timer;
    timer.setTimerType(Qt::PreciseTimer);
    int next = 0;
    QObject::connect(&timer, &QTimer::timeout, &loop, [&] {
        if (next == ticks) {
            loop.quit();
            return;
        }
        subject.update(batches.at(next++));
    });
    QElapsedTimer wall;
    const double before = Revaer::Bench::cpuMs();
    wall.start();
    timer.start(100);
    loop.exec();
    settle();
    const double used = Revaer::Bench::cpuMs() - before;
    tick += ticks;
    return used / (double(wall.elapsed()) / 1000.0);
}

void measure(Subject &subject, const Swarm &swarm, int seconds, Figures &figures)
{
    QElapsedTimer clock;
    clock.start();
    subject.window()->show();
    settle();
    subject.addAll(swarm);
    figures.addMs.append(double(clock.nsecsElapsed()) / 1e6);

    int tick = 0;
    figures.shownCpu.append(updateCpu(subject, swarm, seconds, tick));
    // Sorted by a column that changes with every update: the proxy moves rows.
    subject.proxy()->sort(TorrentListModel::DownSpeed, Qt::DescendingOrder);
    figures.sortedCpu.append(updateCpu(subject, swarm, seconds, tick));
    subject.proxy()->sort(TorrentListModel::AddedOn, Qt::AscendingOrder);
    subject.window()->hide();
    settle();
    figures.hiddenCpu.append(updateCpu(subject, swarm, seconds, tick));
    subject.window()->show();
    settle();

    // Sorting: every column, both orders, the view repainted.
    QList<double> sorts;
    for (int column = 0; column < subject.columns(); ++column) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            clock.restart();
            subject.proxy()->sort(column, order);
            settle();
            sorts.append(double(clock.nsecsElapsed()) / 1e6);
        }
    }
    figures.sortMs.append(*std::max_element(sorts.cbegin(), sorts.cend()));

    // Typing "sintel-1" one key at a time, then clearing it.
    QList<double> keys;
    const QString typed = QStringLiteral("sintel-1");
    for (int i = 1; i <= typed.size(); ++i) {
        clock.restart();
        subject.typeFilter(typed.left(i));
        settle();
        keys.append(double(clock.nsecsElapsed()) / 1e6);
    }
    clock.restart();
    subject.typeFilter(QString());
    settle();
    keys.append(double(clock.nsecsElapsed()) / 1e6);
    figures.typeMs.append(*std::max_element(keys.cbegin(), keys.cend()));

    QList<double> statuses;
    for (StatusFilter filter : allStatusFilters()) {
        clock.restart();
        if (!subject.statusFilter(filter))
            break;
        settle();
        statuses.append(double(clock.nsecsElapsed()) / 1e6);
    }
    subject.statusFilter(StatusFilter::All);
    if (!statuses.isEmpty())
        figures.statusMs.append(*std::max_element(statuses.cbegin(), statuses.cend()));
    subject.window()->hide();
}

QString cell(double value, const char *unit)
{
    return QStringLiteral("%1 %2").arg(value, 8, 'f', 1).arg(QLatin1String(unit));
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    registerEngineMetaTypes();
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("The transfer list at scale, against a QStandardItemModel baseline."));
    parser.addHelpOption();
    const QCommandLineOption roundsOption(
        QStringLiteral("rounds"), QStringLiteral("Rounds per subject."), QStringLiteral("N"), QStringLiteral("3"));
    const QCommandLineOption rowsOption(
        QStringLiteral("rows"), QStringLiteral("Torrents in the list."), QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption activeOption(
        QStringLiteral("active"), QStringLiteral("Torrents changing at 10 Hz."), QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption secondsOption(
        QStringLiteral("seconds"), QStringLiteral("Seconds of updates per measure."), QStringLiteral("S"), QStringLiteral("5"));
    parser.addOptions({roundsOption, rowsOption, activeOption, secondsOption});
    parser.process(app);

    Swarm swarm;
    swarm.rows = parser.value(rowsOption).toInt();
    swarm.active = std::min(swarm.rows, parser.value(activeOption).toInt());
    QRandomGenerator rng(42);
    QList<int> all(swarm.rows);
    std::iota(all.begin(), all.end(), 0);
    std::shuffle(all.begin(), all.end(), rng);
    swarm.activeRows = all.mid(0, swarm.active);
    std::sort(swarm.activeRows.begin(), swarm.activeRows.end());
    const int rounds = parser.value(roundsOption).toInt();
    const int seconds = parser.value(secondsOption).toInt();

    out << "transfer list: " << swarm.rows << " rows, " << swarm.active << " changing at 10 Hz, " << rounds << " rounds of "
        << seconds << " s, platform " << QGuiApplication::platformName() << Qt::endl;
    QTemporaryDir dir;
    Figures revaer, baseline;
    for (int round = 1; round <= rounds; ++round) {
        {
            RevaerSubject subject(dir.path());
            measure(subject, swarm, seconds, revaer);
        }
        {
            BaselineSubject subject;
            measure(subject, swarm, seconds, baseline);
        }
        out << "round " << round << ": CPU ms per second of updates: revaer " << revaer.shownCpu.last() << " (sorted by speed "
            << revaer.sortedCpu.last() << ", hidden " << revaer.hiddenCpu.last() << "), baseline " << baseline.shownCpu.last()
            << " (sorted by speed " << baseline.sortedCpu.last() << ", hidden " << baseline.hiddenCpu.last() << ")" << Qt::endl;
    }

    out << Qt::endl
        << QStringLiteral("%1 %2 %3 %4")
               .arg(QStringLiteral("median of rounds"), -40)
               .arg(QStringLiteral("revaer"), 14)
               .arg(QStringLiteral("baseline"), 14)
               .arg(QStringLiteral("ratio"), 8)
        << Qt::endl;
    auto row = [](const QString &what, double ours, double theirs, const char *unit) {
        out << QStringLiteral("%1 %2 %3 %4")
                   .arg(what, -40)
                   .arg(cell(ours, unit), 14)
                   .arg(cell(theirs, unit), 14)
                   .arg(theirs > 0 ? QString::number(ours / theirs, 'f', 2) : QStringLiteral("-"), 8)
            << Qt::endl;
    };
    row(QStringLiteral("add %1 rows").arg(swarm.rows), median(revaer.addMs), median(baseline.addMs), "ms");
    row(QStringLiteral("CPU per second of updates, shown"), median(revaer.shownCpu), median(baseline.shownCpu), "ms");
    row(QStringLiteral("CPU per second, sorted by down speed"), median(revaer.sortedCpu), median(baseline.sortedCpu), "ms");
    row(QStringLiteral("CPU per second of updates, hidden"), median(revaer.hiddenCpu), median(baseline.hiddenCpu), "ms");
    row(QStringLiteral("slowest sort (of %1 columns × 2)").arg(TorrentListModel::ColumnCount), median(revaer.sortMs),
        median(baseline.sortMs), "ms");
    row(QStringLiteral("slowest keystroke in the search box"), median(revaer.typeMs), median(baseline.typeMs), "ms");
    out << QStringLiteral("%1 %2").arg(QStringLiteral("slowest status filter"), -40).arg(cell(median(revaer.statusMs), "ms"), 14)
        << Qt::endl;
    out << Qt::endl
        << "goals: updates under 10% of one core (100 ms/s): "
        << (std::max(median(revaer.shownCpu), median(revaer.sortedCpu)) < 100 ? "met" : "MISSED")
        << "; sort and filter under 50 ms: "
        << (std::max({median(revaer.sortMs), median(revaer.typeMs), median(revaer.statusMs)}) < 50 ? "met" : "MISSED")
        << Qt::endl;
    return 0;
}
