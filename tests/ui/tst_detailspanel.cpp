#include "detailspanel.h"
#include "dialoghelper.h"
#include "fakeengine.h"
#include "filetreemodel.h"
#include "metatypes.h"
#include "torrentlistmodel.h"

#include <QAbstractItemModelTester>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QTest>
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
                        {1, QStringLiteral("Concert/02 Encore.flac"), 1000, false},
                        {2, QStringLiteral("Concert/booklet.pdf"), 1000, false}};
    d.filePriorities = {FilePriority::Normal, FilePriority::Skip, FilePriority::Normal};
    d.fileProgress = {500, 0, 0};
    TrackerDetails working;
    working.url = QStringLiteral("http://127.0.0.1:6969/announce");
    working.status = TrackerDetails::Status::Working;
    working.seeds = 4;
    working.peers = 9;
    TrackerDetails broken;
    broken.url = QStringLiteral("udp://tracker.invalid:1337");
    broken.tier = 1;
    broken.status = TrackerDetails::Status::Error;
    broken.message = QStringLiteral("host not found");
    d.trackers = {working, broken};
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
        QCOMPARE(engine->callsNamed(QStringLiteral("requestDetails")).constFirst().ids, QList<TorrentId>{Id});

        Q_EMIT engine->detailsReady(details());
        QVERIFY(showsText(panel.get(), QStringLiteral("Recorded live")));
        QVERIFY(showsText(panel.get(), QStringLiteral("3 × 1.00 KiB (have 1)")));
        QVERIFY(showsText(panel.get(), Id.toString()));
        QCOMPARE(panel->fileModel()->fileCount(), 3);
        QCOMPARE(panel->fileModel()->priorities(), details().filePriorities);
        QCOMPARE(panel->trackerList()->topLevelItemCount(), 2);
        QCOMPARE(panel->trackerList()->topLevelItem(1)->text(6), QStringLiteral("host not found"));
        QCOMPARE(panel->trackerList()->topLevelItem(0)->text(3), QStringLiteral("4"));
        QCOMPARE(panel->peerList()->topLevelItemCount(), 1);
        QCOMPARE(panel->peerList()->topLevelItem(0)->text(1), QStringLiteral("libtorrent 2.0.8"));

        // Another torrent's answer does not overwrite this one's.
        TorrentDetails other = details();
        other.id = TorrentId::fromHex(QStringLiteral("%1").arg(7, 40, 16, QLatin1Char('0')));
        other.comment = QStringLiteral("not this one");
        Q_EMIT engine->detailsReady(other);
        QVERIFY(!showsText(panel.get(), QStringLiteral("not this one")));

        // The panel keeps asking while it shows the torrent.
        QTRY_VERIFY_WITH_TIMEOUT(engine->callsNamed(QStringLiteral("requestDetails")).size() >= 2, 4000);
    }

    void filePrioritiesGoToTheEngine()
    {
        panel->setTorrent(Id);
        Q_EMIT engine->detailsReady(details());
        FileTreeModel *files = panel->fileModel();
        QAbstractItemModelTester tester(files, QAbstractItemModelTester::FailureReportingMode::QtTest);

        const QModelIndex encore = findItem(files, QStringLiteral("02 Encore.flac"));
        QVERIFY(encore.isValid());
        QVERIFY(files->setData(encore, Qt::Checked, Qt::CheckStateRole));
        auto sent = engine->callsNamed(QStringLiteral("setFilePriorities"));
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.constFirst().ids, QList<TorrentId>{Id});
        QCOMPARE(sent.constFirst().args, (QVariantList{FilePriority::Normal, FilePriority::Normal, FilePriority::Normal}));

        const QModelIndex booklet = findItem(files, QStringLiteral("booklet.pdf"));
        QVERIFY(files->setData(booklet.siblingAtColumn(FileTreeModel::Priority), FilePriority::High, Qt::EditRole));
        sent = engine->callsNamed(QStringLiteral("setFilePriorities"));
        QCOMPARE(sent.size(), 2);
        QCOMPARE(sent.last().args, (QVariantList{FilePriority::Normal, FilePriority::Normal, FilePriority::High}));

        // A later refresh with what the engine now holds keeps the tree.
        TorrentDetails refreshed = details();
        refreshed.filePriorities = {FilePriority::Normal, FilePriority::Normal, FilePriority::High};
        refreshed.fileProgress = {1000, 200, 0};
        Q_EMIT engine->detailsReady(refreshed);
        QCOMPARE(files->priorities(), refreshed.filePriorities);
        QCOMPARE(engine->callsNamed(QStringLiteral("setFilePriorities")).size(), 2);
    }

    void trackersAreAddedEditedAndRemoved()
    {
        panel->setTorrent(Id);
        Q_EMIT engine->detailsReady(details());
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
                 (QVariantList{QStringList{details().trackers.at(0).url, details().trackers.at(1).url, added}}));

        panel->trackerList()->setCurrentItem(panel->trackerList()->topLevelItem(1));
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
        QCOMPARE(sent.last().args, (QVariantList{QStringList{details().trackers.at(0).url, QStringLiteral("udp://tracker.example.org:1337")}}));

        panel->trackerList()->setCurrentItem(panel->trackerList()->topLevelItem(0));
        button(QStringLiteral("&Remove"))->click();
        sent = engine->callsNamed(QStringLiteral("setTrackers"));
        QCOMPARE(sent.size(), 3);
        QCOMPARE(sent.last().args, (QVariantList{QStringList{details().trackers.at(1).url}}));
    }
};

QTEST_MAIN(TestDetailsPanel)
#include "tst_detailspanel.moc"
