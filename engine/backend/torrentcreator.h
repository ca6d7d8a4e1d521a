#pragma once

#include "revaer_version.h"
#include "torrentid.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>

namespace Revaer {

// Makes a .torrent from a file or folder on disk.
class TorrentCreator
{
public:
    // Which BitTorrent versions the torrent speaks. v1 is read by every
    // client (Transmission 3.00 refuses hybrid ones); v2 only by v2 clients
    // (libtorrent 2, qBittorrent 4.4+); hybrid by both, as one swarm.
    enum class Format : quint8 { V1, V2, Hybrid };

    struct Options {
        QString contentPath; // a file or a folder
        int pieceSize = 0; // bytes, a power of two >= 16 KiB; 0 picks one from the size
        QStringList trackers; // one tier each
        QList<QStringList> trackerTiers; // after `trackers`: each list one tier
        QStringList webSeeds;
        QString comment;
        QString source; // the info dictionary's "source" (private trackers tell their torrents apart by it)
        QString creator = QStringLiteral("Revaer " REVAER_VERSION_STRING);
        bool isPrivate = false;
        Format format = Format::V1;
        // Called after each piece is hashed, with the pieces done and the
        // total; returning false stops the hashing (Result::cancelled).
        std::function<bool(int done, int total)> progress;
    };

    struct Result {
        QByteArray torrent; // bencoded .torrent
        TorrentId id;
        QString magnetUri;
        QString error;
        bool cancelled = false;
        bool ok() const { return error.isEmpty() && !cancelled; }
    };

    // The piece size libtorrent picks for `totalBytes` (what pieceSize 0 means).
    static int automaticPieceSize(qint64 totalBytes);

    static Result create(const Options &options);
};

} // namespace Revaer
