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
    // The profile's folder, as the user would name it in a message.
    QString displayName() const;

    // Creates the profile's folders (private to the user: 0700, and an empty
    // 0600 settings file) and checks, with a real write, that Revaer may
    // write there. Returns an empty string, or what is wrong with the profile
    // (a file where a folder belongs, read-only, no permission, a full disk)
    // and what to do.
    QString prepare() const;

    // Where the process holding the lock listens for other launches: a place
    // no other local account can create first. On Unix a socket in
    // $XDG_RUNTIME_DIR, else beside the lock file when that folder is
    // private, else in a private /tmp/revaer-<uid> checked as tmux does; on
    // Windows a named pipe restricted to the user. Empty, with `error` set,
    // when no such place exists.
    QString instanceSocket(QString *error) const;

    // The user's downloads folder: where torrents go unless told otherwise.
    static QString standardDownloadsDir();

private:
    QString m_settingsFile;
    QString m_resumeDir;
    QString m_lockFile;
    QString m_directory; // --profile DIR; empty for the standard profile
};

} // namespace Revaer
