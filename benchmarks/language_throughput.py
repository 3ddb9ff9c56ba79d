"""Where the default pipeline's time goes, stage by stage, beside bare spaCy on the same texts, in one process.

    python benchmarks/language_throughput.py [--pages N] [--html-data PATH] [--model NAME] [--batch-size N]
                                             [--rounds N]

The corpus is ``--pages`` synthetic pages (benchmarks/synthetic.py) and, with ``--html-data``, the 181 pages of the
article-extraction benchmark (``PATH/html/*.html.gz``). Both sides run in this one process with the same model and
batch size, after a warm-up that loads the model, the tables and the caches. The pipeline side is
:class:`dateline.pipeline.Pipeline` with every default stage, exactly as ``dateline extract`` builds it (one
pipeline for all pages, so the entity registry grows as it would over a collection, and the articles of several
pages batched through the language model together), with each stage's function timed; the bare side is
``nlp.pipe`` over the article texts the pipeline found, with nothing added to the model. Rates are given by
wall-clock and by CPU time: on a shared machine the CPU-time figure is the steadier one. For the whole-process
ratio (model loading, reading and writing included) see ``pipeline_throughput.py``.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import synthetic_pages  # noqa: E402

from dateline.model import Page  # noqa: E402
from dateline.pipeline import DEFAULT_STAGES, Pipeline, Settings, StageRegistry, Work, model_name, shared_resource  # noqa: E402
from dateline.reader import RawPage, decode_page  # noqa: E402
from dateline.stages import builtin_stages  # noqa: E402


@dataclass(slots=True)
class Corpus:
    name: str
    pages: list[RawPage]


def synthetic_corpus(count: int) -> Corpus:
    pages = [
        RawPage(path=f"<synthetic {n}>", text=text, format="text", encoding="utf-8", size=len(text.encode()))
        for n, text in enumerate(synthetic_pages(count))
    ]
    return Corpus(f"synthetic ({count} pages)", pages)


def html_corpus(data: Path) -> Corpus:
    paths = sorted((data / "html").glob("*.html.gz"))
    if not paths:
        raise SystemExit(f"no html/*.html.gz under {data}")
    return Corpus(f"article-extraction-benchmark ({len(paths)} pages)", [decode_page(p.read_bytes(), path=str(p)) for p in paths])


def peak_mib() -> float:
    # ru_maxrss is KiB on Linux, bytes on macOS.
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def timed_registry(spent: dict[str, float]) -> StageRegistry:
    """dateline's own stages, each function wrapped to add its CPU seconds to ``spent``."""
    registry = StageRegistry(builtins=False, plugins=False)
    for builtin in builtin_stages():

        def run(batch: Sequence[Work], resource: Any, function: Any = builtin.function, name: str = builtin.name) -> None:
            start = time.process_time()
            function(batch, resource)
            spent[name] += time.process_time() - start

        registry.register(replace(builtin, function=run))
    return registry


def run_pipeline(pages: Sequence[RawPage], settings: Settings, spent: dict[str, float]) -> tuple[list[Page], float, float]:
    pipeline = Pipeline(DEFAULT_STAGES, settings, registry=timed_registry(spent))
    wall, cpu = time.perf_counter(), time.process_time()
    # A page without an article is a Failure here: real corpora have them, and bare spaCy never sees them either.
    results = [page for page in pipeline.run(pages) if isinstance(page, Page)]
    return results, time.perf_counter() - wall, time.process_time() - cpu


def run_bare(texts: Sequence[str], nlp: Any, batch_size: int) -> tuple[float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    for _ in nlp.pipe(texts, batch_size=batch_size):
        pass
    return time.perf_counter() - wall, time.process_time() - cpu


def measure(corpus: Corpus, settings: Settings, bare_nlp: Any, rounds: int) -> float:
    """Print articles/second of both sides, their ratio and each stage's share; returns the ratio (CPU time)."""
    texts = [a.text for r in Pipeline(["structure"]).run(corpus.pages) if isinstance(r, Page) for a in r.articles]
    run_pipeline(corpus.pages[:3], settings, defaultdict(float))  # warm-up: lazy tables and caches
    run_bare(texts[:3], bare_nlp, settings.batch_size)
    best: dict[str, float] = {"bare wall": float("inf"), "bare cpu": float("inf"), "wall": float("inf"), "cpu": float("inf")}
    stages: dict[str, float] = {}
    pages: list[Page] = []
    for _ in range(rounds):  # interleaved, so a busy moment of the machine hits every side alike
        wall, cpu = run_bare(texts, bare_nlp, settings.batch_size)
        best["bare wall"], best["bare cpu"] = min(best["bare wall"], wall), min(best["bare cpu"], cpu)
        spent: dict[str, float] = defaultdict(float)
        pages, wall, cpu = run_pipeline(corpus.pages, settings, spent)
        if cpu < best["cpu"]:
            stages = dict(spent)
        best["wall"], best["cpu"] = min(best["wall"], wall), min(best["cpu"], cpu)
    count = len(texts)
    print(f"{corpus.name}: {count} articles, {sum(len(t) for t in texts):,} characters")
    print(f"  {'':40} {'articles/s':>11} {'(CPU time)':>11}")
    print(f"  {'bare nlp.pipe, same model and texts':40} {count / best['bare wall']:11.1f} {count / best['bare cpu']:11.1f}")
    print(f"  {'default pipeline, every stage':40} {count / best['wall']:11.1f} {count / best['cpu']:11.1f}")
    print(f"  {'ratio pipeline / bare spaCy':40} {best['bare wall'] / best['wall']:11.3f} {best['bare cpu'] / best['cpu']:11.3f}")
    reading = best["cpu"] - sum(stages.values())
    print("  CPU seconds by stage (fastest round): " + ", ".join(f"{k} {v:.2f}" for k, v in stages.items())
          + f", reading and batching {reading:.2f}")  # fmt: skip
    print(f"  peak RSS: {peak_mib():.0f} MiB")
    print(f"  ({sum(len(a.quotes or []) for p in pages for a in p.articles)} quotes, "
          f"{sum(len(a.entities or []) for p in pages for a in p.articles)} entities found)")  # fmt: skip
    return best["bare cpu"] / best["cpu"]


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=300, help="synthetic pages to generate (default 300)")
    parser.add_argument("--html-data", type=Path, help="folder holding html/*.html.gz (the 181 benchmark pages)")
    parser.add_argument("--model", help="spaCy pipeline (default: $DATELINE_SPACY_MODEL or the bundled small model)")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--rounds", type=int, default=3, help="timed passes; the fastest counts (default 3)")
    options = parser.parse_args(argv)

    import spacy

    from dateline.language import load_model

    settings = Settings(model=options.model, batch_size=options.batch_size)
    name = model_name(options.model)
    shared_resource(f"spacy:{name}", lambda: load_model(name))  # loaded before timing, as for bare spaCy
    bare_nlp = spacy.load(name)
    print(f"model {name}, batch size {options.batch_size}, best of {options.rounds}")
    corpora = [synthetic_corpus(options.pages)]
    if options.html_data:
        corpora.append(html_corpus(options.html_data))
    for corpus in corpora:
        measure(corpus, settings, bare_nlp, options.rounds)


if __name__ == "__main__":
    main()
