#include "speedhistory.h"

#include "torrentlistmodel.h"

#include <algorithm>
#include <limits>

namespace Revaer {

namespace {

quint32 capped(qint64 rate)
{
    return quint32(std::clamp<qint64>(rate, 0, std::numeric_limits<quint32>::max()));
}

} // namespace

SpeedHistory::SpeedHistory(TorrentListModel *model, QObject *parent)
    : QObject(parent)
    , m_model(model)
{
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &SpeedHistory::sample);
    m_timer.start();
}

void SpeedHistory::sample()
{
    ++m_tick;
    qint64 down = 0;
    qint64 up = 0;
    const int rows = m_model->rowCount();
    for (int row = 0; row < rows; ++row) {
        const TorrentListModel::Row &r = m_model->rowAt(row);
        const qint64 d = r.progress.downloadRate;
        const qint64 u = r.progress.uploadRate;
        down += d;
        up += u;
        if (d == 0 && u == 0) {
            if (m_torrents.isEmpty())
                continue;
            auto it = m_torrents.find(r.id);
            if (it == m_torrents.end())
                continue; // idle and no history: nothing to keep
            put(*it, {});
            continue;
        }
        Ring &ring = m_torrents[r.id]; // zeros before its first sample
        ring.lastActiveTick = m_tick;
        put(ring, {capped(d), capped(u)});
    }
    put(m_total, {capped(down), capped(up)});
    // A torrent idle for the whole window, or gone from the list, lets its history go.
    for (auto it = m_torrents.begin(); it != m_torrents.end();) {
        if (m_tick - it->lastActiveTick >= Samples || m_model->rowOf(it.key()) < 0)
            it = m_torrents.erase(it);
        else
            ++it;
    }
    Q_EMIT sampled();
}

std::vector<SpeedHistory::Sample> SpeedHistory::unroll(const Ring &ring) const
{
    std::vector<Sample> out(Samples);
    // The slot after the newest holds the oldest.
    for (int i = 0; i < Samples; ++i)
        out[size_t(i)] = ring.values[size_t((m_tick + 1 + i) % Samples)];
    return out;
}

std::vector<SpeedHistory::Sample> SpeedHistory::samples(const TorrentId &id) const
{
    if (!id.isValid())
        return unroll(m_total);
    const auto it = m_torrents.constFind(id);
    return it == m_torrents.cend() ? std::vector<Sample>(Samples) : unroll(*it);
}

} // namespace Revaer
