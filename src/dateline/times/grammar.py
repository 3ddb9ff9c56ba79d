"""The patterns of English time expressions, each with what it means.

Every rule is a regular expression and a builder that turns a match into an :class:`Expression` (or
rejects it: a year that is really a count, a "May" that is a verb). The finder runs all rules and keeps
the longest non-overlapping matches. Extents follow TimeML: determiners and modifiers ("the", "last",
"mid-", "more than") belong to the expression, prepositions ("in", "since", "on") do not.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from dateline.times.expressions import (
    Calendar,
    Expression,
    Meaning,
    Recurrence,
    Shift,
    TimexType,
)
from dateline.times.lexicon import (
    AMBIGUOUS_MONTHS,
    AMOUNT_MODS,
    ANY_WEEKDAY_RE,
    HOLIDAYS,
    MONTH_RE,
    MONTH_START_RE,
    ORDINALS,
    PARTS_OF_DAY,
    WEEKDAY_RE,
    alternation,
    capitalised,
    month_number,
    weekday_number,
)
from dateline.times.stretches import Needs, anycase, barrier_of, cased, check_needs

Builder = Callable[[re.Match[str], str], "Expression | None"]


@dataclass(frozen=True, slots=True)
class Rule:
    """A pattern and its builder, with where in a text it can match (see :mod:`dateline.times.stretches`):
    what every match contains, and the characters no match can contain or look past."""

    name: str
    pattern: re.Pattern[str]
    build: Builder
    needs: Needs | None
    barrier: re.Pattern[str] | None


RULES: list[Rule] = []


def rule(name: str, pattern: str, needs: Needs | None = None) -> Callable[[Builder], Builder]:
    """Register a rule.

    Patterns are case-sensitive (month and day names must be capitalised) unless they say otherwise with
    ``(?i:...)``, and never start or end inside a word. ``needs`` are pieces of the pattern one of which
    every match contains (``anycase`` for case-insensitive pieces, ``cased`` for case-sensitive ones): the
    rule is searched only around them, so a match without one would be lost. Without ``needs`` the rule is
    searched everywhere.
    """

    def register(build: Builder) -> Builder:
        compiled = re.compile(rf"(?<![\w'’]){pattern}(?!\w)")
        barrier = barrier_of(compiled)
        if needs is not None:
            check_needs(needs, barrier)
        RULES.append(Rule(name, compiled, build, needs, barrier))
        return build

    return register


def i(fragment: str) -> str:
    return f"(?i:{fragment})"


def make(match: re.Match[str], kind: TimexType, meaning: Meaning, mod: str | None = None, group: str | None = None) -> Expression:
    """An expression over the whole match, or over the named ``group`` when the rest is context."""
    start, end = match.span(group) if group else match.span()
    return Expression(start, end, match.string[start:end], kind, meaning, mod)


# --- shared fragments -------------------------------------------------------------------------------------

DAY = r"(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
YEAR = r"(?P<year>1[0-9]\d\d|20\d\d)"
WEEKDAY_PREFIX = rf"(?:(?P<weekday>{ANY_WEEKDAY_RE}),?\s+(?:the\s+)?)?"
POINT_MOD = i(
    r"(?P<pmod>(?:the\s+)?(?:very\s+)?(?:early|late|mid|beginning\s+of|start\s+of|middle\s+of|end\s+of|close\s+of"
    r"|early\s+part\s+of|latter\s+part\s+of|first\s+days\s+of|last\s+days\s+of))"
)
POINT_MOD_OPT = rf"(?:{POINT_MOD}(?:\s+|-))?"
AMOUNT_MOD = "(?P<amod>" + i(alternation(AMOUNT_MODS)) + r")\s+"
NOT_DIGIT_AFTER = r"(?![,.]?\d|\s*[:/]\d|\s*%)"
# Words before a bare month, season or year that make it a time and not a name or a count.
TEMPORAL_BEFORE = re.compile(
    r"(?i:\b(?:in|since|until|till|by|from|to|through|throughout|during|before|after|of|last|next|this|early|late|mid"
    r"|between|and|or|on|around|about|for|as\s+of|starting|beginning|ending|end|around|into|past|coming|each|every"
    r"|the|fiscal|year|calendar|spring|summer|autumn|fall|winter|circa|c\.|than|within|throughout|'s|’s)[\s-]*)$"
)
_COUNT_NOUNS = {"feet", "people", "police", "men", "women", "children", "staff", "personnel", "metres", "meters",
                "kilometres", "kilometers", "miles", "tonnes", "tons", "barrels", "deaths", "cases", "votes", "jobs"}  # fmt: skip


def point_mod(text: str | None) -> str | None:
    if not text:
        return None
    words = text.lower().split()
    key = next((word for word in words if word in ("early", "late", "mid", "beginning", "start", "middle", "end",
                                                     "close", "latter", "first", "last")), None)  # fmt: skip
    return {"early": "START", "beginning": "START", "start": "START", "first": "START", "mid": "MID",
            "middle": "MID", "late": "END", "end": "END", "close": "END", "latter": "END", "last": "END"}.get(key or "")  # fmt: skip


def amount_mod(text: str | None) -> str | None:
    return AMOUNT_MODS.get(" ".join(text.lower().split())) if text else None


def direction(word: str | None) -> int | None:
    if not word:
        return None
    word = " ".join(word.lower().split())
    if word in ("last", "past", "previous", "this past"):
        return -1
    if word in ("next", "coming", "this coming", "following"):
        return 1
    if word in ("this", "current"):
        return 0
    return None


def preceded_by_time_word(match: re.Match[str], group: str | None = None) -> bool:
    start = match.start(group) if group else match.start()
    return TEMPORAL_BEFORE.search(match.string[max(0, start - 24) : start]) is not None


# --- full and partial dates -------------------------------------------------------------------------------


@rule("iso date", r"(?P<year>\d{4})-(?P<month>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])"
      r"(?:T(?P<hour>[01]\d|2[0-3]):(?P<minute>[0-5]\d)(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?", needs=cased(r"-[01]\d-"))  # fmt: skip
def _iso(match: re.Match[str], text: str) -> Expression:
    hour = int(match["hour"]) if match["hour"] else None
    minute = int(match["minute"]) if match["minute"] else None
    meaning = Calendar(year=int(match["year"]), month=int(match["month"]), day=int(match["day"]), hour=hour, minute=minute)
    return make(match, "TIME" if hour is not None else "DATE", meaning)


@rule("numeric date", r"(?P<a>\d{1,2})(?P<sep>[/.])(?P<b>\d{1,2})(?P=sep)(?P<year>\d{4}|\d{2})(?![/.]?\d)", needs=cased(r"/\d", r"\.\d"))
def _numeric(match: re.Match[str], text: str) -> Expression | None:
    a, b = int(match["a"]), int(match["b"])
    # Slashes are month first as in US copy unless that is impossible; dots are day first everywhere.
    month, day = (b, a) if match["sep"] == "." or a > 12 else (a, b)
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    year = int(match["year"])
    if year < 100:
        year += 2000 if year < 50 else 1900
    return make(match, "DATE", Calendar(year=year, month=month, day=day))


@rule("month day year", rf"{WEEKDAY_PREFIX}(?P<month>{MONTH_RE})\s+{DAY}(?:,\s*|\s+){YEAR}{NOT_DIGIT_AFTER}", needs=cased(MONTH_START_RE))
def _month_day_year(match: re.Match[str], text: str) -> Expression:
    meaning = Calendar(year=int(match["year"]), month=month_number(match["month"]), day=int(match["day"]))
    return make(match, "DATE", meaning)


@rule("day month year", rf"{WEEKDAY_PREFIX}{DAY}\s+(?:of\s+)?(?P<month>{MONTH_RE}),?\s+{YEAR}{NOT_DIGIT_AFTER}", needs=cased(MONTH_START_RE))
def _day_month_year(match: re.Match[str], text: str) -> Expression:
    meaning = Calendar(year=int(match["year"]), month=month_number(match["month"]), day=int(match["day"]))
    return make(match, "DATE", meaning)


_DIRECTION = i(r"(?:(?P<dir>last|next|this|this\s+coming|this\s+past|coming|past)\s+)?")


@rule("month day", rf"{_DIRECTION}{WEEKDAY_PREFIX}(?P<month>{MONTH_RE})\s+{DAY}{NOT_DIGIT_AFTER}", needs=cased(MONTH_START_RE))
def _month_day(match: re.Match[str], text: str) -> Expression | None:
    month = month_number(match["month"])
    # "May 5" is a date; "May 50" and "March 2,000 miles" never reach here (NOT_DIGIT_AFTER and DAY's range).
    return make(match, "DATE", Calendar(month=month, day=int(match["day"]), direction=direction(match["dir"])))


@rule("day month", rf"{WEEKDAY_PREFIX}(?:{i('the')}\s+)?{DAY}\s+(?:of\s+)?(?P<month>{MONTH_RE})", needs=cased(MONTH_START_RE))
def _day_month(match: re.Match[str], text: str) -> Expression | None:
    return make(match, "DATE", Calendar(month=month_number(match["month"]), day=int(match["day"])))


@rule("month year", rf"{POINT_MOD_OPT}(?P<month>{MONTH_RE}),?\s+(?:of\s+)?{YEAR}{NOT_DIGIT_AFTER}", needs=cased(MONTH_START_RE))
def _month_year(match: re.Match[str], text: str) -> Expression:
    meaning = Calendar(year=int(match["year"]), month=month_number(match["month"]))
    return make(match, "DATE", meaning, point_mod(match["pmod"]))


_RELATIVE_YEAR = i(r"(?P<rel>this|next|last|the\s+next|the\s+previous|the\s+following)\s+year")


@rule("month of relative year", rf"{POINT_MOD_OPT}(?P<month>{MONTH_RE})\s+(?:of\s+)?{_RELATIVE_YEAR}", needs=cased(MONTH_START_RE))
def _month_relative_year(match: re.Match[str], text: str) -> Expression:
    shift = {"this": 0, "next": 1, "last": -1}.get(match["rel"].lower().split()[-1], 0)
    meaning = Calendar(month=month_number(match["month"]), year_shift=shift)
    return make(match, "DATE", meaning, point_mod(match["pmod"]))


@rule("month", i(r"(?:(?P<dir>last|next|this|this\s+coming|this\s+past|coming|past)\s+)?") + rf"{POINT_MOD_OPT}(?P<month>{MONTH_RE})", needs=cased(MONTH_START_RE))
def _month(match: re.Match[str], text: str) -> Expression | None:
    word = match["month"].lower().rstrip(".")
    if not match["dir"] and not match["pmod"]:
        after = text[match.end() : match.end() + 20]
        if re.match(r"\s+[A-Z][a-z]", after) and not re.match(r"\s+(?:[A-Z][a-z]+day|I)\b", after):
            return None  # "April Ryan", "June Carter": a name, not a month
        if (word in AMBIGUOUS_MONTHS or match["month"].endswith(".")) and not preceded_by_time_word(match):
            return None  # "May" the verb, "March" the walk
        if word in ("may", "march") and re.match(r"\s+(?:be|have|not|well|also)\b", after):
            return None
    meaning = Calendar(month=month_number(match["month"]), direction=direction(match["dir"]))
    return make(match, "DATE", meaning, point_mod(match["pmod"]))


# --- years, decades, centuries ----------------------------------------------------------------------------


@rule("year", i(r"(?:(?P<lead>the\s+year|fiscal(?:\s+year)?|calendar\s+year|(?:the\s+)?year)\s+)?") + rf"{POINT_MOD_OPT}{YEAR}"
      r"(?![,.]\d|\s*%|\s*percent|-\d{2}-|\d|\s*[ap]\.?m\b|:\d)", needs=cased(YEAR))  # fmt: skip
def _year(match: re.Match[str], text: str) -> Expression | None:
    year = int(match["year"])
    before = text[max(0, match.start() - 3) : match.start()]
    if re.search(r"[$£€#]\s*$|No\.\s*$", before):
        return None
    context = bool(match["lead"] or match["pmod"]) or preceded_by_time_word(match)
    if year < 1900 and not context:
        return None
    after = text[match.end() : match.end() + 30]
    following = re.match(r"\s+([A-Za-z]+)", after)
    if following and not context:
        word = following.group(1)
        if word in _COUNT_NOUNS or (word.islower() and word.endswith("s") and not word.endswith("ss")):
            return None  # "2000 troops" is a count
    if re.match(r"\s*(?:-|to|–)\s*\d", after) and re.search(r"\d\s*$", before):
        return None
    return make(match, "DATE", Calendar(year=year), point_mod(match["pmod"]))


_SPOKEN_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_SPOKEN_TEENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
                 "seventeen": 17, "eighteen": 18, "nineteen": 19}  # fmt: skip
_SPOKEN_ONES = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}


@rule("spoken year", i(rf"(?:(?P<lead>the\s+year)\s+)?(?:(?P<century>nineteen|twenty)\s+(?:(?P<tens>{'|'.join(_SPOKEN_TENS)})(?:[\s-](?P<ones>{'|'.join(_SPOKEN_ONES)}))?|(?P<teen>{'|'.join(_SPOKEN_TEENS)}))"
      rf"|(?P<thousand>two\s+thousand)(?:\s+(?:and\s+)?(?P<small>{'|'.join(_SPOKEN_ONES)}|{'|'.join(_SPOKEN_TEENS)}))?)"),
      needs=anycase("nineteen", "twenty", r"two\s+thousand"))  # fmt: skip
def _spoken_year(match: re.Match[str], text: str) -> Expression | None:
    """Years as broadcast transcripts spell them: "nineteen ninety-six", "the year two thousand"."""
    if match["thousand"]:
        if not match["lead"] and not preceded_by_time_word(match):
            return None  # "two thousand people"
        small = match["small"]
        year = 2000 + (_SPOKEN_ONES.get(small.lower(), 0) or _SPOKEN_TEENS.get(small.lower(), 0) if small else 0)
    else:
        base = 1900 if match["century"].lower() == "nineteen" else 2000
        if match["teen"]:
            year = base + _SPOKEN_TEENS[match["teen"].lower()]
        else:
            year = base + _SPOKEN_TENS[match["tens"].lower()] + (_SPOKEN_ONES[match["ones"].lower()] if match["ones"] else 0)
    return make(match, "DATE", Calendar(year=year))


_DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
                 "eighties": 8, "nineties": 9}  # fmt: skip


# Needs "0s" ("1990s", "'90s") or "ties", the end of every decade spelt out.
@rule("decade", rf"(?:{i('the')}\s+)?{POINT_MOD_OPT}(?:(?P<full>1\d\d0|20\d0)s|['’](?P<short>\d0)s|(?P<word>"
      + i(alternation(_DECADE_WORDS)) + "))", needs=anycase("0s", "ties"))  # fmt: skip
def _decade(match: re.Match[str], text: str) -> Expression | None:
    if match["full"]:
        decade = int(match["full"]) // 10
    elif match["short"]:
        decade = 190 + int(match["short"]) // 10
    else:
        if not match.group(0).lower().startswith("the"):
            return None  # "in their forties" is an age
        decade = 190 + _DECADE_WORDS[match["word"].lower()]
    return make(match, "DATE", Calendar(decade=decade), point_mod(match["pmod"]))


@rule("century", rf"(?:{i('the')}\s+)?{POINT_MOD_OPT}(?P<ord>{i(alternation(ORDINALS))}|\d{{1,2}}(?:st|nd|rd|th))[\s-]+{i('century')}", needs=anycase("century"))
def _century(match: re.Match[str], text: str) -> Expression | None:
    word = match["ord"].lower()
    number = ORDINALS.get(word) if word in ORDINALS else int(re.sub(r"\D", "", word))
    if not number or word in ("last", "final"):
        return None
    return make(match, "DATE", Calendar(century=number - 1), point_mod(match["pmod"]))


# --- weekdays, holidays, deictic days ---------------------------------------------------------------------


@rule("weekday", i(r"(?:(?P<dir>last|next|this|this\s+past|this\s+coming|coming|past)\s+)?(?:(?P<pmod>early|late)\s+)?")
      + rf"(?P<name>{WEEKDAY_RE})(?:\s+(?P<part>{i('morning|afternoon|evening|night')}))?", needs=cased(WEEKDAY_RE))  # fmt: skip
def _weekday(match: re.Match[str], text: str) -> Expression | None:
    part = PARTS_OF_DAY[match["part"].lower()] if match["part"] else None
    if not (match["dir"] or match["pmod"] or part) and re.search(r"(?i:\bthe)\s+$", text[max(0, match.start() - 5) : match.start()]):
        if re.match(r"\s+[A-Z][a-z]", text[match.end() : match.end() + 4]):
            return None  # "the Sunday Times": a title, not a day
    meaning = Calendar(weekday=weekday_number(match["name"]), direction=direction(match["dir"]), part=part)
    return make(match, "TIME" if part else "DATE", meaning, point_mod(match["pmod"]))


@rule("weekday set", i(r"(?:(?:every|each)\s+)?") + rf"(?P<name>{WEEKDAY_RE})(?P<plural>s)?(?:\s+(?P<part>{i('mornings|afternoons|evenings|nights')}))?", needs=cased(WEEKDAY_RE))
def _weekday_set(match: re.Match[str], text: str) -> Expression | None:
    if not match["plural"] and not match.group(0).lower().startswith(("every", "each")):
        return None
    part = PARTS_OF_DAY[match["part"].lower().rstrip("s")] if match["part"] else None
    value = f"XXXX-WXX-{weekday_number(match['name']) + 1}" + (f"T{part}" if part else "")
    return make(match, "SET", Recurrence(value))


_HOLIDAY_RE = alternation(
    (" ".join(capitalised(name.split())).replace("'", "['’]").replace("Day", "[Dd]ay") for name in HOLIDAYS), escape=False
)


@rule("holiday", i(r"(?:(?P<dir>last|next|this)\s+)?") + rf"(?P<name>{_HOLIDAY_RE})(?:,?\s+{YEAR})?", needs=cased(_HOLIDAY_RE))
def _holiday(match: re.Match[str], text: str) -> Expression | None:
    name = " ".join(match["name"].lower().replace("’", "'").split())
    if name == "may day" and not preceded_by_time_word(match):
        return None
    year = int(match["year"]) if match["year"] else None
    return make(match, "DATE", Calendar(holiday=name, year=year, direction=direction(match["dir"])))


_DEICTIC = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}


@rule("deictic day", rf"{POINT_MOD_OPT}(?P<word>{i('today|tonight|yesterday|tomorrow')})(?:\s+(?P<part>{i('morning|afternoon|evening|night')}))?",
      needs=anycase("today", "tonight", "yesterday", "tomorrow"))  # fmt: skip
def _deictic(match: re.Match[str], text: str) -> Expression:
    word = match["word"].lower()
    part = PARTS_OF_DAY[match["part"].lower()] if match["part"] else ("NI" if word == "tonight" else None)
    meaning = Shift("day", _DEICTIC[word], part=part)
    return make(match, "TIME" if part else "DATE", meaning, point_mod(match["pmod"]))


@rule("day before or after", i(r"the\s+day\s+(?P<rel>before\s+yesterday|after\s+tomorrow)"),
      needs=anycase(r"the\s+day\s+(?:before\s+yesterday|after\s+tomorrow)"))
def _day_before(match: re.Match[str], text: str) -> Expression:
    return make(match, "DATE", Shift("day", -2 if match["rel"].lower().startswith("before") else 2))


@rule("part of day", i(rf"{POINT_MOD_OPT}(?P<rel>this|last|tomorrow|yesterday)\s+(?P<part>morning|afternoon|evening|night)"),
      needs=anycase("morning", "afternoon", "evening", "night"))
def _part_of_day(match: re.Match[str], text: str) -> Expression:
    rel = match["rel"].lower()
    part = PARTS_OF_DAY[match["part"].lower()]
    # "last night" is yesterday's night; "last morning" is not said, so "last" only shifts a night back.
    amount = {"this": 0, "tomorrow": 1, "yesterday": -1, "last": -1 if part == "NI" else 0}[rel]
    return make(match, "TIME", Shift("day", amount, part=part), point_mod(match["pmod"]))


_ANAPHORIC = (r"(?P<det>the\s+next|the\s+following|the\s+previous|the\s+preceding|the\s+prior|that|the\s+same|"
              r"the\s+very\s+next|the\s+very\s+same)\s+(?P<unit>day|morning|afternoon|evening|night|week|month|year|weekend|quarter)")  # fmt: skip


@rule("anaphoric day", i(_ANAPHORIC), needs=anycase(_ANAPHORIC))
def _anaphoric(match: re.Match[str], text: str) -> Expression | None:
    det = match["det"].lower().split()[-1]
    unit = match["unit"].lower()
    amount = {"next": 1, "following": 1, "previous": -1, "preceding": -1, "prior": -1, "that": 0, "same": 0}[det]
    if unit in ("week", "month", "year", "quarter", "weekend") and det == "next":
        return None  # "the next year" counts from now, or is a span of a year: the relative rules decide
    part = PARTS_OF_DAY.get(unit)
    base = "day" if part else unit
    return make(match, "TIME" if part else "DATE", Shift(base, amount, anaphoric=True, part=part))


@rule("day before", i(r"the\s+(?P<unit>day|week|month|year)\s+(?P<rel>before|after|earlier)(?=\s*[,.;:!?)]|\s+(?:and|but|when|as|at|in|on|with|to)\b|\s*$)"),
      needs=anycase(r"the\s+(?:day|week|month|year)\s+(?:before|after|earlier)"))  # fmt: skip
def _unit_before(match: re.Match[str], text: str) -> Expression:
    amount = 1 if match["rel"].lower() == "after" else -1
    return make(match, "DATE", Shift(match["unit"].lower(), amount, anaphoric=True))
