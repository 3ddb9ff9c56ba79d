"""Score article-body extraction on the article-extraction-benchmark pages, with that benchmark's metric.

The metric compares word 4-gram *shingles*. Words are runs of word characters (``\\w+``), so punctuation and
layout do not count. For each page, the shingles of the extracted text and of the reference body are counted
as multisets; matched, extra and missing shingles are divided by their sum, so that a long article weighs no
more than a short one. Precision is averaged over the pages where the system produced any text, recall over the
pages that have a reference body, and F1 is computed from those two averages.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path

from dateline.errors import DatelineError, Errors, InputError
from dateline.evaluation.flatten import flatten_html
from dateline.evaluation.report import Report, Score, f1
from dateline.model import Page
from dateline.pipeline import STRUCTURE, Pipeline
from dateline.reader import decode_page, raw_page_from_text

SHINGLE_SIZE = 4
_WORD = re.compile(r"\w+")

Extractor = Callable[[str], str]
_WHAT = "article-extraction-benchmark folder"


@dataclass(frozen=True, slots=True)
class PageCounts:
    """Shares of matched, extra and missing shingles on one page; they add up to 1 (or are all 0)."""

    matched: float
    extra: float
    missing: float


def shingles(text: str | None, size: int = SHINGLE_SIZE) -> Counter[tuple[str, ...]]:
    """The multiset of word ``size``-grams; a text shorter than ``size`` words is one shorter shingle."""
    words = _WORD.findall(text or "")
    if not words:
        return Counter()
    if len(words) <= size:
        return Counter([tuple(words)])
    return Counter(tuple(words[i : i + size]) for i in range(len(words) - size + 1))


def compare(reference: str | None, extracted: str | None) -> PageCounts:
    expected, produced = shingles(reference), shingles(extracted)
    matched = sum((expected & produced).values())
    extra = sum((produced - expected).values())
    missing = sum((expected - produced).values())
    total = matched + extra + missing
    if total == 0:
        return PageCounts(0.0, 0.0, 0.0)
    return PageCounts(matched / total, extra / total, missing / total)


def average(name: str, pages: list[PageCounts]) -> Score:
    """Mean per-page precision and recall; a page without output has no precision, one without a reference no recall."""
    precisions = [p.matched / (p.matched + p.extra) for p in pages if p.matched + p.extra > 0]
    recalls = [p.matched / (p.matched + p.missing) for p in pages if p.matched + p.missing > 0]
    precision = sum(precisions) / len(precisions) if precisions else 0.0
    recall = sum(recalls) / len(recalls) if recalls else 0.0
    return Score(name, precision, recall, f1(precision, recall), len(pages))


def pipeline_body(text: str, page_format: str) -> str:
    """The article text the shipped pipeline's page reader gives a page; all articles' texts when it finds several,
    nothing when it finds none."""
    raw = raw_page_from_text(text, "<page>", page_format)  # type: ignore[arg-type]
    (result,) = Pipeline([STRUCTURE]).run([raw])
    return "\n\n".join(article.text for article in result.articles) if isinstance(result, Page) else ""


def dateline_body(html: str) -> str:
    """The article text dateline produces for an HTML page."""
    return pipeline_body(html, "html")


def trafilatura_body(html: str) -> str:
    """Plain trafilatura with its default settings, the baseline we must not fall below."""
    import trafilatura

    return trafilatura.extract(html) or ""


def dateline_text_body(html: str) -> str:
    """The article text dateline's plain-text reader finds in the page flattened to a text dump."""
    return pipeline_body(flatten_html(html), "text")


def evaluate_extraction(data: Path, limit: int | None = None, baseline: bool = True, as_text: bool = False) -> Report:
    """Score dateline (and, with ``baseline``, plain trafilatura) on the benchmark folder ``data``.

    With ``as_text`` the plain-text reader is scored instead, on each page flattened to the text a scraper would
    dump (navigation and all); its baseline is that dump itself, unread.
    """
    data = Path(data)
    truth = _load_truth(data)
    systems: dict[str, Extractor] = {"dateline": dateline_text_body if as_text else dateline_body}
    if baseline:
        systems["raw text dump" if as_text else "trafilatura"] = flatten_html if as_text else trafilatura_body
    counts: dict[str, list[PageCounts]] = {name: [] for name in systems}
    pages = 0
    for _, html, reference in _pages(data, truth, limit):
        pages += 1
        for name, extract in systems.items():
            counts[name].append(compare(reference, extract(html)))
    scores = [average(name, counts[name]) for name in systems]
    notes = [f"{pages} pages; word {SHINGLE_SIZE}-gram shingles, per-page shares averaged over pages"]
    if as_text:
        notes.append("plain-text reader on each page flattened to its visible text, one block a line")
        return Report(task="extraction-text", data=str(data), scores=scores, notes=notes)
    notes.append(f"trafilatura {version('trafilatura')} (dateline's extractor, and the baseline with default settings)")
    return Report(task="extraction", data=str(data), scores=scores, notes=notes)


def _load_truth(data: Path) -> dict[str, str]:
    what = _WHAT
    if not data.is_dir():
        raise DatelineError(Errors.E013, path=str(data), what=what, detail="no such directory")
    truth_path = data / "ground-truth.json"
    if not truth_path.is_file():
        raise DatelineError(Errors.E013, path=str(data), what=what, detail="ground-truth.json is missing")
    if not (data / "html").is_dir():
        raise DatelineError(Errors.E013, path=str(data), what=what, detail="the html/ folder is missing")
    try:
        raw = json.loads(truth_path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as error:
        detail = f"ground-truth.json unreadable ({error})"
        raise DatelineError(Errors.E013, path=str(data), what=what, detail=detail) from None
    if not isinstance(raw, dict) or not raw:
        raise DatelineError(Errors.E013, path=str(data), what=what, detail="ground-truth.json holds no pages")
    truth: dict[str, str] = {}
    for page_id, entry in raw.items():
        if not isinstance(entry, dict) or not isinstance(entry.get("articleBody", ""), str):
            detail = f"entry {page_id!r} has no articleBody text"
            raise DatelineError(Errors.E013, path=str(data), what=what, detail=detail)
        truth[page_id] = entry.get("articleBody") or ""
    return truth


def _pages(data: Path, truth: dict[str, str], limit: int | None) -> Iterator[tuple[str, str, str]]:
    ids = sorted(truth)
    if limit is not None:
        ids = ids[: max(limit, 0)]
    for page_id in ids:
        path = data / "html" / f"{page_id}.html.gz"
        try:
            raw = decode_page(path.read_bytes(), path=str(path))
        except OSError as error:
            detail = f"cannot read {path.name} ({error.strerror or error})"
            raise DatelineError(Errors.E013, path=str(data), what=_WHAT, detail=detail) from None
        except InputError as error:
            raise DatelineError(Errors.E013, path=str(data), what=_WHAT, detail=str(error)) from None
        yield page_id, raw.text, truth[page_id]
