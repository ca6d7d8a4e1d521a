// Linux and macOS: the platform layer (platform.h) and the real FileOps
// (safefile.h). docs/platforms.md lists what each call gives per OS.
#include "platform.h"
#include "safefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

namespace Revaer {

namespace {

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

// O_NONBLOCK: opening a FIFO would otherwise wait for the other end;
// O_NOCTTY: a terminal never becomes ours.
int openForReading(const QString &path, int extraFlags = 0)
{
    return retrying([&] { return ::open(encoded(path).constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY | extraFlags); });
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

QString syncPath(const QString &path, int extraFlags)
{
    const int fd = openForReading(path, extraFlags);
    if (fd < 0)
        return errorText(errno);
    const QString error = syncDescriptor(fd);
    ::close(fd);
    return error;
}

// A Unix socket's path must fit sockaddr_un::sun_path (108 bytes on Linux,
// 104 on macOS), with its terminating zero.
constexpr qsizetype MaxSocketPath = 100;

bool fits(const QString &socketPath)
{
    return encoded(socketPath).size() <= MaxSocketPath;
}

// A folder only this user can add entries to: not a symlink, owned by us,
// no access for the group or others.
bool isPrivateFolder(const QString &path, QString *why = nullptr)
{
    struct stat st = {};
    if (::lstat(encoded(path).constData(), &st) != 0) {
        if (why)
            *why = errorText(errno);
        return false;
    }
    if (!S_ISDIR(st.st_mode)) {
        if (why)
            *why = QCoreApplication::translate("Revaer::Profile", "it is not a folder");
        return false;
    }
    if (st.st_uid != ::geteuid()) {
        if (why)
            *why = QCoreApplication::translate("Revaer::Profile", "it belongs to another user (uid %1)").arg(st.st_uid);
        return false;
    }
    if ((st.st_mode & 077) != 0) {
        if (why)
            *why = QCoreApplication::translate("Revaer::Profile", "other users may use it (mode %1)")
                       .arg(st.st_mode & 0777, 3, 8, QLatin1Char('0'));
        return false;
    }
    return true;
}

} // namespace

namespace Platform {

QString makeFolder(const QString &path, Access access)
{
    const mode_t mode = access == Access::Private ? 0700 : 0777;
    if (::mkdir(encoded(path).constData(), mode) == 0 || errno == EEXIST)
        return {};
    return errorText(errno);
}

void makePrivate(const QString &path)
{
    struct stat st = {};
    if (::lstat(encoded(path).constData(), &st) != 0 || S_ISLNK(st.st_mode))
        return;
    const mode_t wanted = S_ISDIR(st.st_mode) ? 0700 : 0600;
    if ((st.st_mode & 07777) != wanted && st.st_uid == ::geteuid())
        ::chmod(encoded(path).constData(), wanted);
}

bool canWriteFile(const QString &path)
{
    // access() also sees a read-only mount, even for root.
    return ::access(encoded(path).constData(), W_OK) == 0;
}

bool fileSystemOf(const QString &path, quint64 *id)
{
    struct stat st = {};
    if (::stat(encoded(path).constData(), &st) != 0)
        return false;
    *id = quint64(st.st_dev);
    return true;
}

bool syncsWholeFileSystems()
{
#ifdef Q_OS_LINUX
    return true;
#else
    return false; // macOS has no syncfs: FileOps::syncFileSystem syncs the one file
#endif
}

ReadStatus readRegularFile(const QString &path, qint64 maxBytes, QByteArray *data, QString *why)
{
    const int fd = openForReading(path);
    if (fd < 0) {
        if (errno == ENOENT)
            return ReadStatus::Missing;
        *why = errorText(errno);
        return ReadStatus::Unusable;
    }
    struct CloseOnExit {
        int fd;
        ~CloseOnExit() { ::close(fd); }
    } closer {fd};
    auto unusable = [why](const QString &text) {
        *why = text;
        return ReadStatus::Unusable;
    };
    struct stat st = {};
    if (::fstat(fd, &st) != 0)
        return unusable(errorText(errno));
    if (S_ISDIR(st.st_mode))
        return unusable(QCoreApplication::translate("Revaer::SafeFile", "it is a folder, not a file"));
    if (S_ISFIFO(st.st_mode))
        return unusable(QCoreApplication::translate("Revaer::SafeFile", "it is a pipe (FIFO), not a regular file"));
    if (S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode))
        return unusable(QCoreApplication::translate("Revaer::SafeFile", "it is a device, not a regular file"));
    if (!S_ISREG(st.st_mode))
        return unusable(QCoreApplication::translate("Revaer::SafeFile", "it is not a regular file"));
    return readBounded(
        qint64(st.st_size), maxBytes,
        [fd, why](char *buffer, qint64 capacity) -> qint64 {
            const ssize_t n = retrying([&] { return ::read(fd, buffer, size_t(capacity)); });
            if (n < 0)
                *why = errorText(errno);
            return n;
        },
        data, why);
}

QString localServerName(const QString &uniqueName, const QString &lockFolder, QString *error)
{
    // The runtime folder of the XDG spec is the user's alone (0700).
    const QString socketName = uniqueName + QStringLiteral(".socket");
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!runtime.isEmpty() && isPrivateFolder(runtime) && fits(runtime + u'/' + socketName))
        return runtime + u'/' + socketName;
    // Beside the lock: Profile::prepare() made the folder private, unless the
    // user chose a shared one.
    if (isPrivateFolder(lockFolder) && fits(lockFolder + QStringLiteral("/revaer.socket")))
        return lockFolder + QStringLiteral("/revaer.socket");
    // A private folder in /tmp, made and checked as tmux does: another account
    // may have made it first, so it must be ours and closed to others.
    const QString fallback = QDir::tempPath() + QStringLiteral("/revaer-%1").arg(::geteuid());
    if (::mkdir(encoded(fallback).constData(), 0700) != 0 && errno != EEXIST) {
        *error = QCoreApplication::translate("Revaer::Profile", "cannot create “%1”: %2").arg(fallback, errorText(errno));
        return {};
    }
    QString why;
    if (!isPrivateFolder(fallback, &why)) {
        *error = QCoreApplication::translate(
            "Revaer::Profile", "“%1” cannot hold Revaer's socket: %2. Remove it, or set XDG_RUNTIME_DIR.")
                     .arg(fallback, why);
        return {};
    }
    return fallback + u'/' + socketName;
}

bool isLeftoverLocalServer(const QString &name)
{
    struct stat st = {};
    return ::lstat(encoded(name).constData(), &st) == 0 && S_ISSOCK(st.st_mode) && st.st_uid == ::geteuid();
}

bool peerIsThisUser(qintptr descriptor, LocalEnd, QString *why)
{
    // The kernel's record of who connected (or listens), not anything the
    // other process says about itself.
#if defined(Q_OS_LINUX)
    struct ucred credentials = {};
    socklen_t size = sizeof credentials;
    if (::getsockopt(int(descriptor), SOL_SOCKET, SO_PEERCRED, &credentials, &size) != 0)
        return true;
    const uid_t uid = credentials.uid;
#else
    uid_t uid = 0;
    gid_t gid = 0;
    if (::getpeereid(int(descriptor), &uid, &gid) != 0)
        return true;
#endif
    if (uid == ::geteuid())
        return true;
    *why = QStringLiteral("it belongs to another user (uid %1)").arg(uid);
    return false;
}

} // namespace Platform

// FileOps: the real file system.

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
    return QCoreApplication::translate("Revaer::SafeFile", "not supported here");
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
    return QCoreApplication::translate("Revaer::SafeFile", "not supported here");
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
    return syncPath(path, O_DIRECTORY);
}

QString FileOps::syncFile(const QString &path)
{
    // fsync through a read-only descriptor flushes the file's dirty pages on Linux and macOS.
    return syncPath(path, 0);
}

QString FileOps::syncFileSystem(const QString &path)
{
#ifdef Q_OS_LINUX
    const int fd = openForReading(path);
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

} // namespace Revaer
