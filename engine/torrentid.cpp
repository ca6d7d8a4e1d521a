#include "torrentid.h"

namespace Revaer {

TorrentId TorrentId::fromHex(QStringView hex)
{
    if (hex.size() != 40 && hex.size() != 64)
        return {};
    for (QChar c : hex) {
        const bool isHexDigit = (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
        if (!isHexDigit)
            return {};
    }
    TorrentId id;
    id.m_hex = hex.toString().toLower();
    return id;
}

} // namespace Revaer
