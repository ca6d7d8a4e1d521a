// Windows: the platform layer (platform.h) and the real FileOps (safefile.h),
// in Win32 calls. Compiled here only as a syntax check with MinGW
// (tests/platform/mingw-check.py); docs/platforms.md says what has and has
// not run on Windows.
#include "platform.h"
#include "safefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <memory>

#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <windows.h>

#include <aclapi.h>
#include <sddl.h>

namespace Revaer {

namespace {

QString errorText(DWORD error)
{
    wchar_t *text = nullptr;
    const DWORD length
        = FormatMessageW(FORMAT_MESSAGE_ALLOCATE_BUFFER | FORMAT_MESSAGE_FROM_SYSTEM | FORMAT_MESSAGE_IGNORE_INSERTS, nullptr,
            error, 0, reinterpret_cast<wchar_t *>(&text), 0, nullptr);
    QString result
        = length > 0 ? QString::fromWCharArray(text, int(length)).trimmed() : QStringLiteral("Windows error %1").arg(error);
    LocalFree(text);
    return result;
}

QString lastErrorText()
{
    return errorText(GetLastError());
}

// A path as Win32 takes it: backslashes, and the \\?\ prefix so that paths
// longer than MAX_PATH (260) work without the registry's LongPathsEnabled.
std::wstring native(const QString &path)
{
    QString absolute = QDir::toNativeSeparators(QDir::cleanPath(QFileInfo(path).absoluteFilePath()));
    if (absolute.startsWith(QLatin1String("\\\\?\\")) || absolute.startsWith(QLatin1String("\\\\.\\")))
        return absolute.toStdWString();
    if (absolute.startsWith(QLatin1String("\\\\")))
        return QString(QStringLiteral("\\\\?\\UNC\\") + absolute.mid(2)).toStdWString();
    return QString(QStringLiteral("\\\\?\\") + absolute).toStdWString();
}

struct HandleCloser {
    void operator()(void *handle) const
    {
        if (handle && handle != INVALID_HANDLE_VALUE)
            CloseHandle(handle);
    }
};
using OwnedHandle = std::unique_ptr<void, HandleCloser>;

OwnedHandle owned(HANDLE handle)
{
    return OwnedHandle(handle == INVALID_HANDLE_VALUE ? nullptr : handle);
}

// The user a process runs as: its token's TOKEN_USER, whose User.Sid is
// the SID. Empty when the process or its token cannot be opened (another
// user's elevated process).
struct ProcessUser {
    std::unique_ptr<BYTE[]> buffer;
    PSID sid() const { return buffer ? reinterpret_cast<TOKEN_USER *>(buffer.get())->User.Sid : nullptr; }
};

ProcessUser userOf(HANDLE process)
{
    HANDLE token = nullptr;
    if (!process || !OpenProcessToken(process, TOKEN_QUERY, &token))
        return {};
    const OwnedHandle tokenHandle(token);
    DWORD size = 0;
    GetTokenInformation(token, TokenUser, nullptr, 0, &size);
    ProcessUser user {std::unique_ptr<BYTE[]>(new BYTE[size])};
    if (!GetTokenInformation(token, TokenUser, user.buffer.get(), size, &size))
        return {};
    return user;
}

ProcessUser currentUser()
{
    return userOf(GetCurrentProcess());
}

// Whether a process runs as `wanted`; when it does not, its user as
// "DOMAIN\name" (or the SID) in `name`.
bool processUserIs(DWORD processId, PSID wanted, QString *name)
{
    const OwnedHandle process(OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, processId));
    const ProcessUser user = userOf(process.get());
    if (!user.sid())
        return false; // another user's elevated process cannot even be opened
    if (EqualSid(user.sid(), wanted))
        return true;
    wchar_t account[256] = {};
    wchar_t domain[256] = {};
    DWORD accountSize = 256;
    DWORD domainSize = 256;
    SID_NAME_USE use;
    if (LookupAccountSidW(nullptr, user.sid(), account, &accountSize, domain, &domainSize, &use)) {
        *name = QString::fromWCharArray(domain) + u'\\' + QString::fromWCharArray(account);
    } else {
        wchar_t *text = nullptr;
        if (ConvertSidToStringSidW(user.sid(), &text)) {
            *name = QString::fromWCharArray(text);
            LocalFree(text);
        }
    }
    return false;
}

// A DACL that lets this user and SYSTEM (backups, the indexer) in and no
// one else, and does not inherit from the parent: the twin of mode 0700.
// "P" protects it from inheritance; OICI passes it to what is made inside.
struct PrivateSecurity {
    PSECURITY_DESCRIPTOR descriptor = nullptr;
    ~PrivateSecurity()
    {
        if (descriptor)
            LocalFree(descriptor);
    }
    bool make()
    {
        const ProcessUser user = currentUser();
        wchar_t *sid = nullptr;
        if (!user.sid() || !ConvertSidToStringSidW(user.sid(), &sid))
            return false;
        const std::wstring sddl = L"D:P(A;OICI;FA;;;" + std::wstring(sid) + L")(A;OICI;FA;;;SY)";
        LocalFree(sid);
        return ConvertStringSecurityDescriptorToSecurityDescriptorW(sddl.c_str(), SDDL_REVISION_1, &descriptor, nullptr) != FALSE;
    }
};

} // namespace

namespace Platform {

QString makeFolder(const QString &path, Access access)
{
    const std::wstring name = native(path);
    BOOL made = FALSE;
    if (access == Access::Private) {
        PrivateSecurity security;
        if (!security.make())
            return lastErrorText();
        SECURITY_ATTRIBUTES attributes = {sizeof attributes, security.descriptor, FALSE};
        made = CreateDirectoryW(name.c_str(), &attributes);
    } else {
        made = CreateDirectoryW(name.c_str(), nullptr); // the parent's inherited ACL
    }
    if (made || GetLastError() == ERROR_ALREADY_EXISTS)
        return {};
    return lastErrorText();
}

void makePrivate(const QString &path)
{
    const std::wstring name = native(path);
    const DWORD attributes = GetFileAttributesW(name.c_str());
    if (attributes == INVALID_FILE_ATTRIBUTES || (attributes & FILE_ATTRIBUTE_REPARSE_POINT))
        return; // gone, or a link: left alone as on POSIX
    PSID owner = nullptr;
    PSECURITY_DESCRIPTOR current = nullptr;
    if (GetNamedSecurityInfoW(
            name.c_str(), SE_FILE_OBJECT, OWNER_SECURITY_INFORMATION, &owner, nullptr, nullptr, nullptr, &current)
        != ERROR_SUCCESS)
        return;
    const ProcessUser user = currentUser();
    const bool ours = user.sid() && EqualSid(owner, user.sid());
    LocalFree(current);
    if (!ours)
        return;
    PrivateSecurity security;
    PACL dacl = nullptr;
    BOOL present = FALSE;
    BOOL defaulted = FALSE;
    if (!security.make() || !GetSecurityDescriptorDacl(security.descriptor, &present, &dacl, &defaulted))
        return;
    SetNamedSecurityInfoW(const_cast<wchar_t *>(name.c_str()), SE_FILE_OBJECT,
        DACL_SECURITY_INFORMATION | PROTECTED_DACL_SECURITY_INFORMATION, nullptr, nullptr, dacl, nullptr);
}

bool canWriteFile(const QString &path)
{
    // Opening for writing, as the download will, sees the read-only
    // attribute, the ACL and a read-only volume; nothing is written.
    const OwnedHandle file = owned(CreateFileW(native(path).c_str(), GENERIC_WRITE,
        FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, nullptr, OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, nullptr));
    return file != nullptr;
}

bool fileSystemOf(const QString &path, quint64 *id)
{
    // FILE_FLAG_BACKUP_SEMANTICS opens folders too.
    const OwnedHandle file = owned(CreateFileW(native(path).c_str(), 0, FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE,
        nullptr, OPEN_EXISTING, FILE_FLAG_BACKUP_SEMANTICS, nullptr));
    BY_HANDLE_FILE_INFORMATION info = {};
    if (!file || !GetFileInformationByHandle(file.get(), &info))
        return false;
    *id = info.dwVolumeSerialNumber;
    return true;
}

bool syncsWholeFileSystems()
{
    return false;
}

ReadStatus readRegularFile(const QString &path, qint64 maxBytes, QByteArray *data, QString *why)
{
    auto unusable = [why](const QString &text) {
        *why = text;
        return ReadStatus::Unusable;
    };
    // Named pipes (\\.\pipe\...) and devices (CON, NUL, COM1, also as
    // "con.torrent" on older Windows) open through the same call: they are
    // told apart by GetFileType below, before anything is read.
    // FILE_FLAG_BACKUP_SEMANTICS lets a folder open, so it can be named.
    const OwnedHandle file = owned(CreateFileW(native(path).c_str(), GENERIC_READ,
        FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, nullptr, OPEN_EXISTING, FILE_FLAG_BACKUP_SEMANTICS, nullptr));
    if (!file) {
        const DWORD error = GetLastError();
        if (error == ERROR_FILE_NOT_FOUND || error == ERROR_PATH_NOT_FOUND)
            return ReadStatus::Missing;
        return unusable(errorText(error));
    }
    switch (GetFileType(file.get())) {
    case FILE_TYPE_DISK:
        break;
    case FILE_TYPE_PIPE:
        return unusable(QCoreApplication::translate("Revaer::SafeFile", "it is a pipe (FIFO), not a regular file"));
    case FILE_TYPE_CHAR:
        return unusable(QCoreApplication::translate("Revaer::SafeFile", "it is a device, not a regular file"));
    default:
        return unusable(QCoreApplication::translate("Revaer::SafeFile", "it is not a regular file"));
    }
    BY_HANDLE_FILE_INFORMATION info = {};
    if (!GetFileInformationByHandle(file.get(), &info))
        return unusable(lastErrorText());
    if (info.dwFileAttributes & FILE_ATTRIBUTE_DIRECTORY)
        return unusable(QCoreApplication::translate("Revaer::SafeFile", "it is a folder, not a file"));
    const HANDLE handle = file.get();
    return readBounded((qint64(info.nFileSizeHigh) << 32) | info.nFileSizeLow, maxBytes,
        [handle, why](char *buffer, qint64 capacity) -> qint64 {
            DWORD n = 0;
            if (!ReadFile(handle, buffer, DWORD(std::min<qint64>(capacity, 1 << 30)), &n, nullptr)) {
                *why = lastErrorText();
                return -1;
            }
            return n;
        },
        data, why);
}

QString localServerName(const QString &uniqueName, const QString &, QString *)
{
    // A named pipe, \\.\pipe\<name>: QLocalServer::UserAccessOption gives it
    // a DACL for the user alone. Pipe names are one namespace for every
    // account, so another user may create the name first (squatting): both
    // ends therefore check who is at the other end (peerIsThisUser).
    return uniqueName;
}

bool isLeftoverLocalServer(const QString &)
{
    return false;
}

bool peerIsThisUser(qintptr descriptor, LocalEnd thisEnd, QString *why)
{
    // QLocalSocket::socketDescriptor() is the pipe's HANDLE on Windows.
    const HANDLE pipe = reinterpret_cast<HANDLE>(descriptor);
    ULONG processId = 0;
    const BOOL known = thisEnd == LocalEnd::Server ? GetNamedPipeClientProcessId(pipe, &processId)
                                                   : GetNamedPipeServerProcessId(pipe, &processId);
    if (!known)
        return true; // cannot tell (as on a POSIX system without credentials)
    const ProcessUser user = currentUser();
    if (!user.sid())
        return true;
    QString other;
    if (processUserIs(processId, user.sid(), &other))
        return true;
    *why = other.isEmpty() ? QStringLiteral("it belongs to another user (process %1)").arg(processId)
                           : QStringLiteral("it belongs to another user (%1)").arg(other);
    return false;
}

} // namespace Platform

// FileOps: the real file system.

QString FileOps::create(const QString &path, Handle *handle)
{
    // CREATE_NEW fails on any existing name, a symlink or junction included,
    // as O_CREAT | O_EXCL | O_NOFOLLOW does. The file inherits the folder's
    // ACL: Revaer's folders are private (makeFolder), so the file is too.
    const HANDLE file = CreateFileW(native(path).c_str(), GENERIC_WRITE, 0, nullptr, CREATE_NEW, FILE_ATTRIBUTE_NORMAL, nullptr);
    if (file == INVALID_HANDLE_VALUE)
        return lastErrorText();
    *handle = reinterpret_cast<Handle>(file);
    return {};
}

QString FileOps::createAnonymous(const QString &, Handle *)
{
    // No O_TMPFILE: SafeFile::write uses a named temporary file and a rename.
    return QCoreApplication::translate("Revaer::SafeFile", "not supported here");
}

QString FileOps::link(Handle, const QString &)
{
    return QCoreApplication::translate("Revaer::SafeFile", "not supported here");
}

QString FileOps::write(Handle handle, const char *data, qint64 size)
{
    qint64 done = 0;
    while (done < size) {
        const DWORD chunk = DWORD(std::min<qint64>(size - done, 1 << 30));
        DWORD n = 0;
        if (!WriteFile(reinterpret_cast<HANDLE>(handle), data + done, chunk, &n, nullptr))
            return lastErrorText();
        if (n == 0)
            return errorText(ERROR_DISK_FULL); // a write that makes no progress: treat as full
        done += n;
    }
    return {};
}

QString FileOps::sync(Handle handle)
{
    // Writes the file's data and metadata and asks the drive to empty its
    // write cache: what fsync plus F_FULLFSYNC give together.
    return FlushFileBuffers(reinterpret_cast<HANDLE>(handle)) ? QString() : lastErrorText();
}

QString FileOps::close(Handle handle)
{
    return CloseHandle(reinterpret_cast<HANDLE>(handle)) ? QString() : lastErrorText();
}

QString FileOps::rename(const QString &from, const QString &to)
{
    // Replaces an existing file in one step (NTFS journals it), and
    // MOVEFILE_WRITE_THROUGH returns only once the move is on the disk: the
    // folder-entry durability a POSIX rename needs syncDirectory for.
    if (MoveFileExW(native(from).c_str(), native(to).c_str(), MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH))
        return {};
    return lastErrorText();
}

QString FileOps::remove(const QString &path)
{
    if (DeleteFileW(native(path).c_str()))
        return {};
    const DWORD error = GetLastError();
    if (error == ERROR_FILE_NOT_FOUND || error == ERROR_PATH_NOT_FOUND)
        return {};
    return errorText(error);
}

QString FileOps::syncDirectory(const QString &path)
{
    // Windows documents no way to flush a folder: FlushFileBuffers on a folder
    // handle (FILE_FLAG_BACKUP_SEMANTICS) works on some file systems and
    // answers "access denied" or "invalid function" on others, and a volume
    // handle needs an administrator. Tried where it is allowed; otherwise
    // renames are written through (rename above) and a removal reaches the
    // disk with NTFS's next journal commit, within seconds.
    const OwnedHandle folder = owned(CreateFileW(native(path).c_str(), GENERIC_READ | GENERIC_WRITE,
        FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, nullptr, OPEN_EXISTING, FILE_FLAG_BACKUP_SEMANTICS, nullptr));
    if (folder && FlushFileBuffers(folder.get()))
        return {};
    const DWORD error = GetLastError(); // of the open or of the flush
    if (error == ERROR_ACCESS_DENIED || error == ERROR_INVALID_FUNCTION || error == ERROR_INVALID_PARAMETER)
        return {};
    return errorText(error);
}

QString FileOps::syncFile(const QString &path)
{
    // FlushFileBuffers needs a handle with write access; sharing everything,
    // since libtorrent has the file open.
    const OwnedHandle file = owned(CreateFileW(native(path).c_str(), GENERIC_WRITE,
        FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, nullptr, OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, nullptr));
    if (!file)
        return lastErrorText();
    return FlushFileBuffers(file.get()) ? QString() : lastErrorText();
}

QString FileOps::syncFileSystem(const QString &path)
{
    // A whole volume can be flushed only by an administrator: file by file.
    return syncFile(path);
}

} // namespace Revaer
