#include "magnetlink.h"

#include <QUrl>

namespace Revaer {

MagnetLink MagnetLink::forId(const TorrentId &id)
{
    MagnetLink link;
    (id.toString().size() == 40 ? link.infoHashV1 : link.infoHashV2) = id.toString();
    return link;
}

QString MagnetLink::toString() const
{
    auto encoded = [](const QString &text) { return QString::fromLatin1(QUrl::toPercentEncoding(text)); };
    QStringList parts;
    if (!infoHashV1.isEmpty())
        parts.append(QStringLiteral("xt=urn:btih:") + infoHashV1.toLower());
    // 0x12 0x20: a multihash of SHA-256, 32 bytes long.
    if (!infoHashV2.isEmpty())
        parts.append(QStringLiteral("xt=urn:btmh:1220") + infoHashV2.toLower());
    if (!name.isEmpty())
        parts.append(QStringLiteral("dn=") + encoded(name));
    for (const QString &tracker : trackers) {
        if (!tracker.isEmpty())
            parts.append(QStringLiteral("tr=") + encoded(tracker));
    }
    return QStringLiteral("magnet:?") + parts.join(u'&');
}

} // namespace Revaer
