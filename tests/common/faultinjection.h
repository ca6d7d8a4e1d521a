#pragma once

#include "safefile.h"

#include <QHash>
#include <QMutex>
#include <QString>

#include <memory>

namespace Revaer::Test {

// A FileOps that fails on demand, as a full disk, a failing device, a
// read-only folder or a rename across mounts would, and otherwise does the
// real thing. Thread-safe: the resume writer calls it from its pool.
class FaultyFileOps : public FileOps
{
public:
    enum class Step { Create, Write, Sync, Close, Rename, Remove, SyncDirectory, SyncFile, SyncFileSystem };

    // From now on `step` fails with `error` (the system's words, e.g. "No
    // space left on device") for paths containing `pathContains` (every path
    // when empty), `times` times or for ever (-1).
    void fail(Step step, const QString &error, int times = -1, const QString &pathContains = {});
    // Every step works again.
    void heal();
    // Whether files are written without a name first (O_TMPFILE, the default
    // where the system has it) or under a temporary name: the two roads of
    // SafeFile::write.
    void setAnonymousFiles(bool on);
    // How many files were written without a name first.
    int anonymousFiles() const;
    int failures(Step step) const;
    int calls(Step step) const;

    QString create(const QString &path, Handle *handle) override;
    QString createAnonymous(const QString &path, Handle *handle) override;
    QString link(Handle handle, const QString &path) override;
    QString write(Handle handle, const char *data, qint64 size) override;
    QString sync(Handle handle) override;
    QString close(Handle handle) override;
    QString rename(const QString &from, const QString &to) override;
    QString remove(const QString &path) override;
    QString syncDirectory(const QString &path) override;
    QString syncFile(const QString &path) override;
    QString syncFileSystem(const QString &path) override;

private:
    struct Fault {
        QString error;
        int times = -1;
        QString pathContains;
    };
    // The error to report for this call, or empty to do the real thing.
    QString check(Step step, const QString &path);

    mutable QMutex m_mutex;
    QHash<Step, Fault> m_faults;
    QHash<Step, int> m_failures;
    QHash<Step, int> m_calls;
    QHash<Handle, QString> m_paths; // open handles, for path-scoped faults
    bool m_anonymous = true;
    int m_anonymousFiles = 0;
};

// A small tmpfs mounted for one test, to fill or to make read-only for real.
// Needs root (tests run as root in CI); skipReason() says why when it cannot.
class Tmpfs
{
public:
    Tmpfs(const QString &mountPoint, qint64 sizeBytes);
    ~Tmpfs();
    Tmpfs(const Tmpfs &) = delete;
    Tmpfs &operator=(const Tmpfs &) = delete;

    bool mounted() const { return m_mounted; }
    QString skipReason() const { return m_skipReason; }
    const QString &path() const { return m_path; }

    bool resize(qint64 sizeBytes);
    bool setReadOnly(bool readOnly);
    // Writes a file of zeros until the disk is full; returns its path.
    QString fill();

private:
    QString m_path;
    qint64 m_size = 0;
    bool m_readOnly = false;
    bool m_mounted = false;
    QString m_skipReason;
};

} // namespace Revaer::Test
