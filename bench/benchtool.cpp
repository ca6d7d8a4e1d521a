// revaer-bench-tool: the benchmark's helpers, in raw libtorrent.
//
//   make DIR NAME MIB TRACKER OUT.torrent   write MIB MiB of random data to DIR/NAME and a v1-only torrent
//   seed TORRENT DIR ADDRESS:PORT           seed TORRENT (data in DIR) until SIGTERM; prints "listening PORT"
//   download TORRENT DIR                    a minimal client with Revaer's libtorrent settings; exits when complete
//   make-profile DIR COUNT KIB              COUNT torrents of one KIB KiB file each, complete on disk, with
//                                           Revaer resume files (DIR/revaer/resume) and qBittorrent's (DIR/qbt)
//   restore-raw RESUMEDIR                   add every .fastresume there, at most 50 in flight; prints the times
//   import-raw TORRENTDIR DATADIR           add every .torrent there (data in DATADIR), no resume data,
//                                           until all are checked and seeding; prints the time
//
// Not a test: the benchmark script drives it.

#include "backend/ltsettings.h"
#include "backend/resumedatainspector.h"
#include "backend/torrentcreator.h"
#include "fastresumestore.h"
#include "storedtorrent.h"

#include <libtorrent/add_torrent_params.hpp>
#include <libtorrent/alert_types.hpp>
#include <libtorrent/bdecode.hpp>
#include <libtorrent/bencode.hpp>
#include <libtorrent/entry.hpp>
#include <libtorrent/load_torrent.hpp>
#include <libtorrent/read_resume_data.hpp>
#include <libtorrent/session.hpp>
#include <libtorrent/session_params.hpp>

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <fstream>
#include <iterator>

namespace {

std::atomic_bool g_stop {false};

void onSignal(int)
{
    g_stop = true;
}

Revaer::SessionSettings loopbackSettings(const QString &listen)
{
    Revaer::SessionSettings s;
    s.listenInterfaces = listen;
    s.enableDht = false;
    s.enableLsd = false;
    s.enableUpnp = false;
    s.enableNatPmp = false;
    // To compare with libtorrent's own default (1) and other values.
    if (qEnvironmentVariableIsSet("REVAER_ACTIVE_CHECKING"))
        s.maxActiveChecking = qEnvironmentVariableIntValue("REVAER_ACTIVE_CHECKING");
    return s;
}

lt::add_torrent_params loadTorrent(const char *path)
{
    std::ifstream in(path, std::ios::binary);
    const std::vector<char> data((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    return lt::load_torrent_buffer(lt::span<const char>(data.data(), static_cast<std::ptrdiff_t>(data.size())));
}

int make(const QStringList &args)
{
    const QString dir = args.at(0);
    const QString name = args.at(1);
    const qint64 bytes = args.at(2).toLongLong() * 1024 * 1024;
    const QString tracker = args.at(3);
    QDir().mkpath(dir);
    QFile file(dir + u'/' + name);
    if (!file.open(QIODevice::WriteOnly))
        return 1;
    QRandomGenerator random(0x5eed);
    QByteArray block(4 << 20, Qt::Uninitialized);
    for (qint64 left = bytes; left > 0; left -= block.size()) {
        random.fillRange(reinterpret_cast<quint32 *>(block.data()), block.size() / 4);
        file.write(block.constData(), std::min<qint64>(left, block.size()));
    }
    file.close();
    Revaer::TorrentCreator::Options options;
    options.contentPath = file.fileName();
    options.trackers = {tracker};
    const auto created = Revaer::TorrentCreator::create(options);
    if (!created.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(created.error));
        return 1;
    }
    QFile out(args.at(4));
    if (!out.open(QIODevice::WriteOnly))
        return 1;
    out.write(created.torrent);
    std::printf("%s\n", qPrintable(created.id.toString()));
    return 0;
}

int seed(const QStringList &args)
{
    lt::settings_pack pack = Revaer::Lt::settingsPack(loopbackSettings(args.at(2)));
    const QString address = args.at(2).section(u':', 0, 0);
    pack.set_str(lt::settings_pack::outgoing_interfaces, address.toStdString());
    pack.set_int(lt::settings_pack::active_seeds, -1);
    pack.set_int(lt::settings_pack::active_limit, -1);
    lt::session session(lt::session_params(std::move(pack)));
    session.set_peer_class_filter(Revaer::Lt::peerClassFilter(true));
    lt::add_torrent_params params = loadTorrent(args.at(0).toLocal8Bit().constData());
    params.save_path = args.at(1).toStdString();
    params.flags &= ~lt::torrent_flags::paused;
    params.flags |= lt::torrent_flags::seed_mode; // the data is known to be complete
    session.async_add_torrent(std::move(params));
    bool announced = false;
    while (!g_stop) {
        session.wait_for_alert(std::chrono::milliseconds(200));
        std::vector<lt::alert *> alerts;
        session.pop_alerts(&alerts);
        for (lt::alert *a : alerts) {
            if (auto *listen = lt::alert_cast<lt::listen_succeeded_alert>(a); listen && !announced) {
                std::printf("listening %d\n", listen->port);
                std::fflush(stdout);
                announced = true;
            } else if (auto *error = lt::alert_cast<lt::add_torrent_alert>(a); error && error->error) {
                std::fprintf(stderr, "seed: %s\n", error->error.message().c_str());
                return 1;
            }
        }
    }
    return 0;
}

int download(const QStringList &args)
{
    lt::session session(lt::session_params(Revaer::Lt::settingsPack(loopbackSettings(QStringLiteral("127.0.0.1:0")))));
    session.set_peer_class_filter(Revaer::Lt::peerClassFilter(true));
    lt::add_torrent_params params = loadTorrent(args.at(0).toLocal8Bit().constData());
    params.save_path = args.at(1).toStdString();
    params.flags &= ~lt::torrent_flags::paused;
    session.async_add_torrent(std::move(params));
    while (!g_stop) {
        session.wait_for_alert(std::chrono::milliseconds(200));
        std::vector<lt::alert *> alerts;
        session.pop_alerts(&alerts);
        for (lt::alert *a : alerts) {
            if (lt::alert_cast<lt::torrent_finished_alert>(a))
                return 0;
            if (auto *added = lt::alert_cast<lt::add_torrent_alert>(a); added && added->error) {
                std::fprintf(stderr, "download: %s\n", added->error.message().c_str());
                return 1;
            }
        }
    }
    return 2;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

int makeProfile(const QStringList &args)
{
    const QString root = QDir(args.at(0)).absolutePath();
    const int count = args.at(1).toInt();
    const qint64 bytes = args.at(2).toLongLong() * 1024;
    const QString resumeDir = root + QStringLiteral("/revaer/resume");
    const QString backup = root + QStringLiteral("/qbt/qBittorrent/data/BT_backup");
    for (const QString &dir : {resumeDir, backup, QString(root + QStringLiteral("/torrents"))})
        QDir().mkpath(dir);
    Revaer::FastResumeStore store(resumeDir);
    QRandomGenerator random(0xbeef);
    QByteArray block(int(bytes), Qt::Uninitialized);
    for (int i = 0; i < count; ++i) {
        const QString name = QStringLiteral("item-%1").arg(i, 5, 10, QLatin1Char('0'));
        // One folder for all: `revaer --headless --save-path DIR` can import them all.
        const QString saveDir = root + QStringLiteral("/data");
        QDir().mkpath(saveDir);
        random.fillRange(reinterpret_cast<quint32 *>(block.data()), block.size() / 4);
        if (!writeFile(saveDir + u'/' + name + QStringLiteral(".bin"), block))
            return 1;
        Revaer::TorrentCreator::Options options;
        options.contentPath = saveDir + u'/' + name + QStringLiteral(".bin");
        options.pieceSize = 16384;
        const auto created = Revaer::TorrentCreator::create(options);
        if (!created.ok())
            return 1;
        const QString torrentPath = root + QStringLiteral("/torrents/") + name + QStringLiteral(".torrent");
        writeFile(torrentPath, created.torrent);
        const QByteArray resume = Revaer::ResumeDataInspector::makeResumeData(created.torrent, saveDir, true);
        store.writeResumeData(created.id, resume);
        Revaer::StoredTorrent record;
        record.id = created.id;
        record.name = name + QStringLiteral(".bin");
        record.source = torrentPath;
        record.savePath = saveDir;
        record.filePaths = {name + QStringLiteral(".bin")};
        record.filePriorities = {4};
        record.addedAt = QDateTime::currentDateTimeUtc();
        record.completedAt = record.addedAt;
        record.fileStamps = Revaer::FastResumeStore::stampFiles(saveDir, record.filePaths, {true});
        store.writeJson(created.id, record.toJson());

        // qBittorrent 4.5 keeps libtorrent's resume data plus its own keys, and the .torrent beside it.
        lt::error_code ec;
        const lt::bdecode_node node = lt::bdecode(lt::span<const char>(resume.constData(), resume.size()), ec);
        lt::entry e(node);
        e["qBt-savePath"] = saveDir.toStdString();
        e["qBt-name"] = "";
        e["qBt-category"] = "";
        e["qBt-tags"] = lt::entry::list_type();
        e["qBt-hasRootFolder"] = 0;
        std::vector<char> qbt;
        lt::bencode(std::back_inserter(qbt), e);
        writeFile(
            backup + u'/' + created.id.toString() + QStringLiteral(".fastresume"), QByteArray(qbt.data(), qsizetype(qbt.size())));
        writeFile(backup + u'/' + created.id.toString() + QStringLiteral(".torrent"), created.torrent);
    }
    std::printf("made %d torrents in %s\n", count, qPrintable(root));
    return 0;
}

// Adds params with at most `inFlight` adds pending; waits until `done` says
// every torrent is where it should be. Prints the milliseconds it took.
template<typename Done>
int addAll(lt::session &session, std::vector<lt::add_torrent_params> all, int inFlight, Done done, const char *what)
{
    QElapsedTimer clock;
    clock.start();
    size_t next = 0;
    int pending = 0;
    int added = 0;
    int finished = 0;
    const int total = int(all.size());
    while (finished < total) {
        while (pending < inFlight && next < all.size()) {
            session.async_add_torrent(std::move(all[next++]));
            ++pending;
        }
        session.wait_for_alert(std::chrono::milliseconds(100));
        std::vector<lt::alert *> alerts;
        session.pop_alerts(&alerts);
        for (lt::alert *a : alerts) {
            if (auto *add = lt::alert_cast<lt::add_torrent_alert>(a)) {
                --pending;
                ++added;
                if (add->error) {
                    std::fprintf(stderr, "%s: %s\n", what, add->error.message().c_str());
                    return 1;
                }
            }
            finished += done(a);
        }
        if (clock.elapsed() > 600'000)
            return 1;
    }
    std::printf("%s: %d torrents in %lld ms\n", what, total, qlonglong(clock.elapsed()));
    return 0;
}

int restoreRaw(const QStringList &args)
{
    std::vector<lt::add_torrent_params> all;
    QDirIterator it(args.at(0), {QStringLiteral("*.fastresume")}, QDir::Files);
    QElapsedTimer clock;
    clock.start();
    while (it.hasNext()) {
        const QByteArray data = readFile(it.next());
        lt::error_code ec;
        lt::add_torrent_params params = lt::read_resume_data(lt::span<const char>(data.constData(), data.size()), ec);
        if (ec)
            return 1;
        all.push_back(std::move(params));
    }
    std::printf("read %zu resume files in %lld ms\n", all.size(), qlonglong(clock.elapsed()));
    lt::session session(lt::session_params(Revaer::Lt::settingsPack(loopbackSettings(QStringLiteral("127.0.0.1:0")))));
    session.set_peer_class_filter(Revaer::Lt::peerClassFilter(true));
    const int rc = addAll(
        session, std::move(all), 50, [](lt::alert *a) { return lt::alert_cast<lt::add_torrent_alert>(a) ? 1 : 0; },
        "restore-raw added");
    clock.restart();
    return rc;
}

int importRaw(const QStringList &args)
{
    std::vector<lt::add_torrent_params> all;
    QDirIterator it(args.at(0), {QStringLiteral("*.torrent")}, QDir::Files);
    while (it.hasNext()) {
        const QString path = it.next();
        lt::add_torrent_params params = loadTorrent(path.toLocal8Bit().constData());
        params.save_path = args.at(1).toStdString();
        params.flags &= ~lt::torrent_flags::paused;
        all.push_back(std::move(params));
    }
    lt::settings_pack pack = Revaer::Lt::settingsPack(loopbackSettings(QStringLiteral("127.0.0.1:0")));
    lt::session session(lt::session_params(std::move(pack)));
    return addAll(
        session, std::move(all), 50,
        [](lt::alert *a) {
            auto *changed = lt::alert_cast<lt::state_changed_alert>(a);
            return changed && changed->state == lt::torrent_status::seeding ? 1 : 0;
        },
        "import-raw seeding");
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    std::signal(SIGTERM, onSignal);
    std::signal(SIGINT, onSignal);
    QStringList args = QCoreApplication::arguments().mid(1);
    const QString command = args.isEmpty() ? QString() : args.takeFirst();
    if (command == u"make" && args.size() == 5)
        return make(args);
    if (command == u"seed" && args.size() == 3)
        return seed(args);
    if (command == u"download" && args.size() == 2)
        return download(args);
    if (command == u"make-profile" && args.size() == 3)
        return makeProfile(args);
    if (command == u"restore-raw" && args.size() == 1)
        return restoreRaw(args);
    if (command == u"import-raw" && args.size() == 2)
        return importRaw(args);
    std::fprintf(stderr,
        "usage: revaer-bench-tool make DIR NAME MIB TRACKER OUT | seed TORRENT DIR ADDR:PORT | download TORRENT DIR"
        " | make-profile DIR COUNT KIB | restore-raw RESUMEDIR | import-raw TORRENTDIR DATADIR\n");
    return 2;
}
