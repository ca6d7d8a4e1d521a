#pragma once

#include "profile.h"

#include <QLockFile>
#include <QObject>
#include <QStringList>

#include <memory>

class QLocalServer;
class QLocalSocket;

namespace Revaer {

// One Revaer per profile. The first process takes the profile's lock file
// and listens on a local socket in a place only its user can create
// (Profile::instanceSocket); a second launch finds the lock taken and hands
// its sources (files made absolute, magnet links) to the first one, which
// adds them and comes to the front. Both ends check, where the platform can
// tell, that the other end belongs to the same user. Two processes never
// share a resume folder.
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    explicit SingleInstance(const Profile &profile, QObject *parent = nullptr);
    ~SingleInstance() override;

    enum class Lock : quint8 {
        Primary, // this process is the only one on the profile
        InUse, // another Revaer holds it (primaryPid())
        Failed, // the lock file cannot be made: `error` says why
    };
    Lock tryBecomePrimary(QString *error);
    // The primary listens for other launches (the window does; headless
    // mode only holds the lock).
    bool listen(QString *error);
    // Sends `sources` to the primary and waits for its answer.
    bool handOver(const QStringList &sources, QString *error, int timeoutMs = 10000);
    // The process holding the lock, 0 when unknown.
    qint64 primaryPid() const;
    QString socketPath() const { return m_socketPath; }

    // Relative file paths made absolute against the current folder;
    // magnet links and URLs untouched.
    static QStringList absoluteSources(const QStringList &sources);

    // How long a connection may stay silent before it is dropped, and how
    // many may be open at once: a slow or stuck client cannot hold the window.
    static constexpr int IdleTimeoutMs = 5000;
    static constexpr int MaxConnections = 16;

Q_SIGNALS:
    // Another launch asked for these sources (possibly none: just show the window).
    void sourcesReceived(const QStringList &sources);

private:
    void onConnection();
    void serve(QLocalSocket *socket);

    Profile m_profile;
    QLockFile m_lock;
    QString m_socketPath;
    QString m_socketError;
    std::unique_ptr<QLocalServer> m_server;
    int m_connections = 0;
};

} // namespace Revaer
