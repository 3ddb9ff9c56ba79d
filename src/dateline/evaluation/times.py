"""Score time expressions on TempEval-3 TimeML documents: extraction (strict and relaxed) and value.

Each document's creation time (its DCT) is the anchor. A system expression matches a gold one *relaxed*
when their extents overlap and *strictly* when the extents are the same (edge whitespace and a final full
stop aside); each gold expression matches at most one system expression. As in TempEval-3, the value (and
type) scores count the relaxed matches whose value (type) is also right: value precision is right values
over system expressions, value recall right values over gold ones. The creation time itself is not scored:
it is given, not found.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from dateline.errors import DatelineError, Errors
from dateline.evaluation.report import Report, Score
from dateline.model import Article, Page, Source, split_paragraphs
from dateline.pipeline import Pipeline, Settings
from dateline.records import TimeExpression
from dateline.times import find_times
from dateline.times.resolver import Anchor

SPLITS: dict[str, tuple[str, ...]] = {
    "tbaq": ("tbaq-cleaned", "tbaq"),
    "platinum": ("te3-platinum", "platinum"),
}
REFERENCES = (
    "reference on te3-platinum (TempEval-3): HeidelTime strict F1 0.813, relaxed F1 0.903, value F1 0.776; "
    "SUTime value F1 0.674"
)
_TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*?)(/?)>", re.S)
_ATTRIBUTE = re.compile(r'([A-Za-z_]+)\s*=\s*"([^"]*)"')


@dataclass(frozen=True, slots=True)
class GoldTime:
    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass(slots=True)
class TimeMLDocument:
    """The plain text of a TimeML document's TEXT element, its TIMEX3 spans in it, and its creation time."""

    name: str
    text: str
    dct: str | None
    times: list[GoldTime] = field(default_factory=list)


@dataclass(slots=True)
class Counts:
    gold: int = 0
    system: int = 0
    relaxed: int = 0
    strict: int = 0
    value: int = 0
    type: int = 0

    def add(self, other: Counts) -> None:
        for name in ("gold", "system", "relaxed", "strict", "value", "type"):
            setattr(self, name, getattr(self, name) + getattr(other, name))


def read_timeml(path: Path) -> TimeMLDocument:
    """Read one TimeML file; raises ``ValueError`` when it has no TEXT element."""
    raw = path.read_text(encoding="utf-8")
    dct_match = re.search(r"<DCT>.*?<TIMEX3([^>]*)>", raw, re.S) or re.search(
        r"<TIMEX3([^>]*functionInDocument=\"CREATION_TIME\"[^>]*)>", raw
    )
    dct = dict(_ATTRIBUTE.findall(dct_match.group(1))).get("value") if dct_match else None
    body = re.search(r"<TEXT>(.*?)</TEXT>", raw, re.S)
    if body is None:
        raise ValueError("no <TEXT> element")
    return _plain_text(path.stem, body.group(1), dct)


def _plain_text(name: str, markup: str, dct: str | None) -> TimeMLDocument:
    pieces: list[str] = []
    length = 0
    times: list[GoldTime] = []
    open_time: tuple[int, dict[str, str]] | None = None
    position = 0
    for tag in _TAG.finditer(markup):
        chunk = html.unescape(markup[position : tag.start()])
        pieces.append(chunk)
        length += len(chunk)
        position = tag.end()
        closing, name_, attributes, empty = tag.group(1), tag.group(2), tag.group(3), tag.group(4)
        if name_ != "TIMEX3" or empty:
            continue  # events and signals are not scored here; an empty TIMEX3 has no text to find
        if not closing:
            open_time = (length, dict(_ATTRIBUTE.findall(attributes)))
        elif open_time is not None:
            start, attrs = open_time
            text = "".join(pieces)[start:length]
            if text.strip():
                times.append(GoldTime(start, length, text, attrs.get("type", ""), attrs.get("value", "")))
            open_time = None
    pieces.append(html.unescape(markup[position:]))
    return TimeMLDocument(name, "".join(pieces), dct, times)


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".,;:"):
        end -= 1
    return start, end


def score_document(document: TimeMLDocument, system: Iterable[TimeExpression]) -> Counts:
    """Match system records to the gold expressions of one document and count what agrees."""
    found = sorted(system, key=lambda item: (item.start, item.end))
    counts = Counts(gold=len(document.times), system=len(found))
    used: set[int] = set()
    for gold in document.times:
        for index, item in enumerate(found):
            if index in used or item.end <= gold.start or item.start >= gold.end:
                continue
            used.add(index)
            counts.relaxed += 1
            if _trimmed(document.text, item.start, item.end) == _trimmed(document.text, gold.start, gold.end):
                counts.strict += 1
            counts.value += item.value == gold.value
            counts.type += item.type == gold.type
            break
    return counts


def parse_text(text: str) -> str:
    """The text as given to the parser: single line breaks (wrapped lines) become spaces, offsets unchanged,
    so that the language stage's paragraph rule does not cut sentences at every wrapped line."""
    return re.sub(r"(?<!\n)\n(?!\n)", " ", text)


def document_page(document: TimeMLDocument) -> Page:
    """The document as the pipeline reads it: one article, its text as given to the parser, its DCT as published."""
    text = parse_text(document.text)
    article = Article(text=text, paragraphs=split_paragraphs(text, "\n\n"), published=document.dct)
    return Page(source=Source(path=document.name, bytes=len(text.encode("utf-8"))), articles=[article])


def tag_without_parse(document: TimeMLDocument) -> list[TimeExpression]:
    """The finder alone, with no parse to give tenses: how much the parse adds."""
    return find_times(parse_text(document.text), Anchor.parse(document.dct))


def split_folder(data: Path, split: str) -> Path:
    """The folder of ``split`` inside ``data`` (searched a few levels down), or ``data`` itself."""
    names = SPLITS[split]
    if data.name.lower() in names:
        return data
    for depth in range(1, 5):
        for candidate in sorted(data.glob("/".join(["*"] * depth))):
            if candidate.is_dir() and candidate.name.lower() in names:
                return candidate
    return data


def documents(data: Path, split: str = "tbaq", limit: int | None = None) -> Iterator[TimeMLDocument]:
    what = "TempEval-3 TimeML folder"
    if not data.is_dir():
        raise DatelineError(Errors.E013, path=str(data), what=what, detail="no such directory")
    folder = split_folder(data, split)
    paths: list[Path] = []
    for path in sorted(folder.rglob("*.tml")):
        # TBAQ-cleaned ships one document twice (a copy under testpipeline/); score each document once.
        if path.name not in {seen.name for seen in paths}:
            paths.append(path)
    if not paths:
        raise DatelineError(Errors.E013, path=str(data), what=what, detail=f"no .tml files for split {split!r}")
    for path in paths[: limit if limit is not None else None]:
        try:
            yield read_timeml(path)
        except (OSError, UnicodeDecodeError, ValueError) as error:
            raise DatelineError(Errors.E013, path=str(data), what=what, detail=f"{path.name}: {error}") from None


def evaluate_times(
    data: Path, split: str = "tbaq", limit: int | None = None, settings: Settings | None = None, parse: bool = True
) -> Report:
    """Score dateline's times on a TempEval-3 split through the shipped pipeline (language and times stages), each
    document's creation time as its anchor; ``parse=False`` scores the finder without a parse."""
    data = Path(data)
    total = Counts()
    count = 0
    docs = list(documents(data, split, limit))
    if parse:
        pipeline = Pipeline(["times"], settings)
        for document, page in zip(docs, pipeline.run(document_page(d) for d in docs)):
            assert isinstance(page, Page)  # pages built here are never failures
            count += 1
            total.add(score_document(document, page.articles[0].times or []))
    else:
        for document in docs:
            count += 1
            total.add(score_document(document, tag_without_parse(document)))
    return build_report(total, str(data), split, count)


def build_report(total: Counts, data: str, split: str, documents_scored: int) -> Report:
    relaxed = Score.from_counts("relaxed", total.relaxed, total.system, total.gold, total.gold)
    if total.relaxed:
        relaxed.extra = {"value_accuracy": total.value / total.relaxed, "type_accuracy": total.type / total.relaxed}
    scores = [
        Score.from_counts("strict", total.strict, total.system, total.gold, total.gold),
        relaxed,
        Score.from_counts("value", total.value, total.system, total.gold, total.gold),
        Score.from_counts("type", total.type, total.system, total.gold, total.gold),
    ]
    notes = [
        f"split {split}: {documents_scored} documents, {total.gold} gold and {total.system} found expressions; "
        "anchor: each document's creation time",
        REFERENCES,
    ]
    return Report(task="times", data=data, scores=scores, notes=notes, split=split)
