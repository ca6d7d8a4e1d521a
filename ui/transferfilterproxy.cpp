#include "transferfilterproxy.h"

#include "torrentlabels.h"
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

void TransferFilterProxy::setCategoryFilter(const LabelFilter &filter)
{
    if (m_category == filter)
        return;
    m_category = filter;
    invalidateFilter();
}

void TransferFilterProxy::setTagFilter(const LabelFilter &filter)
{
    if (m_tag == filter)
        return;
    m_tag = filter;
    invalidateFilter();
}

bool TransferFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_model || sourceParent.isValid())
        return true;
    const TorrentListModel::Row &row = m_model->rowAt(sourceRow);
    if (!statusFilterMatches(m_status, row.state, row.progress, row.hasMetadata))
        return false;
    switch (m_category.kind) {
    case LabelFilter::Kind::All:
        break;
    case LabelFilter::Kind::None:
        if (!row.labels.category.isEmpty())
            return false;
        break;
    case LabelFilter::Kind::Named:
        if (!Labels::categoryWithin(row.labels.category, m_category.name))
            return false;
        break;
    }
    switch (m_tag.kind) {
    case LabelFilter::Kind::All:
        break;
    case LabelFilter::Kind::None:
        if (!row.labels.tags.isEmpty())
            return false;
        break;
    case LabelFilter::Kind::Named:
        if (!row.labels.tags.contains(m_tag.name))
            return false;
        break;
    }
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
    case TorrentListModel::Category:
        return QString::localeAwareCompare(a.labels.category, b.labels.category) < 0;
    case TorrentListModel::Tags:
        return QString::localeAwareCompare(a.labels.tags.join(u','), b.labels.tags.join(u',')) < 0;
    default:
        // Sizes, ETA, peers and ratio: the model's raw sort value.
        return QVariant::compare(left.data(TorrentListModel::SortRole), right.data(TorrentListModel::SortRole))
            == QPartialOrdering::Less;
    }
}

} // namespace Revaer
