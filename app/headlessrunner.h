#pragma once

#include "commandline.h"
#include "engineevents.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTextStream>

#include <memory>

namespace Revaer {

class LibtorrentEngine;
class RemoteControl;
class FolderWatcher;
class SettingsStore;
class SignalWatcher;
class StallProbe;

// `revaer --headless`: the engine without a window. Prints at most one
// progress line per torrent per second, exits 0 once everything is complete
// with --exit-when-done, and exits non-zero with a one-line reason when a
// source cannot be used. SIGINT and SIGTERM shut it down cleanly.
class HeadlessRunner : public QObject
{
    Q_OBJECT

public:
    explicit HeadlessRunner(CommandLine commandLine, QObject *parent = nullptr);
    ~HeadlessRunner() override;

    // Starts the engine; the application's event loop does the rest and
    // QCoreApplication::exit() carries the exit code.
    bool start();

private:
    struct Torrent {
        QString name;
        bool complete = false;
        bool moving = false; // complete data still to be moved to its final folder
        bool checking = true; // no progress lines while libtorrent checks
        bool restored = false; // from the resume folder: complete before, no completed event
        QElapsedTimer sinceLastLine;
        QElapsedTimer sinceAdded;
    };

    void onStarted();
    void onAdded(const TorrentAddedEvent &event);
    void onFiles(const FilesDiscoveredEvent &event);
    void onRestoreProgress(const RestoreProgressEvent &event);
    void onReconciled(const ReconciliationEvent &event);
    void onProgress(const QList<TorrentProgress> &batch);
    void onCompleted(const TorrentCompletedEvent &event);
    void onMessage(const EngineMessage &event);
    void onHealth(const HealthEvent &event);
    void checkDone();
    void finish(int exitCode);

    CommandLine m_commandLine;
    std::unique_ptr<LibtorrentEngine> m_engine;
    std::unique_ptr<SettingsStore> m_settings; // after the engine: gone first
    RemoteControl *m_remote = nullptr; // with --rpc-* or Remote/enabled
    FolderWatcher *m_watcher = nullptr;
    SignalWatcher *m_signals;
    QHash<TorrentId, Torrent> m_torrents;
    QSet<QString> m_pendingSources; // given on the command line, not yet added
    bool m_restoreFinished = false;
    bool m_finishing = false;
    QTextStream m_out;
    QTextStream m_err;
    // --stats
    QElapsedTimer m_sinceStart;
    StallProbe *m_stallProbe = nullptr; // with --stats
    bool m_firstShown = false;
};

} // namespace Revaer
