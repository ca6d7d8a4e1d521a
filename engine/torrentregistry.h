#pragma once

#include "engineevents.h"
#include "sessionalert.h"
#include "storedtorrent.h"
#include "torrentid.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <algorithm>
#include <functional>
#include <optional>

namespace Revaer {

// Everything the engine knows about one torrent, in one record: what is
// stored about it, what libtorrent last said (kept by the AlertTranslator),
// where it is in its life, and what the worker still owes it. A torrent that
// leaves the session is one erase.
struct TorrentEntry {
    enum class Phase : quint8 {
        Adding, // handed to libtorrent, its add alert not yet here
        Live, // in the session
        Removing, // removal asked; still in the session until libtorrent says so
        Deleting, // out of the session, its files being deleted
    };

    Phase phase = Phase::Adding;
    // Only here to fetch a magnet's metadata for the add dialog: none of the
    // usual events, and never stored.
    bool probe = false;

    // --- the translator's view, from libtorrent's alerts ---
    QString source;
    QString name;
    QString savePath;
    QDateTime addedAt;
    bool restored = false;
    LibtState libtState = LibtState::CheckingResumeData;
    bool paused = false;
    bool autoManaged = true;
    bool hasMetadata = false;
    bool completedReported = false;
    bool removingWithFiles = false;
    QString error;
    QString announcedError; // the last error message sent out, until the user resumes
    qint64 remaining = 0; // wanted bytes not yet downloaded
    qint64 wantedDone = 0;
    bool moving = false;
    // For stalls: when data last arrived (or the transfer started), when
    // someone was last served, and the last status's peers.
    qint64 lastDataMs = 0;
    qint64 lastServedMs = 0;
    int connectedPeers = 0; // not seeds
    int connectedSeeds = 0;
    int knownPeers = 0; // in libtorrent's peer list, seeds included
    std::optional<TorrentState> reportedState;
    QString reportedReason;
    // Per tracker, per local address it announces from: failures in a row,
    // 0 for an address whose last announce was answered.
    struct TrackerHealth {
        QHash<QString, int> failures; // endpoint -> failures in a row
        bool answers() const
        {
            return std::any_of(failures.cbegin(), failures.cend(), [](int times) { return times == 0; });
        }
        QString message;
        bool warned = false;
    };
    QHash<QString, TrackerHealth> trackers;

    // --- the worker's, for keeping it durable ---
    // What the resume folder holds about it; set only when a resume folder is used.
    std::optional<StoredTorrent> stored;
    // Commands that arrived while it was being added, run once it is live.
    QList<std::function<void()>> held;
    // Restored: its stored settings are compared with libtorrent's once it is
    // live (and its file priorities once its files are known).
    bool reconcile = false;
    bool restoring = false; // counts against the restore's in-flight limit
    bool changed = false; // libtorrent reported changes not yet saved
    bool saveInFlight = false; // resume data asked for, not yet answered

    // In the session: commands reach it, alerts about it are translated.
    bool isLive() const { return phase == Phase::Live || phase == Phase::Removing; }
    // A user's torrent being added: commands for it are held until it is live.
    bool isBeingAdded() const { return phase == Phase::Adding && !probe; }
};

// The engine's torrents by id. Lives on the worker's thread, like everything
// that reads it.
class TorrentRegistry
{
public:
    using Map = QHash<TorrentId, TorrentEntry>;

    // The entry for `id`, made (phase Adding) when there is none.
    TorrentEntry &obtain(const TorrentId &id) { return m_entries[id]; }
    TorrentEntry *find(const TorrentId &id)
    {
        const auto it = m_entries.find(id);
        return it == m_entries.end() ? nullptr : &*it;
    }
    const TorrentEntry *find(const TorrentId &id) const
    {
        const auto it = m_entries.constFind(id);
        return it == m_entries.cend() ? nullptr : &*it;
    }
    // The entry of a torrent in the session, or null.
    TorrentEntry *live(const TorrentId &id)
    {
        TorrentEntry *entry = id.isValid() ? find(id) : nullptr;
        return entry && entry->isLive() ? entry : nullptr;
    }
    bool isLive(const TorrentId &id) const
    {
        const TorrentEntry *entry = find(id);
        return entry && entry->isLive();
    }
    void erase(const TorrentId &id) { m_entries.remove(id); }
    void clear() { m_entries.clear(); }
    qsizetype size() const { return m_entries.size(); }

    // The ids of the entries `test` accepts.
    QList<TorrentId> ids(const std::function<bool(const TorrentEntry &)> &test) const
    {
        QList<TorrentId> found;
        for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
            if (test(*it))
                found.append(it.key());
        }
        return found;
    }
    qsizetype count(const std::function<bool(const TorrentEntry &)> &test) const
    {
        return std::count_if(m_entries.cbegin(), m_entries.cend(), test);
    }

    Map::iterator begin() { return m_entries.begin(); }
    Map::iterator end() { return m_entries.end(); }
    Map::const_iterator begin() const { return m_entries.cbegin(); }
    Map::const_iterator end() const { return m_entries.cend(); }

private:
    Map m_entries;
};

} // namespace Revaer
