#include "watchedfolderseditor.h"

#include "torrentlabels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Revaer {

namespace {

enum Column { Folder, Category, SaveTo, Paused, After, ColumnCount };

} // namespace

WatchedFoldersEditor::WatchedFoldersEditor(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_choose([](QWidget *owner, const QString &title, const QString &start) {
        return QFileDialog::getExistingDirectory(owner, title, start);
    })
{
    setObjectName(QStringLiteral("watchedFolders"));
    auto *about = new QLabel(tr("A .torrent file that appears in one of these folders is added once it is complete, then "
                                "renamed “.added” or moved into “added”; one that is not a torrent is renamed “.invalid”. "
                                "A folder that is missing (a drive not plugged in) is watched for."),
        this);
    about->setWordWrap(true);
    m_table->setHorizontalHeaderLabels({tr("Folder"), tr("Category"), tr("Save to"), tr("Paused"), tr("After adding")});
    m_table->horizontalHeader()->setSectionResizeMode(Folder, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(SaveTo, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setObjectName(QStringLiteral("watchedFolderTable"));
    auto *add = new QPushButton(tr("&Add Folder…"), this);
    add->setObjectName(QStringLiteral("addWatchedFolder"));
    auto *remove = new QPushButton(tr("&Remove"), this);
    remove->setObjectName(QStringLiteral("removeWatchedFolder"));
    connect(add, &QPushButton::clicked, this, [this] {
        const QString chosen = m_choose(this, tr("Watch Folder"), QDir::homePath());
        if (!chosen.isEmpty())
            addFolder(chosen);
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row >= 0)
            m_table->removeRow(row);
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(about);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
}

void WatchedFoldersEditor::addFolder(const QString &path)
{
    setFolders([&] {
        QList<WatchedFolder> all;
        QString ignored;
        folders(&all, &ignored);
        all.append({QDir::cleanPath(QDir::fromNativeSeparators(path)), {}, {}, false, WatchedFolder::AfterAdding::Rename});
        return all;
    }());
}

void WatchedFoldersEditor::setFolders(const QList<WatchedFolder> &folders)
{
    m_table->setRowCount(0);
    for (const WatchedFolder &folder : folders) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, Folder, new QTableWidgetItem(QDir::toNativeSeparators(folder.path)));
        m_table->setItem(row, Category, new QTableWidgetItem(folder.category));
        auto *saveTo = new QTableWidgetItem(QDir::toNativeSeparators(folder.savePath));
        saveTo->setToolTip(tr("Empty: the category's folder, else the default download folder."));
        m_table->setItem(row, SaveTo, saveTo);
        auto *paused = new QTableWidgetItem;
        paused->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        paused->setCheckState(folder.startPaused ? Qt::Checked : Qt::Unchecked);
        m_table->setItem(row, Paused, paused);
        auto *after = new QComboBox(m_table);
        after->addItem(tr("Rename “.added”"), int(WatchedFolder::AfterAdding::Rename));
        after->addItem(tr("Move into “added”"), int(WatchedFolder::AfterAdding::MoveToSubfolder));
        after->setCurrentIndex(std::max(0, after->findData(int(folder.afterAdding))));
        m_table->setCellWidget(row, After, after);
    }
}

bool WatchedFoldersEditor::folders(QList<WatchedFolder> *out, QString *error) const
{
    out->clear();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        auto text
            = [&](int column) { return m_table->item(row, column) ? m_table->item(row, column)->text().trimmed() : QString(); };
        WatchedFolder folder;
        if (text(Folder).isEmpty()) {
            *error = tr("Watched folder %1 has no folder: choose one or remove the row.").arg(row + 1);
            return false;
        }
        folder.path = QDir::cleanPath(QDir::fromNativeSeparators(text(Folder)));
        if (QDir::isRelativePath(folder.path)) {
            *error = tr("The watched folder “%1” is not a full path: choose it with Add Folder.").arg(text(Folder));
            return false;
        }
        QString labelError;
        folder.category = Labels::normalCategory(text(Category), &labelError);
        if (!labelError.isEmpty()) {
            *error = labelError;
            return false;
        }
        const QString saveTo = text(SaveTo);
        folder.savePath = saveTo.isEmpty() ? QString() : QDir::cleanPath(QDir::fromNativeSeparators(saveTo));
        folder.startPaused = m_table->item(row, Paused) && m_table->item(row, Paused)->checkState() == Qt::Checked;
        if (const auto *after = qobject_cast<QComboBox *>(m_table->cellWidget(row, After)))
            folder.afterAdding = WatchedFolder::AfterAdding(after->currentData().toInt());
        out->append(folder);
    }
    return true;
}

} // namespace Revaer
