#include "statussidebar.h"
#include "uiresources.h"

#include <QIcon>

namespace Revaer {

StatusSidebar::StatusSidebar(QWidget *parent)
    : QListWidget(parent)
{
    initUiResources();
    setObjectName(QStringLiteral("statusSidebar"));
    setIconSize(QSize(18, 18));
    setFrameShape(QFrame::NoFrame);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);
    for (StatusFilter filter : allStatusFilters()) {
        auto *item = new QListWidgetItem(QIcon(statusFilterIcon(filter)), statusFilterName(filter), this);
        item->setData(Qt::UserRole, int(filter));
    }
    setCurrentRow(0);
    // Every status in view: the categories and tags below take what is left.
    setMinimumHeight(sizeHintForRow(0) * count() + 2 * frameWidth() + 2);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(this, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            Q_EMIT filterChanged(StatusFilter(item(row)->data(Qt::UserRole).toInt()));
    });
    setCounts({});
}

void StatusSidebar::setCounts(const QHash<StatusFilter, int> &counts)
{
    m_counts = counts;
    for (int i = 0; i < count(); ++i) {
        const auto filter = StatusFilter(item(i)->data(Qt::UserRole).toInt());
        item(i)->setText(QStringLiteral("%1 (%2)").arg(statusFilterName(filter)).arg(counts.value(filter)));
    }
}

StatusFilter StatusSidebar::current() const
{
    return currentItem() ? StatusFilter(currentItem()->data(Qt::UserRole).toInt()) : StatusFilter::All;
}

void StatusSidebar::select(StatusFilter filter)
{
    for (int i = 0; i < count(); ++i) {
        if (StatusFilter(item(i)->data(Qt::UserRole).toInt()) == filter)
            setCurrentRow(i);
    }
}

} // namespace Revaer
