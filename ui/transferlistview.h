#pragma once

#include "addtorrentrequest.h"
#include "torrentid.h"

#include <QList>
#include <QTreeView>

class QMenu;
class QSortFilterProxyModel;

namespace Revaer {

class TorrentListModel;

// The transfer list: the model's rows through a filter proxy, sortable, with
// movable columns a right click on the header shows or hides, a context menu
// for the selection, and the selection as torrent ids.
class TransferListView : public QTreeView
{
    Q_OBJECT

public:
    // Shows `model` through `proxy` (which filters and sorts it).
    TransferListView(TorrentListModel *model, QSortFilterProxyModel *proxy, QWidget *parent = nullptr);

    // Shown on a right click over selected rows.
    void setContextMenu(QMenu *menu) { m_contextMenu = menu; }
    QList<TorrentId> selectedIds() const;
    // The selected torrents that are in the queue, in the order that keeps
    // them in their order among themselves for `move`: moving up (or to the
    // bottom) starts with the first in the queue, down (or to the top) with
    // the last.
    QList<TorrentId> selectedForQueueMove(QueueMove move) const;
    // Fills the header menu: one checkable entry per column (Name always shown).
    void fillHeaderMenu(QMenu *menu);

Q_SIGNALS:
    void selectedIdsChanged(const QList<Revaer::TorrentId> &ids);

private:
    TorrentListModel *m_model;
    QMenu *m_contextMenu = nullptr;
};

} // namespace Revaer
