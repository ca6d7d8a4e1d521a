#!/usr/bin/env bash
# Installs, with apt-get, every Debian 12 package Revaer needs that is missing.
# As root it installs them; otherwise it prints the exact command to run.
# Usage: scripts/ensure-deps.sh [build|test|bench]   (default: build)
set -euo pipefail

purpose=${1:-build}

build_packages=(
    cmake ninja-build g++ pkg-config ccache
    extra-cmake-modules
    qt6-base-dev qt6-base-dev-tools qt6-svg-dev qt6-httpserver-dev qt6-websockets-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libgl-dev libssl-dev
    libtorrent-rasterbar-dev
    # the window keeps servers' passwords in the platform's keychain
    qtkeychain-qt6-dev
    # (qt6-websockets-dev: Qt HTTP Server's CMake package needs it, though Debian does not say so)
    # Run time: the X11/Wayland platform plugins, the SVG icon engine and Qt's own translations.
    qt6-qpa-plugins qt6-wayland libqt6svg6 qt6-translations-l10n
)
test_packages=(
    xvfb xauth
    # scripts/fuzz.sh: libFuzzer, ASan and UBSan come with clang; clang-format
    # applies .clang-format (cmake --build build --target clang-format)
    clang libclang-rt-14-dev clang-format
    # installer tests: validate the desktop entry and AppStream metadata, build the .deb
    desktop-file-utils appstream dpkg-dev
    # transmission-remote drives a headless Revaer in tests/app/tst_remote; Transmission's
    # web client (transmission-common) in headless Chromium in tests/app/web_client_test.py
    transmission-cli transmission-common chromium chromium-driver openssl python3
    # the window's RemoteEngine against a real transmission-daemon (tests/remote/tst_remoteengine)
    transmission-daemon
    # a local tracker for the tracker tests on real libtorrent
    opentracker
    # a private session bus for the desktop notification test, and a keychain on
    # it for the password test (tests/remote/tst_credentials)
    dbus-daemon gnome-keyring
    # Windows checks from Linux (docs/platforms.md): MinGW-w64 compiles the
    # Windows code (syntax only) and its resources, makensis the installer
    g++-mingw-w64-x86-64-posix binutils-mingw-w64-x86-64 nsis
    # tests/installer/check_workflows.py reads the CI workflows
    python3-yaml
)
bench_packages=(
    python3 opentracker aria2 qbittorrent-nox transmission-daemon curl
    # bench/create_bench.py: torrent creation against transmission-create and mktorrent
    mktorrent
    # scripts/screenshot.py: drive the window under Xvfb and capture it
    xdotool imagemagick
)

wanted=("${build_packages[@]}")
case "$purpose" in
    build) ;;
    test) wanted+=("${test_packages[@]}") ;;
    bench) wanted+=("${test_packages[@]}" "${bench_packages[@]}") ;;
    *) echo "ensure-deps: unknown purpose '$purpose' (use build, test or bench)" >&2; exit 2 ;;
esac

missing=()
for pkg in "${wanted[@]}"; do
    status=$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null || true)
    [ "$status" = "installed" ] || missing+=("$pkg")
done

[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
    echo "Revaer needs these Debian packages: ${missing[*]}" >&2
    echo "Install them with:" >&2
    echo "  sudo apt-get update && sudo apt-get install -y --no-install-recommends ${missing[*]}" >&2
    exit 1
fi

echo "Installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
# Refresh the package lists only when an install from the current lists fails,
# so a machine with fresh lists does not pay for an update.
if ! apt-get install -y --no-install-recommends "${missing[@]}"; then
    apt-get update
    apt-get install -y --no-install-recommends "${missing[@]}"
fi
