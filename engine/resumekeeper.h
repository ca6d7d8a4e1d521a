#pragma once

#include "addtorrentrequest.h"
#include "engineconfig.h"
#include "engineevents.h"
#include "fastresumestore.h"
#include "libtsession.h"
#include "storedtorrent.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>

#include <functional>
#include <optional>

class QThread;
class QTimer;

namespace Revaer {

class AlertTranslator;
class ResumeWriter;
class StallProbe;
class TorrentRegistry;
struct SessionAlert;

// Keeps every torrent durable in the resume folder, and brings them back.
//
// Each torrent's stored record lives in its registry entry; the keeper writes
// it (and libtorrent's resume data) through the ResumeWriter on a thread of
// its own, asks libtorrent for resume data when something changed, and at
// start adds the stored torrents back a slice at a time, in the saved queue
// order, comparing what libtorrent restored with the stored settings.
//
// Without a resume folder it keeps nothing and every call is a no-op.
// Calls into the session go through the worker's guard, so that a throw
// becomes the worker's session failure.
class ResumeKeeper : public QObject
{
    Q_OBJECT

public:
    ResumeKeeper(const EngineConfig &config, TorrentRegistry &registry, AlertTranslator *translator, SessionGuard guard,
        QObject *parent = nullptr);
    ~ResumeKeeper() override;

    bool active() const { return m_writer != nullptr; }
    // Opens the resume folder and starts writing; says so (reconciled) when
    // the last run did not shut down cleanly.
    void start();
    // Writes what is queued and marks the shutdown clean.
    void stop();
    // The session restores and saves go to; null while there is none.
    void setSession(LibtSession *session) { m_session = session; }
    void setDefaultSavePath(const QString &path) { m_defaultSavePath = path; }

    // A torrent the user just added, stored before libtorrent even confirms
    // it: from here on a crash cannot lose it.
    void storeNew(
        const TorrentId &id, const AddTorrentRequest &request, const QString &name, const QByteArray &initialResumeData);
    // Changes a torrent's stored record and writes it.
    void update(const TorrentId &id, const std::function<void(StoredTorrent &)> &change);
    // Both: a command changed the torrent.
    void updateAndSave(const TorrentId &id, const std::function<void(StoredTorrent &)> &change)
    {
        update(id, change);
        requestSave(id, false);
    }
    // Asks libtorrent for the torrent's resume data (saved when it answers).
    void requestSave(const TorrentId &id, bool onlyIfModified);
    // Asks for every torrent libtorrent reported changed since its last save.
    void saveChanged();
    // At shutdown: asks every live torrent that changed since its last save.
    void saveAll();
    qsizetype savesPending() const;
    void storeQueue(const QList<TorrentId> &order);

    // Adds the stored torrents back to the session, a slice at a time.
    void beginRestore();
    bool restoring() const { return m_restoring; }
    // Not yet restored torrents stay as they are (a shutdown).
    void stopRestoring() { m_restoreQueue.clear(); }
    // The session went away: the torrents come back with the next one.
    void sessionEnded();

    // What libtorrent said about a stored torrent, in the order the worker
    // hears it. The registry entry is still there during each call.
    void torrentAdded(const TorrentAddedEvent &event);
    void addFailed(const TorrentId &id, const EngineMessage &error);
    void filesDiscovered(const FilesDiscoveredEvent &event);
    void stateChanged(const TorrentStateEvent &event);
    void completed(const TorrentCompletedEvent &event);
    void removed(const TorrentId &id);
    void storageMoved(const TorrentId &id, const QString &savePath);

Q_SIGNALS:
    // The resume folder cannot be written, with what to do; empty once it can again.
    void problemChanged(const QString &problem);
    void reconciled(const Revaer::ReconciliationEvent &event);
    void restoreProgress(const Revaer::RestoreProgressEvent &event);
    // Every stored torrent is back in the session (or set aside).
    void restoreFinished();

private:
    void onResumeDataSaved(const SessionAlert &alert);
    void onSaveAnswered(const TorrentId &id);
    void scheduleRestore();
    void restoreSome();
    void restoreOne(const TorrentId &id);
    void onRestoreSettled();
    void updateRestoreState(bool forceProgress);

    TorrentRegistry &m_registry;
    AlertTranslator *m_translator;
    SessionGuard m_guarded;
    LibtSession *m_session = nullptr;
    QString m_resumeDir;
    std::shared_ptr<FileOps> m_fileOps;
    FastResumeStore::Observer m_storeObserver;
    QString m_defaultSavePath;
    QTimer *m_saveTimer;

    std::optional<FastResumeStore> m_store;
    QThread *m_writerThread = nullptr;
    ResumeWriter *m_writer = nullptr;

    QList<TorrentId> m_restoreQueue;
    int m_restoreTotal = 0;
    int m_restoreSetAside = 0; // of those settled: quarantined, not restored
    int m_restoresInFlight = 0;
    QElapsedTimer m_restoreClock;
    QElapsedTimer m_sinceRestoreProgress;
    bool m_restoring = false;
    bool m_restoreScheduled = false;
    StallProbe *m_stallProbe = nullptr; // the worker's event loop during a restore
};

} // namespace Revaer
