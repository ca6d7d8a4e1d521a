#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSslConfiguration>

#include <optional>
#include <utility>

namespace Revaer::Test {

// A raw HTTP/1.1 exchange for tests of the remote-control server, which runs
// in the same thread: waits by running the event loop, never by blocking.
struct HttpResponse {
    int status = 0; // 0: no answer (connection closed or reset first)
    QHash<QByteArray, QByteArray> headers; // names lower-case
    QByteArray body;
    QJsonObject json() const;
};

struct HttpRequest {
    QByteArray method = "POST";
    QByteArray path = "/transmission/rpc";
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    bool hostHeader = true; // "Host: 127.0.0.1:<port>" unless headers give one
};

HttpResponse httpExchange(
    quint16 port, const HttpRequest &request, int timeoutMs = 10000, const std::optional<QSslConfiguration> &tls = std::nullopt);

// Transmission's dance: a 409 hands out the session id, the request is sent again with it.
class RpcClient
{
public:
    explicit RpcClient(quint16 port)
        : m_port(port)
    { }
    void setCredentials(const QByteArray &user, const QByteArray &password)
    {
        m_auth = QByteArray(user + ':' + password).toBase64();
    }
    HttpResponse call(const QJsonObject &request);
    // The answer's JSON, with "result" checked by the caller.
    QJsonObject rpc(const QString &method, const QJsonObject &arguments = {});

private:
    quint16 m_port;
    QByteArray m_sessionId;
    QByteArray m_auth;
};

} // namespace Revaer::Test
