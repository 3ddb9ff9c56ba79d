"""The same 1,000 pages ingested with the default engine, on a Dask LocalCluster of 1 worker and of 2 workers.

    python benchmarks/cluster_throughput.py [--pages 1000] [--rounds 2] [--data PATH/article-extraction-benchmark]
                                            [--postgres URL]

The pages are the article-extraction benchmark's HTML pages repeated with a number appended to each (so that no
two are the same page) until there are ``--pages``. Each run is a whole ``dateline ingest`` process into a new
SQLite store (or, with ``--postgres URL``, into that PostgreSQL database emptied first, where the cluster's
workers write the pages they read themselves): ``--workers 1`` (the default engine, one process), ``--engine dask --cluster local:1`` and
``--engine dask --cluster local:2``; the runs take turns for ``--rounds`` rounds. Printed: medians of wall-clock
time, pages per second, Dask's overhead at one worker (target ≤ 10%) and the speed-up of two workers over one
(target ≥ 1.7 on a 2-core machine), and the per-page cost and the fixed start-up cost of each run, for
``docs/scaling.md``.
"""

from __future__ import annotations

import argparse
import gzip
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT / ".." / "shared" / "data" / "article-extraction-benchmark"
RUNS = {
    "default engine": ["--workers", "1"],
    "dask local:1": ["--engine", "dask", "--cluster", "local:1"],
    "dask local:2": ["--engine", "dask", "--cluster", "local:2"],
}


def make_pages(data: Path, folder: Path, count: int) -> None:
    sources = sorted((data / "html").glob("*.html.gz"))
    folder.mkdir(parents=True)
    for n in range(count):
        html = gzip.decompress(sources[n % len(sources)].read_bytes()).decode("utf-8", "replace")
        # A comment changes the content hash, not what is read: each copy is a page of its own.
        (folder / f"page-{n:05d}.html").write_text(html + f"\n<!-- copy {n} -->\n", encoding="utf-8")


def run(pages: Path, db: Path, options: list[str], postgres: str | None) -> float:
    target = str(db)
    if postgres:
        target = empty_postgres(postgres)
    for leftover in db.parent.glob(db.name + "*"):
        leftover.unlink()
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "dateline", "ingest", str(pages), "--db", target, *options], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    return time.perf_counter() - started


def empty_postgres(url: str) -> str:
    """The database at ``url`` with every table of a store dropped: the run starts from an empty store."""
    from sqlalchemy import create_engine, text

    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
    with engine.begin() as connection:
        connection.execute(text("DROP SCHEMA IF EXISTS dateline_bench CASCADE"))
        connection.execute(text("CREATE SCHEMA dateline_bench"))
    engine.dispose()
    return f"{url}{'&' if '?' in url else '?'}options=-csearch_path%3Ddateline_bench"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--postgres", help="a PostgreSQL URL to ingest into instead of SQLite (its schema dateline_bench is replaced)")
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="dateline-cluster-bench-"))
    make_pages(args.data, work / "pages", args.pages)
    make_pages(args.data, work / "few", 20)
    times: dict[str, list[float]] = {name: [] for name in RUNS}
    startup: dict[str, list[float]] = {name: [] for name in RUNS}
    for round_number in range(args.rounds):
        for name, options in RUNS.items():
            startup[name].append(run(work / "few", work / "few.db", options, args.postgres))
            times[name].append(run(work / "pages", work / "store.db", options, args.postgres))
        print(f"round {round_number + 1}: " + ", ".join(f"{name} {values[-1]:.1f} s" for name, values in times.items()))
    shutil.rmtree(work)
    median = {name: statistics.median(values) for name, values in times.items()}
    fixed = {name: statistics.median(values) for name, values in startup.items()}
    into = "PostgreSQL" if args.postgres else "SQLite"
    print(f"\n{args.pages} pages into {into}, {args.rounds} rounds (medians of wall-clock time, whole processes)")
    for name in RUNS:
        per_page = (median[name] - fixed[name]) / (args.pages - 20)
        print(f"  {name:15} {median[name]:7.1f} s  {args.pages / median[name]:6.2f} pages/s  "
              f"start-up and 20 pages {fixed[name]:5.1f} s  then {per_page * 1000:6.1f} ms a page")  # fmt: skip
    overhead = median["dask local:1"] / median["default engine"] - 1
    speedup = median["dask local:1"] / median["dask local:2"]
    print(f"Dask's overhead at 1 worker: {overhead * 100:+.1f}%  (target <= 10%)")
    print(f"speed-up of 2 workers over 1: {speedup:.3f}  (target >= 1.7)")
    print(f"speed-up of 2 Dask workers over the default engine: {median['default engine'] / median['dask local:2']:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
