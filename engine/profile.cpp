#include "profile.h"

#include "platform/platform.h"
#include "safefile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace Revaer {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Revaer::Profile", text);
}

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
    return Platform::localServerName(name, QFileInfo(m_lockFile).absolutePath(), error);
}

QString Profile::standardDownloadsDir()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + QStringLiteral("/Downloads");
    return dir;
}

} // namespace Revaer
