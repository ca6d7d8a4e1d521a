#!/usr/bin/env python3
"""Writes installer/windows/revaer.ico from resources/appicon/*.png.

The .ico holds the PNGs as they are (Windows Vista and later read PNG
entries), so it is exactly the icon the Linux packages install. Run it after
the PNGs change; tests/installer/check_windows_resources.py checks that the
committed .ico matches them.

    python3 installer/windows/make-ico.py [OUTPUT]
"""
import pathlib
import re
import struct
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]


def png_size(data):
    if data[:8] != b"\x89PNG\r\n\x1a\n" or data[12:16] != b"IHDR":
        raise ValueError("not a PNG")
    return struct.unpack(">II", data[16:24])


def build_ico(pngs):
    entries = []
    for path in pngs:
        data = path.read_bytes()
        width, height = png_size(data)
        if width != height or width > 256:
            raise ValueError(f"{path}: {width}x{height}, an icon is square and at most 256")
        entries.append((width, data))
    entries.sort()
    header = struct.pack("<HHH", 0, 1, len(entries))
    offset = len(header) + 16 * len(entries)
    directory = b""
    images = b""
    for width, data in entries:
        side = 0 if width == 256 else width  # 0 means 256
        directory += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset + len(images))
        images += data
    return header + directory + images


def app_icon_pngs():
    folder = ROOT / "resources" / "appicon"
    # .ico entries stop at 256 pixels; the 512 is for macOS.
    sizes = [(int(re.match(r"\d+", p.name).group()), p) for p in folder.glob("*-apps-org.revaer.Revaer.png")]
    return [p for size, p in sorted(sizes) if size <= 256]


def main():
    output = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "installer" / "windows" / "revaer.ico"
    output.write_bytes(build_ico(app_icon_pngs()))
    print(f"wrote {output}")


if __name__ == "__main__":
    main()
