#include "httpclient.h"

#include <QJsonDocument>
#include <QSslSocket>
#include <QTest>

namespace Revaer::Test {

QJsonObject HttpResponse::json() const
{
    return QJsonDocument::fromJson(body).object();
}

HttpResponse httpExchange(quint16 port, const HttpRequest &request, int timeoutMs, const std::optional<QSslConfiguration> &tls)
{
    QSslSocket socket;
    bool closed = false;
    QObject::connect(&socket, &QAbstractSocket::disconnected, [&closed] { closed = true; });
    QObject::connect(&socket, &QAbstractSocket::errorOccurred, [&closed](QAbstractSocket::SocketError error) {
        if (error != QAbstractSocket::SslHandshakeFailedError)
            closed = true;
    });
    if (tls) {
        socket.setSslConfiguration(*tls);
        socket.ignoreSslErrors();
        socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
        if (!QTest::qWaitFor([&] { return socket.isEncrypted() || closed; }, timeoutMs) || closed)
            return {};
    } else {
        socket.connectToHost(QStringLiteral("127.0.0.1"), port);
        if (!QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::ConnectedState || closed; }, timeoutMs) || closed)
            return {};
    }
    QByteArray head = request.method + ' ' + request.path + " HTTP/1.1\r\n";
    bool hasHost = false;
    for (const auto &[name, value] : request.headers) {
        head += name + ": " + value + "\r\n";
        hasHost = hasHost || name.compare("Host", Qt::CaseInsensitive) == 0;
    }
    if (!hasHost && request.hostHeader)
        head += "Host: 127.0.0.1:" + QByteArray::number(port) + "\r\n";
    head += "Content-Length: " + QByteArray::number(request.body.size()) + "\r\n\r\n";
    socket.write(head);
    // Large bodies in pieces, so the server's answer can arrive meanwhile.
    qsizetype sent = 0;
    while (sent < request.body.size() && !closed) {
        const qsizetype piece = std::min<qsizetype>(1 << 20, request.body.size() - sent);
        socket.write(request.body.constData() + sent, piece);
        sent += piece;
        if (!QTest::qWaitFor([&] { return socket.bytesToWrite() < (4 << 20) || closed; }, timeoutMs))
            break;
    }
    QByteArray data;
    HttpResponse response;
    auto complete = [&] {
        if (socket.bytesAvailable() > 0)
            data += socket.read(socket.bytesAvailable());
        const qsizetype end = data.indexOf("\r\n\r\n");
        if (end < 0)
            return closed;
        const QList<QByteArray> lines = data.left(end).split('\n');
        const QList<QByteArray> status = lines.first().trimmed().split(' ');
        response.status = status.size() > 1 ? status.at(1).toInt() : -1;
        response.headers.clear();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0)
                response.headers.insert(lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed());
        }
        const qsizetype length = response.headers.value("content-length").toLongLong();
        if (data.size() - end - 4 < length)
            return closed;
        response.body = data.mid(end + 4, length);
        return true;
    };
    if (!QTest::qWaitFor(complete, timeoutMs)
        || (response.status > 0 && response.body.size() < response.headers.value("content-length").toLongLong()))
        return {};
    return response;
}

HttpResponse RpcClient::call(const QJsonObject &request)
{
    HttpRequest http;
    http.body = QJsonDocument(request).toJson(QJsonDocument::Compact);
    for (int attempt = 0; attempt < 2; ++attempt) {
        http.headers.clear();
        if (!m_sessionId.isEmpty())
            http.headers.append({"X-Transmission-Session-Id", m_sessionId});
        if (!m_auth.isEmpty())
            http.headers.append({"Authorization", "Basic " + m_auth});
        const HttpResponse response = httpExchange(m_port, http);
        if (response.status != 409)
            return response;
        m_sessionId = response.headers.value("x-transmission-session-id");
    }
    return {};
}

QJsonObject RpcClient::rpc(const QString &method, const QJsonObject &arguments)
{
    return call({{QStringLiteral("method"), method}, {QStringLiteral("arguments"), arguments}, {QStringLiteral("tag"), 7}})
        .json();
}

} // namespace Revaer::Test
