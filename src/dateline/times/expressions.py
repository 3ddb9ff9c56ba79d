"""What a time expression means before it is placed on the calendar.

The finder turns words into one of these; the resolver places them against an anchor. Keeping the meaning
apart from the arithmetic means "last Tuesday" is parsed once and can be resolved against any anchor, or
against none (then it keeps an underspecified value).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, Union

from dateline.records import TimexType

Tense = Literal["past", "present", "future"]


@dataclass(frozen=True, slots=True)
class Calendar:
    """A named calendar point, fully given ("May 14, 2019") or missing its year ("January 3", "Tuesday").

    ``direction`` is how a missing year (or week) is chosen: -1 for "last", +1 for "next", 0 for "this",
    ``None`` to let the tense of the sentence decide. ``year_shift`` is a year given relative to the anchor
    ("the third quarter of next year" has ``quarter=3, year_shift=1``).
    """

    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    quarter: int | None = None
    half: int | None = None
    season: str | None = None
    decade: int | None = None
    century: int | None = None
    holiday: str | None = None
    part: str | None = None
    hour: int | None = None
    minute: int | None = None
    direction: int | None = None
    year_shift: int | None = None


@dataclass(frozen=True, slots=True)
class Shift:
    """A point some units away from the anchor ("last month", "a week ago", "tomorrow", "this year").

    ``anaphoric`` shifts are counted from the time the text last spoke of ("a year earlier", "the next
    day"), not from the anchor. ``amount`` ``None`` is a vague amount ("a few years ago"). ``latest`` marks
    a period named without a number ("the quarter", "the weekend"): in past-tense reporting it is the last one
    completed. ``grain`` reports the point at another granularity than ``unit`` ("the year-ago quarter").
    """

    unit: str
    amount: int | None
    anaphoric: bool = False
    part: str | None = None
    hour: int | None = None
    minute: int | None = None
    latest: bool = False
    grain: str | None = None


@dataclass(frozen=True, slots=True)
class Reference:
    """A vague time relative to now: ``PRESENT_REF``, ``PAST_REF`` or ``FUTURE_REF``."""

    value: Literal["PRESENT_REF", "PAST_REF", "FUTURE_REF"]


@dataclass(frozen=True, slots=True)
class Duration:
    """An amount of time; ``amount`` ``None`` is vague ("several weeks" -> ``PXW``)."""

    amount: float | None
    unit: str


@dataclass(frozen=True, slots=True)
class Recurrence:
    """A set of times ("daily", "every Monday"), written directly as its TIMEX3 value."""

    value: str


Meaning = Union[Calendar, Shift, Reference, Duration, Recurrence]


@dataclass(frozen=True, slots=True)
class Expression:
    """A time expression found in a text: ``text[start:end]``, its type, what it means, and its ``mod``."""

    start: int
    end: int
    text: str
    type: TimexType
    meaning: Meaning
    mod: str | None = None
