#include "fakeengine.h"
#include "metatypes.h"
#include "testswarm.h"
#include "torrentlistmodel.h"
#include "transferfilterproxy.h"
#include "transferlistview.h"

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QIcon>
#include <QImage>
#include <QLocale>
#include <QMenu>
#include <QSignalSpy>
#include <QTest>

using namespace Revaer;
using namespace Revaer::Test;

namespace {

TorrentAddedEvent addedEvent(int n, const QString &name, qint64 size)
{
    TorrentAddedEvent e;
    e.id = idOf(n);
    e.name = name;
    e.hasMetadata = true;
    e.totalSize = size;
    e.savePath = QStringLiteral("/data");
    e.addedAt = QDateTime(QDate(2026, 1, 1), QTime(0, 0)).addSecs(n);
    return e;
}

TorrentProgress progressOf(int n, qint64 done, qint64 total, qint64 down = 0, qint64 up = 0)
{
    TorrentProgress p;
    p.id = idOf(n);
    p.doneBytes = done;
    p.totalBytes = total;
    p.progress = total > 0 ? float(done) / float(total) : 0;
    p.downloadRate = down;
    p.uploadRate = up;
    return p;
}

} // namespace

class TestTorrentListModel : public QObject
{
    Q_OBJECT

    std::unique_ptr<TorrentListModel> model;
    std::unique_ptr<QAbstractItemModelTester> tester;

    void fill(int rows)
    {
        for (int i = 0; i < rows; ++i)
            model->onTorrentAdded(addedEvent(i, QStringLiteral("torrent %1").arg(i), 1000 + i));
    }

private Q_SLOTS:
    void initTestCase() { registerEngineMetaTypes(); }

    void init()
    {
        model = std::make_unique<TorrentListModel>();
        tester = std::make_unique<QAbstractItemModelTester>(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void cleanup()
    {
        tester.reset();
        model.reset();
    }

    void rowsAreFoundById()
    {
        fill(100);
        QCOMPARE(model->rowCount(), 100);
        QCOMPARE(model->rowOf(idOf(42)), 42);
        QCOMPARE(model->index(42, TorrentListModel::Name).data().toString(), QStringLiteral("torrent 42"));
        QCOMPARE(model->index(42, TorrentListModel::Name).data(TorrentListModel::IdRole).value<TorrentId>(), idOf(42));
        model->onRemoved({idOf(10), false});
        QCOMPARE(model->rowCount(), 99);
        QCOMPARE(model->rowOf(idOf(10)), -1);
        QCOMPARE(model->rowOf(idOf(42)), 41);
        QCOMPARE(model->index(41, TorrentListModel::Name).data().toString(), QStringLiteral("torrent 42"));
    }

    void progressBecomesSpans()
    {
        fill(100);
        QSignalSpy changed(model.get(), &QAbstractItemModel::dataChanged);
        // Rows 10-12, 20 and 50-51: three spans.
        model->onProgress({progressOf(10, 1, 2), progressOf(11, 1, 2), progressOf(12, 1, 2), progressOf(20, 1, 2),
            progressOf(50, 1, 2), progressOf(51, 1, 2)});
        QCOMPARE(changed.size(), 3);
        QCOMPARE(model->lastBatchSignals(), 3);
        const QModelIndex first = changed.at(0).at(0).value<QModelIndex>();
        const QModelIndex last = changed.at(0).at(1).value<QModelIndex>();
        QCOMPARE(first.row(), 10);
        QCOMPARE(last.row(), 12);
        QCOMPARE(model->index(11, TorrentListModel::Progress).data().toString(), QStringLiteral("50.0%"));
    }

    // Figures follow the user's locale: a German window writes "1,50 MiB".
    void figuresAreWrittenForTheLocale()
    {
        const QLocale before;
        model->onTorrentAdded(addedEvent(1, QStringLiteral("one"), 1536 * 1024));
        TorrentProgress p = progressOf(1, 768 * 1024, 1536 * 1024, 2560 * 1024, 512);
        p.totalDownloaded = 1000;
        p.totalUploaded = 1250;
        model->onProgress({p});
        auto text = [this](int column) { return model->index(0, column).data().toString(); };

        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(text(TorrentListModel::Size), QStringLiteral("1,50 MiB"));
        QCOMPARE(text(TorrentListModel::Progress), QStringLiteral("50,0%"));
        QCOMPARE(text(TorrentListModel::DownSpeed), QStringLiteral("2,50 MiB/s"));
        QCOMPARE(text(TorrentListModel::Ratio), QStringLiteral("1,25"));
        QLocale::setDefault(QLocale::c());
        QCOMPARE(text(TorrentListModel::Size), QStringLiteral("1.50 MiB"));
        QCOMPARE(text(TorrentListModel::Progress), QStringLiteral("50.0%"));
        QCOMPARE(text(TorrentListModel::UpSpeed), QStringLiteral("512 B/s"));
        QCOMPARE(text(TorrentListModel::Ratio), QStringLiteral("1.25"));
        QLocale::setDefault(before);
    }

    void mostRowsChangedIsOneSignal()
    {
        fill(100);
        QSignalSpy changed(model.get(), &QAbstractItemModel::dataChanged);
        QList<TorrentProgress> batch;
        for (int i = 0; i < 100; i += 1)
            if (i % 10 != 3)
                batch.append(progressOf(i, 5, 10));
        model->onProgress(batch);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 0);
        QCOMPARE(changed.at(0).at(1).value<QModelIndex>().row(), 99);
    }

    void hiddenViewGetsNoSignals()
    {
        fill(20);
        QSignalSpy changed(model.get(), &QAbstractItemModel::dataChanged);
        model->setUpdatesSuspended(true);
        for (int round = 0; round < 10; ++round)
            model->onProgress({progressOf(3, round, 10), progressOf(7, round, 10)});
        QCOMPARE(changed.size(), 0);
        QCOMPARE(model->rowAt(3).progress.doneBytes, 9); // stored all the same
        model->setUpdatesSuspended(false);
        QCOMPARE(changed.size(), 1); // one catch-up for everything
    }

    void sortsOnRawValues()
    {
        // By text "9.77 KiB" sorts after "1.00 MiB"; by value it comes first.
        model->onTorrentAdded(addedEvent(1, QStringLiteral("big"), 1024 * 1024));
        model->onTorrentAdded(addedEvent(2, QStringLiteral("small"), 10'000));
        model->onTorrentAdded(addedEvent(3, QStringLiteral("middle"), 200'000));
        TransferFilterProxy proxy;
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(model.get());
        proxy.sort(TorrentListModel::Size, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, TorrentListModel::Name).data().toString(), QStringLiteral("small"));
        QCOMPARE(proxy.index(1, TorrentListModel::Name).data().toString(), QStringLiteral("middle"));
        QCOMPARE(proxy.index(2, TorrentListModel::Name).data().toString(), QStringLiteral("big"));
        model->onProgress(
            {progressOf(1, 0, 1024 * 1024, 9 * 1024), progressOf(2, 0, 10'000, 100 * 1024), progressOf(3, 0, 200'000, 0)});
        proxy.sort(TorrentListModel::DownSpeed, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, TorrentListModel::Name).data().toString(), QStringLiteral("small"));
        QCOMPARE(proxy.index(2, TorrentListModel::Name).data().toString(), QStringLiteral("middle"));
    }

    void filtersByStatusAndName()
    {
        model->onTorrentAdded(addedEvent(1, QStringLiteral("Debian netinst"), 100));
        model->onTorrentAdded(addedEvent(2, QStringLiteral("Ubuntu desktop"), 100));
        model->onTorrentAdded(addedEvent(3, QStringLiteral("Debian DVD"), 100));
        model->onStateChanged({idOf(1), TorrentState::Seeding});
        model->onProgress({progressOf(1, 100, 100, 0, 5000)});
        model->onStateChanged({idOf(2), TorrentState::Paused});
        model->onStateChanged({idOf(3), TorrentState::Error});
        TransferFilterProxy proxy;
        proxy.setSourceModel(model.get());
        proxy.setNameFilter(QStringLiteral("debian"));
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setStatusFilter(StatusFilter::Seeding);
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setNameFilter({});
        proxy.setStatusFilter(StatusFilter::Paused);
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setStatusFilter(StatusFilter::Errored);
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setStatusFilter(StatusFilter::Active);
        QCOMPARE(proxy.rowCount(), 1);

        const QHash<StatusFilter, int> counts = model->counts();
        QCOMPARE(counts.value(StatusFilter::All), 3);
        QCOMPARE(counts.value(StatusFilter::Seeding), 1);
        QCOMPARE(counts.value(StatusFilter::Completed), 1);
        QCOMPARE(counts.value(StatusFilter::Paused), 1);
        QCOMPARE(counts.value(StatusFilter::Errored), 1);
        QCOMPARE(counts.value(StatusFilter::Downloading), 0);
        QCOMPARE(counts.value(StatusFilter::Active), 1);
    }

    void stalledCheckingAndMovingHaveTheirFiltersAndReasons()
    {
        model->onTorrentAdded(addedEvent(1, QStringLiteral("stuck"), 100));
        model->onTorrentAdded(addedEvent(2, QStringLiteral("lonely seeder"), 100));
        model->onTorrentAdded(addedEvent(3, QStringLiteral("rechecking"), 100));
        model->onTorrentAdded(addedEvent(4, QStringLiteral("moving"), 100));
        const QString why = QStringLiteral("no peers found: every tracker fails: udp://t.example:80 (timed out)");
        model->onStateChanged({idOf(1), TorrentState::StalledDownloading, why});
        model->onProgress({progressOf(2, 100, 100)});
        model->onStateChanged({idOf(2), TorrentState::StalledSeeding, QStringLiteral("nobody to serve")});
        model->onStateChanged({idOf(3), TorrentState::Checking});
        model->onStateChanged({idOf(4), TorrentState::Moving});

        const QModelIndex status = model->index(model->rowOf(idOf(1)), TorrentListModel::Status);
        QCOMPARE(status.data().toString(), QStringLiteral("Stalled"));
        QCOMPARE(status.data(TorrentListModel::ReasonRole).toString(), why);
        QCOMPARE(status.data(Qt::ToolTipRole).toString(), QStringLiteral("Stalled: ") + why);
        QVERIFY(!model->index(model->rowOf(idOf(1)), TorrentListModel::Name).data(Qt::DecorationRole).isNull());

        const QHash<StatusFilter, int> counts = model->counts();
        QCOMPARE(counts.value(StatusFilter::Stalled), 2);
        QCOMPARE(counts.value(StatusFilter::Seeding), 1); // a stalled seeder is still seeding
        QCOMPARE(counts.value(StatusFilter::Downloading), 3);
        QCOMPARE(counts.value(StatusFilter::Checking), 1);
        QCOMPARE(counts.value(StatusFilter::Moving), 1);
        TransferFilterProxy proxy;
        proxy.setSourceModel(model.get());
        proxy.setStatusFilter(StatusFilter::Stalled);
        QCOMPARE(proxy.rowCount(), 2);

        // Moving on: the reason goes with the state that had it.
        model->onStateChanged({idOf(1), TorrentState::Downloading});
        QVERIFY(status.data(TorrentListModel::ReasonRole).toString().isEmpty());
        QCOMPARE(status.data(Qt::ToolTipRole), QVariant());
    }

    void perTorrentLimitsShowInTheirColumn()
    {
        TorrentAddedEvent restored = addedEvent(1, QStringLiteral("capped"), 100);
        restored.limits = {1024 * 1024, 0};
        model->onTorrentAdded(restored);
        model->onTorrentAdded(addedEvent(2, QStringLiteral("free"), 100));
        const QModelIndex capped = model->index(model->rowOf(idOf(1)), TorrentListModel::Limits);
        QCOMPARE(capped.data().toString(), QStringLiteral("↓ 1.00 MiB/s"));
        QCOMPARE(model->index(model->rowOf(idOf(2)), TorrentListModel::Limits).data().toString(), QString());
        QSignalSpy changed(model.get(), &QAbstractItemModel::dataChanged);
        model->onTorrentLimitsChanged(idOf(2), {0, 200 * 1024});
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model->index(model->rowOf(idOf(2)), TorrentListModel::Limits).data().toString(), QStringLiteral("↑ 200 KiB/s"));
        QCOMPARE(model->headerData(TorrentListModel::Limits, Qt::Horizontal).toString(), QStringLiteral("Speed Limits"));
    }

    // A selected row's icon sits on a light badge, so its dark strokes stay
    // visible on a dark selection colour.
    void rowIconsStayVisibleWhenSelected()
    {
        fill(1);
        const auto icon = model->index(0, TorrentListModel::Name).data(Qt::DecorationRole).value<QIcon>();
        const QImage normal = icon.pixmap(24, 24, QIcon::Normal).toImage();
        const QImage selected = icon.pixmap(24, 24, QIcon::Selected).toImage();
        QCOMPARE(qAlpha(normal.pixel(1, 12)), 0); // the plain icon has nothing at its edge
        QVERIFY(qAlpha(selected.pixel(1, 12)) > 200);
        QVERIFY(qGray(selected.pixel(1, 12)) > 200); // light
    }

    void theListViewGivesIdsInQueueOrderAndItsHeaderMenuHidesColumns()
    {
        fill(6);
        model->onQueueChanged({idOf(4), idOf(1), idOf(3), idOf(0)}); // 2 and 5 are not queued
        TransferFilterProxy proxy;
        TransferListView view(model.get(), &proxy);
        QSignalSpy selected(&view, &TransferListView::selectedIdsChanged);
        // Selected in list order: 0, 1, 2, 3 (sorted by when they were added).
        for (int row : {0, 1, 2, 3})
            view.selectionModel()->select(proxy.index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QCOMPARE(selected.size(), 4);
        QCOMPARE(view.selectedIds().size(), 4);
        // Queued ones only, first in the queue first for up and bottom, last first for down and top.
        QCOMPARE(view.selectedForQueueMove(QueueMove::Up), (QList<TorrentId> {idOf(1), idOf(3), idOf(0)}));
        QCOMPARE(view.selectedForQueueMove(QueueMove::Bottom), (QList<TorrentId> {idOf(1), idOf(3), idOf(0)}));
        QCOMPARE(view.selectedForQueueMove(QueueMove::Down), (QList<TorrentId> {idOf(0), idOf(3), idOf(1)}));
        QCOMPARE(view.selectedForQueueMove(QueueMove::Top), (QList<TorrentId> {idOf(0), idOf(3), idOf(1)}));

        QMenu menu;
        view.fillHeaderMenu(&menu);
        QCOMPARE(menu.actions().size(), int(TorrentListModel::ColumnCount));
        QVERIFY(!menu.actions().at(TorrentListModel::Name)->isEnabled()); // the name always shows
        QVERIFY(!menu.actions().at(TorrentListModel::SavePath)->isChecked()); // hidden by default
        QVERIFY(!view.header()->isSectionHidden(TorrentListModel::Ratio));
        menu.actions().at(TorrentListModel::Ratio)->toggle();
        QVERIFY(view.header()->isSectionHidden(TorrentListModel::Ratio));
    }

    void queuePositionsShowAndSort()
    {
        fill(10);
        QSignalSpy changed(model.get(), &QAbstractItemModel::dataChanged);
        model->onQueueChanged({idOf(2), idOf(0), idOf(3)}); // 1 is finished: not queued
        QCOMPARE(model->index(2, TorrentListModel::Queue).data().toString(), QStringLiteral("1"));
        QCOMPARE(model->index(0, TorrentListModel::Queue).data().toString(), QStringLiteral("2"));
        QCOMPARE(model->index(3, TorrentListModel::Queue).data().toString(), QStringLiteral("3"));
        QCOMPARE(model->index(1, TorrentListModel::Queue).data().toString(), QString());
        QCOMPARE(changed.size(), 2); // rows 0 and 2-3: two spans, the queue column only
        for (const QList<QVariant> &args : std::as_const(changed)) {
            QCOMPARE(args.at(0).toModelIndex().column(), int(TorrentListModel::Queue));
            QCOMPARE(args.at(1).toModelIndex().column(), int(TorrentListModel::Queue));
        }
        TransferFilterProxy proxy;
        proxy.setSourceModel(model.get());
        proxy.sort(TorrentListModel::Queue, Qt::AscendingOrder);
        QStringList order;
        for (int row = 0; row < proxy.rowCount(); ++row)
            order.append(proxy.index(row, TorrentListModel::Name).data().toString());
        QCOMPARE(order.mid(0, 4),
            (QStringList {QStringLiteral("torrent 2"), QStringLiteral("torrent 0"), QStringLiteral("torrent 3"),
                QStringLiteral("torrent 1")}));
        // The same order again changes nothing.
        changed.clear();
        model->onQueueChanged({idOf(2), idOf(0), idOf(3)});
        QCOMPARE(changed.size(), 0);
    }

    // Progress changes no category or tag: the sidebar's label lists are not
    // recounted for it (10,000 rows, four times a second, before).
    void labelCountsFollowLabelsNotProgress()
    {
        FakeEngine engine;
        model->attach(&engine);
        QSignalSpy counts(model.get(), &TorrentListModel::countsChanged);
        QSignalSpy labelCounts(model.get(), &TorrentListModel::labelCountsChanged);
        engine.announce(idOf(5), QStringLiteral("five"), TorrentState::Downloading, 500, 100);
        QVERIFY(labelCounts.wait(1000)); // a new row
        labelCounts.clear();
        counts.clear();
        TorrentProgress p;
        p.id = idOf(5);
        p.doneBytes = 200;
        p.totalBytes = 500;
        p.progress = 0.4f;
        Q_EMIT engine.progressUpdated({p});
        QVERIFY(counts.wait(1000));
        QCOMPARE(labelCounts.size(), 0);
        engine.setTags({idOf(5)}, {QStringLiteral("hd")}, TagChange::Add);
        QVERIFY(labelCounts.wait(1000));
        QCOMPARE(model->tagCounts().value(QStringLiteral("hd")), 1);
    }

    void followsTheEngineThroughQueuedSignals()
    {
        FakeEngine engine;
        model->attach(&engine);
        QSignalSpy counts(model.get(), &TorrentListModel::countsChanged);
        engine.announce(idOf(5), QStringLiteral("five"), TorrentState::Downloading, 500, 100);
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->index(0, TorrentListModel::Status).data().toString(), torrentStateName(TorrentState::Downloading));
        QCOMPARE(model->index(0, TorrentListModel::Progress).data(TorrentListModel::ProgressRole).toDouble(), double(0.2f));
        Q_EMIT engine.message({idOf(5), {}, QStringLiteral("disk full")}); // an error, by default
        QCOMPARE(model->index(0, TorrentListModel::Name).data(Qt::ToolTipRole).toString(), QStringLiteral("disk full"));
        Q_EMIT engine.storageMoved(idOf(5), QStringLiteral("/elsewhere"));
        QCOMPARE(model->rowAt(0).savePath, QStringLiteral("/elsewhere"));
        QVERIFY(counts.wait(1000));
        Q_EMIT engine.torrentRemoved({idOf(5), false});
        QCOMPARE(model->rowCount(), 0);
    }
};

QTEST_MAIN(TestTorrentListModel)
#include "tst_torrentlistmodel.moc"
