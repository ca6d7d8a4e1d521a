#!/usr/bin/env python3
"""Torrent-creation benchmark: a .torrent of one file of SIZE MiB (random bytes).

`revaer --create-torrent`, `transmission-create` (Debian transmission-cli) and
`mktorrent` (Debian mktorrent) make a v1 torrent of the same file with the
same piece size, ROUNDS times each, interleaved, after one warm-up read so
every tool hashes from the page cache. Prints each tool's median wall time and
CPU time (its own and its children's), and each median over Revaer's.

Usage: bench/create_bench.py [--build DIR] [--size MIB] [--piece KIB] [--rounds N] [--work DIR]
"""

import argparse, os, resource, shutil, statistics, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def run(command):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.monotonic()
    done = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    wall = time.monotonic() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        sys.exit(f"create_bench: {command[0]} failed: {done.stderr.decode(errors='replace')}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--build", default=os.path.join(ROOT, "build"))
    parser.add_argument("--size", type=int, default=1024, help="MiB (default 1024)")
    parser.add_argument("--piece", type=int, default=1024, help="piece size in KiB (default 1024)")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--work", default=None)
    args = parser.parse_args()

    revaer = os.path.join(args.build, "bin", "revaer")
    tools = {"Revaer": revaer, "transmission-create": shutil.which("transmission-create"), "mktorrent": shutil.which("mktorrent")}
    missing = [name for name, path in tools.items() if not path or not os.path.exists(path)]
    if missing:
        sys.exit(f"create_bench: missing {', '.join(missing)} (scripts/ensure-deps.sh bench installs them)")
    work = args.work or tempfile.mkdtemp(prefix="revaer-create-bench-")
    os.makedirs(work, exist_ok=True)
    content = os.path.join(work, "payload.bin")
    if not os.path.exists(content) or os.path.getsize(content) != args.size * 2**20:
        with open(content, "wb") as f:
            for _ in range(args.size):
                f.write(os.urandom(2**20))
    with open(content, "rb") as f:  # into the page cache for every tool alike
        while f.read(2**24):
            pass
    exponent = (args.piece * 1024).bit_length() - 1

    def command(name, output):
        if name == "Revaer":
            return [revaer, "--create-torrent", content, "--output", output, "--v1", "--piece-size", str(args.piece)]
        if name == "transmission-create":
            return [tools[name], "-s", str(args.piece), "-o", output, content]
        return [tools[name], "-l", str(exponent), "-o", output, content]

    figures = {name: [] for name in tools}
    for round_ in range(args.rounds):
        for name in tools:
            output = os.path.join(work, f"{name}-{round_}.torrent")
            if os.path.exists(output):
                os.remove(output)
            figures[name].append(run(command(name, output)))
            os.remove(output)

    print(f"creating a v1 torrent of {args.size} MiB, pieces of {args.piece} KiB, {args.rounds} rounds, medians:")
    revaer_wall = statistics.median(w for w, _ in figures["Revaer"])
    for name, runs in figures.items():
        wall = statistics.median(w for w, _ in runs)
        cpu = statistics.median(c for _, c in runs)
        print(f"  {name:20} {wall * 1000:8.0f} ms wall {cpu * 1000:8.0f} ms CPU  {wall / revaer_wall:5.2f}x Revaer's time")
    if not args.work:
        shutil.rmtree(work)


if __name__ == "__main__":
    main()
