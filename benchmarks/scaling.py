"""How the default pipeline and each of its stages scale with the length of one article and its number of quotes.

    python benchmarks/scaling.py [--sizes 10000,100000,1000000] [--quotes 1000,10000,50000] [--rounds N]
                                 [--model NAME]

Each article is generated wire copy (benchmarks/wire_copy.py): for ``--sizes``, an article of about that many
characters; for ``--quotes``, one holding about that many quotations. Every article runs in a fresh process, through
:class:`dateline.pipeline.Pipeline` with every default stage (each stage's function timed, in CPU seconds, as
language_throughput.py does), after a warm-up on a short article that loads the model and the tables. The table
gives milliseconds per 1,000 characters for the whole pipeline and for each stage, and the ratio of that figure
to the one at the size before: 1.0 is linear, the target is within 1.5; a stage taking under a millisecond in
all is too fast to read a ratio from and shows none. The last rows give each process's peak RSS (the model
included) and the quotes found. A million characters through spaCy take about a minute, so the default run takes
a long while; ``--sizes 5000,20000 --quotes 100,400`` is a quick one.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from wire_copy import wire_article  # noqa: E402

_MIN_SECONDS = 0.001  # below this a stage's time is noise, and its ratio is not shown


@dataclass(slots=True)
class Measure:
    """One article's run: its size, the time taken (whole pipeline and by stage) and the process's peak RSS."""

    label: str
    chars: int
    wall: float
    cpu: float
    stages: dict[str, float]
    peak_mib: float
    quotes: int


def peak_mib() -> float:
    # ru_maxrss is KiB on Linux, bytes on macOS.
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def timed_registry(spent: dict[str, float]) -> Any:
    """dateline's own stages, each function wrapped to add its CPU seconds to ``spent``."""
    from dateline.pipeline import StageRegistry, Work
    from dateline.stages import builtin_stages

    registry = StageRegistry(builtins=False, plugins=False)
    for builtin in builtin_stages():

        def run(batch: Sequence[Work], resource: Any, function: Any = builtin.function, name: str = builtin.name) -> None:
            start = time.process_time()
            function(batch, resource)
            spent[name] += time.process_time() - start

        registry.register(replace(builtin, function=run))
    return registry


def measure_child(kind: str, amount: int, rounds: int, model: str | None) -> Measure:
    """In this (fresh) process: generate the article, warm up, and time its best of ``rounds`` runs."""
    from dateline.pipeline import DEFAULT_STAGES, Pipeline, Settings

    text = wire_article(chars=amount) if kind == "chars" else wire_article(quotes=amount)
    spent: dict[str, float] = defaultdict(float)
    pipeline = Pipeline(DEFAULT_STAGES, Settings(model=model), registry=timed_registry(spent))
    pipeline.extract(wire_article(chars=3000, seed=1))  # the model, the gazetteer, lazy tables and caches
    best: Measure | None = None
    for _ in range(rounds):
        spent.clear()
        wall, cpu = time.perf_counter(), time.process_time()
        page = pipeline.extract(text)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        quotes = sum(len(article.quotes or []) for article in page.articles)
        label = f"{amount:,} chars" if kind == "chars" else f"{amount:,} quotes"
        if best is None or cpu < best.cpu:
            best = Measure(label, len(text), wall, cpu, dict(spent), 0.0, quotes)
    assert best is not None
    best.peak_mib = peak_mib()
    return best


def run_child(kind: str, amount: int, rounds: int, model: str | None) -> Measure:
    """One article in a fresh process, so that its peak RSS is its own."""
    command = [sys.executable, __file__, "--child", kind, str(amount), "--rounds", str(rounds)]
    if model:
        command += ["--model", model]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"the run for {amount:,} {kind} failed:\n{done.stderr[-4000:]}")
    return Measure(**json.loads(done.stdout.strip().splitlines()[-1]))


def table(title: str, runs: list[Measure]) -> str:
    """Milliseconds per 1,000 characters, and the ratio to the size before, for the pipeline and each stage."""
    stages = list(dict.fromkeys(name for run in runs for name in run.stages))
    rows: list[tuple[str, list[float]]] = [("pipeline (wall)", [r.wall for r in runs]), ("pipeline (CPU)", [r.cpu for r in runs])]
    rows += [(name, [r.stages.get(name, 0.0) for r in runs]) for name in stages]
    rows.append(("reading and batching", [r.cpu - sum(r.stages.values()) for r in runs]))
    width = 14
    lines = [title, f"{'':24}" + "".join(f"{r.label:>{width * 2}}" for r in runs)]
    lines.append(f"{'characters':24}" + "".join(f"{r.chars:>{width * 2},}" for r in runs))
    lines.append(f"{'':24}" + "".join(f"{'ms/1k chars':>{width}}{'ratio':>{width}}" for _ in runs))
    for name, seconds in rows:
        cells = []
        for index, (run, spent) in enumerate(zip(runs, seconds)):
            per_k = 1000 * spent / (run.chars / 1000)
            ratio = ""
            if index and spent >= _MIN_SECONDS and seconds[index - 1] >= _MIN_SECONDS:
                before = 1000 * seconds[index - 1] / (runs[index - 1].chars / 1000)
                ratio = f"{per_k / before:.2f}" if before > 0 else ""
            cells.append(f"{per_k:>{width}.3f}{ratio:>{width}}")
        lines.append(f"{name:24}" + "".join(cells))
    lines.append(f"{'peak RSS (MiB)':24}" + "".join(f"{r.peak_mib:>{width * 2}.0f}" for r in runs))
    lines.append(f"{'quotes found':24}" + "".join(f"{r.quotes:>{width * 2},}" for r in runs))
    return "\n".join(lines)


def _amounts(text: str) -> list[int]:
    try:
        amounts = [int(part.replace("_", "")) for part in text.split(",") if part.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected whole numbers separated by commas, not {text!r}") from None
    if any(amount < 1 for amount in amounts):
        raise argparse.ArgumentTypeError("every amount must be at least 1")
    return amounts


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=_amounts, default=[10_000, 100_000, 1_000_000], help="article lengths")
    parser.add_argument("--quotes", type=_amounts, default=[1_000, 10_000, 50_000], help="quotations per article")
    parser.add_argument("--rounds", type=int, default=1, help="timed runs per article; the fastest counts")
    parser.add_argument("--model", help="spaCy pipeline (default: $DATELINE_SPACY_MODEL or the bundled small model)")
    parser.add_argument("--child", nargs=2, metavar=("KIND", "AMOUNT"), help=argparse.SUPPRESS)
    options = parser.parse_args(argv)
    if options.child:
        kind, amount = options.child
        measured = measure_child(kind, int(amount), options.rounds, options.model)
        print(json.dumps(asdict(measured)))
        return
    print(f"default pipeline, best of {options.rounds}, one fresh process per article", flush=True)
    for title, kind, amounts in (("by article length", "chars", options.sizes), ("by number of quotes", "quotes", options.quotes)):
        if not amounts:
            continue
        runs = []
        for amount in amounts:
            runs.append(run_child(kind, amount, options.rounds, options.model))
            print(f"  {runs[-1].label}: {runs[-1].chars:,} characters, {runs[-1].cpu:.1f} s CPU", file=sys.stderr, flush=True)
        print()
        print(table(title, runs), flush=True)


if __name__ == "__main__":
    main()
