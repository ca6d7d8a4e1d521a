#pragma once

#include <QString>

namespace Revaer {

// Where Revaer keeps what it stores: the settings file and the resume data.
// The standard profile follows the platform's conventions; `--profile DIR`
// puts everything under DIR instead.
class Profile
{
public:
    static Profile standard();
    static Profile inDirectory(const QString &directory);

    QString settingsFile() const { return m_settingsFile; }
    QString resumeDir() const { return m_resumeDir; }
    // Held by the one Revaer process that uses this profile.
    QString lockFile() const { return m_lockFile; }
    // A name for the local socket of the process holding the lock: the same
    // for the same profile and user, different for another profile.
    QString instanceKey() const;
    // The user's downloads folder: where torrents go unless told otherwise.
    static QString standardDownloadsDir();

private:
    QString m_settingsFile;
    QString m_resumeDir;
    QString m_lockFile;
};

} // namespace Revaer
