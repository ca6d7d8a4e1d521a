#pragma once

#include "sessionalert.h"
#include "torrentid.h"

#include <QSet>
#include <QString>

namespace Revaer {

// When a finished torrent has seeded enough: the share ratio or the seeding
// time the user set (SessionSettings; 0 is none). Each torrent reaches its
// goal once: one the user resumed after its goal paused it seeds on.
class SeedingGoals
{
public:
    void setGoals(double ratio, int minutes);
    bool any() const { return m_ratio > 0 || m_minutes > 0; }

    // What the torrent reached ("ratio 2.00", "1h 00m of seeding"), the first
    // time its status says so; empty otherwise.
    QString check(const TorrentStatus &status);
    void forget(const TorrentId &id);

private:
    double m_ratio = 0;
    int m_minutes = 0;
    QSet<TorrentId> m_reached;
};

} // namespace Revaer
