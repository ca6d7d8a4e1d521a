#!/usr/bin/env python3
"""Checks, on Linux, everything of the Windows package that can be checked
without Windows (docs/platforms.md):

  1. installer/windows/revaer.ico is the app icon's PNGs (make-ico.py).
  2. The executable's resources (BUILD/installer/revaer.rc: icon, version,
     manifest) compile with MinGW's windres, and the manifest is well-formed
     and asks for what the comment in it says.
  3. installer/windows/revaer.nsi compiles with makensis, warnings as
     errors, against a dummy payload, into a Windows executable; and it
     registers magnet: and .torrent with the same command line Settings >
     "Make Revaer the default" writes (ui/desktopintegration.cpp).

    check_windows_installer.py BUILD_DIR SOURCE_DIR
"""
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

failures = []


def fail(text):
    failures.append(text)
    print(f"FAIL: {text}")


def check_icon(source):
    windows = source / "installer" / "windows"
    with tempfile.TemporaryDirectory() as work:
        fresh = pathlib.Path(work) / "revaer.ico"
        subprocess.run([sys.executable, str(windows / "make-ico.py"), str(fresh)], check=True, capture_output=True)
        if fresh.read_bytes() != (windows / "revaer.ico").read_bytes():
            fail("installer/windows/revaer.ico is not the PNGs of resources/appicon: run installer/windows/make-ico.py")
        else:
            print("ok: revaer.ico matches resources/appicon")


def check_resources(build, source):
    rc = build / "installer" / "revaer.rc"
    if not rc.is_file():
        fail(f"{rc} was not configured")
        return
    windres = shutil.which("x86_64-w64-mingw32-windres")
    if not windres:
        fail("x86_64-w64-mingw32-windres is missing (Debian binutils-mingw-w64-x86-64)")
        return
    with tempfile.TemporaryDirectory() as work:
        out = pathlib.Path(work) / "revaer.res"
        run = subprocess.run([windres, "-O", "coff", "-i", str(rc), "-o", str(out)], capture_output=True, text=True)
        if run.returncode != 0:
            fail(f"windres rejected {rc}:\n{run.stdout}{run.stderr}")
        elif out.stat().st_size < (source / "installer" / "windows" / "revaer.ico").stat().st_size:
            fail("the compiled resources are smaller than the icon they should hold")
        else:
            print(f"ok: windres compiled {rc.name} ({out.stat().st_size} bytes)")
    manifest = source / "installer" / "windows" / "revaer.manifest"
    tree = ET.parse(manifest)
    text = manifest.read_text()
    for needed in ('level="asInvoker"', ">true</longPathAware>", ">UTF-8</activeCodePage>",
                   "{8e0f7a12-bfb3-4fe8-b9a5-48fd50a15a9a}"):
        if needed not in text:
            fail(f"{manifest.name} lacks {needed}")
    if tree.getroot().tag != "{urn:schemas-microsoft-com:asm.v1}assembly":
        fail(f"{manifest.name}: the root is {tree.getroot().tag}, not an assembly")
    print("ok: the manifest is well-formed")


def check_nsis(source):
    makensis = shutil.which("makensis")
    if not makensis:
        fail("makensis is missing (Debian package nsis)")
        return
    script = source / "installer" / "windows" / "revaer.nsi"
    text = script.read_text()
    # The registration matches the one the window writes for the user.
    integration = (source / "ui" / "desktopintegration.cpp").read_text()
    if 'QStringLiteral("\\"%1\\" \\"%2\\"")' not in integration:
        fail("ui/desktopintegration.cpp's open command changed: compare it with revaer.nsi's")
    for needed in ("Software\\Classes\\magnet\\shell\\open\\command", "Software\\Classes\\.torrent",
                   "'\"$INSTDIR\\${EXE}\" \"%1\"'", "!define PROGID \"Revaer.Torrent\"",
                   "MULTIUSER_INSTALLMODE_COMMANDLINE", "Section /o \"un.Remove my settings"):
        if needed not in text:
            fail(f"revaer.nsi lacks {needed}")
    if 'TorrentProgId = QStringLiteral("Revaer.Torrent")' not in integration:
        fail("the window and the installer name the .torrent ProgID differently")
    with tempfile.TemporaryDirectory() as work:
        payload = pathlib.Path(work) / "payload"
        (payload / "translations").mkdir(parents=True)
        (payload / "revaer.exe").write_bytes(b"MZ dummy")
        (payload / "Qt6Core.dll").write_bytes(b"MZ dummy")
        (payload / "translations" / "qt_de.qm").write_bytes(b"dummy")
        out = pathlib.Path(work) / "revaer-setup.exe"
        run = subprocess.run([makensis, "-V2", "-WX", "-DVERSION=0.1.0", f"-DPAYLOAD={payload}", f"-DOUTFILE={out}",
                              str(script)], capture_output=True, text=True, cwd=work)
        if run.returncode != 0:
            fail(f"makensis rejected revaer.nsi:\n{run.stdout}{run.stderr}")
            return
        data = out.read_bytes()
        if data[:2] != b"MZ" or b"Nullsoft" not in data:
            fail("makensis did not produce an NSIS executable")
            return
        print(f"ok: makensis built the installer ({len(data)} bytes)")
    # Without the required definitions it must refuse, naming them.
    run = subprocess.run([makensis, "-V1", str(script)], capture_output=True, text=True)
    if run.returncode == 0 or "/DVERSION" not in run.stdout + run.stderr:
        fail("revaer.nsi compiled without /DVERSION, or did not say what is missing")


def main():
    build = pathlib.Path(sys.argv[1]).resolve()
    source = pathlib.Path(sys.argv[2]).resolve()
    check_icon(source)
    check_resources(build, source)
    check_nsis(source)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
