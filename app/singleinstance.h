#pragma once

#include "profile.h"

#include <QLockFile>
#include <QObject>
#include <QStringList>

#include <memory>

class QLocalServer;

namespace Revaer {

// One Revaer per profile. The first process takes the profile's lock file
// and listens on a local socket; a second launch finds the lock taken and
// hands its sources (files made absolute, magnet links) to the first one,
// which adds them and comes to the front. Two processes never share a
// resume folder.
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    explicit SingleInstance(const Profile &profile, QObject *parent = nullptr);
    ~SingleInstance() override;

    // Takes the lock. True when this process is the only one on the profile.
    bool tryBecomePrimary();
    // The primary listens for other launches (the window does; headless
    // mode only holds the lock).
    bool listen(QString *error);
    // Sends `sources` to the primary and waits for its answer.
    bool handOver(const QStringList &sources, QString *error, int timeoutMs = 10000);
    // The process holding the lock, 0 when unknown.
    qint64 primaryPid() const;

    // Relative file paths made absolute against the current folder;
    // magnet links and URLs untouched.
    static QStringList absoluteSources(const QStringList &sources);

Q_SIGNALS:
    // Another launch asked for these sources (possibly none: just show the window).
    void sourcesReceived(const QStringList &sources);

private:
    void onConnection();

    Profile m_profile;
    QLockFile m_lock;
    std::unique_ptr<QLocalServer> m_server;
};

} // namespace Revaer
