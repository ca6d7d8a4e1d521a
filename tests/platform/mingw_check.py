#!/usr/bin/env python3
"""Checks Revaer's Windows code with MinGW-w64's g++ as a syntax-only pass.

No Windows machine and no Windows build of Qt or libtorrent are available
here, so this is the closest check there is: every source file of the
engine, the remote-control code, the window and the executable (and the
files moc generated for them) is compiled for x86_64-w64-mingw32 with
-fsyntax-only, against Qt's and libtorrent's own headers (the same headers
Windows uses; Qt's configuration headers are this Linux build's), with
-Werror. The Windows branches (#ifdef Q_OS_WIN, engine/platform/
platform_windows.cpp in place of platform_posix.cpp) are parsed, type-checked
and their templates instantiated against MinGW's Win32 headers. Nothing is
linked, so a missing library or a wrong calling convention at link time is
not found: docs/platforms.md says what stays unverified.

    tests/platform/mingw_check.py BUILD_DIR SOURCE_DIR [--jobs N]

The flags come from BUILD_DIR/compile_commands.json (the Linux build), with
the Linux-only parts swapped for Windows ones.
"""
import argparse
import concurrent.futures
import json
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
import time

COMPILER = "x86_64-w64-mingw32-g++-posix"
# Qt's MinGW builds define these (qmake's win32-g++ spec, Qt's CMake files).
WINDOWS_FLAGS = [
    "-fsyntax-only",
    "-DUNICODE",
    "-D_UNICODE",
    "-DWIN32",
    "-DWIN64",
    "-D_WIN64",
    "-DMINGW_HAS_SECURE_API=1",
    "-D_WIN32_WINNT=0x0A00",  # Windows 10, what Qt 6 needs
    "-DWINVER=0x0A00",
    # Qt's headers declare some friends once with Q_CORE_EXPORT and once
    # without; GCC warns when dllimport is dropped. A header matter, not ours.
    "-Wno-attributes",
    "-fdiagnostics-color=never",
]
DROPPED_FLAGS = {"-fPIC", "-D_GNU_SOURCE", "-D_LARGEFILE64_SOURCE", "-fdiagnostics-color=always", "-c"}
CHECKED_FOLDERS = ("engine", "remote", "ui", "app")


def windows_command(entry, source_dir, build_dir, system_includes):
    args = entry["arguments"] if "arguments" in entry else shlex.split(entry["command"])
    path = os.path.normpath(os.path.join(entry["directory"], entry["file"]))
    if path.endswith(os.path.join("platform", "platform_posix.cpp")):
        path = path.replace("platform_posix.cpp", "platform_windows.cpp")
    result = [COMPILER]
    skip = False
    for arg in args[1:]:
        if skip:
            skip = False
            continue
        if arg == "-o":
            skip = True
            continue
        if arg in DROPPED_FLAGS or arg == entry["file"] or os.path.normpath(os.path.join(entry["directory"], arg)) == os.path.normpath(os.path.join(entry["directory"], entry["file"])):
            continue
        result.append(arg.replace("mkspecs/linux-g++", "mkspecs/win32-g++"))
    result += WINDOWS_FLAGS
    result += ["-isystem", system_includes]
    result.append(path)
    return path, result


def selected(entry, source_dir, build_dir):
    path = os.path.normpath(os.path.join(entry["directory"], entry["file"]))
    for folder in CHECKED_FOLDERS:
        if path.startswith(os.path.join(source_dir, folder) + os.sep):
            return True
        # moc's output for those folders' classes
        if path.startswith(os.path.join(build_dir, folder) + os.sep) and path.endswith("mocs_compilation.cpp"):
            return True
    return False


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("build_dir")
    parser.add_argument("source_dir")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    options = parser.parse_args()
    build_dir = os.path.realpath(options.build_dir)
    source_dir = os.path.realpath(options.source_dir)

    if not shutil.which(COMPILER):
        print(f"mingw-check: {COMPILER} is missing (Debian package g++-mingw-w64-x86-64-posix; "
              "scripts/ensure-deps.sh test installs it)", file=sys.stderr)
        return 1
    database = os.path.join(build_dir, "compile_commands.json")
    with open(database) as f:
        entries = [e for e in json.load(f) if selected(e, source_dir, build_dir)]
    if not entries:
        print(f"mingw-check: no Revaer sources in {database}", file=sys.stderr)
        return 1

    # libtorrent, Boost, OpenSSL and QtKeychain headers are found in /usr/include on
    # Debian; MinGW must not see the rest of that folder (glibc's headers),
    # so a folder of links gives it only these.
    with tempfile.TemporaryDirectory(prefix="revaer-mingw-") as staging:
        for name in ("libtorrent", "boost", "openssl", "qt6keychain"):
            os.symlink(os.path.join("/usr/include", name), os.path.join(staging, name))
        # OpenSSL's configuration header lives in the multiarch folder.
        arch_openssl = "/usr/include/x86_64-linux-gnu/openssl"
        if os.path.isdir(arch_openssl):
            os.makedirs(os.path.join(staging, "arch"), exist_ok=True)
            os.symlink(arch_openssl, os.path.join(staging, "arch", "openssl"))
        commands = {}
        for entry in entries:
            path, command = windows_command(entry, source_dir, build_dir, staging)
            if os.path.isdir(os.path.join(staging, "arch")):
                command[-1:-1] = ["-idirafter", os.path.join(staging, "arch")]
            commands[path] = (entry["directory"], command)

        started = time.monotonic()
        failures = []

        def check(item):
            path, (directory, command) = item
            run = subprocess.run(command, cwd=directory, capture_output=True, text=True)
            return path, run.returncode, run.stdout + run.stderr

        with concurrent.futures.ThreadPoolExecutor(max_workers=options.jobs) as pool:
            for path, code, output in pool.map(check, sorted(commands.items())):
                shown = os.path.relpath(path, source_dir if path.startswith(source_dir) else build_dir)
                if code != 0:
                    failures.append(shown)
                    print(f"FAIL {shown}\n{output}")
                elif output.strip():
                    print(f"warn {shown}\n{output}")
        windows_only = sum(1 for p in commands if p.endswith("_windows.cpp"))
        print(f"mingw-check: {len(commands)} files ({windows_only} Windows-only) for x86_64-w64-mingw32 "
              f"in {time.monotonic() - started:.0f} s: {len(failures)} failed")
        return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
