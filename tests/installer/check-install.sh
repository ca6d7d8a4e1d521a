#!/usr/bin/env bash
# Installs the build into a throwaway prefix and checks what a package ships:
# the executable runs, the desktop entry and AppStream metadata are valid, the
# icon is there; then builds the .deb and checks its contents and dependencies.
# Usage: check-install.sh BUILD_DIR
set -euo pipefail
build=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cmake --install "$build" --prefix "$work/prefix" > "$work/install.log"
prefix=$work/prefix
fail() { echo "FAIL: $*" >&2; exit 1; }

[ -x "$prefix/bin/revaer" ] || fail "bin/revaer was not installed"
"$prefix/bin/revaer" --version | grep -q '^revaer [0-9]' || fail "the installed revaer does not run"
desktop=$prefix/share/applications/org.revaer.Revaer.desktop
metainfo=$prefix/share/metainfo/org.revaer.Revaer.metainfo.xml
icon=$prefix/share/icons/hicolor/scalable/apps/org.revaer.Revaer.svg
icon48=$prefix/share/icons/hicolor/48x48/apps/org.revaer.Revaer.png
categories=$(ls "$prefix"/share/qlogging-categories*/revaer.categories 2> /dev/null || echo "$prefix/share/qlogging-categories/revaer.categories")
for f in "$desktop" "$metainfo" "$icon" "$icon48" "$categories"; do
    [ -f "$f" ] || fail "$f was not installed"
done
grep -q '^revaer.alerts ' "$categories" || fail "$categories does not list revaer.alerts"
grep -q '^MimeType=application/x-bittorrent;x-scheme-handler/magnet;$' "$desktop" || fail "the desktop entry does not claim magnet: and .torrent"
if command -v desktop-file-validate > /dev/null; then
    desktop-file-validate "$desktop" || fail "desktop-file-validate rejected $desktop"
fi
if command -v appstreamcli > /dev/null; then
    appstreamcli validate --no-net "$metainfo" > "$work/appstream.log" 2>&1 || { cat "$work/appstream.log"; fail "appstreamcli rejected $metainfo"; }
fi

# The Debian package.
if command -v dpkg-deb > /dev/null && command -v dpkg-shlibdeps > /dev/null; then
    (cd "$build" && cpack -G DEB -B "$work/package" > "$work/cpack.log" 2>&1) || { cat "$work/cpack.log"; fail "cpack could not build the .deb"; }
    deb=$(ls "$work"/package/*.deb)
    dpkg-deb --contents "$deb" > "$work/contents"
    for f in ./usr/bin/revaer ./usr/share/applications/org.revaer.Revaer.desktop ./usr/share/metainfo/org.revaer.Revaer.metainfo.xml; do
        grep -q " $f\$" "$work/contents" || fail "$f is missing from $(basename "$deb")"
    done
    depends=$(dpkg-deb --field "$deb" Depends)
    for lib in libtorrent-rasterbar libqt6widgets6 libqt6svg6; do
        echo "$depends" | grep -q "$lib" || fail "$(basename "$deb") does not depend on $lib: $depends"
    done
    echo "$(basename "$deb"): $(du -h "$deb" | cut -f1), Depends: $depends"
fi
echo "install and package: OK"
