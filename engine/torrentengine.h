#pragma once

#include "addtorrentrequest.h"
#include "engineevents.h"
#include "sessionsettings.h"
#include "torrentdetails.h"

#include <QList>
#include <QObject>

namespace Revaer {

// What the UI and the app see of the engine: commands in, events out. Every
// command returns at once; its effect arrives as events. LibtorrentEngine is
// the real one; UI tests use a fake.
class TorrentEngine : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~TorrentEngine() override = default;

    virtual void addTorrent(const Revaer::AddTorrentRequest &request) = 0;
    virtual void removeTorrents(const QList<Revaer::TorrentId> &ids, Revaer::RemoveMode mode) = 0;
    virtual void pauseTorrents(const QList<Revaer::TorrentId> &ids) = 0;
    virtual void resumeTorrents(const QList<Revaer::TorrentId> &ids) = 0;
    virtual void setSequential(const QList<Revaer::TorrentId> &ids, bool sequential) = 0;
    virtual void setFilePriorities(const Revaer::TorrentId &id, const QList<int> &priorities) = 0;
    virtual void setGlobalLimits(const Revaer::RateLimits &limits) = 0;
    virtual void setAltLimits(const Revaer::RateLimits &limits) = 0;
    virtual void setAltLimitsEnabled(bool enabled) = 0;
    virtual void setTorrentLimits(const QList<Revaer::TorrentId> &ids, const Revaer::RateLimits &limits) = 0;
    // Files the torrents under `category` (canonical; empty for none).
    virtual void setCategory(const QList<Revaer::TorrentId> &ids, const QString &category) = 0;
    // Adds, removes or replaces the torrents' tags (canonical).
    virtual void setTags(const QList<Revaer::TorrentId> &ids, const QStringList &tags, Revaer::TagChange change) = 0;
    virtual void recheckTorrents(const QList<Revaer::TorrentId> &ids) = 0;
    // Applied in the order given.
    virtual void moveInQueue(const QList<Revaer::TorrentId> &ids, Revaer::QueueMove move) = 0;
    virtual void moveStorage(const QList<Revaer::TorrentId> &ids, const QString &savePath) = 0;
    // Connects the torrents to peers given as "host:port".
    virtual void addPeers(const QList<Revaer::TorrentId> &ids, const QStringList &peers) = 0;
    // Announces to the trackers and DHT now.
    virtual void forceReannounce(const QList<Revaer::TorrentId> &ids) = 0;
    // Refuses these addresses (IP, with or without a port) until Revaer quits.
    virtual void banPeers(const QStringList &addresses) = 0;
    // Renames file `index` to `newPath` (relative to the save path).
    virtual void renameFile(const Revaer::TorrentId &id, int index, const QString &newPath) = 0;
    virtual void setTrackers(const Revaer::TorrentId &id, const QStringList &urls) = 0;
    // Adds the trackers it does not have yet (a duplicate add's), keeping its own.
    virtual void mergeTrackers(const Revaer::TorrentId &id, const QStringList &urls) = 0;
    // Answers with one detailsReady() for those it has (a torrent removed
    // meanwhile is left out), so that a remote client asking for thousands
    // costs one call.
    virtual void requestDetails(const QList<Revaer::TorrentId> &ids) = 0;
    // Answers with magnetLinksReady(): one link per torrent still here, with
    // both hashes of a hybrid torrent, its name and its trackers.
    virtual void requestMagnetLinks(const QList<Revaer::TorrentId> &ids) = 0;
    // Fetches a magnet's metadata without adding it, for the add dialog:
    // answers with metadataFetched() or metadataFetchFailed().
    virtual void fetchMetadata(const QString &magnet) = 0;
    virtual void cancelMetadataFetch(const QString &magnet) = 0;
    virtual void applySettings(const Revaer::SessionSettings &settings) = 0;
    virtual void setDefaultSavePath(const QString &path) = 0;

Q_SIGNALS:
    void torrentAdded(const Revaer::TorrentAddedEvent &event);
    void filesDiscovered(const Revaer::FilesDiscoveredEvent &event);
    // At most one entry per torrent per progress interval, batched.
    void progressUpdated(const QList<Revaer::TorrentProgress> &batch);
    void stateChanged(const Revaer::TorrentStateEvent &event);
    void completed(const Revaer::TorrentCompletedEvent &event);
    // Everything the user should hear of: notices, warnings and errors.
    void message(const Revaer::EngineMessage &message);
    void limitsChanged(const Revaer::LimitsEvent &event);
    void detailsReady(const QList<Revaer::TorrentDetails> &details);
    void magnetLinksReady(const QStringList &links);
    // `torrent` is a .torrent for the magnet, for adding it with the user's choices.
    void metadataFetched(const QString &magnet, const Revaer::TorrentMetadata &metadata, const QByteArray &torrent);
    void metadataFetchFailed(const QString &magnet, const QString &message);
    void sessionStatsUpdated(const Revaer::SessionStatsEvent &stats);
    void torrentRemoved(const Revaer::TorrentRemovedEvent &event);
    void storageMoved(const Revaer::TorrentId &id, const QString &savePath);
    // A torrent's own caps, once set (0 for none).
    void torrentLimitsChanged(const Revaer::TorrentId &id, const Revaer::RateLimits &limits);
    // A torrent's category or tags changed (kept in the resume folder first).
    void labelsChanged(const Revaer::TorrentId &id, const Revaer::TorrentLabels &labels);
    void healthChanged(const Revaer::HealthEvent &event);
    void listening(const QString &address, int port);
    // Stored state and the live torrent disagreed, or stored files were unusable.
    void reconciled(const Revaer::ReconciliationEvent &event);
    void restoreProgress(const Revaer::RestoreProgressEvent &event);
    // The download queue, first to last, whenever it changed.
    void queueChanged(const QList<Revaer::TorrentId> &order);
    void started();
    void stopped();
};

} // namespace Revaer
