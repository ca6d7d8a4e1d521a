#pragma once

#include <QMessageBox>
#include <QModelIndex>
#include <QString>
#include <QStringList>

#include <functional>

class QAbstractItemModel;
class QWidget;

namespace Revaer::Test {

// Runs `handle` on the next modal dialog that opens, so a test can answer a
// confirmation or fill in a dialog that an action shows with exec().
void answerNextDialog(std::function<void(QWidget *)> handle);
// Drops the answers no dialog took (a test that expected none to open).
void forgetDialogAnswers();
// Answers the next dialog, which must be a QMessageBox, by clicking its
// button of `role`; its text goes to `text` when given, and `prepare` runs
// first (to tick its check box).
void answerNextMessageBox(QMessageBox::ButtonRole role, QString *text = nullptr, std::function<void(QMessageBox *)> prepare = {});

// Picks an entry of the next popup menu that opens (QMenu::exec), by its
// text without "&" and "…"; "Priority/High" goes through a submenu. The
// texts of every entry it saw are put in `seen` when given.
void chooseFromNextMenu(const QString &path, QStringList *seen = nullptr);

// The first item named `name` (column 0, display text) anywhere in a tree.
QModelIndex findItem(const QAbstractItemModel *model, const QString &name, const QModelIndex &parent = {});

} // namespace Revaer::Test
