#include "logwindow.h"

#include "messagelog.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace Revaer {

LogWindow::LogWindow(MessageLog *log, QWidget *parent)
    : QDialog(parent)
    , m_log(log)
    , m_filter(new MessageLogFilter(this))
    , m_view(new QTableView(this))
    , m_level(new QComboBox(this))
    , m_search(new QLineEdit(this))
{
    setWindowTitle(tr("Revaer Log"));
    setObjectName(QStringLiteral("logWindow"));
    resize(860, 420);
    m_filter->setSourceModel(log);

    m_level->addItem(tr("Everything"), int(MessageLog::Level::Info));
    m_level->addItem(tr("Warnings and errors"), int(MessageLog::Level::Warning));
    m_level->addItem(tr("Errors only"), int(MessageLog::Level::Error));
    connect(m_level, &QComboBox::currentIndexChanged, this,
        [this] { m_filter->setMinimumLevel(MessageLog::Level(m_level->currentData().toInt())); });
    m_search->setPlaceholderText(tr("Filter messages…"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_filter, &MessageLogFilter::setText);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Show:"), this));
    top->addWidget(m_level);
    top->addWidget(m_search, 1);

    m_view->setModel(m_filter);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(MessageLog::Time, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(MessageLog::Severity, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->resizeSection(MessageLog::Torrent, 180);
    m_view->horizontalHeader()->setStretchLastSection(true);
    // New messages show at the bottom, unless the user is reading (has chosen rows).
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, [this] {
        if (!m_view->selectionModel()->hasSelection())
            m_view->scrollToBottom();
    });
    auto *copyAction = new QAction(tr("&Copy"), this);
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copyAction, &QAction::triggered, this, [this] { copy(false); });
    m_view->addAction(copyAction);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copyAll = buttons->addButton(tr("Copy &All"), QDialogButtonBox::ActionRole);
    connect(copyAll, &QPushButton::clicked, this, [this] { copy(true); });
    QPushButton *folder = buttons->addButton(tr("Open Log &Folder"), QDialogButtonBox::ActionRole);
    folder->setEnabled(!log->filePath().isEmpty());
    connect(folder, &QPushButton::clicked, this,
        [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_log->filePath()).absolutePath())); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    if (!log->filePath().isEmpty()) {
        auto *where
            = new QLabel(log->fileError().isEmpty() ? tr("Also written to %1").arg(QDir::toNativeSeparators(log->filePath()))
                                                    : log->fileError(),
                this);
        where->setTextInteractionFlags(Qt::TextSelectableByMouse);
        where->setWordWrap(true);
        where->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        layout->addWidget(where);
    }
    layout->addWidget(buttons);
    m_view->scrollToBottom();
}

QString LogWindow::selectedText(bool all) const
{
    QList<int> rows;
    if (!all) {
        for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
            rows.append(m_filter->mapToSource(index).row());
    }
    if (rows.isEmpty()) {
        for (int row = 0; row < m_filter->rowCount(); ++row)
            rows.append(m_filter->mapToSource(m_filter->index(row, 0)).row());
    }
    std::sort(rows.begin(), rows.end());
    QStringList lines;
    for (const int row : std::as_const(rows))
        lines.append(MessageLog::format(m_log->entries().at(row)));
    return lines.join(u'\n');
}

void LogWindow::copy(bool all) const
{
    QGuiApplication::clipboard()->setText(selectedText(all));
}

} // namespace Revaer
