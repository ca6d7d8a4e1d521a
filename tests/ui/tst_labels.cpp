// Categories and tags in the window, against the recording engine: the
// sidebar counts (a category with those inside it), filters combined with
// the status and the search box, columns that sort, menus and drops that file
// torrents, the question whether data follows a category's folder, and the
// add dialog's category and tags.
#include "addtorrentdialog.h"
#include "dialoghelper.h"
#include "fakeengine.h"
#include "labelorganizer.h"
#include "mainwindow.h"
#include "metatypes.h"
#include "settingsdialog.h"
#include "settingsstore.h"
#include "statussidebar.h"
#include "testswarm.h"
#include "torrentlistmodel.h"
#include "transferfilterproxy.h"
#include "transferlistview.h"
#include "watchedfolderseditor.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidgetItemIterator>

using namespace Revaer;
using namespace Revaer::Test;

class TestLabels : public QObject
{
    Q_OBJECT

    QTemporaryDir work;
    std::unique_ptr<FakeEngine> engine;
    std::unique_ptr<SettingsStore> settings;
    std::unique_ptr<MainWindow> window;

    LabelFilter named(const QString &name) const { return {LabelFilter::Kind::Named, name}; }
    static LabelFilter none() { return {LabelFilter::Kind::None, {}}; }

    // alpha: Movies/4K, hd; bravo: Movies; charlie: hd, old; delta: nothing.
    void announceFour()
    {
        engine->announce(idOf(1), QStringLiteral("alpha"), TorrentState::Downloading, 1000, 100);
        engine->announce(idOf(2), QStringLiteral("bravo"), TorrentState::Seeding, 2000, 2000);
        engine->announce(idOf(3), QStringLiteral("charlie"), TorrentState::Paused, 3000, 0);
        engine->announce(idOf(4), QStringLiteral("delta"), TorrentState::Downloading, 4000, 0);
        engine->setCategory({idOf(1)}, QStringLiteral("Movies/4K"));
        engine->setCategory({idOf(2)}, QStringLiteral("Movies"));
        engine->setTags({idOf(1), idOf(3)}, {QStringLiteral("hd")}, TagChange::Add);
        engine->setTags({idOf(3)}, {QStringLiteral("old")}, TagChange::Add);
    }

    void select(const QList<TorrentId> &ids)
    {
        QTreeView *view = window->transferView();
        view->clearSelection();
        for (const TorrentId &id : ids) {
            const QModelIndex proxied = window->proxy()->mapFromSource(window->model()->index(window->model()->rowOf(id), 0));
            view->selectionModel()->select(proxied, QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
    }

    QStringList shownNames() const
    {
        QStringList names;
        for (int row = 0; row < window->proxy()->rowCount(); ++row)
            names.append(window->proxy()->index(row, TorrentListModel::Name).data().toString());
        std::sort(names.begin(), names.end());
        return names;
    }

    // Opens the menu as the window would and returns its entries' texts and actions.
    static QList<QAction *> openMenu(QMenu *menu)
    {
        Q_EMIT menu->aboutToShow();
        QList<QAction *> entries;
        for (QAction *action : menu->actions()) {
            if (!action->isSeparator())
                entries.append(action);
        }
        return entries;
    }
    static QAction *entry(QMenu *menu, const QString &text)
    {
        for (QAction *action : openMenu(menu)) {
            if (action->text().remove(QLatin1Char('&')) == text)
                return action;
        }
        return nullptr;
    }

    // As the user does: through the OK button, so the dialog's checks run.
    static void pressOk(QWidget *dialog) { dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click(); }

    static QLineEdit *field(QWidget *dialog, const char *name)
    {
        return dialog->findChild<QLineEdit *>(QString::fromLatin1(name));
    }

    // Right-clicks the sidebar entry `name` (a category's full name, a tag)
    // and chooses `entryText` from its menu.
    void chooseInSidebarMenu(LabelSidebar *sidebar, const QString &name, const QString &entryText, QStringList *seen = nullptr)
    {
        QTreeWidgetItemIterator it(sidebar);
        QTreeWidgetItem *item = nullptr;
        for (; *it; ++it) {
            if ((*it)->toolTip(0) == name)
                item = *it;
        }
        QVERIFY2(item, qPrintable(name));
        chooseFromNextMenu(entryText, seen);
        Q_EMIT sidebar->customContextMenuRequested(sidebar->visualItemRect(item).center());
    }

private Q_SLOTS:
    void initTestCase() { registerEngineMetaTypes(); }

    void init()
    {
        engine = std::make_unique<FakeEngine>();
        const QString path = work.filePath(QStringLiteral("revaer.ini"));
        QFile::remove(path);
        settings = std::make_unique<SettingsStore>(path);
        EngineConfig config;
        config.defaultSavePath = work.filePath(QStringLiteral("downloads"));
        settings->load(config);
        settings->attach(engine.get());
        window = std::make_unique<MainWindow>(engine.get(), settings.get());
    }

    void cleanup()
    {
        window.reset();
        settings.reset();
        engine.reset();
    }

    // With no tag and no category anywhere, both lists still offer All and
    // Untagged/Uncategorized (the tag list used to stay empty).
    void emptyListsStillOfferAllAndNone()
    {
        for (LabelSidebar *sidebar : {window->labels()->categories(), window->labels()->tags()}) {
            QCOMPARE(sidebar->topLevelItemCount(), 2);
            QCOMPARE(sidebar->topLevelItem(0)->text(0), QStringLiteral("All (0)"));
            QVERIFY(sidebar->topLevelItem(1)->text(0).startsWith(QStringLiteral("Un")));
        }
    }

    void theSidebarCountsAndItsFiltersCombine()
    {
        announceFour();
        settings->setCategories({{QStringLiteral("Books"), work.filePath(QStringLiteral("books")), {}}});
        LabelSidebar *categories = window->labels()->categories();
        LabelSidebar *tags = window->labels()->tags();
        QTRY_COMPARE(categories->countShown(named(QStringLiteral("Movies"))), 2); // with Movies/4K
        QCOMPARE(categories->countShown(named(QStringLiteral("Movies/4K"))), 1);
        QCOMPARE(categories->countShown(none()), 2);
        QCOMPARE(categories->countShown({}), 4);
        // A defined category without torrents is listed; parents of used ones too.
        QCOMPARE(
            categories->names(), (QStringList {QStringLiteral("Books"), QStringLiteral("Movies"), QStringLiteral("Movies/4K")}));
        QCOMPARE(categories->countShown(named(QStringLiteral("Books"))), 0);
        QCOMPARE(tags->countShown(named(QStringLiteral("hd"))), 2);
        QCOMPARE(tags->countShown(none()), 2);
        QCOMPARE(tags->countShown({}), 4);

        categories->select(named(QStringLiteral("Movies")));
        QCOMPARE(shownNames(), (QStringList {QStringLiteral("alpha"), QStringLiteral("bravo")}));
        tags->select(named(QStringLiteral("hd")));
        QCOMPARE(shownNames(), QStringList {QStringLiteral("alpha")});
        categories->select(none());
        QCOMPARE(shownNames(), QStringList {QStringLiteral("charlie")});
        tags->select(none());
        QCOMPARE(shownNames(), QStringList {QStringLiteral("delta")});
        window->sidebar()->select(StatusFilter::Seeding);
        QCOMPARE(shownNames(), QStringList());
        window->sidebar()->select(StatusFilter::All);
        tags->select({});
        categories->select({});
        window->findChild<QLineEdit *>()->setText(QStringLiteral("ha")); // the search box
        QCOMPARE(shownNames(), (QStringList {QStringLiteral("alpha"), QStringLiteral("charlie")}));

        // Live: a change moves the counts and keeps the selection.
        categories->select(named(QStringLiteral("Movies/4K")));
        engine->setCategory({idOf(3)}, QStringLiteral("Movies/4K"));
        QTRY_COMPARE(categories->countShown(named(QStringLiteral("Movies/4K"))), 2);
        QCOMPARE(categories->current(), named(QStringLiteral("Movies/4K")));
        QCOMPARE(shownNames(), (QStringList {QStringLiteral("alpha"), QStringLiteral("charlie")}));
        // The last torrent leaves a category nobody defined: it goes, and the list shows all again.
        engine->setCategory({idOf(1), idOf(3)}, QString());
        QTRY_VERIFY(!categories->names().contains(QStringLiteral("Movies/4K")));
        QCOMPARE(window->proxy()->rowCount(), 2); // the search box still says "ha"
    }

    void columnsShowAndSortTheLabels()
    {
        announceFour();
        TorrentListModel *model = window->model();
        const QModelIndex alpha = model->index(model->rowOf(idOf(1)), TorrentListModel::Category);
        QCOMPARE(alpha.data().toString(), QStringLiteral("Movies/4K"));
        QCOMPARE(model->index(model->rowOf(idOf(3)), TorrentListModel::Tags).data().toString(), QStringLiteral("hd, old"));
        QCOMPARE(model->headerData(TorrentListModel::Category, Qt::Horizontal).toString(), QStringLiteral("Category"));
        QVERIFY(!window->transferView()->header()->isSectionHidden(TorrentListModel::Category));
        window->proxy()->sort(TorrentListModel::Category, Qt::AscendingOrder);
        QCOMPARE(window->proxy()->index(3, TorrentListModel::Name).data().toString(),
            QStringLiteral("alpha")); // "", "", Movies, Movies/4K
        window->proxy()->sort(TorrentListModel::Tags, Qt::DescendingOrder);
        QCOMPARE(window->proxy()->index(0, TorrentListModel::Name).data().toString(), QStringLiteral("charlie")); // "hd,old" last
    }

    void torrentsDroppedOnTheSidebarAreFiled()
    {
        announceFour();
        TorrentListModel *model = window->model();
        std::unique_ptr<QMimeData> dragged(
            model->mimeData({model->index(model->rowOf(idOf(3)), 0), model->index(model->rowOf(idOf(4)), 2)}));
        LabelSidebar *tags = window->labels()->tags();
        QTRY_VERIFY(tags->names().contains(QStringLiteral("old")));
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        auto dropOn = [&](LabelSidebar *sidebar, const LabelFilter &filter) {
            sidebar->select(filter);
            const QPoint at = sidebar->visualItemRect(sidebar->currentItem()).center();
            // As a drag does: it enters, moves over the entry, then drops.
            QDragEnterEvent enter(at, Qt::CopyAction, dragged.get(), Qt::LeftButton, Qt::NoModifier);
            QCoreApplication::sendEvent(sidebar->viewport(), &enter);
            QDragMoveEvent move(at, Qt::CopyAction, dragged.get(), Qt::LeftButton, Qt::NoModifier);
            QCoreApplication::sendEvent(sidebar->viewport(), &move);
            if (!move.isAccepted())
                return false;
            QDropEvent drop(at, Qt::CopyAction, dragged.get(), Qt::LeftButton, Qt::NoModifier);
            QCoreApplication::sendEvent(sidebar->viewport(), &drop);
            return drop.isAccepted();
        };
        QVERIFY(dropOn(tags, named(QStringLiteral("old"))));
        QCOMPARE(engine->callsNamed(QStringLiteral("setTags")).last().ids, (QList<TorrentId> {idOf(3), idOf(4)}));
        QCOMPARE(engine->labels.value(idOf(4)).tags, QStringList {QStringLiteral("old")});
        QVERIFY(!dropOn(tags, {})); // "All" is no tag
        LabelSidebar *categories = window->labels()->categories();
        QVERIFY(dropOn(categories, named(QStringLiteral("Movies"))));
        QCOMPARE(engine->labels.value(idOf(3)).category, QStringLiteral("Movies"));
        QVERIFY(dropOn(categories, none())); // Uncategorized: no category
        QCOMPARE(engine->labels.value(idOf(4)).category, QString());
        // Nothing moved: no category here has a folder.
        QVERIFY(engine->callsNamed(QStringLiteral("moveStorage")).isEmpty());
    }

    // Filed under a category with a folder: asked whether the data follows;
    // "every time" is remembered and asked no more.
    void theDataFollowsACategoryWhenTheUserSaysSo()
    {
        announceFour();
        const QString movies = work.filePath(QStringLiteral("movies"));
        settings->setCategories({{QStringLiteral("Movies"), movies, {}}});
        select({idOf(4)});
        QMenu *menu = window->findChild<QMenu *>(QStringLiteral("categoryMenu"));
        QVERIFY(menu);
        QAction *moviesEntry = entry(menu, QStringLiteral("Movies"));
        QVERIFY(moviesEntry);
        QVERIFY(!moviesEntry->isChecked());
        QVERIFY(entry(menu, QStringLiteral("None"))->isChecked());
        QString asked;
        answerNextMessageBox(QMessageBox::RejectRole, &asked); // keep it where it is, this once
        entry(menu, QStringLiteral("Movies"))->trigger();
        QVERIFY2(asked.contains(QDir::toNativeSeparators(movies)), qPrintable(asked));
        QCOMPARE(engine->labels.value(idOf(4)).category, QStringLiteral("Movies"));
        QVERIFY(engine->callsNamed(QStringLiteral("moveStorage")).isEmpty());
        QCOMPARE(settings->categoryMove(), SettingsStore::CategoryMove::Ask);

        // Movies/4K inside it: its folder is movies/4K. Moved, and remembered.
        answerNextMessageBox(QMessageBox::AcceptRole, nullptr, [](QMessageBox *box) { box->checkBox()->setChecked(true); });
        window->labels()->fileUnder({idOf(3), idOf(4)}, QStringLiteral("Movies/4K"));
        FakeEngine::Call moved = engine->callsNamed(QStringLiteral("moveStorage")).last();
        QCOMPARE(moved.ids, (QList<TorrentId> {idOf(3), idOf(4)}));
        QCOMPARE(moved.args.first().toString(), movies + QStringLiteral("/4K"));
        QCOMPARE(settings->categoryMove(), SettingsStore::CategoryMove::Move);
        // Remembered: no question now.
        bool askedAgain = false;
        answerNextDialog([&askedAgain](QWidget *modal) {
            askedAgain = true;
            modal->close();
        });
        window->labels()->fileUnder({idOf(2)}, QStringLiteral("Movies"));
        QTest::qWait(200);
        QVERIFY(!askedAgain);
        QCOMPARE(engine->callsNamed(QStringLiteral("moveStorage")).size(), 2);
        forgetDialogAnswers();
    }

    // The sidebar's own menu: a new category with both folders, renaming one
    // (those inside and every torrent follow), removing it (its torrents
    // become uncategorized), and taking a tag off every torrent.
    void categoriesAreDefinedEditedAndRemovedFromTheSidebar()
    {
        announceFour();
        window->show();
        const QString movies = work.filePath(QStringLiteral("movies"));
        settings->setCategories({{QStringLiteral("Movies"), movies, {}}, {QStringLiteral("Movies/4K"), {}, {}}});
        LabelSidebar *categories = window->labels()->categories();
        QTRY_VERIFY(categories->names().contains(QStringLiteral("Movies/4K")));

        const QString books = work.filePath(QStringLiteral("books"));
        const QString unfinished = work.filePath(QStringLiteral("unfinished"));
        answerNextDialog([&](QWidget *dialog) {
            QCOMPARE(dialog->objectName(), QStringLiteral("categoryDialog"));
            field(dialog, "categoryName")->setText(QStringLiteral(" Books "));
            field(dialog, "categoryFolder")->setText(books);
            field(dialog, "categoryIncompleteFolder")->setText(unfinished);
            pressOk(dialog);
        });
        QStringList seen;
        chooseInSidebarMenu(categories, QStringLiteral("Movies"), QStringLiteral("New Category"), &seen);
        QTRY_VERIFY(categories->names().contains(QStringLiteral("Books")));
        QCOMPARE(seen,
            (QStringList {QStringLiteral("New Category"), QStringLiteral("Edit Category"), QStringLiteral("Remove Category")}));
        const QList<CategoryDefinition> defined = settings->categories();
        const auto bookDefinition = std::find_if(
            defined.cbegin(), defined.cend(), [](const CategoryDefinition &c) { return c.name == QStringLiteral("Books"); });
        QVERIFY(bookDefinition != defined.cend());
        QCOMPARE(bookDefinition->savePath, books);
        QCOMPARE(bookDefinition->incompletePath, unfinished);
        // The unfinished-downloads folder is where a new torrent of Books goes first.
        AddTorrentRequest request;
        request.labels.category = QStringLiteral("Books");
        settings->place(request);
        QCOMPARE(request.savePath, unfinished);
        QCOMPARE(request.finalSavePath, books);

        // Movies becomes Film, with a new folder: Movies/4K and both torrents follow.
        const QString film = work.filePath(QStringLiteral("film"));
        answerNextDialog([&](QWidget *dialog) {
            QCOMPARE(field(dialog, "categoryName")->text(), QStringLiteral("Movies"));
            QCOMPARE(field(dialog, "categoryFolder")->text(), QDir::toNativeSeparators(movies));
            field(dialog, "categoryName")->setText(QStringLiteral("Film"));
            field(dialog, "categoryFolder")->setText(film);
            pressOk(dialog);
        });
        chooseInSidebarMenu(categories, QStringLiteral("Movies"), QStringLiteral("Edit Category"));
        QTRY_COMPARE(engine->labels.value(idOf(1)).category, QStringLiteral("Film/4K"));
        QCOMPARE(engine->labels.value(idOf(2)).category, QStringLiteral("Film"));
        QStringList names;
        for (const CategoryDefinition &c : settings->categories())
            names.append(c.name);
        names.sort();
        QCOMPARE(names, (QStringList {QStringLiteral("Books"), QStringLiteral("Film"), QStringLiteral("Film/4K")}));
        QCOMPARE(Labels::savePathFor(QStringLiteral("Film/4K"), settings->categories(), QString()), film + QStringLiteral("/4K"));
        QVERIFY(engine->callsNamed(QStringLiteral("moveStorage")).isEmpty()); // no data moved

        // A name that is taken is refused, nothing changes.
        answerNextDialog([&](QWidget *dialog) {
            field(dialog, "categoryName")->setText(QStringLiteral("Books"));
            answerNextDialog([](QWidget *warning) {
                QVERIFY(qobject_cast<QMessageBox *>(warning));
                QVERIFY2(qobject_cast<QMessageBox *>(warning)->text().contains(QStringLiteral("exists already")),
                    qPrintable(qobject_cast<QMessageBox *>(warning)->text()));
                qobject_cast<QMessageBox *>(warning)->accept();
            });
            pressOk(dialog);
            QTimer::singleShot(300, dialog, [dialog] { qobject_cast<QDialog *>(dialog)->reject(); });
        });
        chooseInSidebarMenu(categories, QStringLiteral("Film"), QStringLiteral("Edit Category"));
        QTest::qWait(600);
        QCOMPARE(engine->labels.value(idOf(2)).category, QStringLiteral("Film"));

        // Removed, with those inside: the torrents are uncategorized, data stays.
        QString asked;
        answerNextMessageBox(QMessageBox::DestructiveRole, &asked);
        chooseInSidebarMenu(categories, QStringLiteral("Film"), QStringLiteral("Remove Category"));
        QTRY_COMPARE(engine->labels.value(idOf(1)).category, QString());
        QVERIFY2(asked.contains(QStringLiteral("2 torrents")), qPrintable(asked));
        QCOMPARE(engine->labels.value(idOf(2)).category, QString());
        QCOMPARE(settings->categories().size(), 1);
        QCOMPARE(settings->categories().first().name, QStringLiteral("Books"));
        QVERIFY(engine->callsNamed(QStringLiteral("moveStorage")).isEmpty());

        // A tag taken off every torrent that has it.
        chooseInSidebarMenu(window->labels()->tags(), QStringLiteral("hd"), QStringLiteral("Remove Tag from All Torrents"));
        QTRY_COMPARE(engine->labels.value(idOf(1)).tags, QStringList());
        QCOMPARE(engine->labels.value(idOf(3)).tags, QStringList {QStringLiteral("old")});
        forgetDialogAnswers();
    }

    // The chosen category and tag are there again at the next start, even
    // though the torrents naming them arrive after the window opened.
    void theLabelFiltersAreRemembered()
    {
        announceFour();
        window->labels()->categories()->select(named(QStringLiteral("Movies")));
        window->labels()->tags()->select(named(QStringLiteral("hd")));
        QTRY_COMPARE(shownNames(), QStringList {QStringLiteral("alpha")});
        window.reset();
        engine = std::make_unique<FakeEngine>();
        settings->attach(engine.get());
        window = std::make_unique<MainWindow>(engine.get(), settings.get());
        announceFour();
        QTRY_COMPARE(window->labels()->categories()->current(), named(QStringLiteral("Movies")));
        QCOMPARE(window->labels()->tags()->current(), named(QStringLiteral("hd")));
        QCOMPARE(shownNames(), QStringList {QStringLiteral("alpha")});
        // Choosing another entry meanwhile wins over the remembered one.
        window->labels()->tags()->select(none());
        QCOMPARE(window->labels()->tags()->wanted(), none());
    }

    void theTagMenuTogglesAndAdds()
    {
        announceFour();
        select({idOf(1), idOf(3)});
        QMenu *menu = window->findChild<QMenu *>(QStringLiteral("tagMenu"));
        QVERIFY(menu);
        QTRY_VERIFY(entry(menu, QStringLiteral("hd")));
        QVERIFY(entry(menu, QStringLiteral("hd"))->isChecked()); // both have it
        QVERIFY(!entry(menu, QStringLiteral("old"))->isChecked()); // only charlie
        entry(menu, QStringLiteral("hd"))->trigger(); // ticked: removed from both
        QCOMPARE(engine->labels.value(idOf(1)).tags, QStringList());
        QCOMPARE(engine->labels.value(idOf(3)).tags, QStringList {QStringLiteral("old")});
        entry(menu, QStringLiteral("old"))->trigger(); // not on all: added to all
        QCOMPARE(engine->labels.value(idOf(1)).tags, QStringList {QStringLiteral("old")});
        answerNextDialog([](QWidget *modal) {
            auto *input = qobject_cast<QInputDialog *>(modal);
            QVERIFY(input);
            input->setTextValue(QStringLiteral(" new , with space,new"));
            input->accept();
        });
        entry(menu, QStringLiteral("Add Tags…"))->trigger();
        QCOMPARE(engine->labels.value(idOf(3)).tags,
            (QStringList {QStringLiteral("old"), QStringLiteral("new"), QStringLiteral("with space")}));
        entry(menu, QStringLiteral("Remove All Tags"))->trigger();
        QCOMPARE(engine->labels.value(idOf(1)).tags, QStringList());
    }

    // Settings > Watched Folders: rows become the settings file's folders;
    // a relative path or a bad category is refused, nothing saved.
    void watchedFoldersAreEditedInSettings()
    {
        SettingsDialog dialog(settings.get());
        auto *editor = dialog.findChild<WatchedFoldersEditor *>();
        QVERIFY(editor);
        const QString incoming = work.filePath(QStringLiteral("incoming"));
        editor->setDirectoryChooser([&](QWidget *, const QString &, const QString &) { return incoming; });
        dialog.findChild<QPushButton *>(QStringLiteral("addWatchedFolder"))->click();
        auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("watchedFolderTable"));
        QCOMPARE(table->rowCount(), 1);
        table->item(0, 1)->setText(QStringLiteral(" TV / Shows "));
        table->item(0, 3)->setCheckState(Qt::Checked);
        qobject_cast<QComboBox *>(table->cellWidget(0, 4))->setCurrentIndex(1);
        dialog.accept();
        QCOMPARE(settings->watchedFolders(),
            (QList<WatchedFolder> {
                {incoming, QStringLiteral("TV/Shows"), {}, true, WatchedFolder::AfterAdding::MoveToSubfolder}}));

        SettingsDialog again(settings.get());
        auto *table2 = again.findChild<QTableWidget *>(QStringLiteral("watchedFolderTable"));
        QCOMPARE(table2->rowCount(), 1);
        table2->item(0, 0)->setText(QStringLiteral("relative/path"));
        answerNextDialog([](QWidget *modal) {
            auto *box = qobject_cast<QMessageBox *>(modal);
            QVERIFY(box);
            QVERIFY(box->text().contains(QStringLiteral("relative/path")));
            box->accept();
        });
        again.accept();
        QCOMPARE(settings->watchedFolders().value(0).path, incoming); // unchanged
    }

    // Settings > Downloads: the program and its arguments, typed as on a
    // command line (quotes group), saved as separate arguments, shown again.
    void theCompletionProgramIsEditedInSettings()
    {
        SettingsDialog dialog(settings.get());
        dialog.findChild<QLineEdit *>(QStringLiteral("completionProgram"))->setText(QStringLiteral("/usr/local/bin/notify"));
        dialog.findChild<QLineEdit *>(QStringLiteral("completionArguments"))
            ->setText(QStringLiteral("\"%F\" --tags=%G \"say \"\"\"hi\"\"\"\" plain"));
        dialog.accept();
        const CompletionCommand saved = settings->completionCommand();
        QCOMPARE(saved.program, QStringLiteral("/usr/local/bin/notify"));
        QCOMPARE(saved.arguments,
            (QStringList {
                QStringLiteral("%F"), QStringLiteral("--tags=%G"), QStringLiteral("say \"hi\""), QStringLiteral("plain")}));
        SettingsDialog again(settings.get());
        again.accept(); // shown and read back unchanged
        QCOMPARE(settings->completionCommand(), saved);
    }

    void theAddDialogFilesTheTorrent()
    {
        const QString movies = work.filePath(QStringLiteral("movies"));
        settings->setCategories({{QStringLiteral("Movies"), movies, {}}});
        const GeneratedTorrent torrent = generateTorrent(
            work.filePath(QStringLiteral("seed")), QStringLiteral("Film"), {{QStringLiteral("film.mkv"), 50'000}}, 5);
        AddTorrentDialog dialog(engine.get(), settings.get());
        QString error;
        QVERIFY(dialog.openTorrentFile(torrent.writeTorrentFile(work.filePath(QStringLiteral("film.torrent"))), &error));
        auto *category = dialog.findChild<QComboBox *>(QStringLiteral("category"));
        auto *tags = dialog.findChild<QLineEdit *>(QStringLiteral("tags"));
        QVERIFY(category && tags);
        QVERIFY(category->findText(QStringLiteral("Movies")) >= 0);
        category->setCurrentText(QStringLiteral("Movies / Classics"));
        QCOMPARE(dialog.savePath(), movies + QStringLiteral("/Classics")); // the folder follows the category
        tags->setText(QStringLiteral("b&w, 1950s"));
        const AddTorrentRequest request = dialog.request();
        QCOMPARE(request.labels.category, QStringLiteral("Movies/Classics"));
        QCOMPARE(request.labels.tags, (QStringList {QStringLiteral("b&w"), QStringLiteral("1950s")}));
        // A tag it refuses: said, and nothing added.
        tags->setText(QStringLiteral("fine, bad\u0007bell"));
        answerNextDialog([](QWidget *modal) {
            auto *box = qobject_cast<QMessageBox *>(modal);
            QVERIFY(box);
            QVERIFY(box->text().contains(QStringLiteral("bell")));
            box->accept();
        });
        dialog.accept();
        QVERIFY(engine->added.isEmpty());
        tags->setText(QStringLiteral("fine"));
        dialog.accept();
        QCOMPARE(engine->added.size(), 1);
        QCOMPARE(engine->added.at(0).labels.tags, QStringList {QStringLiteral("fine")});
    }
};

QTEST_MAIN(TestLabels)
#include "tst_labels.moc"
