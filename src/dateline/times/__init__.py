"""Time expressions: find them, place them on the calendar, attach them to articles.

:func:`find_times` is the whole job on one text, without the pipeline: it needs no language model (give it a
tense lookup from a parse for better weekdays and month names). The ``times`` stage in
:mod:`dateline.times.stage` runs it on every article with the article's own time as the anchor.
"""

from __future__ import annotations

from typing import Any

from dateline.times.dates import Point
from dateline.times.expressions import Expression
from dateline.times.finder import find_expressions
from dateline.times.resolver import Anchor, Resolved, resolve
from dateline.times.tense import TenseLookup

TimeRecord = dict[str, Any]


def find_times(text: str, anchor: Anchor | str | None = None, tense: TenseLookup | None = None) -> list[TimeRecord]:
    """Every time expression in ``text`` as a record: text, start, end, type, value and mod.

    ``anchor`` is the time the text was written (an :class:`Anchor` or an ISO 8601 string); without one,
    relative expressions keep an underspecified value. ``tense`` gives the tense at a character span.
    """
    if isinstance(anchor, str):
        anchor = Anchor.parse(anchor)
    return [record(expression, resolved) for expression, resolved in resolve_all(find_expressions(text), anchor, tense)]


def resolve_all(
    expressions: list[Expression], anchor: Anchor | None, tense: TenseLookup | None = None
) -> list[tuple[Expression, Resolved]]:
    """Resolve expressions in text order, each anaphoric one against the last point named before it."""
    previous: Point | None = None
    results: list[tuple[Expression, Resolved]] = []
    for expression in expressions:
        resolved = resolve(expression, anchor, tense(expression.start, expression.end) if tense else None, previous)
        if resolved.point is not None:
            previous = resolved.point
        results.append((expression, resolved))
    return results


def record(expression: Expression, resolved: Resolved) -> TimeRecord:
    return {
        "text": expression.text,
        "start": expression.start,
        "end": expression.end,
        "type": resolved.type,
        "value": resolved.value,
        "mod": resolved.mod,
    }


__all__ = ["Anchor", "TimeRecord", "find_expressions", "find_times", "resolve", "resolve_all"]
