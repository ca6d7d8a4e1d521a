#!/usr/bin/env bash
# Builds the fuzz targets (tests/fuzz/README.md) with clang, libFuzzer, ASan
# and UBSan into build-fuzz/ and runs each for a bounded time on a copy of its
# seed corpus. Exits non-zero when any target finds a crash, a leak, undefined
# behaviour or a broken invariant; the input is left in
# build-fuzz/findings/<target>/.
# Usage: scripts/fuzz.sh [seconds per target]   (default 30, or $REVAER_FUZZ_SECONDS)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
seconds=${1:-${REVAER_FUZZ_SECONDS:-30}}
build=${REVAER_FUZZ_BUILD_DIR:-$root/build-fuzz}
jobs=${REVAER_JOBS:-$(nproc)}

if [ ! -f "$build/build.ninja" ]; then
    CC=clang CXX=clang++ cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DREVAER_FUZZ=ON -DREVAER_WERROR=OFF -DBUILD_TESTING=OFF
fi
cmake --build "$build" --parallel "$jobs"

# Every target has a seed corpus folder of its own name.
targets=$(cd "$root/tests/fuzz/corpus" && ls -d fuzz_*)

failed=()
for target in $targets; do
    work="$build/findings/$target"
    rm -rf "$work"
    mkdir -p "$work/corpus"
    cp -r "$root/tests/fuzz/corpus/$target/." "$work/corpus/"
    echo "== $target: ${seconds}s"
    if ! (cd "$work" && QT_QPA_PLATFORM=offscreen \
            ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:allocator_may_return_null=1 \
            UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
            "$build/bin/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2560 \
            -print_final_stats=1 corpus > log.txt 2>&1); then
        failed+=("$target")
        tail -n 60 "$work/log.txt"
    else
        grep -E "^stat::number_of_executed_units|^Done" "$work/log.txt" | tr '\n' ' '
        echo
    fi
done

if [ ${#failed[@]} -gt 0 ]; then
    echo "fuzz.sh: findings in: ${failed[*]} (inputs in $build/findings/<target>/)" >&2
    exit 1
fi
echo "fuzz.sh: every target ran ${seconds}s without a finding"
