#pragma once

#include "sessionsettings.h"
#include "torrentid.h"
#include "torrentlabels.h"
#include "torrentmetadata.h"
#include "torrentstate.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

namespace Revaer {

// The events the engine emits. Each is a value type that crosses threads
// through queued connections.

struct TorrentAddedEvent {
    TorrentId id;
    QString name;
    QString source; // the path or magnet the user gave, for messages
    QString savePath;
    bool hasMetadata = false;
    bool paused = false;
    bool sequential = false;
    qint64 totalSize = 0; // 0 until the metadata is known
    QDateTime addedAt;
    bool restored = false; // from the resume folder, not a new add
    RateLimits limits; // its own caps, 0 for none
    TorrentLabels labels;
    // Where it moves once complete (the incomplete folder is `savePath`);
    // empty when it stays where it is.
    QString finalSavePath;
};

// The file list of a torrent: right after adding a .torrent, or when a
// magnet's metadata arrives.
struct FilesDiscoveredEvent {
    TorrentId id;
    TorrentMetadata metadata;
    QList<int> filePriorities; // by file index
};

struct TorrentProgress {
    TorrentId id;
    qint64 doneBytes = 0; // of the wanted (selected) files
    qint64 totalBytes = 0; // wanted size
    qint64 downloadRate = 0; // bytes/s of payload
    qint64 uploadRate = 0;
    int connectedPeers = 0; // connected, not seeds
    int connectedSeeds = 0;
    int knownPeers = 0; // in the swarm, as trackers or the peer list report
    int knownSeeds = 0;
    qint64 etaSeconds = -1; // -1: unknown or not downloading
    qint64 totalDownloaded = 0; // payload over the torrent's life
    qint64 totalUploaded = 0;
    float progress = 0; // 0..1 of wanted bytes
};

struct TorrentStateEvent {
    TorrentStateEvent() = default;
    TorrentStateEvent(TorrentId torrent, TorrentState newState, QString why = {})
        : id(std::move(torrent))
        , state(newState)
        , reason(std::move(why))
    { }

    TorrentId id;
    TorrentState state = TorrentState::CheckingResume;
    // Why, where the state alone does not say: what a stalled torrent lacks,
    // what a queued one waits for, what stopped one with an error.
    QString reason;
};

struct TorrentCompletedEvent {
    TorrentId id;
    QString name;
    QString savePath;
};

// Something the engine tells the user, from a notice (a seeding goal
// reached) through a warning (a tracker that keeps failing, caps applied
// again, a setting rejected) to an error (a torrent that stopped, a source
// that cannot be added).
struct EngineMessage {
    enum class Severity : quint8 { Notice, Warning, Error };

    TorrentId id; // empty when the source never became a torrent, or for the engine
    QString source; // the path or magnet the torrent came from
    QString message; // names the torrent or file and what to do
    bool alreadyAdded = false; // the source is a torrent that is already in the list
    Severity severity = Severity::Error;
};

struct TorrentRemovedEvent {
    TorrentId id;
    bool filesDeleted = false;
};

// Stored state and the live torrent disagreed, or a resume file could not be
// used; the engine did the safe thing and says what.
struct ReconciliationEvent {
    enum class Kind : quint8 {
        Quarantined, // files moved to quarantine/; the torrent was not restored
        Recovered, // resume data unusable; re-added from its saved settings
        RecordRebuilt, // the .json was unusable or named another torrent; rebuilt from the resume data
        FilesChanged, // files changed, shrank or vanished since the last save; rechecking
        SavePathMissing, // the download folder is gone; held paused
        SettingsDiffer, // priorities or sequential differed from what was stored; stored values applied
        UncleanShutdown, // the previous run did not shut down cleanly
    };
    TorrentId id;
    QString name;
    Kind kind = Kind::Quarantined;
    QString message;
};

// How far restoring the stored torrents has come.
struct RestoreProgressEvent {
    int restored = 0; // added to the session (or given up on)
    int setAside = 0; // of `restored`: given up on, their files in quarantine
    int total = 0;
    bool finished = false;
    qint64 elapsedMs = 0;
    qint64 longestStallMs = 0; // the worker's longest event-loop stall during the restore
};

// The caps in force, for a status bar.
struct LimitsEvent {
    RateLimits limits;
    RateLimits altLimits;
    bool altLimitsEnabled = false;
    RateLimits effective() const { return altLimitsEnabled ? altLimits : limits; }
};

enum class HealthState : quint8 {
    Healthy,
    Degraded,
    Unhealthy,
};

struct HealthEvent {
    HealthState state = HealthState::Healthy;
    QString reason;
};

QString healthStateName(HealthState state);

} // namespace Revaer

Q_DECLARE_METATYPE(Revaer::TorrentAddedEvent)
Q_DECLARE_METATYPE(Revaer::FilesDiscoveredEvent)
Q_DECLARE_METATYPE(Revaer::TorrentProgress)
Q_DECLARE_METATYPE(Revaer::TorrentStateEvent)
Q_DECLARE_METATYPE(Revaer::TorrentCompletedEvent)
Q_DECLARE_METATYPE(Revaer::EngineMessage)
Q_DECLARE_METATYPE(Revaer::TorrentRemovedEvent)
Q_DECLARE_METATYPE(Revaer::ReconciliationEvent)
Q_DECLARE_METATYPE(Revaer::RestoreProgressEvent)
Q_DECLARE_METATYPE(Revaer::LimitsEvent)
Q_DECLARE_METATYPE(Revaer::HealthState)
Q_DECLARE_METATYPE(Revaer::HealthEvent)
