#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;
class QTableView;

namespace Revaer {

class MessageLog;
class MessageLogFilter;

// View > Log: every message of the session, newest last, filterable by
// severity and text, copyable; names the log file in the profile.
class LogWindow : public QDialog
{
    Q_OBJECT

public:
    explicit LogWindow(MessageLog *log, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    MessageLogFilter *filter() const { return m_filter; }
    // The shown rows (all when none is selected) as lines, as the file has them.
    QString selectedText(bool all) const;
    void copy(bool all) const;

private:
    MessageLog *m_log;
    MessageLogFilter *m_filter;
    QTableView *m_view;
    QComboBox *m_level;
    QLineEdit *m_search;
};

} // namespace Revaer
