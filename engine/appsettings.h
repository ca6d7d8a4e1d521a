#pragma once

#include "engineconfig.h"

#include <QString>
#include <QStringList>

class QSettings;

namespace Revaer {

// Reads and writes the engine's part of the settings file (an INI file, so
// people and tools can edit it). Values that make no sense are reported with
// the key that holds them, and the default (or previous) value stays.
class AppSettings
{
public:
    struct LoadResult {
        EngineConfig config;
        QStringList problems; // one message per rejected key
    };

    // `base` supplies the values for keys that are absent or invalid. The
    // command-line overrides of `base` are applied last.
    static LoadResult load(QSettings &settings, const EngineConfig &base);

    // Whether the file can be read as settings: a regular text file in INI
    // format (QSettings itself would block on a FIFO and read random bytes
    // as keys). Missing is fine. `why` says what is wrong.
    static bool isReadable(const QString &path, QString *why);
    // Before QSettings opens the file at start: a file that cannot be read is
    // kept aside (revaer.ini.unreadable-<time>) and replaced by one with what
    // could be salvaged, and with DHT, local discovery, peer exchange, UPnP and
    // NAT-PMP off unless salvaged: nothing the user may have turned off comes
    // back on. Returns what happened, for the user; empty when the file was fine.
    static QStringList repairFile(const QString &path);
    static void save(QSettings &settings, const EngineConfig &config);
    // Only the global caps (Speed/downloadLimitKiB, Speed/uploadLimitKiB), as save() writes them.
    static void saveGlobalLimits(QSettings &settings, const RateLimits &limits);

    // On a profile's first start (no port in the file yet) picks a random
    // listen port and keeps it in the file: 6881 is every other client's
    // first choice. Returns the port chosen, or 0 when the file had one.
    static int chooseListenPort(QSettings &settings);
    // The range it picks from: above the well-known and common client ports,
    // below the ephemeral ports of Linux (32768-60999) and Windows (49152+).
    static constexpr int FirstRandomPort = 20000;
    static constexpr int LastRandomPort = 32767;
};

} // namespace Revaer
