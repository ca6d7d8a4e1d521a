#pragma once

#include "torrentid.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <array>
#include <vector>

namespace Revaer {

class TorrentListModel;

// The download and upload rates of every torrent, and of all of them
// together, one sample a second over the last five minutes, kept from the
// moment Revaer started: the Speed graph is full when it is opened and a new
// selection does not start it empty. Only torrents that moved data in that
// time take memory (two 32-bit rates per second); idle ones take none.
class SpeedHistory : public QObject
{
    Q_OBJECT

public:
    static constexpr int Samples = 300; // five minutes
    struct Sample {
        quint32 down = 0; // bytes/s, capped at 4 GiB/s
        quint32 up = 0;
    };

    explicit SpeedHistory(TorrentListModel *model, QObject *parent = nullptr);

    // Takes one sample of every row now (the timer does it every second).
    void sample();
    // The last Samples seconds, oldest first: of a torrent, or of all
    // (an invalid id). Zeros before anything moved.
    std::vector<Sample> samples(const TorrentId &id) const;
    // Torrents holding a history now (for the memory claim).
    qsizetype trackedTorrents() const { return m_torrents.size(); }
    qint64 ticks() const { return m_tick; }

Q_SIGNALS:
    void sampled();

private:
    struct Ring {
        std::array<Sample, Samples> values {};
        qint64 lastActiveTick = 0;
    };
    void put(Ring &ring, Sample s) const { ring.values[size_t(m_tick % Samples)] = s; }
    std::vector<Sample> unroll(const Ring &ring) const;

    TorrentListModel *m_model;
    QTimer m_timer;
    qint64 m_tick = 0; // samples taken
    Ring m_total;
    QHash<TorrentId, Ring> m_torrents;
};

} // namespace Revaer
