#!/usr/bin/env bash
# Fresh machine to test results: installs what is missing, builds, runs every test through ctest.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/ensure-deps.sh" test
"$root/scripts/build.sh"
cd "${REVAER_BUILD_DIR:-$root/build}"
QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel "${REVAER_TEST_JOBS:-2}" --timeout 600 "$@"
