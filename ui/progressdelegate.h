#pragma once

#include <QStyledItemDelegate>

namespace Revaer {

// Draws the progress column as a progress bar in the platform's style.
class ProgressDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace Revaer
