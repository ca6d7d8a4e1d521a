#pragma once

#include "engineconfig.h"
#include "libtsession.h"
#include "torrentengine.h"

#include <QPointer>
#include <QThread>

namespace Revaer {

class SessionWorker;

// The facade the UI and the app use. It starts a SessionWorker on a thread
// named "revaer-session" and forwards commands to it as queued calls, so no
// command ever blocks the caller. The worker's signals are re-emitted from
// the engine's own thread after a queued hop, so receivers on any thread get
// them through queued connections and never run on the worker's thread.
class LibtorrentEngine : public TorrentEngine
{
    Q_OBJECT

public:
    // `factory` makes the session adapter; the default is real libtorrent.
    explicit LibtorrentEngine(EngineConfig config, SessionFactory factory = {}, QObject *parent = nullptr);
    ~LibtorrentEngine() override;

    void start();
    // Stops the session: flushes what must be persisted, then joins the thread.
    void stop();
    bool isRunning() const { return m_thread.isRunning(); }
    const EngineConfig &config() const { return m_config; }
    QThread *workerThread() { return &m_thread; }

    void addTorrent(const Revaer::AddTorrentRequest &request) override;
    void removeTorrents(const QList<Revaer::TorrentId> &ids, Revaer::RemoveMode mode) override;
    void pauseTorrents(const QList<Revaer::TorrentId> &ids) override;
    void resumeTorrents(const QList<Revaer::TorrentId> &ids) override;
    void setSequential(const QList<Revaer::TorrentId> &ids, bool sequential) override;
    void setFilePriorities(const Revaer::TorrentId &id, const QList<int> &priorities) override;
    void setGlobalLimits(const Revaer::RateLimits &limits) override;
    void setAltLimits(const Revaer::RateLimits &limits) override;
    void setAltLimitsEnabled(bool enabled) override;
    void setTorrentLimits(const QList<Revaer::TorrentId> &ids, const Revaer::RateLimits &limits) override;
    void setCategory(const QList<Revaer::TorrentId> &ids, const QString &category) override;
    void setTags(const QList<Revaer::TorrentId> &ids, const QStringList &tags, Revaer::TagChange change) override;
    void recheckTorrents(const QList<Revaer::TorrentId> &ids) override;
    void moveInQueue(const QList<Revaer::TorrentId> &ids, Revaer::QueueMove move) override;
    void moveStorage(const QList<Revaer::TorrentId> &ids, const QString &savePath) override;
    void addPeers(const QList<Revaer::TorrentId> &ids, const QStringList &peers) override;
    void forceReannounce(const QList<Revaer::TorrentId> &ids) override;
    void banPeers(const QStringList &addresses) override;
    void renameFile(const Revaer::TorrentId &id, int index, const QString &newPath) override;
    void setTrackers(const Revaer::TorrentId &id, const QStringList &urls) override;
    void mergeTrackers(const Revaer::TorrentId &id, const QStringList &urls) override;
    void requestDetails(const QList<Revaer::TorrentId> &ids) override;
    void requestMagnetLinks(const QList<Revaer::TorrentId> &ids) override;
    void fetchMetadata(const QString &magnet) override;
    void cancelMetadataFetch(const QString &magnet) override;
    void applySettings(const Revaer::SessionSettings &settings) override;
    void setDefaultSavePath(const QString &path) override;
    // Runs `call` on the worker's thread with the session adapter, for tests
    // that change things behind the engine's back.
    void withSession(std::function<void(Revaer::LibtSession *)> call);

private:
    template<typename Call> void post(Call &&call);

    EngineConfig m_config;
    QThread m_thread;
    QPointer<SessionWorker> m_worker;
};

} // namespace Revaer
