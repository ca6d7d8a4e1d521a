#pragma once

#include "libtsession.h"

#include <memory>

namespace Revaer {

// The libtorrent-backed LibtSession: owns one lt::session. Only this class
// (and its helpers in engine/backend/) include libtorrent's headers.
class LibtorrentSession final : public LibtSession
{
public:
    explicit LibtorrentSession(const SessionSettings &settings);
    ~LibtorrentSession() override;

    LibtorrentSession(const LibtorrentSession &) = delete;
    LibtorrentSession &operator=(const LibtorrentSession &) = delete;

    static std::unique_ptr<LibtSession> create(const SessionSettings &settings);

    void applySettings(const SessionSettings &settings) override;
    void setAlertNotify(std::function<void()> notify) override;
    std::vector<SessionAlert> popAlerts() override;
    bool waitForAlert(std::chrono::milliseconds max) override;
    void postTorrentUpdates() override;
    QList<TorrentStatus> allStatuses() override;

    AddOutcome addTorrent(const AddTorrentRequest &request, const QString &defaultSavePath) override;
    void removeTorrent(const TorrentId &id, RemoveMode mode) override;
    void pause(const TorrentId &id) override;
    void resume(const TorrentId &id) override;
    void setSequential(const TorrentId &id, bool sequential) override;
    void setFilePriorities(const TorrentId &id, const QList<int> &priorities) override;
    void setGlobalRateLimits(const RateLimits &limits) override;
    RateLimits globalRateLimits() override;
    void setTorrentRateLimits(const TorrentId &id, const RateLimits &limits) override;
    RateLimits torrentRateLimits(const TorrentId &id) override;
    void forceRecheck(const TorrentId &id) override;
    void queueMove(const TorrentId &id, QueueMove move) override;
    QList<TorrentId> queueOrder() override;
    void moveStorage(const TorrentId &id, const QString &path) override;
    QStringList connectPeers(const TorrentId &id, const QStringList &peers) override;
    void forceReannounce(const TorrentId &id) override;
    bool banAddress(const QString &address) override;
    void renameFile(const TorrentId &id, int index, const QString &newPath) override;
    void requestResumeData(const TorrentId &id, bool onlyIfModified) override;
    void pauseSession() override;
    void reopenNetworkSockets() override;
    void postSessionStats() override;
    QList<TorrentDetails> details(const QList<TorrentId> &ids, FilePriorities priorities) override;
    MagnetLink magnetLink(const TorrentId &id) override;
    void replaceTrackers(const TorrentId &id, const QStringList &urls) override;
    QByteArray torrentFile(const TorrentId &id) override;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Revaer
