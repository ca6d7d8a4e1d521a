#pragma once

#include "libtsession.h"

#include <QList>
#include <QMutex>
#include <QString>
#include <QVariant>
#include <QWaitCondition>

#include <atomic>
#include <deque>
#include <functional>

namespace Revaer::Test {

// A recording LibtSession for tests: every call is written down with its
// arguments, alerts are whatever the test pushes. Safe to drive from the
// test's thread while the worker calls it on its own.
class FakeLibtSession : public LibtSession
{
public:
    struct Call {
        QString name;
        TorrentId id;
        QVariantList args;
    };

    explicit FakeLibtSession(const SessionSettings &settings = {});

    // The id the fake gives a source: a stable hash of the source text.
    static TorrentId idFor(const QString &source);

    // --- test control; any thread ---
    void pushAlert(const SessionAlert &alert);
    void pushAlerts(const QList<SessionAlert> &alerts);
    QList<Call> calls() const;
    QList<Call> callsNamed(const QString &name) const;
    QStringList callNames() const;
    int notifyCount() const;
    SessionSettings lastSettings() const;
    // When set, addTorrent confirms with a TorrentAdded alert at once.
    void setAutoConfirmAdds(bool on);
    // Called on the worker thread, for asserting where calls come from.
    Qt::HANDLE lastCallThread() const;

    // --- LibtSession ---
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

    // Full-refresh answer for allStatuses().
    void setStatuses(const QList<TorrentStatus> &statuses);
    // From now on every call throws SessionFailure, as a session that died.
    void setDead(bool dead);
    // What torrentFile() answers for any torrent (empty by default).
    void setTorrentFile(const QByteArray &data);
    // Changes the caps as if something else did, behind the engine's back.
    void overrideGlobalRateLimits(const RateLimits &limits);

private:
    void record(const QString &name, const TorrentId &id = {}, const QVariantList &args = {});
    void notifyLocked();

    mutable QMutex m_mutex;
    QWaitCondition m_alertWaiting;
    QByteArray m_torrentFile;
    QList<Call> m_calls;
    std::deque<SessionAlert> m_alerts;
    std::function<void()> m_notify;
    int m_notifyCount = 0;
    bool m_autoConfirm = true;
    QList<TorrentId> m_queue; // the download queue, as libtorrent keeps it (added at the end)
    SessionSettings m_settings;
    RateLimits m_globalLimits;
    QHash<TorrentId, RateLimits> m_torrentLimits;
    QList<TorrentStatus> m_statuses;
    Qt::HANDLE m_lastCallThread = nullptr;
    std::atomic_bool m_dead {false};
};

} // namespace Revaer::Test
