"""Find every quote of one article: pure, from the text, its parse, its paragraphs and (optionally) its entities."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from dateline.quotes.continuation import carry_on
from dateline.quotes.direct import find_direct
from dateline.quotes.indirect import find_indirect
from dateline.quotes.layout import Paragraph, make_layout
from dateline.quotes.partial import find_partial
from dateline.quotes.records import Found, quote_record
from dateline.quotes.resolve import resolve_people
from dateline.quotes.syntax import Doc
from dateline.records import Entity, Quote, TimeExpression


def find_quotes(
    text: str,
    doc: Doc,
    paragraphs: Sequence[Paragraph] | None = None,
    entities: Sequence[Entity] | None = None,
    times: Sequence[TimeExpression] | None = None,
) -> list[Quote]:
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
    entities: Sequence[Entity] | None = None,
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


def _times_by_start(times: Sequence[TimeExpression] | None) -> list[TimeExpression]:
    """The times stage's records in text order, for bisecting."""
    return sorted(times or (), key=lambda record: (record.start, record.end))


def _date_value(found: Found, dated: list[TimeExpression]) -> str | None:
    """The value the times stage gave the quote's date, when it resolved the same words."""
    if found.date is None or not dated:
        return None
    # Time expressions never overlap one another, so only the last one starting before the date's end can overlap it.
    index = bisect_left(dated, found.date.end, key=lambda record: record.start) - 1
    if index >= 0:
        record = dated[index]
        if record.start < found.date.end and found.date.start < record.end:
            return record.value
    return None
