#!/usr/bin/env bash
# Configures and builds Revaer into build/ (or $REVAER_BUILD_DIR).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${REVAER_BUILD_DIR:-$root/build}
build_type=${REVAER_BUILD_TYPE:-RelWithDebInfo}
jobs=${REVAER_JOBS:-$(nproc)}

if [ ! -f "$build_dir/build.ninja" ]; then
    cmake -S "$root" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE="$build_type" "$@"
fi
cmake --build "$build_dir" --parallel "$jobs"
