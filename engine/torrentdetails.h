#pragma once

#include "torrentid.h"
#include "torrentmetadata.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

namespace Revaer {

struct PeerDetails {
    QString address; // "192.0.2.7:6881" or "[2001:db8::7]:6881"
    QString client;
    QString flags; // letters, as desktop clients show them (see TorrentDetails::flagLegend)
    qint64 downloadRate = 0;
    qint64 uploadRate = 0;
    float progress = 0;
    qint64 downloaded = 0;
    qint64 uploaded = 0;
    bool seed = false;
};

// What one tracker said to one local address (listen socket) it is
// announced from: a tracker works when it works from any of them.
struct TrackerEndpointDetails {
    enum class Status : quint8 {
        NotContacted,
        Updating,
        Working,
        Error,
        Unreachable, // this address cannot reach the tracker (IPv6 for an IPv4 tracker): skipped, not a failure
    };
    QString address; // the local address, "192.0.2.7" or "::1"
    bool ipv6 = false;
    Status status = Status::NotContacted;
    QString message; // the tracker's warning or failure, or the error
    int seeds = -1; // as the tracker reports them, -1 unknown
    int peers = -1;
    int downloaded = -1;
    QDateTime nextAnnounce; // invalid when none is planned

    // Which status speaks for several: higher wins.
    static int rank(Status status);
};

struct TrackerDetails {
    using Status = TrackerEndpointDetails::Status;
    QString url;
    int tier = 0;
    // The best of its addresses: working from any is working.
    Status status = Status::NotContacted;
    QString message;
    int seeds = -1;
    int peers = -1;
    int downloaded = -1;
    QDateTime nextAnnounce; // the soonest of its addresses'
    QList<TrackerEndpointDetails> endpoints;

    // Folds the endpoints into the tracker's own figures.
    void summarize();
};

// Peers found without a tracker, shown as rows beside the trackers.
struct PeerSourceDetails {
    enum class Kind : quint8 { Dht, Pex, Lsd };
    Kind kind = Kind::Dht;
    bool enabled = false;
    bool privateTorrent = false; // off because the torrent is private
    int peers = 0; // connected peers it found
};

// Everything the details panel shows about one torrent, fetched on the
// worker's thread on request.
struct TorrentDetails {
    TorrentId id;
    QString name;
    QString savePath;
    QString infoHashV1;
    QString infoHashV2;
    QString comment;
    QString creator;
    QDateTime creationDate;
    bool isPrivate = false;
    qint64 totalSize = 0;
    qint64 wantedSize = 0;
    qint64 wantedDone = 0;
    int pieceCount = 0;
    int pieceLength = 0;
    int piecesHave = 0;
    float availability = 0; // distributed copies, -1 unknown
    qint64 totalDownloaded = 0;
    qint64 totalUploaded = 0;
    QDateTime addedAt;
    QDateTime completedAt;
    TorrentMetadata metadata; // files, pieces, comment...; empty until known
    QList<qint64> fileProgress; // bytes by file index
    QList<int> filePriorities;
    QList<PeerDetails> peers;
    QList<TrackerDetails> trackers;
    QList<PeerSourceDetails> peerSources; // DHT, PeX, LSD

    double ratio() const { return totalDownloaded > 0 ? double(totalUploaded) / double(totalDownloaded) : 0; }
    static QString flagLegend();
};

// Session-wide figures for the status bar.
struct SessionStatsEvent {
    qint64 downloadRate = 0; // payload bytes/s
    qint64 uploadRate = 0;
    int dhtNodes = 0;
    qint64 freeSpace = -1; // on the default save path's disk, -1 unknown
    QString savePath;
};

} // namespace Revaer

Q_DECLARE_METATYPE(Revaer::PeerDetails)
Q_DECLARE_METATYPE(Revaer::TrackerDetails)
Q_DECLARE_METATYPE(Revaer::TorrentDetails)
Q_DECLARE_METATYPE(Revaer::SessionStatsEvent)
