#pragma once

// The libtorrent settings Revaer runs with. Shared by LibtorrentSession and
// the benchmark's raw-libtorrent client, so both run with the same settings.

#include "sessionsettings.h"

#include <libtorrent/ip_filter.hpp>
#include <libtorrent/settings_pack.hpp>

namespace Revaer::Lt {

lt::settings_pack settingsPack(const SessionSettings &settings);
// While any cap is in force, libtorrent ticks and requests in shorter steps:
// with its defaults a capped download swung ±30% over seconds on one fast peer.
lt::settings_pack limiterPrecision(bool capped);
// Which peer classes each address belongs to (see limitLocalPeers).
lt::ip_filter peerClassFilter(bool limitLocalPeers);

} // namespace Revaer::Lt
