#include "transferlistview.h"

#include "progressdelegate.h"
#include "torrentlistmodel.h"

#include <QHeaderView>
#include <QMenu>
#include <QSortFilterProxyModel>

#include <algorithm>

namespace Revaer {

TransferListView::TransferListView(TorrentListModel *model, QSortFilterProxyModel *proxy, QWidget *parent)
    : QTreeView(parent)
    , m_model(model)
{
    proxy->setSourceModel(model);
    setModel(proxy);
    setObjectName(QStringLiteral("transferList"));
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setSortingEnabled(true);
    sortByColumn(TorrentListModel::AddedOn, Qt::AscendingOrder);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    // Rows drag onto a category or tag in the sidebar.
    setDragEnabled(true);
    setDragDropMode(QAbstractItemView::DragOnly);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setAllColumnsShowFocus(true);
    setContextMenuPolicy(Qt::CustomContextMenu);
    setItemDelegateForColumn(TorrentListModel::Progress, new ProgressDelegate(this));
    header()->setSectionsMovable(true);
    header()->setContextMenuPolicy(Qt::CustomContextMenu);
    header()->setStretchLastSection(false);
    // Widths that fit every default column in the default window; the
    // user's own widths and order are restored from the settings.
    const std::pair<TorrentListModel::Column, int> widths[] = {
        {TorrentListModel::Name, 230},
        {TorrentListModel::Size, 70},
        {TorrentListModel::Progress, 100},
        {TorrentListModel::Status, 90},
        {TorrentListModel::DownSpeed, 80},
        {TorrentListModel::UpSpeed, 75},
        {TorrentListModel::Eta, 60},
        {TorrentListModel::Seeds, 55},
        {TorrentListModel::Peers, 55},
        {TorrentListModel::Ratio, 50},
        {TorrentListModel::AddedOn, 150},
        {TorrentListModel::SavePath, 200},
        {TorrentListModel::Queue, 36},
        {TorrentListModel::Limits, 150},
        {TorrentListModel::Category, 110},
        {TorrentListModel::Tags, 130},
    };
    for (const auto &[column, width] : widths)
        header()->resizeSection(column, width);
    header()->setSectionHidden(TorrentListModel::SavePath, true);
    header()->moveSection(header()->visualIndex(TorrentListModel::Queue), 0);
    // How a torrent is filed, before when it was added.
    header()->moveSection(header()->visualIndex(TorrentListModel::Category), header()->visualIndex(TorrentListModel::AddedOn));
    header()->moveSection(header()->visualIndex(TorrentListModel::Tags), header()->visualIndex(TorrentListModel::AddedOn));

    connect(header(), &QHeaderView::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu menu(this);
        fillHeaderMenu(&menu);
        menu.exec(header()->mapToGlobal(pos));
    });
    connect(this, &QTreeView::customContextMenuRequested, this, [this](const QPoint &pos) {
        if (m_contextMenu && !selectedIds().isEmpty())
            m_contextMenu->popup(viewport()->mapToGlobal(pos));
    });
    connect(selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] { Q_EMIT selectedIdsChanged(selectedIds()); });
}

QList<TorrentId> TransferListView::selectedIds() const
{
    QList<TorrentId> ids;
    const QModelIndexList rows = selectionModel()->selectedRows();
    ids.reserve(rows.size());
    for (const QModelIndex &index : rows)
        ids.append(index.data(TorrentListModel::IdRole).value<TorrentId>());
    return ids;
}

QList<TorrentId> TransferListView::selectedForQueueMove(QueueMove move) const
{
    QList<std::pair<int, TorrentId>> queued;
    for (const TorrentId &id : selectedIds()) {
        const TorrentListModel::Row *row = m_model->find(id);
        if (row && row->queuePosition >= 0)
            queued.append({row->queuePosition, id});
    }
    std::sort(queued.begin(), queued.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    if (move == QueueMove::Top || move == QueueMove::Down)
        std::reverse(queued.begin(), queued.end());
    QList<TorrentId> ids;
    ids.reserve(queued.size());
    for (const auto &[position, id] : std::as_const(queued))
        ids.append(id);
    return ids;
}

void TransferListView::fillHeaderMenu(QMenu *menu)
{
    for (int column = 0; column < TorrentListModel::ColumnCount; ++column) {
        QAction *entry = menu->addAction(m_model->headerData(column, Qt::Horizontal).toString());
        entry->setCheckable(true);
        entry->setChecked(!header()->isSectionHidden(column));
        entry->setEnabled(column != TorrentListModel::Name);
        connect(entry, &QAction::toggled, this, [this, column](bool visible) { header()->setSectionHidden(column, !visible); });
    }
}

} // namespace Revaer
