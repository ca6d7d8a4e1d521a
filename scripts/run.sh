#!/usr/bin/env bash
# Fresh machine to running app: installs what is missing, builds, launches Revaer.
# Extra arguments go to revaer (for example a .torrent file or a magnet link).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/ensure-deps.sh" build
"$root/scripts/build.sh"
exec "${REVAER_BUILD_DIR:-$root/build}/bin/revaer" "$@"
