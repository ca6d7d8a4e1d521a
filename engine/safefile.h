#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace Revaer {

// The file-system calls behind Revaer's own files (the resume folder, the
// profile), behind one interface so that a test can make any of them fail as
// a full disk, a failing fsync, a read-only folder or a rename that fails
// would. Each returns an empty string on success, else what went wrong (the
// system's words, without the path: the caller names the file).
class FileOps
{
public:
    using Handle = qintptr;

    virtual ~FileOps();

    // The real file system.
    static std::shared_ptr<FileOps> system();

    // Creates a new file, private to the user (0600), never following a
    // symlink and never opening one that exists.
    virtual QString create(const QString &path, Handle *handle);
    // Creates a file with no name yet in the folder of `path` (Linux's
    // O_TMPFILE), to be given a name by link() once written and synced:
    // syncing it then commits no folder entry, so a batch of new files costs
    // one folder sync instead of one per file. Fails where unsupported.
    virtual QString createAnonymous(const QString &path, Handle *handle);
    // Gives an anonymous file the name `path`; fails if the name is taken.
    virtual QString link(Handle handle, const QString &path);
    // Writes all of `data`, or fails.
    virtual QString write(Handle handle, const char *data, qint64 size);
    // Makes the file's data durable (fsync; F_FULLFSYNC on macOS).
    virtual QString sync(Handle handle);
    // Closes the file; a network file system may report a failed write here.
    virtual QString close(Handle handle);
    // Replaces `to` with `from` in one step. Works for any kind of file, a
    // folder or a FIFO included (the quarantine moves whatever it finds).
    virtual QString rename(const QString &from, const QString &to);
    virtual QString remove(const QString &path);
    // Makes renames and removals in the folder durable.
    virtual QString syncDirectory(const QString &path);
    // fsync of an existing file (downloaded data) through a read-only descriptor.
    virtual QString syncFile(const QString &path);
    // Flushes the whole file system that holds `path` (syncfs on Linux; a
    // sync of `path` elsewhere).
    virtual QString syncFileSystem(const QString &path);
};

// Reading and writing Revaer's own files safely.
namespace SafeFile {

struct ReadResult {
    enum class Status : quint8 {
        Ok,
        Missing, // no such file (a dangling symlink included)
        Unusable // it exists, but is not a regular file, is too large or cannot be read
    };
    Status status = Status::Missing;
    QByteArray data;
    QString error; // for Unusable: the path and what is wrong with it

    bool ok() const { return status == Status::Ok; }
};

// Reads a regular file of at most `maxBytes`. A FIFO, a device (a symlink to
// /dev/zero), a socket or a folder is refused without being read, and opening
// never blocks; the limit holds while reading, so a file that grows is cut
// off rather than read until memory runs out.
ReadResult read(const QString &path, qint64 maxBytes);

// Replaces `path` with `data` so that a crash, a full disk or a failing
// device leaves either the old file or the complete new one, never a mix or
// an empty file: written in full to a private temporary file beside it,
// synced, closed, and only then renamed over the old one. Returns an empty
// string, or the error naming the file.
QString write(const QString &path, const QByteArray &data, FileOps &ops);

// Many files, each replaced as write() does, made durable together: each is
// written in full under a temporary name without a sync of its own, the file
// system that holds `folder` is synced once (FileOps::syncFileSystem), and
// only then is each renamed over its old version. A crash leaves old files
// and temporary ones (which the next start removes), never a mix. Files come
// in groups (a torrent's JSON, then its resume data): a group's later files
// are not renamed once one of it failed. Returns, by group, an empty string
// or the error naming the file. The caller syncs the folder afterwards.
// Only worth it where one call syncs a whole file system
// (Platform::syncsWholeFileSystems()); elsewhere it is write() per file.
struct FileWrite {
    QString path;
    QByteArray data;
};
QStringList writeTogether(const QString &folder, const QList<QList<FileWrite>> &groups, FileOps &ops);

// The suffix of the temporary files write() makes; a crash can leave one
// behind, and they are safe to delete.
QString temporarySuffix();

// Creates `path` and any missing parents; the folders it creates are private
// to the user (0700). Returns an empty string or what went wrong.
QString makePrivateDirectory(const QString &path);

// Creates `path` and any missing parents with the user's usual permissions
// (downloads). Returns an empty string or what went wrong, naming the folder.
QString makeDirectory(const QString &path);

// Gives a file or folder of Revaer's own to the user alone (0600 for a file,
// 0700 for a folder), for ones made by code that does not choose (QSettings).
void makePrivate(const QString &path);

} // namespace SafeFile

} // namespace Revaer
