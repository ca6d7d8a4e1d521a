#include "statusfilter.h"

#include <QCoreApplication>

namespace Revaer {

QList<StatusFilter> allStatusFilters()
{
    return {StatusFilter::All, StatusFilter::Downloading, StatusFilter::Seeding, StatusFilter::Completed, StatusFilter::Paused,
        StatusFilter::Active, StatusFilter::Stalled, StatusFilter::Checking, StatusFilter::Moving, StatusFilter::Errored};
}

QString statusFilterKey(StatusFilter filter)
{
    switch (filter) {
    case StatusFilter::All:
        return QStringLiteral("all");
    case StatusFilter::Downloading:
        return QStringLiteral("downloading");
    case StatusFilter::Seeding:
        return QStringLiteral("seeding");
    case StatusFilter::Completed:
        return QStringLiteral("completed");
    case StatusFilter::Paused:
        return QStringLiteral("paused");
    case StatusFilter::Active:
        return QStringLiteral("active");
    case StatusFilter::Stalled:
        return QStringLiteral("stalled");
    case StatusFilter::Checking:
        return QStringLiteral("checking");
    case StatusFilter::Moving:
        return QStringLiteral("moving");
    case StatusFilter::Errored:
        return QStringLiteral("errored");
    }
    return QStringLiteral("all");
}

StatusFilter statusFilterFromKey(const QString &key)
{
    for (const StatusFilter filter : allStatusFilters()) {
        if (statusFilterKey(filter) == key)
            return filter;
    }
    // Saved as a number before: All, Downloading, Seeding, Completed, Paused, Active, Errored.
    bool isNumber = false;
    const int old = key.toInt(&isNumber);
    if (isNumber && old >= 0 && old <= 5)
        return StatusFilter(old);
    if (isNumber && old == 6)
        return StatusFilter::Errored;
    return StatusFilter::All;
}

QString statusFilterName(StatusFilter filter)
{
    switch (filter) {
    case StatusFilter::All:
        return QCoreApplication::translate("StatusFilter", "All");
    case StatusFilter::Downloading:
        return QCoreApplication::translate("StatusFilter", "Downloading");
    case StatusFilter::Seeding:
        return QCoreApplication::translate("StatusFilter", "Seeding");
    case StatusFilter::Completed:
        return QCoreApplication::translate("StatusFilter", "Completed");
    case StatusFilter::Paused:
        return QCoreApplication::translate("StatusFilter", "Paused");
    case StatusFilter::Active:
        return QCoreApplication::translate("StatusFilter", "Active");
    case StatusFilter::Stalled:
        return QCoreApplication::translate("StatusFilter", "Stalled");
    case StatusFilter::Checking:
        return QCoreApplication::translate("StatusFilter", "Checking");
    case StatusFilter::Moving:
        return QCoreApplication::translate("StatusFilter", "Moving");
    case StatusFilter::Errored:
        return QCoreApplication::translate("StatusFilter", "Errored");
    }
    return {};
}

QString statusFilterIcon(StatusFilter filter)
{
    switch (filter) {
    case StatusFilter::All:
        return QStringLiteral(":/icons/filter-all.svg");
    case StatusFilter::Downloading:
        return QStringLiteral(":/icons/downloading.svg");
    case StatusFilter::Seeding:
        return QStringLiteral(":/icons/seeding.svg");
    case StatusFilter::Completed:
        return QStringLiteral(":/icons/completed.svg");
    case StatusFilter::Paused:
        return QStringLiteral(":/icons/pause.svg");
    case StatusFilter::Active:
        return QStringLiteral(":/icons/active.svg");
    case StatusFilter::Stalled:
        return QStringLiteral(":/icons/stalled.svg");
    case StatusFilter::Checking:
        return QStringLiteral(":/icons/checking.svg");
    case StatusFilter::Moving:
        return QStringLiteral(":/icons/move.svg");
    case StatusFilter::Errored:
        return QStringLiteral(":/icons/errored.svg");
    }
    return {};
}

bool statusFilterMatches(StatusFilter filter, TorrentState state, const TorrentProgress &progress, bool hasMetadata)
{
    const bool complete = hasMetadata && progress.totalBytes > 0 && progress.doneBytes >= progress.totalBytes;
    switch (filter) {
    case StatusFilter::All:
        return true;
    case StatusFilter::Downloading:
        return !complete && state != TorrentState::Paused && state != TorrentState::Error;
    case StatusFilter::Seeding:
        return complete && (state == TorrentState::Seeding || state == TorrentState::StalledSeeding);
    case StatusFilter::Completed:
        return complete;
    case StatusFilter::Paused:
        return state == TorrentState::Paused;
    case StatusFilter::Active:
        return progress.downloadRate > 0 || progress.uploadRate > 0;
    case StatusFilter::Stalled:
        return state == TorrentState::StalledDownloading || state == TorrentState::StalledSeeding;
    case StatusFilter::Checking:
        return state == TorrentState::Checking || state == TorrentState::CheckingResume;
    case StatusFilter::Moving:
        return state == TorrentState::Moving;
    case StatusFilter::Errored:
        return state == TorrentState::Error;
    }
    return false;
}

} // namespace Revaer
