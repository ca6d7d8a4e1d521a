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

    // `base` supplies the values for keys that are absent or invalid.
    static LoadResult load(QSettings &settings, const EngineConfig &base);
    static void save(QSettings &settings, const EngineConfig &config);
};

} // namespace Revaer
