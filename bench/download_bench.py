#!/usr/bin/env python3
"""Download benchmark: one 1 GiB torrent from one seeder on loopback.

Seeds a generated 1 GiB payload from a raw-libtorrent seeder on 127.0.0.2 (its own
loopback address, announced to a local opentracker), then downloads it in turn with

  revaer      revaer --headless --exit-when-done (process start to exit)
  raw         a minimal raw-libtorrent client with Revaer's settings (start to exit)
  aria2c      aria2c --seed-time=0 (start to exit)
  qbittorrent qbittorrent-nox, driven through its Web API (add to complete)

several runs each, interleaved, and prints the median wall time, MB/s, CPU seconds
and peak RSS of each, with Revaer's ratio to each. Everything talks to 127.0.0.x only.

Usage: bench/download_bench.py [--build DIR] [--runs N] [--size-mib N] [--work DIR]
       [--clients revaer,raw,aria2c,qbittorrent]
"""

import argparse
import json
import os
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
import uuid

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def free_port(address="127.0.0.1"):
    with socket.socket() as s:
        s.bind((address, 0))
        return s.getsockname()[1]


class Measurement:
    def __init__(self, wall, cpu, rss_kib):
        self.wall, self.cpu, self.rss_kib = wall, cpu, rss_kib


def run_process(argv, cwd=None, timeout=600, env=None):
    """Runs argv to completion; returns (Measurement, exit code, output)."""
    start = time.monotonic()
    proc = subprocess.Popen(argv, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    deadline = start + timeout
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        if time.monotonic() > deadline:
            proc.kill()
            pid, status, usage = os.wait4(proc.pid, 0)
            break
        time.sleep(0.005)
    wall = time.monotonic() - start
    output = proc.stdout.read().decode(errors="replace")
    code = os.waitstatus_to_exitcode(status)
    return Measurement(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss), code, output


def proc_cpu_seconds(pid):
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    ticks = os.sysconf("SC_CLK_TCK")
    return (int(fields[11]) + int(fields[12])) / ticks


def proc_rss_kib(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


class Tracker:
    """opentracker on 127.0.0.1 with a whitelist holding the payload's info-hash."""

    def __init__(self, work, port, info_hash):
        self.port = port
        self.dir = os.path.join(work, "tracker")
        os.makedirs(self.dir, exist_ok=True)
        whitelist = os.path.join(self.dir, "whitelist")
        with open(whitelist, "w") as f:
            f.write(info_hash + "\n")
        config = os.path.join(self.dir, "opentracker.conf")
        # opentracker chroots into its working folder (-d) before it reads the
        # whitelist, so the whitelist is named relative to that folder.
        with open(config, "w") as f:
            f.write(f"listen.tcp_udp 127.0.0.1:{self.port}\naccess.whitelist whitelist\n")
        self.proc = subprocess.Popen(["opentracker", "-d", self.dir, "-f", config], cwd=self.dir,
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(0.5)

    def wait_for_seeds(self, info_hash, timeout=30):
        query = urllib.parse.quote(bytes.fromhex(info_hash))
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/scrape?info_hash={query}", timeout=5) as r:
                match = re.search(rb"8:completei(\d+)e", r.read())
                if match and int(match.group(1)) > 0:
                    return
            time.sleep(0.1)
        raise RuntimeError("the seeder never announced to the tracker")

    def stop(self):
        self.proc.terminate()
        self.proc.wait()


class Seeder:
    def __init__(self, tool, torrent, content_dir, address):
        self.proc = subprocess.Popen([tool, "seed", torrent, content_dir, f"{address}:0"],
                                     stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        line = self.proc.stdout.readline().decode()
        if not line.startswith("listening"):
            raise RuntimeError(f"seeder did not start: {line}")
        self.port = int(line.split()[1])

    def stop(self):
        self.proc.terminate()
        self.proc.wait()


class QBittorrent:
    """qbittorrent-nox with a throwaway profile, driven through its Web API."""

    def __init__(self, work):
        self.profile = os.path.join(work, "qbt-profile")
        config_dir = os.path.join(self.profile, "qBittorrent", "config")
        os.makedirs(config_dir, exist_ok=True)
        self.webui = free_port()
        with open(os.path.join(config_dir, "qBittorrent.conf"), "w") as f:
            f.write(
                "[LegalNotice]\nAccepted=true\n"
                # TCP only: qBittorrent's default tries uTP first, which ran at ~6 MB/s over loopback here.
                "[BitTorrent]\nSession\\BTProtocol=TCP\nSession\\DHTEnabled=false\nSession\\LSDEnabled=false\nSession\\PeXEnabled=false\n"
                f"Session\\Port={free_port()}\nSession\\QueueingSystemEnabled=false\n"
                "[Preferences]\n"
                f"WebUI\\Port={self.webui}\nWebUI\\Address=127.0.0.1\nWebUI\\LocalHostAuth=false\n"
                "WebUI\\CSRFProtection=false\nWebUI\\HostHeaderValidation=false\n"
                "Connection\\UPnP=false\n")
        self.proc = subprocess.Popen(["qbittorrent-nox", f"--profile={self.profile}"],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(100):
            try:
                self.get("/api/v2/app/version")
                return
            except OSError:
                time.sleep(0.1)
        raise RuntimeError("qbittorrent-nox did not start its Web API")

    def get(self, path):
        with urllib.request.urlopen(f"http://127.0.0.1:{self.webui}{path}", timeout=5) as r:
            return r.read()

    def post(self, path, fields=None, files=None):
        boundary = uuid.uuid4().hex
        body = b""
        for name, value in (fields or {}).items():
            body += (f"--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n").encode()
        for name, (filename, data) in (files or {}).items():
            body += (f"--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"; filename=\"{filename}\"\r\n"
                     "Content-Type: application/x-bittorrent\r\n\r\n").encode() + data + b"\r\n"
        body += f"--{boundary}--\r\n".encode()
        request = urllib.request.Request(f"http://127.0.0.1:{self.webui}{path}", data=body,
                                         headers={"Content-Type": f"multipart/form-data; boundary={boundary}"})
        with urllib.request.urlopen(request, timeout=10) as r:
            return r.read()

    def download(self, torrent, save_dir, info_hash, timeout=600):
        with open(torrent, "rb") as f:
            data = f.read()
        cpu0 = proc_cpu_seconds(self.proc.pid)
        peak = proc_rss_kib(self.proc.pid)
        start = time.monotonic()
        self.post("/api/v2/torrents/add", {"savepath": save_dir, "paused": "false"}, {"torrents": ("b.torrent", data)})
        done = False
        while time.monotonic() - start < timeout:
            info = json.loads(self.get(f"/api/v2/torrents/info?hashes={info_hash}"))
            peak = max(peak, proc_rss_kib(self.proc.pid))
            if info and info[0]["progress"] >= 1.0:
                done = True
                break
            time.sleep(0.02)
        wall = time.monotonic() - start
        cpu = proc_cpu_seconds(self.proc.pid) - cpu0
        return Measurement(wall, cpu, peak), 0 if done else 1

    def remove(self, info_hash):
        self.post("/api/v2/torrents/delete", {"hashes": info_hash, "deleteFiles": "true"})
        for _ in range(100):
            if not json.loads(self.get(f"/api/v2/torrents/info?hashes={info_hash}")):
                return
            time.sleep(0.05)

    def stop(self):
        self.proc.terminate()
        self.proc.wait()


def write_revaer_profile(path):
    os.makedirs(path, exist_ok=True)
    with open(os.path.join(path, "revaer.ini"), "w") as f:
        f.write("[Connection]\nlistenInterfaces=127.0.0.1:0\nupnp=false\nnatpmp=false\n"
                "[BitTorrent]\ndht=false\nlsd=false\npex=false\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--build", default=os.path.join(ROOT, "build"))
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--size-mib", type=int, default=1024)
    parser.add_argument("--work", default=None, help="work folder (default: a temporary one)")
    parser.add_argument("--clients", default="revaer,raw,aria2c,qbittorrent")
    args = parser.parse_args()

    revaer = os.path.join(args.build, "bin", "revaer")
    tool = os.path.join(args.build, "bin", "revaer-bench-tool")
    for binary in (revaer, tool):
        if not os.path.exists(binary):
            sys.exit(f"{binary} is missing: build first (scripts/build.sh)")
    clients = args.clients.split(",")
    work = args.work or tempfile.mkdtemp(prefix="revaer-bench-")
    os.makedirs(work, exist_ok=True)

    content = os.path.join(work, "content")
    torrent = os.path.join(work, "payload.torrent")
    tracker = None
    seeder = None
    qbt = None
    try:
        tracker_port = free_port()
        url = f"http://127.0.0.1:{tracker_port}/announce"
        print(f"generating {args.size_mib} MiB payload in {content} ...", flush=True)
        info_hash = subprocess.check_output([tool, "make", content, "payload.bin", str(args.size_mib), url, torrent]).decode().strip()
        tracker = Tracker(work, tracker_port, info_hash)

        seeder = Seeder(tool, torrent, content, "127.0.0.2")
        print(f"seeder on 127.0.0.2:{seeder.port}, tracker on 127.0.0.1:{tracker_port}, info-hash {info_hash}", flush=True)
        # A downloader that announces before the seeder gets no peers and waits
        # for the next announce, minutes later: wait until the tracker knows it.
        tracker.wait_for_seeds(info_hash)

        if "qbittorrent" in clients:
            qbt = QBittorrent(work)

        # One unmeasured download warms the seeder's page cache and connections.
        warm = os.path.join(work, "dl-warmup")
        run_process([tool, "download", torrent, warm])
        shutil.rmtree(warm, ignore_errors=True)

        results = {c: [] for c in clients}
        for run in range(args.runs):
            # Rotate the order so no client always goes first.
            for client in clients[run % len(clients):] + clients[:run % len(clients)]:
                save = os.path.join(work, f"dl-{client}")
                shutil.rmtree(save, ignore_errors=True)
                os.makedirs(save)
                if client == "revaer":
                    profile = os.path.join(work, "revaer-profile")
                    shutil.rmtree(profile, ignore_errors=True)
                    write_revaer_profile(profile)
                    m, code, out = run_process([revaer, "--headless", "--profile", profile, "--save-path", save,
                                                "--exit-when-done", torrent])
                elif client == "raw":
                    m, code, out = run_process([tool, "download", torrent, save])
                elif client == "aria2c":
                    m, code, out = run_process(["aria2c", f"--dir={save}", "--seed-time=0", "--enable-dht=false",
                                                "--enable-dht6=false", "--bt-enable-lpd=false", "--enable-peer-exchange=false",
                                                "--file-allocation=none", "--summary-interval=0", "--console-log-level=warn",
                                                f"--listen-port={free_port()}", "--follow-torrent=false", torrent])
                elif client == "qbittorrent":
                    m, code = qbt.download(torrent, save, info_hash)
                    out = ""
                ok = code == 0 and os.path.getsize(os.path.join(save, "payload.bin")) == args.size_mib * 1024 * 1024
                if not ok:
                    if client == "qbittorrent":
                        qbt.remove(info_hash)
                    print(f"run {run + 1} {client}: FAILED (exit {code})\n{out[-2000:]}", flush=True)
                    continue
                if client == "qbittorrent":
                    qbt.remove(info_hash)
                results[client].append(m)
                mbps = args.size_mib * 1.048576 / m.wall
                print(f"run {run + 1} {client:12s} {m.wall:7.2f} s {mbps:8.1f} MB/s cpu {m.cpu:6.2f} s rss {m.rss_kib / 1024:7.1f} MiB",
                      flush=True)
                shutil.rmtree(save, ignore_errors=True)

        print()
        print(f"{args.size_mib} MiB from one seeder on loopback, median of {args.runs} runs:")
        print(f"{'client':12s} {'wall s':>8s} {'MB/s':>8s} {'CPU s':>8s} {'peak RSS MiB':>13s}")
        medians = {}
        for client, ms in results.items():
            if not ms:
                print(f"{client:12s} no successful run")
                continue
            wall = statistics.median(m.wall for m in ms)
            cpu = statistics.median(m.cpu for m in ms)
            rss = statistics.median(m.rss_kib for m in ms) / 1024
            medians[client] = wall
            print(f"{client:12s} {wall:8.2f} {args.size_mib * 1.048576 / wall:8.1f} {cpu:8.2f} {rss:13.1f}")
        if "revaer" in medians:
            print()
            for client, wall in medians.items():
                if client != "revaer":
                    print(f"revaer / {client}: wall-time ratio {medians['revaer'] / wall:.3f}")
    finally:
        for p in (qbt, seeder, tracker):
            if p:
                p.stop()
        if not args.work:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
