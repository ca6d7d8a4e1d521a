#include "fuzzsupport.h"

#include "appsettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSettings>

#include <cmath>

using namespace Revaer;

// revaer.ini as any editor, tool or disk may leave it: checked, and when it
// passes, loaded; whatever it says, the settings stay within their ranges.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static int round = 0;
    // A new name each time: QSettings caches what it read from a path.
    const QString path = QDir::tempPath()
        + QStringLiteral("/revaer-fuzz-settings-%1-%2.ini").arg(QCoreApplication::applicationPid()).arg(++round);
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return 0;
        file.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    QString why;
    if (AppSettings::isReadable(path, &why)) {
        QSettings settings(path, QSettings::IniFormat);
        const AppSettings::LoadResult loaded = AppSettings::load(settings, EngineConfig {});
        const SessionSettings &s = loaded.config.session;
        Fuzz::require(s.limits.downloadLimit >= 0 && s.limits.uploadLimit >= 0);
        Fuzz::require(std::isfinite(s.stopSeedingAtRatio) && s.stopSeedingAtRatio >= 0);
        Fuzz::require(s.connectionsLimit >= 2);
    } else {
        Fuzz::require(!why.isEmpty());
    }
    QFile::remove(path);
    return 0;
}
