#include "profile.h"

#include <QDir>
#include <QStandardPaths>

namespace Revaer {

Profile Profile::standard()
{
    Profile p;
    p.m_settingsFile = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/revaer.ini");
    p.m_resumeDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/resume");
    return p;
}

Profile Profile::inDirectory(const QString &directory)
{
    const QString root = QDir(directory).absolutePath();
    Profile p;
    p.m_settingsFile = root + QStringLiteral("/revaer.ini");
    p.m_resumeDir = root + QStringLiteral("/resume");
    return p;
}

QString Profile::standardDownloadsDir()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + QStringLiteral("/Downloads");
    return dir;
}

} // namespace Revaer
