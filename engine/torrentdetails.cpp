#include "torrentdetails.h"

#include <QCoreApplication>

namespace Revaer {

QString TorrentDetails::flagLegend()
{
    return QCoreApplication::translate("TorrentDetails",
        "D: downloading from the peer, d: interested but choked, U: uploading to the peer, "
        "u: the peer is interested but choked, S: snubbed, O: optimistic unchoke, I: incoming, "
        "E: encrypted, P: uTP, X: found through peer exchange, H: through DHT, L: on the local "
        "network, T: through a tracker");
}

// Working beats updating beats failing beats not yet asked beats unreachable:
// one address that works makes the tracker work.
int TrackerEndpointDetails::rank(Status status)
{
    switch (status) {
    case Status::Working:
        return 4;
    case Status::Updating:
        return 3;
    case Status::Error:
        return 2;
    case Status::NotContacted:
        return 1;
    case Status::Unreachable:
        return 0;
    }
    return 0;
}

void TrackerDetails::summarize()
{
    status = Status::NotContacted;
    message.clear();
    seeds = peers = downloaded = -1;
    nextAnnounce = {};
    const TrackerEndpointDetails *best = nullptr;
    for (const TrackerEndpointDetails &e : std::as_const(endpoints)) {
        if (!best || TrackerEndpointDetails::rank(e.status) > TrackerEndpointDetails::rank(best->status))
            best = &e;
        seeds = std::max(seeds, e.seeds);
        peers = std::max(peers, e.peers);
        downloaded = std::max(downloaded, e.downloaded);
        if (e.nextAnnounce.isValid() && (!nextAnnounce.isValid() || e.nextAnnounce < nextAnnounce))
            nextAnnounce = e.nextAnnounce;
    }
    if (best) {
        status = best->status;
        message = best->message;
    }
}

} // namespace Revaer
