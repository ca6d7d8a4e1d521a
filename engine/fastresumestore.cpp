#include "fastresumestore.h"

#include "logging.h"
#include "platform/platform.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>

namespace Revaer {

namespace {

const QString ResumeSuffix = QStringLiteral(".fastresume");
const QString JsonSuffix = QStringLiteral(".json");
const QString RunningMarker = QStringLiteral("revaer.running");
// queue.order: one 41-byte line per torrent.
constexpr qint64 MaxQueueFileSize = 64 * 1024 * 1024;

QString tr(const char *text)
{
    return QCoreApplication::translate("Revaer::FastResumeStore", text);
}

} // namespace

FastResumeStore::FastResumeStore(QString directory, std::shared_ptr<FileOps> ops)
    : m_directory(QDir::cleanPath(QDir(directory).absolutePath()))
    , m_ops(std::move(ops))
{ }

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
    const QString created = SafeFile::makePrivateDirectory(m_directory);
    if (!created.isEmpty())
        return tr("Cannot create the resume folder “%1”: %2. Check that its parent exists and that Revaer may write there.")
            .arg(QDir::toNativeSeparators(m_directory), created);
    // Torrents' names, folders and trackers are nobody else's business.
    SafeFile::makePrivate(m_directory);
    // Temporary files a crash left behind (they never replaced anything).
    const QStringList leftovers
        = QDir(m_directory)
              .entryList({QStringLiteral("*") + SafeFile::temporarySuffix() + u'*'}, QDir::Files | QDir::Hidden | QDir::System);
    for (const QString &name : leftovers)
        m_ops->remove(m_directory + u'/' + name);
    // A real write says more than permission bits (read-only mounts, full disks, ACLs).
    const QString probe = m_directory + QStringLiteral("/.write-test");
    const QString error = SafeFile::write(probe, "ok", *m_ops);
    if (!error.isEmpty())
        return tr("Cannot write to the resume folder “%1”: %2. Torrents keep downloading, but progress will not "
                  "survive a restart until the folder is writable.")
            .arg(QDir::toNativeSeparators(m_directory), error);
    m_ops->remove(probe);
    return {};
}

QList<TorrentId> FastResumeStore::scan() const
{
    QList<TorrentId> ids;
    const QDir dir(m_directory);
    // Folders, FIFOs and devices under a resume file's name are found too, so
    // that they are set aside rather than left to break every write.
    const QStringList names = dir.entryList({QStringLiteral("*") + ResumeSuffix, QStringLiteral("*") + JsonSuffix},
        QDir::Files | QDir::Dirs | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
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
    auto readFile = [](const QString &path, qint64 limit, QString *error) -> std::optional<QByteArray> {
        SafeFile::ReadResult read = SafeFile::read(path, limit);
        if (read.status == SafeFile::ReadResult::Status::Unusable)
            *error = read.error;
        if (!read.ok())
            return std::nullopt;
        return std::move(read.data);
    };
    entry.resumeData = readFile(resumePath(id), MaxResumeDataSize, &entry.resumeReadError);
    entry.json = readFile(jsonPath(id), MaxJsonSize, &entry.jsonReadError);
    return entry;
}

QString FastResumeStore::commit(const QString &path, const QByteArray &data) const
{
    const QString error = SafeFile::write(path, data, *m_ops);
    if (error.isEmpty())
        observe("write", path);
    return error;
}

QString FastResumeStore::refusedEmpty(const QString &path)
{
    return tr("Refused to replace “%1” with an empty file.").arg(QDir::toNativeSeparators(path));
}

QStringList FastResumeStore::writeTogether(const QList<TorrentFiles> &torrents) const
{
    QList<QList<SafeFile::FileWrite>> groups;
    QStringList refused;
    groups.reserve(torrents.size());
    refused.reserve(torrents.size());
    for (const TorrentFiles &t : torrents) {
        QList<SafeFile::FileWrite> &group = groups.emplaceBack();
        QString &why = refused.emplaceBack();
        auto add = [&](const QString &path, const std::optional<QByteArray> &data) {
            if (!data || !why.isEmpty())
                return;
            if (data->isEmpty())
                why = refusedEmpty(path);
            else
                group.append({path, *data});
        };
        add(jsonPath(t.id), t.json);
        add(resumePath(t.id), t.resumeData);
        if (!why.isEmpty())
            group.clear(); // none of its files
    }
    observe("sync-fs", m_directory);
    QStringList errors = SafeFile::writeTogether(m_directory, groups, *m_ops);
    for (qsizetype i = 0; i < groups.size(); ++i) {
        if (!refused.at(i).isEmpty()) {
            errors[i] = refused.at(i);
        } else if (errors.at(i).isEmpty()) {
            for (const SafeFile::FileWrite &file : std::as_const(groups.at(i)))
                observe("write", file.path);
        }
    }
    return errors;
}

QString FastResumeStore::writeJson(const TorrentId &id, const QByteArray &json) const
{
    if (json.isEmpty())
        return refusedEmpty(jsonPath(id));
    return commit(jsonPath(id), json);
}

QString FastResumeStore::writeResumeData(const TorrentId &id, const QByteArray &data) const
{
    // libtorrent's resume data is never empty: an empty buffer is a bug
    // upstream, and must not replace resume data that works.
    if (data.isEmpty())
        return refusedEmpty(resumePath(id));
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
    QList<TorrentId> order;
    const SafeFile::ReadResult file = SafeFile::read(queuePath(), MaxQueueFileSize);
    if (!file.ok()) {
        if (!file.error.isEmpty())
            qCWarning(lcResume).noquote() << "the download queue is not restored:" << file.error;
        return order;
    }
    const QList<QByteArray> lines = file.data.split('\n');
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
        const QString error = m_ops->remove(path);
        if (!error.isEmpty())
            return tr("Cannot remove “%1”: %2").arg(QDir::toNativeSeparators(path), error);
        observe("remove", path);
    }
    return {};
}

QString FastResumeStore::syncDirectory() const
{
    observe("sync-dir", m_directory);
    const QString error = m_ops->syncDirectory(m_directory);
    if (!error.isEmpty())
        return tr("Cannot sync the resume folder “%1”: %2").arg(QDir::toNativeSeparators(m_directory), error);
    return {};
}

QString FastResumeStore::syncFile(const QString &path) const
{
    observe("sync-file", path);
    const QString error = m_ops->syncFile(path);
    // A file that is gone has nothing left to sync.
    if (!error.isEmpty() && QFileInfo::exists(path))
        return tr("Cannot sync “%1”: %2").arg(QDir::toNativeSeparators(path), error);
    return {};
}

QString FastResumeStore::syncFiles(const QStringList &paths) const
{
    constexpr qsizetype OneByOneLimit = 32;
    if (paths.size() > OneByOneLimit && Platform::syncsWholeFileSystems()) {
        // One file per file system stands for all of them.
        QHash<quint64, QString> byDevice;
        for (const QString &path : paths) {
            quint64 device = 0;
            if (Platform::fileSystemOf(path, &device) && !byDevice.contains(device))
                byDevice.insert(device, path);
        }
        for (const QString &path : std::as_const(byDevice)) {
            observe("sync-fs", path);
            const QString error = m_ops->syncFileSystem(path);
            if (!error.isEmpty() && QFileInfo::exists(path))
                return tr("Cannot sync the disk holding “%1”: %2").arg(QDir::toNativeSeparators(path), error);
        }
        return {};
    }
    for (const QString &path : paths) {
        const QString error = syncFile(path);
        if (!error.isEmpty())
            return error;
    }
    return {};
}

QStringList FastResumeStore::quarantine(
    const TorrentId &id, const QString &reason, bool resumeData, bool json, QString *error) const
{
    QStringList moved;
    QStringList problems;
    const QString target = quarantineDirectory();
    const QString created = SafeFile::makePrivateDirectory(target);
    if (!created.isEmpty()) {
        qCWarning(lcResume).noquote() << created;
        if (error)
            *error = created;
        return moved;
    }
    // Never overwrite an earlier quarantined copy: add the time when one exists.
    QString base = target + u'/' + id.toString();
    auto taken = [](const QString &path) { return QFileInfo::exists(path) || QFileInfo(path).isSymLink(); };
    if (taken(base + ResumeSuffix) || taken(base + JsonSuffix) || taken(base + QStringLiteral(".reason.txt")))
        base += u'-' + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));

    QStringList sources;
    if (resumeData)
        sources.append(resumePath(id));
    if (json)
        sources.append(jsonPath(id));
    for (const QString &source : sources) {
        if (!QFileInfo::exists(source) && !QFileInfo(source).isSymLink())
            continue;
        const QString destination = base + source.mid(source.lastIndexOf(u'.'));
        // A plain rename: it moves a folder, a FIFO or an unreadable file as well.
        const QString failed = m_ops->rename(source, destination);
        if (failed.isEmpty()) {
            moved.append(destination);
        } else {
            problems.append(tr("cannot move “%1” to “%2”: %3")
                                .arg(QDir::toNativeSeparators(source), QDir::toNativeSeparators(destination), failed));
            qCWarning(lcResume).noquote() << problems.constLast();
        }
    }
    SafeFile::write(base + QStringLiteral(".reason.txt"), reason.toUtf8() + '\n', *m_ops);
    syncDirectory();
    if (error)
        *error = problems.join(QStringLiteral("; "));
    return moved;
}

bool FastResumeStore::markRunning() const
{
    const QString path = m_directory + u'/' + RunningMarker;
    const bool wasRunning = QFileInfo::exists(path) || QFileInfo(path).isSymLink();
    commit(path, QByteArray::number(QCoreApplication::applicationPid()) + '\n');
    syncDirectory();
    return wasRunning;
}

void FastResumeStore::markStopped() const
{
    m_ops->remove(m_directory + u'/' + RunningMarker);
    syncDirectory();
}

QList<StoredTorrent::FileStamp> FastResumeStore::stampFiles(
    const QString &savePath, const QStringList &filePaths, const QList<bool> &complete)
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
