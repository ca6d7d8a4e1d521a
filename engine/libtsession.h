#pragma once

#include "addtorrentrequest.h"
#include "magnetlink.h"
#include "sessionalert.h"
#include "sessionsettings.h"
#include "torrentdetails.h"
#include "torrentid.h"

#include <QList>
#include <QString>

#include <chrono>
#include <functional>
#include <memory>
#include <stdexcept>
#include <vector>

namespace Revaer {

// Thrown by an adapter when the session itself fails (as opposed to one
// torrent); the worker treats it as a fatal session error.
class SessionFailure : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// How the engine's parts call into the session: `call` runs with the session
// there, a SessionFailure it throws becomes a session restart and any other
// throw a log line naming `what`. False when the call did not complete or
// there is no session. SessionSupervisor::guard() makes one.
using SessionGuard = std::function<bool(const char *what, const std::function<void()> &call)>;

// The result of handing a torrent to the session: the id it will have, or why
// it could not be added. Adding itself completes asynchronously with a
// TorrentAdded alert.
struct AddOutcome {
    TorrentId id;
    QString name; // from the .torrent or the magnet's dn=, when known
    QString error; // empty on success
    // Resume data for the torrent as it is being added (what the .torrent or
    // magnet said, with the user's choices), so it can be stored before the
    // session confirms the add. Empty when adding from resume data.
    QByteArray initialResumeData;
    bool ok() const { return error.isEmpty(); }
};

// Every libtorrent call the engine makes, behind one interface. The real
// LibtorrentSession is the only implementation that talks to libtorrent;
// tests use a recording fake. All calls come from the worker thread.
class LibtSession
{
public:
    virtual ~LibtSession() = default;

    virtual void applySettings(const SessionSettings &settings) = 0;

    // `notify` may be called from any thread and must only schedule work.
    virtual void setAlertNotify(std::function<void()> notify) = 0;
    virtual std::vector<SessionAlert> popAlerts() = 0;
    // Blocks until an alert is waiting or `max` has passed: true when one is.
    // For the shutdown's wait for resume data, which runs no event loop.
    virtual bool waitForAlert(std::chrono::milliseconds max) = 0;
    // Asks for a StatusUpdate alert with every torrent whose status changed.
    virtual void postTorrentUpdates() = 0;
    // A synchronous snapshot of every torrent, for a full refresh.
    virtual QList<TorrentStatus> allStatuses() = 0;

    // `request.data` holds the .torrent bytes for TorrentData, the resume
    // data for ResumeData; `request.source` the URI for Magnet. When
    // `request.id` is set, a source that names another torrent is an error.
    virtual AddOutcome addTorrent(const AddTorrentRequest &request, const QString &defaultSavePath) = 0;
    virtual void removeTorrent(const TorrentId &id, RemoveMode mode) = 0;
    virtual void pause(const TorrentId &id) = 0;
    // Resumes a paused torrent, and one that a write error stopped (its error
    // cleared, out of upload mode), so it downloads again at once.
    virtual void resume(const TorrentId &id) = 0;
    virtual void setSequential(const TorrentId &id, bool sequential) = 0;
    virtual void setFilePriorities(const TorrentId &id, const QList<int> &priorities) = 0;
    virtual void setGlobalRateLimits(const RateLimits &limits) = 0;
    virtual RateLimits globalRateLimits() = 0;
    virtual void setTorrentRateLimits(const TorrentId &id, const RateLimits &limits) = 0;
    virtual RateLimits torrentRateLimits(const TorrentId &id) = 0;
    virtual void forceRecheck(const TorrentId &id) = 0;
    virtual void queueMove(const TorrentId &id, QueueMove move) = 0;
    // The torrents in the download queue, first to last (finished ones are
    // not queued).
    virtual QList<TorrentId> queueOrder() = 0;
    virtual void moveStorage(const TorrentId &id, const QString &path) = 0;
    // Connects to peers given as "host:port" ("[v6]:port"); returns those that are not addresses.
    virtual QStringList connectPeers(const TorrentId &id, const QStringList &peers) = 0;
    // Announces to every tracker now (and to DHT), whatever the interval says.
    virtual void forceReannounce(const TorrentId &id) = 0;
    // Refuses an address for as long as this session runs, and drops its
    // connections. `address` is an IP, or a peer as the Peers tab shows it
    // ("192.0.2.7:6881", "[2001:db8::7]:6881"); false when it is neither.
    virtual bool banAddress(const QString &address) = 0;
    // Renames a file (a path relative to the save path; folders may change
    // too). Answers with a FileRenamed or FileRenameFailed alert.
    virtual void renameFile(const TorrentId &id, int index, const QString &newPath) = 0;
    // Answers with a ResumeDataSaved, ResumeDataUnchanged or ResumeDataFailed
    // alert. The data includes the info dictionary when known.
    virtual void requestResumeData(const TorrentId &id, bool onlyIfModified) = 0;
    // Stops all transfers (at shutdown, so the final resume data is final).
    virtual void pauseSession() = 0;
    // Tries again to open the listen sockets (after a port was taken).
    virtual void reopenNetworkSockets() = 0;
    // Asks for a SessionStats alert.
    virtual void postSessionStats() = 0;
    // Whether details() asks libtorrent for the file priorities, one round
    // trip per torrent; the worker's records know them for stored torrents.
    enum class FilePriorities : quint8 { Fetch, Skip };
    // What the details panel and remote clients show, for each of `ids`
    // still in the session (synchronous: it asks libtorrent's
    // thread, for all the statuses in one call; a remote client asks this
    // for thousands of torrents at once).
    virtual QList<TorrentDetails> details(const QList<TorrentId> &ids, FilePriorities priorities) = 0;
    // What a magnet link for the torrent says: its hashes, name and
    // trackers, and nothing that costs more to read (files, peers).
    virtual MagnetLink magnetLink(const TorrentId &id) = 0;
    virtual void replaceTrackers(const TorrentId &id, const QStringList &urls) = 0;
    // The .torrent of a torrent whose metadata is known, info dictionary
    // byte for byte (so the info-hash is the same); empty otherwise.
    virtual QByteArray torrentFile(const TorrentId &id) = 0;
};

using SessionFactory = std::function<std::unique_ptr<LibtSession>(const SessionSettings &)>;

} // namespace Revaer
