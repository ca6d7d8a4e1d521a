#include "resumedatainspector.h"

#include "ltconvert.h"

#include <libtorrent/hex.hpp>
#include <libtorrent/load_torrent.hpp>
#include <libtorrent/read_resume_data.hpp>
#include <libtorrent/write_resume_data.hpp>

namespace Revaer {

bool ResumeDataInspector::Info::belongsTo(const TorrentId &id) const
{
    return id.isValid() && (id.toString() == infoHashV1 || id.toString() == infoHashV2);
}

qint64 ResumeDataInspector::Info::bytesHave() const
{
    return std::min<qint64>(qint64(havePieces) * pieceLength, totalSize);
}

ResumeDataInspector::Info ResumeDataInspector::inspect(const QByteArray &data)
{
    Info info;
    if (data.isEmpty()) {
        info.error = QStringLiteral("the file is empty");
        return info;
    }
    lt::error_code ec;
    lt::add_torrent_params params;
    try {
        params = lt::read_resume_data(lt::span<const char>(data.constData(), data.size()), ec);
    } catch (const std::exception &e) {
        info.error = QString::fromLocal8Bit(e.what());
        return info;
    }
    if (ec) {
        info.error = Lt::errorText(ec);
        return info;
    }
    const lt::info_hash_t hashes = params.ti ? params.ti->info_hashes() : params.info_hashes;
    if (!hashes.has_v1() && !hashes.has_v2()) {
        info.error = QStringLiteral("it names no torrent (no info-hash)");
        return info;
    }
    if (params.ti && params.info_hashes.has_v1() && params.ti->info_hashes().has_v1()
        && params.info_hashes.v1 != params.ti->info_hashes().v1) {
        info.error = QStringLiteral("its info dictionary does not match its info-hash");
        return info;
    }
    if (hashes.has_v1())
        info.infoHashV1 = Lt::toQString(lt::aux::to_hex(hashes.v1));
    if (hashes.has_v2())
        info.infoHashV2 = Lt::toQString(lt::aux::to_hex(hashes.v2));
    info.name = Lt::toQString(params.ti ? params.ti->name() : params.name);
    info.savePath = Lt::toQString(params.save_path);
    info.hasMetadata = params.ti && params.ti->is_valid();
    if (info.hasMetadata) {
        info.pieceCount = params.ti->num_pieces();
        info.pieceLength = params.ti->piece_length();
        info.totalSize = params.ti->total_size();
    }
    info.havePieces = params.have_pieces.count();
    if (info.hasMetadata && params.have_pieces.size() > info.pieceCount) {
        info.error = QStringLiteral("it claims more pieces than the torrent has");
        return info;
    }
    for (const lt::download_priority_t p : params.file_priorities)
        info.filePriorities.append(Lt::fromLibtorrentPriority(p));
    info.sequential = bool(params.flags & lt::torrent_flags::sequential_download);
    info.paused = bool(params.flags & lt::torrent_flags::paused);
    info.autoManaged = bool(params.flags & lt::torrent_flags::auto_managed);
    for (const std::string &tracker : params.trackers)
        info.trackers.append(Lt::toQString(tracker));
    if (params.added_time > 0)
        info.addedAt = QDateTime::fromSecsSinceEpoch(params.added_time, Qt::UTC);
    if (params.completed_time > 0)
        info.completedAt = QDateTime::fromSecsSinceEpoch(params.completed_time, Qt::UTC);
    info.uploadMode = bool(params.flags & lt::torrent_flags::upload_mode);
    return info;
}

QByteArray ResumeDataInspector::makeResumeData(const QByteArray &torrent, const QString &savePath, bool complete)
{
    try {
        lt::add_torrent_params params = lt::load_torrent_buffer(lt::span<const char>(torrent.constData(), torrent.size()));
        params.save_path = Lt::toStdString(savePath);
        params.flags &= ~lt::torrent_flags::paused;
        params.flags |= lt::torrent_flags::auto_managed;
        if (complete)
            params.have_pieces.resize(params.ti->num_pieces(), true);
        const std::vector<char> buffer = lt::write_resume_data_buf(params);
        return QByteArray(buffer.data(), static_cast<qsizetype>(buffer.size()));
    } catch (const std::exception &) {
        return {};
    }
}

} // namespace Revaer
