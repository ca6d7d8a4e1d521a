#include "detailspanel.h"
#include "dialoghelper.h"
#include "fakeengine.h"
#include "filetreemodel.h"
#include "metatypes.h"
#include "speedgraph.h"
#include "speedhistory.h"
#include "torrentlistmodel.h"

#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

using namespace Revaer;
using namespace Revaer::Test;

namespace {

const TorrentId Id = TorrentId::fromHex(QStringLiteral("aebe5c410ecb8768de2294750e6e27b394f89541"));

TorrentDetails details()
{
    TorrentDetails d;
    d.id = Id;
    d.name = QStringLiteral("Concert");
    d.savePath = QStringLiteral("/music");
    d.infoHashV1 = Id.toString();
    d.comment = QStringLiteral("Recorded live");
    d.creator = QStringLiteral("Revaer 0.1.0");
    d.totalSize = 3000;
    d.wantedSize = 2000;
    d.wantedDone = 500;
    d.pieceCount = 3;
    d.pieceLength = 1024;
    d.piecesHave = 1;
    d.availability = 1.5f;
    d.metadata.name = QStringLiteral("Concert");
    d.metadata.pieceCount = 3;
    d.metadata.totalSize = 3000;
    d.metadata.files = {{0, QStringLiteral("Concert/01 Intro.flac"), 1000, false},
        {1, QStringLiteral("Concert/02 Encore.flac"), 1000, false}, {2, QStringLiteral("Concert/booklet.pdf"), 1000, false}};
    d.filePriorities = {FilePriority::Normal, FilePriority::Skip, FilePriority::Normal};
    d.fileProgress = {500, 0, 0};
    // Works from the IPv4 address; the IPv6 one cannot reach it (skipped).
    TrackerDetails working;
    working.url = QStringLiteral("http://127.0.0.1:6969/announce");
    TrackerEndpointDetails v4;
    v4.address = QStringLiteral("127.0.0.1");
    v4.status = TrackerDetails::Status::Working;
    v4.seeds = 4;
    v4.peers = 9;
    v4.nextAnnounce = QDateTime::currentDateTimeUtc().addSecs(90);
    TrackerEndpointDetails v6;
    v6.address = QStringLiteral("::1");
    v6.ipv6 = true;
    v6.status = TrackerDetails::Status::Unreachable;
    v6.message = QStringLiteral("skipping tracker announce (unreachable)");
    working.endpoints = {v6, v4};
    working.summarize();
    TrackerDetails broken;
    broken.url = QStringLiteral("udp://tracker.invalid:1337");
    broken.tier = 1;
    TrackerEndpointDetails failing;
    failing.address = QStringLiteral("0.0.0.0");
    failing.status = TrackerDetails::Status::Error;
    failing.message = QStringLiteral("host not found");
    broken.endpoints = {failing};
    broken.summarize();
    d.trackers = {working, broken};
    d.peerSources = {{PeerSourceDetails::Kind::Dht, true, false, 2}, {PeerSourceDetails::Kind::Pex, false, false, 0},
        {PeerSourceDetails::Kind::Lsd, true, false, 0}};
    PeerDetails peer;
    peer.address = QStringLiteral("127.0.0.2:6881");
    peer.client = QStringLiteral("libtorrent 2.0.8");
    peer.flags = QStringLiteral("D U");
    peer.downloadRate = 2048;
    peer.progress = 1;
    d.peers = {peer};
    return d;
}

bool showsText(QWidget *panel, const QString &text)
{
    const QList<QLabel *> labels = panel->findChildren<QLabel *>();
    return std::any_of(labels.cbegin(), labels.cend(), [&](const QLabel *label) { return label->text().contains(text); });
}

} // namespace

// The details of the selected torrent: fetched from the engine, edits go
// back to it.
class TestDetailsPanel : public QObject
{
    Q_OBJECT

    std::unique_ptr<FakeEngine> engine;
    std::unique_ptr<TorrentListModel> model;
    std::unique_ptr<DetailsPanel> panel;

private Q_SLOTS:
    void initTestCase() { registerEngineMetaTypes(); }

    void init()
    {
        engine = std::make_unique<FakeEngine>();
        model = std::make_unique<TorrentListModel>();
        model->attach(engine.get());
        engine->announce(Id, QStringLiteral("Concert"), TorrentState::Downloading, 2000, 500);
        panel = std::make_unique<DetailsPanel>(engine.get(), model.get());
        panel->resize(900, 400);
        panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(panel.get()));
    }

    void cleanup()
    {
        panel.reset();
        model.reset();
        engine.reset();
    }

    void nothingSelectedSaysSo()
    {
        QVERIFY(showsText(panel.get(), QStringLiteral("Select a torrent")));
        QCOMPARE(engine->callsNamed(QStringLiteral("requestDetails")).size(), 0);
    }

    void selectingATorrentFetchesItsDetails()
    {
        panel->setTorrent(Id);
        QCOMPARE(engine->callsNamed(QStringLiteral("requestDetails")).size(), 1);
        QCOMPARE(engine->callsNamed(QStringLiteral("requestDetails")).constFirst().ids, QList<TorrentId> {Id});

        Q_EMIT engine->detailsReady({details()});
        QVERIFY(showsText(panel.get(), QStringLiteral("Recorded live")));
        QVERIFY(showsText(panel.get(), QStringLiteral("3 × 1.00 KiB (have 1)")));
        QVERIFY(showsText(panel.get(), Id.toString()));
        QCOMPARE(panel->fileModel()->fileCount(), 3);
        QCOMPARE(panel->fileModel()->priorities(), details().filePriorities);
        QTreeWidget *trackers = panel->trackerList();
        QCOMPARE(trackers->topLevelItemCount(), 5); // DHT, PeX, LSD, then the two trackers
        QCOMPARE(trackers->topLevelItem(0)->text(0), QStringLiteral("DHT"));
        QCOMPARE(trackers->topLevelItem(0)->text(2), QStringLiteral("Working"));
        QCOMPARE(trackers->topLevelItem(0)->text(4), QStringLiteral("2"));
        QCOMPARE(trackers->topLevelItem(1)->text(2), QStringLiteral("Off in Settings"));
        // A tracker that works from one address works, whatever another says.
        QTreeWidgetItem *works = trackers->topLevelItem(3);
        QCOMPARE(works->text(2), QStringLiteral("Working"));
        QCOMPARE(works->text(3), QStringLiteral("4"));
        QVERIFY2(works->text(7).contains(QRegularExpression(QStringLiteral("^1m (29|30)s$"))), qPrintable(works->text(7)));
        QCOMPARE(works->childCount(), 2);
        QCOMPARE(works->child(0)->text(0), QStringLiteral("IPv6 (::1)"));
        QCOMPARE(works->child(0)->text(2), QStringLiteral("Not reachable from this address"));
        QCOMPARE(works->child(0)->text(7), QString()); // no announce planned: no time in the past
        QCOMPARE(works->child(1)->text(0), QStringLiteral("IPv4 (127.0.0.1)"));
        QCOMPARE(works->child(1)->text(2), QStringLiteral("Working"));
        QTreeWidgetItem *fails = trackers->topLevelItem(4);
        QCOMPARE(fails->text(2), QStringLiteral("Not working"));
        QCOMPARE(fails->text(6), QStringLiteral("host not found"));
        QCOMPARE(fails->childCount(), 0); // one address: nothing to tell apart
        // The URL column fits the longest URL.
        QVERIFY(trackers->header()->sectionSize(0) >= trackers->fontMetrics().horizontalAdvance(works->text(0)));
        QCOMPARE(panel->peerList()->topLevelItemCount(), 1);
        QCOMPARE(panel->peerList()->topLevelItem(0)->text(1), QStringLiteral("libtorrent 2.0.8"));

        // Another torrent's answer does not overwrite this one's.
        TorrentDetails other = details();
        other.id = TorrentId::fromHex(QStringLiteral("%1").arg(7, 40, 16, QLatin1Char('0')));
        other.comment = QStringLiteral("not this one");
        Q_EMIT engine->detailsReady({other});
        QVERIFY(!showsText(panel.get(), QStringLiteral("not this one")));

        // The panel keeps asking while it shows the torrent.
        QTRY_VERIFY_WITH_TIMEOUT(engine->callsNamed(QStringLiteral("requestDetails")).size() >= 2, 4000);
    }

    void theGeneralTabSaysWhyATorrentIsStalled()
    {
        panel->setTorrent(Id);
        QVERIFY(showsText(panel.get(), QStringLiteral("Downloading")));
        const QString why = QStringLiteral("no peers found: every tracker fails: udp://tracker.invalid:1337 (host not found)");
        Q_EMIT engine->stateChanged({Id, TorrentState::StalledDownloading, why});
        QCoreApplication::processEvents();
        Q_EMIT engine->detailsReady({details()});
        QVERIFY(showsText(panel.get(), QStringLiteral("Stalled: ") + why));
    }

    void thePeersTabHasAMenu()
    {
        panel->setTorrent(Id);
        Q_EMIT engine->detailsReady({details()});
        QTreeWidget *peers = panel->peerList();
        peers->setCurrentItem(peers->topLevelItem(0));
        QStringList seen;
        chooseFromNextMenu(QStringLiteral("Copy Address"), &seen);
        Q_EMIT peers->customContextMenuRequested(QPoint(10, 10));
        QCOMPARE(seen,
            (QStringList {
                QStringLiteral("Copy Address"), QStringLiteral("Ban Peer for This Session"), QStringLiteral("Add Peers")}));
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("127.0.0.2:6881"));

        chooseFromNextMenu(QStringLiteral("Ban Peer for This Session"));
        answerNextDialog([](QWidget *modal) {
            auto *box = qobject_cast<QMessageBox *>(modal);
            QVERIFY(box);
            QVERIFY(box->text().contains(QStringLiteral("127.0.0.2:6881")));
            box->button(QMessageBox::Yes)->click();
        });
        Q_EMIT peers->customContextMenuRequested(QPoint(10, 10));
        QTRY_COMPARE(engine->callsNamed(QStringLiteral("banPeers")).size(), 1);
        QCOMPARE(engine->callsNamed(QStringLiteral("banPeers")).constFirst().args,
            QVariantList {QStringList {QStringLiteral("127.0.0.2:6881")}});

        chooseFromNextMenu(QStringLiteral("Add Peers"));
        answerNextDialog([](QWidget *modal) {
            auto *input = qobject_cast<QInputDialog *>(modal);
            QVERIFY(input);
            input->setTextValue(QStringLiteral("192.0.2.7:6881\n[2001:db8::7]:6881, 198.51.100.1:51413\n"));
            input->accept();
        });
        Q_EMIT peers->customContextMenuRequested(QPoint(10, 10));
        QTRY_COMPARE(engine->callsNamed(QStringLiteral("addPeers")).size(), 1);
        const auto added = engine->callsNamed(QStringLiteral("addPeers")).constFirst();
        QCOMPARE(added.ids, QList<TorrentId> {Id});
        QCOMPARE(added.args,
            (QVariantList {QStringList {
                QStringLiteral("192.0.2.7:6881"), QStringLiteral("[2001:db8::7]:6881"), QStringLiteral("198.51.100.1:51413")}}));
    }

    void theFilesTabHasAMenu()
    {
        QTemporaryDir dir;
        TorrentDetails d = details();
        d.savePath = dir.path();
        panel->setTorrent(Id);
        Q_EMIT engine->detailsReady({d});
        QTreeView *view = panel->fileView();
        QVERIFY(view);
        FileTreeModel *files = panel->fileModel();
        auto select = [&](const QString &name) {
            const QModelIndex index = findItem(files, name);
            QVERIFY(index.isValid());
            view->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        };

        select(QStringLiteral("booklet.pdf"));
        QStringList seen;
        chooseFromNextMenu(QStringLiteral("Priority/High"), &seen);
        Q_EMIT view->customContextMenuRequested(QPoint(5, 5));
        QTRY_COMPARE(engine->callsNamed(QStringLiteral("setFilePriorities")).size(), 1);
        QCOMPARE(engine->callsNamed(QStringLiteral("setFilePriorities")).constFirst().args,
            (QVariantList {FilePriority::Normal, FilePriority::Skip, FilePriority::High}));
        QCOMPARE(seen,
            (QStringList {QStringLiteral("Priority"), QStringLiteral("Open"), QStringLiteral("Open Containing Folder"),
                QStringLiteral("Rename")}));

        // Not on disk yet: said, not silently ignored.
        QSignalSpy problems(panel.get(), &DetailsPanel::problem);
        chooseFromNextMenu(QStringLiteral("Open"));
        Q_EMIT view->customContextMenuRequested(QPoint(5, 5));
        QTRY_COMPARE(problems.size(), 1);
        QVERIFY2(
            problems.at(0).at(0).toString().contains(QStringLiteral("booklet.pdf")), qPrintable(problems.at(0).at(0).toString()));

        // A file is one rename; a folder one per file under it.
        select(QStringLiteral("02 Encore.flac"));
        chooseFromNextMenu(QStringLiteral("Rename"));
        answerNextDialog([](QWidget *modal) {
            auto *input = qobject_cast<QInputDialog *>(modal);
            QVERIFY(input);
            QCOMPARE(input->textValue(), QStringLiteral("02 Encore.flac"));
            input->setTextValue(QStringLiteral("02 Finale.flac"));
            input->accept();
        });
        Q_EMIT view->customContextMenuRequested(QPoint(5, 5));
        QTRY_COMPARE(engine->callsNamed(QStringLiteral("renameFile")).size(), 1);
        QCOMPARE(engine->callsNamed(QStringLiteral("renameFile")).constFirst().args,
            (QVariantList {1, QStringLiteral("Concert/02 Finale.flac")}));

        select(QStringLiteral("Concert"));
        chooseFromNextMenu(QStringLiteral("Rename"));
        answerNextDialog([](QWidget *modal) {
            qobject_cast<QInputDialog *>(modal)->setTextValue(QStringLiteral("Live"));
            qobject_cast<QInputDialog *>(modal)->accept();
        });
        Q_EMIT view->customContextMenuRequested(QPoint(5, 5));
        QTRY_COMPARE(engine->callsNamed(QStringLiteral("renameFile")).size(), 4);
        QCOMPARE(
            engine->callsNamed(QStringLiteral("renameFile")).at(3).args, (QVariantList {2, QStringLiteral("Live/booklet.pdf")}));

        // A name that would leave the folder is refused.
        select(QStringLiteral("booklet.pdf"));
        chooseFromNextMenu(QStringLiteral("Rename"));
        answerNextDialog([](QWidget *modal) {
            qobject_cast<QInputDialog *>(modal)->setTextValue(QStringLiteral("../../etc/passwd"));
            qobject_cast<QInputDialog *>(modal)->accept();
        });
        Q_EMIT view->customContextMenuRequested(QPoint(5, 5));
        QTRY_COMPARE(problems.size(), 2);
        QCOMPARE(engine->callsNamed(QStringLiteral("renameFile")).size(), 4);
    }

    // The Speed graph has every torrent's history from the start: full when
    // opened, kept across a change of selection; the total with nothing
    // selected; idle torrents take no memory.
    void theSpeedGraphKeepsEveryTorrentsHistory()
    {
        const TorrentId other = TorrentId::fromHex(QStringLiteral("%1").arg(9, 40, 16, QLatin1Char('0')));
        engine->announce(other, QStringLiteral("Idle"), TorrentState::Seeding, 100, 100);
        SpeedHistory *history = panel->speedHistory();
        for (int second = 0; second < 10; ++second) {
            TorrentProgress p;
            p.id = Id;
            p.totalBytes = 2000;
            p.doneBytes = 500;
            p.downloadRate = 300 * 1024;
            p.uploadRate = 20 * 1024;
            Q_EMIT engine->progressUpdated({p});
            history->sample();
        }
        QCOMPARE(history->trackedTorrents(), 1); // the idle one keeps nothing
        panel->setCurrentWidget(panel->speedGraph());
        panel->setTorrent(Id); // selected after the fact: its history is there
        QCOMPARE(panel->speedGraph()->activeSamples(), 10);
        QCOMPARE(panel->speedGraph()->title(), QStringLiteral("Concert"));
        panel->setTorrent(other);
        QCOMPARE(panel->speedGraph()->activeSamples(), 0);
        panel->setTorrent(Id);
        QCOMPARE(panel->speedGraph()->activeSamples(), 10); // not wiped by the change
        panel->setTorrent({});
        QCOMPARE(panel->speedGraph()->title(), QStringLiteral("All torrents"));
        QCOMPARE(panel->speedGraph()->activeSamples(), 10);
        // Five minutes idle: its history goes.
        TorrentProgress stopped;
        stopped.id = Id;
        Q_EMIT engine->progressUpdated({stopped});
        for (int second = 0; second < SpeedHistory::Samples; ++second)
            history->sample();
        QCOMPARE(history->trackedTorrents(), 0);
    }

    void theRateAxisHasRoundSteps()
    {
        QCOMPARE(SpeedGraph::roundStep(700 * 1024), qint64(200 * 1024));
        QCOMPARE(SpeedGraph::roundStep(3 * 1024 * 1024), qint64(1024 * 1024));
        QCOMPARE(SpeedGraph::roundStep(9 * 1024 * 1024), qint64(2.5 * 1024 * 1024));
        QCOMPARE(SpeedGraph::roundStep(16 * 1024), qint64(5 * 1024));
        QCOMPARE(SpeedGraph::axisLabel(200 * 1024), QStringLiteral("200 KiB/s"));
        QCOMPARE(SpeedGraph::axisLabel(qint64(2.5 * 1024 * 1024)), QStringLiteral("2.5 MiB/s"));
        QCOMPARE(SpeedGraph::axisLabel(0), QStringLiteral("0 B/s"));
    }

    void filePrioritiesGoToTheEngine()
    {
        panel->setTorrent(Id);
        Q_EMIT engine->detailsReady({details()});
        FileTreeModel *files = panel->fileModel();
        QAbstractItemModelTester tester(files, QAbstractItemModelTester::FailureReportingMode::QtTest);

        const QModelIndex encore = findItem(files, QStringLiteral("02 Encore.flac"));
        QVERIFY(encore.isValid());
        QVERIFY(files->setData(encore, Qt::Checked, Qt::CheckStateRole));
        auto sent = engine->callsNamed(QStringLiteral("setFilePriorities"));
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.constFirst().ids, QList<TorrentId> {Id});
        QCOMPARE(sent.constFirst().args, (QVariantList {FilePriority::Normal, FilePriority::Normal, FilePriority::Normal}));

        const QModelIndex booklet = findItem(files, QStringLiteral("booklet.pdf"));
        QVERIFY(files->setData(booklet.siblingAtColumn(FileTreeModel::Priority), FilePriority::High, Qt::EditRole));
        sent = engine->callsNamed(QStringLiteral("setFilePriorities"));
        QCOMPARE(sent.size(), 2);
        QCOMPARE(sent.last().args, (QVariantList {FilePriority::Normal, FilePriority::Normal, FilePriority::High}));

        // A later refresh with what the engine now holds keeps the tree.
        TorrentDetails refreshed = details();
        refreshed.filePriorities = {FilePriority::Normal, FilePriority::Normal, FilePriority::High};
        refreshed.fileProgress = {1000, 200, 0};
        Q_EMIT engine->detailsReady({refreshed});
        QCOMPARE(files->priorities(), refreshed.filePriorities);
        QCOMPARE(engine->callsNamed(QStringLiteral("setFilePriorities")).size(), 2);
    }

    void trackersAreAddedEditedAndRemoved()
    {
        panel->setTorrent(Id);
        Q_EMIT engine->detailsReady({details()});
        const QString added = QStringLiteral("http://tracker.example.org/announce");

        answerNextDialog([&](QWidget *modal) {
            auto *input = qobject_cast<QInputDialog *>(modal);
            QVERIFY(input);
            input->setTextValue(added + QStringLiteral("\n\nhttp://127.0.0.1:6969/announce\n"));
            input->accept();
        });
        const QList<QPushButton *> buttons = panel->findChildren<QPushButton *>();
        auto button = [&](const QString &text) {
            for (QPushButton *b : buttons) {
                if (b->text() == text)
                    return b;
            }
            return static_cast<QPushButton *>(nullptr);
        };
        QVERIFY(button(QStringLiteral("&Add…")));
        button(QStringLiteral("&Add…"))->click();
        auto sent = engine->callsNamed(QStringLiteral("setTrackers"));
        QCOMPARE(sent.size(), 1);
        // The duplicate is not added twice.
        QCOMPARE(sent.constFirst().args,
            (QVariantList {QStringList {details().trackers.at(0).url, details().trackers.at(1).url, added}}));

        panel->trackerList()->setCurrentItem(panel->trackerList()->topLevelItem(4));
        answerNextDialog([](QWidget *modal) {
            auto *input = qobject_cast<QInputDialog *>(modal);
            QVERIFY(input);
            QCOMPARE(input->textValue(), QStringLiteral("udp://tracker.invalid:1337"));
            input->setTextValue(QStringLiteral("udp://tracker.example.org:1337"));
            input->accept();
        });
        button(QStringLiteral("&Edit…"))->click();
        sent = engine->callsNamed(QStringLiteral("setTrackers"));
        QCOMPARE(sent.size(), 2);
        QCOMPARE(sent.last().args,
            (QVariantList {QStringList {details().trackers.at(0).url, QStringLiteral("udp://tracker.example.org:1337")}}));

        // DHT is no tracker to remove.
        panel->trackerList()->setCurrentItem(panel->trackerList()->topLevelItem(0));
        button(QStringLiteral("&Remove"))->click();
        QCOMPARE(engine->callsNamed(QStringLiteral("setTrackers")).size(), 2);
        // An address row stands for its tracker.
        panel->trackerList()->setCurrentItem(panel->trackerList()->topLevelItem(3)->child(1));
        button(QStringLiteral("&Remove"))->click();
        sent = engine->callsNamed(QStringLiteral("setTrackers"));
        QCOMPARE(sent.size(), 3);
        QCOMPARE(sent.last().args, (QVariantList {QStringList {details().trackers.at(1).url}}));
    }
};

QTEST_MAIN(TestDetailsPanel)
#include "tst_detailspanel.moc"
