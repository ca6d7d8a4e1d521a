#pragma once

#include "torrentid.h"
#include "torrentmetadata.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace Revaer {

// libtorrent's torrent_status::state_t, mirrored so that nothing outside the
// adapter needs libtorrent's headers.
enum class LibtState : quint8 {
    CheckingResumeData,
    CheckingFiles,
    DownloadingMetadata,
    Downloading,
    Finished, // every wanted piece is here, some unwanted ones are not
    Seeding,
};

// A snapshot of one torrent, as torrent_status reports it.
struct TorrentStatus {
    TorrentId id;
    QString name;
    QString savePath;
    LibtState state = LibtState::CheckingResumeData;
    bool paused = false;
    bool autoManaged = false;
    bool hasMetadata = false;
    bool isFinished = false; // every wanted byte is downloaded
    bool sequential = false;
    bool needSaveResume = false;
    // libtorrent stopped downloading after a write failed (a full disk, a
    // read-only or forbidden folder) and only uploads, until told otherwise.
    bool uploadMode = false;
    QString error; // empty unless the torrent stopped on an error
    qint64 totalWanted = 0;
    qint64 totalWantedDone = 0;
    qint64 allTimeDownload = 0;
    qint64 allTimeUpload = 0;
    int downloadRate = 0;
    int uploadRate = 0;
    int numPeers = 0; // connected, seeds included
    int numSeeds = 0; // connected seeds
    int listPeers = 0;
    int listSeeds = 0;
    int numComplete = -1; // seeds the tracker reports, -1 unknown
    int numIncomplete = -1; // leechers the tracker reports, -1 unknown
    float progress = 0;
    qint64 seedingSeconds = 0; // time spent seeding, over the torrent's life
    // Only in a full refresh: what a missed add or metadata alert would have said.
    std::optional<TorrentMetadata> metadata;
};

// One libtorrent alert, translated by the adapter into plain data. The
// AlertTranslator turns these into engine events; a fake adapter produces
// them in tests.
struct SessionAlert {
    enum class Kind : quint8 {
        TorrentAdded, // id, name; error when adding failed; metadata when known; status
        MetadataReceived, // id, metadata
        MetadataFailed, // id, error
        StateChanged, // id, state
        TorrentFinished, // id
        TorrentPaused, // id
        TorrentResumed, // id
        TorrentChecked, // id
        TorrentRemoved, // id
        TorrentDeleted, // id
        TorrentDeleteFailed, // id, error
        TorrentError, // id, error, filePath (when a file is to blame), diskFull, writeBlocked
        FileError, // id, error, filePath, operation, diskFull, writeBlocked
        FilePrioritiesApplied, // id
        StorageMoved, // id, savePath
        StorageMoveFailed, // id, error, filePath, operation
        FileRenamed, // id, fileIndex, newName
        FileRenameFailed, // id, fileIndex, error
        StatusUpdate, // statuses
        ResumeDataSaved, // id, data, fileProgress, fileSizes
        ResumeDataUnchanged, // id: asked only if modified, and it was not
        ResumeDataFailed, // id, error
        ListenSucceeded, // address, port, tcp
        ListenFailed, // address (the interface), port, error, operation
        AlertsDropped, // droppedKinds
        TrackerError, // id, trackerUrl, error, failuresInRow, endpoint, skipped
        TrackerReply, // id, trackerUrl, peers, endpoint
        PerformanceWarning, // id, warning
        SessionStats, // dhtNodes, downloadRate, uploadRate
    };

    Kind kind = Kind::StatusUpdate;
    TorrentId id;
    QString name;
    // What went wrong, in libtorrent's (or the tracker's) words.
    QString error;
    QString warning; // PerformanceWarning: what libtorrent advises
    QString filePath; // the file an error is about, when one is
    QString operation; // what libtorrent was doing when a file error struck ("file_open", ...)
    QString savePath; // StorageMoved: where the files are now
    int fileIndex = -1; // FileRenamed, FileRenameFailed
    QString newName; // FileRenamed: the file's path inside the torrent now
    // Listening: the local address (or the interface that failed) and port.
    QString address;
    int port = 0;
    bool tcp = false; // ListenSucceeded: a TCP socket (else UDP)
    QString trackerUrl; // TrackerError, TrackerReply
    int failuresInRow = 0; // TrackerError
    int peers = 0; // TrackerReply: peers the tracker returned
    int droppedKinds = 0; // AlertsDropped: how many kinds of alert were lost
    int dhtNodes = 0; // SessionStats
    bool diskFull = false; // a file error because the disk has no space left
    // A file error after which libtorrent stops writing (upload mode): no
    // space, a read-only file system, no permission, a file too large.
    bool writeBlocked = false;
    // Tracker alerts: the local address the announce went from (one per
    // listen socket), and whether libtorrent skipped it because that socket
    // cannot reach the tracker (IPv6 for an IPv4 tracker): not a failure.
    QString endpoint;
    bool skipped = false;
    qint64 downloadRate = 0; // SessionStats: payload bytes/s
    qint64 uploadRate = 0;
    LibtState state = LibtState::CheckingResumeData;
    std::optional<TorrentMetadata> metadata;
    QList<int> filePriorities; // with metadata: by file index
    QList<qint64> fileProgress; // ResumeDataSaved: bytes downloaded per file
    QList<qint64> fileSizes; // ResumeDataSaved: size per file
    std::optional<TorrentStatus> status;
    QList<TorrentStatus> statuses;
    QByteArray data;
};

} // namespace Revaer
