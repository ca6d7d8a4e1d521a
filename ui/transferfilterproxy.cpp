#include "transferfilterproxy.h"

#include "torrentlistmodel.h"

namespace Revaer {

TransferFilterProxy::TransferFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(TorrentListModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    setDynamicSortFilter(true);
}

void TransferFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    m_model = qobject_cast<TorrentListModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

void TransferFilterProxy::setStatusFilter(StatusFilter filter)
{
    if (m_status == filter)
        return;
    m_status = filter;
    invalidateFilter();
}

void TransferFilterProxy::setNameFilter(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (m_name == trimmed)
        return;
    m_name = trimmed;
    invalidateFilter();
}

bool TransferFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_model || sourceParent.isValid())
        return true;
    const TorrentListModel::Row &row = m_model->rowAt(sourceRow);
    if (!statusFilterMatches(m_status, row.state, row.progress, row.hasMetadata))
        return false;
    return m_name.isEmpty() || row.name.contains(m_name, Qt::CaseInsensitive);
}

bool TransferFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_model)
        return QSortFilterProxyModel::lessThan(left, right);
    // Straight from the rows: no QVariant, no text.
    const TorrentListModel::Row &a = m_model->rowAt(left.row());
    const TorrentListModel::Row &b = m_model->rowAt(right.row());
    switch (left.column()) {
    case TorrentListModel::Name:
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    case TorrentListModel::Status:
        return a.state < b.state;
    case TorrentListModel::AddedOn:
        return a.addedAt < b.addedAt;
    case TorrentListModel::SavePath:
        return a.savePath < b.savePath;
    case TorrentListModel::Progress:
        return a.progress.progress < b.progress.progress;
    case TorrentListModel::DownSpeed:
        return a.progress.downloadRate < b.progress.downloadRate;
    case TorrentListModel::UpSpeed:
        return a.progress.uploadRate < b.progress.uploadRate;
    case TorrentListModel::Queue:
        return TorrentListModel::queueSortKey(a.queuePosition) < TorrentListModel::queueSortKey(b.queuePosition);
    default:
        // Sizes, ETA, peers and ratio: the model's raw sort value.
        return QVariant::compare(left.data(TorrentListModel::SortRole), right.data(TorrentListModel::SortRole))
            == QPartialOrdering::Less;
    }
}

} // namespace Revaer
