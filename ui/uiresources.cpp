#include "uiresources.h"

#include <QIcon>
#include <QtCore/qglobal.h>

// Q_INIT_RESOURCE must be used outside any namespace.
static void initRevaerIcons()
{
    Q_INIT_RESOURCE(revaer_icons);
}

namespace Revaer {

void initUiResources()
{
    static const bool done = [] {
        initRevaerIcons();
        return true;
    }();
    Q_UNUSED(done);
}

QIcon uiIcon(const char *name)
{
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name)));
}

} // namespace Revaer
