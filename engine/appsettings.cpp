#include "appsettings.h"

#include "safefile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QRandomGenerator>
#include <QSettings>
#include <QStringDecoder>

#include <cmath>
#include <type_traits>

namespace Revaer {

namespace {

struct Reader {
    QSettings &settings;
    QStringList &problems;

    bool readBool(const QString &key, bool fallback)
    {
        if (!settings.contains(key))
            return fallback;
        const QString text = settings.value(key).toString().trimmed().toLower();
        if (text == u"true" || text == u"1" || text == u"yes" || text == u"on")
            return true;
        if (text == u"false" || text == u"0" || text == u"no" || text == u"off")
            return false;
        problems.append(
            QCoreApplication::translate("AppSettings", "%1 = “%2” is not true or false; keeping %3.")
                .arg(key, settings.value(key).toString(), fallback ? QStringLiteral("true") : QStringLiteral("false")));
        return fallback;
    }

    // A whole number or a decimal one, within [minimum, maximum].
    template<typename T> T readNumber(const QString &key, T fallback, T minimum, T maximum)
    {
        if (!settings.contains(key))
            return fallback;
        bool ok = false;
        const QString text = settings.value(key).toString().trimmed();
        using Wide = std::conditional_t<std::is_floating_point_v<T>, double, qlonglong>;
        Wide value = 0;
        if constexpr (std::is_floating_point_v<T>)
            value = text.toDouble(&ok);
        else
            value = text.toLongLong(&ok);
        if constexpr (std::is_floating_point_v<T>)
            ok = ok && std::isfinite(value); // "nan" and "inf" parse, and pass every range check
        if (!ok) {
            problems.append(QCoreApplication::translate("AppSettings", "%1 = “%2” is not a number; keeping %3.")
                                .arg(key, text)
                                .arg(fallback));
            return fallback;
        }
        if (value < Wide(minimum) || value > Wide(maximum)) {
            problems.append(QCoreApplication::translate("AppSettings", "%1 = %2 is outside %3 to %4; keeping %5.")
                                .arg(key)
                                .arg(value)
                                .arg(minimum)
                                .arg(maximum)
                                .arg(fallback));
            return fallback;
        }
        return static_cast<T>(value);
    }

    int readInt(const QString &key, int fallback, int minimum, int maximum)
    {
        return readNumber<int>(key, fallback, minimum, maximum);
    }

    QTime readTime(const QString &key, const QTime &fallback)
    {
        if (!settings.contains(key))
            return fallback;
        const QString text = settings.value(key).toString().trimmed();
        const QTime time = QTime::fromString(text, QStringLiteral("H:mm"));
        if (!time.isValid()) {
            problems.append(QCoreApplication::translate("AppSettings", "%1 = “%2” is not a time such as 22:30; keeping %3.")
                                .arg(key, text, fallback.toString(QStringLiteral("HH:mm"))));
            return fallback;
        }
        return time;
    }

    double readDouble(const QString &key, double fallback, double minimum, double maximum)
    {
        return readNumber<double>(key, fallback, minimum, maximum);
    }

    // Rates are stored in KiB/s, as people write them; the engine uses bytes/s.
    int readRate(const QString &key, int fallbackBytes)
    {
        constexpr int maxKiB = std::numeric_limits<int>::max() / 1024;
        return readInt(key, fallbackBytes / 1024, 0, maxKiB) * 1024;
    }
};

QString encryptionName(EncryptionMode mode)
{
    switch (mode) {
    case EncryptionMode::Require:
        return QStringLiteral("require");
    case EncryptionMode::Disable:
        return QStringLiteral("disable");
    case EncryptionMode::Prefer:
        break;
    }
    return QStringLiteral("prefer");
}

} // namespace

AppSettings::LoadResult AppSettings::load(QSettings &settings, const EngineConfig &base)
{
    LoadResult result {base, {}};
    Reader r {settings, result.problems};
    EngineConfig &c = result.config;
    SessionSettings &s = c.session;

    const QString savePath = settings.value(QStringLiteral("Downloads/savePath")).toString();
    if (!savePath.isEmpty())
        c.defaultSavePath = savePath;

    if (settings.contains(QStringLiteral("Connection/listenInterfaces"))) {
        s.listenInterfaces = settings.value(QStringLiteral("Connection/listenInterfaces")).toString();
    } else if (settings.contains(QStringLiteral("Connection/listenPort"))) {
        const int port = r.readInt(QStringLiteral("Connection/listenPort"), 6881, 0, 65535);
        s.listenInterfaces = QStringLiteral("0.0.0.0:%1,[::]:%1").arg(port);
    }
    s.outgoingInterface = settings.value(QStringLiteral("Connection/outgoingInterface"), s.outgoingInterface).toString();
    s.enableUpnp = r.readBool(QStringLiteral("Connection/upnp"), s.enableUpnp);
    s.enableNatPmp = r.readBool(QStringLiteral("Connection/natpmp"), s.enableNatPmp);
    s.preferTcp = r.readBool(QStringLiteral("Connection/preferTcp"), s.preferTcp);
    if (settings.contains(QStringLiteral("Connection/encryption"))) {
        const QString mode = settings.value(QStringLiteral("Connection/encryption")).toString().trimmed().toLower();
        if (mode == u"prefer")
            s.encryption = EncryptionMode::Prefer;
        else if (mode == u"require")
            s.encryption = EncryptionMode::Require;
        else if (mode == u"disable")
            s.encryption = EncryptionMode::Disable;
        else
            result.problems.append(QCoreApplication::translate(
                "AppSettings", "Connection/encryption = “%1” is not prefer, require or disable; keeping %2.")
                                       .arg(mode, encryptionName(s.encryption)));
    }

    s.enableDht = r.readBool(QStringLiteral("BitTorrent/dht"), s.enableDht);
    s.enableLsd = r.readBool(QStringLiteral("BitTorrent/lsd"), s.enableLsd);
    s.enablePex = r.readBool(QStringLiteral("BitTorrent/pex"), s.enablePex);
    s.maxActiveDownloads = r.readInt(QStringLiteral("BitTorrent/maxActiveDownloads"), s.maxActiveDownloads, -1, 100000);
    s.stopSeedingAtRatio = r.readDouble(QStringLiteral("BitTorrent/stopSeedingAtRatio"), s.stopSeedingAtRatio, 0, 1000);
    s.stopSeedingAfterMinutes
        = r.readInt(QStringLiteral("BitTorrent/stopSeedingAfterMinutes"), s.stopSeedingAfterMinutes, 0, 5'256'000);
    s.maxActiveSeeds = r.readInt(QStringLiteral("BitTorrent/maxActiveSeeds"), s.maxActiveSeeds, -1, 100000);
    s.maxActiveTorrents = r.readInt(QStringLiteral("BitTorrent/maxActiveTorrents"), s.maxActiveTorrents, -1, 100000);
    s.connectionsLimit = r.readInt(QStringLiteral("BitTorrent/connectionsLimit"), s.connectionsLimit, 2, 65535);

    s.limits.downloadLimit = r.readRate(QStringLiteral("Speed/downloadLimitKiB"), s.limits.downloadLimit);
    s.limits.uploadLimit = r.readRate(QStringLiteral("Speed/uploadLimitKiB"), s.limits.uploadLimit);
    s.altLimits.downloadLimit = r.readRate(QStringLiteral("Speed/altDownloadLimitKiB"), s.altLimits.downloadLimit);
    s.altLimits.uploadLimit = r.readRate(QStringLiteral("Speed/altUploadLimitKiB"), s.altLimits.uploadLimit);
    s.altLimitsEnabled = r.readBool(QStringLiteral("Speed/altEnabled"), s.altLimitsEnabled);
    s.limitLocalPeers = r.readBool(QStringLiteral("Speed/limitLocalPeers"), s.limitLocalPeers);
    s.altSchedule.enabled = r.readBool(QStringLiteral("Speed/scheduleEnabled"), s.altSchedule.enabled);
    s.altSchedule.from = r.readTime(QStringLiteral("Speed/scheduleFrom"), s.altSchedule.from);
    s.altSchedule.to = r.readTime(QStringLiteral("Speed/scheduleTo"), s.altSchedule.to);
    s.altSchedule.days = quint8(r.readInt(QStringLiteral("Speed/scheduleDays"), s.altSchedule.days, 0, 0x7f));
    base.overrides.applyTo(c);
    return result;
}

namespace {

// Settings files are small; anything larger is not one.
constexpr qint64 MaxSettingsFileSize = 1024 * 1024;

// What the window and the engine keep in the file, salvaged from a damaged
// one when QSettings could still read them.
const char *const KnownKeys[] = {"Downloads/savePath", "Connection/listenPort", "Connection/listenInterfaces",
    "Connection/outgoingInterface", "Connection/upnp", "Connection/natpmp", "Connection/preferTcp", "Connection/encryption",
    "BitTorrent/dht", "BitTorrent/lsd", "BitTorrent/pex", "BitTorrent/maxActiveDownloads", "BitTorrent/maxActiveSeeds",
    "BitTorrent/maxActiveTorrents", "BitTorrent/connectionsLimit", "BitTorrent/stopSeedingAtRatio",
    "BitTorrent/stopSeedingAfterMinutes", "Speed/downloadLimitKiB", "Speed/uploadLimitKiB", "Speed/altDownloadLimitKiB",
    "Speed/altUploadLimitKiB", "Speed/altEnabled", "Speed/limitLocalPeers", "Speed/scheduleEnabled", "Speed/scheduleFrom",
    "Speed/scheduleTo", "Speed/scheduleDays", "Interface/language"};

// What reaches out to other machines by itself: off until the user says so.
const char *const PrivacyKeys[] = {"BitTorrent/dht", "BitTorrent/lsd", "BitTorrent/pex", "Connection/upnp", "Connection/natpmp"};

} // namespace

bool AppSettings::isReadable(const QString &path, QString *why)
{
    const SafeFile::ReadResult file = SafeFile::read(path, MaxSettingsFileSize);
    if (file.status == SafeFile::ReadResult::Status::Missing)
        return true;
    if (!file.ok()) {
        *why = file.error;
        return false;
    }
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString text = utf8(file.data);
    if (utf8.hasError() || file.data.contains('\0')) {
        *why = QCoreApplication::translate("AppSettings", "it is not text");
        return false;
    }
    // The INI shape, checked here: QSettings caches what it parsed per path,
    // so its status says nothing the second time.
    const QStringList lines = text.split(u'\n');
    bool continued = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        const bool ok = continued || line.isEmpty() || line.startsWith(u';') || line.startsWith(u'#')
            || (line.startsWith(u'[') && line.contains(u']')) || (!line.startsWith(u'[') && line.contains(u'='));
        if (!ok) {
            *why = QCoreApplication::translate("AppSettings", "it is not in INI format (line %1)").arg(i + 1);
            return false;
        }
        continued = line.endsWith(u'\\');
    }
    return true;
}

QStringList AppSettings::repairFile(const QString &path)
{
    QString why;
    if (isReadable(path, &why))
        return {};
    const QString kept
        = path + QStringLiteral(".unreadable-") + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    // What QSettings can still make of a regular file, before it is moved.
    QHash<QString, QVariant> salvaged;
    if (SafeFile::read(path, MaxSettingsFileSize).ok()) {
        QSettings damaged(path, QSettings::IniFormat);
        for (const char *key : KnownKeys) {
            const QString name = QString::fromLatin1(key);
            const QString value = damaged.value(name).toString();
            if (damaged.contains(name) && !value.isEmpty() && value.size() < 4096
                && std::all_of(value.cbegin(), value.cend(), [](QChar c) { return c.isPrint(); }))
                salvaged.insert(name, value);
        }
    }
    const QString moved = FileOps::system()->rename(path, kept);
    if (!moved.isEmpty()) {
        return {QCoreApplication::translate("AppSettings",
            "Settings file “%1” cannot be read (%2) and cannot be moved aside (%3). "
            "Revaer runs on its defaults; remove or fix the file.")
                    .arg(QDir::toNativeSeparators(path), why, moved)};
    }
    SafeFile::write(path, {}, *FileOps::system()); // private, as a new profile's
    QSettings fresh(path, QSettings::IniFormat);
    for (auto it = salvaged.cbegin(); it != salvaged.cend(); ++it)
        fresh.setValue(it.key(), it.value());
    QStringList turnedOff;
    for (const char *key : PrivacyKeys) {
        if (!salvaged.contains(QString::fromLatin1(key))) {
            fresh.setValue(QString::fromLatin1(key), false);
            turnedOff.append(QString::fromLatin1(key));
        }
    }
    fresh.sync();
    QString message = QCoreApplication::translate("AppSettings",
        "Settings file “%1” could not be read (%2); it was kept as “%3” and "
        "a new one was started")
                          .arg(QDir::toNativeSeparators(path), why, QDir::toNativeSeparators(kept));
    if (!salvaged.isEmpty())
        message += QCoreApplication::translate(
            "AppSettings", " with the %n setting(s) that could be read", nullptr, int(salvaged.size()));
    message += u'.';
    if (!turnedOff.isEmpty())
        message += u' '
            + QCoreApplication::translate("AppSettings",
                "So as not to turn on what you may have turned off, these are "
                "off until you turn them on in Settings: %1.")
                  .arg(turnedOff.join(QStringLiteral(", ")));
    return {message};
}

int AppSettings::chooseListenPort(QSettings &settings)
{
    if (settings.contains(QStringLiteral("Connection/listenPort"))
        || settings.contains(QStringLiteral("Connection/listenInterfaces")))
        return 0;
    const int port = int(QRandomGenerator::global()->bounded(FirstRandomPort, LastRandomPort + 1));
    settings.setValue(QStringLiteral("Connection/listenPort"), port);
    settings.sync();
    return port;
}

void AppSettings::save(QSettings &settings, const EngineConfig &c)
{
    const SessionSettings &s = c.session;
    settings.setValue(QStringLiteral("Downloads/savePath"), c.defaultSavePath);
    settings.setValue(QStringLiteral("Connection/listenInterfaces"), s.listenInterfaces);
    settings.setValue(QStringLiteral("Connection/upnp"), s.enableUpnp);
    settings.setValue(QStringLiteral("Connection/natpmp"), s.enableNatPmp);
    settings.setValue(QStringLiteral("Connection/preferTcp"), s.preferTcp);
    settings.setValue(QStringLiteral("Connection/encryption"), encryptionName(s.encryption));
    settings.setValue(QStringLiteral("BitTorrent/dht"), s.enableDht);
    settings.setValue(QStringLiteral("BitTorrent/lsd"), s.enableLsd);
    settings.setValue(QStringLiteral("BitTorrent/pex"), s.enablePex);
    settings.setValue(QStringLiteral("BitTorrent/maxActiveDownloads"), s.maxActiveDownloads);
    settings.setValue(QStringLiteral("BitTorrent/stopSeedingAtRatio"), s.stopSeedingAtRatio);
    settings.setValue(QStringLiteral("BitTorrent/stopSeedingAfterMinutes"), s.stopSeedingAfterMinutes);
    settings.setValue(QStringLiteral("BitTorrent/maxActiveSeeds"), s.maxActiveSeeds);
    settings.setValue(QStringLiteral("BitTorrent/maxActiveTorrents"), s.maxActiveTorrents);
    settings.setValue(QStringLiteral("BitTorrent/connectionsLimit"), s.connectionsLimit);
    saveGlobalLimits(settings, s.limits);
    settings.setValue(QStringLiteral("Speed/altDownloadLimitKiB"), s.altLimits.downloadLimit / 1024);
    settings.setValue(QStringLiteral("Speed/altUploadLimitKiB"), s.altLimits.uploadLimit / 1024);
    settings.setValue(QStringLiteral("Speed/altEnabled"), s.altLimitsEnabled);
    settings.setValue(QStringLiteral("Speed/limitLocalPeers"), s.limitLocalPeers);
    settings.setValue(QStringLiteral("Speed/scheduleEnabled"), s.altSchedule.enabled);
    settings.setValue(QStringLiteral("Speed/scheduleFrom"), s.altSchedule.from.toString(QStringLiteral("HH:mm")));
    settings.setValue(QStringLiteral("Speed/scheduleTo"), s.altSchedule.to.toString(QStringLiteral("HH:mm")));
    settings.setValue(QStringLiteral("Speed/scheduleDays"), s.altSchedule.days);
}

void AppSettings::saveGlobalLimits(QSettings &settings, const RateLimits &limits)
{
    settings.setValue(QStringLiteral("Speed/downloadLimitKiB"), limits.downloadLimit / 1024);
    settings.setValue(QStringLiteral("Speed/uploadLimitKiB"), limits.uploadLimit / 1024);
}

} // namespace Revaer
