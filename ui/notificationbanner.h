#pragma once

#include <QFrame>
#include <QStringList>

class QLabel;
class QToolButton;

namespace Revaer {

// A non-modal strip above the transfer list for errors and notes: the latest
// message, how many more there are, and a menu with the recent ones. It never
// takes the focus and never stacks dialogs.
class NotificationBanner : public QFrame
{
    Q_OBJECT

public:
    enum class Level { Info, Warning, Error };

    explicit NotificationBanner(QWidget *parent = nullptr);

    void post(Level level, const QString &message);
    void dismiss();
    QStringList messages() const { return m_messages; }
    QString currentText() const;

private:
    QLabel *m_icon;
    QLabel *m_text;
    QToolButton *m_more;
    QToolButton *m_close;
    QStringList m_messages; // newest first
    int m_unseen = 0;
};

} // namespace Revaer
