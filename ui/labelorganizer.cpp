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
    connect(model, &TorrentListModel::countsChanged, this, &LabelOrganizer::refresh);
    connect(settings, &SettingsStore::categoriesChanged, this, &LabelOrganizer::refresh);
    connect(m_categories, &LabelSidebar::torrentsDropped, this,
        [this](const QList<TorrentId> &ids, const QString &category) { fileUnder(ids, category); });
    connect(m_tags, &LabelSidebar::torrentsDropped, this,
        [this](const QList<TorrentId> &ids, const QString &tag) { m_engine->setTags(ids, {tag}, TagChange::Add); });
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

void LabelOrganizer::newCategory(const QList<TorrentId> &ids)
{
    QDialog dialog(m_window);
    dialog.setObjectName(QStringLiteral("newCategoryDialog"));
    dialog.setWindowTitle(tr("New Category"));
    auto *form = new QFormLayout(&dialog);
    auto *name = new QLineEdit(&dialog);
    name->setObjectName(QStringLiteral("categoryName"));
    name->setPlaceholderText(tr("Movies, or Movies/4K inside Movies"));
    form->addRow(tr("Name:"), name);
    auto *folder = new QLineEdit(&dialog);
    folder->setObjectName(QStringLiteral("categoryFolder"));
    folder->setPlaceholderText(tr("empty: where torrents are saved anyway"));
    auto *browse = new QPushButton(tr("&Browse…"), &dialog);
    connect(browse, &QPushButton::clicked, &dialog, [&dialog, folder] {
        const QString chosen = QFileDialog::getExistingDirectory(&dialog, tr("Category Folder"), folder->text());
        if (!chosen.isEmpty())
            folder->setText(QDir::toNativeSeparators(chosen));
    });
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(folder);
    folderRow->addWidget(browse);
    form->addRow(tr("Save to:"), folderRow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&dialog, name] {
        QString error;
        const QString category = Labels::normalCategory(name->text(), &error);
        if (category.isEmpty() && error.isEmpty())
            error = tr("Give the category a name.");
        if (!error.isEmpty()) {
            QMessageBox::warning(&dialog, tr("New Category"), error);
            return;
        }
        dialog.accept();
    });
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    CategoryDefinition definition;
    definition.name = Labels::normalCategory(name->text(), &error);
    const QString path = folder->text().trimmed();
    definition.savePath = path.isEmpty() ? QString() : QDir::cleanPath(QDir::fromNativeSeparators(path));
    QList<CategoryDefinition> categories = m_settings->categories();
    categories.erase(std::remove_if(categories.begin(), categories.end(),
                         [&](const CategoryDefinition &c) { return c.name == definition.name; }),
        categories.end());
    categories.append(definition);
    m_settings->setCategories(categories);
    fileUnder(ids, definition.name);
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
