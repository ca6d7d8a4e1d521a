#include "seedinggoals.h"

#include "units.h"

#include <QCoreApplication>

#include <algorithm>

namespace Revaer {

void SeedingGoals::setGoals(double ratio, int minutes)
{
    m_ratio = ratio;
    m_minutes = minutes;
}

QString SeedingGoals::check(const TorrentStatus &s)
{
    if (!any() || !s.isFinished || !s.hasMetadata || s.paused || !s.error.isEmpty() || m_reached.contains(s.id))
        return {};
    // Shared over what was downloaded, or over what is here for a torrent
    // whose data was already on disk.
    const qint64 base = std::max(s.allTimeDownload, s.totalWantedDone);
    const double ratio = base > 0 ? double(s.allTimeUpload) / double(base) : 0;
    QString reached;
    if (m_ratio > 0 && base > 0 && ratio >= m_ratio)
        reached = QCoreApplication::translate("SeedingGoals", "ratio %1").arg(Units::formatDecimal(ratio, 2));
    else if (m_minutes > 0 && s.seedingSeconds >= qint64(m_minutes) * 60)
        reached = QCoreApplication::translate("SeedingGoals", "%1 of seeding").arg(Units::formatDuration(s.seedingSeconds));
    if (!reached.isEmpty())
        m_reached.insert(s.id);
    return reached;
}

void SeedingGoals::forget(const TorrentId &id)
{
    m_reached.remove(id);
}

} // namespace Revaer
