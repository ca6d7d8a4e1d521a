#include "faultinjection.h"

#include <QDir>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <sys/mount.h>
#include <unistd.h>

namespace Revaer::Test {

void FaultyFileOps::fail(Step step, const QString &error, int times, const QString &pathContains)
{
    QMutexLocker lock(&m_mutex);
    m_faults.insert(step, {error, times, pathContains});
}

void FaultyFileOps::heal()
{
    QMutexLocker lock(&m_mutex);
    m_faults.clear();
}

int FaultyFileOps::failures(Step step) const
{
    QMutexLocker lock(&m_mutex);
    return m_failures.value(step);
}

int FaultyFileOps::calls(Step step) const
{
    QMutexLocker lock(&m_mutex);
    return m_calls.value(step);
}

QString FaultyFileOps::check(Step step, const QString &path)
{
    QMutexLocker lock(&m_mutex);
    ++m_calls[step];
    auto it = m_faults.find(step);
    if (it == m_faults.end() || it->times == 0 || (!it->pathContains.isEmpty() && !path.contains(it->pathContains)))
        return {};
    if (it->times > 0)
        --it->times;
    ++m_failures[step];
    return it->error;
}

QString FaultyFileOps::create(const QString &path, Handle *handle)
{
    if (QString error = check(Step::Create, path); !error.isEmpty())
        return error;
    const QString error = FileOps::create(path, handle);
    if (error.isEmpty()) {
        QMutexLocker lock(&m_mutex);
        m_paths.insert(*handle, path);
    }
    return error;
}

void FaultyFileOps::setAnonymousFiles(bool on)
{
    QMutexLocker lock(&m_mutex);
    m_anonymous = on;
}

QString FaultyFileOps::createAnonymous(const QString &path, Handle *handle)
{
    {
        QMutexLocker lock(&m_mutex);
        if (!m_anonymous)
            return QStringLiteral("turned off by the test");
    }
    if (QString error = check(Step::Create, path); !error.isEmpty())
        return error;
    const QString error = FileOps::createAnonymous(path, handle);
    if (error.isEmpty()) {
        QMutexLocker lock(&m_mutex);
        m_paths.insert(*handle, path);
        ++m_anonymousFiles;
    }
    return error;
}

int FaultyFileOps::anonymousFiles() const
{
    QMutexLocker lock(&m_mutex);
    return m_anonymousFiles;
}

QString FaultyFileOps::link(Handle handle, const QString &path)
{
    // Naming the file is where a rename would fail.
    if (QString error = check(Step::Rename, path); !error.isEmpty())
        return error;
    return FileOps::link(handle, path);
}

QString FaultyFileOps::write(Handle handle, const char *data, qint64 size)
{
    QString path;
    {
        QMutexLocker lock(&m_mutex);
        path = m_paths.value(handle);
    }
    if (QString error = check(Step::Write, path); !error.isEmpty()) {
        // As a disk that fills up half-way: part of the data is written.
        FileOps::write(handle, data, size / 2);
        return error;
    }
    return FileOps::write(handle, data, size);
}

QString FaultyFileOps::sync(Handle handle)
{
    QString path;
    {
        QMutexLocker lock(&m_mutex);
        path = m_paths.value(handle);
    }
    if (QString error = check(Step::Sync, path); !error.isEmpty())
        return error;
    return FileOps::sync(handle);
}

QString FaultyFileOps::close(Handle handle)
{
    QString path;
    {
        QMutexLocker lock(&m_mutex);
        path = m_paths.take(handle);
    }
    const QString real = FileOps::close(handle); // the descriptor is closed either way
    if (QString error = check(Step::Close, path); !error.isEmpty())
        return error;
    return real;
}

QString FaultyFileOps::rename(const QString &from, const QString &to)
{
    if (QString error = check(Step::Rename, to); !error.isEmpty())
        return error;
    return FileOps::rename(from, to);
}

QString FaultyFileOps::remove(const QString &path)
{
    if (QString error = check(Step::Remove, path); !error.isEmpty())
        return error;
    return FileOps::remove(path);
}

QString FaultyFileOps::syncDirectory(const QString &path)
{
    if (QString error = check(Step::SyncDirectory, path); !error.isEmpty())
        return error;
    return FileOps::syncDirectory(path);
}

QString FaultyFileOps::syncFile(const QString &path)
{
    if (QString error = check(Step::SyncFile, path); !error.isEmpty())
        return error;
    return FileOps::syncFile(path);
}

QString FaultyFileOps::syncFileSystem(const QString &path)
{
    if (QString error = check(Step::SyncFileSystem, path); !error.isEmpty())
        return error;
    return FileOps::syncFileSystem(path);
}

namespace {

QByteArray sizeOption(qint64 bytes, bool readOnly)
{
    return "size=" + QByteArray::number(bytes) + ",mode=0755" + (readOnly ? ",ro" : "");
}

} // namespace

Tmpfs::Tmpfs(const QString &mountPoint, qint64 sizeBytes)
    : m_path(QDir::cleanPath(mountPoint))
    , m_size(sizeBytes)
{
    if (::geteuid() != 0) {
        m_skipReason = QStringLiteral("mounting a tmpfs needs root; the injected file layer covers this case instead");
        return;
    }
    QDir().mkpath(m_path);
    if (::mount("tmpfs", QFile::encodeName(m_path).constData(), "tmpfs", 0, sizeOption(sizeBytes, false).constData()) != 0) {
        m_skipReason = QStringLiteral("cannot mount a tmpfs at %1: %2").arg(m_path, QString::fromLocal8Bit(std::strerror(errno)));
        return;
    }
    m_mounted = true;
}

Tmpfs::~Tmpfs()
{
    if (m_mounted && ::umount2(QFile::encodeName(m_path).constData(), MNT_DETACH) != 0)
        qWarning("cannot unmount the test tmpfs at %s: %s", qPrintable(m_path), std::strerror(errno));
}

bool Tmpfs::resize(qint64 sizeBytes)
{
    if (!m_mounted)
        return false;
    m_size = sizeBytes;
    return ::mount(
               "tmpfs", QFile::encodeName(m_path).constData(), "tmpfs", MS_REMOUNT, sizeOption(m_size, m_readOnly).constData())
        == 0;
}

bool Tmpfs::setReadOnly(bool readOnly)
{
    if (!m_mounted)
        return false;
    m_readOnly = readOnly;
    return ::mount("tmpfs", QFile::encodeName(m_path).constData(), "tmpfs", MS_REMOUNT | (readOnly ? MS_RDONLY : 0),
               sizeOption(m_size, false).constData())
        == 0;
}

QString Tmpfs::fill()
{
    const QString path = m_path + QStringLiteral("/filler");
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered))
        return path;
    const QByteArray block(4096, '\0');
    while (file.write(block) == block.size()) { }
    // The last partial block, byte by byte.
    while (file.write("x", 1) == 1) { }
    return path;
}

} // namespace Revaer::Test
