#include "dialoghelper.h"

#include <QAbstractButton>
#include <QAbstractItemModel>
#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QPointer>
#include <QTest>
#include <QTimer>
#include <QWidget>

namespace Revaer::Test {

namespace {
QList<QPointer<QTimer>> &pendingAnswers()
{
    static QList<QPointer<QTimer>> timers;
    return timers;
}
} // namespace

void forgetDialogAnswers()
{
    for (const QPointer<QTimer> &timer : std::exchange(pendingAnswers(), {}))
        delete timer.data();
}

void answerNextMessageBox(QMessageBox::ButtonRole role, QString *text, std::function<void(QMessageBox *)> prepare)
{
    answerNextDialog([role, text, prepare = std::move(prepare)](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        QVERIFY2(box, qPrintable(modal->objectName()));
        if (text)
            *text = box->text();
        if (prepare)
            prepare(box);
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == role)
                button->click();
        }
    });
}

void answerNextDialog(std::function<void(QWidget *)> handle)
{
    auto *timer = new QTimer;
    pendingAnswers().append(timer);
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

namespace {

QString plain(QString text)
{
    return text.remove(u'&').remove(QStringLiteral("…"));
}

} // namespace

namespace {

void chooseFrom(const QString &path, QStringList *seen, QPointer<QMenu> expected)
{
    // As a person would: the entry is made current and Return pressed, so
    // QMenu::exec() returns it; a submenu is opened with the Right key and
    // the rest of the path is chosen in it.
    auto *timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, path, seen, expected] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu || !menu->isVisible() || (expected && menu != expected))
            return;
        timer->stop();
        timer->deleteLater();
        const QString step = path.section(u'/', 0, 0);
        const QString rest = path.section(u'/', 1);
        QAction *found = nullptr;
        for (QAction *a : menu->actions()) {
            if (seen && !a->isSeparator())
                seen->append(plain(a->text()) + (a->isEnabled() ? QString() : QStringLiteral(" (off)")));
            if (!found && plain(a->text()) == step)
                found = a;
        }
        if (!found || !found->isEnabled()) {
            menu->close();
            return;
        }
        menu->setActiveAction(found);
        if (!rest.isEmpty() && found->menu()) {
            QTest::keyClick(menu, Qt::Key_Right);
            chooseFrom(rest, nullptr, found->menu());
            return;
        }
        QTest::keyClick(menu, Qt::Key_Return);
    });
    timer->start();
}

} // namespace

void chooseFromNextMenu(const QString &path, QStringList *seen)
{
    chooseFrom(path, seen, nullptr);
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
