// revaer-bench-tool: the benchmark's helpers, in raw libtorrent.
//
//   make DIR NAME MIB TRACKER OUT.torrent   write MIB MiB of random data to DIR/NAME and a v1-only torrent
//   seed TORRENT DIR ADDRESS:PORT           seed TORRENT (data in DIR) until SIGTERM; prints "listening PORT"
//   download TORRENT DIR                    a minimal client with Revaer's libtorrent settings; exits when complete
//
// Not a test: the benchmark script drives it.

#include "backend/ltsettings.h"
#include "backend/torrentcreator.h"

#include <libtorrent/add_torrent_params.hpp>
#include <libtorrent/alert_types.hpp>
#include <libtorrent/load_torrent.hpp>
#include <libtorrent/session.hpp>
#include <libtorrent/session_params.hpp>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>

#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <fstream>
#include <iterator>

namespace {

std::atomic_bool g_stop{false};

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
    std::fprintf(stderr, "usage: revaer-bench-tool make DIR NAME MIB TRACKER OUT | seed TORRENT DIR ADDR:PORT | download TORRENT DIR\n");
    return 2;
}
