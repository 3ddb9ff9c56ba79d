"""What coding events costs: the default pipeline with and without the events and counts stages, on the same pages,
in one process, beside bare spaCy.

    python benchmarks/events_cost.py [--pages N] [--html-data PATH] [--rounds N]

Both pipelines are :class:`dateline.pipeline.Pipeline` as ``dateline extract`` builds them, each stage's function
timed in CPU seconds (as language_throughput.py does); the ratio is CPU time with events over CPU time without,
and, steadier on a shared machine, the events and counts stages' own time over the rest of the same run.
The brief's bounds: events and counts at most 10% on top of the other stages, and the whole default pipeline at
0.8x bare ``nlp.pipe`` over the same article texts or better.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from language_throughput import html_corpus, run_bare, synthetic_corpus, timed_registry  # noqa: E402

from dateline.model import Page  # noqa: E402
from dateline.pipeline import DEFAULT_STAGES, Pipeline, Settings, model_name  # noqa: E402

WITHOUT = tuple(name for name in DEFAULT_STAGES if name not in ("events", "counts"))


def cpu_of(stages: tuple[str, ...], pages: list, settings: Settings, spent: dict[str, float]) -> float:
    pipeline = Pipeline(stages, settings, registry=timed_registry(spent))
    start = time.process_time()
    for _ in pipeline.run(pages):
        pass
    return time.process_time() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=200, help="synthetic pages (default 200)")
    parser.add_argument("--html-data", type=Path, help="the article-extraction benchmark folder, for its HTML pages too")
    parser.add_argument("--rounds", type=int, default=2, help="runs of each side; the best is kept (default 2)")
    options = parser.parse_args()
    settings = Settings()
    corpora = [synthetic_corpus(options.pages)] + ([html_corpus(options.html_data)] if options.html_data else [])
    import spacy

    nlp = spacy.load(model_name(settings.model))  # the model as installed: none of the pipeline's own components
    for corpus in corpora:
        texts = [a.text for r in Pipeline(["structure"]).run(corpus.pages) if isinstance(r, Page) for a in r.articles]
        cpu_of(DEFAULT_STAGES, corpus.pages[:3], settings, defaultdict(float))  # warm-up: tables, lexicons, caches
        best = {"with": float("inf"), "without": float("inf"), "bare": float("inf")}
        stages: dict[str, float] = {}
        for _ in range(options.rounds):
            spent: dict[str, float] = defaultdict(float)
            with_events = cpu_of(DEFAULT_STAGES, corpus.pages, settings, spent)
            if with_events < best["with"]:  # the stages' own times from the fastest round, as for the totals
                best["with"], stages = with_events, dict(spent)
            best["without"] = min(best["without"], cpu_of(WITHOUT, corpus.pages, settings, defaultdict(float)))
            best["bare"] = min(best["bare"], run_bare(texts, nlp, settings.batch_size)[1])
        print(f"{corpus.name}: {len(texts)} articles, best of {options.rounds}, CPU seconds")
        print(f"  without events and counts {best['without']:8.2f}")
        print(f"  with events and counts    {best['with']:8.2f}   ratio {best['with'] / best['without']:.3f} (bound 1.10)")
        print(f"  bare nlp.pipe             {best['bare']:8.2f}   default pipeline throughput vs bare "
              f"{best['bare'] / best['with']:.3f} (bound 0.80)")
        for name in ("events", "counts"):
            print(f"  {name:<8} {stages.get(name, 0.0):6.2f} s ({100 * stages.get(name, 0.0) / best['with']:.1f}% of the pipeline)")
        # The language pass alone moves by 10-20% between runs on a shared machine; the stages' own time, from one
        # run, is the steadier measure of what events add.
        added = stages.get("events", 0.0) + stages.get("counts", 0.0)
        print(f"  within one run: events and counts over the other stages {1 + added / (best['with'] - added):.3f} (bound 1.10)")


if __name__ == "__main__":
    main()
