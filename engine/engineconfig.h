#pragma once

#include "fastresumestore.h"
#include "sessionsettings.h"

#include <QDateTime>
#include <QString>

#include <chrono>
#include <optional>

namespace Revaer {

struct EngineConfig;

// What the command line set for one run. It wins over the settings file,
// also when the file is edited while Revaer runs, and is never saved.
struct CommandLineOverrides {
    std::optional<QString> defaultSavePath;
    std::optional<QString> listenInterfaces;
    std::optional<int> downloadLimit; // bytes/s
    std::optional<int> uploadLimit;
    // --incomplete-dir: where unfinished downloads wait (SettingsStore::incompletePath).
    std::optional<QString> incompletePath;

    void applyTo(EngineConfig &config) const;
};

struct EngineConfig {
    SessionSettings session;
    QString defaultSavePath;
    // Where resume data lives; empty keeps nothing across restarts.
    QString resumeDir;
    // Progress reaches receivers at most this often per torrent.
    std::chrono::milliseconds progressInterval {100};
    // Torrents that changed are saved at least this often, so a crash costs
    // at most this much progress and never a torrent.
    std::chrono::milliseconds resumeSaveInterval {60'000};
    // How long shutdown may take to flush resume data before it gives up.
    std::chrono::milliseconds shutdownDeadline {5000};
    // Sees each durable step of the resume writer (tests use it).
    FastResumeStore::Observer storeObserver;
    // The file-system calls of the resume store; tests inject faults here.
    std::shared_ptr<FileOps> fileOps = FileOps::system();
    CommandLineOverrides overrides;
    // After a fatal session error the session is restarted after
    // `restartDelay`, then twice as long each time, `restartAttempts` times.
    std::chrono::milliseconds restartDelay {1000};
    int restartAttempts = 5;
    // How often torrents stopped by a write error are checked for room again.
    std::chrono::milliseconds diskCheckInterval {5000};
    // How often the caps are read back from libtorrent to check them.
    std::chrono::milliseconds limitsCheckInterval {2000};
    // Local time, for the alternative caps' schedule; empty: the system's.
    std::function<QDateTime()> clock;
};

inline void CommandLineOverrides::applyTo(EngineConfig &config) const
{
    if (defaultSavePath)
        config.defaultSavePath = *defaultSavePath;
    if (listenInterfaces)
        config.session.listenInterfaces = *listenInterfaces;
    if (downloadLimit)
        config.session.limits.downloadLimit = *downloadLimit;
    if (uploadLimit)
        config.session.limits.uploadLimit = *uploadLimit;
}

} // namespace Revaer
