#!/usr/bin/env bash
# Builds Revaer and makes the platform's package in build/ (or $REVAER_BUILD_DIR):
# a .deb on Debian (`sudo apt install ./build/revaer_*.deb` installs it with its
# dependencies). Other platforms: run `cpack` in the build folder (NSIS on
# Windows, a disk image on macOS; see installer/CMakeLists.txt).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${REVAER_BUILD_DIR:-$root/build}
"$root/scripts/ensure-deps.sh" test
"$root/scripts/build.sh"
(cd "$build_dir" && cpack -G DEB)
ls -1 "$build_dir"/revaer_*.deb
