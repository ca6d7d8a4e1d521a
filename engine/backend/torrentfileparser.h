#pragma once

#include "torrentid.h"
#include "torrentmetadata.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Revaer {

// Reads .torrent files and magnet links without a session, for the add
// dialog and for validation. Errors name the source and say what to do.
class TorrentFileParser
{
public:
    struct Result {
        TorrentId id;
        TorrentMetadata metadata; // valid for .torrent data; name and trackers only for a magnet
        QStringList peers; // a magnet's x.pe peers, "host:port"
        QString error;
        bool ok() const { return error.isEmpty(); }
    };

    // libtorrent refuses .torrent files over 10 MB (load_torrent_limits);
    // reading more than that into memory is pointless.
    static constexpr qint64 MaxTorrentFileBytes = 10'000'000;
    // Reads a .torrent file as every road in must: a regular file only, at
    // most MaxTorrentFileBytes, never blocking (a FIFO or a symlink to
    // /dev/zero is refused, not read). Empty with `error` set otherwise.
    static QByteArray readFile(const QString &path, QString *error);

    static Result parseTorrent(const QByteArray &data, const QString &source);
    static Result parseMagnet(const QString &uri);

    // Messages shared with the session, so the user reads the same words
    // whichever path found the problem.
    static QString emptyFileMessage(const QString &source);
    static QString invalidTorrentMessage(const QString &source, const QString &reason);
    static QString invalidMagnetMessage(const QString &source, const QString &reason);
};

} // namespace Revaer
