#pragma once

#include <QMetaType>
#include <QString>

namespace Revaer {

// What a torrent is doing, as the user sees it. Derived from libtorrent's
// state and flags: an error wins over a pause, a pause over the transfer state.
enum class TorrentState : quint8 {
    CheckingResume, // libtorrent validates resume data against the files (fast)
    Checking,       // hashing every piece on disk (a full check)
    FetchingMetadata,
    Downloading,
    Seeding,
    Paused,
    Queued,
    Error,
};

QString torrentStateName(TorrentState state);

} // namespace Revaer

Q_DECLARE_METATYPE(Revaer::TorrentState)
