#include "addtorrentdialog.h"
#include "dialoghelper.h"
#include "fakeengine.h"
#include "filetreemodel.h"
#include "metatypes.h"
#include "settingsstore.h"
#include "testswarm.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <sys/stat.h>

using namespace Revaer;
using namespace Revaer::Test;

// The add dialog: what the check boxes and priorities say is what the
// engine gets.
class TestAddTorrentDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir work;
    GeneratedTorrent torrent;
    std::unique_ptr<SettingsStore> settings;

    // The store, with `defaultSavePath` as the engine's default save path.
    SettingsStore *withDefault(const QString &defaultSavePath)
    {
        EngineConfig base;
        base.defaultSavePath = defaultSavePath;
        settings->load(base);
        return settings.get();
    }

    int indexOf(const QString &relative) const
    {
        for (int i = 0; i < torrent.files.size(); ++i) {
            if (torrent.files.at(i).first == relative)
                return i;
        }
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        registerEngineMetaTypes();
        torrent = generateTorrent(work.filePath(QStringLiteral("seed")), QStringLiteral("Album"),
            {{QStringLiteral("cd1/01.flac"), 20'000}, {QStringLiteral("cd1/02.flac"), 30'000},
                {QStringLiteral("cd2/01.flac"), 40'000}, {QStringLiteral("cover.jpg"), 5'000}},
            3, 16384);
        settings = std::make_unique<SettingsStore>(work.filePath(QStringLiteral("revaer.ini")));
    }

    void checkBoxesBecomePriorities()
    {
        FakeEngine engine;
        AddTorrentDialog dialog(&engine, withDefault(work.filePath(QStringLiteral("downloads"))));
        QString error;
        QVERIFY2(dialog.openTorrentFile(torrent.writeTorrentFile(work.filePath(QStringLiteral("album.torrent"))), &error),
            qPrintable(error));
        FileTreeModel *files = dialog.fileModel();
        QAbstractItemModelTester tester(files, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(files->fileCount(), 4);
        QCOMPARE(files->selectedSize(), 95'000);

        // A folder's box unchecks everything in it; the folder above shows it.
        const QModelIndex cd2 = findItem(files, QStringLiteral("cd2"));
        QVERIFY(cd2.isValid());
        QVERIFY(files->setData(cd2, Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(files->data(findItem(files, QStringLiteral("Album")), Qt::CheckStateRole).value<Qt::CheckState>(),
            Qt::PartiallyChecked);
        // One file unchecked, one raised to high.
        const QModelIndex cover = findItem(files, QStringLiteral("cover.jpg"));
        QVERIFY(files->setData(cover, Qt::Unchecked, Qt::CheckStateRole));
        const QModelIndex first = findItem(files, QStringLiteral("01.flac"), findItem(files, QStringLiteral("cd1")));
        QVERIFY(files->setData(first.siblingAtColumn(FileTreeModel::Priority), FilePriority::High, Qt::EditRole));
        QCOMPARE(files->selectedSize(), 50'000);

        QList<int> expected(4, FilePriority::Normal);
        expected[indexOf(QStringLiteral("cd2/01.flac"))] = FilePriority::Skip;
        expected[indexOf(QStringLiteral("cover.jpg"))] = FilePriority::Skip;
        expected[indexOf(QStringLiteral("cd1/01.flac"))] = FilePriority::High;
        QCOMPARE(files->priorities(), expected);

        // Checking a box again keeps a high priority high.
        QVERIFY(files->setData(findItem(files, QStringLiteral("cd1")), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(files->priorities(), expected);

        dialog.setSavePath(work.filePath(QStringLiteral("music")));
        dialog.accept();
        QCOMPARE(engine.added.size(), 1);
        const AddTorrentRequest &request = engine.added.constFirst();
        QCOMPARE(request.kind, AddTorrentRequest::Kind::TorrentData);
        QCOMPARE(request.data, torrent.torrentData);
        QCOMPARE(request.filePriorities, expected);
        QCOMPARE(request.savePath, work.filePath(QStringLiteral("music")));
        // The folder is remembered for next time.
        QCOMPARE(settings->lastSavePath(), work.filePath(QStringLiteral("music")));
    }

    // The tree sorts by name (folders first) and by size, filters by name,
    // and its priority column fits "Do not download".
    void theFileTreeSortsAndFilters()
    {
        FakeEngine engine;
        AddTorrentDialog dialog(&engine, withDefault(work.filePath(QStringLiteral("downloads"))));
        QString error;
        QVERIFY2(dialog.openTorrentFile(torrent.writeTorrentFile(work.filePath(QStringLiteral("sorted.torrent"))), &error),
            qPrintable(error));
        dialog.show();
        auto *tree = dialog.findChild<QTreeView *>();
        QAbstractItemModel *shown = tree->model();
        const QModelIndex album = shown->index(0, 0);
        QCOMPARE(album.data().toString(), QStringLiteral("Album"));
        auto names = [&](const QModelIndex &parent) {
            QStringList out;
            for (int row = 0; row < shown->rowCount(parent); ++row)
                out.append(shown->index(row, 0, parent).data().toString());
            return out;
        };
        QCOMPARE(names(album), (QStringList {QStringLiteral("cd1"), QStringLiteral("cd2"), QStringLiteral("cover.jpg")}));
        tree->sortByColumn(FileTreeModel::Size, Qt::DescendingOrder);
        QCOMPARE(names(album),
            (QStringList {QStringLiteral("cd1"), QStringLiteral("cd2"), QStringLiteral("cover.jpg")})); // 50k, 40k, 5k
        tree->sortByColumn(FileTreeModel::Size, Qt::AscendingOrder);
        QCOMPARE(names(album), (QStringList {QStringLiteral("cover.jpg"), QStringLiteral("cd2"), QStringLiteral("cd1")}));

        auto *filter = dialog.findChild<QLineEdit *>(QStringLiteral("fileFilter"));
        QVERIFY(filter);
        filter->setText(QStringLiteral("02"));
        QCOMPARE(names(shown->index(0, 0)), QStringList {QStringLiteral("cd1")});
        QCOMPARE(names(shown->index(0, 0, shown->index(0, 0))), QStringList {QStringLiteral("02.flac")});
        filter->clear();
        QCOMPARE(names(shown->index(0, 0)).size(), 3);

        const int needed = tree->fontMetrics().horizontalAdvance(FileTreeModel::priorityName(FilePriority::Skip));
        QVERIFY2(tree->header()->sectionSize(FileTreeModel::Priority) > needed,
            qPrintable(QStringLiteral("%1 <= %2").arg(tree->header()->sectionSize(FileTreeModel::Priority)).arg(needed)));
        // Editing through the sorted view reaches the torrent's files.
        const QModelIndex cover = shown->index(0, FileTreeModel::Priority, shown->index(0, 0));
        QVERIFY(shown->setData(cover, FilePriority::Skip, Qt::EditRole));
        QCOMPARE(dialog.fileModel()->priorities().at(indexOf(QStringLiteral("cover.jpg"))), FilePriority::Skip);
    }

    // A remembered folder that can no longer be used is not offered again.
    void aFolderThatFailedIsNotOfferedAgain()
    {
        // A file where its folder was: it cannot be made any more.
        QFile inTheWay(work.filePath(QStringLiteral("was-a-drive")));
        QVERIFY(inTheWay.open(QIODevice::WriteOnly));
        inTheWay.close();
        const QString gone = work.filePath(QStringLiteral("was-a-drive/films"));
        const QString fine = work.filePath(QStringLiteral("music"));
        const QString keptLast = settings->lastSavePath();
        settings->rememberSavePath(fine);
        settings->rememberSavePath(gone); // the latest: recent {gone, fine}
        FakeEngine engine;
        const QString fallback = work.filePath(QStringLiteral("downloads"));
        AddTorrentDialog dialog(&engine, withDefault(fallback));
        auto *folders = dialog.findChild<QComboBox *>();
        QVERIFY(folders);
        QStringList offered;
        for (int i = 0; i < folders->count(); ++i)
            offered.append(folders->itemText(i));
        QVERIFY2(!offered.contains(gone), qPrintable(offered.join(u',')));
        QVERIFY(offered.contains(QDir::toNativeSeparators(fine)) || offered.contains(fine));
        QCOMPARE(dialog.savePath(), fallback);
        QVERIFY(!AddTorrentDialog::usableFolder(gone));
        QVERIFY(AddTorrentDialog::usableFolder(fine));
        if (!keptLast.isEmpty())
            settings->rememberSavePath(keptLast);
    }

    void selectNoneThenAll()
    {
        FakeEngine engine;
        AddTorrentDialog dialog(&engine, withDefault(work.path()));
        QString error;
        QVERIFY(dialog.openTorrentData(torrent.torrentData, QStringLiteral("album.torrent"), &error));
        dialog.fileModel()->setAllChecked(false);
        QCOMPARE(dialog.fileModel()->selectedSize(), 0);
        QCOMPARE(dialog.fileModel()->priorities(), QList<int>(4, FilePriority::Skip));
        dialog.fileModel()->setAllChecked(true);
        QCOMPARE(dialog.fileModel()->priorities(), QList<int>(4, FilePriority::Normal));
        QCOMPARE(dialog.savePath(), work.filePath(QStringLiteral("music"))); // remembered
    }

    void aFolderThatCannotBeUsedIsSaidAndBlocksOk()
    {
        FakeEngine engine;
        AddTorrentDialog dialog(&engine, withDefault(work.path()));
        QString error;
        QVERIFY(dialog.openTorrentData(torrent.torrentData, QStringLiteral("album.torrent"), &error));
        QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(ok->isEnabled());

        // Below a file: nothing can be created there.
        const QString file = work.filePath(QStringLiteral("a-file"));
        QFile(file).open(QIODevice::WriteOnly);
        dialog.setSavePath(file + QStringLiteral("/music"));
        QVERIFY2(dialog.saveProblem().contains(QStringLiteral("is a file, not a folder")), qPrintable(dialog.saveProblem()));
        QVERIFY(!ok->isEnabled());
        dialog.accept();
        QCOMPARE(engine.added.size(), 0);
        const QList<QLabel *> labels = dialog.findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [&](QLabel *l) { return l->text() == dialog.saveProblem(); }));
        dialog.setSavePath(QStringLiteral("relative/folder"));
        QVERIFY(!dialog.saveProblem().isEmpty());

        // A folder that does not exist yet is fine: it is created.
        dialog.setSavePath(work.filePath(QStringLiteral("new/folder")));
        QVERIFY(dialog.saveProblem().isEmpty());
        QVERIFY(ok->isEnabled());
        dialog.accept();
        QCOMPARE(engine.added.size(), 1);
    }

    // The dialog reads a .torrent as the engine does: a FIFO is refused at
    // once (it used to block in QFile::open waiting for a writer).
    void aFifoIsRefusedAtOnce()
    {
        const QString fifo = work.filePath(QStringLiteral("pipe.torrent"));
        QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
        FakeEngine engine;
        AddTorrentDialog dialog(&engine, withDefault(work.path()));
        QString error;
        QElapsedTimer clock;
        clock.start();
        QVERIFY(!dialog.openTorrentFile(fifo, &error));
        QVERIFY(clock.elapsed() < 2000);
        QVERIFY2(error.contains(QStringLiteral("pipe.torrent")) && error.contains(QStringLiteral("FIFO")), qPrintable(error));
    }

    void badTorrentFileIsRefusedWithAReason()
    {
        FakeEngine engine;
        AddTorrentDialog dialog(&engine, withDefault(work.path()));
        QString error;
        QVERIFY(!dialog.openTorrentData(QByteArray("not a torrent"), QStringLiteral("junk.torrent"), &error));
        QVERIFY(error.contains(QStringLiteral("junk.torrent")));
        QVERIFY(!dialog.openMagnet(QStringLiteral("magnet:?xt=urn:btih:nope"), &error));
        QVERIFY(error.contains(QStringLiteral("invalid info-hash")));
    }

    void magnetWaitsForMetadata()
    {
        FakeEngine engine;
        AddTorrentDialog dialog(&engine, withDefault(work.path()));
        QString error;
        QVERIFY(dialog.openMagnet(torrent.magnet, &error));
        QVERIFY(dialog.waitingForMetadata());
        QCOMPARE(engine.callsNamed(QStringLiteral("fetchMetadata")).size(), 1);
        dialog.accept(); // nothing to add yet
        QCOMPARE(engine.added.size(), 0);

        // Another dialog's answer is not this one's.
        Q_EMIT engine.metadataFetched(QStringLiteral("magnet:?xt=urn:btih:other"), {}, {});
        QVERIFY(dialog.waitingForMetadata());
        // The engine answers with the metadata and a .torrent.
        TorrentMetadata meta;
        meta.name = QStringLiteral("Album");
        meta.pieceCount = 1;
        meta.files = {{0, QStringLiteral("Album/a"), 10, false}, {1, QStringLiteral("Album/b"), 20, false}};
        Q_EMIT engine.metadataFetched(torrent.magnet, meta, torrent.torrentData);
        QVERIFY(!dialog.waitingForMetadata());
        QCOMPARE(dialog.fileModel()->fileCount(), 2);
        dialog.fileModel()->setData(findItem(dialog.fileModel(), QStringLiteral("a")), Qt::Unchecked, Qt::CheckStateRole);
        dialog.accept();
        QCOMPARE(engine.added.size(), 1);
        QCOMPARE(engine.added.constFirst().source, torrent.magnet);
        QCOMPARE(engine.added.constFirst().filePriorities, (QList<int> {FilePriority::Skip, FilePriority::Normal}));
    }

    // The .torrent made from a magnet's metadata has neither the link's
    // trackers nor its x.pe peers: the request must carry them, or a torrent
    // whose only seeder the link named sits at 0%.
    void aMagnetKeepsItsPeersAndTrackers()
    {
        FakeEngine engine;
        AddTorrentDialog dialog(&engine, withDefault(work.path()));
        const QString magnet
            = torrent.magnet + QStringLiteral("&tr=http%3A%2F%2F127.0.0.1%3A6969%2Fannounce&x.pe=127.0.0.1:7001&x.pe=[::1]:7002");
        QString error;
        QVERIFY(dialog.openMagnet(magnet, &error));
        TorrentMetadata meta;
        meta.name = QStringLiteral("Album");
        meta.files = {{0, QStringLiteral("Album/a"), 10, false}};
        Q_EMIT engine.metadataFetched(magnet, meta, torrent.torrentData);
        dialog.accept();
        QCOMPARE(engine.added.size(), 1);
        const AddTorrentRequest request = engine.added.constFirst();
        QCOMPARE(request.kind, AddTorrentRequest::Kind::TorrentData);
        QCOMPARE(request.source, magnet);
        QCOMPARE(request.peers, (QStringList {QStringLiteral("127.0.0.1:7001"), QStringLiteral("[::1]:7002")}));
        QCOMPARE(request.trackers, QStringList {QStringLiteral("http://127.0.0.1:6969/announce")});
    }

    // "Start paused" is the user's choice for one torrent, not for every later one.
    void startPausedDoesNotStick()
    {
        FakeEngine engine;
        {
            AddTorrentDialog dialog(&engine, withDefault(work.path()));
            QString error;
            QVERIFY(dialog.openTorrentFile(torrent.writeTorrentFile(work.filePath(QStringLiteral("sticky.torrent"))), &error));
            dialog.findChild<QCheckBox *>(QStringLiteral("startPaused"))->setChecked(true);
            dialog.accept();
        }
        QVERIFY(engine.added.constFirst().paused);
        AddTorrentDialog next(&engine, withDefault(work.path()));
        QVERIFY(!next.findChild<QCheckBox *>(QStringLiteral("startPaused"))->isChecked());
    }

    void cancellingAMagnetStopsTheFetch()
    {
        FakeEngine engine;
        {
            AddTorrentDialog dialog(&engine, withDefault(work.path()));
            QString error;
            QVERIFY(dialog.openMagnet(torrent.magnet, &error));
            dialog.reject();
        }
        QCOMPARE(engine.callsNamed(QStringLiteral("cancelMetadataFetch")).size(), 1);
        QCOMPARE(engine.added.size(), 0);
    }
};

QTEST_MAIN(TestAddTorrentDialog)
#include "tst_addtorrentdialog.moc"
