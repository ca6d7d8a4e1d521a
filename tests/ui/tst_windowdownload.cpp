#include "addtorrentdialog.h"
#include "detailspanel.h"
#include "dialoghelper.h"
#include "filetreemodel.h"
#include "libtorrentengine.h"
#include "mainwindow.h"
#include "metatypes.h"
#include "settingsdialog.h"
#include "settingsstore.h"
#include "statussidebar.h"
#include "testswarm.h"
#include "torrentlistmodel.h"
#include "transferfilterproxy.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

using namespace Revaer;
using namespace Revaer::Test;

// The whole road with real libtorrent on 127.0.0.1: a magnet link pasted
// into the window, its files chosen in the add dialog once the metadata
// arrives, the download shown in the list, and the details panel reading
// files and peers from the live session.
class TestWindowDownload : public QObject
{
    Q_OBJECT

    QTemporaryDir work;
    GeneratedTorrent album;
    std::unique_ptr<Seeder> seeder;

private Q_SLOTS:
    void initTestCase()
    {
        registerEngineMetaTypes();
        album = generateTorrent(work.filePath(QStringLiteral("seed")), QStringLiteral("Album"),
            {{QStringLiteral("01 Intro.flac"), 3 * 1024 * 1024}, {QStringLiteral("02 Song.flac"), 2 * 1024 * 1024},
                {QStringLiteral("cover.jpg"), 300 * 1024}},
            11);
        seeder = std::make_unique<Seeder>(work.filePath(QStringLiteral("seeder")));
        QVERIFY(seeder->seed(album));
    }

    void magnetToFinishedTorrentThroughTheWindow()
    {
        const QString downloads = work.filePath(QStringLiteral("downloads"));
        SettingsStore settings(work.filePath(QStringLiteral("revaer.ini")));
        EngineConfig config = loopbackConfig(downloads);
        config.resumeDir = work.filePath(QStringLiteral("resume"));
        // Capped, so the download lasts long enough to see its peer: two
        // finished peers (one a seed) have nothing to say and disconnect.
        config.session.limits.downloadLimit = 1024 * 1024;
        settings.load(config);
        LibtorrentEngine engine(settings.engineConfig());
        settings.attach(&engine);
        MainWindow window(&engine, &settings);
        engine.start();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // The magnet carries the seeder's address, as a link on a page would
        // carry a tracker.
        window.addSource(album.magnet + QStringLiteral("&x.pe=") + seeder->peer());
        AddTorrentDialog *dialog = window.findChild<AddTorrentDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->waitingForMetadata());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->waitingForMetadata(), 20000);
        QCOMPARE(dialog->fileModel()->fileCount(), 3);
        const QModelIndex song = findItem(dialog->fileModel(), QStringLiteral("02 Song.flac"));
        QVERIFY(song.isValid());
        QVERIFY(dialog->fileModel()->setData(song, Qt::Unchecked, Qt::CheckStateRole));
        dialog->accept();

        // The list shows it, and it finishes with the chosen files only.
        TorrentListModel *model = window.model();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, 10000);
        const TorrentId id = album.id;
        QCOMPARE(model->rowOf(id), 0);

        // Select it: the details come from the live session, off the GUI
        // thread; while it downloads, the seeder is among its peers.
        window.transferView()->selectionModel()->select(
            window.proxy()->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        DetailsPanel *details = window.details();
        QCOMPARE(details->torrent(), id);
        QTRY_COMPARE_WITH_TIMEOUT(details->fileModel()->fileCount(), 3, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(details->peerList()->topLevelItemCount() >= 1, 5000);
        // The seeder, by its address (the port is its outgoing one when it
        // connected to us first).
        QVERIFY2(details->peerList()->topLevelItem(0)->text(0).startsWith(QStringLiteral("127.0.0.1:")),
            qPrintable(details->peerList()->topLevelItem(0)->text(0)));
        QVERIFY(model->find(id)->progress.progress < 1.0f);
        QTRY_VERIFY_WITH_TIMEOUT(model->find(id)->progress.progress >= 1.0f, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(model->find(id)->state, TorrentState::Seeding, 10000);
        QCOMPARE(model->find(id)->progress.totalBytes, qint64(3 * 1024 * 1024 + 300 * 1024));
        QCOMPARE(model->find(id)->savePath, downloads);
        const auto same = [&](const QString &file) {
            return sameContent(
                album.contentRoot + QStringLiteral("/Album/") + file, downloads + QStringLiteral("/Album/") + file);
        };
        QVERIFY(same(QStringLiteral("01 Intro.flac")));
        QVERIFY(same(QStringLiteral("cover.jpg")));
        QVERIFY(!QFile::exists(downloads + QStringLiteral("/Album/02 Song.flac"))
            || QFileInfo(downloads + QStringLiteral("/Album/02 Song.flac")).size() < 2 * 1024 * 1024);
        QTRY_COMPARE_WITH_TIMEOUT(window.sidebar()->countShown(StatusFilter::Completed), 1, 2000);

        const auto priorityOf = [&](const QString &file) {
            return findItem(details->fileModel(), file)
                .siblingAtColumn(FileTreeModel::Priority)
                .data(FileTreeModel::PriorityRole)
                .toInt();
        };
        QCOMPARE(priorityOf(QStringLiteral("02 Song.flac")), FilePriority::Skip);
        QCOMPARE(priorityOf(QStringLiteral("01 Intro.flac")), FilePriority::Normal);
        QCOMPARE(priorityOf(QStringLiteral("cover.jpg")), FilePriority::Normal);

        // Choosing the skipped file afterwards downloads it too.
        QVERIFY(details->fileModel()->setData(
            findItem(details->fileModel(), QStringLiteral("02 Song.flac")), Qt::Checked, Qt::CheckStateRole));
        QTRY_VERIFY_WITH_TIMEOUT(same(QStringLiteral("02 Song.flac")), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(model->find(id)->progress.totalBytes, qint64(5 * 1024 * 1024 + 300 * 1024), 10000);
        engine.stop();
    }
};

QTEST_MAIN(TestWindowDownload)
#include "tst_windowdownload.moc"
