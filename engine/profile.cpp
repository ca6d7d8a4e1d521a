#include "profile.h"

#include "safefile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace Revaer {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Revaer::Profile", text);
}

#ifdef Q_OS_UNIX
// A Unix socket's path must fit sockaddr_un::sun_path (108 bytes on Linux,
// 104 on macOS), with its terminating zero.
constexpr qsizetype MaxSocketPath = 100;

// A folder only this user can add entries to: not a symlink, owned by us,
// no access for the group or others.
bool isPrivateDirectory(const QString &path, QString *why = nullptr)
{
    struct stat st = {};
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0) {
        if (why)
            *why = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    if (!S_ISDIR(st.st_mode)) {
        if (why)
            *why = tr("it is not a folder");
        return false;
    }
    if (st.st_uid != ::geteuid()) {
        if (why)
            *why = tr("it belongs to another user (uid %1)").arg(st.st_uid);
        return false;
    }
    if ((st.st_mode & 077) != 0) {
        if (why)
            *why = tr("other users may use it (mode %1)").arg(st.st_mode & 0777, 3, 8, QLatin1Char('0'));
        return false;
    }
    return true;
}

bool fits(const QString &socketPath)
{
    return QFile::encodeName(socketPath).size() <= MaxSocketPath;
}
#endif

} // namespace

Profile Profile::standard()
{
    Profile p;
    p.m_settingsFile = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/revaer.ini");
    p.m_resumeDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/resume");
    p.m_lockFile = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/revaer.lock");
    return p;
}

Profile Profile::inDirectory(const QString &directory)
{
    const QString root = QDir::cleanPath(QDir(directory).absolutePath());
    Profile p;
    p.m_directory = root;
    p.m_settingsFile = root + QStringLiteral("/revaer.ini");
    p.m_resumeDir = root + QStringLiteral("/resume");
    p.m_lockFile = root + QStringLiteral("/revaer.lock");
    return p;
}

QString Profile::displayName() const
{
    return m_directory.isEmpty() ? tr("the standard profile (“%1”, “%2”)")
                                       .arg(QDir::toNativeSeparators(QFileInfo(m_settingsFile).absolutePath()),
                                           QDir::toNativeSeparators(QFileInfo(m_lockFile).absolutePath()))
                                 : tr("the profile “%1”").arg(QDir::toNativeSeparators(m_directory));
}

QString Profile::prepare() const
{
    const QString settingsDir = QFileInfo(m_settingsFile).absolutePath();
    const QString lockDir = QFileInfo(m_lockFile).absolutePath();
    for (const QString &folder : {settingsDir, lockDir, m_resumeDir}) {
        const QString error = SafeFile::makePrivateDirectory(folder);
        if (!error.isEmpty())
            return tr("Cannot use %1: %2. Choose another folder with --profile, or fix this one.").arg(displayName(), error);
    }
    // The standard profile's folders are Revaer's own ("revaer"): close them to
    // others even when an older Revaer made them. A folder given with
    // --profile is the user's choice and keeps its permissions.
    if (m_directory.isEmpty()) {
        SafeFile::makePrivate(settingsDir);
        SafeFile::makePrivate(lockDir);
    }
    // The settings file is created private; QSettings keeps the permissions
    // of a file it rewrites.
    if (!QFileInfo::exists(m_settingsFile) && !QFileInfo(m_settingsFile).isSymLink())
        SafeFile::write(m_settingsFile, {}, *FileOps::system());
    // A real write says what permission bits do not: a read-only mount, a
    // full disk, an ACL, a folder owned by someone else.
    for (const QString &folder : {lockDir, settingsDir}) {
        const QString probe = folder + QStringLiteral("/.revaer-write-test");
        const QString error = SafeFile::write(probe, "ok", *FileOps::system());
        if (!error.isEmpty())
            return tr("Cannot use %1: Revaer cannot write in “%2” (%3). Choose another folder with --profile, or free "
                      "some space or fix the folder's permissions.")
                .arg(displayName(), QDir::toNativeSeparators(folder), error);
        QFile::remove(probe);
    }
    return {};
}

QString Profile::instanceSocket(QString *error) const
{
    // Short and free of path separators; one per profile.
    const QByteArray digest = QCryptographicHash::hash(QDir::cleanPath(m_lockFile).toUtf8(), QCryptographicHash::Sha1);
    const QString name = QStringLiteral("revaer-") + QString::fromLatin1(digest.toHex().left(20));
#ifdef Q_OS_UNIX
    // The runtime folder of the XDG spec is the user's alone (0700).
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!runtime.isEmpty() && isPrivateDirectory(runtime) && fits(runtime + u'/' + name + QStringLiteral(".socket")))
        return runtime + u'/' + name + QStringLiteral(".socket");
    // Beside the lock: prepare() made the folder private, unless the user
    // chose a shared one.
    const QString lockDir = QFileInfo(m_lockFile).absolutePath();
    if (isPrivateDirectory(lockDir) && fits(lockDir + QStringLiteral("/revaer.socket")))
        return lockDir + QStringLiteral("/revaer.socket");
    // A private folder in /tmp, made and checked as tmux does: another account
    // may have made it first, so it must be ours and closed to others.
    const QString fallback = QDir::tempPath() + QStringLiteral("/revaer-%1").arg(::geteuid());
    if (::mkdir(QFile::encodeName(fallback).constData(), 0700) != 0 && errno != EEXIST) {
        *error = tr("cannot create “%1”: %2").arg(fallback, QString::fromLocal8Bit(std::strerror(errno)));
        return {};
    }
    QString why;
    if (!isPrivateDirectory(fallback, &why)) {
        *error = tr("“%1” cannot hold Revaer's socket: %2. Remove it, or set XDG_RUNTIME_DIR.").arg(fallback, why);
        return {};
    }
    return fallback + u'/' + name + QStringLiteral(".socket");
#else
    Q_UNUSED(error);
    // A named pipe; QLocalServer::UserAccessOption gives it a DACL for the user alone.
    return name;
#endif
}

QString Profile::standardDownloadsDir()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + QStringLiteral("/Downloads");
    return dir;
}

} // namespace Revaer
