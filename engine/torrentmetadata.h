#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Revaer {

// File priorities as the engine speaks them; libtorrent's 0..7 scale is mapped
// onto these at the adapter.
namespace FilePriority {
constexpr int Skip = 0;
constexpr int Normal = 4;
constexpr int High = 7;
} // namespace FilePriority

struct TorrentFileEntry {
    int index = 0; // libtorrent's file index; priorities are indexed by it
    QString path; // relative to the save path, '/' separated, includes the torrent's folder
    qint64 size = 0;
    bool padFile = false; // alignment filler inside v2/hybrid torrents, never shown
};

// What a .torrent file (or a magnet's received metadata) says about a torrent.
struct TorrentMetadata {
    QString name;
    qint64 totalSize = 0;
    int pieceCount = 0;
    int pieceLength = 0;
    QList<TorrentFileEntry> files;
    QString comment;
    QString creator;
    QDateTime creationDate;
    bool isPrivate = false;
    QStringList trackers;
    QString infoHashV1; // hex, empty when the torrent has no v1 hash
    QString infoHashV2; // hex, empty when the torrent has no v2 hash

    bool isValid() const { return pieceCount > 0; }
};

} // namespace Revaer

Q_DECLARE_METATYPE(Revaer::TorrentFileEntry)
Q_DECLARE_METATYPE(Revaer::TorrentMetadata)
