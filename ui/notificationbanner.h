#pragma once

#include <QFrame>
#include <QList>
#include <QStringList>

class QLabel;
class QToolButton;

namespace Revaer {

// A non-modal strip above the transfer list for errors and notes. It shows
// the most serious unread message (an error before a warning before a note;
// the newest of those), how many more are unread, and a menu with them in
// full, each in its severity's colour. It never takes the focus and never
// stacks dialogs. Every message also goes to the log (posted()).
class NotificationBanner : public QFrame
{
    Q_OBJECT

public:
    enum class Level { Info, Warning, Error };

    explicit NotificationBanner(QWidget *parent = nullptr);

    // `torrent` names the torrent the message is about, for the log.
    void post(Level level, const QString &message, const QString &torrent = {});
    // Marks every message read and hides.
    void dismiss();
    // Unread messages, newest first.
    QStringList messages() const;
    QString currentText() const;
    Level currentLevel() const { return m_shownLevel; }
    // The icon of a severity, shared with the log.
    static QString iconOf(Level level);

Q_SIGNALS:
    void posted(Revaer::NotificationBanner::Level level, const QString &message, const QString &torrent);
    void logRequested();

private:
    struct Unread {
        Level level;
        QString text;
    };
    void showMostSerious();
    static QString colours(Level level);

    QLabel *m_icon;
    QLabel *m_text;
    QToolButton *m_more;
    QToolButton *m_close;
    QList<Unread> m_unread; // newest first
    Level m_shownLevel = Level::Info;
};

} // namespace Revaer
