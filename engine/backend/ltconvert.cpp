#include "ltconvert.h"

#include <libtorrent/hex.hpp>

#include <algorithm>

namespace Revaer::Lt {

TorrentId idFromInfoHashes(const lt::info_hash_t &hashes)
{
    if (hashes.has_v1())
        return TorrentId::fromHex(toQString(lt::aux::to_hex(hashes.v1)));
    if (hashes.has_v2())
        return TorrentId::fromHex(toQString(lt::aux::to_hex(hashes.v2)));
    return {};
}

TorrentId idFromParams(const lt::add_torrent_params &params)
{
    if (params.ti)
        return idFromInfoHashes(params.ti->info_hashes());
    return idFromInfoHashes(params.info_hashes);
}

TorrentMetadata metadataFromTorrentInfo(const lt::torrent_info &info)
{
    TorrentMetadata meta;
    meta.name = toQString(info.name());
    meta.totalSize = info.total_size();
    meta.pieceCount = info.num_pieces();
    meta.pieceLength = info.piece_length();
    meta.comment = toQString(info.comment());
    meta.creator = toQString(info.creator());
    if (info.creation_date() > 0)
        meta.creationDate = QDateTime::fromSecsSinceEpoch(info.creation_date());
    meta.isPrivate = info.priv();
    for (const lt::announce_entry &tracker : info.trackers())
        meta.trackers.append(toQString(tracker.url));
    const lt::info_hash_t hashes = info.info_hashes();
    if (hashes.has_v1())
        meta.infoHashV1 = toQString(lt::aux::to_hex(hashes.v1));
    if (hashes.has_v2())
        meta.infoHashV2 = toQString(lt::aux::to_hex(hashes.v2));

    const lt::file_storage &files = info.files();
    meta.files.reserve(files.num_files());
    for (const lt::file_index_t index : files.file_range()) {
        TorrentFileEntry entry;
        entry.index = static_cast<int>(index);
        entry.path = toQString(files.file_path(index)).replace(u'\\', u'/');
        entry.size = files.file_size(index);
        entry.padFile = files.pad_file_at(index);
        meta.files.append(std::move(entry));
    }
    return meta;
}

LibtState stateFromLibtorrent(lt::torrent_status::state_t state)
{
    switch (state) {
    case lt::torrent_status::checking_files:
        return LibtState::CheckingFiles;
    case lt::torrent_status::downloading_metadata:
        return LibtState::DownloadingMetadata;
    case lt::torrent_status::downloading:
        return LibtState::Downloading;
    case lt::torrent_status::finished:
        return LibtState::Finished;
    case lt::torrent_status::seeding:
        return LibtState::Seeding;
    case lt::torrent_status::checking_resume_data:
        return LibtState::CheckingResumeData;
    default:
        return LibtState::CheckingResumeData;
    }
}

TorrentStatus statusFromLibtorrent(const lt::torrent_status &st, const TorrentId &id)
{
    TorrentStatus s;
    s.id = id;
    s.name = toQString(st.name);
    s.savePath = toQString(st.save_path);
    s.state = stateFromLibtorrent(st.state);
    s.paused = bool(st.flags & lt::torrent_flags::paused);
    s.autoManaged = bool(st.flags & lt::torrent_flags::auto_managed);
    s.sequential = bool(st.flags & lt::torrent_flags::sequential_download);
    s.uploadMode = bool(st.flags & lt::torrent_flags::upload_mode);
    s.hasMetadata = st.has_metadata;
    s.isFinished = st.is_finished;
    s.needSaveResume = st.need_save_resume;
    if (st.errc) {
        s.error = errorText(st.errc);
        if (st.error_file >= lt::file_index_t {0}) {
            const std::shared_ptr<const lt::torrent_info> info = st.torrent_file.lock();
            if (info && st.error_file < info->files().end_file())
                s.error = QStringLiteral("%1: %2").arg(toQString(info->files().file_path(st.error_file, st.save_path)), s.error);
        }
    }
    s.totalWanted = st.total_wanted;
    s.totalWantedDone = st.total_wanted_done;
    s.allTimeDownload = st.all_time_download;
    s.allTimeUpload = st.all_time_upload;
    s.downloadRate = st.download_payload_rate;
    s.uploadRate = st.upload_payload_rate;
    s.numPeers = st.num_peers;
    s.numSeeds = st.num_seeds;
    s.listPeers = st.list_peers;
    s.listSeeds = st.list_seeds;
    s.numComplete = st.num_complete;
    s.numIncomplete = st.num_incomplete;
    s.progress = st.progress;
    s.seedingSeconds = st.seeding_duration.count();
    return s;
}

lt::download_priority_t toLibtorrentPriority(int priority)
{
    return lt::download_priority_t {static_cast<std::uint8_t>(std::clamp(priority, 0, 7))};
}

int fromLibtorrentPriority(lt::download_priority_t priority)
{
    return static_cast<int>(static_cast<std::uint8_t>(priority));
}

QString errorText(const lt::error_code &ec)
{
    return toQString(ec.message());
}

} // namespace Revaer::Lt
