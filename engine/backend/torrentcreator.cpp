#include "torrentcreator.h"

#include "ltconvert.h"

#include <libtorrent/bencode.hpp>
#include <libtorrent/create_torrent.hpp>
#include <libtorrent/magnet_uri.hpp>
#include <libtorrent/settings_pack.hpp>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QThread>

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
        if (options.format == Format::V1)
            flags |= lt::create_torrent::v1_only;
        else if (options.format == Format::V2)
            flags |= lt::create_torrent::v2_only;
        if (options.pieceSize != 0 && (options.pieceSize < 16 * 1024 || (options.pieceSize & (options.pieceSize - 1)) != 0)) {
            result.error = QCoreApplication::translate("TorrentCreator",
                "Cannot create a torrent with pieces of %1 bytes: a piece is a power of two of at least 16 KiB.")
                               .arg(options.pieceSize);
            return result;
        }
        lt::create_torrent torrent(files, options.pieceSize, flags);
        int tier = 0;
        for (const QString &tracker : options.trackers)
            torrent.add_tracker(Lt::toStdString(tracker), tier++);
        for (const QStringList &urls : options.trackerTiers) {
            for (const QString &url : urls)
                torrent.add_tracker(Lt::toStdString(url), tier);
            if (!urls.isEmpty())
                ++tier;
        }
        for (const QString &seed : options.webSeeds)
            torrent.add_url_seed(Lt::toStdString(seed));
        if (!options.comment.isEmpty())
            torrent.set_comment(Lt::toStdString(options.comment).c_str());
        if (!options.creator.isEmpty())
            torrent.set_creator(Lt::toStdString(options.creator).c_str());
        torrent.set_priv(options.isPrivate);
        // Hashing reads every byte: the caller's progress may stop it, by an
        // exception out of libtorrent's loop (which unwinds its own disk I/O).
        struct Cancelled {
        };
        const int total = torrent.num_pieces();
        int done = 0;
        lt::error_code ec;
        // Hash on every core: reading is rarely the limit (page cache, SSDs).
        lt::settings_pack hashing;
        hashing.set_int(lt::settings_pack::hashing_threads, std::max(1, QThread::idealThreadCount()));
        hashing.set_int(lt::settings_pack::aio_threads, std::max(1, QThread::idealThreadCount()));
        try {
            lt::set_piece_hashes(
                torrent, Lt::toStdString(QDir::toNativeSeparators(content.absolutePath())), hashing,
                [&](lt::piece_index_t) {
                    ++done;
                    if (options.progress && !options.progress(done, total))
                        throw Cancelled {};
                },
                ec);
        } catch (const Cancelled &) {
            result.cancelled = true;
            return result;
        }
        if (ec) {
            result.error = QCoreApplication::translate("TorrentCreator", "Cannot create a torrent from “%1”: %2.")
                               .arg(options.contentPath, Lt::errorText(ec));
            return result;
        }

        lt::entry generated = torrent.generate();
        if (!options.source.isEmpty())
            generated["info"]["source"] = Lt::toStdString(options.source);
        std::vector<char> buffer;
        lt::bencode(std::back_inserter(buffer), generated);
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

int TorrentCreator::automaticPieceSize(qint64 totalBytes)
{
    lt::file_storage files;
    files.add_file("x", std::max<qint64>(totalBytes, 1));
    return lt::create_torrent(files, 0, lt::create_torrent::v1_only).piece_length();
}

} // namespace Revaer
