#include "singleinstance.h"

#include "addtorrentrequest.h"

#include <QDataStream>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QThread>

namespace Revaer {

namespace {

// A message is a QDataStream of a QStringList, prefixed with its size; the
// answer is one byte.
constexpr char Accepted = 'A';

} // namespace

SingleInstance::SingleInstance(const Profile &profile, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_lock(profile.lockFile())
{
    // A lock whose process is gone (a crash, a power cut) is taken over at
    // once; a live one is never stolen however old it is.
    m_lock.setStaleLockTime(0);
}

SingleInstance::~SingleInstance()
{
    if (m_server)
        m_server->close();
}

bool SingleInstance::tryBecomePrimary()
{
    QDir().mkpath(QFileInfo(m_profile.lockFile()).absolutePath());
    return m_lock.tryLock(0);
}

qint64 SingleInstance::primaryPid() const
{
    qint64 pid = 0;
    QString host, app;
    return m_lock.getLockInfo(&pid, &host, &app) ? pid : 0;
}

bool SingleInstance::listen(QString *error)
{
    m_server = std::make_unique<QLocalServer>();
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server.get(), &QLocalServer::newConnection, this, &SingleInstance::onConnection);
    if (m_server->listen(m_profile.instanceKey()))
        return true;
    // We hold the lock, so a socket left behind is a dead process's.
    QLocalServer::removeServer(m_profile.instanceKey());
    if (m_server->listen(m_profile.instanceKey()))
        return true;
    *error = m_server->errorString();
    return false;
}

void SingleInstance::onConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        socket->setParent(this);
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, socket, [this, socket] {
            QDataStream in(socket);
            in.startTransaction();
            QStringList sources;
            in >> sources;
            if (!in.commitTransaction())
                return; // not all there yet
            socket->write(&Accepted, 1);
            socket->flush();
            Q_EMIT sourcesReceived(sources);
        });
    }
}

bool SingleInstance::handOver(const QStringList &sources, QString *error, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    // The primary may be starting: its lock is taken before it listens.
    QLocalSocket socket;
    for (;;) {
        socket.connectToServer(m_profile.instanceKey());
        if (socket.waitForConnected(1000))
            break;
        if (clock.elapsed() > timeoutMs) {
            *error = socket.errorString();
            return false;
        }
        QThread::msleep(100);
    }
    QByteArray message;
    QDataStream out(&message, QIODevice::WriteOnly);
    out << sources;
    socket.write(message);
    if (!socket.waitForBytesWritten(timeoutMs)) {
        *error = socket.errorString();
        return false;
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
    socket.disconnectFromServer();
    return answer == Accepted;
}

QStringList SingleInstance::absoluteSources(const QStringList &sources)
{
    QStringList result;
    result.reserve(sources.size());
    for (const QString &source : sources) {
        // Read as the window will read it: a magnet link, a file:// URL or a path.
        const AddTorrentRequest parsed = AddTorrentRequest::fromArgument(source);
        result.append(parsed.kind == AddTorrentRequest::Kind::Magnet ? parsed.source : QFileInfo(parsed.source).absoluteFilePath());
    }
    return result;
}

} // namespace Revaer
