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
    // Idle rows cost a read each; only moving ones are looked up.
    const int rows = m_model->rowCount();
    for (int row = 0; row < rows; ++row) {
        const TorrentProgress &p = m_model->rowAt(row).progress;
        if (p.downloadRate == 0 && p.uploadRate == 0)
            continue;
        down += p.downloadRate;
        up += p.uploadRate;
        Ring &ring = m_torrents[m_model->rowAt(row).id]; // zeros before its first sample
        ring.lastActiveTick = m_tick;
        put(ring, {capped(p.downloadRate), capped(p.uploadRate)});
    }
    put(m_total, {capped(down), capped(up)});
    // The tracked ones that did not move this second get a zero; one idle
    // for the whole window, or gone from the list, lets its history go.
    for (auto it = m_torrents.begin(); it != m_torrents.end();) {
        if (it->lastActiveTick == m_tick) {
            ++it;
        } else if (m_tick - it->lastActiveTick >= Samples || m_model->rowOf(it.key()) < 0) {
            it = m_torrents.erase(it);
        } else {
            put(*it, {});
            ++it;
        }
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
