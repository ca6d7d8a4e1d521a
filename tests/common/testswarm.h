#pragma once

#include "backend/torrentcreator.h"
#include "engineconfig.h"
#include "engineevents.h"
#include "libtorrentengine.h"
#include "storedtorrent.h"

#include <QList>
#include <QPair>
#include <QProcess>
#include <QString>

#include <functional>
#include <memory>

namespace Revaer::Test {

// Settings for a session that talks only to 127.0.0.1: a free port, no DHT,
// no local discovery, no port mapping.
SessionSettings loopbackSettings();
EngineConfig loopbackConfig(const QString &savePath);
// A --profile folder whose revaer.ini keeps `revaer --headless` on 127.0.0.1.
QString writeLoopbackProfile(const QString &directory);

// A made-up torrent id whose hex spells `n`: for tests that need many.
TorrentId idOf(int n);

struct GeneratedTorrent {
    QString name;
    QString contentRoot; // the folder that holds `name`
    QByteArray torrentData;
    TorrentId id;
    QString magnet;
    QList<QPair<QString, qint64>> files; // relative to contentRoot/name

    QString writeTorrentFile(const QString &path) const;
    QString filePath(int index) const { return contentRoot + u'/' + name + u'/' + files.at(index).first; }
};

// Writes files of pseudo-random bytes (from `seed`) under root/name and makes
// a v1-only torrent of them.
GeneratedTorrent generateTorrent(
    const QString &root, const QString &name, const QList<QPair<QString, qint64>> &files, quint32 seed, int pieceSize = 0);

// A LibtorrentEngine that seeds generated torrents on 127.0.0.1.
class Seeder
{
public:
    // `configure` may change the seeder's configuration before it starts.
    explicit Seeder(const QString &workDir, const std::function<void(EngineConfig &)> &configure = {});
    ~Seeder();

    // Adds the torrent from its existing data and waits until it seeds.
    bool seed(const GeneratedTorrent &torrent, int timeoutMs = 30000);
    int port() const { return m_port; }
    QString peer() const { return QStringLiteral("127.0.0.1:%1").arg(m_port); }
    LibtorrentEngine &engine() { return *m_engine; }

private:
    std::unique_ptr<LibtorrentEngine> m_engine;
    int m_port = 0;
};

// Debian's opentracker on 127.0.0.1, on a port of its own (it binds with
// SO_REUSEPORT: a shared port would let a stale one answer), serving only
// the whitelisted torrents. Stopped by its PID when destroyed.
class LocalTracker
{
public:
    LocalTracker(const QString &workDir, const QList<TorrentId> &whitelist);
    ~LocalTracker();
    // Empty when it runs; else why not (not installed, did not start).
    QString error() const { return m_error; }
    QString announceUrl() const { return QStringLiteral("http://127.0.0.1:%1/announce").arg(m_port); }

private:
    std::unique_ptr<QProcess> m_process;
    int m_port = 0;
    QString m_error;
};

bool sameContent(const QString &a, const QString &b);
// A file's bytes; empty when it cannot be read.
QByteArray readFileBytes(const QString &path);
// A plain record for the store's tests: the name, "/data", a fixed date.
StoredTorrent storedRecord(const TorrentId &id, const QString &name);

} // namespace Revaer::Test
