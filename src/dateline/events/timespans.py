"""TIMEX3 date values as stretches of calendar days, for telling whether two tellings of an event agree on when.

A value names a period at the granularity the text gave: ``2019-05-14`` is one day, ``2019-05`` thirty-one,
``2019-W20`` seven, ``2019`` a year. :func:`day_range` gives the first and last day it covers. A value with unknown
digits (``XXXX-01-03``: no anchor gave the year) or a vague reference (``PAST_REF``) covers no known days; such a
value still agrees with a known one whose digits it does not contradict (:func:`dates_agree`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from dateline.times.dates import add_months, days_in_month
from dateline.times.lexicon import SEASON_START_MONTH

# Values that say only which side of now an event lies: they never rule a date in or out.
REFERENCES = frozenset({"PAST_REF", "PRESENT_REF", "FUTURE_REF"})

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})(-WE)?$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_HALF = re.compile(r"^(\d{4})-H([12])$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
_YEAR = re.compile(r"^(\d{4})$")
_DECADE = re.compile(r"^(\d{3})$")
_CENTURY = re.compile(r"^(\d{2})$")


@dataclass(frozen=True, slots=True)
class DayRange:
    """The days a date value covers, both ends included."""

    first: date
    last: date

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1

    def contains(self, other: DayRange) -> bool:
        return self.first <= other.first and other.last <= self.last

    def overlaps(self, other: DayRange) -> bool:
        return self.first <= other.last and other.first <= self.last

    def gap_days(self, other: DayRange) -> int:
        """Whole days between the two stretches: 0 when they touch or overlap."""
        return max(0, (other.first - self.last).days, (self.first - other.last).days)


# A collection repeats the same few thousand date values millions of times.
@lru_cache(maxsize=1 << 16)
def day_range(value: str | None) -> DayRange | None:
    """The days a TIMEX3 date value covers; ``None`` for a value with unknown digits, a reference, a duration or a
    value that is not a date (an invalid calendar day included)."""
    if not value:
        return None
    try:
        return _parse(value)
    except ValueError:  # "2019-02-30", "2019-W54": digits that name no day
        return None


def _parse(value: str) -> DayRange | None:
    if match := _DAY.match(value):
        day = date(int(match[1]), int(match[2]), int(match[3]))
        return DayRange(day, day)
    if match := _WEEK.match(value):
        monday = date.fromisocalendar(int(match[1]), int(match[2]), 1)
        if match[3]:
            return DayRange(monday + timedelta(days=5), monday + timedelta(days=6))
        return DayRange(monday, monday + timedelta(days=6))
    if match := _MONTH.match(value):
        year, month = int(match[1]), int(match[2])
        return DayRange(date(year, month, 1), date(year, month, days_in_month(year, month)))
    if match := _QUARTER.match(value):
        return _months(int(match[1]), 3 * (int(match[2]) - 1) + 1, 3)
    if match := _HALF.match(value):
        return _months(int(match[1]), 1 if match[2] == "1" else 7, 6)
    if match := _SEASON.match(value):
        # Winter is the one that starts in its year's December and runs into the next year.
        return _months(int(match[1]), SEASON_START_MONTH[match[2]], 3)
    if match := _YEAR.match(value):
        return _months(int(match[1]), 1, 12)
    if match := _DECADE.match(value):
        return _months(int(match[1]) * 10, 1, 120)
    if match := _CENTURY.match(value):
        return _months(int(match[1]) * 100, 1, 1200)
    return None


def _months(year: int, month: int, count: int) -> DayRange:
    first = date(year, month, 1)
    return DayRange(first, add_months(first, count) - timedelta(days=1))


@lru_cache(maxsize=1 << 16)
def is_vague(value: str | None) -> bool:
    """The value says nothing that could tell two dates apart: missing, a reference, a duration, or unreadable."""
    if not value or value in REFERENCES:
        return True
    return day_range(value) is None and not _is_pattern(value)


def _is_pattern(value: str) -> bool:
    """A date with unknown digits written as X: ``XXXX-01-03``, ``XXXX-WXX``."""
    return "X" in value and not value.startswith("P") and value not in REFERENCES


def dates_agree(first: str | None, second: str | None) -> bool:
    """Two date values may be the same date: equal, one within the other, or one vague. A value with unknown
    digits agrees with another that matches it digit for digit as far as the shorter one goes."""
    if first == second or is_vague(first) or is_vague(second):
        return True
    assert first is not None and second is not None  # is_vague covers None
    a, b = day_range(first), day_range(second)
    if a is not None and b is not None:
        return a.contains(b) or b.contains(a)
    return _digits_agree(first, second)


def _digits_agree(first: str, second: str) -> bool:
    shorter, longer = sorted((first, second), key=len)
    # Only a coarser value of the same form ("XXXX-01" for "2019-01-03") may be compared as a prefix; a pattern
    # of another form ("XXXX-WXX" against a day) contradicts nothing only when it knows no digit at all.
    if len(longer) > len(shorter) and longer[len(shorter)] not in "-T":
        pattern = first if _is_pattern(first) else second
        return not any(character.isdigit() for character in pattern)
    return all(x == y or "X" in (x, y) for x, y in zip(shorter, longer, strict=False))


@lru_cache(maxsize=1 << 16)
def specificity(value: str | None) -> int:
    """Higher for a date that says more: a known day beats a month, any known date beats one with unknown
    digits, and that beats a vague one."""
    if is_vague(value):
        return 0
    covered = day_range(value)
    if covered is None:
        assert value is not None
        return 1 + sum(character.isdigit() for character in value)  # a pattern: the more digits known, the better
    return 100_000 - min(covered.days, 99_000)
