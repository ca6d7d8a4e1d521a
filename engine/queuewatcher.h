#pragma once

#include "libtsession.h"
#include "torrentid.h"

#include <QList>
#include <QObject>

#include <functional>

class QTimer;

namespace Revaer {

// The download queue as libtorrent keeps it: read back after anything that
// can change it (a move, an add, a removal, a completion, a state change), at
// most once a second unless asked sooner, and published only when it changed.
// Nothing is read while `held` says so (a restore filling the session with
// thousands of torrents: the queue is incomplete, and reading it would cost
// the restore time).
class QueueWatcher : public QObject
{
    Q_OBJECT

public:
    QueueWatcher(SessionGuard guard, std::function<bool()> held, QObject *parent = nullptr);

    void setSession(LibtSession *session) { m_session = session; }
    // Something may have changed the queue: read it within `delayMs`.
    void changed(int delayMs = 1000);
    // Publishes a change still waiting for its read, now (at shutdown).
    void flush();
    // The next read is published even if it looks the same (the restore
    // brought the whole queue in: it is stored whole).
    void forgetPublished() { m_published.clear(); }

Q_SIGNALS:
    // The download queue, first to last.
    void queueChanged(const QList<Revaer::TorrentId> &order);

private:
    void read();

    SessionGuard m_guarded;
    std::function<bool()> m_held;
    LibtSession *m_session = nullptr;
    QTimer *m_timer;
    QList<TorrentId> m_published;
};

} // namespace Revaer
