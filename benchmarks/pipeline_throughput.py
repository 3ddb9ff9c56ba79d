"""The whole default pipeline, as ``dateline extract`` runs it, against bare spaCy on the same texts: whole processes.

    python benchmarks/pipeline_throughput.py --data PATH/article-extraction-benchmark [--rounds N] [--html]

Two corpora from the article-extraction benchmark: its reference bodies (``ground-truth.json``) written as plain-text
pages, and (with ``--html``) its HTML pages. For each, the pipeline side is one process running ``dateline extract
FOLDER --format jsonl`` (every default stage, reading, writing and model loading included); the bare side is one
process that imports spaCy, loads the same model and runs ``nlp.pipe`` over the very article texts the pipeline
finds in those pages (its structure reading decides what an article is), with nothing else. The two take turns
for ``--rounds`` rounds; the ratio is bare time over pipeline time (1.0: the pipeline costs nothing on top of
spaCy), from the medians of wall-clock time, and of CPU time (user + system) as the steadier figure on a shared
machine.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT / ".." / "shared" / "data" / "article-extraction-benchmark"

_BARE = r"""
import json, sys
import spacy
texts = json.load(open(sys.argv[1], encoding="utf-8"))
nlp = spacy.load(sys.argv[2])
for _ in nlp.pipe(texts, batch_size=int(sys.argv[3])):
    pass
"""


def write_bodies(data: Path, folder: Path) -> int:
    """Each non-empty reference body as a plain-text page; returns how many."""
    truth = json.loads((data / "ground-truth.json").read_text(encoding="utf-8"))
    count = 0
    for page_id, entry in sorted(truth.items()):
        body = (entry.get("articleBody") or "").strip()
        if body:
            (folder / f"{page_id}.txt").write_text(body + "\n", encoding="utf-8")
            count += 1
    return count


def article_texts(folder: Path) -> list[str]:
    """The article texts the pipeline's page reader finds in ``folder``: what spaCy is given on both sides."""
    from dateline.model import Page
    from dateline.pipeline import Pipeline

    return [a.text for r in Pipeline(["structure"]).extract_files([str(folder)]) if isinstance(r, Page) for a in r.articles]


def timed(command: Sequence[str]) -> tuple[float, float]:
    """Wall-clock and CPU seconds of one child process (output thrown away); exits if it fails."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode not in (0,):
        raise SystemExit(f"{' '.join(command)} exited {done.returncode}: {done.stderr[-2000:]}")
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def measure(name: str, inputs: Path, texts: list[str], model: str, batch_size: int, rounds: int, work: Path) -> float:
    texts_file = work / f"{name}-texts.json"
    texts_file.write_text(json.dumps(texts), encoding="utf-8")
    pipeline = [sys.executable, "-m", "dateline", "extract", str(inputs), "--format", "jsonl", "--output",
                str(work / f"{name}.jsonl"), "--model", model, "--batch-size", str(batch_size)]  # fmt: skip
    bare = [sys.executable, "-c", _BARE, str(texts_file), model, str(batch_size)]
    timed(pipeline)  # warm-up: file caches, the gazetteer index built once per machine
    ours: list[tuple[float, float]] = []
    theirs: list[tuple[float, float]] = []
    for _ in range(rounds):
        ours.append(timed(pipeline))
        theirs.append(timed(bare))
    wall_ours, cpu_ours = (statistics.median(t[i] for t in ours) for i in (0, 1))
    wall_bare, cpu_bare = (statistics.median(t[i] for t in theirs) for i in (0, 1))
    characters = sum(len(t) for t in texts)
    print(f"{name}: {len(texts)} articles, {characters:,} characters; median of {rounds} rounds, whole processes")
    print(f"  {'':38} {'wall s':>8} {'CPU s':>8}")
    print(f"  {'dateline extract (default pipeline)':38} {wall_ours:8.2f} {cpu_ours:8.2f}")
    print(f"  {'bare spaCy nlp.pipe, same texts':38} {wall_bare:8.2f} {cpu_bare:8.2f}")
    print(f"  {'ratio bare / pipeline':38} {wall_bare / wall_ours:8.3f} {cpu_bare / cpu_ours:8.3f}")
    return cpu_bare / cpu_ours


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the article-extraction-benchmark folder")
    parser.add_argument("--rounds", type=int, default=3, help="timed rounds per side; medians are reported")
    parser.add_argument("--html", action="store_true", help="also time the benchmark's HTML pages")
    parser.add_argument("--model", default=None, help="spaCy pipeline (default: as dateline picks it)")
    parser.add_argument("--batch-size", type=int, default=32)
    options = parser.parse_args(argv)
    if not (options.data / "ground-truth.json").is_file():
        print(f"no ground-truth.json under {options.data}; pass --data", file=sys.stderr)
        return 1
    from dateline.pipeline import model_name

    model = model_name(options.model)
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        bodies = work / "bodies"
        bodies.mkdir()
        count = write_bodies(options.data, bodies)
        print(f"model {model}, batch size {options.batch_size}; {count} reference bodies written as text pages")
        measure("text pages", bodies, article_texts(bodies), model, options.batch_size, options.rounds, work)
        if options.html:
            html = options.data / "html"
            measure("HTML pages", html, article_texts(html), model, options.batch_size, options.rounds, work)
    return 0


if __name__ == "__main__":
    sys.exit(main())
