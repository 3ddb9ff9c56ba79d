"""Place time expressions on the calendar: against the article's anchor, the sentence's tense, and the time
the text last spoke of.

A name without its year ("Tuesday", "January 3", "July", "the third quarter") is placed by its direction
("last", "next", "this") or else by tense: in past-tense reporting it is the latest one not after the anchor,
in future tense the earliest one not before it, otherwise the nearest. Without an anchor nothing is guessed:
the value keeps X for what the text does not say (``XXXX-01-03``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from dateline.times.dates import (
    UNDERSPECIFIED,
    Point,
    add_months,
    days_in_month,
    easter,
    format_point,
    nth_weekday,
    season_of,
    season_start,
    shift,
    start_of,
)
from dateline.times.expressions import (
    Calendar,
    Duration,
    Expression,
    Recurrence,
    Reference,
    Shift,
    Tense,
    TimexType,
)
from dateline.times.grammar_relative import duration_value
from dateline.times.lexicon import HOLIDAYS

# How far back "past" may reach before a near future occurrence is the likelier reading, and what counts as near.
_FAR_DAYS = 240
_NEAR_DAYS = 100
_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?")


@dataclass(frozen=True, slots=True)
class Anchor:
    """The time a text is written from: its day, and its clock time when known."""

    day: date
    hour: int | None = None
    minute: int | None = None

    @classmethod
    def parse(cls, value: str | None) -> Anchor | None:
        """From an ISO 8601 date or date-time, read as printed (the local day of the writer, not UTC)."""
        match = _ISO.match(value.strip()) if value else None
        if not match:
            return None
        try:
            day = date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            return None
        if match[4] is None:
            return cls(day)
        return cls(day, int(match[4]), int(match[5]))


@dataclass(frozen=True, slots=True)
class Resolved:
    """What an expression resolved to: its TIMEX3 type, value and mod, and the point (for later anaphora)."""

    type: TimexType
    value: str
    mod: str | None
    point: Point | None = None


def resolve(
    expression: Expression,
    anchor: Anchor | None,
    tense: Tense | None = None,
    previous: Point | None = None,
    looks_back: bool = False,
) -> Resolved:
    """Resolve one expression. ``previous`` is the last point the text named, for "a year earlier";
    ``looks_back`` says the words before it only allow the past ("since July")."""
    meaning = expression.meaning
    kind, mod = expression.type, expression.mod
    if isinstance(meaning, Duration):
        return Resolved(kind, duration_value(meaning.amount, meaning.unit), mod)
    if isinstance(meaning, Recurrence):
        return Resolved(kind, meaning.value, mod)
    if isinstance(meaning, Reference):
        return Resolved(kind, meaning.value, mod)
    if isinstance(meaning, Shift):
        point, value = _resolve_shift(meaning, anchor, tense, previous)
    else:
        point, value = _resolve_calendar(meaning, anchor, "past" if looks_back else tense, previous, looks_back)
    if point is not None:
        value = format_point(point)
    return Resolved(kind, value or "XXXX-XX-XX", mod, point)


# --- named points -------------------------------------------------------------------------------------------


def _resolve_calendar(
    meaning: Calendar, anchor: Anchor | None, tense: Tense | None, previous: Point | None = None, strict: bool = False
) -> tuple[Point | None, str | None]:
    if meaning.century is not None:
        return None, f"{meaning.century:02d}"
    if meaning.decade is not None:
        return None, f"{meaning.decade}"
    year = meaning.year
    if year is None and meaning.year_shift is not None:
        if anchor is None:
            return None, _underspecified_calendar(meaning)
        year = anchor.day.year + meaning.year_shift
    if year is not None:
        return _calendar_in_year(meaning, year), None
    is_clock = meaning.weekday is None and meaning.month is None and meaning.quarter is None and meaning.half is None
    is_clock = is_clock and meaning.season is None and meaning.holiday is None and meaning.hour is not None
    if is_clock and previous is not None and previous.grain == "day":
        # A clock time alone ("at 10 p.m.") belongs to the day the text was just talking about.
        return _day_point(previous.day, meaning), None
    if anchor is None:
        return None, _underspecified_calendar(meaning)
    if meaning.weekday is not None and meaning.day is None:
        return _day_point(_place_weekday(meaning.weekday, meaning.direction, anchor.day, tense), meaning), None
    if meaning.month is None and meaning.quarter is None and meaning.half is None and meaning.season is None and meaning.holiday is None:
        # A clock time alone ("at 3 p.m.") happens on the anchor's day.
        return _day_point(anchor.day, meaning), None
    period = _period_builder(meaning)
    if period is None:
        return None, _underspecified_calendar(meaning)
    reported = meaning.quarter is not None or meaning.half is not None
    chosen = _place_period(period, meaning.direction, anchor.day, tense or ("past" if reported else None), strict, reported)
    if chosen is None:
        return None, _underspecified_calendar(meaning)
    return _calendar_in_year(meaning, chosen), None


def _day_point(day: date, meaning: Calendar) -> Point:
    """A day, with the part of day or clock time the expression gives."""
    return Point(day, "day", part=meaning.part, hour=meaning.hour, minute=meaning.minute)


def _calendar_in_year(meaning: Calendar, year: int) -> Point | None:
    try:
        if meaning.holiday is not None:
            return _day_point(_holiday(meaning.holiday, year), meaning)
        if meaning.month is not None and meaning.day is not None:
            return _day_point(date(year, meaning.month, meaning.day), meaning)
        if meaning.month is not None:
            return Point(date(year, meaning.month, 1), "month")
        if meaning.quarter is not None:
            return Point(date(year, 3 * meaning.quarter - 2, 1), "quarter")
        if meaning.half is not None:
            return Point(date(year, 1 if meaning.half == 1 else 7, 1), "half")
        if meaning.season is not None:
            return Point(season_start(year, meaning.season), "season", season=meaning.season)
        return Point(date(year, 1, 1), "year")
    except ValueError:  # "February 30": keep what can be kept
        return Point(date(year, meaning.month or 1, 1), "month" if meaning.month else "year")


def _holiday(name: str, year: int) -> date:
    rule = HOLIDAYS[name]
    if rule[0] == "fixed":
        return date(year, int(rule[1]), int(rule[2]))  # type: ignore[call-overload]
    if rule[0] == "nth":
        return nth_weekday(year, int(rule[1]), int(rule[2]), int(rule[3]))  # type: ignore[call-overload]
    return easter(year) + timedelta(days=int(rule[1]))  # type: ignore[call-overload]


def _underspecified_calendar(meaning: Calendar) -> str:
    """The value with X for every digit the text leaves open: ``XXXX-01-03``, ``XXXX-WXX-2``, ``XXXX-Q3``."""
    year = f"{meaning.year:04d}" if meaning.year is not None else "XXXX"
    time = ""
    if meaning.hour is not None:
        time = f"T{meaning.hour:02d}:{meaning.minute or 0:02d}"
    elif meaning.part:
        time = f"T{meaning.part}"
    if meaning.holiday is not None:
        rule = HOLIDAYS[meaning.holiday]
        if rule[0] == "fixed":
            return f"{year}-{int(rule[1]):02d}-{int(rule[2]):02d}{time}"  # type: ignore[call-overload]
        return f"{year}-XX-XX{time}"
    if meaning.month is not None and meaning.day is not None:
        return f"{year}-{meaning.month:02d}-{meaning.day:02d}{time}"
    if meaning.month is not None:
        return f"{year}-{meaning.month:02d}"
    if meaning.weekday is not None:
        return f"{year}-WXX-{meaning.weekday + 1}{time}"
    if meaning.quarter is not None:
        return f"{year}-Q{meaning.quarter}"
    if meaning.half is not None:
        return f"{year}-H{meaning.half}"
    if meaning.season is not None:
        return f"{year}-{meaning.season}"
    return f"{year}-XX-XX{time}" if time else year


PeriodBuilder = Callable[[int], "tuple[date, date] | None"]


def _period_builder(meaning: Calendar) -> PeriodBuilder | None:
    """For a name without a year: the first and last day it covers in a given year."""

    def period(year: int) -> tuple[date, date] | None:
        try:
            if meaning.holiday is not None:
                day = _holiday(meaning.holiday, year)
                return day, day
            if meaning.month is not None and meaning.day is not None:
                day = date(year, meaning.month, meaning.day)
                return day, day
            if meaning.month is not None:
                return date(year, meaning.month, 1), date(year, meaning.month, days_in_month(year, meaning.month))
            if meaning.quarter is not None:
                first = date(year, 3 * meaning.quarter - 2, 1)
                return first, add_months(first, 3) - timedelta(days=1)
            if meaning.half is not None:
                first = date(year, 1 if meaning.half == 1 else 7, 1)
                return first, add_months(first, 6) - timedelta(days=1)
            if meaning.season is not None:
                first = season_start(year, meaning.season)
                return first, add_months(first, 3) - timedelta(days=1)
        except ValueError:
            return None  # February 29 in a common year
        return None

    return period


def _place_period(
    period: PeriodBuilder,
    step: int | None,
    anchor: date,
    tense: Tense | str | None,
    strict: bool = False,
    reported: bool = False,
) -> int | None:
    """The year of the occurrence meant: by ``step`` (last/this/next), else by tense, else the nearest.

    ``strict`` keeps a past tense in the past however far back that is ("since July", said in May).
    ``reported`` periods (quarters, halves) are announced after they end: "will report third-quarter
    results" in October is about the quarter just ended, not next year's.
    """
    options = [(year, span) for year in (anchor.year - 1, anchor.year, anchor.year + 1) if (span := period(year))]
    if not options:
        return None
    if step == 0:
        return anchor.year
    if step == -1:
        before = [year for year, (first, last) in options if last < anchor]
        return max(before) if before else options[0][0]
    if step == 1:
        after = [year for year, (first, last) in options if first > anchor]
        return min(after) if after else options[-1][0]
    def distance(span: tuple[date, date]) -> int:
        first, last = span
        return max((first - anchor).days, (anchor - last).days, 0)

    begun = [(year, span) for year, span in options if span[0] <= anchor]
    pending = [(year, span) for year, span in options if span[1] >= anchor]
    if tense == "past" and begun:
        chosen = begun[-1]
        # Tense says past, but a date eight months back is less likely than one next month: "invited to a
        # ceremony on March 12" written in February means this March.
        if not strict and distance(chosen[1]) > _FAR_DAYS and pending and distance(pending[0][1]) < _NEAR_DAYS:
            return pending[0][0]
        return chosen[0]
    if tense == "future" and pending:
        if reported and begun and distance(begun[-1][1]) < _NEAR_DAYS and distance(pending[0][1]) > _FAR_DAYS:
            return begun[-1][0]
        return pending[0][0]  # otherwise a future tense is rarely wrong about the direction
    # No tense to go by: the nearest, with the past favoured because news reports more than it forecasts.
    return min(options, key=lambda option: distance(option[1]) * (1.5 if option[1][0] > anchor else 1.0))[0]


def _place_weekday(weekday: int, step: int | None, anchor: date, tense: Tense | None) -> date:
    back = (anchor.weekday() - weekday) % 7  # days back to the latest such weekday, today included
    latest = anchor - timedelta(days=back)
    upcoming = anchor + timedelta(days=(weekday - anchor.weekday()) % 7)
    if step == -1:
        return latest if back else anchor - timedelta(days=7)
    if step == 1:
        return upcoming if upcoming != anchor else anchor + timedelta(days=7)
    if step == 0:
        return anchor - timedelta(days=anchor.weekday()) + timedelta(days=weekday)
    if tense == "future":
        return upcoming
    if tense == "present":
        return latest if back <= 3 else upcoming
    return latest


# --- points counted from the anchor or from the last time named --------------------------------------------


def _resolve_shift(meaning: Shift, anchor: Anchor | None, tense: Tense | None, previous: Point | None) -> tuple[Point | None, str | None]:
    unit, amount = meaning.unit, meaning.amount or 0
    grain = meaning.grain or ("day" if unit in ("hour", "minute", "second", "night") else unit)
    base: Point | None
    if meaning.anaphoric and previous is not None:
        base = previous
    elif anchor is not None:
        base = Point(anchor.day, "day", hour=anchor.hour, minute=anchor.minute)
    else:
        base = None
    if meaning.grain == "previous":
        # "A year ago" after talk of a quarter means that quarter a year before (financial reporting's way).
        if previous is not None and previous.grain == "quarter":
            grain, base = "quarter", previous
        else:
            grain = "year"
    if base is None:
        value = UNDERSPECIFIED[grain]
        if grain == "day" and meaning.part:
            value += f"T{meaning.part}"
        return None, value
    if unit in ("hour", "minute", "second"):
        return _shift_clock(base, unit, amount), None
    day = base.day
    if meaning.latest and (tense in ("past", None)):
        if grain == "quarter" and base.grain != "quarter":
            day = shift(day, "quarter", -1)
        elif grain == "weekend" and day.weekday() < 5:
            day = shift(day, "week", -1)
    if grain == "quarter" and base.grain != "quarter" and not meaning.latest:
        day = start_of(day, "quarter")
    moved = shift(day, unit if unit != "weekend" else "week", amount)
    if grain == "day":
        return Point(moved, "day", part=meaning.part, hour=meaning.hour, minute=meaning.minute), None
    if grain == "season":
        year, code = season_of(moved)
        return Point(season_start(year, code), "season", season=code), None
    return Point(start_of(moved, grain), grain), None


def _shift_clock(base: Point, unit: str, amount: int) -> Point:
    if base.hour is None:
        return Point(base.day, "day")  # "two hours ago" from an anchor without a clock: that day, no finer
    moment = datetime(base.day.year, base.day.month, base.day.day, base.hour, base.minute or 0)
    moment += timedelta(**{f"{unit}s": amount})
    return Point(moment.date(), "hour", hour=moment.hour, minute=moment.minute)


__all__ = ["Anchor", "Resolved", "resolve"]
