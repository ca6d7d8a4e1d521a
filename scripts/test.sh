#!/usr/bin/env bash
# Fresh machine to test results: installs what is missing, builds, and runs
# every test through ctest; then the same suite built with AddressSanitizer
# and UndefinedBehaviorSanitizer, and every fuzz target for a bounded time.
#
#   scripts/test.sh            everything (what CI runs)
#   scripts/test.sh -R ui-     only the matching tests of the plain build
#
# REVAER_SANITIZE=0 skips the sanitizer stage, REVAER_FUZZ_SECONDS=0 the fuzz
# stage (default 30 s per target).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/ensure-deps.sh" test
"$root/scripts/build.sh"
build=${REVAER_BUILD_DIR:-$root/build}
run_ctest() {
    (cd "$1" && shift && QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel "${REVAER_TEST_JOBS:-2}" --timeout 900 "$@")
}
echo "== tests"
run_ctest "$build" "$@"
# Arguments pick tests of the plain build: the other stages are for a full run.
[ $# -eq 0 ] || exit 0

if [ "${REVAER_SANITIZE:-1}" != 0 ]; then
    echo "== tests under AddressSanitizer and UndefinedBehaviorSanitizer"
    # -O1: sanitized code at -O2 takes twice as long to build for little gain.
    # GCC's "undefined" leaves out float-cast-overflow (a client's 1e300 cast
    # to int): asked for by name.
    REVAER_BUILD_DIR="${REVAER_SANITIZE_BUILD_DIR:-$root/build-asan}" "$root/scripts/build.sh" \
        "-DECM_ENABLE_SANITIZERS=address;undefined" -DREVAER_BUILD_BENCH=OFF \
        "-DCMAKE_CXX_FLAGS=-fsanitize=float-cast-overflow" \
        "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -g1 -DNDEBUG"
    ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1 \
    UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    LSAN_OPTIONS="suppressions=$root/tests/lsan.supp:print_suppressions=0" \
        run_ctest "${REVAER_SANITIZE_BUILD_DIR:-$root/build-asan}"
fi

if [ "${REVAER_FUZZ_SECONDS:-30}" != 0 ]; then
    echo "== fuzzing"
    "$root/scripts/fuzz.sh" "${REVAER_FUZZ_SECONDS:-30}"
fi
