#pragma once

#include "notificationbanner.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QFile>
#include <QList>
#include <QSortFilterProxyModel>

namespace Revaer {

// Every message of the session (errors, warnings, notes) with its time,
// severity and torrent, for View > Log; also appended to a log file in the
// profile, which is rotated: revaer.log, then revaer.log.1 … .3.
class MessageLog : public QAbstractTableModel
{
    Q_OBJECT

public:
    using Level = NotificationBanner::Level;
    enum Column { Time, Severity, Torrent, Message, ColumnCount };
    enum Role { LevelRole = Qt::UserRole + 1 };
    struct Entry {
        QDateTime time;
        Level level = Level::Info;
        QString torrent; // its name, empty when the message is not about one
        QString text;
    };
    static constexpr int MaxEntries = 10'000; // in memory; the file keeps more
    static constexpr int KeptFiles = 3; // older files beside the current one

    explicit MessageLog(QObject *parent = nullptr);

    // Appends every entry to `path` too (its folder is made, private to the
    // user). An empty path writes no file. False, with fileError(), when the
    // file cannot be written; the log in memory goes on.
    bool setFile(const QString &path, qint64 rotateAtBytes = 1024 * 1024);
    QString filePath() const { return m_path; }
    QString fileError() const { return m_fileError; }

    void append(Level level, const QString &text, const QString &torrent = {});
    const QList<Entry> &entries() const { return m_entries; }
    // One line: "2026-11-28 09:30:01  Error    [torrent] text".
    static QString format(const Entry &entry);
    static QString levelName(Level level);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void writeLine(const QString &line);
    void rotate();

    QList<Entry> m_entries;
    QString m_path;
    QString m_fileError;
    QFile m_file;
    qint64 m_rotateAt = 0;
};

// The log's rows at or above a severity, holding a text (any column).
class MessageLogFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setMinimumLevel(MessageLog::Level level);
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    MessageLog::Level m_minimum = MessageLog::Level::Info;
    QString m_text;
};

} // namespace Revaer
