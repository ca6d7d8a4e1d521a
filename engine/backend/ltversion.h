#pragma once

#include <QString>

namespace Revaer {

// The libtorrent this build runs on ("2.0.8.0"), for Help > About and bug
// reports; the UI never includes a libtorrent header.
QString libtorrentVersion();

} // namespace Revaer
