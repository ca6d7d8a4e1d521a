#pragma once

// Conversions between libtorrent's types and Revaer's. Only code in
// engine/backend/ includes this header (and libtorrent's).

#include "sessionalert.h"
#include "torrentid.h"
#include "torrentmetadata.h"

#include <libtorrent/add_torrent_params.hpp>
#include <libtorrent/error_code.hpp>
#include <libtorrent/info_hash.hpp>
#include <libtorrent/torrent_info.hpp>
#include <libtorrent/torrent_status.hpp>

#include <QString>

#include <string>

namespace Revaer::Lt {

inline QString toQString(const std::string &s)
{
    return QString::fromStdString(s);
}

inline std::string toStdString(const QString &s)
{
    return s.toStdString();
}

// The id a torrent gets: v1 hex when it has a v1 hash, else v2 hex.
TorrentId idFromInfoHashes(const lt::info_hash_t &hashes);
TorrentId idFromParams(const lt::add_torrent_params &params);

TorrentMetadata metadataFromTorrentInfo(const lt::torrent_info &info);

LibtState stateFromLibtorrent(lt::torrent_status::state_t state);
TorrentStatus statusFromLibtorrent(const lt::torrent_status &status, const TorrentId &id);

// A Revaer priority (0..7, FilePriority) to libtorrent's and back.
lt::download_priority_t toLibtorrentPriority(int priority);
int fromLibtorrentPriority(lt::download_priority_t priority);

QString errorText(const lt::error_code &ec);

} // namespace Revaer::Lt
