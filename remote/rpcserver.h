#pragma once

#include "rpcconfig.h"

#include <QAbstractHttpServer>
#include <QDeadlineTimer>
#include <QHash>
#include <QHostAddress>
#include <QSet>
#include <QSslConfiguration>

class QTcpSocket;

namespace Revaer {

class TransmissionRpc;
class GuardedTcpServer;

// Remote control over HTTP: Transmission's RPC at /transmission/rpc and,
// with a web-client folder, its files at /transmission/web/. On the thread
// it is made on (the GUI thread), beside the window, calling the same engine.
//
// Every request passes, in this order: the Host header (an IP address,
// "localhost" or a name allowed by the config, against DNS rebinding); the
// user and password (HTTP Basic) when the config has them, with failed logins
// slowed down, logged, and an address locked out after many; and for the RPC,
// the X-Transmission-Session-Id token (a 409 hands it out: a page in a
// browser cannot read it from another site, so it cannot forge calls).
// Bodies over the limit, slow or idle connections, and connections over the
// limit are refused at the socket.
class RpcServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    RpcServer(RpcConfig config, TransmissionRpc *rpc, QObject *parent = nullptr);
    ~RpcServer() override;

    // Starts listening; false with `error` naming the address and what to do.
    bool start(QString *error);
    quint16 port() const;
    // "http://127.0.0.1:9091/transmission/rpc"
    QString rpcUrl() const;
    QString webUrl() const;
    const QString &sessionId() const { return m_sessionId; }
    const RpcConfig &config() const { return m_config; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Failures {
        int count = 0;
        QDeadlineTimer lockedUntil;
        bool answerPending = false; // a failure's slowed-down 401 is not out yet
    };
    enum class Auth { Ok, Failed, Locked, Busy };

    Auth authenticate(const QHttpServerRequest &request, const QString &client);
    bool hostAllowed(const QHttpServerRequest &request) const;
    void serveRpc(const QHttpServerRequest &request, QTcpSocket *socket, int slot, const QString &client);
    void serveFile(const QHttpServerRequest &request, QTcpSocket *socket, int slot);
    // Writes the response for request `slot` of the socket, in request order.
    void respond(QTcpSocket *socket, int slot, int status, const QByteArray &body, const QByteArray &contentType,
        const QList<std::pair<QByteArray, QByteArray>> &headers = {});

    RpcConfig m_config;
    TransmissionRpc *m_rpc;
    GuardedTcpServer *m_server = nullptr;
    QString m_sessionId;
    QHash<QHostAddress, Failures> m_failures;
    QSet<QByteArray> m_acceptedCredentials; // hashes of Authorization values that verified
};

} // namespace Revaer
