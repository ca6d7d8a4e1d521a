#include "configwatcher.h"

#include "safefile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QTimer>

namespace Revaer {

ConfigWatcher::ConfigWatcher(const QString &path, QObject *parent)
    : QObject(parent)
    , m_path(QFileInfo(path).absoluteFilePath())
    , m_watcher(new QFileSystemWatcher(this))
    , m_settle(new QTimer(this))
{
    const QFileInfo info(m_path);
    QDir().mkpath(info.absolutePath());
    m_watcher->addPath(info.absolutePath());
    if (info.exists())
        m_watcher->addPath(m_path);
    m_lastDigest = digest();
    m_settle->setSingleShot(true);
    m_settle->setInterval(200);
    connect(m_settle, &QTimer::timeout, this, &ConfigWatcher::settle);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &ConfigWatcher::onEvent);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &ConfigWatcher::onEvent);
}

void ConfigWatcher::acknowledge()
{
    m_lastDigest = digest();
}

void ConfigWatcher::onEvent()
{
    m_settle->start();
}

void ConfigWatcher::settle()
{
    const QFileInfo info(m_path);
    // A replaced file is a new inode: watch it again.
    if (info.exists() && !m_watcher->files().contains(m_path))
        m_watcher->addPath(m_path);
    const QByteArray now = digest();
    if (now == m_lastDigest)
        return; // another file in the folder changed, or nothing did
    m_lastDigest = now;
    Q_EMIT changed();
}

QByteArray ConfigWatcher::digest() const
{
    // Never blocks on a FIFO put in the file's place, never reads a device.
    const SafeFile::ReadResult file = SafeFile::read(m_path, 1024 * 1024);
    if (!file.ok())
        return file.error.toUtf8(); // a change of what is wrong is a change
    return QCryptographicHash::hash(file.data, QCryptographicHash::Sha1);
}

} // namespace Revaer
