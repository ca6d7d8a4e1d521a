#include "messagelog.h"

#include "safefile.h"
#include "units.h"

#include <QBrush>
#include <QColor>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QLocale>

namespace Revaer {

MessageLog::MessageLog(QObject *parent)
    : QAbstractTableModel(parent)
{ }

bool MessageLog::setFile(const QString &path, qint64 rotateAtBytes)
{
    m_file.close();
    m_path = path;
    m_rotateAt = rotateAtBytes;
    m_fileError.clear();
    if (path.isEmpty())
        return true;
    if (const QString problem = SafeFile::makePrivateDirectory(QFileInfo(path).absolutePath()); !problem.isEmpty()) {
        m_fileError = problem;
        return false;
    }
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text)) {
        m_fileError = tr("Cannot write the log file “%1”: %2.").arg(QDir::toNativeSeparators(path), m_file.errorString());
        return false;
    }
    SafeFile::makePrivate(path);
    return true;
}

QString MessageLog::levelName(Level level)
{
    switch (level) {
    case Level::Info:
        return tr("Note");
    case Level::Warning:
        return tr("Warning");
    case Level::Error:
        return tr("Error");
    }
    return {};
}

QString MessageLog::format(const Entry &entry)
{
    // One line per message, whatever the message holds.
    QString text = entry.text;
    text.replace(u'\n', u' ').replace(u'\r', u' ');
    const QString torrent = entry.torrent.isEmpty() ? QString() : QStringLiteral("[%1] ").arg(entry.torrent);
    return QStringLiteral("%1  %2  %3%4")
        .arg(entry.time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), levelName(entry.level).leftJustified(7),
            torrent, text);
}

void MessageLog::append(Level level, const QString &text, const QString &torrent)
{
    Entry entry {QDateTime::currentDateTime(), level, Units::elided(torrent), text};
    if (m_entries.size() >= MaxEntries) {
        beginRemoveRows({}, 0, 0);
        m_entries.removeFirst();
        endRemoveRows();
    }
    const int row = int(m_entries.size());
    beginInsertRows({}, row, row);
    m_entries.append(entry);
    endInsertRows();
    if (m_file.isOpen())
        writeLine(format(entry));
}

void MessageLog::writeLine(const QString &line)
{
    const QByteArray bytes = line.toUtf8() + '\n';
    if (m_rotateAt > 0 && m_file.size() > 0 && m_file.size() + bytes.size() > m_rotateAt)
        rotate();
    if (!m_file.isOpen())
        return;
    if (m_file.write(bytes) != bytes.size() || !m_file.flush()) {
        // A full disk: the log in memory goes on; the file waits for the next rotation.
        m_fileError = tr("Cannot write the log file “%1”: %2.").arg(QDir::toNativeSeparators(m_path), m_file.errorString());
    }
}

void MessageLog::rotate()
{
    m_file.close();
    QFile::remove(QStringLiteral("%1.%2").arg(m_path).arg(KeptFiles));
    for (int n = KeptFiles - 1; n >= 1; --n)
        QFile::rename(QStringLiteral("%1.%2").arg(m_path).arg(n), QStringLiteral("%1.%2").arg(m_path).arg(n + 1));
    QFile::rename(m_path, m_path + QStringLiteral(".1"));
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text))
        m_fileError = tr("Cannot write the log file “%1”: %2.").arg(QDir::toNativeSeparators(m_path), m_file.errorString());
    else
        SafeFile::makePrivate(m_path);
}

int MessageLog::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int MessageLog::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MessageLog::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const Entry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Time:
            return QLocale().toString(e.time.time(), QLocale::LongFormat);
        case Severity:
            return levelName(e.level);
        case Torrent:
            return e.torrent;
        case Message:
            return Units::elided(e.text, 2000);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Message)
            return Units::elided(e.text, 4000);
        if (index.column() == Time)
            return QLocale().toString(e.time, QLocale::LongFormat);
        break;
    case Qt::DecorationRole:
        if (index.column() == Severity)
            return QIcon(NotificationBanner::iconOf(e.level));
        break;
    case LevelRole:
        return int(e.level);
    default:
        break;
    }
    return {};
}

QVariant MessageLog::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case Severity:
        return tr("Severity");
    case Torrent:
        return tr("Torrent");
    case Message:
        return tr("Message");
    }
    return {};
}

void MessageLogFilter::setMinimumLevel(MessageLog::Level level)
{
    m_minimum = level;
    invalidateFilter();
}

void MessageLogFilter::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

bool MessageLogFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *source = sourceModel();
    if (source->index(sourceRow, 0, sourceParent).data(MessageLog::LevelRole).toInt() < int(m_minimum))
        return false;
    if (m_text.isEmpty())
        return true;
    for (const int column : {MessageLog::Torrent, MessageLog::Message}) {
        if (source->index(sourceRow, column, sourceParent).data(Qt::ToolTipRole).toString().contains(m_text, Qt::CaseInsensitive)
            || source->index(sourceRow, column, sourceParent).data().toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace Revaer
