"""Published/updated lines: "Updated 15 May 2019", "Published 3 hours ago", "Last updated: May 3, 2024 10:15 ET".

Absolute stamps are parsed as printed; relative ones ("3 hours ago") and dates printed without their year
("November 18 at 4:46 PM") are resolved against the fetch time and left unresolved, never guessed, when there is
none.
"""

from __future__ import annotations

import re
import warnings
from datetime import datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from dateutil import parser as date_parser

from dateline.model import Stamp, StampKind

_KIND_WORDS: dict[str, StampKind] = {
    "published": "published",
    "posted": "published",
    "first published": "published",
    "first posted": "published",
    "updated": "updated",
    "last updated": "updated",
    "last modified": "updated",
    "modified": "updated",
}

STAMP_LINE = re.compile(
    r"^\s*(?P<kind>first\s+published|first\s+posted|last\s+updated|last\s+modified|published|posted|updated|modified)"
    r"\s*(?:on|at)?\s*[:\-–—]?\s*(?P<when>.{1,80}?)\s*$",
    re.IGNORECASE,
)

_UNIT_SECONDS = {
    "s": 1, "sec": 1, "secs": 1, "second": 1, "seconds": 1,
    "m": 60, "min": 60, "mins": 60, "minute": 60, "minutes": 60,
    "h": 3600, "hr": 3600, "hrs": 3600, "hour": 3600, "hours": 3600,
    "d": 86400, "day": 86400, "days": 86400,
    "w": 604800, "wk": 604800, "wks": 604800, "week": 604800, "weeks": 604800,
}  # fmt: skip

_RELATIVE = re.compile(
    r"^(?P<n>\d+|an?|one)\s*(?P<unit>secs?|seconds?|s|mins?|minutes?|m|hrs?|hours?|h|days?|d|wks?|weeks?|w)\.?\s+ago$",
    re.IGNORECASE,
)
_JUST_NOW = re.compile(r"^(just now|moments? ago|a moment ago)$", re.IGNORECASE)
_TODAY_AT = re.compile(r"^(?P<day>today|yesterday)(?:\s*(?:at|,)?\s*(?P<time>.+))?$", re.IGNORECASE)
# Comment counts and prompts that blogs print on the stamp's line: "Posted in World News | 10 Comments".
_COMMENTS = re.compile(
    r"\b(?:\d[\d,]*|no|one)\s+(?:comments?|replies|responses)\b|\b(?:leave|add|post)\s+an?\s+(?:comment|reply)\b",
    re.IGNORECASE,
)
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
# A day of a named month: "November 18", "Nov. 18th", "18 November".
_MONTH_DAY = re.compile(rf"\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\b|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}", re.IGNORECASE)
_YEAR = re.compile(r"\b\d{4}\b")
_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}|\d\s*[ap]\.?m\b", re.IGNORECASE)
# A page is not stamped after it was fetched; a day of slack covers the zones between the site and the reader.
_FETCH_SLACK = timedelta(days=1)
# A stamp's date part must carry a digit or a month name; this keeps "Updated rules for drivers" a headline.
_DATE_LIKE = re.compile(
    r"\d|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|\b(today|yesterday|just now|ago)\b",
    re.IGNORECASE,
)
_TZ_NAMES: dict[str, int | tzinfo] = {
    "GMT": 0, "UTC": 0, "BST": 3600, "CET": 3600, "CEST": 7200, "EET": 7200, "EEST": 10800, "MSK": 10800,
    "EST": -18000, "EDT": -14400, "CST": -21600, "CDT": -18000, "PST": -28800, "PDT": -25200,
    "IST": 19800, "JST": 32400, "AEST": 36000, "AEDT": 39600,
}  # fmt: skip
# US sites print "ET" all year round: the offset depends on daylight saving time on that date.
for _name, _zone in (("ET", "America/New_York"), ("CT", "America/Chicago"), ("MT", "America/Denver"), ("PT", "America/Los_Angeles")):
    try:
        _TZ_NAMES[_name] = ZoneInfo(_zone)
    except ZoneInfoNotFoundError:  # no time zone database: fall back to standard time
        _TZ_NAMES[_name] = {"ET": -18000, "CT": -21600, "MT": -25200, "PT": -28800}[_name]


_DATE_TOKEN = re.compile(
    r"^(?:\d{1,4}(?:st|nd|rd|th)?|\d{1,2}[:.]\d{2}(?:[:.]\d{2})?|\d{4}-\d{2}-\d{2}(?:T[\d:.+\-Z]+)?|\d{1,2}/\d{1,2}/\d{2,4}|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?|"
    r"[ap]\.?m\.?|at|on|ago|today|yesterday|an?|one|secs?|seconds?|mins?|minutes?|hrs?|hours?|days?|weeks?|[A-Z]{2,4}|gmt[+\-]\d+|utc[+\-]\d+|[|,\-–—•·])$",
    re.IGNORECASE,
)


def is_bare_date_line(line: str) -> bool:
    """A line that is only a date or time ("November 19, 2019", "Tue 14 May 2019 09:12 BST", "16 hours ago").

    In a header it is the article's time as the site prints it, without an "Updated"/"Published" label.
    """
    text = line.strip()
    tokens = re.findall(r"[^\s,|•·]+|[,|•·]", text)
    if not tokens or len(tokens) > 10 or not all(_DATE_TOKEN.match(token) for token in tokens):
        return False
    return _RELATIVE.match(text) is not None or (
        parse_absolute(text) is not None and re.search(r"[A-Za-z]{3}|\d{4}-\d{2}", text) is not None
    )


def is_stamp_line(line: str) -> bool:
    match = STAMP_LINE.match(line)
    return bool(match and _DATE_LIKE.search(_without_comments(match.group("when"))) and len(line.split()) <= 14)


def parse_stamp(line: str, fetched_at: datetime | None) -> Stamp | None:
    """Read one stamp line; ``None`` when the line is not a stamp at all.

    A bare date line counts as the published time: that is what a site prints without a label.
    """
    if is_stamp_line(line):
        match = STAMP_LINE.match(line)
        assert match is not None
        kind = _KIND_WORDS[" ".join(match.group("kind").lower().split())]
        when = _without_comments(match.group("when")).rstrip(".")
    elif is_bare_date_line(line):
        kind, when = "published", line.strip().rstrip(".")
    else:
        return None
    relative = resolve_relative(when, fetched_at)
    if relative is not None:
        value, resolved = relative
        return Stamp(kind=kind, text=line.strip(), value=value, resolved=resolved)
    value = parse_absolute(when)
    if value is None and fetched_at is not None:
        value = resolve_without_year(when, fetched_at)
    return Stamp(kind=kind, text=line.strip(), value=value, resolved=value is not None)


def unresolved_reason(line: str) -> str:
    """Why a stamp line read without a fetch time has no value: relative, printed without its year, or neither."""
    match = STAMP_LINE.match(line)
    when = _without_comments(match.group("when")).rstrip(".") if match and is_stamp_line(line) else line.strip()
    if resolve_relative(when, None) is not None:
        return "it is relative"
    if lacks_year(when):
        return "it names no year"
    return "it is not a date dateline reads"


def resolve_relative(when: str, fetched_at: datetime | None) -> tuple[str | None, bool] | None:
    """``None`` if ``when`` is not relative; else the resolved ISO value (or ``None``) and whether it resolved."""
    delta: timedelta | None = None
    clock: str | None = None
    day_offset = 0
    if _JUST_NOW.match(when):
        delta = timedelta(0)
    elif match := _RELATIVE.match(when):
        count_text = match.group("n").lower()
        count = 1 if count_text in {"a", "an", "one"} else int(count_text)
        delta = timedelta(seconds=count * _UNIT_SECONDS[match.group("unit").lower()])
    elif match := _TODAY_AT.match(when):
        day_offset = 0 if match.group("day").lower() == "today" else 1
        clock = match.group("time")
    else:
        return None
    if fetched_at is None:
        return None, False
    if delta is not None:
        return _iso(fetched_at - delta), True
    day = (fetched_at - timedelta(days=day_offset)).date()
    if not clock:
        return day.isoformat(), True
    try:
        parsed = date_parser.parse(clock, default=datetime(day.year, day.month, day.day), tzinfos=_TZ_NAMES)
    except (ValueError, OverflowError):
        return day.isoformat(), True
    if parsed.tzinfo is None and fetched_at.tzinfo is not None:
        parsed = parsed.replace(tzinfo=fetched_at.tzinfo)
    return _iso(parsed), True


def parse_absolute(when: str) -> str | None:
    """An absolute date or date-time as ISO 8601, at the precision printed: a date alone stays a date."""
    cleaned = _cleaned(when)
    if not re.search(r"\d", cleaned) or not _YEAR.search(cleaned):
        return None
    parsed = _parse_date(cleaned)
    return None if parsed is None else _at_precision(parsed, cleaned)


def lacks_year(when: str) -> bool:
    """A day of a named month printed without its year: "November 18 at 4:46 PM" (absolute, not relative)."""
    return bool(_MONTH_DAY.search(when)) and not _YEAR.search(when)


def resolve_without_year(when: str, fetched_at: datetime) -> str | None:
    """A date printed without its year, in the year of the fetch time, or in the year before when that would put
    it after the fetch ("December 30" read on January 2)."""
    if not lacks_year(when):
        return None
    cleaned = _cleaned(when)
    parsed = _parse_date(cleaned, default=datetime(2000, 1, 1))  # a leap year, so that February 29 reads
    if parsed is None:
        return None
    latest = (fetched_at + _FETCH_SLACK).date()
    for year in range(fetched_at.year, fetched_at.year - 8, -1):
        try:
            moment = parsed.replace(year=year)
        except ValueError:
            continue  # February 29 outside a leap year
        if moment.date() <= latest:
            return _at_precision(moment, cleaned)
    return None


def _without_comments(when: str) -> str:
    return _COMMENTS.sub(" ", when).strip().strip("|•·,-–— ").strip()


def _cleaned(when: str) -> str:
    cleaned = re.sub(r"\b(at|on)\b|\|", " ", when, flags=re.IGNORECASE)
    cleaned = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", cleaned)
    cleaned = re.sub(r"(?<![\d.])(\d{1,2})\.(\d{2})\b(?!\.\d)", r"\1:\2", cleaned)  # British "09.12 BST"
    return re.sub(r"\s+", " ", cleaned).strip(" ,")


def _parse_date(cleaned: str, default: datetime | None = None) -> datetime | None:
    try:
        with warnings.catch_warnings():
            # An unknown zone name ("UK", "AMT") leaves the time naive; that is the best reading, not news for users.
            warnings.simplefilter("ignore")
            return date_parser.parse(
                cleaned, default=default, dayfirst=_day_first(cleaned), tzinfos=_TZ_NAMES, fuzzy=True
            )
    except (ValueError, OverflowError):
        return None


def _at_precision(parsed: datetime, cleaned: str) -> str:
    return _iso(parsed) if _CLOCK.search(cleaned) else parsed.date().isoformat()


def parse_fetched_at(value: str) -> datetime:
    """Parse ``--fetched-at``; a naive time is taken as UTC."""
    parsed = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=timezone.utc)


def _day_first(text: str) -> bool:
    # "15/05/2019" is day-first outside the US; "05/15/2019" cannot be, and dateutil handles that itself.
    return bool(re.match(r"^\d{1,2}[/.]\d{1,2}[/.]\d{4}", text)) or bool(re.match(r"^\d{1,2} [A-Za-z]", text))


def _iso(moment: datetime) -> str:
    if moment.tzinfo is not None and moment.utcoffset() == timedelta(0):
        return moment.replace(tzinfo=None).isoformat(timespec="seconds") + "Z"
    return moment.isoformat(timespec="seconds")
