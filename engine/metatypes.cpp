#include "metatypes.h"

#include "addtorrentrequest.h"
#include "engineevents.h"
#include "sessionsettings.h"
#include "torrentdetails.h"

#include <mutex>

namespace Revaer {

void registerEngineMetaTypes()
{
    static std::once_flag once;
    std::call_once(once, [] {
        qRegisterMetaType<TorrentId>();
        qRegisterMetaType<TorrentState>();
        qRegisterMetaType<TorrentFileEntry>();
        qRegisterMetaType<TorrentMetadata>();
        qRegisterMetaType<AddTorrentRequest>();
        qRegisterMetaType<RemoveMode>();
        qRegisterMetaType<TorrentAddedEvent>();
        qRegisterMetaType<FilesDiscoveredEvent>();
        qRegisterMetaType<TorrentProgress>();
        qRegisterMetaType<QList<TorrentProgress>>();
        qRegisterMetaType<TorrentStateEvent>();
        qRegisterMetaType<TorrentCompletedEvent>();
        qRegisterMetaType<EngineMessage>();
        qRegisterMetaType<TorrentRemovedEvent>();
        qRegisterMetaType<ReconciliationEvent>();
        qRegisterMetaType<RestoreProgressEvent>();
        qRegisterMetaType<HealthState>();
        qRegisterMetaType<HealthEvent>();
        qRegisterMetaType<RateLimits>();
        qRegisterMetaType<TorrentLabels>();
        qRegisterMetaType<TagChange>();
        qRegisterMetaType<AltLimitsSchedule>();
        qRegisterMetaType<LimitsEvent>();
        qRegisterMetaType<SessionSettings>();
        qRegisterMetaType<QList<TorrentId>>();
        qRegisterMetaType<PeerDetails>();
        qRegisterMetaType<TrackerDetails>();
        qRegisterMetaType<TorrentDetails>();
        qRegisterMetaType<QList<TorrentDetails>>();
        qRegisterMetaType<SessionStatsEvent>();
    });
}

} // namespace Revaer
