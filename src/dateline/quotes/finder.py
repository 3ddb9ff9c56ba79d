"""Find every quote of one article: pure, from the text, its parse, its paragraphs and (optionally) its entities."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from typing import Any

from dateline.quotes.continuation import carry_on
from dateline.quotes.direct import find_direct
from dateline.quotes.indirect import find_indirect
from dateline.quotes.layout import Paragraph, make_layout
from dateline.quotes.partial import find_partial
from dateline.quotes.records import Found, quote_record
from dateline.quotes.resolve import resolve_people
from dateline.quotes.syntax import Doc


def find_quotes(
    text: str,
    doc: Doc,
    paragraphs: Sequence[Paragraph] | None = None,
    entities: Sequence[dict[str, Any]] | None = None,
    times: Sequence[dict[str, Any]] | None = None,
) -> list[dict[str, Any]]:
    """Quote records for one text, in text order.

    ``doc`` is the spaCy parse of ``text`` (offsets are offsets into ``text``); ``paragraphs`` are
    ``(start, end, kind)`` triples, by default every non-blank line; ``entities`` are the entities stage's records,
    used to link speakers; ``times`` the times stage's records, used to give a quote's date its value.
    """
    found = find_attributions(text, doc, paragraphs, entities)
    numbers = {index: f"q{index + 1}" for index in range(len(found))}
    dated = _times_by_start(times)
    return [quote_record(item, index + 1, text, numbers, _date_value(item, dated)) for index, item in enumerate(found)]


def find_attributions(
    text: str,
    doc: Doc,
    paragraphs: Sequence[Paragraph] | None = None,
    entities: Sequence[dict[str, Any]] | None = None,
) -> list[Found]:
    """The attributions before they become records: direct, then partial, then indirect, then who is who."""
    layout = make_layout(text, doc, paragraphs)
    direct, embedded = find_direct(layout)
    partial = find_partial(layout, embedded)
    used = {item.cue_index for item in direct + partial if item.cue_index is not None}
    covered = [(max(start - 1, 0), end + 1) for item in direct for start, end in item.pieces]
    covered += [piece for item in partial for piece in item.pieces]
    indirect = find_indirect(layout, used, covered)
    found = sorted(direct + partial + indirect, key=lambda item: (item.start, item.end))
    resolve_people(layout, found, entities)
    carry_on(layout, found)
    return found


def _times_by_start(times: Sequence[dict[str, Any]] | None) -> list[tuple[int, int, dict[str, Any]]]:
    """The times stage's records with offsets, in text order, for bisecting."""
    spans = [
        (record["start"], record["end"], record)
        for record in times or ()
        if isinstance(record.get("start"), int) and isinstance(record.get("end"), int)
    ]
    return sorted(spans, key=lambda span: (span[0], span[1]))


def _date_value(found: Found, dated: list[tuple[int, int, dict[str, Any]]]) -> str | None:
    """The value the times stage gave the quote's date, when it resolved the same words."""
    if found.date is None or not dated:
        return None
    # Time expressions never overlap one another, so only the last one starting before the date's end can overlap it.
    index = bisect_left(dated, found.date.end, key=lambda span: span[0]) - 1
    if index >= 0:
        start, end, record = dated[index]
        if start < found.date.end and found.date.start < end:
            value = record.get("value")
            return value if isinstance(value, str) else None
    return None
