#!/usr/bin/env python3
"""The window at scale: launch with 10,000 torrents restoring, and the transfer list.

1. Launch: generates COUNT small torrents with Revaer resume files, then starts the
   real app (`revaer --profile DIR --stats`, offscreen unless --display is given)
   several times and reads what it prints: when the window was shown, when the
   restore's progress became visible in its status bar, when every torrent was in
   the list, the GUI thread's longest stall meanwhile, and how long SIGTERM took to
   a clean exit. Side by side in the same run: `revaer --headless --stats` on the
   same torrents (the engine without a window), so the ratio is the window's cost.
2. The transfer list: runs revaer-ui-bench (10,000 rows, 1,000 changing at 10 Hz,
   sorting and filtering), which prints its own figures against a
   QStandardItemModel baseline.

Usage: bench/window_bench.py [--build DIR] [--runs N] [--count N] [--work DIR]
"""

import argparse
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from download_bench import write_revaer_profile  # noqa: E402
from restore_bench import run_revaer, wait_exit  # noqa: E402


def run_window(revaer, profile, env):
    """Starts the window on `profile`, waits for the restore, then SIGTERM."""
    start = time.monotonic()
    proc = subprocess.Popen([revaer, "--profile", profile, "--stats"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env)
    figures = {}
    lines = []
    for raw in proc.stdout:
        line = raw.decode(errors="replace").rstrip()
        lines.append(line)
        if m := re.match(r"stats: window shown after (\d+) ms", line):
            figures["window shown ms"] = int(m.group(1))
            figures["launch to shown ms"] = round((time.monotonic() - start) * 1000)
        if m := re.match(r"stats: restore progress visible after (\d+) ms", line):
            figures["progress visible ms"] = int(m.group(1))
        if m := re.match(r"stats: restore done after (\d+) ms; (\d+) rows in the list; longest stall: worker (\d+) ms, window (\d+) ms",
                         line):
            figures["all listed ms"] = int(m.group(1))
            figures["rows"] = int(m.group(2))
            figures["worker stall ms"] = int(m.group(3))
            figures["window stall ms"] = int(m.group(4))
            break
    stop = time.monotonic()
    proc.send_signal(signal.SIGTERM)
    rest = proc.stdout.read().decode(errors="replace")
    usage = wait_exit(proc)
    figures["shutdown s"] = time.monotonic() - stop
    figures["process s"] = stop - start
    figures["peak RSS MiB"] = usage.ru_maxrss / 1024
    if "all listed ms" not in figures:
        raise RuntimeError("the window did not restore:\n" + "\n".join(lines[-20:]) + rest)
    if m := re.search(r"stats: shutdown took (\d+) ms", rest):
        figures["engine stop ms"] = int(m.group(1))
    return figures


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--build", default=os.path.join(ROOT, "build"))
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--count", type=int, default=10000)
    parser.add_argument("--work", default=None)
    parser.add_argument("--display", default=None, help="an X display (e.g. :99) instead of the offscreen platform")
    parser.add_argument("--skip-list", action="store_true", help="skip the transfer-list benchmark")
    args = parser.parse_args()

    revaer = os.path.join(args.build, "bin", "revaer")
    tool = os.path.join(args.build, "bin", "revaer-bench-tool")
    uibench = os.path.join(args.build, "bin", "revaer-ui-bench")
    for binary in (revaer, tool, uibench):
        if not os.path.exists(binary):
            sys.exit(f"{binary} is missing: build first (scripts/build.sh)")
    env = dict(os.environ)
    if args.display:
        env["DISPLAY"] = args.display
        env.pop("QT_QPA_PLATFORM", None)
    else:
        env["QT_QPA_PLATFORM"] = "offscreen"

    work = args.work or tempfile.mkdtemp(prefix="revaer-window-bench-")
    source = os.path.join(work, "source")
    try:
        if not os.path.exists(os.path.join(source, "revaer", "resume")):
            print(f"generating {args.count} torrents in {source} ...", flush=True)
            subprocess.check_call([tool, "make-profile", source, str(args.count), "64"], stdout=subprocess.DEVNULL)

        results = {"window": [], "headless": []}
        for run in range(args.runs):
            for kind in ("window", "headless"):
                profile = os.path.join(work, f"{kind}-run")
                shutil.rmtree(profile, ignore_errors=True)
                write_revaer_profile(profile)
                shutil.copytree(os.path.join(source, "revaer", "resume"), os.path.join(profile, "resume"))
                r = run_window(revaer, profile, env) if kind == "window" else run_revaer(revaer, profile)
                results[kind].append(r)
                print(f"run {run + 1} {kind:9s} {r}", flush=True)

        def med(kind, key):
            values = [r[key] for r in results[kind] if key in r]
            return statistics.median(values) if values else float("nan")

        print(f"\nLaunching the window with {args.count} torrents to restore, median of {args.runs} runs")
        print(f"  launch to window shown      {med('window', 'launch to shown ms'):8.0f} ms   (goal 1000 ms; "
              f"{med('window', 'window shown ms'):.0f} ms of it after main() began)")
        print(f"  restore progress visible    {med('window', 'progress visible ms'):8.0f} ms")
        print(f"  all {args.count} in the list     {med('window', 'all listed ms'):8.0f} ms   "
              f"(headless, no window: {med('headless', 'all in session ms'):.0f} ms; ratio "
              f"{med('window', 'all listed ms') / med('headless', 'all in session ms'):.2f})")
        print(f"  longest GUI-thread stall    {med('window', 'window stall ms'):8.0f} ms   "
              f"(headless main thread: {med('headless', 'main stall ms'):.0f} ms)")
        print(f"  SIGTERM to exit             {med('window', 'shutdown s'):8.2f} s    "
              f"(headless: {med('headless', 'shutdown s'):.2f} s)")
        print(f"  peak RSS                    {med('window', 'peak RSS MiB'):8.0f} MiB  "
              f"(headless: {med('headless', 'peak RSS MiB'):.0f} MiB)", flush=True)

        if not args.skip_list:
            print("\nThe transfer list (revaer-ui-bench):", flush=True)
            subprocess.check_call([uibench, "--rounds", str(max(3, args.runs))], env=env, stderr=subprocess.DEVNULL)
    finally:
        if not args.work:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
