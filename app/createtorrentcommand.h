#pragma once

#include "commandline.h"

class QTextStream;

namespace Revaer {

// revaer --create-torrent PATH --output FILE [...]: hashes PATH (printing
// progress at most once a second), writes FILE (never over an existing file,
// and whole or not at all) and prints its info-hash and magnet link. Returns
// the exit code: 0, or 2 with the reason on `err`.
int createTorrentFromCommandLine(const CommandLine::Create &create, QTextStream &out, QTextStream &err);

} // namespace Revaer
