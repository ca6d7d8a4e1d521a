#pragma once

#include <QByteArray>
#include <QString>

#include <functional>

// What differs between Linux, macOS and Windows, in one place. Everything
// else in Revaer calls these (and FileOps, safefile.h), never a POSIX or
// Win32 function itself. platform_posix.cpp holds Linux and macOS,
// platform_windows.cpp Windows; docs/platforms.md says, per OS, what each
// call gives and what has been checked on which system.
namespace Revaer::Platform {

// Creates one folder whose parent exists. A private folder is the user's
// alone (POSIX mode 0700; on Windows a protected DACL for the user and
// SYSTEM); a shared one gets the system's defaults (0777 less the umask;
// the parent's inherited ACL). An existing folder is success. Returns an
// empty string or what went wrong.
enum class Access : quint8 { Private, Shared };
QString makeFolder(const QString &path, Access access);

// Closes a file or folder of the user's own to others (0600/0700; the
// protected DACL on Windows), for files made by code that does not choose
// (QSettings). Leaves links and other users' files alone.
void makePrivate(const QString &path);

// Whether an existing file may be opened for writing (a read-only mount,
// the read-only attribute, permissions), without changing it.
bool canWriteFile(const QString &path);

// Which file system holds `path` (st_dev; the volume's serial number on
// Windows); false when that cannot be read.
bool fileSystemOf(const QString &path, quint64 *id);

// Whether FileOps::syncFileSystem flushes a whole file system in one call
// (Linux's syncfs), so that one call can stand for many files on it.
bool syncsWholeFileSystems();

// Reads a regular file of at most `maxBytes` into `data`. A FIFO or named
// pipe, a device (/dev/zero, CON), a socket or a folder is refused without
// being read, and opening never blocks. Returns Missing, Ok, or Unusable
// with `why` (without the path).
enum class ReadStatus : quint8 { Ok, Missing, Unusable };
ReadStatus readRegularFile(const QString &path, qint64 maxBytes, QByteArray *data, QString *why);

// The reading loop both systems share (platform.cpp), for a regular file of
// `size` bytes: `readSome(buffer, capacity)` returns the bytes read, 0 at
// the end, or -1 with `why` set. The limit holds while reading, so a file
// that grows is cut off rather than read until memory runs out.
using ReadSome = std::function<qint64(char *buffer, qint64 capacity)>;
ReadStatus readBounded(qint64 size, qint64 maxBytes, const ReadSome &readSome, QByteArray *data, QString *why);

// The name a QLocalServer listens on for the profile whose lock file is in
// `lockFolder`, given `uniqueName` (short, no separators): a place no other
// local account can take first. Empty, with `error` set, where none exists.
QString localServerName(const QString &uniqueName, const QString &lockFolder, QString *error);

// Whether `name` (from localServerName) is a socket file of this user's left
// behind by a process that is gone, safe to remove before listening. Never
// on Windows, where a named pipe goes away with its process.
bool isLeftoverLocalServer(const QString &name);

// Which end of a local connection this process is.
enum class LocalEnd : quint8 { Server, Client };

// Whether the process at the other end of a connected QLocalSocket (its
// socketDescriptor()) runs as this user. Sets `why`, naming the other
// account, when it does not. True where the system cannot tell.
bool peerIsThisUser(qintptr descriptor, LocalEnd thisEnd, QString *why);

} // namespace Revaer::Platform
