"""Moving records' character offsets between two forms of one text: a window and its article, a text read without
its invisible characters and the text as printed.

Zero-width spaces and joiners, bidi controls, soft hyphens and byte-order marks are invisible on the page but split
a name for the model ("Ser\\u200bgei" is not "Sergei"), and hostile or sloppy pages hold them. An article that has
any is read without them: the stages see the text with those characters taken out, and every record's offsets are
then mapped back onto the text as printed, its ``text`` fields taken from there, so ``text[start:end]`` holds.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, fields, is_dataclass, replace
from typing import Any

from dateline.model import STAGE_FIELDS, Article, Caption, Paragraph

# Zero-width space, non-joiner and joiner, the direction marks and embeddings, word joiner and invisible operators,
# the isolates, the byte-order mark and the soft hyphen.
INVISIBLE = re.compile("[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
OffsetMap = Callable[[int], int]


def remap(record: Any, start_of: OffsetMap, end_of: OffsetMap) -> None:
    """Map every character offset in ``record`` (and the records inside it), in place: starts with ``start_of``,
    ends with ``end_of``."""
    for field in fields(record):
        value = getattr(record, field.name)
        if field.name == "start" and isinstance(value, int):
            record.start = start_of(value)
        elif field.name == "end" and isinstance(value, int):
            record.end = end_of(value)
        elif field.name in ("pieces", "verbatim") and isinstance(value, list):
            for span in value:
                span[0], span[1] = start_of(span[0]), end_of(span[1])
        elif is_dataclass(value):
            remap(value, start_of, end_of)
        elif isinstance(value, list):
            for item in value:
                if is_dataclass(item):
                    remap(item, start_of, end_of)


def shift(record: Any, delta: int) -> None:
    """Move every character offset in ``record`` by ``delta``, in place."""
    remap(record, lambda offset: offset + delta, lambda offset: offset + delta)


@dataclass(slots=True)
class VisibleText:
    """An article read without its invisible characters, and where each of its characters stands in the original."""

    article: Article
    positions: list[int]  # original offset of each character of the visible text

    def start_of(self, offset: int) -> int:
        return self.positions[offset] if offset < len(self.positions) else self._end()

    def end_of(self, offset: int) -> int:
        return self.positions[offset - 1] + 1 if offset > 0 else 0

    def _end(self) -> int:
        return self.positions[-1] + 1 if self.positions else 0


def without_invisibles(article: Article) -> VisibleText | None:
    """The article as the stages should read it, or None when it has no invisible character."""
    if not INVISIBLE.search(article.text):
        return None
    positions = [i for i, char in enumerate(article.text) if not INVISIBLE.match(char)]
    visible = "".join(article.text[i] for i in positions)
    paragraphs = []
    for paragraph in article.paragraphs:
        start, end = bisect_left(positions, paragraph.start), bisect_left(positions, paragraph.end)
        if start < end:
            paragraphs.append(Paragraph(start, end, paragraph.kind))
    strip = INVISIBLE.sub
    reading = replace(
        article,
        id="",
        text=visible,
        paragraphs=paragraphs,
        title=strip("", article.title) if article.title else article.title,
        dateline=strip("", article.dateline) if article.dateline else article.dateline,
        key_points=[strip("", point) for point in article.key_points],
        captions=[Caption(strip("", c.text), c.credit, c.index, c.total) for c in article.captions],
        problems=[],
    )  # with an id of its own, from its own text
    return VisibleText(reading, positions)


def restore(article: Article, visible: VisibleText) -> None:
    """Put the records the stages gave the visible text on ``article``, with offsets and texts of the original."""
    source = article.text
    for name in STAGE_FIELDS:
        records = getattr(visible.article, name)
        if name != "extra" and records is not None:
            for record in records:
                remap(record, visible.start_of, visible.end_of)
                _retext(record, source)
        setattr(article, name, records)
    for problem in visible.article.problems:
        problem.message = problem.message.replace(visible.article.id, article.id)
        problem.article = article.id
        article.problems.append(problem)


def _retext(record: Any, source: str) -> None:
    """A record's ``text`` is what the original holds at its offsets (a quote's: its pieces, joined by a space)."""
    names = {field.name for field in fields(record)}
    if "pieces" in names and "text" in names:
        record.text = " ".join(source[start:end] for start, end in record.pieces)
    elif {"start", "end", "text"} <= names and isinstance(record.text, str):
        record.text = source[record.start : record.end]
    for name in names:
        value = getattr(record, name)
        if is_dataclass(value):
            _retext(value, source)
        elif isinstance(value, list):
            for item in value:
                if is_dataclass(item):
                    _retext(item, source)
