"""Storing's cost and the workers' speed-up: ``dateline extract`` against ``dateline ingest`` with 1 and 2 workers.

    python benchmarks/store_ingest.py [--data PATH/article-extraction-benchmark] [--seed PATH/page.txt] [--rounds N]

The same pages (the benchmark's HTML pages and the seed page) go through three whole processes that take turns
for ``--rounds`` rounds: ``dateline extract FOLDER --format jsonl`` to a file (every default stage, no store),
and ``dateline ingest FOLDER`` into a new SQLite store with ``--workers 1`` and ``--workers 2``. Printed: the
median wall-clock time of each, articles per second, storing's cost (ingest with one worker over extract: the
target is at most 1.15), the speed-up of two workers over one (the target on a 2-core machine is at least 1.7),
and the store's size per 1,000 articles.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT / ".." / "shared" / "data" / "article-extraction-benchmark"
DEFAULT_SEED = ROOT / ".." / "shared" / "seed" / "page.txt"
DATELINE = [sys.executable, "-m", "dateline"]


def run(command: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--seed", type=Path, default=DEFAULT_SEED)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="dateline-ingest-bench-"))
    pages = work / "pages"
    shutil.copytree(args.data / "html", pages)
    shutil.copy(args.seed, pages / "seed.txt")
    count = len(list(pages.iterdir()))
    times: dict[str, list[float]] = {"extract": [], "ingest 1 worker": [], "ingest 2 workers": []}
    size = 0
    articles = 0
    for round_number in range(args.rounds):
        out = work / "out.jsonl"
        times["extract"].append(run([*DATELINE, "extract", str(pages), "--format", "jsonl", "-o", str(out)]))
        if round_number == 0:
            articles = sum(len(json.loads(line).get("articles", [])) for line in out.read_text(encoding="utf-8").splitlines())
        for workers, label in ((1, "ingest 1 worker"), (2, "ingest 2 workers")):
            db = work / f"store-{workers}.db"
            for leftover in work.glob(f"store-{workers}.db*"):
                leftover.unlink()
            times[label].append(run([*DATELINE, "ingest", str(pages), "--db", str(db), "--workers", str(workers)]))
            size = os.path.getsize(db)
        print(f"round {round_number + 1}: " + ", ".join(f"{name} {values[-1]:.1f} s" for name, values in times.items()))
    median = {name: statistics.median(values) for name, values in times.items()}
    print(f"\n{count} pages, {articles} articles, {args.rounds} rounds (medians of wall-clock time, whole processes)")
    for name, seconds in median.items():
        print(f"  {name:18} {seconds:6.1f} s  {articles / seconds:6.2f} articles/s")
    cost = median["ingest 1 worker"] / median["extract"]
    speedup = median["ingest 1 worker"] / median["ingest 2 workers"]
    print(f"storing's cost (ingest, 1 worker / extract): {cost:.3f}  (target <= 1.15)")
    print(f"speed-up of 2 workers over 1:               {speedup:.3f}  (target >= 1.7)")
    print(f"store size: {size / 1e6:.1f} MB, {size / 1e6 / articles * 1000:.1f} MB per 1,000 articles")
    shutil.rmtree(work)
    return 0


if __name__ == "__main__":
    sys.exit(main())
