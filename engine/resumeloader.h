#pragma once

#include "addtorrentrequest.h"
#include "engineevents.h"
#include "fastresumestore.h"
#include "storedtorrent.h"

#include <QList>

#include <optional>

namespace Revaer {

// Decides what to do with one torrent's files in the resume folder, without
// touching the session: restore it from its resume data, recover it from its
// saved settings when the resume data is unusable, or give up and quarantine.
// Never throws and never crashes on any input (tst_resumefuzz feeds it
// thousands of mutated files).
class ResumeLoader
{
public:
    struct Decision {
        enum class Action : quint8 {
            Restore, // add from the resume data
            Recover, // add again from the record (a .torrent it came from, or a magnet)
            Skip, // nothing usable is left
        };
        Action action = Action::Skip;
        StoredTorrent record; // what the store keeps for it from now on
        AddTorrentRequest request; // what to add, for Restore and Recover
        bool recheck = false; // files changed outside Revaer since the last save
        bool holdPaused = false; // its download folder, which held its data, is missing
        bool createSavePath = false; // its download folder never held data and is missing: make it
        bool quarantineResume = false;
        bool quarantineJson = false;
        QString quarantineReason;
        QList<ReconciliationEvent> events;
    };

    static Decision decide(const TorrentId &id, const FastResumeStore::Entry &entry);

    // A magnet link for the torrent: the one the user added when there was
    // one (with its trackers and peers), else one built from the info-hash and
    // name; with every tracker the record knows.
    static QString magnetFor(const StoredTorrent &record);
    // What to call the torrent in a message: its name, else the name its
    // magnet link or .torrent file gives, else its info-hash; never empty.
    static QString displayName(const StoredTorrent &record);
};

} // namespace Revaer
