#!/usr/bin/env python3
"""Remote-control benchmark: torrent-get of every field for COUNT torrents.

Revaer (revaer --headless --rpc-port, the torrents restored from resume data)
and transmission-daemon (the same .torrent files added over its RPC, paused,
data on disk) each answer the same request, every field either knows, for
all torrents, ROUNDS times. Prints the first request's latency, then the median
latency, server CPU time and answer size of the requests after it, and
Revaer's figures over Transmission's.

Usage: bench/rpc_bench.py [--build DIR] [--count N] [--rounds N] [--work DIR]
"""

import argparse, base64, json, os, shutil, signal, statistics, subprocess, sys, tempfile, time
import urllib.error, urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from download_bench import free_port, proc_cpu_seconds, proc_rss_kib, write_revaer_profile  # noqa: E402

# Every torrent-get field of rpc-version 16 that both servers know.
FIELDS = [
    "activityDate", "addedDate", "bandwidthPriority", "comment", "corruptEver", "creator", "dateCreated",
    "desiredAvailable", "doneDate", "downloadDir", "downloadedEver", "downloadLimit", "downloadLimited", "error",
    "errorString", "eta", "etaIdle", "files", "fileStats", "hashString", "haveUnchecked", "haveValid",
    "honorsSessionLimits", "id", "isFinished", "isPrivate", "isStalled", "labels", "leftUntilDone", "magnetLink",
    "manualAnnounceTime", "maxConnectedPeers", "metadataPercentComplete", "name", "peer-limit", "peers",
    "peersConnected", "peersFrom", "peersGettingFromUs", "peersSendingToUs", "percentDone", "pieces", "pieceCount",
    "pieceSize", "priorities", "queuePosition", "rateDownload", "rateUpload", "recheckProgress",
    "secondsDownloading", "secondsSeeding", "seedIdleLimit", "seedIdleMode", "seedRatioLimit", "seedRatioMode",
    "sizeWhenDone", "startDate", "status", "torrentFile", "totalSize", "trackers", "trackerStats", "uploadedEver",
    "uploadLimit", "uploadLimited", "uploadRatio", "wanted", "webseeds", "webseedsSendingToUs",
]


# What `transmission-remote -l` asks for.
LIST_FIELDS = ["error", "errorString", "eta", "id", "isFinished", "leftUntilDone", "name", "peersGettingFromUs",
               "peersSendingToUs", "rateDownload", "rateUpload", "sizeWhenDone", "status", "uploadRatio"]


class Rpc:
    def __init__(self, port):
        self.url = f"http://127.0.0.1:{port}/transmission/rpc"
        self.session = ""

    def raw(self, payload, timeout=600):
        body = json.dumps(payload).encode()
        for _ in range(3):
            request = urllib.request.Request(self.url, body, {"X-Transmission-Session-Id": self.session})
            try:
                with urllib.request.urlopen(request, timeout=timeout) as response:
                    return response.read()
            except urllib.error.HTTPError as error:
                if error.code != 409:
                    raise
                self.session = error.headers["X-Transmission-Session-Id"]
        raise RuntimeError("no session id")

    def call(self, method, arguments=None):
        return json.loads(self.raw({"method": method, "arguments": arguments or {}}))


def wait_for(what, predicate, timeout=600):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if predicate():
                return
        except (OSError, urllib.error.URLError, ValueError):
            pass
        time.sleep(0.5)
    raise SystemExit(f"timed out waiting for {what}")


def count_torrents(rpc):
    return len(rpc.call("torrent-get", {"fields": ["id"]})["arguments"]["torrents"])


def measure(name, pid, rpc, rounds, fields):
    request = {"method": "torrent-get", "arguments": {"fields": fields}}
    figures = []
    for _ in range(rounds):
        cpu = proc_cpu_seconds(pid)
        start = time.monotonic()
        body = rpc.raw(request)
        elapsed = time.monotonic() - start
        figures.append({"ms": elapsed * 1000, "cpu ms": (proc_cpu_seconds(pid) - cpu) * 1000, "MiB": len(body) / 2**20})
        torrents = json.loads(body)["arguments"]["torrents"]
        print(f"  {name}: {elapsed * 1000:.0f} ms, {len(torrents)} torrents, {len(body) / 2**20:.1f} MiB", flush=True)
    # The first request apart: what a server keeps between requests (Revaer
    # keeps trackers for a while) is not there yet.
    return ({key: statistics.median(f[key] for f in figures[1:] or figures) for key in figures[0]}
            | {"first ms": figures[0]["ms"], "RSS MiB": proc_rss_kib(pid) / 1024})


def stop(proc):
    proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(120)
    except subprocess.TimeoutExpired:
        proc.kill()


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--build", default=os.path.join(ROOT, "build"))
    parser.add_argument("--count", type=int, default=10000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--work", default=None)
    args = parser.parse_args()
    revaer = os.path.join(args.build, "bin", "revaer")
    tool = os.path.join(args.build, "bin", "revaer-bench-tool")
    if not shutil.which("transmission-daemon"):
        sys.exit("transmission-daemon is missing (scripts/ensure-deps.sh bench)")
    work = args.work or tempfile.mkdtemp(prefix="revaer-rpc-bench-")
    source = os.path.join(work, "source")
    results = {}
    try:
        if not os.path.exists(os.path.join(source, "revaer", "resume")):
            print(f"generating {args.count} torrents in {source} ...", flush=True)
            subprocess.check_call([tool, "make-profile", source, str(args.count), "64"], stdout=subprocess.DEVNULL)

        # Revaer, restored from resume data.
        profile = os.path.join(work, "revaer-profile")
        shutil.rmtree(profile, ignore_errors=True)
        write_revaer_profile(profile)
        shutil.copytree(os.path.join(source, "revaer", "resume"), os.path.join(profile, "resume"))
        port = free_port()
        proc = subprocess.Popen([revaer, "--headless", "--profile", profile, "--rpc-port", str(port)],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            rpc = Rpc(port)
            wait_for("Revaer to list every torrent", lambda: count_torrents(rpc) == args.count)
            time.sleep(3)
            results["revaer"] = measure("revaer", proc.pid, rpc, args.rounds, FIELDS)
            results["revaer -l"] = measure("revaer -l", proc.pid, rpc, args.rounds, LIST_FIELDS)
        finally:
            stop(proc)

        # transmission-daemon, the same torrents added paused over its RPC.
        config = os.path.join(work, "transmission")
        shutil.rmtree(config, ignore_errors=True)
        os.makedirs(config)
        port = free_port()
        with open(os.path.join(config, "settings.json"), "w") as f:
            json.dump({"rpc-port": port, "rpc-bind-address": "127.0.0.1", "rpc-authentication-required": False,
                       "rpc-whitelist-enabled": True, "rpc-whitelist": "127.0.0.1", "rpc-host-whitelist-enabled": False,
                       "download-dir": os.path.join(source, "data"), "dht-enabled": False, "lpd-enabled": False,
                       "pex-enabled": False, "port-forwarding-enabled": False, "peer-port": free_port(),
                       "start-added-torrents": False, "message-level": 1}, f)
        proc = subprocess.Popen(["transmission-daemon", "-f", "-g", config], stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        try:
            rpc = Rpc(port)
            wait_for("transmission-daemon to answer", lambda: rpc.call("session-get")["result"] == "success", 60)
            torrents = sorted(os.listdir(os.path.join(source, "torrents")))
            print(f"adding {len(torrents)} torrents to transmission-daemon ...", flush=True)
            for name in torrents:
                with open(os.path.join(source, "torrents", name), "rb") as f:
                    metainfo = base64.b64encode(f.read()).decode()
                rpc.call("torrent-add", {"metainfo": metainfo, "paused": True})
            wait_for("transmission-daemon to list every torrent", lambda: count_torrents(rpc) == args.count)
            time.sleep(3)
            results["transmission"] = measure("transmission", proc.pid, rpc, args.rounds, FIELDS)
            results["transmission -l"] = measure("transmission -l", proc.pid, rpc, args.rounds, LIST_FIELDS)
        finally:
            stop(proc)

        print(f"\ntorrent-get for {args.count} torrents: every field ({len(FIELDS)}), and the {len(LIST_FIELDS)} of "
              f"transmission-remote -l; the first request, then the median of the {args.rounds - 1} after it")
        keys = list(results["revaer"])
        print(f"{'':18}" + "".join(f"{k:>12}" for k in keys))
        for name, figures in results.items():
            print(f"{name:18}" + "".join(f"{figures[k]:12.1f}" for k in keys))
        for suffix, what in (("", "every field"), (" -l", "transmission-remote -l")):
            r, t = results["revaer" + suffix], results["transmission" + suffix]
            print(f"revaer / transmission, {what}: latency {r['ms'] / t['ms']:.2f}, "
                  f"server CPU {r['cpu ms'] / max(t['cpu ms'], 0.1):.2f}, first request {r['first ms'] / t['first ms']:.2f}")
    finally:
        if not args.work:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
