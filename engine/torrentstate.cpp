#include "torrentstate.h"

#include <QCoreApplication>

namespace Revaer {

QString torrentStateName(TorrentState state)
{
    switch (state) {
    case TorrentState::CheckingResume:
        return QCoreApplication::translate("TorrentState", "Loading");
    case TorrentState::Checking:
        return QCoreApplication::translate("TorrentState", "Checking");
    case TorrentState::FetchingMetadata:
        return QCoreApplication::translate("TorrentState", "Fetching metadata");
    case TorrentState::Downloading:
        return QCoreApplication::translate("TorrentState", "Downloading");
    case TorrentState::Seeding:
        return QCoreApplication::translate("TorrentState", "Seeding");
    case TorrentState::Paused:
        return QCoreApplication::translate("TorrentState", "Paused");
    case TorrentState::Queued:
        return QCoreApplication::translate("TorrentState", "Queued");
    case TorrentState::Error:
        return QCoreApplication::translate("TorrentState", "Error");
    case TorrentState::StalledDownloading:
    case TorrentState::StalledSeeding:
        return QCoreApplication::translate("TorrentState", "Stalled");
    case TorrentState::Moving:
        return QCoreApplication::translate("TorrentState", "Moving");
    }
    return {};
}

} // namespace Revaer
