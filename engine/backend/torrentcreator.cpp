#include "torrentcreator.h"

#include "ltconvert.h"

#include <libtorrent/bencode.hpp>
#include <libtorrent/create_torrent.hpp>
#include <libtorrent/magnet_uri.hpp>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <iterator>

namespace Revaer {

TorrentCreator::Result TorrentCreator::create(const Options &options)
{
    Result result;
    const QFileInfo content(options.contentPath);
    if (!content.exists()) {
        result.error = QCoreApplication::translate("TorrentCreator", "Cannot create a torrent from “%1”: it does not exist.")
                           .arg(options.contentPath);
        return result;
    }
    try {
        lt::file_storage files;
        const std::string contentPath = Lt::toStdString(QDir::toNativeSeparators(content.absoluteFilePath()));
        lt::add_files(files, contentPath, lt::create_flags_t {});
        if (files.num_files() == 0) {
            result.error = QCoreApplication::translate("TorrentCreator", "Cannot create a torrent from “%1”: it holds no files.")
                               .arg(options.contentPath);
            return result;
        }
        lt::create_flags_t flags {};
        if (options.v1Only)
            flags |= lt::create_torrent::v1_only;
        lt::create_torrent torrent(files, options.pieceSize, flags);
        int tier = 0;
        for (const QString &tracker : options.trackers)
            torrent.add_tracker(Lt::toStdString(tracker), tier++);
        for (const QString &seed : options.webSeeds)
            torrent.add_url_seed(Lt::toStdString(seed));
        if (!options.comment.isEmpty())
            torrent.set_comment(Lt::toStdString(options.comment).c_str());
        if (!options.creator.isEmpty())
            torrent.set_creator(Lt::toStdString(options.creator).c_str());
        torrent.set_priv(options.isPrivate);
        lt::set_piece_hashes(torrent, Lt::toStdString(QDir::toNativeSeparators(content.absolutePath())));

        std::vector<char> buffer;
        lt::bencode(std::back_inserter(buffer), torrent.generate());
        result.torrent = QByteArray(buffer.data(), static_cast<qsizetype>(buffer.size()));

        const lt::torrent_info info(
            lt::span<const char>(buffer.data(), static_cast<std::ptrdiff_t>(buffer.size())), lt::from_span);
        result.id = Lt::idFromInfoHashes(info.info_hashes());
        result.magnetUri = Lt::toQString(lt::make_magnet_uri(info));
    } catch (const lt::system_error &e) {
        result.error = QCoreApplication::translate("TorrentCreator", "Cannot create a torrent from “%1”: %2.")
                           .arg(options.contentPath, Lt::errorText(e.code()));
    }
    return result;
}

} // namespace Revaer
