#pragma once

#include "torrentid.h"

#include <QString>
#include <QStringList>

namespace Revaer {

// What a magnet link says about a torrent, and the one place Revaer writes
// one: "magnet:?xt=urn:btih:<v1>&xt=urn:btmh:1220<v2>&dn=<name>&tr=<url>...".
// A hybrid torrent gets both hashes, so a v1-only client and a v2 client can
// each join its swarm.
struct MagnetLink {
    QString infoHashV1; // 40 hex digits, or empty
    QString infoHashV2; // 64 hex digits, or empty
    QString name;
    QStringList trackers;

    // The hash a TorrentId holds, in the field its length says.
    static MagnetLink forId(const TorrentId &id);

    QString toString() const;
};

} // namespace Revaer
