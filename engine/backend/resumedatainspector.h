#pragma once

#include "torrentid.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Revaer {

// Reads libtorrent resume data without a session: whether it is usable, which
// torrent it belongs to and what it claims. The loader uses it to validate
// .fastresume files before handing them to the session; tests use it to see
// what was saved.
class ResumeDataInspector
{
public:
    struct Info {
        QString error; // empty when the data is usable
        QString infoHashV1; // hex, empty when absent
        QString infoHashV2; // hex, empty when absent
        QString name;
        QString savePath;
        bool hasMetadata = false;
        int pieceCount = 0;
        int havePieces = 0;
        qint64 pieceLength = 0;
        qint64 totalSize = 0;
        QList<int> filePriorities;
        bool sequential = false;
        bool paused = false;
        bool autoManaged = false;
        QStringList trackers;
        QDateTime addedAt; // libtorrent's added_time, when set
        QDateTime completedAt; // libtorrent's completed_time, when set
        bool uploadMode = false; // libtorrent stopped downloading after a write error

        bool ok() const { return error.isEmpty(); }
        // True when `id` names this torrent (by its v1 or its v2 hash).
        bool belongsTo(const TorrentId &id) const;
        qint64 bytesHave() const;
    };

    static Info inspect(const QByteArray &data);

    // Resume data for a .torrent saved at `savePath`, claiming every piece
    // when `complete` (for importing finished downloads, and for tests and
    // benchmarks). Empty when the .torrent is unusable.
    static QByteArray makeResumeData(const QByteArray &torrent, const QString &savePath, bool complete);
};

} // namespace Revaer
