#pragma once

// The libtorrent settings Revaer runs with. Shared by LibtorrentSession and
// the benchmark's raw-libtorrent client, so both run with the same settings.

#include "sessionsettings.h"

#include <libtorrent/ip_filter.hpp>
#include <libtorrent/settings_pack.hpp>

namespace Revaer::Lt {

lt::settings_pack settingsPack(const SessionSettings &settings);
// Which peer classes each address belongs to (see limitLocalPeers).
lt::ip_filter peerClassFilter(bool limitLocalPeers);

} // namespace Revaer::Lt
