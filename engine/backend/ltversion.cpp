#include "ltversion.h"

#include <libtorrent/version.hpp>

namespace Revaer {

QString libtorrentVersion()
{
    return QString::fromLatin1(lt::version());
}

} // namespace Revaer
