"""Time expressions: find them, place them on the calendar, attach them to articles.

:func:`find_times` is the whole job on one text, without the pipeline: it needs no language model (give it a
tense lookup from a parse for better weekdays and month names). The ``times`` stage in
:mod:`dateline.times.stage` runs it on every article with the article's own time as the anchor.
"""

from __future__ import annotations

import re

from dateline.records import TimeExpression
from dateline.times.dates import Point
from dateline.times.expressions import Calendar, Expression
from dateline.times.finder import find_expressions
from dateline.times.resolver import Anchor, Resolved, resolve
from dateline.times.tense import TenseLookup

def find_times(text: str, anchor: Anchor | str | None = None, tense: TenseLookup | None = None) -> list[TimeExpression]:
    """Every time expression in ``text`` as a record: text, start, end, type, value and mod.

    ``anchor`` is the time the text was written (an :class:`Anchor` or an ISO 8601 string); without one,
    relative expressions keep an underspecified value. ``tense`` gives the tense at a character span.
    """
    if isinstance(anchor, str):
        anchor = Anchor.parse(anchor)
    expressions = find_expressions(text)
    return [record(expression, resolved) for expression, resolved in resolve_all(expressions, anchor, tense, text)]


# "Since July" can only look back, whatever the tense of its clause ("has been jailed since July").
_LOOKS_BACK = re.compile(r"(?i:\b(?:since|ever\s+since)\s+)$")
_LOOKS_AHEAD = re.compile(r"(?i:\b(?:as\s+soon\s+as|as\s+early\s+as|no\s+later\s+than)\s+)$")


def resolve_all(
    expressions: list[Expression], anchor: Anchor | None, tense: TenseLookup | None = None, text: str | None = None
) -> list[tuple[Expression, Resolved]]:
    """Resolve expressions in text order, each anaphoric one against the last named point before it.

    Only named points ("May 14", "the third quarter") become the reference: a point that was itself counted
    from another ("a year earlier") would make the next count drift ("a year earlier" twice is not two years).
    """
    previous: Point | None = None
    results: list[tuple[Expression, Resolved]] = []
    for expression in expressions:
        clause_tense = tense(expression.start, expression.end) if tense else None
        before = text[max(0, expression.start - 16) : expression.start] if text is not None else ""
        looks_back = _LOOKS_BACK.search(before) is not None
        if _LOOKS_AHEAD.search(before):
            clause_tense = "future"
        resolved = resolve(expression, anchor, clause_tense, previous, looks_back)
        if resolved.point is not None and isinstance(expression.meaning, Calendar):
            previous = resolved.point
        results.append((expression, resolved))
    return results


def record(expression: Expression, resolved: Resolved) -> TimeExpression:
    return TimeExpression(
        text=expression.text,
        start=expression.start,
        end=expression.end,
        type=resolved.type,
        value=resolved.value,
        mod=resolved.mod,
    )


__all__ = ["Anchor", "TimeExpression", "find_expressions", "find_times", "resolve", "resolve_all"]
