"""A bounded load test of ``dateline serve``: 50 clients at once for 30 seconds, on this machine only.

    python benchmarks/service_load.py [--articles 10000] [--clients 50] [--seconds 30]

A script fills a SQLite store with ``--articles`` synthetic articles (and five events and two quotes per article,
as ``benchmarks/store_queries.py`` makes them), starts ``dateline serve`` on 127.0.0.1 in its own process, and
runs ``--clients`` concurrent clients against it for ``--seconds`` seconds, each asking, in turn, for the API's
typical lists (events by actor and type, quotes by speaker, search, entities, articles), one article whole,
and the UI's pages. Printed: requests, requests per second, latency p50/p90/p99 and the worst, by kind and
overall, and every error (the bar is zero). Traffic goes to 127.0.0.1 only, and stops at the time given.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from store_queries import fill  # noqa: E402

from dateline.store import open_store  # noqa: E402


def requests_for(articles: int, rng: random.Random) -> list[tuple[str, str]]:
    """(kind, path) pairs the clients cycle through."""
    paths = [
        ("api events", "/api/events?actor=RUS&type=CONSULT"),
        ("api events", "/api/events?actor=USAGOV&since=2022&until=2023"),
        ("api quotes", f"/api/quotes?speaker=Surname{rng.randrange(5000)}"),
        ("api search", "/api/search?q=ceasefire+prisoners"),
        ("api entities", f"/api/entities?name=surname{rng.randrange(5000)}"),
        ("api articles", "/api/articles?limit=50"),
        ("api article", f"/api/articles/a-{1 + rng.randrange(articles):016x}"),
        ("ui article", f"/articles/a-{1 + rng.randrange(articles):016x}"),
        ("ui quotes", "/quotes?speaker=Surname42"),
        ("ui search", "/search?q=harbour"),
    ]
    rng.shuffle(paths)
    return paths


async def client(base: str, deadline: float, seed: int, articles: int, latencies: dict[str, list[float]], errors: list[str]) -> None:
    rng = random.Random(seed)
    async with httpx.AsyncClient(base_url=base, timeout=30) as http:
        while time.monotonic() < deadline:
            for kind, path in requests_for(articles, rng):
                if time.monotonic() >= deadline:
                    return
                started = time.perf_counter()
                try:
                    response = await http.get(path)
                    if response.status_code != 200:
                        errors.append(f"{response.status_code} {path}")
                except httpx.HTTPError as error:
                    errors.append(f"{type(error).__name__} {path}")
                latencies[kind].append(time.perf_counter() - started)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] * 1000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=30.0)
    args = parser.parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="dateline-load-"))
    db = folder / "load.db"
    with open_store(str(db)) as store, store.transaction() as connection:
        fill(connection, args.articles, args.articles * 5)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "dateline", "serve", "--db", str(db), "--port", str(port)],
                              stderr=subprocess.DEVNULL)  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(150):
            try:
                httpx.get(base + "/api/stats", timeout=2)
                break
            except httpx.TransportError:
                time.sleep(0.2)
        latencies: dict[str, list[float]] = defaultdict(list)
        errors: list[str] = []
        started = time.monotonic()
        deadline = started + args.seconds

        async def everyone() -> None:
            await asyncio.gather(*(client(base, deadline, n, args.articles, latencies, errors) for n in range(args.clients)))

        asyncio.run(everyone())
        elapsed = time.monotonic() - started
    finally:
        server.terminate()
        server.wait(timeout=20)
        for leftover in folder.iterdir():
            leftover.unlink()
        folder.rmdir()
    every = [value for values in latencies.values() for value in values]
    print(f"{args.clients} clients for {elapsed:.1f} s against {args.articles} articles: {len(every)} requests, "
          f"{len(every) / elapsed:.1f}/s, {len(errors)} errors")  # fmt: skip
    print(f"{'kind':14} {'requests':>8} {'p50 ms':>8} {'p90 ms':>8} {'p99 ms':>8} {'max ms':>8}")
    for kind, values in sorted(latencies.items()) + [("all", every)]:
        print(f"{kind:14} {len(values):8d} {statistics.median(values) * 1000:8.1f} {percentile(values, 0.9):8.1f} "
              f"{percentile(values, 0.99):8.1f} {max(values) * 1000:8.1f}")  # fmt: skip
    for error in errors[:20]:
        print("error:", error)
    return 0 if not errors else 1


if __name__ == "__main__":
    sys.exit(main())
