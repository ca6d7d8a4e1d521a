#include "rpcserver.h"

#include "remotelog.h"
#include "transmissionrpc.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QMap>
#include <QMimeDatabase>
#include <QPointer>
#include <QRandomGenerator>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTimer>
#include <QUrl>

namespace Revaer {

namespace {

constexpr int HeaderAllowance = 64 * 1024;
constexpr int IdleTimeoutMs = 120'000;
constexpr int RequestTimeoutMs = 120'000;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 301:
        return "Moved Permanently";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 413:
        return "Payload Too Large";
    case 421:
        return "Misdirected Request";
    case 429:
        return "Too Many Requests";
    case 503:
        return "Service Unavailable";
    default:
        return "Error";
    }
}

QByteArray header(const QHttpServerRequest &request, const QByteArray &name)
{
    const auto headers = request.headers();
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QByteArray plainResponse(int status, const QByteArray &text)
{
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status)
        + "\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: " + QByteArray::number(text.size())
        + "\r\nConnection: close\r\n\r\n" + text;
}

} // namespace

// Watches one connection below the HTTP parser: bodies over the limit,
// requests that take too long to arrive, idle connections. Also keeps the
// responses of one connection in the order its requests came.
class ConnectionGuard : public QObject
{
    Q_OBJECT

public:
    ConnectionGuard(QTcpSocket *socket, qint64 maxBody, std::function<void()> closed)
        : QObject(socket)
        , m_socket(socket)
        , m_maxBody(maxBody)
        , m_closed(std::move(closed))
    {
        m_idle.setSingleShot(true);
        m_idle.setInterval(IdleTimeoutMs);
        connect(&m_idle, &QTimer::timeout, this, [this] { refuse(408, "The connection was idle too long.\n"); });
        m_request.setSingleShot(true);
        m_request.setInterval(RequestTimeoutMs);
        connect(&m_request, &QTimer::timeout, this, [this] { refuse(408, "The request took too long to arrive.\n"); });
        // Before the HTTP parser's own connection: this sees the bytes first.
        connect(socket, &QTcpSocket::readyRead, this, &ConnectionGuard::onReadyRead);
        connect(socket, &QTcpSocket::disconnected, this, [this] {
            m_idle.stop();
            m_request.stop();
        });
        m_idle.start();
    }
    ~ConnectionGuard() override { m_closed(); }

    // A whole request arrived: its response gets the next slot.
    int beginResponse(bool closeAfter)
    {
        m_bytes = 0;
        m_request.stop();
        m_closeAfter.insert(m_nextSlot, closeAfter);
        return m_nextSlot++;
    }

    void write(int slot, const QByteArray &response)
    {
        m_ready.insert(slot, response);
        while (m_ready.contains(m_nextToWrite)) {
            m_socket->write(m_ready.take(m_nextToWrite));
            const bool close = m_closeAfter.take(m_nextToWrite);
            ++m_nextToWrite;
            if (close) {
                m_socket->disconnectFromHost();
                return;
            }
        }
        m_idle.start();
    }

    bool refused() const { return m_refused; }

private:
    void onReadyRead()
    {
        if (m_refused) {
            if (m_socket->isReadable())
                m_socket->readAll(); // dropped: the connection is closing
            return;
        }
        m_idle.start();
        const qint64 available = m_socket->bytesAvailable();
        if (m_bytes == 0) {
            m_request.start();
            // The declared length, from the headers, before the body is read.
            const QByteArray head = m_socket->peek(std::min<qint64>(available, HeaderAllowance));
            const qsizetype end = head.indexOf("\r\n\r\n");
            for (const QByteArray &line : head.left(end < 0 ? head.size() : end).split('\n')) {
                if (line.trimmed().toLower().startsWith("content-length:")) {
                    bool ok = false;
                    const qint64 length = line.mid(line.indexOf(':') + 1).trimmed().toLongLong(&ok);
                    if (!ok || length > m_maxBody) {
                        refuse(413, "The request body is larger than this server accepts.\n");
                        return;
                    }
                }
            }
        }
        m_bytes += available;
        if (m_bytes > m_maxBody + HeaderAllowance)
            refuse(413, "The request body is larger than this server accepts.\n");
    }

    void refuse(int status, const QByteArray &text)
    {
        if (m_refused)
            return;
        m_refused = true;
        qCInfo(lcRemote).noquote() << m_socket->peerAddress().toString() << "refused:" << status << text.trimmed();
        if (m_nextToWrite == m_nextSlot && m_socket->state() == QAbstractSocket::ConnectedState)
            m_socket->write(plainResponse(status, text));
        if (m_socket->isReadable())
            m_socket->readAll();
        m_socket->disconnectFromHost();
    }

    QTcpSocket *m_socket;
    qint64 m_maxBody;
    std::function<void()> m_closed;
    qint64 m_bytes = 0;
    bool m_refused = false;
    QTimer m_idle;
    QTimer m_request;
    int m_nextSlot = 0;
    int m_nextToWrite = 0;
    QMap<int, QByteArray> m_ready;
    QHash<int, bool> m_closeAfter;
};

// Makes each connection's socket (TLS when configured), puts a guard on it,
// and turns away connections over the limit.
class GuardedTcpServer : public QTcpServer
{
public:
    GuardedTcpServer(const RpcConfig &config, std::optional<QSslConfiguration> tls, QObject *parent)
        : QTcpServer(parent)
        , m_maxBody(config.maxBodyBytes)
        , m_maxConnections(config.maxConnections)
        , m_tls(std::move(tls))
    { }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        QTcpSocket *socket = nullptr;
        if (m_tls) {
            auto *ssl = new QSslSocket(this);
            ssl->setSslConfiguration(*m_tls);
            socket = ssl;
        } else {
            socket = new QTcpSocket(this);
        }
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        if (*m_open < m_maxConnections)
            m_warnedFull = false;
        if (*m_open >= m_maxConnections) {
            if (!m_tls)
                socket->write(plainResponse(503, "Too many connections; try again shortly.\n"));
            socket->disconnectFromHost();
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            if (socket->state() == QAbstractSocket::UnconnectedState)
                socket->deleteLater();
            if (!m_warnedFull) {
                m_warnedFull = true;
                qCWarning(lcRemote) << "remote control: more than" << m_maxConnections
                                    << "connections at once; turning new ones away";
            }
            return;
        }
        ++*m_open;
        // The count outlives this server: sockets are deleted after it at shutdown.
        new ConnectionGuard(socket, m_maxBody, [open = m_open] { --*open; });
        if (m_tls)
            static_cast<QSslSocket *>(socket)->startServerEncryption();
        addPendingConnection(socket);
    }

private:
    qint64 m_maxBody;
    int m_maxConnections;
    std::optional<QSslConfiguration> m_tls;
    std::shared_ptr<int> m_open = std::make_shared<int>(0);
    bool m_warnedFull = false;
};

RpcServer::RpcServer(RpcConfig config, TransmissionRpc *rpc, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_config(std::move(config))
    , m_rpc(rpc)
{
    QByteArray random(24, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(random.data()), random.size() / 4);
    m_sessionId = QString::fromLatin1(random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    m_rpc->setSessionId(m_sessionId);
}

RpcServer::~RpcServer() = default;

bool RpcServer::start(QString *error)
{
    if (const QString problem = m_config.problem(); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    std::optional<QSslConfiguration> tls;
    if (m_config.useTls()) {
        if (!QSslSocket::supportsSsl()) {
            *error = tr("HTTPS is not available: Qt found no TLS library on this system.");
            return false;
        }
        QFile certificateFile(m_config.certificateFile);
        QFile keyFile(m_config.keyFile);
        // Regular files only: a FIFO in their place would block the start.
        if (!QFileInfo(certificateFile).isFile() || !QFileInfo(keyFile).isFile() || !certificateFile.open(QIODevice::ReadOnly)
            || !keyFile.open(QIODevice::ReadOnly)) {
            *error = tr("Cannot read the HTTPS certificate “%1” or key “%2”. Give PEM files Revaer may read.")
                         .arg(QDir::toNativeSeparators(m_config.certificateFile), QDir::toNativeSeparators(m_config.keyFile));
            return false;
        }
        const QList<QSslCertificate> chain = QSslCertificate::fromData(certificateFile.read(1024 * 1024), QSsl::Pem);
        const QByteArray keyData = keyFile.read(1024 * 1024);
        QSslKey key(keyData, QSsl::Rsa, QSsl::Pem);
        if (key.isNull())
            key = QSslKey(keyData, QSsl::Ec, QSsl::Pem);
        if (chain.isEmpty() || key.isNull()) {
            *error = tr("“%1” holds no PEM certificate, or “%2” no PEM private key (RSA or EC, without a passphrase).")
                         .arg(QDir::toNativeSeparators(m_config.certificateFile), QDir::toNativeSeparators(m_config.keyFile));
            return false;
        }
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificateChain(chain);
        configuration.setPrivateKey(key);
        configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
        tls = configuration;
    }
    const QHostAddress address = m_config.bindAddress.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0
        ? QHostAddress(QHostAddress::LocalHost)
        : QHostAddress(m_config.bindAddress);
    m_server = new GuardedTcpServer(m_config, tls, this);
    // Qt's default backlog (50) drops the SYNs of a burst of connections: the
    // clients then wait for their retries, up to a minute and more.
    m_server->setListenBacklogSize(1024);
    if (!m_server->listen(address, quint16(m_config.port))) {
        *error = tr("Remote control cannot listen on %1 port %2: %3. Choose another port (--rpc-port) or stop the "
                    "program using it.")
                     .arg(m_config.bindAddress)
                     .arg(m_config.port)
                     .arg(m_server->errorString());
        delete m_server;
        m_server = nullptr;
        return false;
    }
    bind(m_server);
    qCInfo(lcRemote).noquote() << "remote control listening at" << rpcUrl()
                               << (m_config.requiresAuthentication() ? "with a password" : "without a password");
    return true;
}

quint16 RpcServer::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

QString RpcServer::rpcUrl() const
{
    QUrl url;
    url.setScheme(m_config.useTls() ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(m_server ? m_server->serverAddress().toString() : m_config.bindAddress);
    url.setPort(port());
    url.setPath(QStringLiteral("/transmission/rpc"));
    return url.toString();
}

QString RpcServer::webUrl() const
{
    QString url = rpcUrl();
    url.chop(3);
    return url + QStringLiteral("web/");
}

bool RpcServer::hostAllowed(const QHttpServerRequest &request) const
{
    QByteArray host = header(request, "Host").trimmed();
    if (host.isEmpty())
        return true; // HTTP/1.0 without a Host: not a browser
    // Strip the port: "[::1]:9091", "127.0.0.1:9091", "name:9091".
    if (host.startsWith('[')) {
        host = host.mid(1, host.indexOf(']') - 1);
    } else if (host.count(':') == 1) {
        host = host.left(host.indexOf(':'));
    }
    const QString name = QString::fromLatin1(host).toLower();
    if (!QHostAddress(name).isNull() || name == QLatin1String("localhost") || name.endsWith(QLatin1String(".localhost")))
        return true;
    for (const QString &allowed : m_config.allowedHosts) {
        if (allowed.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

RpcServer::Auth RpcServer::authenticate(const QHttpServerRequest &request, const QString &client)
{
    if (!m_config.requiresAuthentication())
        return Auth::Ok;
    const QHostAddress address = request.remoteAddress();
    if (const auto known = m_failures.constFind(address); known != m_failures.cend()) {
        if (!known->lockedUntil.hasExpired() && known->count >= m_config.lockoutFailures)
            return Auth::Locked;
        // One try at a time from an address while its last failure is being
        // slowed down: no password hashing for a flood of guesses.
        if (known->answerPending)
            return Auth::Busy;
    }
    const QByteArray authorization = header(request, "Authorization").trimmed();
    const QByteArray fingerprint = QCryptographicHash::hash(authorization, QCryptographicHash::Sha256);
    if (!authorization.isEmpty() && m_acceptedCredentials.contains(fingerprint)) {
        m_failures.remove(address);
        return Auth::Ok;
    }
    bool ok = false;
    if (authorization.left(6).compare("Basic ", Qt::CaseInsensitive) == 0) {
        const QByteArray decoded = QByteArray::fromBase64(authorization.mid(6).trimmed());
        const qsizetype colon = decoded.indexOf(':');
        if (colon >= 0) {
            const QString user = QString::fromUtf8(decoded.left(colon));
            const QString password = QString::fromUtf8(decoded.mid(colon + 1));
            // Both checked, whichever is wrong, so timing tells nothing.
            const bool passwordOk = RpcConfig::verifyPassword(password, m_config.passwordHash);
            ok = passwordOk && user == m_config.user;
        }
    }
    if (ok) {
        if (m_acceptedCredentials.size() > 64)
            m_acceptedCredentials.clear();
        m_acceptedCredentials.insert(fingerprint);
        m_failures.remove(address);
        return Auth::Ok;
    }
    if (authorization.isEmpty())
        return Auth::Failed; // a client's first try, before it was asked: not counted
    Failures &failures = m_failures[address];
    ++failures.count;
    qCWarning(lcRemote).noquote() << "remote control: failed login from" << client << "(" << failures.count << "in a row)";
    if (failures.count >= m_config.lockoutFailures) {
        failures.lockedUntil = QDeadlineTimer(std::chrono::minutes(15));
        qCWarning(lcRemote).noquote() << "remote control: refusing" << client << "for 15 minutes after" << failures.count
                                      << "failed logins";
    }
    return Auth::Failed;
}

bool RpcServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    auto *guard = socket->findChild<ConnectionGuard *>(QString(), Qt::FindDirectChildrenOnly);
    if (!guard || guard->refused())
        return true;
    const bool closeAfter = header(request, "Connection").trimmed().compare("close", Qt::CaseInsensitive) == 0;
    const int slot = guard->beginResponse(closeAfter);
    const QString client = request.remoteAddress().toString();

    if (!hostAllowed(request)) {
        qCWarning(lcRemote).noquote() << "remote control: refused" << client << "asking for host" << header(request, "Host");
        respond(socket, slot, 421,
            "This server does not answer to that host name. Use its IP address, or add the name to "
            "Remote/allowedHosts in revaer.ini.\n",
            "text/plain; charset=utf-8");
        return true;
    }
    switch (authenticate(request, client)) {
    case Auth::Ok:
        break;
    case Auth::Locked:
        respond(socket, slot, 403, "Too many failed logins from this address; try again in 15 minutes.\n",
            "text/plain; charset=utf-8");
        return true;
    case Auth::Busy:
        respond(socket, slot, 429, "Too many login attempts at once from this address; wait for the last answer.\n",
            "text/plain; charset=utf-8", {{"Retry-After", "1"}});
        return true;
    case Auth::Failed: {
        const QHostAddress address = request.remoteAddress();
        const int failures = m_failures.value(address).count;
        // The first failures are answered at once (a typo), then ever slower.
        const int delay = failures <= 2 ? 0 : std::min(m_config.maxLoginDelayMs, 250 << std::min(failures - 3, 6));
        if (delay > 0)
            m_failures[address].answerPending = true;
        QPointer<QTcpSocket> guarded(socket);
        QTimer::singleShot(delay, this, [this, guarded, slot, address] {
            if (const auto it = m_failures.find(address); it != m_failures.end())
                it->answerPending = false;
            if (guarded)
                respond(guarded, slot, 401, "Unauthorized: give the user and password set for Revaer's remote control.\n",
                    "text/plain; charset=utf-8", {{"WWW-Authenticate", "Basic realm=\"Revaer\""}});
        });
        return true;
    }
    }

    const QString path = request.url().path();
    if (path == QLatin1String("/transmission/rpc") || path == QLatin1String("/transmission/rpc/")) {
        serveRpc(request, socket, slot, client);
    } else if (path.startsWith(QLatin1String("/transmission/web/"))) {
        serveFile(request, socket, slot);
    } else if (path == QLatin1String("/") || path == QLatin1String("/transmission") || path == QLatin1String("/transmission/")
        || path == QLatin1String("/transmission/web")) {
        if (m_config.webUiDir.isEmpty())
            respond(socket, slot, 404,
                "Revaer's remote control answers Transmission RPC at /transmission/rpc. No web client is served "
                "(start Revaer with --web-ui DIR).\n",
                "text/plain; charset=utf-8");
        else
            respond(socket, slot, 301, {}, "text/plain", {{"Location", "/transmission/web/"}});
    } else {
        respond(socket, slot, 404, "Not found.\n", "text/plain; charset=utf-8");
    }
    return true;
}

void RpcServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    Q_UNUSED(request)
    socket->write(plainResponse(404, "Not found.\n"));
    socket->disconnectFromHost();
}

void RpcServer::serveRpc(const QHttpServerRequest &request, QTcpSocket *socket, int slot, const QString &client)
{
    // Without the token a caller has not seen a 409 from us: a page in a
    // browser on another site cannot read it, so it cannot forge a call.
    if (QString::fromLatin1(header(request, "X-Transmission-Session-Id").trimmed()) != m_sessionId) {
        const QByteArray id = m_sessionId.toLatin1();
        respond(socket, slot, 409,
            "<h1>409: Conflict</h1><p>Your request had an invalid session-id header.</p><p>To fix this, follow "
            "these steps:<ol><li> When reading a response, get its X-Transmission-Session-Id header and remember "
            "it<li> Add the updated header to your outgoing requests<li> When you get this 409 error message, "
            "resend your request with the updated header</ol></p><p>This requirement has been added to help prevent "
            "<a href=\"https://en.wikipedia.org/wiki/Cross-site_request_forgery\">CSRF</a> attacks.</p><p><code>"
            "X-Transmission-Session-Id: "
                + id + "</code></p>",
            "text/html; charset=utf-8", {{"X-Transmission-Session-Id", id}});
        return;
    }
    if (request.method() != QHttpServerRequest::Method::Post) {
        respond(socket, slot, 405, "Send RPC requests with POST.\n", "text/plain; charset=utf-8", {{"Allow", "POST"}});
        return;
    }
    QPointer<QTcpSocket> guarded(socket);
    m_rpc->handle(request.body(), client, socket, [this, guarded, slot](const QByteArray &answer) {
        if (guarded)
            respond(guarded, slot, 200, answer, "application/json");
    });
}

void RpcServer::serveFile(const QHttpServerRequest &request, QTcpSocket *socket, int slot)
{
    if (m_config.webUiDir.isEmpty()) {
        respond(socket, slot, 404, "No web client is served (start Revaer with --web-ui DIR).\n", "text/plain; charset=utf-8");
        return;
    }
    if (request.method() != QHttpServerRequest::Method::Get && request.method() != QHttpServerRequest::Method::Head) {
        respond(socket, slot, 405, "Only GET here.\n", "text/plain; charset=utf-8", {{"Allow", "GET, HEAD"}});
        return;
    }
    // The file, resolved (symbolic links and ..) and kept inside the folder.
    const QString root = QFileInfo(m_config.webUiDir).canonicalFilePath();
    QString relative = request.url().path().mid(int(qstrlen("/transmission/web/")));
    if (relative.isEmpty() || relative.endsWith(QLatin1Char('/')))
        relative += QStringLiteral("index.html");
    const QFileInfo info(root + QLatin1Char('/') + relative);
    const QString canonical = info.canonicalFilePath();
    if (root.isEmpty() || canonical.isEmpty() || !canonical.startsWith(root + QLatin1Char('/')) || !info.isFile()) {
        respond(socket, slot, 404, "Not found.\n", "text/plain; charset=utf-8");
        return;
    }
    QFile file(canonical);
    if (info.size() > 32 * 1024 * 1024 || !file.open(QIODevice::ReadOnly)) {
        respond(socket, slot, 404, "Not found.\n", "text/plain; charset=utf-8");
        return;
    }
    static const QMimeDatabase mimes;
    QByteArray type = mimes.mimeTypeForFile(canonical, QMimeDatabase::MatchExtension).name().toLatin1();
    if (type.startsWith("text/") || type == "application/javascript")
        type += "; charset=utf-8";
    const QByteArray body = request.method() == QHttpServerRequest::Method::Head ? QByteArray() : file.readAll();
    respond(socket, slot, 200, body, type,
        {{"X-Content-Type-Options", "nosniff"}, {"X-Frame-Options", "SAMEORIGIN"}, {"Cache-Control", "no-cache"}});
}

void RpcServer::respond(QTcpSocket *socket, int slot, int status, const QByteArray &body, const QByteArray &contentType,
    const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    auto *guard = socket->findChild<ConnectionGuard *>(QString(), Qt::FindDirectChildrenOnly);
    if (!guard)
        return;
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    response += "Content-Type: " + contentType + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
    response += "Server: Revaer\r\n";
    for (const auto &[name, value] : headers)
        response += name + ": " + value + "\r\n";
    response += "\r\n" + body;
    guard->write(slot, response);
}

} // namespace Revaer

#include "rpcserver.moc"
