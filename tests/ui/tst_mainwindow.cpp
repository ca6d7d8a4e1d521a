#include "addtorrentdialog.h"
#include "dialoghelper.h"
#include "engineconfig.h"
#include "fakeengine.h"
#include "filetreemodel.h"
#include "logwindow.h"
#include "mainwindow.h"
#include "messagelog.h"
#include "metatypes.h"
#include "notificationbanner.h"
#include "settingsdialog.h"
#include "settingsstore.h"
#include "statussidebar.h"
#include "testswarm.h"
#include "torrentlistmodel.h"
#include "transferfilterproxy.h"

#include "rpcconfig.h"
#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFile>
#include <QFileOpenEvent>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QWidgetAction>

#include <sys/stat.h>

using namespace Revaer;
using namespace Revaer::Test;

namespace { } // namespace

// The window against a recording engine: each action sends the right
// command for the selected rows, the sidebar counts what the model holds,
// and every way of adding a torrent reaches the engine.
class TestMainWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir work;
    GeneratedTorrent torrent;
    QString torrentFile;
    std::unique_ptr<SettingsStore> settings;
    std::unique_ptr<FakeEngine> engine;
    std::unique_ptr<MainWindow> window;

    EngineConfig config() const
    {
        EngineConfig c;
        c.defaultSavePath = work.filePath(QStringLiteral("downloads"));
        return c;
    }

    // A fresh profile's settings at `path`, attached to the fake engine.
    void openSettings(const QString &path)
    {
        settings.reset();
        QFile::remove(path);
        settings = std::make_unique<SettingsStore>(path);
        settings->load(config());
        settings->attach(engine.get());
        choose([](SettingsStore::InterfaceChoices &c) {
            c.showAddDialog = false;
            c.confirmRemove = false;
        });
    }

    void choose(const std::function<void(SettingsStore::InterfaceChoices &)> &edit)
    {
        SettingsStore::InterfaceChoices choices = settings->interfaceChoices();
        edit(choices);
        settings->setInterfaceChoices(choices);
    }

    void announceThree()
    {
        engine->announce(idOf(1), QStringLiteral("alpha"), TorrentState::Downloading, 1000, 100);
        engine->announce(idOf(2), QStringLiteral("bravo"), TorrentState::Seeding, 2000, 2000);
        engine->announce(idOf(3), QStringLiteral("charlie"), TorrentState::Paused, 3000, 0, true);
        QCOMPARE(window->model()->rowCount(), 3);
    }

    // Selects the rows of the given torrents in the view (through the proxy).
    void select(const QList<TorrentId> &ids)
    {
        QTreeView *view = window->transferView();
        view->clearSelection();
        for (const TorrentId &id : ids) {
            const QModelIndex source = window->model()->index(window->model()->rowOf(id), 0);
            const QModelIndex proxied = window->proxy()->mapFromSource(source);
            QVERIFY(proxied.isValid());
            view->selectionModel()->select(proxied, QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
    }

    static QList<TorrentId> sorted(QList<TorrentId> ids)
    {
        std::sort(ids.begin(), ids.end());
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        registerEngineMetaTypes();
        torrent = generateTorrent(work.filePath(QStringLiteral("seed")), QStringLiteral("Dropped"),
            {{QStringLiteral("a.bin"), 40'000}, {QStringLiteral("b.bin"), 10'000}}, 7, 16384);
        torrentFile = torrent.writeTorrentFile(work.filePath(QStringLiteral("dropped.torrent")));
    }

    void init()
    {
        engine = std::make_unique<FakeEngine>();
        openSettings(work.filePath(QStringLiteral("revaer.ini")));
        window = std::make_unique<MainWindow>(engine.get(), settings.get());
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    }

    void cleanup()
    {
        window.reset();
        engine.reset();
        settings.reset();
    }

    void everyActionIsInTheToolbarMenusOrContextMenu()
    {
        QList<QAction *> reachable;
        for (QToolBar *bar : window->findChildren<QToolBar *>())
            reachable += bar->actions();
        for (QMenu *menu : window->findChildren<QMenu *>())
            reachable += menu->actions();
        for (const char *name :
            {"resume", "pause", "remove", "removeWithData", "recheck", "reannounce", "addPeers", "openFolder", "copyMagnet",
                "sequential", "torrentLimits", "move", "addTorrent", "addMagnet", "paste", "settings", "altSpeed", "quit"}) {
            QAction *a = window->action(QString::fromLatin1(name));
            QVERIFY2(a, name);
            QVERIFY2(reachable.contains(a), name);
            QVERIFY2(!a->icon().isNull() || QByteArray(name) == "paste" || QByteArray(name) == "addPeers", name);
        }
        // Torrent actions have shortcuts and are off without a selection.
        for (const char *name : {"resume", "pause", "remove", "removeWithData", "recheck", "reannounce", "sequential", "move"}) {
            QVERIFY2(!window->action(QString::fromLatin1(name))->shortcut().isEmpty(), name);
            QVERIFY2(!window->action(QString::fromLatin1(name))->isEnabled(), name);
        }
    }

    void actionsSendTheirCommandForTheSelection()
    {
        announceThree();
        const QList<TorrentId> chosen {idOf(1), idOf(3)};
        select(chosen);
        QCOMPARE(sorted(window->selectedIds()), chosen);
        QVERIFY(window->action(QStringLiteral("pause"))->isEnabled());

        const QList<QPair<QString, QString>> simple {{QStringLiteral("resume"), QStringLiteral("resumeTorrents")},
            {QStringLiteral("pause"), QStringLiteral("pauseTorrents")},
            {QStringLiteral("recheck"), QStringLiteral("recheckTorrents")},
            {QStringLiteral("reannounce"), QStringLiteral("forceReannounce")},
            {QStringLiteral("remove"), QStringLiteral("removeTorrents")}};
        for (const auto &[action, command] : simple) {
            engine->calls.clear();
            window->action(action)->trigger();
            QCOMPARE(engine->calls.size(), 1);
            QCOMPARE(engine->calls.constFirst().name, command);
            QCOMPARE(sorted(engine->calls.constFirst().ids), chosen);
        }
        QCOMPARE(engine->callsNamed(QStringLiteral("removeTorrents")).constFirst().args, QVariantList {false});

        // Add Peers… asks for them, for every selected torrent.
        engine->calls.clear();
        answerNextDialog([](QWidget *modal) {
            auto *input = qobject_cast<QInputDialog *>(modal);
            QVERIFY(input);
            input->setTextValue(QStringLiteral("127.0.0.9:6881\n"));
            input->accept();
        });
        window->action(QStringLiteral("addPeers"))->trigger();
        QCOMPARE(engine->callsNamed(QStringLiteral("addPeers")).size(), 1);
        QCOMPARE(sorted(engine->callsNamed(QStringLiteral("addPeers")).constFirst().ids), chosen);
        QCOMPARE(engine->callsNamed(QStringLiteral("addPeers")).constFirst().args,
            QVariantList {QStringList {QStringLiteral("127.0.0.9:6881")}});

        // Sequential follows the first selected torrent and toggles it.
        select({idOf(3)});
        QVERIFY(window->action(QStringLiteral("sequential"))->isChecked());
        engine->calls.clear();
        window->action(QStringLiteral("sequential"))->trigger();
        QCOMPARE(engine->calls.size(), 1);
        QCOMPARE(engine->calls.constFirst().name, QStringLiteral("setSequential"));
        QCOMPARE(engine->calls.constFirst().args, QVariantList {false});

        // Copy magnet link: the engine writes one link per selected torrent.
        select(chosen);
        engine->calls.clear();
        window->action(QStringLiteral("copyMagnet"))->trigger();
        QCOMPARE(engine->callsNamed(QStringLiteral("requestMagnetLinks")).size(), 1);
        QCOMPARE(engine->calls.constFirst().ids.size(), 2);
        const QStringList links = QApplication::clipboard()->text().split(u'\n');
        QCOMPARE(links.size(), 2);
        for (const QString &link : links)
            QVERIFY2(link.startsWith(QStringLiteral("magnet:?xt=urn:btih:")), qPrintable(link));
        QVERIFY(links.join(u' ').contains(QStringLiteral("dn=alpha")));
    }

    // Resume for what is stopped, Pause for what is not paused, following
    // the states as they change.
    void resumeAndPauseFollowTheState()
    {
        announceThree();
        QAction *resume = window->action(QStringLiteral("resume"));
        QAction *pause = window->action(QStringLiteral("pause"));
        select({idOf(3)}); // paused
        QVERIFY(resume->isEnabled());
        QVERIFY(!pause->isEnabled());
        select({idOf(1)}); // downloading
        QVERIFY(!resume->isEnabled());
        QVERIFY(pause->isEnabled());
        Q_EMIT engine->stateChanged({idOf(1), TorrentState::Error, QStringLiteral("disk full")});
        QTRY_VERIFY(resume->isEnabled()); // an error stops it: Resume tries again
        QVERIFY(pause->isEnabled());
        select({idOf(1), idOf(3)});
        Q_EMIT engine->stateChanged({idOf(1), TorrentState::StalledDownloading, QStringLiteral("no peers")});
        QTRY_VERIFY(pause->isEnabled());
        QVERIFY(resume->isEnabled());
    }

    void aFolderThatCannotBeOpenedIsSaid()
    {
        announceThree(); // their folder, /downloads, does not exist here
        QVERIFY(!QFileInfo::exists(QStringLiteral("/downloads")));
        select({idOf(1)});
        window->action(QStringLiteral("openFolder"))->trigger();
        QVERIFY(window->banner()->isVisible());
        QVERIFY2(window->banner()->currentText().contains(QStringLiteral("Cannot open the folder of “alpha”")),
            qPrintable(window->banner()->currentText()));
    }

    // The banner shows the most serious unread message, not the newest;
    // its list keeps every unread one whole, most serious first.
    void theBannerShowsTheMostSeriousUnread()
    {
        NotificationBanner *banner = window->banner();
        const QString error = QStringLiteral("Cannot write “alpha”: No space left on device (/downloads). ") + QString(300, u'x');
        banner->post(NotificationBanner::Level::Error, error);
        banner->post(NotificationBanner::Level::Info, QStringLiteral("4 torrents added"));
        banner->post(NotificationBanner::Level::Warning, QStringLiteral("The tracker http://t.example/ has not answered"));
        QCOMPARE(banner->currentLevel(), NotificationBanner::Level::Error);
        QCOMPARE(banner->currentText(), error);
        auto *more = banner->findChild<QToolButton *>();
        QVERIFY(more && more->isVisible());
        QCOMPARE(more->text(), QStringLiteral("2 more"));
        QStringList listed;
        for (QAction *a : more->menu()->actions()) {
            if (auto *entry = qobject_cast<QWidgetAction *>(a))
                listed.append(qobject_cast<QLabel *>(entry->defaultWidget())->text());
        }
        QCOMPARE(listed,
            (QStringList {QStringLiteral("The tracker http://t.example/ has not answered"), QStringLiteral("4 torrents added")}));
        // A newer error wins over the older one; dismissing reads them all.
        banner->post(NotificationBanner::Level::Error, QStringLiteral("second error"));
        QCOMPARE(banner->currentText(), QStringLiteral("second error"));
        banner->dismiss();
        QVERIFY(!banner->isVisible());
        banner->post(NotificationBanner::Level::Info, QStringLiteral("later note"));
        QCOMPARE(banner->currentText(), QStringLiteral("later note"));
    }

    // View > Log: every message with time, severity and torrent, filterable
    // and copyable, also in the profile's log file.
    void theLogKeepsEveryMessage()
    {
        cleanup();
        engine = std::make_unique<FakeEngine>();
        QDir().mkpath(work.filePath(QStringLiteral("logged")));
        openSettings(work.filePath(QStringLiteral("logged/revaer.ini")));
        window = std::make_unique<MainWindow>(engine.get(), settings.get());
        window->show();
        announceThree();
        Q_EMIT engine->message(
            {idOf(1), {}, QStringLiteral("Cannot write “alpha”: disk full"), false, EngineMessage::Severity::Error});
        Q_EMIT engine->message(
            {idOf(2), {}, QStringLiteral("The tracker of “bravo” has not answered"), false, EngineMessage::Severity::Warning});
        Q_EMIT engine->message({{}, {}, QStringLiteral("3 torrents restored"), false, EngineMessage::Severity::Notice});
        MessageLog *log = window->messageLog();
        QCOMPARE(log->rowCount(), 6); // the three adds, then the three messages
        QCOMPARE(log->entries().at(0).torrent, QStringLiteral("alpha"));
        QVERIFY(log->entries().at(0).text.startsWith(QStringLiteral("Added")));
        QCOMPARE(log->entries().at(3).torrent, QStringLiteral("alpha"));
        QCOMPARE(log->entries().at(3).level, NotificationBanner::Level::Error);
        QCOMPARE(log->entries().at(5).torrent, QString());

        window->action(QStringLiteral("showLog"))->trigger();
        LogWindow *logWindow = window->logWindow();
        QVERIFY(logWindow && logWindow->isVisible());
        QCOMPARE(logWindow->view()->model()->rowCount(), 6);
        auto *level = logWindow->findChild<QComboBox *>();
        level->setCurrentIndex(2); // errors only
        QCOMPARE(logWindow->view()->model()->rowCount(), 1);
        level->setCurrentIndex(1); // warnings and errors
        QCOMPARE(logWindow->view()->model()->rowCount(), 2);
        level->setCurrentIndex(0);
        logWindow->filter()->setText(QStringLiteral("bravo"));
        QCOMPARE(logWindow->view()->model()->rowCount(), 2); // its add and its warning
        logWindow->filter()->setText({});
        logWindow->copy(true);
        const QStringList lines = QApplication::clipboard()->text().split(u'\n');
        QCOMPARE(lines.size(), 6);
        QVERIFY2(lines.at(3).contains(QStringLiteral("Error")) && lines.at(3).contains(QStringLiteral("[alpha] Cannot write")),
            qPrintable(lines.at(3)));

        const QString file = MainWindow::logFilePath(settings->path());
        QCOMPARE(log->filePath(), file);
        QCOMPARE(readFileBytes(file).count('\n'), 6);
        QVERIFY(readFileBytes(file).contains("[bravo] The tracker"));
        QCOMPARE(QFile::permissions(file) & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions {});
    }

    // Adding a torrent already in the list says so at once, naming the file
    // opened, and offers to merge its trackers; nothing is counted as added.
    void aDuplicateIsSaidAtOnce()
    {
        choose([](SettingsStore::InterfaceChoices &c) { c.showAddDialog = true; });
        const TorrentId id = torrent.id;
        engine->announce(id, QStringLiteral("Dropped"), TorrentState::Seeding, 50'000, 50'000);
        // A .torrent with a tracker: offered to merge it.
        const QString withTracker = work.filePath(QStringLiteral("again.torrent"));
        const QString magnetWithTracker
            = QStringLiteral("magnet:?xt=urn:btih:%1&tr=http%3A%2F%2F127.0.0.1%3A6969%2Fannounce").arg(id.toString());
        answerNextDialog([](QWidget *modal) {
            auto *box = qobject_cast<QMessageBox *>(modal);
            QVERIFY(box);
            QVERIFY2(box->text().contains(QStringLiteral("already in the list as “Dropped”")), qPrintable(box->text()));
            for (QAbstractButton *b : box->buttons()) {
                if (b->text() == QStringLiteral("&Merge Trackers"))
                    b->click();
            }
        });
        window->addSources({magnetWithTracker});
        QVERIFY(!window->findChild<AddTorrentDialog *>());
        QCOMPARE(engine->callsNamed(QStringLiteral("mergeTrackers")).size(), 1);
        QCOMPARE(engine->callsNamed(QStringLiteral("mergeTrackers")).constFirst().args,
            QVariantList {QStringList {QStringLiteral("http://127.0.0.1:6969/announce")}});
        QCOMPARE(engine->callsNamed(QStringLiteral("addTorrent")).size(), 0);

        // Without trackers, or many at once: said in the banner, naming the file.
        QVERIFY(QFile::copy(torrentFile, withTracker));
        window->addSources({withTracker});
        QVERIFY(!window->findChild<AddTorrentDialog *>());
        QVERIFY2(window->banner()->messages().constFirst().contains(
                     QStringLiteral("“again.torrent” is already in the list as “Dropped”")),
            qPrintable(window->banner()->messages().constFirst()));
        window->banner()->dismiss();
        QStringList many {withTracker, withTracker, withTracker, withTracker};
        many.append(QStringLiteral("magnet:?xt=urn:btih:") + idOf(90).toString());
        window->addSources(many);
        QCOMPARE(engine->callsNamed(QStringLiteral("addTorrent")).size(), 1);
        bool countSaid = false;
        for (const QString &m : window->banner()->messages()) {
            QVERIFY2(!m.contains(QStringLiteral("5 torrents added")), qPrintable(m));
            countSaid
                = countSaid || m.contains(QStringLiteral("1 torrents added")) || m.contains(QStringLiteral("1 torrent added"));
        }
        QVERIFY(countSaid);
    }

    // A FIFO opened as a .torrent is refused at once, not waited on.
    void aFifoIsNotATorrent()
    {
        const QString fifo = work.filePath(QStringLiteral("pipe.torrent"));
        QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
        choose([](SettingsStore::InterfaceChoices &c) {
            c.showAddDialog = true;
        }); // the dialog used to read it with QFile, and hang
        QElapsedTimer clock;
        clock.start();
        window->addSources({fifo});
        QVERIFY(clock.elapsed() < 2000);
        QCOMPARE(engine->callsNamed(QStringLiteral("addTorrent")).size(), 0);
        QVERIFY2(window->banner()->currentText().contains(QStringLiteral("pipe.torrent")),
            qPrintable(window->banner()->currentText()));
    }

    // The sidebar filter chosen comes back at the next start, whichever way
    // the window ended, and whatever filters were added since.
    void theSidebarFilterIsRestored()
    {
        announceThree();
        StatusSidebar *sidebar = window->findChild<StatusSidebar *>();
        sidebar->select(StatusFilter::Errored);
        QCOMPARE(window->proxy()->rowCount(), 0);
        window->quit();
        window.reset();
        window = std::make_unique<MainWindow>(engine.get(), settings.get());
        window->show();
        QCOMPARE(window->findChild<StatusSidebar *>()->current(), StatusFilter::Errored);
        announceThree();
        QCOMPARE(window->proxy()->rowCount(), 0); // and the list follows it
        Q_EMIT engine->stateChanged({idOf(2), TorrentState::Error, QStringLiteral("gone")});
        QCOMPARE(window->proxy()->rowCount(), 1);
        // Saved by name: a filter added before it in a later version does not shift it.
        QCOMPARE(settings->windowLayout().statusFilter, QStringLiteral("errored"));
    }

    void theSearchBoxKeepsTheWindowsShortcuts()
    {
        announceThree();
        auto *search = window->findChild<QLineEdit *>();
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        search->setFocus();
        QTest::keyClicks(search, QStringLiteral("alp"));
        QCOMPARE(window->proxy()->rowCount(), 1);
        QTest::keyClick(search, Qt::Key_Escape);
        QCOMPARE(search->text(), QString());
        QCOMPARE(window->proxy()->rowCount(), 3);
        // Ctrl+U opens Add Magnet Link, not the line edit's delete-to-start.
        QTest::keyClicks(search, QStringLiteral("bra"));
        bool asked = false;
        answerNextDialog([&asked](QWidget *modal) {
            asked = true;
            qobject_cast<QDialog *>(modal) ? qobject_cast<QDialog *>(modal)->reject() : void(modal->close());
        });
        QTest::keyClick(search, Qt::Key_U, Qt::ControlModifier);
        QTRY_VERIFY(asked);
        QCOMPARE(search->text(), QStringLiteral("bra"));
    }

    void helpSaysWhatRevaerIsAndWhereItsDocsAre()
    {
        const QString about = window->aboutText();
        for (const QString &part : {QStringLiteral("Revaer 0."), QStringLiteral("Qt 6."), QStringLiteral("libtorrent 2.0."),
                 QStringLiteral("GNU General Public License")})
            QVERIFY2(about.contains(part), qPrintable(part + QStringLiteral(" in ") + about));
        QVERIFY(window->action(QStringLiteral("about")));
        QVERIFY(!MainWindow::documentPath(QStringLiteral("operator-notes.md")).isEmpty()); // from the build folder
        QVERIFY(!MainWindow::documentPath(QStringLiteral("README.md")).isEmpty());
    }

    // Offscreen there is no tray: the settings do not promise closing to
    // it, the window keeps looking for one, and closing quits.
    void withoutATrayNothingPromisesIt()
    {
        QVERIFY(!QSystemTrayIcon::isSystemTrayAvailable());
        QVERIFY(!window->trayIcon());
        QVERIFY(window->isLookingForTray()); // a panel started later is found
        SettingsDialog dialog(settings.get());
        bool found = false;
        for (QCheckBox *box : dialog.findChildren<QCheckBox *>()) {
            if (box->text().contains(QStringLiteral("system tray"))) {
                found = true;
                QVERIFY(!box->isEnabled());
                QVERIFY(box->text().contains(QStringLiteral("no tray")));
            }
        }
        QVERIFY(found);
    }

    // Settings > Remote Control: saved to the Remote section with only a hash
    // of the password, and refused while it would be open to the network
    // without one.
    void theRemoteControlPageSavesAHashAndRefusesAnOpenServer()
    {
        QSignalSpy changed(settings.get(), &SettingsStore::sectionChanged);
        {
            SettingsDialog dialog(settings.get());
            dialog.findChild<QCheckBox *>(QStringLiteral("remoteEnabled"))->setChecked(true);
            dialog.findChild<QLineEdit *>(QStringLiteral("remoteAddress"))->setText(QStringLiteral("0.0.0.0"));
            dialog.findChild<QSpinBox *>(QStringLiteral("remotePort"))->setValue(19191);
            answerNextDialog([](QWidget *modal) {
                QVERIFY(qobject_cast<QMessageBox *>(modal));
                QVERIFY(qobject_cast<QMessageBox *>(modal)->text().contains(QStringLiteral("without a password")));
                qobject_cast<QDialog *>(modal)->accept();
            });
            dialog.accept();
            QCOMPARE(dialog.result(), int(QDialog::Rejected)); // still open
            QCOMPARE(changed.size(), 0);
            dialog.findChild<QLineEdit *>(QStringLiteral("remoteUser"))->setText(QStringLiteral("alice"));
            dialog.findChild<QLineEdit *>(QStringLiteral("remotePassword"))->setText(QStringLiteral("secret"));
            dialog.accept();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().first().toString(), QStringLiteral("Remote"));
        const RpcConfig saved = RpcConfig::fromSection(settings->section(QStringLiteral("Remote")));
        QVERIFY(saved.enabled);
        QCOMPARE(saved.port, 19191);
        QCOMPARE(saved.user, QStringLiteral("alice"));
        QVERIFY(!saved.passwordHash.contains(QStringLiteral("secret")));
        QVERIFY(RpcConfig::verifyPassword(QStringLiteral("secret"), saved.passwordHash));
        QVERIFY(!RpcConfig::verifyPassword(QStringLiteral("Secret"), saved.passwordHash));
        QFile file(settings->path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("secret"));
        // Opened again: the password stays unless a new one is typed.
        SettingsDialog again(settings.get());
        QCOMPARE(again.remoteConfig().passwordHash, saved.passwordHash);
    }

    void theLimitsDialogShowsTheCapsAndItsTitle()
    {
        announceThree();
        QVERIFY(window->transferView()->header()->isSectionHidden(TorrentListModel::Limits)); // no caps of its own: no column
        Q_EMIT engine->torrentLimitsChanged(idOf(1), {512 * 1024, 64 * 1024});
        QVERIFY(!window->transferView()->header()->isSectionHidden(TorrentListModel::Limits));
        select({idOf(1)});
        answerNextDialog([](QWidget *modal) {
            QCOMPARE(modal->objectName(), QStringLiteral("torrentLimitsDialog"));
            const QList<QSpinBox *> boxes = modal->findChildren<QSpinBox *>();
            QCOMPARE(boxes.size(), 2);
            QCOMPARE(boxes.at(0)->value(), 512);
            QCOMPARE(boxes.at(1)->value(), 64);
            QVERIFY(modal->width() > modal->fontMetrics().horizontalAdvance(modal->windowTitle()) + 100);
            qobject_cast<QDialog *>(modal)->reject();
        });
        window->action(QStringLiteral("torrentLimits"))->trigger();
        QCOMPARE(engine->callsNamed(QStringLiteral("setTorrentLimits")).size(), 0);
    }

    void theLogFileIsRotated()
    {
        const QString path = work.filePath(QStringLiteral("rotate/revaer.log"));
        MessageLog log;
        QVERIFY(log.setFile(path, 300));
        for (int i = 0; i < 40; ++i)
            log.append(NotificationBanner::Level::Info, QStringLiteral("message %1 with\nsome length to it").arg(i));
        QVERIFY(QFileInfo(path).size() <= 300);
        for (int n = 1; n <= MessageLog::KeptFiles; ++n)
            QVERIFY2(QFileInfo::exists(path + QStringLiteral(".%1").arg(n)), qPrintable(QString::number(n)));
        QVERIFY(!QFileInfo::exists(path + QStringLiteral(".%1").arg(MessageLog::KeptFiles + 1)));
        QVERIFY(readFileBytes(path).endsWith("message 39 with some length to it\n")); // one line each
        QCOMPARE(log.rowCount(), 40);
    }

    void queueActionsKeepTheSelectionsOrder()
    {
        engine->announce(idOf(1), QStringLiteral("alpha"), TorrentState::Queued);
        engine->announce(idOf(2), QStringLiteral("bravo"), TorrentState::Downloading);
        engine->announce(idOf(3), QStringLiteral("charlie"), TorrentState::Queued);
        engine->announce(idOf(4), QStringLiteral("delta"), TorrentState::Seeding, 1000, 1000);
        Q_EMIT engine->queueChanged({idOf(2), idOf(3), idOf(1)}); // delta is finished: not queued
        select({idOf(1), idOf(3), idOf(4)});
        const QList<std::tuple<const char *, QueueMove, QList<TorrentId>>> cases {
            // Up and to the bottom start with the first in the queue; down and to the top with the last.
            {"queueUp", QueueMove::Up, {idOf(3), idOf(1)}},
            {"queueBottom", QueueMove::Bottom, {idOf(3), idOf(1)}},
            {"queueDown", QueueMove::Down, {idOf(1), idOf(3)}},
            {"queueTop", QueueMove::Top, {idOf(1), idOf(3)}},
        };
        for (const auto &[name, move, ids] : cases) {
            engine->calls.clear();
            window->action(QString::fromLatin1(name))->trigger();
            QCOMPARE(engine->calls.size(), 1);
            QCOMPARE(engine->calls.constFirst().name, QStringLiteral("moveInQueue"));
            QCOMPARE(engine->calls.constFirst().args, QVariantList {int(move)});
            QCOMPARE(engine->calls.constFirst().ids, ids);
        }
        // The "#" column comes first and numbers the queue.
        QCOMPARE(window->transferView()->header()->logicalIndex(0), int(TorrentListModel::Queue));
        QCOMPARE(window->model()->index(window->model()->rowOf(idOf(2)), TorrentListModel::Queue).data().toString(),
            QStringLiteral("1"));
    }

    void keyboardShortcutsReachTheEngine()
    {
        announceThree();
        select({idOf(2)});
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        window->transferView()->setFocus();
        engine->calls.clear();
        QTest::keyClick(window->transferView(), Qt::Key_P, Qt::ControlModifier);
        QCOMPARE(engine->callsNamed(QStringLiteral("pauseTorrents")).size(), 1);
        QCOMPARE(engine->callsNamed(QStringLiteral("pauseTorrents")).constFirst().ids, QList<TorrentId> {idOf(2)});
        Q_EMIT engine->stateChanged({idOf(2), TorrentState::Paused}); // as the engine answers
        QTRY_VERIFY(window->action(QStringLiteral("resume"))->isEnabled());
        QTest::keyClick(window->transferView(), Qt::Key_S, Qt::ControlModifier);
        QCOMPARE(engine->callsNamed(QStringLiteral("resumeTorrents")).size(), 1);
        QTest::keyClick(window->transferView(), Qt::Key_Delete);
        QCOMPARE(engine->callsNamed(QStringLiteral("removeTorrents")).size(), 1);
    }

    void removeWithDataAsksFirst()
    {
        announceThree();
        select({idOf(2)});
        // Cancelled: nothing happens.
        answerNextDialog([](QWidget *modal) {
            auto *box = qobject_cast<QMessageBox *>(modal);
            QVERIFY(box);
            QVERIFY(box->text().contains(QStringLiteral("bravo")));
            box->button(QMessageBox::Cancel)->click();
        });
        window->action(QStringLiteral("removeWithData"))->trigger();
        QCOMPARE(engine->callsNamed(QStringLiteral("removeTorrents")).size(), 0);
        // Confirmed: the files go too.
        answerNextMessageBox(QMessageBox::DestructiveRole);
        window->action(QStringLiteral("removeWithData"))->trigger();
        const auto removes = engine->callsNamed(QStringLiteral("removeTorrents"));
        QCOMPARE(removes.size(), 1);
        QCOMPARE(removes.constFirst().ids, QList<TorrentId> {idOf(2)});
        QCOMPARE(removes.constFirst().args, QVariantList {true});
    }

    void perTorrentLimitsAndMove()
    {
        announceThree();
        select({idOf(1), idOf(2)});
        answerNextDialog([](QWidget *modal) {
            const QList<QSpinBox *> boxes = modal->findChildren<QSpinBox *>();
            QCOMPARE(boxes.size(), 2);
            boxes.at(0)->setValue(512);
            boxes.at(1)->setValue(64);
            qobject_cast<QDialog *>(modal)->accept();
        });
        window->action(QStringLiteral("torrentLimits"))->trigger();
        const auto limits = engine->callsNamed(QStringLiteral("setTorrentLimits"));
        QCOMPARE(limits.size(), 1);
        QCOMPARE(sorted(limits.constFirst().ids), (QList<TorrentId> {idOf(1), idOf(2)}));
        QCOMPARE(limits.constFirst().args, (QVariantList {512 * 1024, 64 * 1024}));

        const QString target = work.filePath(QStringLiteral("elsewhere"));
        QVERIFY(QDir().mkpath(target));
        QString offered;
        window->setDirectoryChooser([&](QWidget *, const QString &, const QString &start) {
            offered = start;
            return target;
        });
        window->action(QStringLiteral("move"))->trigger();
        const auto moves = engine->callsNamed(QStringLiteral("moveStorage"));
        QCOMPARE(moves.size(), 1);
        QCOMPARE(moves.constFirst().args, QVariantList {target});
        QCOMPARE(offered, QStringLiteral("/downloads")); // starts where the first one is
    }

    void sidebarCountsMatchTheModel()
    {
        engine->announce(idOf(1), QStringLiteral("d1"), TorrentState::Downloading, 1000, 100);
        engine->announce(idOf(2), QStringLiteral("d2"), TorrentState::Downloading, 1000, 0);
        engine->announce(idOf(3), QStringLiteral("s1"), TorrentState::Seeding, 1000, 1000);
        engine->announce(idOf(4), QStringLiteral("p1"), TorrentState::Paused, 1000, 500);
        engine->announce(idOf(5), QStringLiteral("p2"), TorrentState::Paused, 1000, 1000);
        engine->announce(idOf(6), QStringLiteral("e1"), TorrentState::Error, 1000, 10);
        TorrentProgress active;
        active.id = idOf(1);
        active.totalBytes = 1000;
        active.doneBytes = 200;
        active.progress = 0.2f;
        active.downloadRate = 50'000;
        Q_EMIT engine->progressUpdated({active});

        StatusSidebar *sidebar = window->sidebar();
        QTRY_COMPARE(sidebar->countShown(StatusFilter::All), 6);
        for (StatusFilter filter : allStatusFilters()) {
            window->proxy()->setStatusFilter(filter);
            QCOMPARE(sidebar->countShown(filter), window->proxy()->rowCount());
            QCOMPARE(window->model()->counts().value(filter), window->proxy()->rowCount());
        }
        QCOMPARE(sidebar->countShown(StatusFilter::Downloading), 2);
        QCOMPARE(sidebar->countShown(StatusFilter::Paused), 2);
        QCOMPARE(sidebar->countShown(StatusFilter::Errored), 1);
        QCOMPARE(sidebar->countShown(StatusFilter::Active), 1);

        // Picking a filter in the sidebar filters the list; the counts follow
        // the engine.
        sidebar->select(StatusFilter::Paused);
        QCOMPARE(window->proxy()->rowCount(), 2);
        Q_EMIT engine->stateChanged({idOf(4), TorrentState::Downloading});
        QTRY_COMPARE(sidebar->countShown(StatusFilter::Paused), 1);
        QCOMPARE(window->proxy()->rowCount(), 1);
    }

    void droppingATorrentFileAddsIt()
    {
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(torrentFile)});
        const QPoint centre = window->rect().center();
        QDragEnterEvent enter(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(window.get(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(centre), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(window.get(), &drop);
        QCOMPARE(engine->added.size(), 1);
        // Read once, as the engine would, and sent as data naming the file.
        QCOMPARE(engine->added.constFirst().kind, AddTorrentRequest::Kind::TorrentData);
        QCOMPARE(engine->added.constFirst().data, torrent.torrentData);
        QCOMPARE(engine->added.constFirst().source, torrentFile);
        QCOMPARE(engine->added.constFirst().savePath, config().defaultSavePath);

        // Anything else is not accepted.
        QMimeData other;
        other.setUrls({QUrl::fromLocalFile(work.filePath(QStringLiteral("notes.txt")))});
        QDragEnterEvent refused(centre, Qt::CopyAction, &other, Qt::LeftButton, Qt::NoModifier);
        refused.setAccepted(false);
        QApplication::sendEvent(window.get(), &refused);
        QVERIFY(!refused.isAccepted());
    }

    void droppingWithTheAddDialogOpensIt()
    {
        choose([](SettingsStore::InterfaceChoices &c) { c.showAddDialog = true; });
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(torrentFile)});
        QDragEnterEvent enter(window->rect().center(), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(window.get(), &enter);
        QDropEvent drop(QPointF(window->rect().center()), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(window.get(), &drop);
        QCOMPARE(engine->added.size(), 0);
        auto *dialog = window->findChild<AddTorrentDialog *>();
        QVERIFY2(dialog, qPrintable(window->banner()->currentText()));
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->fileModel()->fileCount(), 2);
        dialog->accept();
        QCOMPARE(engine->added.size(), 1);
        QCOMPARE(engine->added.constFirst().filePriorities, (QList<int> {FilePriority::Normal, FilePriority::Normal}));
    }

    void droppingManyAddsThemWithoutADialogEach()
    {
        choose([](SettingsStore::InterfaceChoices &c) { c.showAddDialog = true; });
        QList<QUrl> urls;
        for (int i = 0; i < MainWindow::MaxAddDialogsAtOnce + 2; ++i)
            urls.append(QUrl::fromLocalFile(torrent.writeTorrentFile(work.filePath(QStringLiteral("many-%1.torrent").arg(i)))));
        QMimeData mime;
        mime.setUrls(urls);
        QDragEnterEvent enter(window->rect().center(), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(window.get(), &enter);
        QDropEvent drop(QPointF(window->rect().center()), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(window.get(), &drop);
        QCOMPARE(engine->added.size(), urls.size());
        QVERIFY(!window->findChild<AddTorrentDialog *>());
        for (const AddTorrentRequest &request : std::as_const(engine->added))
            QCOMPARE(request.savePath, config().defaultSavePath);
        QVERIFY2(window->banner()->currentText().contains(QStringLiteral("%1 torrents added").arg(urls.size())),
            qPrintable(window->banner()->currentText()));
    }

    void droppingAndPastingMagnetText()
    {
        QMimeData mime;
        mime.setText(torrent.magnet + u'\n');
        QDragEnterEvent enter(window->rect().center(), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(window.get(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(window->rect().center()), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(window.get(), &drop);
        QCOMPARE(engine->added.size(), 1);
        QCOMPARE(engine->added.constFirst().kind, AddTorrentRequest::Kind::Magnet);
        QCOMPARE(engine->added.constFirst().source, torrent.magnet);

        QApplication::clipboard()->setText(torrent.magnet);
        window->action(QStringLiteral("paste"))->trigger();
        QCOMPARE(engine->added.size(), 2);
        QCOMPARE(engine->added.last().source, torrent.magnet);
    }

    void fileOpenEventsAddTorrents()
    {
        // What macOS sends for a double-clicked .torrent and a clicked magnet link.
        QFileOpenEvent file(QUrl::fromLocalFile(torrentFile));
        QCoreApplication::sendEvent(qApp, &file);
        QFileOpenEvent link(QUrl(torrent.magnet));
        QCoreApplication::sendEvent(qApp, &link);
        QCOMPARE(engine->added.size(), 2);
        QCOMPARE(engine->added.at(0).source, torrentFile);
        QCOMPARE(engine->added.at(1).kind, AddTorrentRequest::Kind::Magnet);
    }

    void addMagnetDialog()
    {
        QApplication::clipboard()->clear();
        answerNextDialog([this](QWidget *modal) {
            auto *text = modal->findChild<QPlainTextEdit *>();
            QVERIFY(text);
            text->setPlainText(torrent.magnet + QStringLiteral("\n\n"));
            qobject_cast<QDialog *>(modal)->accept();
        });
        window->action(QStringLiteral("addMagnet"))->trigger();
        QCOMPARE(engine->added.size(), 1);
        QCOMPARE(engine->added.constFirst().source, torrent.magnet);
    }

    void badSourceGoesToTheBannerNotADialog()
    {
        choose([](SettingsStore::InterfaceChoices &c) { c.showAddDialog = true; });
        const QString junk = work.filePath(QStringLiteral("junk.torrent"));
        QFile file(junk);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("this is not bencode");
        file.close();
        window->addSource(junk);
        QCOMPARE(engine->added.size(), 0);
        QVERIFY(!window->findChild<AddTorrentDialog *>());
        QVERIFY(window->banner()->isVisible());
        QVERIFY2(window->banner()->currentText().contains(QStringLiteral("junk.torrent")),
            qPrintable(window->banner()->currentText()));
    }

    void engineEventsReachTheStatusBarAndBanner()
    {
        announceThree();
        EngineMessage error;
        error.id = idOf(1);
        error.message = QStringLiteral("alpha: cannot write to /downloads: Permission denied");
        Q_EMIT engine->message(error);
        QVERIFY(window->banner()->currentText().contains(QStringLiteral("alpha")));

        HealthEvent degraded;
        degraded.state = HealthState::Degraded;
        degraded.reason = QStringLiteral("cannot listen on port 6881: address in use");
        Q_EMIT engine->healthChanged(degraded);
        QVERIFY(window->healthText().contains(QStringLiteral("port 6881")));
        // Unread, behind the error, which is more serious.
        QVERIFY(window->banner()->currentText().contains(QStringLiteral("alpha")));
        QVERIFY(window->banner()->messages().constFirst().contains(QStringLiteral("port 6881")));

        LimitsEvent limits;
        limits.limits = {1024 * 1024, 0};
        Q_EMIT engine->limitsChanged(limits);
        QVERIFY2(window->capsText().contains(QStringLiteral("1.00 MiB/s")), qPrintable(window->capsText()));
    }

    void settingsReachTheEngineAtOnce()
    {
        const QString elsewhere = work.filePath(QStringLiteral("elsewhere"));
        answerNextDialog([&](QWidget *modal) {
            QVERIFY(qobject_cast<SettingsDialog *>(modal));
            modal->findChild<QSpinBox *>(QStringLiteral("downloadLimit"))->setValue(2048);
            modal->findChild<QSpinBox *>(QStringLiteral("uploadLimit"))->setValue(256);
            modal->findChild<QSpinBox *>(QStringLiteral("listenPort"))->setValue(51413);
            modal->findChild<QCheckBox *>(QStringLiteral("dht"))->setChecked(false);
            modal->findChild<QLineEdit *>(QStringLiteral("savePath"))->setText(elsewhere);
            qobject_cast<QDialog *>(modal)->accept();
        });
        window->action(QStringLiteral("settings"))->trigger();
        const auto applied = engine->callsNamed(QStringLiteral("applySettings"));
        QCOMPARE(applied.size(), 1);
        QCOMPARE(applied.constFirst().args.at(0).toLongLong(), 2048 * 1024);
        QCOMPARE(applied.constFirst().args.at(1).toLongLong(), 256 * 1024);
        QCOMPARE(applied.constFirst().args.at(2).toBool(), false);
        QVERIFY2(applied.constFirst().args.at(3).toString().contains(QStringLiteral(":51413")),
            qPrintable(applied.constFirst().args.at(3).toString()));
        QCOMPARE(engine->callsNamed(QStringLiteral("setDefaultSavePath")).constFirst().args, QVariantList {elsewhere});
        // Stored for the next start.
        QCOMPARE(QSettings(settings->path(), QSettings::IniFormat).value(QStringLiteral("Speed/downloadLimitKiB")).toInt(), 2048);

        // The caps menu in the status bar changes the caps too.
        engine->calls.clear();
        QAction *cap = nullptr;
        for (QMenu *menu : window->findChildren<QMenu *>()) {
            for (QAction *a : menu->actions()) {
                if (a->text().contains(QStringLiteral("Cap downloads at 1.00 MiB/s")))
                    cap = a;
            }
        }
        QVERIFY(cap);
        cap->trigger();
        const auto caps = engine->callsNamed(QStringLiteral("setGlobalLimits"));
        QCOMPARE(caps.size(), 1);
        QCOMPARE(caps.constFirst().args.at(0).toLongLong(), 1024 * 1024);
    }

    void hiddenWindowSuspendsViewWork()
    {
        QVERIFY(!window->model()->updatesSuspended());
        window->hide();
        QVERIFY(window->model()->updatesSuspended());
        window->show();
        QVERIFY(!window->model()->updatesSuspended());
    }

    // A magnet's dn can be a megabyte. Nothing may grow past the screen
    // (the add dialog was 32767 px wide, the window too, and that size was
    // saved), and nothing may take long to lay out.
    void longNamesNeverWidenAnything()
    {
        QElapsedTimer clock;
        clock.start();
        const QRect screen = window->screen()->availableGeometry();
        const QString huge(1'000'000, u'x');
        const QString magnet = QStringLiteral("magnet:?xt=urn:btih:") + idOf(78).toString() + QStringLiteral("&dn=") + huge;

        engine->announce(idOf(77), huge, TorrentState::Downloading);
        window->banner()->post(NotificationBanner::Level::Error, QStringLiteral("Cannot add “%1”: broken.").arg(magnet));
        select({idOf(77)});
        QApplication::processEvents();
        // The window's own size: the frame is the window manager's.
        QVERIFY2(window->width() <= screen.width(), qPrintable(QString::number(window->width())));
        QVERIFY(window->minimumSizeHint().width() <= screen.width());

        choose([](SettingsStore::InterfaceChoices &c) { c.showAddDialog = true; });
        window->addSources({magnet});
        QApplication::processEvents();
        AddTorrentDialog *dialog = window->findChild<AddTorrentDialog *>();
        QVERIFY(dialog);
        QVERIFY2(dialog->width() <= screen.width(), qPrintable(QString::number(dialog->width())));
        QVERIFY(dialog->minimumSizeHint().width() <= screen.width());
        dialog->close();
        QVERIFY2(clock.elapsed() < 10000, qPrintable(QString::number(clock.elapsed())));
    }

    // A window larger than the screen (however it got so) is not saved so.
    void aGeometryLargerThanTheScreenIsNotKept()
    {
        const QRect screen = window->screen()->availableGeometry();
        window->resize(screen.width() * 4, screen.height() * 4);
        window.reset();
        window = std::make_unique<MainWindow>(engine.get(), settings.get());
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QVERIFY2(window->width() <= screen.width() && window->height() <= screen.height(),
            qPrintable(QStringLiteral("%1x%2").arg(window->width()).arg(window->height())));
    }

    void columnLayoutIsRemembered()
    {
        QHeaderView *header = window->transferView()->header();
        header->setSectionHidden(TorrentListModel::Ratio, true);
        header->moveSection(header->visualIndex(TorrentListModel::Eta), 1);
        window.reset();
        window = std::make_unique<MainWindow>(engine.get(), settings.get());
        header = window->transferView()->header();
        QVERIFY(header->isSectionHidden(TorrentListModel::Ratio));
        QCOMPARE(header->visualIndex(TorrentListModel::Eta), 1);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
