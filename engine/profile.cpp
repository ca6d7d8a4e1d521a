#include "profile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QStandardPaths>

namespace Revaer {

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
    const QString root = QDir(directory).absolutePath();
    Profile p;
    p.m_settingsFile = root + QStringLiteral("/revaer.ini");
    p.m_resumeDir = root + QStringLiteral("/resume");
    p.m_lockFile = root + QStringLiteral("/revaer.lock");
    return p;
}

QString Profile::instanceKey() const
{
    // Short (a Unix socket path is limited to about 100 bytes) and free of
    // path separators; the user name keeps two users' sockets apart.
    const QByteArray user = qgetenv("USER") + qgetenv("USERNAME");
    const QByteArray digest = QCryptographicHash::hash(QByteArray(QDir::cleanPath(m_lockFile).toUtf8() + '\0' + user), QCryptographicHash::Sha1);
    return QStringLiteral("revaer-") + QString::fromLatin1(digest.toHex().left(20));
}

QString Profile::standardDownloadsDir()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + QStringLiteral("/Downloads");
    return dir;
}

} // namespace Revaer
