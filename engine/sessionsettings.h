#pragma once

#include <QMetaType>
#include <QString>
#include <QTime>

namespace Revaer {

// Caps in bytes per second; 0 means unlimited.
struct RateLimits {
    int downloadLimit = 0;
    int uploadLimit = 0;

    friend bool operator==(const RateLimits &a, const RateLimits &b)
    {
        return a.downloadLimit == b.downloadLimit && a.uploadLimit == b.uploadLimit;
    }
    friend bool operator!=(const RateLimits &a, const RateLimits &b) { return !(a == b); }
};

// When the alternative caps switch on by themselves.
struct AltLimitsSchedule {
    bool enabled = false;
    QTime from {22, 0};
    QTime to {6, 0}; // may be earlier than `from`: the range crosses midnight
    quint8 days = 0x7f; // bit 0 Monday ... bit 6 Sunday

    bool activeAt(const QDateTime &localTime) const;
    friend bool operator==(const AltLimitsSchedule &a, const AltLimitsSchedule &b)
    {
        return a.enabled == b.enabled && a.from == b.from && a.to == b.to && a.days == b.days;
    }
};

enum class EncryptionMode : quint8 {
    Prefer, // encrypt when the peer can, accept plain text
    Require, // only encrypted connections
    Disable, // plain text only
};

// How the session runs, in Revaer's words. LibtorrentSession turns it into a
// settings_pack; the choices behind each default are written there.
struct SessionSettings {
    // Comma-separated "address:port" list as libtorrent's listen_interfaces takes it.
    QString listenInterfaces = QStringLiteral("0.0.0.0:6881,[::]:6881");
    // Bind outgoing connections to this address when set (tests use it to
    // give each session its own loopback address).
    QString outgoingInterface;

    bool enableDht = true;
    bool enableLsd = true;
    bool enableUpnp = true;
    bool enableNatPmp = true;
    bool enablePex = true;
    EncryptionMode encryption = EncryptionMode::Prefer;

    // libtorrent tries uTP first with a peer that supports it; over a fast
    // link uTP ran at ~10 MiB/s here where TCP ran at 125-165 MiB/s. With this
    // on, Revaer opens TCP connections and still accepts incoming uTP.
    bool preferTcp = true;

    RateLimits limits;
    // A second set of global caps ("turtle mode"), switched on by hand or by the schedule.
    RateLimits altLimits {1024 * 1024, 256 * 1024};
    bool altLimitsEnabled = false;
    AltLimitsSchedule altSchedule;
    RateLimits effectiveLimits() const { return altLimitsEnabled ? altLimits : limits; }
    // Apply the global caps to peers on the local network too (libtorrent
    // exempts them by default), so a cap means a cap.
    bool limitLocalPeers = true;

    int connectionsLimit = 500;
    int maxActiveDownloads = 5;
    int maxActiveSeeds = 10;
    int maxActiveTorrents = 500;
    int maxActiveChecking = 4;

    // Seeding goals: a finished torrent that shared this much (uploaded over
    // downloaded) or seeded this long is paused. 0 is no goal.
    double stopSeedingAtRatio = 0;
    int stopSeedingAfterMinutes = 0;

    // Seconds before reconnecting to a peer we were connected to (times its
    // failures). libtorrent waits 60 s, so a torrent resumed after a pause sat
    // idle for a minute when its peers were all known; 10 s stays polite.
    int reconnectSeconds = 10;

    // Milliseconds between status refreshes of changed torrents.
    int statusIntervalMs = 500;

    // Seconds libtorrent waits for trackers' "stopped" announces at shutdown.
    int stopTrackerTimeoutSeconds = 3;

    // True when only the caps differ: those need no settings pack.
    bool sameApartFromLimits(const SessionSettings &other) const;
    // Every field: the caps, the schedule and the seeding goals too.
    friend bool operator==(const SessionSettings &a, const SessionSettings &b);
    friend bool operator!=(const SessionSettings &a, const SessionSettings &b) { return !(a == b); }
};

} // namespace Revaer

Q_DECLARE_METATYPE(Revaer::RateLimits)
Q_DECLARE_METATYPE(Revaer::AltLimitsSchedule)
Q_DECLARE_METATYPE(Revaer::SessionSettings)
