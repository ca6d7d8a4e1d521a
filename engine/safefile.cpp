#include "safefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#else
#include <QHash>
#include <QMutex>
#include <QSaveFile>
#endif

namespace Revaer {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Revaer::SafeFile", text);
}

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

#ifdef Q_OS_UNIX
QString errorText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

QByteArray encoded(const QString &path)
{
    return QFile::encodeName(path);
}

// Retries a call interrupted by a signal.
template<typename Call> auto retrying(Call call)
{
    for (;;) {
        const auto result = call();
        if (result >= 0 || errno != EINTR)
            return result;
    }
}

QString syncDescriptor(int fd)
{
#ifdef Q_OS_MACOS
    // fsync() on macOS leaves the data in the drive's cache; F_FULLFSYNC asks
    // the drive to write it. Some file systems refuse it: fsync is then the best there is.
    if (::fcntl(fd, F_FULLFSYNC) == 0)
        return {};
#endif
#ifdef Q_OS_LINUX
    // The data and what is needed to read it back (the size), without the
    // timestamps: what QSaveFile uses too, and cheaper than fsync.
    return retrying([fd] { return ::fdatasync(fd); }) == 0 ? QString() : errorText(errno);
#else
    return retrying([fd] { return ::fsync(fd); }) == 0 ? QString() : errorText(errno);
#endif
}

QString syncPath(const QString &path, int flags)
{
    const int fd = retrying([&] { return ::open(encoded(path).constData(), flags | O_CLOEXEC | O_NONBLOCK | O_NOCTTY); });
    if (fd < 0)
        return errorText(errno);
    const QString error = syncDescriptor(fd);
    ::close(fd);
    return error;
}
#endif

} // namespace

FileOps::~FileOps() = default;

std::shared_ptr<FileOps> FileOps::system()
{
    static const std::shared_ptr<FileOps> real = std::make_shared<FileOps>();
    return real;
}

#ifdef Q_OS_UNIX

QString FileOps::create(const QString &path, Handle *handle)
{
    const int fd = retrying(
        [&] { return ::open(encoded(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC | O_NOCTTY, 0600); });
    if (fd < 0)
        return errorText(errno);
    *handle = fd;
    return {};
}

QString FileOps::createAnonymous(const QString &path, Handle *handle)
{
#if defined(Q_OS_LINUX) && defined(O_TMPFILE)
    const QByteArray folder = encoded(QFileInfo(path).absolutePath());
    const int fd = retrying([&] { return ::open(folder.constData(), O_TMPFILE | O_WRONLY | O_CLOEXEC, 0600); });
    if (fd < 0)
        return errorText(errno);
    *handle = fd;
    return {};
#else
    Q_UNUSED(path);
    Q_UNUSED(handle);
    return tr("not supported here");
#endif
}

QString FileOps::link(Handle handle, const QString &path)
{
#ifdef Q_OS_LINUX
    // Through /proc: linkat(fd, "", ..., AT_EMPTY_PATH) needs a capability.
    const QByteArray self = "/proc/self/fd/" + QByteArray::number(qint64(handle));
    if (::linkat(AT_FDCWD, self.constData(), AT_FDCWD, encoded(path).constData(), AT_SYMLINK_FOLLOW) == 0)
        return {};
    return errorText(errno);
#else
    Q_UNUSED(handle);
    Q_UNUSED(path);
    return tr("not supported here");
#endif
}

QString FileOps::write(Handle handle, const char *data, qint64 size)
{
    qint64 done = 0;
    while (done < size) {
        const ssize_t n = retrying([&] { return ::write(int(handle), data + done, size_t(size - done)); });
        if (n < 0)
            return errorText(errno);
        if (n == 0)
            return errorText(ENOSPC); // a write that makes no progress: treat as full
        done += n;
    }
    return {};
}

QString FileOps::sync(Handle handle)
{
    return syncDescriptor(int(handle));
}

QString FileOps::close(Handle handle)
{
    // close() is not retried on EINTR: on Linux the descriptor is gone either way.
    return ::close(int(handle)) == 0 ? QString() : errorText(errno);
}

QString FileOps::rename(const QString &from, const QString &to)
{
    return ::rename(encoded(from).constData(), encoded(to).constData()) == 0 ? QString() : errorText(errno);
}

QString FileOps::remove(const QString &path)
{
    if (::unlink(encoded(path).constData()) == 0 || errno == ENOENT)
        return {};
    return errorText(errno);
}

QString FileOps::syncDirectory(const QString &path)
{
    return syncPath(path, O_RDONLY | O_DIRECTORY);
}

QString FileOps::syncFile(const QString &path)
{
    // fsync through a read-only descriptor flushes the file's dirty pages on Linux and macOS.
    return syncPath(path, O_RDONLY);
}

QString FileOps::syncFileSystem(const QString &path)
{
#ifdef Q_OS_LINUX
    const int fd = retrying([&] { return ::open(encoded(path).constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY); });
    if (fd < 0)
        return errorText(errno);
    const int result = ::syncfs(fd);
    const int error = errno;
    ::close(fd);
    return result == 0 ? QString() : errorText(error);
#else
    return syncFile(path);
#endif
}

#else // not Q_OS_UNIX: Qt's file classes, with the same promises where the platform gives them.

namespace {

struct OpenFiles {
    QMutex mutex;
    QHash<FileOps::Handle, QFile *> files;
    FileOps::Handle next = 1;
};

OpenFiles &openFiles()
{
    static OpenFiles files;
    return files;
}

QFile *fileOf(FileOps::Handle handle)
{
    OpenFiles &open = openFiles();
    QMutexLocker lock(&open.mutex);
    return open.files.value(handle);
}

} // namespace

QString FileOps::create(const QString &path, Handle *handle)
{
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::WriteOnly | QIODevice::NewOnly | QIODevice::Unbuffered))
        return file->errorString();
    file->setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    OpenFiles &open = openFiles();
    QMutexLocker lock(&open.mutex);
    *handle = open.next++;
    open.files.insert(*handle, file.release());
    return {};
}

QString FileOps::createAnonymous(const QString &, Handle *)
{
    return tr("not supported here");
}

QString FileOps::link(Handle, const QString &)
{
    return tr("not supported here");
}

QString FileOps::write(Handle handle, const char *data, qint64 size)
{
    QFile *file = fileOf(handle);
    if (!file)
        return QStringLiteral("bad handle");
    qint64 done = 0;
    while (done < size) {
        const qint64 n = file->write(data + done, size - done);
        if (n <= 0)
            return file->errorString();
        done += n;
    }
    return {};
}

QString FileOps::sync(Handle handle)
{
    QFile *file = fileOf(handle);
    if (!file)
        return QStringLiteral("bad handle");
    // Unbuffered: flush() has nothing of Qt's to write; the OS's cache is
    // what remains (FlushFileBuffers, see docs/platforms.md when it exists).
    return file->flush() ? QString() : file->errorString();
}

QString FileOps::close(Handle handle)
{
    OpenFiles &open = openFiles();
    QFile *file = nullptr;
    {
        QMutexLocker lock(&open.mutex);
        file = open.files.take(handle);
    }
    if (!file)
        return QStringLiteral("bad handle");
    file->close();
    const QString error = file->error() == QFileDevice::NoError ? QString() : file->errorString();
    delete file;
    return error;
}

QString FileOps::rename(const QString &from, const QString &to)
{
    // QFile::rename does not replace; remove first (not atomic here).
    if (QFileInfo::exists(to) && !QFile::remove(to) && !QDir(to).removeRecursively())
        return tr("cannot replace the old file");
    return QFile::rename(from, to) || QDir().rename(from, to) ? QString() : tr("cannot rename");
}

QString FileOps::remove(const QString &path)
{
    return !QFileInfo::exists(path) || QFile::remove(path) ? QString() : tr("cannot remove");
}

QString FileOps::syncDirectory(const QString &)
{
    return {};
}

QString FileOps::syncFile(const QString &path)
{
    QFile file(path);
    if (file.open(QIODevice::ReadWrite | QIODevice::ExistingOnly))
        file.flush();
    return {};
}

QString FileOps::syncFileSystem(const QString &path)
{
    return syncFile(path);
}

#endif

namespace SafeFile {

QString temporarySuffix()
{
    return QStringLiteral(".revaer-tmp");
}

ReadResult read(const QString &path, qint64 maxBytes)
{
    ReadResult result;
    auto unusable = [&](const QString &why) {
        result.status = ReadResult::Status::Unusable;
        result.error = QStringLiteral("“%1”: %2").arg(native(path), why);
        return result;
    };
#ifdef Q_OS_UNIX
    // O_NONBLOCK: opening a FIFO for reading would wait for a writer.
    const int fd = retrying([&] { return ::open(encoded(path).constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY); });
    if (fd < 0) {
        if (errno == ENOENT)
            return result; // Missing
        return unusable(errorText(errno));
    }
    struct CloseOnExit {
        int fd;
        ~CloseOnExit() { ::close(fd); }
    } closer {fd};
    struct stat st = {};
    if (::fstat(fd, &st) != 0)
        return unusable(errorText(errno));
    if (S_ISDIR(st.st_mode))
        return unusable(tr("it is a folder, not a file"));
    if (S_ISFIFO(st.st_mode))
        return unusable(tr("it is a pipe (FIFO), not a regular file"));
    if (S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode))
        return unusable(tr("it is a device, not a regular file"));
    if (!S_ISREG(st.st_mode))
        return unusable(tr("it is not a regular file"));
    if (st.st_size > maxBytes)
        return unusable(tr("at %1 bytes it is larger than the %2 bytes allowed").arg(qint64(st.st_size)).arg(maxBytes));
    QByteArray data;
    data.resize(qsizetype(std::min<qint64>(qint64(st.st_size), maxBytes)) + 1);
    qint64 done = 0;
    for (;;) {
        if (done == data.size()) {
            if (done > maxBytes)
                return unusable(tr("it grew past the %1 bytes allowed while it was read").arg(maxBytes));
            data.resize(qsizetype(std::min<qint64>(maxBytes + 1, qint64(data.size()) * 2)));
        }
        const ssize_t n = retrying([&] { return ::read(fd, data.data() + done, size_t(data.size() - done)); });
        if (n < 0)
            return unusable(errorText(errno));
        if (n == 0)
            break;
        done += n;
    }
    if (done > maxBytes)
        return unusable(tr("it grew past the %1 bytes allowed while it was read").arg(maxBytes));
    data.resize(qsizetype(done));
    result.data = std::move(data);
#else
    const QFileInfo info(path);
    if (!info.exists())
        return result;
    if (info.isDir())
        return unusable(tr("it is a folder, not a file"));
    if (!info.isFile())
        return unusable(tr("it is not a regular file"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return unusable(file.errorString());
    result.data = file.read(maxBytes + 1);
    if (result.data.size() > maxBytes)
        return unusable(tr("it is larger than the %1 bytes allowed").arg(maxBytes));
    if (file.error() != QFileDevice::NoError)
        return unusable(file.errorString());
#endif
    result.status = ReadResult::Status::Ok;
    return result;
}

QString write(const QString &path, const QByteArray &data, FileOps &ops)
{
    const QString temporary
        = path + temporarySuffix() + QString::number(QRandomGenerator::global()->generate64() & 0xffffffffffff, 36);
    auto failed = [&](const QString &why) { return tr("Cannot write “%1”: %2").arg(native(path), why); };

    // Every step is checked: Qt 6.4's QSaveFile::commit() renames even when
    // the final flush failed (QTBUG-75077), which turned resume files into
    // empty ones on a full disk.
    FileOps::Handle handle = -1;
    if (ops.createAnonymous(path, &handle).isEmpty()) {
        // A file with no name until it is complete and synced: nothing to
        // clean up if anything fails, and a new file needs no rename.
        QString error = ops.write(handle, data.constData(), data.size());
        if (error.isEmpty())
            error = ops.sync(handle);
        if (error.isEmpty() && !ops.link(handle, path).isEmpty()) {
            // The name is taken (the usual case: a newer version of the file).
            error = ops.link(handle, temporary);
            if (error.isEmpty()) {
                error = ops.rename(temporary, path);
                if (!error.isEmpty())
                    ops.remove(temporary);
            }
        }
        // Closing cannot undo the link; the data was synced before it.
        ops.close(handle);
        return error.isEmpty() ? QString() : failed(error);
    }

    QString error = ops.create(temporary, &handle);
    if (!error.isEmpty())
        return failed(error);
    error = ops.write(handle, data.constData(), data.size());
    if (error.isEmpty())
        error = ops.sync(handle);
    const QString closeError = ops.close(handle);
    if (error.isEmpty())
        error = closeError;
    if (error.isEmpty())
        error = ops.rename(temporary, path);
    if (!error.isEmpty()) {
        ops.remove(temporary); // the old file, if any, is untouched
        return failed(error);
    }
    return {};
}

namespace {

QString makeDirectoryWithMode(const QString &path, int mode)
{
    const QString clean = QDir::cleanPath(QDir(path).absolutePath());
    const QFileInfo info(clean);
    if (info.isDir())
        return {};
    if (info.exists() || info.isSymLink())
        return tr("“%1” is a file, not a folder").arg(native(clean));
    const QString parent = info.absolutePath();
    if (parent != clean) {
        const QString error = makeDirectoryWithMode(parent, mode);
        if (!error.isEmpty())
            return error;
    }
#ifdef Q_OS_UNIX
    if (::mkdir(encoded(clean).constData(), mode_t(mode)) != 0 && errno != EEXIST)
        return tr("cannot create the folder “%1”: %2").arg(native(clean), errorText(errno));
#else
    const auto permissions = mode == 0700 ? QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                          : QFileDevice::Permissions(0x7777);
    if (!QDir().mkdir(clean, permissions) && !QFileInfo(clean).isDir())
        return tr("cannot create the folder “%1”").arg(native(clean));
#endif
    return {};
}

} // namespace

QString makePrivateDirectory(const QString &path)
{
    return makeDirectoryWithMode(path, 0700);
}

QString makeDirectory(const QString &path)
{
    // 0777 less the user's umask, as any program's folders.
    return makeDirectoryWithMode(path, 0777);
}

void makePrivate(const QString &path)
{
#ifdef Q_OS_UNIX
    struct stat st = {};
    if (::lstat(encoded(path).constData(), &st) != 0 || S_ISLNK(st.st_mode))
        return;
    const mode_t wanted = S_ISDIR(st.st_mode) ? 0700 : 0600;
    if ((st.st_mode & 07777) != wanted && st.st_uid == ::geteuid())
        ::chmod(encoded(path).constData(), wanted);
#else
    Q_UNUSED(path);
#endif
}

} // namespace SafeFile

} // namespace Revaer
