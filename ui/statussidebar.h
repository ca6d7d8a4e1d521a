#pragma once

#include "statusfilter.h"

#include <QHash>
#include <QListWidget>

namespace Revaer {

// The status filters with their live counts.
class StatusSidebar : public QListWidget
{
    Q_OBJECT

public:
    explicit StatusSidebar(QWidget *parent = nullptr);

    void setCounts(const QHash<StatusFilter, int> &counts);
    int countShown(StatusFilter filter) const { return m_counts.value(filter); }
    StatusFilter current() const;
    void select(StatusFilter filter);

Q_SIGNALS:
    void filterChanged(Revaer::StatusFilter filter);

private:
    QHash<StatusFilter, int> m_counts;
};

} // namespace Revaer
