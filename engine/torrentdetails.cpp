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

} // namespace Revaer
