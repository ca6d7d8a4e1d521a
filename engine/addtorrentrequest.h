#pragma once

#include "torrentid.h"
#include "torrentlabels.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Revaer {

// Everything the user chose when adding a torrent. What arrives here is what
// the engine applies and what the resume store keeps.
struct AddTorrentRequest {
    enum class Kind : quint8 {
        TorrentFile, // `source` is a path; the worker reads it
        TorrentData, // `data` holds the .torrent bytes; `source` names where they came from
        Magnet, // `source` is the magnet URI
        ResumeData, // `data` holds libtorrent resume data (with the info dictionary when known)
    };

    Kind kind = Kind::TorrentFile;
    QString source;
    QByteArray data;

    QString savePath; // empty: the engine's default save path
    QList<int> filePriorities; // by file index; empty: every file at normal priority
    bool paused = false;
    bool sequential = false;
    QStringList peers; // "host:port" peers to try at once, as a magnet's x.pe does
    QStringList trackers; // added to the torrent's own (a magnet's, when its .torrent is added)
    TorrentId id; // the id a restored torrent already had; empty for a new one
    QDateTime addedAt; // when the user first added it; empty: now
    bool recheck = false; // ResumeData: ignore the pieces it claims and hash the files
    bool metadataOnly = false; // Magnet: fetch the metadata only, download nothing
    TorrentLabels labels; // its category and tags (canonical: see Labels)
    // Downloaded into `savePath` (an "incomplete" folder), moved here once
    // complete; empty: it stays where it is.
    QString finalSavePath;

    static AddTorrentRequest fromFile(const QString &path)
    {
        AddTorrentRequest r;
        r.kind = Kind::TorrentFile;
        r.source = path;
        return r;
    }
    static AddTorrentRequest fromMagnet(const QString &uri)
    {
        AddTorrentRequest r;
        r.kind = Kind::Magnet;
        r.source = uri;
        return r;
    }
    // A command-line or drag-and-drop argument: a magnet link or a path.
    static AddTorrentRequest fromArgument(const QString &argument);
};

// Where a torrent goes in the download queue (libtorrent starts queued
// torrents in queue order, up to the active-download limit).
enum class QueueMove : quint8 {
    Top,
    Up,
    Down,
    Bottom,
};

enum class RemoveMode : quint8 {
    KeepFiles,
    DeleteFiles,
    Discard, // keep the files and forget the torrent at once: no removal alert (metadata fetches)
};

} // namespace Revaer

Q_DECLARE_METATYPE(Revaer::AddTorrentRequest)
Q_DECLARE_METATYPE(Revaer::RemoveMode)
