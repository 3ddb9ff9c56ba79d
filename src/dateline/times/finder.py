"""Find time expressions in a text: run every rule, keep the longest non-overlapping matches, join a clock
time to the day it belongs to ("3 p.m. Friday", "Friday at 3 p.m.").
"""

from __future__ import annotations

import re
from dataclasses import replace

import dateline.times.grammar_relative  # noqa: F401  (registers its rules)
from dateline.times.expressions import Calendar, Expression, Shift
from dateline.times.grammar import RULES
from dateline.times.stretches import Scan

# What may stand between a clock time and its day for the two to be one expression.
_TIME_THEN_DAY = re.compile(r"^(?:\s+|\s*,\s*|\s+on\s+)$", re.IGNORECASE)
_DAY_THEN_TIME = re.compile(r"^(?:\s+|\s*,\s*|\s+at\s+|\s+around\s+)$", re.IGNORECASE)


# The letters that case-insensitive patterns read as ASCII ones ("ſeconds" matches "seconds"), written as those
# letters, case kept, so that the words' tables know them; one character for one, so offsets hold.
_ASCII_READINGS = str.maketrans({"ſ": "s", "ı": "i", "İ": "I", "K": "K"})


def find_expressions(text: str) -> list[Expression]:
    """Every time expression in ``text``, in order, none overlapping another."""
    readable = text.translate(_ASCII_READINGS)
    if readable == text:
        return _find(text)
    return [replace(expression, text=text[expression.start : expression.end]) for expression in _find(readable)]


def _find(text: str) -> list[Expression]:
    candidates: list[tuple[Expression, int]] = []
    scan = Scan(text)
    for priority, current in enumerate(RULES):
        position = 0
        # Only where the rule can match; what is found there, and in what order, is what a search of the
        # whole text finds.
        for start, end in scan.stretches(current.needs, current.barrier):
            position = max(position, start)
            while (match := current.pattern.search(text, position, end)) is not None:
                expression = current.build(match, text)
                if expression is not None and expression.end > expression.start:
                    candidates.append((expression, priority))
                    position = match.end()
                else:
                    # A rejected match may hide a shorter good one inside it ("May" in "May be", "the" before
                    # a weekday that is a name); look again from the next character.
                    position = match.start() + 1
    return _join_clock_times(_select(candidates), text)


def _select(candidates: list[tuple[Expression, int]]) -> list[Expression]:
    """Longest first; between equally long matches, the rule registered first."""
    ordered = sorted(candidates, key=lambda item: (-(item[0].end - item[0].start), item[1], item[0].start))
    taken: list[Expression] = []
    covered = bytearray(max((expression.end for expression, _ in candidates), default=0) + 1)
    for expression, _ in ordered:
        if not any(covered[expression.start : expression.end]):
            taken.append(expression)
            covered[expression.start : expression.end] = b"\x01" * (expression.end - expression.start)
    return sorted(taken, key=lambda expression: expression.start)


def _is_clock(expression: Expression) -> bool:
    meaning = expression.meaning
    return (
        isinstance(meaning, Calendar)
        and meaning.hour is not None
        and meaning.year is None
        and meaning.month is None
        and meaning.weekday is None
    )


def _is_day(expression: Expression) -> bool:
    meaning = expression.meaning
    if isinstance(meaning, Calendar):
        return meaning.hour is None and (meaning.day is not None or meaning.weekday is not None) and meaning.part is None
    return isinstance(meaning, Shift) and meaning.unit == "day" and meaning.part is None and meaning.hour is None


def _with_clock(day: Expression, clock: Expression) -> Expression:
    assert isinstance(clock.meaning, Calendar)
    hour, minute = clock.meaning.hour, clock.meaning.minute
    meaning = replace(day.meaning, hour=hour, minute=minute)  # type: ignore[arg-type]
    return replace(day, type="TIME", meaning=meaning)


def _join_clock_times(expressions: list[Expression], text: str) -> list[Expression]:
    joined: list[Expression] = []
    for expression in expressions:
        if joined:
            previous = joined[-1]
            gap = text[previous.end : expression.start]
            merged: Expression | None = None
            if _is_clock(previous) and _is_day(expression) and _TIME_THEN_DAY.match(gap):
                merged = _with_clock(expression, previous)
            elif _is_day(previous) and _is_clock(expression) and _DAY_THEN_TIME.match(gap):
                merged = _with_clock(previous, expression)
            if merged is not None:
                start, end = previous.start, expression.end
                joined[-1] = replace(merged, start=start, end=end, text=text[start:end], mod=previous.mod or expression.mod)
                continue
        joined.append(expression)
    return joined
