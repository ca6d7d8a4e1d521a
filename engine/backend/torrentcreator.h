#pragma once

#include "revaer_version.h"
#include "torrentid.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Revaer {

// Makes a .torrent from a file or folder on disk.
class TorrentCreator
{
public:
    struct Options {
        QString contentPath; // a file or a folder
        int pieceSize = 0; // bytes, a power of two >= 16 KiB; 0 picks one from the size
        QStringList trackers; // one tier each
        QStringList webSeeds;
        QString comment;
        QString creator = QStringLiteral("Revaer " REVAER_VERSION_STRING);
        bool isPrivate = false;
        // v1-only torrents are accepted by every client (Transmission 3.00
        // rejects libtorrent's default hybrid torrents).
        bool v1Only = true;
    };

    struct Result {
        QByteArray torrent; // bencoded .torrent
        TorrentId id;
        QString magnetUri;
        QString error;
        bool ok() const { return error.isEmpty(); }
    };

    static Result create(const Options &options);
};

} // namespace Revaer
