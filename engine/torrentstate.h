#pragma once

#include <QMetaType>
#include <QString>

namespace Revaer {

// What a torrent is doing, as the user sees it. Derived from libtorrent's
// state and flags: an error wins over a pause, a pause over the transfer
// state; a transfer with no data for a while is stalled.
enum class TorrentState : quint8 {
    CheckingResume, // libtorrent validates resume data against the files (fast)
    Checking, // hashing every piece on disk (a full check)
    FetchingMetadata,
    Downloading,
    Seeding,
    Paused,
    Queued,
    Error,
    StalledDownloading, // wants data and none arrived for a while; the reason says why
    StalledSeeding, // complete, and nobody to serve
    Moving, // its files are being moved to another folder
};

QString torrentStateName(TorrentState state);

} // namespace Revaer

Q_DECLARE_METATYPE(Revaer::TorrentState)
