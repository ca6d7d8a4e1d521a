#include "testswarm.h"

#include "backend/torrentfileparser.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTest>

namespace Revaer::Test {

SessionSettings loopbackSettings()
{
    SessionSettings s;
    s.listenInterfaces = QStringLiteral("127.0.0.1:0");
    s.enableDht = false;
    s.enableLsd = false;
    s.enableUpnp = false;
    s.enableNatPmp = false;
    s.statusIntervalMs = 100;
    s.stopTrackerTimeoutSeconds = 0;
    s.reconnectSeconds = 1;
    return s;
}

EngineConfig loopbackConfig(const QString &savePath)
{
    EngineConfig config;
    config.session = loopbackSettings();
    config.defaultSavePath = savePath;
    return config;
}

QString writeLoopbackProfile(const QString &directory)
{
    QDir().mkpath(directory);
    QFile ini(directory + QStringLiteral("/revaer.ini"));
    if (!ini.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(ini.fileName()));
    ini.write("[Connection]\nlistenInterfaces=127.0.0.1:0\nupnp=false\nnatpmp=false\n"
              "[BitTorrent]\ndht=false\nlsd=false\n");
    return directory;
}

TorrentId idOf(int n)
{
    return TorrentId::fromHex(QStringLiteral("%1").arg(n, 40, 16, QLatin1Char('0')));
}

QString GeneratedTorrent::writeTorrentFile(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(torrentData) != torrentData.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

GeneratedTorrent generateTorrent(
    const QString &root, const QString &name, const QList<QPair<QString, qint64>> &files, quint32 seed, int pieceSize)
{
    GeneratedTorrent t;
    t.name = name;
    t.contentRoot = root;
    t.files = files;
    QRandomGenerator random(seed);
    for (const auto &[relative, size] : files) {
        const QString path = root + u'/' + name + u'/' + relative;
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        QByteArray block(1 << 20, Qt::Uninitialized);
        for (qint64 left = size; left > 0;) {
            const qint64 chunk = std::min<qint64>(left, block.size());
            random.fillRange(reinterpret_cast<quint32 *>(block.data()), block.size() / 4);
            file.write(block.constData(), chunk);
            left -= chunk;
        }
    }
    TorrentCreator::Options options;
    options.contentPath = root + u'/' + name;
    options.pieceSize = pieceSize;
    const TorrentCreator::Result created = TorrentCreator::create(options);
    if (!created.ok())
        qFatal("%s", qPrintable(created.error));
    t.torrentData = created.torrent;
    t.id = created.id;
    t.magnet = created.magnetUri;
    // Keep `files` in the torrent's order, so an index here is libtorrent's file index.
    const TorrentFileParser::Result parsed = TorrentFileParser::parseTorrent(t.torrentData, name);
    QHash<QString, qint64> sizes;
    for (const auto &[relative, size] : files)
        sizes.insert(relative, size);
    t.files.clear();
    for (const TorrentFileEntry &entry : parsed.metadata.files) {
        if (entry.padFile)
            continue;
        const QString relative = entry.path.mid(name.size() + 1);
        t.files.append({relative, sizes.value(relative)});
    }
    return t;
}

Seeder::Seeder(const QString &workDir, const std::function<void(EngineConfig &)> &configure)
    : m_engine([&] {
        EngineConfig config = loopbackConfig(workDir);
        if (configure)
            configure(config);
        return std::make_unique<LibtorrentEngine>(config);
    }())
{
    QSignalSpy listening(m_engine.get(), &TorrentEngine::listening);
    m_engine->start();
    if (!listening.wait(10000) && listening.isEmpty())
        qFatal("the seeder did not start listening");
    m_port = listening.constFirst().at(1).toInt();
}

Seeder::~Seeder() = default;

bool Seeder::seed(const GeneratedTorrent &torrent, int timeoutMs)
{
    QSignalSpy states(m_engine.get(), &TorrentEngine::stateChanged);
    AddTorrentRequest request;
    request.kind = AddTorrentRequest::Kind::TorrentData;
    request.source = torrent.name + QStringLiteral(".torrent");
    request.data = torrent.torrentData;
    request.savePath = torrent.contentRoot;
    m_engine->addTorrent(request);
    auto seeding = [&] {
        for (const QList<QVariant> &args : std::as_const(states)) {
            const auto event = args.at(0).value<TorrentStateEvent>();
            if (event.id == torrent.id && event.state == TorrentState::Seeding)
                return true;
        }
        return false;
    };
    QElapsedTimer timer;
    timer.start();
    while (!seeding() && timer.elapsed() < timeoutMs)
        states.wait(100);
    return seeding();
}

LocalTracker::LocalTracker(const QString &workDir, const QList<TorrentId> &whitelist)
{
    const QString program = QStandardPaths::findExecutable(QStringLiteral("opentracker"));
    if (program.isEmpty()) {
        m_error = QStringLiteral("opentracker is not installed (scripts/ensure-deps.sh test installs it)");
        return;
    }
    QDir().mkpath(workDir);
    QByteArray hashes;
    for (const TorrentId &id : whitelist)
        hashes += id.toString().toLatin1() + '\n';
    QFile list(workDir + QStringLiteral("/whitelist"));
    QFile config(workDir + QStringLiteral("/opentracker.conf"));
    // A port no other test of this run picks: opentracker reuses ports.
    m_port = 40000 + int(QRandomGenerator::global()->bounded(20000));
    // It chroots into its folder (-d) before reading the whitelist.
    if (!list.open(QIODevice::WriteOnly) || list.write(hashes) != hashes.size() || !config.open(QIODevice::WriteOnly)
        || config.write(QStringLiteral("listen.tcp_udp 127.0.0.1:%1\naccess.whitelist whitelist\n").arg(m_port).toLatin1()) < 0) {
        m_error = QStringLiteral("cannot write the tracker's files in %1").arg(workDir);
        return;
    }
    list.close();
    config.close();
    m_process = std::make_unique<QProcess>();
    m_process->setWorkingDirectory(workDir);
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process->start(program, {QStringLiteral("-d"), workDir, QStringLiteral("-f"), config.fileName()});
    if (!m_process->waitForStarted(5000)) {
        m_error = QStringLiteral("opentracker did not start: %1").arg(m_process->errorString());
        return;
    }
    // Ready when it answers on its port.
    for (int tries = 0; tries < 50; ++tries) {
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, quint16(m_port));
        if (probe.waitForConnected(100))
            return;
        if (m_process->state() != QProcess::Running)
            break;
        QTest::qWait(100);
    }
    m_error = QStringLiteral("opentracker does not answer on 127.0.0.1:%1").arg(m_port);
}

LocalTracker::~LocalTracker()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->terminate(); // SIGTERM to the PID started here
        if (!m_process->waitForFinished(3000))
            m_process->kill();
    }
}

bool sameContent(const QString &a, const QString &b)
{
    QFile fa(a);
    QFile fb(b);
    if (!fa.open(QIODevice::ReadOnly) || !fb.open(QIODevice::ReadOnly) || fa.size() != fb.size())
        return false;
    QCryptographicHash ha(QCryptographicHash::Sha256);
    QCryptographicHash hb(QCryptographicHash::Sha256);
    ha.addData(&fa);
    hb.addData(&fb);
    return ha.result() == hb.result();
}

QByteArray readFileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

StoredTorrent storedRecord(const TorrentId &id, const QString &name)
{
    StoredTorrent r;
    r.id = id;
    r.name = name;
    r.savePath = QStringLiteral("/data");
    r.addedAt = QDateTime::fromMSecsSinceEpoch(1700000000000, Qt::UTC);
    return r;
}

} // namespace Revaer::Test
