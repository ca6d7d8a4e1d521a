#pragma once

#include "engineevents.h"

#include <QList>
#include <QString>

namespace Revaer {

// The sidebar's filters. A torrent belongs to several at once (a seeding one
// is also completed, and active while it uploads).
enum class StatusFilter : quint8 {
    All,
    Downloading,
    Seeding,
    Completed,
    Paused,
    Active,
    Stalled,
    Checking,
    Moving,
    Errored,
};

QList<StatusFilter> allStatusFilters();
QString statusFilterName(StatusFilter filter);
// A stable name for the settings ("errored"), and back: filters added in
// between do not shift a saved one. A number is read as the old saves were.
QString statusFilterKey(StatusFilter filter);
StatusFilter statusFilterFromKey(const QString &key);
QString statusFilterIcon(StatusFilter filter); // a resource path

// Whether a torrent in `state` with `progress` belongs to `filter`.
bool statusFilterMatches(StatusFilter filter, TorrentState state, const TorrentProgress &progress, bool hasMetadata);

} // namespace Revaer
