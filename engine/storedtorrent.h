#pragma once

#include "sessionsettings.h"
#include "torrentid.h"
#include "torrentlabels.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace Revaer {

// What Revaer keeps about one torrent beside libtorrent's resume data: the
// `<infohash>.json` file of the resume folder (see docs/resume-layout.md).
struct StoredTorrent {
    // One file's state when the resume data was last made durable. A complete
    // file whose size or modification time differs later was changed outside
    // Revaer; an incomplete file that became shorter lost data.
    struct FileStamp {
        qint64 size = -1; // -1: the file did not exist
        qint64 modifiedMs = 0;
        bool complete = false;
        friend bool operator==(const FileStamp &a, const FileStamp &b)
        {
            return a.size == b.size && a.modifiedMs == b.modifiedMs && a.complete == b.complete;
        }
    };

    static constexpr int CurrentVersion = 1;

    TorrentId id;
    QString name;
    QString source; // the .torrent path or magnet the user added
    QString savePath;
    bool sequential = false;
    bool paused = false; // paused by the user
    QList<int> filePriorities; // by file index; empty: all normal
    QStringList filePaths; // relative to savePath, by file index, once metadata is known
    QStringList trackers;
    RateLimits limits;
    QDateTime addedAt;
    QDateTime completedAt;
    QList<FileStamp> fileStamps; // by file index
    QDateTime resumeSavedAt;
    TorrentLabels labels;
    // Where it moves once complete (an incomplete-folder download); empty
    // once it is there, or when it stays where it is.
    QString finalSavePath;

    QByteArray toJson() const;
    // nullopt and `error` set when the bytes are not a valid record.
    static std::optional<StoredTorrent> fromJson(const QByteArray &json, QString *error);

    friend bool operator==(const StoredTorrent &a, const StoredTorrent &b);
};

} // namespace Revaer

Q_DECLARE_METATYPE(Revaer::StoredTorrent)
