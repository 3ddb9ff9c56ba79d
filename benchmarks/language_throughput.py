"""Articles per second of the full pipeline (structure, language, entities) against bare spaCy on the same texts.

    python benchmarks/language_throughput.py [--pages N] [--html-data PATH] [--model NAME] [--batch-size N]
                                             [--rounds N] [--cross-page]

The corpus is ``--pages`` synthetic pages (benchmarks/synthetic.py) and, with ``--html-data``, the 181 pages of the
article-extraction benchmark (``PATH/html/*.html.gz``). Both sides run in this one process with the same model and
batch size, after a warm-up that loads the model, the tables and the caches. The pipeline side goes from each raw
page to articles with entities through ``extract_raw_pages``, the function ``extract_files`` runs (one run
context for all pages, so the cross-article registry grows as it would over a collection, and the articles of
several pages batched through the language model together); the bare side is ``nlp.pipe`` over the article texts the pipeline
found, with nothing added to the model. Rates are given by wall-clock and by CPU time: on a shared machine the
CPU-time figure is the steadier one. Peak memory is the process's peak resident set size, read after the models
load, after bare spaCy and after the pipeline. ``--cross-page`` adds the same stages run over the articles of
``--batch-size`` pages at a time, with no reading or output assembly, as a bound on what batching can give.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import synthetic_pages  # noqa: E402

from dateline.extraction import extract_raw_pages  # noqa: E402
from dateline.language import load_model, model_name  # noqa: E402
from dateline.model import Page  # noqa: E402
from dateline.pipeline import Context, Settings, resolve_stages, run_stages, shared_resource  # noqa: E402
from dateline.reader import RawPage, decode_page  # noqa: E402
from dateline.structure import read_articles  # noqa: E402


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


@dataclass(slots=True)
class Timing:
    wall: float = float("inf")
    cpu: float = float("inf")

    def keep_best(self, wall: float, cpu: float) -> None:
        self.wall, self.cpu = min(self.wall, wall), min(self.cpu, cpu)


def run_pipeline(pages: Sequence[RawPage], settings: Settings, nlp: object) -> tuple[list[Page], float, float]:
    """Every page through structure, language and entities exactly as ``extract_files`` runs them: one run context
    for all pages, and the articles of several pages batched through the stages together."""
    context = Context(settings=settings)
    shared_resource(f"spacy:{model_name(settings.model)}", lambda: nlp)  # loaded before timing, as for bare spaCy
    wall, cpu = time.perf_counter(), time.process_time()
    # A page without an article is a Failure here: real corpora have them, and bare spaCy never sees them either.
    results = [
        page for page in extract_raw_pages(pages, stages=["entities"], context=context) if isinstance(page, Page)
    ]
    return results, time.perf_counter() - wall, time.process_time() - cpu


def run_batched(pages: Sequence[RawPage], settings: Settings, nlp: object) -> tuple[float, float]:
    """The same stages with the articles of ``batch_size`` pages handed over together, as a collection run could:
    the language pass then batches across pages, as bare spaCy does."""
    context = Context(settings=settings)
    shared_resource(f"spacy:{model_name(settings.model)}", lambda: nlp)
    stages = resolve_stages(["entities"])
    wall, cpu = time.perf_counter(), time.process_time()
    for n in range(0, len(pages), settings.batch_size):
        articles = [a for raw in pages[n : n + settings.batch_size] for a in read_articles(raw.text, raw.format)]
        run_stages(articles, stages, context)
    return time.perf_counter() - wall, time.process_time() - cpu


def run_bare(texts: Sequence[str], nlp: object, batch_size: int) -> tuple[float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    for _ in nlp.pipe(texts, batch_size=batch_size):  # type: ignore[attr-defined]
        pass
    return time.perf_counter() - wall, time.process_time() - cpu


def measure(
    corpus: Corpus, settings: Settings, pipeline_nlp: object, bare_nlp: object, rounds: int, with_batched: bool = False
) -> float:
    """Print articles/second of both sides and their ratio; returns the ratio (by CPU time)."""
    texts = [a.text for raw in corpus.pages for a in read_articles(raw.text, raw.format)]
    run_pipeline(corpus.pages[:3], settings, pipeline_nlp)  # warm-up: lazy tables and caches
    run_bare(texts[:3], bare_nlp, settings.batch_size)
    loaded = peak_mib()
    bare, pipeline, batched = Timing(), Timing(), Timing()
    pages: list[Page] = []
    for _ in range(rounds):  # interleaved, so a busy moment of the machine hits every side alike
        bare.keep_best(*run_bare(texts, bare_nlp, settings.batch_size))
        bare_peak = peak_mib()
        pages, wall, cpu = run_pipeline(corpus.pages, settings, pipeline_nlp)
        pipeline.keep_best(wall, cpu)
        if with_batched:
            batched.keep_best(*run_batched(corpus.pages, settings, pipeline_nlp))
    pipeline_peak = peak_mib()
    count = len(texts)
    found = sum(len(a.entities or []) for p in pages for a in p.articles)
    print(f"{corpus.name}: {count} articles, {sum(len(t) for t in texts):,} characters, {found} entities")
    print(f"  {'':40} {'articles/s':>11} {'(CPU time)':>11}")
    print(f"  {'bare nlp.pipe, same model and texts':40} {count / bare.wall:11.1f} {count / bare.cpu:11.1f}")
    print(f"  {'pipeline (structure+language+entities)':40} {count / pipeline.wall:11.1f} {count / pipeline.cpu:11.1f}")
    print(f"  {'ratio pipeline / bare spaCy':40} {bare.wall / pipeline.wall:11.3f} {bare.cpu / pipeline.cpu:11.3f}")
    if with_batched:
        label = f"same stages, {settings.batch_size} pages per batch"
        print(f"  {label:40} {count / batched.wall:11.1f} {count / batched.cpu:11.1f}")
        print(f"  {'ratio batched pipeline / bare spaCy':40} {bare.wall / batched.wall:11.3f} {bare.cpu / batched.cpu:11.3f}")
    print(f"  peak RSS: {loaded:.0f} MiB with both models loaded, {bare_peak:.0f} MiB after bare spaCy, "
          f"{pipeline_peak:.0f} MiB after the pipeline")
    return bare.cpu / pipeline.cpu


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=300, help="synthetic pages to generate (default 300)")
    parser.add_argument("--html-data", type=Path, help="folder holding html/*.html.gz (the 181 benchmark pages)")
    parser.add_argument("--model", help="spaCy pipeline (default: $DATELINE_SPACY_MODEL or the bundled small model)")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--rounds", type=int, default=3, help="timed passes; the fastest counts (default 3)")
    parser.add_argument(
        "--cross-page", action="store_true", help="also time the stages with the articles of many pages batched together"
    )
    options = parser.parse_args(argv)

    import spacy

    settings = Settings(model=options.model, batch_size=options.batch_size)
    pipeline_nlp = load_model(options.model)
    bare_nlp = spacy.load(model_name(options.model))
    print(f"model {model_name(options.model)}, batch size {options.batch_size}, best of {options.rounds}")
    corpora = [synthetic_corpus(options.pages)]
    if options.html_data:
        corpora.append(html_corpus(options.html_data))
    for corpus in corpora:
        measure(corpus, settings, pipeline_nlp, bare_nlp, options.rounds, options.cross_page)


if __name__ == "__main__":
    main()
