"""Pages per second of the structure stage, for plain text and for HTML, with plain trafilatura as a yardstick.

    python benchmarks/throughput.py [--data PATH] [--text-pages N] [--rounds N]

Plain-text pages are the bundled examples (and any text fixtures of the tests), repeated to ``--text-pages``;
HTML pages are those of the article-extraction-benchmark folder. Everything runs in one process, after one
warm-up page per path, so imports and lazily built resources are not counted; rates are pages per CPU second
of this process (the median of ``--rounds`` passes). The HTML timing covers all of
``read_html_page`` (trafilatura's extraction plus what dateline recovers from the page); the ratio says what that
costs over calling ``trafilatura.extract`` alone on the same decoded pages.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from dateline.reader import decode_page
from dateline.structure import read_articles

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT / ".." / "shared" / "data" / "article-extraction-benchmark"
TEXT_SOURCES = (ROOT / "examples", ROOT / "tests" / "fixtures")


def text_pages(count: int) -> list[str]:
    """The bundled plain-text pages, repeated until there are ``count`` of them."""
    found: list[str] = []
    for folder in TEXT_SOURCES:
        if folder.is_dir():
            for path in sorted(folder.rglob("*.txt")):
                page = decode_page(path.read_bytes(), path=str(path))
                if page.format == "text":
                    found.append(page.text)
    if not found:
        return []
    return [found[i % len(found)] for i in range(max(count, len(found)))]


def html_pages(data: Path) -> list[str]:
    folder = data / "html"
    if not folder.is_dir():
        return []
    return [decode_page(path.read_bytes(), path=str(path)).text for path in sorted(folder.glob("*.html.gz"))]


def rates(pages: Sequence[str], readers: dict[str, Callable[[str], object]], rounds: int) -> dict[str, float]:
    """Pages per CPU second of each reader: the median over ``rounds`` passes, the readers taking turns.

    CPU time of this process, not wall time, so that other work on a shared machine does not count; the turns
    keep a slow spell from landing on one reader only.
    """
    for read in readers.values():
        read(pages[0])  # warm-up: imports and caches
    passes: dict[str, list[float]] = {name: [] for name in readers}
    for _ in range(rounds):
        for name, read in readers.items():
            start = time.process_time()
            for page in pages:
                read(page)
            passes[name].append(time.process_time() - start)
    return {name: len(pages) / statistics.median(times) for name, times in passes.items()}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the article-extraction-benchmark folder")
    parser.add_argument("--text-pages", type=int, default=300, help="plain-text pages to time (bundled pages repeated)")
    parser.add_argument("--rounds", type=int, default=3, help="timed passes per measurement; the median is kept")
    args = parser.parse_args(argv)

    import trafilatura

    rows: list[tuple[str, int, float]] = []
    texts = text_pages(args.text_pages)
    if texts:
        measured = rates(texts, {"text": lambda page: read_articles(page, "text")}, args.rounds)
        rows.append(("dateline structure, plain text", len(texts), measured["text"]))
    else:
        print("no bundled plain-text pages found under examples/", file=sys.stderr)
    htmls = html_pages(args.data)
    if htmls:
        readers: dict[str, Callable[[str], object]] = {
            "ours": lambda page: read_articles(page, "html"),
            "theirs": trafilatura.extract,
        }
        measured = rates(htmls, readers, args.rounds)
        ours, theirs = measured["ours"], measured["theirs"]
        rows.append(("dateline structure, HTML", len(htmls), ours))
        rows.append(("trafilatura.extract, HTML", len(htmls), theirs))
    else:
        print(f"no HTML pages under {args.data / 'html'}; pass --data", file=sys.stderr)
    if not rows:
        return 1

    width = max(len(name) for name, *_ in rows)
    print(f"{'path':<{width}}  {'pages':>5}  {'pages/s':>8}  {'ms/page':>8}")
    for name, count, per_second in rows:
        print(f"{name:<{width}}  {count:5d}  {per_second:8.1f}  {1000 / per_second:8.2f}")
    if htmls:
        ratio = ours / theirs
        print(f"dateline HTML / trafilatura: {ratio:.2f} of trafilatura's speed ({1 / ratio:.2f}x the time)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
