#pragma once

#include "labelsidebar.h"
#include "statusfilter.h"

#include <QSortFilterProxyModel>

namespace Revaer {

class TorrentListModel;

// Sorts the transfer list on raw values (not display text) and filters it by
// the sidebar's status, category and tag, and the search box's text: all at once.
class TransferFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit TransferFilterProxy(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;
    void setStatusFilter(StatusFilter filter);
    StatusFilter statusFilter() const { return m_status; }
    void setNameFilter(const QString &text);
    QString nameFilter() const { return m_name; }
    // The sidebar's category (with the ones inside it) and tag.
    void setCategoryFilter(const Revaer::LabelFilter &filter);
    void setTagFilter(const Revaer::LabelFilter &filter);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    TorrentListModel *m_model = nullptr;
    StatusFilter m_status = StatusFilter::All;
    QString m_name;
    LabelFilter m_category;
    LabelFilter m_tag;
};

} // namespace Revaer
