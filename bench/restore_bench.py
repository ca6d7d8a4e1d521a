#!/usr/bin/env python3
"""Restore benchmark: 10,000 torrents with resume data.

Generates COUNT small torrents (one 64 KiB file each, complete on disk) with
Revaer resume files and the same torrents in qBittorrent's BT_backup format, then
measures, several runs each, side by side:

  revaer       revaer --headless --stats: time until all are in the session, until
               the first is shown, the longest event-loop stall (worker and main
               thread), peak RSS, and the time from SIGTERM to exit with all
               resume data flushed
  raw          libtorrent alone fed the same resume data, at most 50 adds in flight
  qbittorrent  qbittorrent-nox on the same torrents (time until its Web API lists
               them all, time from SIGTERM to exit)

and an import: the same torrents added as .torrent files with their data already
on disk (no resume data, so everything is checked), by revaer and by raw libtorrent.

Usage: bench/restore_bench.py [--build DIR] [--runs N] [--count N] [--work DIR]
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
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from download_bench import free_port, proc_cpu_seconds, proc_rss_kib, write_revaer_profile  # noqa: E402


def wait_exit(proc, timeout=120):
    deadline = time.monotonic() + timeout
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            return usage
        if time.monotonic() > deadline:
            proc.kill()
            return os.wait4(proc.pid, 0)[2]
        time.sleep(0.002)


def run_revaer(revaer, profile):
    """Restore with revaer --headless --stats, then SIGTERM; returns a dict of figures."""
    start = time.monotonic()
    proc = subprocess.Popen([revaer, "--headless", "--profile", profile, "--stats"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    figures = {}
    lines = []
    for raw in proc.stdout:
        line = raw.decode(errors="replace").rstrip()
        lines.append(line)
        if m := re.match(r"stats: first torrent shown after (\d+) ms", line):
            figures["first shown ms"] = int(m.group(1))
        if m := re.match(r"restored (\d+) torrents in (\d+) ms", line):
            figures["restored"] = int(m.group(1))
            figures["restore ms"] = int(m.group(2))
        if m := re.match(r"stats: restore done after (\d+) ms; longest stall: worker (\d+) ms, main thread (\d+) ms", line):
            figures["all in session ms"] = int(m.group(1))
            figures["worker stall ms"] = int(m.group(2))
            figures["main stall ms"] = int(m.group(3))
            break
    figures["start to restored s"] = time.monotonic() - start
    stop = time.monotonic()
    proc.send_signal(signal.SIGTERM)
    rest = proc.stdout.read().decode(errors="replace")
    usage = wait_exit(proc)
    figures["shutdown s"] = time.monotonic() - stop
    figures["peak RSS MiB"] = usage.ru_maxrss / 1024
    figures["cpu s"] = usage.ru_utime + usage.ru_stime
    if "restored" not in figures:
        raise RuntimeError("revaer did not restore:\n" + "\n".join(lines[-20:]) + rest)
    return figures


def run_raw(tool, resume_dir):
    start = time.monotonic()
    proc = subprocess.Popen([tool, "restore-raw", resume_dir], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    out = proc.stdout.read().decode()
    usage = wait_exit(proc)
    figures = {"process s": time.monotonic() - start, "peak RSS MiB": usage.ru_maxrss / 1024, "cpu s": usage.ru_utime + usage.ru_stime}
    if m := re.search(r"read (\d+) resume files in (\d+) ms", out):
        figures["read ms"] = int(m.group(2))
    if m := re.search(r"added: (\d+) torrents in (\d+) ms", out):
        figures["restore ms"] = int(m.group(2))
    else:
        raise RuntimeError("raw restore failed: " + out)
    return figures


def run_qbittorrent(profile, count):
    config = os.path.join(profile, "qBittorrent", "config")
    os.makedirs(config, exist_ok=True)
    webui = free_port()
    with open(os.path.join(config, "qBittorrent.conf"), "w") as f:
        f.write("[LegalNotice]\nAccepted=true\n"
                "[BitTorrent]\nSession\\DHTEnabled=false\nSession\\LSDEnabled=false\nSession\\PeXEnabled=false\n"
                f"Session\\Port={free_port()}\nSession\\QueueingSystemEnabled=false\n"
                f"[Preferences]\nWebUI\\Port={webui}\nWebUI\\Address=127.0.0.1\nWebUI\\LocalHostAuth=false\n"
                "WebUI\\CSRFProtection=false\nWebUI\\HostHeaderValidation=false\nConnection\\UPnP=false\n")
    start = time.monotonic()
    proc = subprocess.Popen(["qbittorrent-nox", f"--profile={profile}"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    figures = {}
    peak = 0
    while time.monotonic() - start < 600:
        peak = max(peak, proc_rss_kib(proc.pid))
        try:
            # The last torrent exists once all are loaded.
            with urllib.request.urlopen(f"http://127.0.0.1:{webui}/api/v2/torrents/info?limit=1&offset={count - 1}", timeout=5) as r:
                if r.read().strip() not in (b"[]", b""):
                    figures["all listed s"] = time.monotonic() - start
                    break
        except OSError:
            pass
        time.sleep(0.05)
    figures["cpu s"] = proc_cpu_seconds(proc.pid)
    peak = max(peak, proc_rss_kib(proc.pid))
    stop = time.monotonic()
    proc.send_signal(signal.SIGTERM)
    wait_exit(proc, 300)
    figures["shutdown s"] = time.monotonic() - stop
    figures["peak RSS MiB"] = peak / 1024
    return figures


def run_import(command):
    start = time.monotonic()
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    out = proc.stdout.read().decode(errors="replace")
    usage = wait_exit(proc, 900)
    figures = {"import s": time.monotonic() - start, "peak RSS MiB": usage.ru_maxrss / 1024}
    if m := re.search(r"stats: shutdown took (\d+) ms", out):
        figures["shutdown s"] = int(m.group(1)) / 1000
    return figures


def median_table(title, results):
    print(f"\n{title}")
    keys = []
    for runs in results.values():
        for r in runs:
            for k in r:
                if k not in keys:
                    keys.append(k)
    print(f"{'':14s}" + "".join(f"{k:>20s}" for k in keys))
    medians = {}
    for name, runs in results.items():
        row = {}
        for k in keys:
            values = [r[k] for r in runs if k in r]
            row[k] = statistics.median(values) if values else None
        medians[name] = row
        print(f"{name:14s}" + "".join(f"{v:>20.2f}" if v is not None else f"{'-':>20s}" for v in row.values()))
    return medians


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--build", default=os.path.join(ROOT, "build"))
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--count", type=int, default=10000)
    parser.add_argument("--work", default=None)
    parser.add_argument("--no-qbittorrent", action="store_true")
    args = parser.parse_args()

    revaer = os.path.join(args.build, "bin", "revaer")
    tool = os.path.join(args.build, "bin", "revaer-bench-tool")
    work = args.work or tempfile.mkdtemp(prefix="revaer-restore-bench-")
    source = os.path.join(work, "source")
    try:
        if not os.path.exists(os.path.join(source, "revaer", "resume")):
            print(f"generating {args.count} torrents in {source} ...", flush=True)
            subprocess.check_call([tool, "make-profile", source, str(args.count), "64"], stdout=subprocess.DEVNULL)

        restore = {"revaer": [], "raw": []}
        if not args.no_qbittorrent:
            restore["qbittorrent"] = []
        imports = {"revaer": [], "raw": []}
        for run in range(args.runs):
            profile = os.path.join(work, "revaer-run")
            shutil.rmtree(profile, ignore_errors=True)
            write_revaer_profile(profile)
            shutil.copytree(os.path.join(source, "revaer", "resume"), os.path.join(profile, "resume"))
            r = run_revaer(revaer, profile)
            restore["revaer"].append(r)
            print(f"run {run + 1} revaer      {r}", flush=True)

            r = run_raw(tool, os.path.join(source, "revaer", "resume"))
            restore["raw"].append(r)
            print(f"run {run + 1} raw         {r}", flush=True)

            if not args.no_qbittorrent:
                qprofile = os.path.join(work, "qbt-run")
                shutil.rmtree(qprofile, ignore_errors=True)
                shutil.copytree(os.path.join(source, "qbt"), qprofile)
                r = run_qbittorrent(qprofile, args.count)
                restore["qbittorrent"].append(r)
                print(f"run {run + 1} qbittorrent {r}", flush=True)

            # Import with data on disk: every torrent is checked.
            iprofile = os.path.join(work, "import-run")
            shutil.rmtree(iprofile, ignore_errors=True)
            write_revaer_profile(iprofile)
            torrents = sorted(os.path.join(source, "torrents", f) for f in os.listdir(os.path.join(source, "torrents")))
            r = run_import([revaer, "--headless", "--profile", iprofile, "--save-path", os.path.join(source, "data"),
                            "--exit-when-done", "--stats"] + torrents)
            imports["revaer"].append(r)
            print(f"run {run + 1} import revaer {r}", flush=True)
            r = run_import([tool, "import-raw", os.path.join(source, "torrents"), os.path.join(source, "data")])
            imports["raw"].append(r)
            print(f"run {run + 1} import raw    {r}", flush=True)

        m = median_table(f"Restoring {args.count} torrents, median of {args.runs} runs", restore)
        print(f"\nrevaer all in session: {m['revaer']['all in session ms'] / 1000:.2f} s (goal 5 s); raw libtorrent's adds: "
              f"{m['raw']['restore ms'] / 1000:.2f} s, its whole process {m['raw']['process s']:.2f} s")
        print(f"revaer longest stall: worker {m['revaer']['worker stall ms']:.0f} ms, main thread {m['revaer']['main stall ms']:.0f} ms "
              f"(goal 100 ms); shutdown {m['revaer']['shutdown s']:.2f} s (goal 5 s)")
        if "qbittorrent" in m and m["qbittorrent"].get("all listed s"):
            print(f"revaer / qbittorrent, time until all are loaded: "
                  f"{m['revaer']['start to restored s'] / m['qbittorrent']['all listed s']:.2f}; shutdown: "
                  f"{m['revaer']['shutdown s'] / m['qbittorrent']['shutdown s']:.2f}")
        im = median_table(f"Importing {args.count} torrents whose data is on disk (all checked), median of {args.runs} runs", imports)
        print(f"\nrevaer / raw import: {im['revaer']['import s'] / im['raw']['import s']:.2f}")
    finally:
        if not args.work:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
