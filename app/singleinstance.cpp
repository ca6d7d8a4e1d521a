#include "singleinstance.h"

#include "addtorrentrequest.h"
#include "handover.h"
#include "platform/platform.h"
#include "revaer_log_instance.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLoggingCategory>
#include <QThread>
#include <QTimer>

namespace Revaer {

SingleInstance::SingleInstance(const Profile &profile, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_lock(profile.lockFile())
{
    // A lock whose process is gone (a crash, a power cut) is taken over at
    // once; a live one is never stolen however old it is.
    m_lock.setStaleLockTime(0);
    m_socketPath = m_profile.instanceSocket(&m_socketError);
}

SingleInstance::~SingleInstance()
{
    if (m_server)
        m_server->close();
}

SingleInstance::Lock SingleInstance::tryBecomePrimary(QString *error)
{
    if (m_lock.tryLock(0))
        return Lock::Primary;
    if (m_lock.error() == QLockFile::LockFailedError && primaryPid() > 0)
        return Lock::InUse;
    // Not another Revaer: the lock file itself cannot be made or read.
    const QString folder = QDir::toNativeSeparators(QFileInfo(m_profile.lockFile()).absolutePath());
    switch (m_lock.error()) {
    case QLockFile::PermissionError:
        *error = QStringLiteral("Cannot use %1: Revaer may not create its lock file in “%2”. Fix the folder's permissions, or "
                                "choose another folder with --profile.")
                     .arg(m_profile.displayName(), folder);
        break;
    default:
        *error = QStringLiteral("Cannot use %1: its lock file “%2” cannot be made or read (is the disk full or read-only?). "
                                "Free some space, or choose another folder with --profile.")
                     .arg(m_profile.displayName(), QDir::toNativeSeparators(m_profile.lockFile()));
        break;
    }
    return Lock::Failed;
}

qint64 SingleInstance::primaryPid() const
{
    qint64 pid = 0;
    QString host, app;
    return m_lock.getLockInfo(&pid, &host, &app) ? pid : 0;
}

bool SingleInstance::listen(QString *error)
{
    if (m_socketPath.isEmpty()) {
        *error = m_socketError;
        return false;
    }
    m_server = std::make_unique<QLocalServer>();
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    m_server->setMaxPendingConnections(MaxConnections);
    connect(m_server.get(), &QLocalServer::newConnection, this, &SingleInstance::onConnection);
    if (m_server->listen(m_socketPath))
        return true;
    // We hold the lock and the folder is ours: a socket left there is a dead
    // process's (a crash). Remove it, but only a socket of ours.
    if (Platform::isLeftoverLocalServer(m_socketPath))
        QLocalServer::removeServer(m_socketPath);
    if (m_server->listen(m_socketPath))
        return true;
    *error = QStringLiteral("cannot listen on “%1”: %2").arg(QDir::toNativeSeparators(m_socketPath), m_server->errorString());
    return false;
}

void SingleInstance::onConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        socket->setParent(this);
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        QString why;
        if (m_connections >= MaxConnections
            || !Platform::peerIsThisUser(socket->socketDescriptor(), Platform::LocalEnd::Server, &why)) {
            qCWarning(lcInstance).noquote() << "refused a hand-over connection:"
                                            << (why.isEmpty() ? QStringLiteral("too many at once") : why);
            socket->abort();
            socket->deleteLater();
            continue;
        }
        serve(socket);
    }
}

void SingleInstance::serve(QLocalSocket *socket)
{
    ++m_connections;
    connect(socket, &QObject::destroyed, this, [this] { --m_connections; });
    auto *idle = new QTimer(socket);
    idle->setSingleShot(true);
    connect(idle, &QTimer::timeout, socket, [socket] {
        qCWarning(lcInstance) << "dropped a hand-over connection that stayed silent";
        socket->abort();
        socket->deleteLater();
    });
    idle->start(IdleTimeoutMs);
    auto received = std::make_shared<QByteArray>();
    connect(socket, &QLocalSocket::readyRead, socket, [this, socket, idle, received] {
        idle->start(IdleTimeoutMs);
        // Never more than one message's worth in memory.
        received->append(socket->read(HandOver::MaxMessageSize + 1 - received->size()));
        QStringList sources;
        QString error;
        switch (HandOver::decode(*received, &sources, &error)) {
        case HandOver::Decoded::NeedMore:
            if (received->size() <= HandOver::MaxMessageSize)
                return;
            error = QStringLiteral("the message is over the limit");
            Q_FALLTHROUGH();
        case HandOver::Decoded::Invalid:
            qCWarning(lcInstance).noquote() << "refused a hand-over message:" << error;
            socket->write(QByteArray(1, HandOver::Refused) + error.toUtf8());
            socket->flush();
            socket->disconnectFromServer();
            received->clear();
            return;
        case HandOver::Decoded::Complete:
            idle->stop();
            socket->write(&HandOver::Accepted, 1);
            socket->flush();
            received->clear();
            Q_EMIT sourcesReceived(sources);
            return;
        }
    });
}

bool SingleInstance::handOver(const QStringList &sources, QString *error, int timeoutMs)
{
    if (m_socketPath.isEmpty()) {
        *error = m_socketError;
        return false;
    }
    QElapsedTimer clock;
    clock.start();
    // The primary may be starting: its lock is taken before it listens.
    QLocalSocket socket;
    for (;;) {
        socket.connectToServer(m_socketPath);
        if (socket.waitForConnected(1000))
            break;
        if (clock.elapsed() > timeoutMs) {
            *error = socket.errorString();
            return false;
        }
        QThread::msleep(100);
    }
    // Never hand a user's torrents and paths to someone else's process.
    QString why;
    if (!Platform::peerIsThisUser(socket.socketDescriptor(), Platform::LocalEnd::Client, &why)) {
        *error = QStringLiteral("the socket “%1” is not this Revaer's: %2. Nothing was handed over.")
                     .arg(QDir::toNativeSeparators(m_socketPath), why);
        socket.abort();
        return false;
    }
    const QByteArray message = HandOver::encode(sources);
    if (message.size() > HandOver::MaxMessageSize) {
        *error = QStringLiteral("too many sources to hand over at once (%1 bytes, at most %2)")
                     .arg(message.size())
                     .arg(HandOver::MaxMessageSize);
        return false;
    }
    socket.write(message);
    while (socket.bytesToWrite() > 0) {
        const int left = int(timeoutMs - clock.elapsed());
        if (left <= 0 || !socket.waitForBytesWritten(left)) {
            *error = socket.errorString();
            return false;
        }
    }
    while (socket.bytesAvailable() < 1) {
        const int left = int(timeoutMs - clock.elapsed());
        if (left <= 0 || !socket.waitForReadyRead(left)) {
            *error = socket.errorString();
            return false;
        }
    }
    char answer = 0;
    socket.read(&answer, 1);
    if (answer != HandOver::Accepted) {
        socket.waitForReadyRead(200);
        *error = QStringLiteral("the running Revaer refused the message: %1").arg(QString::fromUtf8(socket.readAll()));
        return false;
    }
    socket.disconnectFromServer();
    return true;
}

QStringList SingleInstance::absoluteSources(const QStringList &sources)
{
    QStringList result;
    result.reserve(sources.size());
    for (const QString &source : sources) {
        // Read as the window will read it: a magnet link, a file:// URL or a path.
        const AddTorrentRequest parsed = AddTorrentRequest::fromArgument(source);
        result.append(
            parsed.kind == AddTorrentRequest::Kind::Magnet ? parsed.source : QFileInfo(parsed.source).absoluteFilePath());
    }
    return result;
}

} // namespace Revaer
