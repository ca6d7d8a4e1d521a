#include "addtorrentrequest.h"

#include <QUrl>

namespace Revaer {

AddTorrentRequest AddTorrentRequest::fromArgument(const QString &argument)
{
    const QString trimmed = argument.trimmed();
    if (trimmed.startsWith(u"magnet:", Qt::CaseInsensitive))
        return fromMagnet(trimmed);
    // Desktop environments pass file:// URLs for double-clicked files.
    if (trimmed.startsWith(u"file:", Qt::CaseInsensitive))
        return fromFile(QUrl(trimmed).toLocalFile());
    return fromFile(trimmed);
}

} // namespace Revaer
