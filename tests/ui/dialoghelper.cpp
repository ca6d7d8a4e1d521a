#include "dialoghelper.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QTimer>
#include <QWidget>

namespace Revaer::Test {

void answerNextDialog(std::function<void(QWidget *)> handle)
{
    auto *timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, handle = std::move(handle)] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal)
            return;
        timer->stop();
        timer->deleteLater();
        handle(modal);
    });
    timer->start();
}

QModelIndex findItem(const QAbstractItemModel *model, const QString &name, const QModelIndex &parent)
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        if (index.data().toString() == name)
            return index;
        const QModelIndex below = findItem(model, name, index);
        if (below.isValid())
            return below;
    }
    return {};
}

} // namespace Revaer::Test
