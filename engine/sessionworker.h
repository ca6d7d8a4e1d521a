#pragma once

#include "addtorrentrequest.h"
#include "engineconfig.h"
#include "engineevents.h"
#include "libtsession.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <functional>
#include <memory>

namespace Revaer {

class AlertPump;
class AlertTranslator;
class ProgressCoalescer;

// Owns the libtorrent session (through LibtSession) on its own thread.
// LibtorrentEngine creates it, moves it to a QThread and calls its commands
// as queued calls; its signals leave through queued connections. Nothing
// here may be called from any other thread.
class SessionWorker : public QObject
{
    Q_OBJECT

public:
    SessionWorker(EngineConfig config, SessionFactory factory, QObject *parent = nullptr);
    ~SessionWorker() override;

    void start();
    void shutdown();

    void addTorrent(Revaer::AddTorrentRequest request);
    void removeTorrents(const QList<Revaer::TorrentId> &ids, Revaer::RemoveMode mode);
    void pauseTorrents(const QList<Revaer::TorrentId> &ids);
    void resumeTorrents(const QList<Revaer::TorrentId> &ids);
    void setSequential(const QList<Revaer::TorrentId> &ids, bool sequential);
    void setFilePriorities(const Revaer::TorrentId &id, const QList<int> &priorities);
    void setGlobalLimits(const Revaer::RateLimits &limits);
    void setTorrentLimits(const QList<Revaer::TorrentId> &ids, const Revaer::RateLimits &limits);
    void recheckTorrents(const QList<Revaer::TorrentId> &ids);
    void moveStorage(const QList<Revaer::TorrentId> &ids, const QString &savePath);
    void applySettings(const Revaer::SessionSettings &settings);

    // For tests and diagnostics.
    LibtSession *session() const { return m_session.get(); }
    AlertPump *alertPump() const { return m_pump; }

Q_SIGNALS:
    void torrentAdded(const Revaer::TorrentAddedEvent &event);
    void filesDiscovered(const Revaer::FilesDiscoveredEvent &event);
    void progressUpdated(const QList<Revaer::TorrentProgress> &batch);
    void stateChanged(const Revaer::TorrentStateEvent &event);
    void completed(const Revaer::TorrentCompletedEvent &event);
    void errorOccurred(const Revaer::TorrentErrorEvent &event);
    void torrentRemoved(const Revaer::TorrentRemovedEvent &event);
    void storageMoved(const Revaer::TorrentId &id, const QString &savePath);
    void healthChanged(const Revaer::HealthEvent &event);
    void listening(const QString &address, int port);
    void started();
    void stopped();

private:
    // Runs `command` now when the torrent is in the session, or once its add
    // alert arrives when it is still being added.
    void withTorrent(const TorrentId &id, const char *what, std::function<void()> command);
    // Calls into the session, turning a throw into a log line (for a torrent)
    // or a session failure.
    bool guarded(const char *what, const std::function<void()> &call);
    void onTorrentAdded(const TorrentAddedEvent &event);
    void onAddFailed(const TorrentId &id);
    void onTorrentRemoved(const TorrentRemovedEvent &event);
    void onSessionFailed(const QString &reason);
    void requestStatus();
    void setHealth(HealthState state, const QString &reason);
    QByteArray readTorrentFile(const QString &path, QString *error) const;

    EngineConfig m_config;
    SessionFactory m_factory;
    std::unique_ptr<LibtSession> m_session;
    AlertTranslator *m_translator;
    AlertPump *m_pump;
    ProgressCoalescer *m_coalescer;
    QTimer *m_statusTimer;
    QSet<TorrentId> m_adding;
    QHash<TorrentId, QList<std::function<void()>>> m_deferred;
    HealthEvent m_health{HealthState::Unhealthy, QStringLiteral("not started")};
};

} // namespace Revaer
