#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVariantHash>

namespace Revaer {

// How the remote-control server runs: the `Remote` section of revaer.ini,
// over which the command line's --rpc-* options win for one run.
struct RpcConfig {
    bool enabled = false;
    QString bindAddress = QStringLiteral("127.0.0.1");
    int port = 9091;
    QString user;
    // "pbkdf2-sha256$<iterations>$<salt, base64>$<key, base64>", never the password itself.
    QString passwordHash;
    QString webUiDir; // a web client's static files, served at /transmission/web/
    QString certificateFile; // PEM; both set: HTTPS only
    QString keyFile;
    // Host names (besides IP addresses and "localhost") a request may name
    // in its Host header: a browser tricked into calling Revaer through a
    // rebound DNS name sends that name, and is refused.
    QStringList allowedHosts;
    qint64 maxBodyBytes = 32 * 1024 * 1024; // a .torrent of 20 MiB, base64
    int maxConnections = 256;
    // Failed logins: answered ever later up to this, and this many in a row
    // lock the address out for 15 minutes.
    int maxLoginDelayMs = 8000;
    int lockoutFailures = 20;

    bool requiresAuthentication() const { return !user.isEmpty() || !passwordHash.isEmpty(); }
    bool isLoopbackOnly() const;
    bool useTls() const { return !certificateFile.isEmpty() || !keyFile.isEmpty(); }
    // Why this configuration must not be started, or empty: a server reachable
    // from the network without a user and password, a bad address or port.
    QString problem() const;

    // The `Remote` section of the settings file, and back.
    static RpcConfig fromSection(const QVariantHash &section);
    QVariantHash toSection() const;

    // A salted PBKDF2 hash of `password`, for passwordHash. The rounds make
    // a stolen revaer.ini slow to guess from (tests use fewer, to be quick).
    static constexpr int DefaultHashRounds = 100'000;
    static QString hashPassword(const QString &password, int rounds = DefaultHashRounds);
    static bool verifyPassword(const QString &password, const QString &hash);
};

} // namespace Revaer
