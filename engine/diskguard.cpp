#include "diskguard.h"

#include "logging.h"
#include "platform/platform.h"
#include "safefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStorageInfo>
#include <QTimer>

namespace Revaer {

namespace {

constexpr qint64 MiB = 1024 * 1024;
constexpr qint64 MaxWaitMs = 10 * 60 * 1000;

// The nearest existing folder at or above `path`.
QString existingFolder(const QString &path)
{
    QFileInfo info(path);
    if (info.isDir())
        return info.absoluteFilePath();
    info.setFile(info.absolutePath());
    while (!info.isDir() && info.absolutePath() != info.absoluteFilePath())
        info.setFile(info.absolutePath());
    return info.absoluteFilePath();
}

} // namespace

DiskGuard::DiskGuard(std::chrono::milliseconds interval, QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
    , m_interval(interval)
{
    m_timer->setInterval(interval);
    connect(m_timer, &QTimer::timeout, this, &DiskGuard::check);
}

void DiskGuard::setProbes(FreeSpace freeSpace, CanWrite canWrite)
{
    m_freeSpace = std::move(freeSpace);
    m_canWrite = std::move(canWrite);
}

qint64 DiskGuard::spaceNeeded(qint64 remaining)
{
    // What the torrent still wants plus a few pieces of slack (pieces that
    // straddle unwanted files are written too), but never more than 256 MiB:
    // past that it makes good progress and the guard will catch it again.
    return std::min<qint64>(std::max<qint64>(remaining, 0) + 4 * MiB, 256 * MiB);
}

qint64 DiskGuard::freeSpaceAt(const QString &path)
{
    return QStorageInfo(existingFolder(path)).bytesAvailable();
}

bool DiskGuard::canWriteAt(const QString &path)
{
    // A file that exists must itself be writable.
    if (QFileInfo(path).isFile() && !Platform::canWriteFile(path))
        return false;
    const QString probe = existingFolder(path) + QStringLiteral("/.revaer-write-test");
    if (!SafeFile::write(probe, "ok", *FileOps::system()).isEmpty())
        return false;
    QFile::remove(probe);
    return true;
}

void DiskGuard::block(const TorrentId &id, const QString &name, const QString &path, bool diskFull, qint64 remaining)
{
    Blocked &b = m_blocked[id];
    b.name = name;
    b.path = path;
    b.diskFull = diskFull;
    b.remaining = remaining;
    b.since.start();
    const int attempts = m_attempts.value(id);
    b.waitMs = std::min<qint64>(MaxWaitMs, qint64(m_interval.count()) << std::min(attempts, 16));
    if (!m_timer->isActive())
        m_timer->start();
    publish();
}

void DiskGuard::forget(const TorrentId &id)
{
    m_attempts.remove(id);
    if (m_blocked.remove(id) > 0)
        publish();
    if (m_blocked.isEmpty())
        m_timer->stop();
}

void DiskGuard::clear()
{
    m_blocked.clear();
    m_attempts.clear();
    m_timer->stop();
    publish();
}

void DiskGuard::check()
{
    QList<TorrentId> ready;
    for (auto it = m_blocked.cbegin(); it != m_blocked.cend(); ++it) {
        const Blocked &b = it.value();
        if (b.since.elapsed() < b.waitMs - qint64(m_interval.count()))
            continue; // backing off after a retry that failed again
        const bool fixed = b.diskFull ? m_freeSpace(b.path) >= spaceNeeded(b.remaining) : m_canWrite(b.path);
        if (fixed)
            ready.append(it.key());
    }
    for (const TorrentId &id : std::as_const(ready)) {
        const Blocked b = m_blocked.take(id);
        ++m_attempts[id];
        qCInfo(lcHealth).noquote() << (b.diskFull ? "disk space is back" : "the folder can be written again") << "; resuming"
                                   << b.name;
        Q_EMIT retry(id);
    }
    if (!ready.isEmpty())
        publish();
    if (m_blocked.isEmpty())
        m_timer->stop();
}

void DiskGuard::publish()
{
    // One line per full disk: where, and who waits for it.
    QHash<QString, QStringList> waiting; // the disk's root -> names
    QHash<QString, QString> example; // the disk's root -> a path on it
    for (const Blocked &b : std::as_const(m_blocked)) {
        if (!b.diskFull)
            continue;
        const QString root = QStorageInfo(existingFolder(b.path)).rootPath();
        waiting[root].append(b.name);
        if (!example.contains(root))
            example.insert(root, b.path);
    }
    QStringList lines;
    for (auto it = waiting.cbegin(); it != waiting.cend(); ++it) {
        QStringList names = it.value();
        names.sort();
        const qsizetype count = names.size();
        if (count > 3)
            names = names.mid(0, 3) << tr("%n more", nullptr, int(count - 3));
        lines.append(tr("The disk holding “%1” is full: %n torrent(s) stopped downloading (%2). Free some space; Revaer "
                        "resumes them when there is room again.",
            nullptr, int(count))
                         .arg(QDir::toNativeSeparators(example.value(it.key())), names.join(QStringLiteral(", "))));
    }
    lines.sort();
    const QString problem = lines.join(u'\n');
    if (problem == m_problem)
        return;
    m_problem = problem;
    Q_EMIT diskFullChanged(problem);
}

} // namespace Revaer
