#!/usr/bin/env python3
"""Transmission's own web client, served by a headless Revaer, in headless
Chromium driven over WebDriver: it lists the torrents and pauses one.

Standard library only: WebDriver is JSON over HTTP to chromedriver.
Usage: web_client_test.py REVAER_BINARY [--screenshot FILE]
Exits 0 on success, 77 (skipped) when Chromium, chromedriver or the web
client are not installed, 1 on failure."""

import argparse, base64, hashlib, json, os, re, shutil, signal, socket, subprocess, sys, tempfile, time
import urllib.request, urllib.error

WEB = "/usr/share/transmission/web"
SKIP = 77


def bencode(value):
    if isinstance(value, int):
        return b"i%de" % value
    if isinstance(value, bytes):
        return b"%d:%s" % (len(value), value)
    if isinstance(value, str):
        return bencode(value.encode())
    if isinstance(value, list):
        return b"l" + b"".join(bencode(v) for v in value) + b"e"
    if isinstance(value, dict):
        return b"d" + b"".join(bencode(k) + bencode(value[k]) for k in sorted(value)) + b"e"
    raise TypeError(value)


def make_torrent(name, size, seed):
    data = hashlib.sha256(seed.encode()).digest() * (size // 32)
    piece = 16384
    pieces = b"".join(hashlib.sha1(data[i:i + piece]).digest() for i in range(0, len(data), piece))
    return bencode({"info": {"name": name, "length": len(data), "piece length": piece, "pieces": pieces}})


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Rpc:
    def __init__(self, port):
        self.url = "http://127.0.0.1:%d/transmission/rpc" % port
        self.session = ""

    def call(self, method, arguments=None):
        body = json.dumps({"method": method, "arguments": arguments or {}}).encode()
        for _ in range(2):
            request = urllib.request.Request(self.url, body, {"X-Transmission-Session-Id": self.session})
            try:
                with urllib.request.urlopen(request, timeout=30) as response:
                    return json.load(response)
            except urllib.error.HTTPError as error:
                if error.code != 409:
                    raise
                self.session = error.headers["X-Transmission-Session-Id"]
        raise RuntimeError("no session id")


class WebDriver:
    def __init__(self, port):
        self.base = "http://127.0.0.1:%d" % port
        caps = {"capabilities": {"alwaysMatch": {"browserName": "chrome", "goog:chromeOptions": {
            "binary": shutil.which("chromium"),
            "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--window-size=1200,800", "--no-first-run", "--disable-extensions"]}}}}
        self.id = self.send("POST", "/session", caps)["sessionId"]

    def send(self, method, path, payload=None):
        data = None if payload is None else json.dumps(payload).encode()
        request = urllib.request.Request(self.base + path, data, {"Content-Type": "application/json"}, method=method)
        with urllib.request.urlopen(request, timeout=60) as response:
            return json.load(response)["value"] if path != "/session" else json.load(response)["value"]

    def session(self, method, path, payload=None):
        return self.send(method, "/session/%s%s" % (self.id, path), payload)

    def find_all(self, css):
        found = self.session("POST", "/elements", {"using": "css selector", "value": css})
        return [next(iter(e.values())) for e in found]

    def text(self, element):
        return self.session("GET", "/element/%s/text" % element)

    def click(self, element):
        self.session("POST", "/element/%s/click" % element, {})

    def quit(self):
        try:
            self.send("DELETE", "/session/%s" % self.id)
        except Exception:
            pass


def wait_for(what, predicate, timeout=30):
    deadline = time.time() + timeout
    while time.time() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.25)
    raise AssertionError("timed out waiting for " + what)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("revaer")
    parser.add_argument("--screenshot")
    args = parser.parse_args()
    for needed in ("chromium", "chromedriver"):
        if not shutil.which(needed):
            print("SKIP: %s is not installed (scripts/ensure-deps.sh test)" % needed)
            return SKIP
    if not os.path.isfile(os.path.join(WEB, "index.html")):
        print("SKIP: Transmission's web client is not in %s (Debian package transmission-common)" % WEB)
        return SKIP

    work = tempfile.mkdtemp(prefix="revaer-web-")
    processes = []
    driver = None
    try:
        log = open(os.path.join(work, "revaer.log"), "w+")
        revaer = subprocess.Popen([args.revaer, "--headless", "--profile", os.path.join(work, "profile"),
                                   "--save-path", os.path.join(work, "downloads"), "--rpc-port", "0", "--web-ui", WEB],
                                  stdout=log, stderr=subprocess.STDOUT)
        processes.append(revaer)

        def listening():
            log.seek(0)
            match = re.search(r"remote control: http://127\.0\.0\.1:(\d+)/", log.read())
            return int(match.group(1)) if match else None
        port = wait_for("Revaer to listen", listening)
        rpc = Rpc(port)
        names = ["Web Client First", "Web Client Second"]
        for i, name in enumerate(names):
            metainfo = base64.b64encode(make_torrent(name, 64 * 1024 * (i + 1), name)).decode()
            answer = rpc.call("torrent-add", {"metainfo": metainfo})
            assert answer["result"] == "success", answer

        driver_port = free_port()
        chromedriver = subprocess.Popen(["chromedriver", "--port=%d" % driver_port],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        processes.append(chromedriver)
        def driver_ready():
            try:
                with urllib.request.urlopen("http://127.0.0.1:%d/status" % driver_port, timeout=5) as response:
                    return json.load(response)["value"]["ready"]
            except (OSError, ValueError, KeyError):
                return False
        wait_for("chromedriver", driver_ready, 20)
        driver = WebDriver(driver_port)
        driver.session("POST", "/url", {"url": "http://127.0.0.1:%d/transmission/web/" % port})

        def rows():
            shown = {}
            for element in driver.find_all("li.torrent"):
                texts = driver.text(element)
                for wanted in names:
                    if wanted in texts:
                        shown[wanted] = element
            return shown if len(shown) == len(names) else None
        shown = wait_for("the web client to list both torrents", rows)
        print("the web client lists:", ", ".join(sorted(shown)))

        # Select the first and pause it with the toolbar's button.
        driver.click(shown[names[0]])
        driver.click(driver.find_all("#toolbar-pause")[0])

        def status_of(name):
            torrents = rpc.call("torrent-get", {"fields": ["name", "status"]})["arguments"]["torrents"]
            return {t["name"]: t["status"] for t in torrents}[name]
        wait_for("the first torrent to be paused", lambda: status_of(names[0]) == 0)
        assert status_of(names[1]) != 0, "the second torrent was paused too"
        # The web client shows it paused, from its next poll.
        wait_for("the row to say Paused", lambda: "Paused" in driver.text(driver.find_all("li.torrent")[
            [names[0] in driver.text(e) for e in driver.find_all("li.torrent")].index(True)]))
        print("paused from the web client:", names[0])
        if args.screenshot:
            with open(args.screenshot, "wb") as out:
                out.write(base64.b64decode(driver.session("GET", "/screenshot")))
            print("screenshot:", args.screenshot)
        return 0
    except AssertionError as error:
        print("FAIL:", error)
        try:
            log.seek(0)
            print(log.read()[-3000:])
        except Exception:
            pass
        return 1
    finally:
        if driver:
            driver.quit()
        for process in reversed(processes):
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(30)
            except subprocess.TimeoutExpired:
                process.kill()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
