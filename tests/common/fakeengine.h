#pragma once

#include "torrentengine.h"

#include <QList>
#include <QVariant>

namespace Revaer::Test {

// A TorrentEngine that records every command and emits what the test tells
// it to: for widget tests, which check that each action reaches the engine.
class FakeEngine : public TorrentEngine
{
    Q_OBJECT

public:
    struct Call {
        QString name;
        QList<TorrentId> ids;
        QVariantList args;
    };

    using TorrentEngine::TorrentEngine;

    QList<Call> calls;
    // requestDetails() answers at once with these, for the ids it has.
    QHash<TorrentId, TorrentDetails> details;
    QList<AddTorrentRequest> added;
    // What setCategory/setTags made of each torrent's labels.
    QHash<TorrentId, TorrentLabels> labels;
    QList<Call> callsNamed(const QString &name) const;

    // Puts a torrent in the list, as the engine would.
    void announce(const TorrentId &id, const QString &name, TorrentState state, qint64 size = 1000, qint64 done = 0,
        bool sequential = false);

    void addTorrent(const AddTorrentRequest &request) override;
    void removeTorrents(const QList<TorrentId> &ids, RemoveMode mode) override;
    void pauseTorrents(const QList<TorrentId> &ids) override;
    void resumeTorrents(const QList<TorrentId> &ids) override;
    void setSequential(const QList<TorrentId> &ids, bool sequential) override;
    void setFilePriorities(const TorrentId &id, const QList<int> &priorities) override;
    void setGlobalLimits(const RateLimits &limits) override;
    void setAltLimits(const RateLimits &limits) override;
    void setAltLimitsEnabled(bool enabled) override;
    void setTorrentLimits(const QList<TorrentId> &ids, const RateLimits &limits) override;
    // As the real engine: recorded, then announced for the torrents whose labels changed.
    void setCategory(const QList<TorrentId> &ids, const QString &category) override;
    void setTags(const QList<TorrentId> &ids, const QStringList &tags, TagChange change) override;
    void recheckTorrents(const QList<TorrentId> &ids) override;
    void moveInQueue(const QList<TorrentId> &ids, QueueMove move) override;
    void moveStorage(const QList<TorrentId> &ids, const QString &savePath) override;
    void addPeers(const QList<TorrentId> &ids, const QStringList &peers) override;
    void forceReannounce(const QList<TorrentId> &ids) override;
    void banPeers(const QStringList &addresses) override;
    void renameFile(const TorrentId &id, int index, const QString &newPath) override;
    void setTrackers(const TorrentId &id, const QStringList &urls) override;
    void mergeTrackers(const TorrentId &id, const QStringList &urls) override;
    void requestDetails(const QList<TorrentId> &ids) override;
    // Answers at once with a link per id, from the names announce() gave.
    void requestMagnetLinks(const QList<TorrentId> &ids) override;
    void fetchMetadata(const QString &magnet) override;
    void cancelMetadataFetch(const QString &magnet) override;
    void applySettings(const SessionSettings &settings) override;
    void setDefaultSavePath(const QString &path) override;

private:
    QHash<TorrentId, QString> m_names;
    void record(const QString &name, const QList<TorrentId> &ids = {}, const QVariantList &args = {});
};

} // namespace Revaer::Test
