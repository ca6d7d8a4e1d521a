#!/usr/bin/env python3
"""Checks installer/macos/Info.plist.in the way plutil would, on Linux:
CMake's placeholders filled as MACOSX_BUNDLE fills them, parsed with
Python's plistlib (Apple's XML property-list format), then checked for what
the bundle must declare: the magnet: URL scheme, the .torrent document type
(and its UTI, with the extension and MIME type), an icon, the identifier
the window's "Make Revaer the default" names (ui/desktopintegration.cpp),
and one localization per translation.

    check_macos_plist.py SOURCE_DIR
"""
import pathlib
import plistlib
import re
import sys

# The variables CMake's MacOSXBundleInfo.plist.in template may use.
KNOWN = {
    "MACOSX_BUNDLE_EXECUTABLE_NAME": "revaer",
    "MACOSX_BUNDLE_ICON_FILE": "revaer.icns",
    "MACOSX_BUNDLE_GUI_IDENTIFIER": "org.revaer.Revaer",
    "MACOSX_BUNDLE_BUNDLE_NAME": "Revaer",
    "MACOSX_BUNDLE_SHORT_VERSION_STRING": "0.1.0",
    "MACOSX_BUNDLE_BUNDLE_VERSION": "0.1.0",
    "MACOSX_BUNDLE_INFO_STRING": "Revaer",
    "MACOSX_BUNDLE_LONG_VERSION_STRING": "0.1.0",
    "MACOSX_BUNDLE_COPYRIGHT": "The Revaer developers",
}


def main():
    source = pathlib.Path(sys.argv[1]).resolve()
    template = (source / "installer" / "macos" / "Info.plist.in").read_text()
    failures = []

    def check(condition, text):
        if not condition:
            failures.append(text)
            print(f"FAIL: {text}")

    unknown = set(re.findall(r"\$\{(\w+)\}", template)) - KNOWN.keys()
    check(not unknown, f"placeholders CMake does not fill: {sorted(unknown)}")
    filled = re.sub(r"\$\{(\w+)\}", lambda m: KNOWN.get(m.group(1), ""), template)
    try:
        plist = plistlib.loads(filled.encode())
    except Exception as error:  # plistlib raises several kinds
        print(f"FAIL: Info.plist.in is not a property list: {error}")
        return 1

    for key in ("CFBundleExecutable", "CFBundleIdentifier", "CFBundleIconFile", "CFBundlePackageType",
                "CFBundleShortVersionString", "CFBundleVersion", "LSMinimumSystemVersion"):
        check(isinstance(plist.get(key), str) and plist[key], f"{key} is missing or empty")
    check(plist.get("CFBundlePackageType") == "APPL", "CFBundlePackageType is not APPL")
    check(plist.get("NSHighResolutionCapable") is True, "NSHighResolutionCapable is not true")

    schemes = [s for t in plist.get("CFBundleURLTypes", []) for s in t.get("CFBundleURLSchemes", [])]
    check("magnet" in schemes, f"the magnet: scheme is not declared (found {schemes})")

    documents = plist.get("CFBundleDocumentTypes", [])
    content_types = [u for d in documents for u in d.get("LSItemContentTypes", [])]
    check("org.bittorrent.torrent" in content_types, "no document type opens org.bittorrent.torrent")
    check(all(d.get("CFBundleTypeRole") in ("Viewer", "Editor") for d in documents), "a document type has no role")

    declared = {d.get("UTTypeIdentifier"): d for d in
                plist.get("UTImportedTypeDeclarations", []) + plist.get("UTExportedTypeDeclarations", [])}
    torrent = declared.get("org.bittorrent.torrent", {})
    tags = torrent.get("UTTypeTagSpecification", {})
    check("torrent" in tags.get("public.filename-extension", []), "org.bittorrent.torrent has no .torrent extension")
    mime = tags.get("public.mime-type")
    check(mime == "application/x-bittorrent" or "application/x-bittorrent" in (mime or []),
          "org.bittorrent.torrent is not application/x-bittorrent")
    check("public.data" in torrent.get("UTTypeConformsTo", []), "org.bittorrent.torrent does not conform to public.data")

    integration = (source / "ui" / "desktopintegration.cpp").read_text()
    check('QStringLiteral("org.revaer.Revaer")' in integration and 'QStringLiteral("org.bittorrent.torrent")' in integration,
          "ui/desktopintegration.cpp names another bundle identifier or type than the plist")
    cmake = (source / "installer" / "CMakeLists.txt").read_text()
    check("MACOSX_BUNDLE_GUI_IDENTIFIER org.revaer.Revaer" in cmake, "installer/CMakeLists.txt sets another identifier")

    languages = sorted(["en"] + [p.stem.split("_", 1)[1] for p in (source / "translations").glob("revaer_*.ts")])
    check(sorted(plist.get("CFBundleLocalizations", [])) == languages,
          f"CFBundleLocalizations {plist.get('CFBundleLocalizations')} are not the translations {languages}")

    if not failures:
        print(f"ok: Info.plist.in parses and declares magnet:, .torrent and {len(languages)} languages")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
