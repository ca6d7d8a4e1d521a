#include "fastresumestore.h"

#include "logging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>
#include <QSet>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace Revaer {

namespace {

const QString ResumeSuffix = QStringLiteral(".fastresume");
const QString JsonSuffix = QStringLiteral(".json");
const QString RunningMarker = QStringLiteral("revaer.running");

QString tr(const char *text)
{
    return QCoreApplication::translate("Revaer::FastResumeStore", text);
}

#ifdef Q_OS_UNIX
QString syncPath(const QString &path, int flags)
{
    const int fd = ::open(QFile::encodeName(path).constData(), flags | O_CLOEXEC);
    if (fd < 0)
        return QString::fromLocal8Bit(std::strerror(errno));
    const int result = ::fsync(fd);
    const int error = errno;
    ::close(fd);
    return result == 0 ? QString() : QString::fromLocal8Bit(std::strerror(error));
}
#endif

} // namespace

FastResumeStore::FastResumeStore(QString directory)
    : m_directory(QDir::cleanPath(QDir(directory).absolutePath()))
{
}

QString FastResumeStore::resumePath(const TorrentId &id) const
{
    return m_directory + u'/' + id.toString() + ResumeSuffix;
}

QString FastResumeStore::jsonPath(const TorrentId &id) const
{
    return m_directory + u'/' + id.toString() + JsonSuffix;
}

QString FastResumeStore::quarantineDirectory() const
{
    return m_directory + QStringLiteral("/quarantine");
}

void FastResumeStore::observe(const char *step, const QString &path) const
{
    if (m_observer)
        m_observer(QString::fromLatin1(step), path);
}

QString FastResumeStore::prepare() const
{
    QDir dir(m_directory);
    if (!dir.exists() && !QDir().mkpath(m_directory))
        return tr("Cannot create the resume folder “%1”. Check that its parent exists and that Revaer may write there.")
            .arg(QDir::toNativeSeparators(m_directory));
    const QFileInfo info(m_directory);
    if (!info.isDir())
        return tr("The resume folder “%1” is not a folder.").arg(QDir::toNativeSeparators(m_directory));
    // A real write says more than permission bits (read-only mounts, full disks, ACLs).
    QSaveFile probe(m_directory + QStringLiteral("/.write-test"));
    if (!probe.open(QIODevice::WriteOnly) || probe.write("ok", 2) != 2 || !probe.commit())
        return tr("Cannot write to the resume folder “%1”: %2. Torrents keep downloading, but progress will not "
                  "survive a restart until the folder is writable.")
            .arg(QDir::toNativeSeparators(m_directory), probe.errorString());
    QFile::remove(m_directory + QStringLiteral("/.write-test"));
    return {};
}

QList<TorrentId> FastResumeStore::scan() const
{
    QList<TorrentId> ids;
    const QDir dir(m_directory);
    const QStringList names = dir.entryList({QStringLiteral("*") + ResumeSuffix, QStringLiteral("*") + JsonSuffix}, QDir::Files,
                                            QDir::Name);
    ids.reserve(names.size());
    for (const QString &name : names) {
        const TorrentId id = TorrentId::fromHex(QStringView(name).left(name.lastIndexOf(u'.')));
        if (id.isValid() && (ids.isEmpty() || ids.constLast() != id))
            ids.append(id);
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

FastResumeStore::Entry FastResumeStore::read(const TorrentId &id) const
{
    Entry entry;
    auto readFile = [&entry](const QString &path) -> std::optional<QByteArray> {
        QFile file(path);
        if (!file.exists())
            return std::nullopt;
        if (!file.open(QIODevice::ReadOnly)) {
            entry.readError = QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
            return std::nullopt;
        }
        return file.readAll();
    };
    entry.resumeData = readFile(resumePath(id));
    entry.json = readFile(jsonPath(id));
    return entry;
}

QString FastResumeStore::commit(const QString &path, const QByteArray &data) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Cannot write “%1”: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    if (file.write(data) != data.size()) {
        const QString error = file.errorString();
        file.cancelWriting();
        return tr("Cannot write “%1”: %2").arg(QDir::toNativeSeparators(path), error);
    }
    // QSaveFile::commit() syncs the temporary file to disk, then renames it
    // over the old one: the old file stays intact if anything fails.
    if (!file.commit())
        return tr("Cannot write “%1”: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    observe("write", path);
    return {};
}

QString FastResumeStore::writeJson(const TorrentId &id, const QByteArray &json) const
{
    return commit(jsonPath(id), json);
}

QString FastResumeStore::writeResumeData(const TorrentId &id, const QByteArray &data) const
{
    return commit(resumePath(id), data);
}

QString FastResumeStore::queuePath() const
{
    return m_directory + QStringLiteral("/queue.order");
}

QString FastResumeStore::writeQueueOrder(const QList<TorrentId> &order) const
{
    QByteArray data;
    data.reserve(order.size() * 41);
    for (const TorrentId &id : order)
        data += id.toString().toLatin1() + '\n';
    return commit(queuePath(), data);
}

QList<TorrentId> FastResumeStore::readQueueOrder() const
{
    // A missing or damaged file only loses the order, never a torrent:
    // lines that are not info-hashes are skipped.
    QFile file(queuePath());
    QList<TorrentId> order;
    if (!file.open(QIODevice::ReadOnly))
        return order;
    const QList<QByteArray> lines = file.readAll().split('\n');
    order.reserve(lines.size());
    QSet<TorrentId> seen;
    seen.reserve(lines.size());
    for (const QByteArray &line : lines) {
        const TorrentId id = TorrentId::fromHex(QString::fromLatin1(line.trimmed()));
        if (id.isValid() && !seen.contains(id)) {
            seen.insert(id);
            order.append(id);
        }
    }
    return order;
}

QString FastResumeStore::remove(const TorrentId &id) const
{
    for (const QString &path : {jsonPath(id), resumePath(id)}) {
        QFile file(path);
        if (file.exists() && !file.remove())
            return tr("Cannot remove “%1”: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        observe("remove", path);
    }
    return {};
}

QString FastResumeStore::syncDirectory() const
{
    observe("sync-dir", m_directory);
#ifdef Q_OS_UNIX
    const QString error = syncPath(m_directory, O_RDONLY | O_DIRECTORY);
    if (!error.isEmpty())
        return tr("Cannot sync the resume folder “%1”: %2").arg(QDir::toNativeSeparators(m_directory), error);
#endif
    return {};
}

QString FastResumeStore::syncFile(const QString &path) const
{
    observe("sync-file", path);
#ifdef Q_OS_UNIX
    // fsync through a read-only descriptor flushes the file's dirty pages on Linux and macOS.
    const QString error = syncPath(path, O_RDONLY);
    if (!error.isEmpty() && QFile::exists(path))
        return tr("Cannot sync “%1”: %2").arg(QDir::toNativeSeparators(path), error);
#else
    QFile file(path);
    if (file.open(QIODevice::ReadWrite | QIODevice::ExistingOnly))
        file.flush();
#endif
    return {};
}

QString FastResumeStore::syncFiles(const QStringList &paths) const
{
    constexpr qsizetype OneByOneLimit = 32;
#ifdef Q_OS_LINUX
    if (paths.size() > OneByOneLimit) {
        // One file per file system stands for all of them.
        QHash<dev_t, QString> byDevice;
        for (const QString &path : paths) {
            struct stat st = {};
            if (::stat(QFile::encodeName(path).constData(), &st) == 0 && !byDevice.contains(st.st_dev))
                byDevice.insert(st.st_dev, path);
        }
        for (const QString &path : std::as_const(byDevice)) {
            observe("sync-fs", path);
            const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
            if (fd < 0)
                continue;
            const int result = ::syncfs(fd);
            const int error = errno;
            ::close(fd);
            if (result != 0)
                return tr("Cannot sync the disk holding “%1”: %2").arg(QDir::toNativeSeparators(path), QString::fromLocal8Bit(std::strerror(error)));
        }
        return {};
    }
#endif
    for (const QString &path : paths) {
        const QString error = syncFile(path);
        if (!error.isEmpty())
            return error;
    }
    return {};
}

QStringList FastResumeStore::quarantine(const TorrentId &id, const QString &reason, bool resumeData, bool json) const
{
    QStringList moved;
    const QString target = quarantineDirectory();
    if (!QDir().mkpath(target)) {
        qCWarning(lcResume) << "cannot create" << target;
        return moved;
    }
    // Never overwrite an earlier quarantined copy: add the time when one exists.
    QString base = target + u'/' + id.toString();
    if (QFile::exists(base + ResumeSuffix) || QFile::exists(base + JsonSuffix) || QFile::exists(base + QStringLiteral(".reason.txt")))
        base += u'-' + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));

    QStringList sources;
    if (resumeData)
        sources.append(resumePath(id));
    if (json)
        sources.append(jsonPath(id));
    for (const QString &source : sources) {
        if (!QFile::exists(source))
            continue;
        const QString destination = base + source.mid(source.lastIndexOf(u'.'));
        if (QFile::rename(source, destination))
            moved.append(destination);
        else
            qCWarning(lcResume) << "cannot move" << source << "to" << destination;
    }
    QSaveFile reasonFile(base + QStringLiteral(".reason.txt"));
    if (reasonFile.open(QIODevice::WriteOnly)) {
        reasonFile.write(reason.toUtf8() + '\n');
        reasonFile.commit();
    }
    syncDirectory();
    return moved;
}

bool FastResumeStore::markRunning() const
{
    const QString path = m_directory + u'/' + RunningMarker;
    const bool wasRunning = QFile::exists(path);
    commit(path, QByteArray::number(QCoreApplication::applicationPid()) + '\n');
    syncDirectory();
    return wasRunning;
}

void FastResumeStore::markStopped() const
{
    QFile::remove(m_directory + u'/' + RunningMarker);
    syncDirectory();
}

QList<StoredTorrent::FileStamp> FastResumeStore::stampFiles(const QString &savePath, const QStringList &filePaths,
                                                            const QList<bool> &complete)
{
    QList<StoredTorrent::FileStamp> stamps;
    stamps.reserve(filePaths.size());
    for (qsizetype i = 0; i < filePaths.size(); ++i) {
        const QFileInfo info(savePath + u'/' + filePaths.at(i));
        StoredTorrent::FileStamp stamp;
        if (info.exists()) {
            stamp.size = info.size();
            stamp.modifiedMs = info.lastModified().toMSecsSinceEpoch();
        }
        stamp.complete = i < complete.size() && complete.at(i);
        stamps.append(stamp);
    }
    return stamps;
}

} // namespace Revaer
