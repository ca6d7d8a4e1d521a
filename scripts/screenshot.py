#!/usr/bin/env python3
"""Takes docs/screenshot.png: the real window under Xvfb with a few real torrents.

Makes six torrents, seeds them from 127.0.0.2.. through a local opentracker,
starts `revaer` on a fresh profile (downloads capped at 8 MiB/s so progress is
visible) under Xvfb, lets them download, pauses one and selects another with
real key presses (xdotool), and captures the screen with ImageMagick's
`import`. Everything it starts it stops, by PID.

With --truth it takes three more pictures instead, of what the window says
about torrents that do not move: docs/stalled.png (a torrent whose only tracker
refuses, shown Stalled with its reason in the General tab), docs/trackers.png
(the Trackers tab of a working torrent: DHT, PeX and LSD rows, per-address
status, the next announce as a count-down) and docs/log.png (View > Log).

Needs the bench packages: scripts/ensure-deps.sh bench
With --language de the window speaks German and writes its figures with a
decimal comma (docs/screenshot-de.png: --language de --out docs/screenshot-de.png).

Usage: scripts/screenshot.py [--build DIR] [--out FILE] [--wait SECONDS] [--truth] [--language LANG]
"""

import argparse
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "bench"))
from download_bench import Seeder, Tracker, free_port, write_revaer_profile  # noqa: E402

TORRENTS = [
    ("debian-12.8.0-amd64-DVD-1.iso", 420),
    ("Big.Buck.Bunny.2008.1080p.mkv", 260),
    ("blender-4.2.3-linux-x64.tar.xz", 40),
    ("openstreetmap-europe-latest.osm.pbf", 330),
    ("wikipedia_en_simple_all_2026-11.zim", 180),
    ("Sintel.2010.4K.mkv", 360),
]
SCREEN = (1200, 760) # the window's default size
TRACKERS_TAB = (333, 422)  # where the details panel's Trackers tab sits in that window


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--build", default=os.path.join(ROOT, "build"))
    parser.add_argument("--out", default=os.path.join(ROOT, "docs", "screenshot.png"))
    parser.add_argument("--wait", type=float, default=25)
    parser.add_argument("--display", default=":97")
    parser.add_argument("--truth", action="store_true", help="stalled.png, trackers.png and log.png instead")
    parser.add_argument("--language", default="", help="the window's language, e.g. de (Settings > Interface)")
    args = parser.parse_args()

    revaer = os.path.join(args.build, "bin", "revaer")
    tool = os.path.join(args.build, "bin", "revaer-bench-tool")
    work = tempfile.mkdtemp(prefix="revaer-screenshot-")
    started = []
    xvfb = tracker = None
    seeders = []
    try:
        xvfb = subprocess.Popen(["Xvfb", args.display, "-screen", "0", f"{SCREEN[0]}x{SCREEN[1]}x24", "-nolisten", "tcp"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        env = dict(os.environ, DISPLAY=args.display)
        env.pop("QT_QPA_PLATFORM", None)

        tracker_port = free_port()
        url = f"http://127.0.0.1:{tracker_port}/announce"
        torrents, hashes = [], []
        for i, (name, mib) in enumerate(TORRENTS):
            content = os.path.join(work, "content", str(i))
            torrent = os.path.join(work, name + ".torrent")
            hashes.append(subprocess.check_output([tool, "make", content, name, str(mib), url, torrent]).decode().strip())
            torrents.append((torrent, content))
        stalled = None
        if args.truth:
            # A torrent nobody seeds, whose only tracker refuses connections.
            dead = f"http://127.0.0.1:{free_port()}/announce"
            stalled = os.path.join(work, "nobody-seeds-this.iso.torrent")
            subprocess.check_output([tool, "make", os.path.join(work, "content", "stalled"), "nobody-seeds-this.iso", "30", dead, stalled])
        tracker = Tracker(work, tracker_port, "\n".join(hashes))
        for i, (torrent, content) in enumerate(torrents):
            seeders.append(Seeder(tool, torrent, content, f"127.0.0.{i + 2}"))
        for h in hashes:
            tracker.wait_for_seeds(h)

        profile = os.path.join(work, "profile")
        downloads = os.path.join(work, "Downloads")
        os.makedirs(downloads)
        write_revaer_profile(profile)
        with open(os.path.join(profile, "revaer.ini"), "a") as f:
            f.write("[Speed]\ndownloadLimitKiB=8192\n[Interface]\nshowAddDialog=false\nofferedDefaultHandler=true\n")
            if args.language:
                f.write(f"language={args.language}\n")
            if args.truth:  # all seven run at once: the stalled one is not held in the queue
                f.write("[BitTorrent]\nmaxActiveDownloads=10\n")
        sources = [t for t, _ in torrents] + ([stalled] if stalled else [])
        app = subprocess.Popen([revaer, "--profile", profile, "--save-path", downloads] + sources, env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        started.append(app)

        def key(*keys):
            subprocess.run(["xdotool", "key", "--clearmodifiers"] + list(keys), env=env, check=False)
            time.sleep(0.4)

        time.sleep(4)

        def click(x, y):
            subprocess.run(["xdotool", "mousemove", str(x), str(y), "click", "1"], env=env, check=False)
            time.sleep(0.4)

        # Xvfb has no window manager: the window sits at 0,0 in its default
        # size, with the list's first row at y=109 and 18 px per row. Pause
        # the fifth torrent with its shortcut, then select the first one for
        # the details panel.
        def shoot(path):
            subprocess.run(["import", "-window", "root", path], env=env, check=True)
            print(f"wrote {path}")

        if args.truth:
            docs = os.path.join(ROOT, "docs")
            time.sleep(max(args.wait, 26))  # stalled after 20 s without data
            click(300, 109 + 6 * 18)  # the stalled torrent, last in the list
            time.sleep(2.5)  # the General tab's status fills with its next refresh
            shoot(os.path.join(docs, "stalled.png"))
            click(300, 109)
            click(TRACKERS_TAB[0], TRACKERS_TAB[1])
            time.sleep(3)
            shoot(os.path.join(docs, "trackers.png"))
            time.sleep(45)  # the dead tracker's third failure makes a warning
            key("ctrl+shift+l")
            time.sleep(1.5)
            shoot(os.path.join(docs, "log.png"))
            return

        click(300, 109 + 4 * 18)
        key("ctrl+p")
        click(300, 109)
        time.sleep(args.wait)
        shoot(args.out)
    finally:
        for proc in started:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
        for s in seeders:
            s.stop()
        if tracker:
            tracker.stop()
        if xvfb:
            xvfb.terminate()
            xvfb.wait()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
