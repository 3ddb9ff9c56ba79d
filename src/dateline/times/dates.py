"""Calendar arithmetic and TIMEX3 value strings.

A resolved point in time is a :class:`Point`: the first day it covers and its granularity ("day", "week",
"month", ...). Formatting a point writes it at that granularity, which is how TIMEX3 says how precise a
date is: ``2019-05-14`` is a day, ``2019-W20`` a week, ``2019-Q2`` a quarter, ``199`` a decade.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from dateline.times.lexicon import SEASON_START_MONTH


@dataclass(frozen=True, slots=True)
class Point:
    """A calendar point: ``day`` is the first day of the period, ``grain`` its size.

    ``season`` is set for season grain (the season code, "SU"); ``part`` is a part of day ("NI"); ``hour`` and
    ``minute`` make it a clock time.
    """

    day: date
    grain: str
    season: str | None = None
    part: str | None = None
    hour: int | None = None
    minute: int | None = None


def add_months(day: date, months: int) -> date:
    """``day`` moved by whole months, clamped to the last day of the target month (Jan 31 + 1 month = Feb 28)."""
    index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(index, 12)
    month += 1
    return date(year, month, min(day.day, days_in_month(year, month)))


def days_in_month(year: int, month: int) -> int:
    following = date(year + (month == 12), month % 12 + 1, 1)
    return (following - timedelta(days=1)).day


def quarter_of(day: date) -> int:
    return (day.month - 1) // 3 + 1


def start_of(day: date, grain: str) -> date:
    """The first day of the period of size ``grain`` that holds ``day``."""
    if grain in ("day", "hour"):
        return day
    if grain in ("week", "weekend"):
        return day - timedelta(days=day.weekday())
    if grain == "month":
        return day.replace(day=1)
    if grain == "quarter":
        return date(day.year, 3 * (quarter_of(day) - 1) + 1, 1)
    if grain == "half":
        return date(day.year, 1 if day.month <= 6 else 7, 1)
    if grain == "year":
        return date(day.year, 1, 1)
    if grain == "decade":
        return date(day.year - day.year % 10, 1, 1)
    if grain == "century":
        return date(day.year - day.year % 100, 1, 1)
    raise ValueError(f"unknown grain {grain!r}")


def shift(day: date, unit: str, amount: int) -> date:
    """``day`` moved by ``amount`` units (negative: back in time)."""
    if unit in ("day", "night"):
        return day + timedelta(days=amount)
    if unit in ("week", "weekend"):
        return day + timedelta(weeks=amount)
    if unit == "fortnight":
        return day + timedelta(weeks=2 * amount)
    if unit == "month":
        return add_months(day, amount)
    if unit == "season":
        return add_months(day, 3 * amount)
    if unit == "quarter":
        return add_months(day, 3 * amount)
    if unit == "half":
        return add_months(day, 6 * amount)
    if unit == "year":
        return add_months(day, 12 * amount)
    if unit == "decade":
        return add_months(day, 120 * amount)
    if unit == "century":
        return add_months(day, 1200 * amount)
    raise ValueError(f"unknown unit {unit!r}")


def season_of(day: date) -> tuple[int, str]:
    """The season holding ``day`` as (year, code); winter belongs to the year it starts in (Dec 2025 - Feb 2026)."""
    if day.month == 12:
        return day.year, "WI"
    if day.month <= 2:
        return day.year - 1, "WI"
    for code in ("FA", "SU", "SP"):
        if day.month >= SEASON_START_MONTH[code]:
            return day.year, code
    raise AssertionError("unreachable")


def season_start(year: int, code: str) -> date:
    return date(year, SEASON_START_MONTH[code], 1)


def nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The ``n``-th ``weekday`` (0 = Monday) of a month; ``n = -1`` is the last one."""
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = date(year, month, days_in_month(year, month))
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def easter(year: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    lunar = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * lunar) // 451
    month, day = divmod(h + lunar - 7 * m + 114, 31)
    return date(year, month, day + 1)


def format_point(point: Point) -> str:
    """The TIMEX3 value of ``point`` at its granularity."""
    day, grain = point.day, point.grain
    if grain in ("day", "hour"):
        value = day.isoformat()
        if point.hour is not None:
            return f"{value}T{point.hour:02d}:{point.minute or 0:02d}"
        return f"{value}T{point.part}" if point.part else value
    if grain in ("week", "weekend"):
        year, week, _ = day.isocalendar()
        return f"{year}-W{week:02d}" + ("-WE" if grain == "weekend" else "")
    if grain == "month":
        return f"{day.year}-{day.month:02d}"
    if grain == "season":
        return f"{day.year}-{point.season}"
    if grain == "quarter":
        return f"{day.year}-Q{quarter_of(day)}"
    if grain == "half":
        return f"{day.year}-H{1 if day.month <= 6 else 2}"
    if grain == "year":
        return f"{day.year}"
    if grain == "decade":
        return f"{day.year // 10}"
    if grain == "century":
        return f"{day.year // 100:02d}"
    raise ValueError(f"unknown grain {grain!r}")


# The same granularities with every digit unknown: what a relative expression says without an anchor.
UNDERSPECIFIED: dict[str, str] = {
    "hour": "XXXX-XX-XX", "day": "XXXX-XX-XX", "week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX",
    "season": "XXXX-XX", "quarter": "XXXX-QX", "half": "XXXX-HX", "year": "XXXX", "decade": "XXX", "century": "XX",
}  # fmt: skip
