#include "labelorganizer.h"

#include "settingsstore.h"
#include "torrentengine.h"
#include "torrentlabels.h"
#include "torrentlistmodel.h"
#include "transferfilterproxy.h"

#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>

namespace Revaer {

namespace {

QStringList sorted(QStringList names)
{
    names.removeDuplicates();
    std::sort(
        names.begin(), names.end(), [](const QString &a, const QString &b) { return QString::localeAwareCompare(a, b) < 0; });
    return names;
}

} // namespace

LabelOrganizer::LabelOrganizer(TorrentEngine *engine, SettingsStore *settings, TorrentListModel *model,
    TransferFilterProxy *proxy, Selection selection, QWidget *window)
    : QObject(window)
    , m_engine(engine)
    , m_settings(settings)
    , m_model(model)
    , m_selection(std::move(selection))
    , m_window(window)
    , m_categories(new LabelSidebar(LabelSidebar::Mode::Categories, window))
    , m_tags(new LabelSidebar(LabelSidebar::Mode::Tags, window))
{
    connect(m_categories, &LabelSidebar::filterChanged, proxy, &TransferFilterProxy::setCategoryFilter);
    connect(m_tags, &LabelSidebar::filterChanged, proxy, &TransferFilterProxy::setTagFilter);
    connect(model, &TorrentListModel::labelCountsChanged, this, &LabelOrganizer::refresh);
    connect(settings, &SettingsStore::categoriesChanged, this, &LabelOrganizer::refresh);
    connect(m_categories, &LabelSidebar::torrentsDropped, this,
        [this](const QList<TorrentId> &ids, const QString &category) { fileUnder(ids, category); });
    connect(m_tags, &LabelSidebar::torrentsDropped, this,
        [this](const QList<TorrentId> &ids, const QString &tag) { m_engine->setTags(ids, {tag}, TagChange::Add); });
    for (LabelSidebar *sidebar : {m_categories, m_tags}) {
        sidebar->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(sidebar, &QWidget::customContextMenuRequested, this,
            [this, sidebar](const QPoint &position) { showSidebarMenu(sidebar, position); });
    }
    refresh();
}

void LabelOrganizer::refresh()
{
    QStringList defined;
    for (const CategoryDefinition &category : m_settings->categories())
        defined.append(category.name);
    m_categories->setCounts(m_model->categoryCounts(), m_model->rowCount(), defined);
    m_tags->setCounts(m_model->tagCounts(), m_model->rowCount());
}

QStringList LabelOrganizer::knownCategories() const
{
    QStringList names;
    for (const CategoryDefinition &category : m_settings->categories())
        names.append(category.name);
    const QHash<QString, int> used = m_model->categoryCounts();
    for (auto it = used.cbegin(); it != used.cend(); ++it) {
        if (!it.key().isEmpty())
            names.append(it.key());
    }
    return sorted(names);
}

QStringList LabelOrganizer::knownTags() const
{
    QStringList names = m_model->tagCounts().keys();
    names.removeAll(QString());
    return sorted(names);
}

QMenu *LabelOrganizer::categoryMenu(QWidget *parent)
{
    auto *menu = new QMenu(tr("Ca&tegory"), parent);
    menu->setObjectName(QStringLiteral("categoryMenu"));
    connect(menu, &QMenu::aboutToShow, this, [this, menu] {
        menu->clear();
        const QList<TorrentId> ids = m_selection();
        QSet<QString> current;
        for (const TorrentId &id : ids) {
            if (const TorrentListModel::Row *row = m_model->find(id))
                current.insert(row->labels.category);
        }
        auto entry = [&](const QString &category, const QString &text) {
            QAction *action = menu->addAction(text, this, [this, ids, category] { fileUnder(ids, category); });
            action->setCheckable(true);
            action->setChecked(current.size() == 1 && current.contains(category));
            action->setEnabled(!ids.isEmpty());
        };
        entry({}, tr("None"));
        menu->addSeparator();
        for (const QString &category : knownCategories())
            entry(category, category);
        menu->addSeparator();
        menu->addAction(tr("&New Category…"), this, [this, ids] { newCategory(ids); });
    });
    return menu;
}

QMenu *LabelOrganizer::tagMenu(QWidget *parent)
{
    auto *menu = new QMenu(tr("Ta&gs"), parent);
    menu->setObjectName(QStringLiteral("tagMenu"));
    connect(menu, &QMenu::aboutToShow, this, [this, menu] {
        menu->clear();
        const QList<TorrentId> ids = m_selection();
        for (const QString &tag : knownTags()) {
            // Ticked when every selected torrent has it; choosing it then removes it from all.
            const bool all = !ids.isEmpty() && std::all_of(ids.cbegin(), ids.cend(), [&](const TorrentId &id) {
                const TorrentListModel::Row *row = m_model->find(id);
                return row && row->labels.tags.contains(tag);
            });
            QAction *action = menu->addAction(
                tag, this, [this, ids, tag, all] { m_engine->setTags(ids, {tag}, all ? TagChange::Remove : TagChange::Add); });
            action->setCheckable(true);
            action->setChecked(all);
            action->setEnabled(!ids.isEmpty());
        }
        menu->addSeparator();
        QAction *add = menu->addAction(tr("&Add Tags…"), this, [this, ids] { addTags(ids); });
        add->setEnabled(!ids.isEmpty());
        QAction *clear
            = menu->addAction(tr("&Remove All Tags"), this, [this, ids] { m_engine->setTags(ids, {}, TagChange::Replace); });
        clear->setEnabled(!ids.isEmpty());
    });
    return menu;
}

void LabelOrganizer::fileUnder(const QList<TorrentId> &ids, const QString &category)
{
    if (ids.isEmpty())
        return;
    m_engine->setCategory(ids, category);
    // Only a category (or a parent) with a folder of its own moves data.
    const QString folder = Labels::savePathFor(category, m_settings->categories(), QString());
    if (category.isEmpty() || folder.isEmpty())
        return;
    QList<TorrentId> elsewhere;
    for (const TorrentId &id : ids) {
        const TorrentListModel::Row *row = m_model->find(id);
        if (row && QDir::cleanPath(row->savePath) != QDir::cleanPath(folder))
            elsewhere.append(id);
    }
    if (elsewhere.isEmpty())
        return;
    SettingsStore::CategoryMove choice = m_settings->categoryMove();
    if (choice == SettingsStore::CategoryMove::Ask) {
        const QString where = QDir::toNativeSeparators(folder);
        const QString question = elsewhere.size() == 1
            ? tr("“%1” keeps its downloads in “%2”. Move this torrent's data there?").arg(category, where)
            : tr("“%1” keeps its downloads in “%2”. Move the data of these %3 torrents there?")
                  .arg(category, where, QString::number(elsewhere.size()));
        QMessageBox box(QMessageBox::Question, tr("Move to the Category's Folder?"), question, QMessageBox::NoButton, m_window);
        box.setObjectName(QStringLiteral("categoryMoveQuestion"));
        QPushButton *move = box.addButton(tr("&Move"), QMessageBox::AcceptRole);
        box.addButton(tr("&Keep Where It Is"), QMessageBox::RejectRole);
        box.setDefaultButton(move);
        box.setCheckBox(new QCheckBox(tr("Do the same every time (Settings can change it)"), &box));
        box.exec();
        choice = box.clickedButton() == static_cast<QAbstractButton *>(move) ? SettingsStore::CategoryMove::Move
                                                                             : SettingsStore::CategoryMove::Keep;
        if (box.checkBox()->isChecked())
            m_settings->setCategoryMove(choice);
    }
    if (choice == SettingsStore::CategoryMove::Move)
        m_engine->moveStorage(elsewhere, folder);
}

namespace {

// A folder field with its Browse button.
QLineEdit *addFolderRow(QFormLayout *form, const QString &label, const QString &objectName, const QString &placeholder,
    const QString &value, QDialog *dialog)
{
    auto *folder = new QLineEdit(QDir::toNativeSeparators(value), dialog);
    folder->setObjectName(objectName);
    // Room for a whole path, not its last letters.
    folder->setMinimumWidth(folder->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 45);
    folder->setPlaceholderText(placeholder);
    auto *browse = new QPushButton(LabelOrganizer::tr("&Browse…"), dialog);
    QObject::connect(browse, &QPushButton::clicked, dialog, [dialog, folder] {
        const QString chosen = QFileDialog::getExistingDirectory(dialog, LabelOrganizer::tr("Choose a Folder"), folder->text());
        if (!chosen.isEmpty())
            folder->setText(QDir::toNativeSeparators(chosen));
    });
    auto *row = new QHBoxLayout;
    row->addWidget(folder);
    row->addWidget(browse);
    form->addRow(label, row);
    return folder;
}

QString folderIn(const QLineEdit *field)
{
    const QString path = field->text().trimmed();
    return path.isEmpty() ? QString() : QDir::cleanPath(QDir::fromNativeSeparators(path));
}

bool inCategory(const QString &category, const QString &outer)
{
    return category == outer || category.startsWith(outer + QLatin1Char('/'));
}

} // namespace

std::optional<CategoryDefinition> LabelOrganizer::askForCategory(const CategoryDefinition &initial, bool isNew)
{
    QDialog dialog(m_window);
    dialog.setObjectName(QStringLiteral("categoryDialog"));
    dialog.setWindowTitle(isNew ? tr("New Category") : tr("Edit Category"));
    auto *form = new QFormLayout(&dialog);
    auto *name = new QLineEdit(initial.name, &dialog);
    name->setObjectName(QStringLiteral("categoryName"));
    name->setPlaceholderText(tr("Movies, or Movies/4K inside Movies"));
    form->addRow(tr("Name:"), name);
    QLineEdit *folder = addFolderRow(form, tr("Save to:"), QStringLiteral("categoryFolder"),
        tr("empty: the parent category's folder, else the usual one"), initial.savePath, &dialog);
    QLineEdit *incomplete = addFolderRow(form, tr("Unfinished downloads in:"), QStringLiteral("categoryIncompleteFolder"),
        tr("empty: the parent's, else as in Settings > Downloads"), initial.incompletePath, &dialog);
    if (!isNew) {
        auto *note = new QLabel(tr("Torrents already in the category keep their data where it is."), &dialog);
        note->setWordWrap(true);
        form->addRow(note);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    const QString oldName = initial.name;
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [this, &dialog, name, oldName, isNew] {
        QString error;
        const QString category = Labels::normalCategory(name->text(), &error);
        if (category.isEmpty() && error.isEmpty())
            error = tr("Give the category a name.");
        if (error.isEmpty() && !isNew && category != oldName && knownCategories().contains(category))
            error = tr("A category “%1” exists already: choose another name.").arg(category);
        if (error.isEmpty() && !isNew && inCategory(category, oldName) && category != oldName)
            error = tr("“%1” cannot go inside itself.").arg(oldName);
        if (!error.isEmpty()) {
            QMessageBox::warning(&dialog, dialog.windowTitle(), error);
            return;
        }
        dialog.accept();
    });
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    QString error;
    CategoryDefinition definition;
    definition.name = Labels::normalCategory(name->text(), &error);
    definition.savePath = folderIn(folder);
    definition.incompletePath = folderIn(incomplete);
    return definition;
}

void LabelOrganizer::newCategory(const QList<TorrentId> &ids)
{
    const std::optional<CategoryDefinition> definition = askForCategory({}, true);
    if (!definition)
        return;
    QList<CategoryDefinition> categories = m_settings->categories();
    categories.erase(std::remove_if(categories.begin(), categories.end(),
                         [&](const CategoryDefinition &c) { return c.name == definition->name; }),
        categories.end());
    categories.append(*definition);
    m_settings->setCategories(categories);
    fileUnder(ids, definition->name);
}

void LabelOrganizer::editCategory(const QString &name)
{
    CategoryDefinition initial;
    initial.name = name;
    const QList<CategoryDefinition> defined = m_settings->categories();
    for (const CategoryDefinition &category : defined) {
        if (category.name == name)
            initial = category;
    }
    const std::optional<CategoryDefinition> edited = askForCategory(initial, false);
    if (!edited)
        return;
    // A new name carries the categories inside along ("Movies/4K" follows
    // "Movies"), in the definitions and on every torrent.
    auto renamed = [&](const QString &category) -> QString { return edited->name + category.mid(name.size()); };
    QList<CategoryDefinition> categories;
    for (CategoryDefinition category : defined) {
        if (category.name == name)
            continue;
        if (inCategory(category.name, name))
            category.name = renamed(category.name);
        categories.append(category);
    }
    categories.append(*edited);
    m_settings->setCategories(categories);
    if (edited->name == name)
        return;
    QHash<QString, QList<TorrentId>> moves;
    const auto inside = [&](const TorrentLabels &labels) { return inCategory(labels.category, name); };
    for (const TorrentId &id : torrentsWhere(inside))
        moves[renamed(m_model->find(id)->labels.category)].append(id);
    for (auto it = moves.cbegin(); it != moves.cend(); ++it)
        m_engine->setCategory(it.value(), it.key());
    if (m_categories->current() == LabelFilter {LabelFilter::Kind::Named, name})
        m_categories->select({LabelFilter::Kind::Named, edited->name});
}

QList<TorrentId> LabelOrganizer::torrentsWhere(const std::function<bool(const TorrentLabels &)> &test) const
{
    QList<TorrentId> ids;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const TorrentListModel::Row &torrent = m_model->rowAt(row);
        if (test(torrent.labels))
            ids.append(torrent.id);
    }
    return ids;
}

void LabelOrganizer::removeCategory(const QString &name)
{
    const QList<TorrentId> ids = torrentsWhere([&](const TorrentLabels &labels) { return inCategory(labels.category, name); });
    QString question = tr("Remove the category “%1” and those inside it?").arg(name);
    if (ids.size() == 1)
        question += u' ' + tr("Its one torrent becomes uncategorized; the data stays where it is.");
    else if (ids.size() > 1)
        question += u' ' + tr("Their %1 torrents become uncategorized; the data stays where it is.").arg(ids.size());
    QMessageBox box(QMessageBox::Question, tr("Remove the Category?"), question, QMessageBox::NoButton, m_window);
    box.setObjectName(QStringLiteral("removeCategoryQuestion"));
    QPushButton *remove = box.addButton(tr("&Remove"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(remove);
    box.exec();
    if (box.clickedButton() != static_cast<QAbstractButton *>(remove))
        return;
    QList<CategoryDefinition> categories = m_settings->categories();
    categories.erase(std::remove_if(categories.begin(), categories.end(),
                         [&](const CategoryDefinition &c) { return inCategory(c.name, name); }),
        categories.end());
    m_settings->setCategories(categories);
    if (!ids.isEmpty())
        m_engine->setCategory(ids, QString());
}

void LabelOrganizer::removeTag(const QString &tag)
{
    const QList<TorrentId> ids = torrentsWhere([&](const TorrentLabels &labels) { return labels.tags.contains(tag); });
    if (!ids.isEmpty())
        m_engine->setTags(ids, {tag}, TagChange::Remove);
}

void LabelOrganizer::showSidebarMenu(LabelSidebar *sidebar, const QPoint &position)
{
    const LabelFilter filter = sidebar->filterAt(position);
    QMenu menu(sidebar);
    menu.setObjectName(QStringLiteral("labelSidebarMenu"));
    const bool named = filter.kind == LabelFilter::Kind::Named;
    if (sidebar->mode() == LabelSidebar::Mode::Categories) {
        menu.addAction(tr("&New Category…"), this, [this] { newCategory({}); });
        if (named) {
            menu.addAction(tr("&Edit Category…"), this, [this, filter] { editCategory(filter.name); });
            menu.addAction(tr("&Remove Category…"), this, [this, filter] { removeCategory(filter.name); });
        }
    } else {
        QAction *remove = menu.addAction(tr("&Remove Tag from All Torrents"), this, [this, filter] { removeTag(filter.name); });
        remove->setEnabled(named);
    }
    menu.exec(sidebar->viewport()->mapToGlobal(position));
}

void LabelOrganizer::addTags(const QList<TorrentId> &ids)
{
    bool ok = false;
    const QString text
        = QInputDialog::getText(m_window, tr("Add Tags"), tr("Tags, separated by commas:"), QLineEdit::Normal, {}, &ok);
    if (!ok)
        return;
    QString error;
    const QStringList tags = Labels::normalTags(Labels::splitTags(text), &error);
    if (!error.isEmpty()) {
        QMessageBox::warning(m_window, tr("Add Tags"), error);
        return;
    }
    if (!tags.isEmpty())
        m_engine->setTags(ids, tags, TagChange::Add);
}

} // namespace Revaer
