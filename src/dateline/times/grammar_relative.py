"""Patterns for times given relative to now, amounts of time, repeated times, quarters and clock times.

Its rules join the list in :mod:`dateline.times.grammar`; importing this module registers them.
"""

from __future__ import annotations

import re

from dateline.times.expressions import (
    Calendar,
    Duration,
    Expression,
    Recurrence,
    Reference,
    Shift,
    TimexType,
)
from dateline.times.grammar import (
    AMOUNT_MOD,
    POINT_MOD,
    POINT_MOD_OPT,
    YEAR,
    amount_mod,
    direction,
    i,
    make,
    point_mod,
    rule,
)
from dateline.times.stretches import anycase, cased
from dateline.times.lexicon import (
    DURATION_UNITS,
    NUMBER_RE,
    ORDINALS,
    PARTS_OF_DAY,
    SEASONS,
    UNITS,
    VAGUE_RE,
    alternation,
    number_value,
)

_CALENDAR_UNITS = "week|month|year|quarter|weekend|decade|century"
_SEASON_WORDS = "spring|summer|fall|autumn|winter"


def duration_value(amount: float | None, unit: str) -> str:
    """TIMEX3 duration: ``P2Y``, ``PT90M``, ``PXW`` for a vague amount."""
    letter, multiplier, clock = DURATION_UNITS[unit]
    if amount is None:
        number = "X"
    else:
        total = amount * multiplier
        number = str(int(total)) if float(total).is_integer() else f"{total:g}"
    return f"PT{number}{letter}" if clock else f"P{number}{letter}"


_SMALLER = {"minute": ("second", 60), "hour": ("minute", 60), "day": ("hour", 24), "year": ("month", 12), "month": ("day", 30), "week": ("day", 7)}


def whole_units(amount: float | None, unit: str) -> tuple[float | None, str]:
    """Write a fractional amount in the next smaller unit where it comes out whole ("5 1/2 hours" is PT330M)."""
    if amount is None or float(amount).is_integer() or unit not in _SMALLER:
        return amount, unit
    smaller, factor = _SMALLER[unit]
    return (amount * factor, smaller) if float(amount * factor).is_integer() else (amount, unit)


def season_code(word: str) -> str:
    return SEASONS[word.lower()]


# --- this/last/next week, month, year, season -------------------------------------------------------------


@rule("relative unit", rf"{POINT_MOD_OPT}" + i(
    rf"(?P<dir>last|this|next|coming|past|previous|current|this\s+past|this\s+coming|the\s+current)\s+"
    rf"(?P<unit>{_CALENDAR_UNITS}|{_SEASON_WORDS})"), needs=anycase(*_CALENDAR_UNITS.split("|"), *_SEASON_WORDS.split("|")))  # fmt: skip
def _relative_unit(match: re.Match[str], text: str) -> Expression | None:
    unit = match["unit"].lower()
    step = direction(match["dir"].replace("the ", ""))
    if step is None:
        return None
    mod = point_mod(match["pmod"])
    if unit in SEASONS:
        return make(match, "DATE", Calendar(season=season_code(unit), direction=step), mod)
    if match["dir"].lower() == "past":
        return None  # "past week" without "the" is a fragment of "the past week", a duration
    return make(match, "DATE", Shift(unit, step), mod)


_SPAN_BEFORE = re.compile(r"(?i:\b(?:over|in|during|for|within|throughout|through)\s*)$")


@rule("the past unit", i(r"the\s+(?P<dir>past|last|next|coming)\s+(?P<unit>week|month|year|quarter|decade|century|weekend)"),
      needs=anycase(r"the\s+(?:past|last|next|coming)\s+(?:week|month|year|quarter|decade|century|weekend)"))  # fmt: skip
def _the_past_unit(match: re.Match[str], text: str) -> Expression:
    unit = match["unit"].lower()
    before = text[max(0, match.start() - 12) : match.start()]
    if match["dir"].lower() == "next" and not _SPAN_BEFORE.search(before):
        return make(match, "DATE", Shift(unit, 1))  # "the next year's budget" is next year
    # TimeML reads "over the past year" as a span of one year, not as last year.
    return make(match, "DURATION", Duration(1, unit))


@rule("the year", i(r"(?P<det>the|this)\s+(?:(?P<adj>full|fiscal|calendar|current\s+fiscal|entire|whole)\s+)?(?P<unit>year|week)(?P<possessive>['’]s)?"),
      needs=anycase("year", "week"))  # fmt: skip
def _the_year(match: re.Match[str], text: str) -> Expression | None:
    """ "For the year" in a results story is this year; "the year ended June 30" is a span of a year."""
    before = text[max(0, match.start() - 14) : match.start()]
    after = text[match.end() : match.end() + 12]
    unit = match["unit"].lower()
    if re.match(r"\s+(?:ended|ending|to|through)\b", after, re.I):
        return make(match, "DURATION", Duration(1, unit))
    if match["det"].lower() == "this":
        return make(match, "DATE", Shift(unit, 0)) if match["adj"] else None  # plain "this year": a relative unit
    if not (match["possessive"] or re.search(r"(?i:\b(?:for|in|through|throughout|of|during)\s*)$", before)):
        return None
    return make(match, "DATE", Shift(unit, 0))


@rule("the latest period", i(r"the\s+(?:latest|most\s+recent|just[\s-]ended)\s+(?:period|three\s+months)"),
      needs=anycase(r"the\s+(?:latest|most\s+recent|just[\s-]ended)\s+(?:period|three\s+months)"))  # fmt: skip
def _latest_period(match: re.Match[str], text: str) -> Expression:
    return make(match, "DATE", Shift("quarter", 0, latest=True))


@rule("earlier this unit", i(rf"(?P<adv>earlier|later)\s+(?:this|in\s+the)\s+(?P<unit>{_CALENDAR_UNITS})"),
      needs=anycase(r"earlier\s+(?:this|in\s+the)", r"later\s+(?:this|in\s+the)"))  # fmt: skip
def _earlier_this(match: re.Match[str], text: str) -> Expression:
    return make(match, "DATE", Shift(match["unit"].lower(), 0))


@rule("end of the unit", rf"{POINT_MOD}\s+" + i(r"(?P<det>the|this)\s+(?P<unit>week|month|year|quarter|decade|century)"),
      needs=anycase(r"(?:the|this)\s+(?:week|month|year|quarter|decade|century)"))  # fmt: skip
def _end_of_the(match: re.Match[str], text: str) -> Expression:
    return make(match, "DATE", Shift(match["unit"].lower(), 0), point_mod(match["pmod"]))


@rule("year end", i(r"(?P<unit>year|month|quarter|week)[\s-]end"), needs=anycase("end"))
def _year_end(match: re.Match[str], text: str) -> Expression:
    return make(match, "DATE", Shift(match["unit"].lower(), 0), "END")


@rule("the weekend", i(r"(?P<det>the|that)\s+weekend"), needs=anycase(r"(?:the|that)\s+weekend"))
def _the_weekend(match: re.Match[str], text: str) -> Expression:
    anaphoric = match["det"].lower() == "that"
    return make(match, "DATE", Shift("weekend", 0, anaphoric=anaphoric, latest=not anaphoric))


@rule("season", i(rf"(?:(?P<det>the)\s+)?{POINT_MOD_OPT}(?P<season>{_SEASON_WORDS})(?:\s+(?:of\s+)?{YEAR})?"), needs=anycase(*_SEASON_WORDS.split("|")))
def _season(match: re.Match[str], text: str) -> Expression | None:
    year = int(match["year"]) if match["year"] else None
    if year is None:
        after = text[match.end() : match.end() + 12]
        if re.match(r"\s+(?:[A-Z]|of\b|and\b|break|session|term|recess|storm|olympics|games|wheat|crop)", after, re.I):
            return None  # "the Winter Olympics", "the spring session": a name or a noun phrase
        if not (match["det"] or match["pmod"]) or match.group(0)[0].isupper() and not match["det"]:
            return None
    meaning = Calendar(season=season_code(match["season"]), year=year)
    return make(match, "DATE", meaning, point_mod(match["pmod"]))


# --- quarters and halves ----------------------------------------------------------------------------------

_QUARTER_ORDINALS = {k: v for k, v in ORDINALS.items() if v <= 4 and k != "last"}
_QUARTER_ORD = i(alternation(_QUARTER_ORDINALS))
_OF_YEAR = i(rf"\s+of\s+(?:(?:fiscal\s+)?{YEAR}|(?P<rel>this|next|last|the\s+previous|the\s+same|the\s+current)\s+(?:fiscal\s+)?year|the\s+(?:fiscal\s+)?year)")


def _year_of(match: re.Match[str]) -> tuple[int | None, int | None]:
    """The year a quarter or half belongs to, as (year, year_shift): "of 2019", "of next year", or neither."""
    if match["year"]:
        return int(match["year"]), None
    rel = (match["rel"] or "").lower().split()
    if rel:
        return None, {"this": 0, "next": 1, "last": -1, "previous": -1, "same": 0, "current": 0}[rel[-1]]
    return None, None


@rule("quarter", rf"(?:{i('the')}\s+)?{POINT_MOD_OPT}(?:{i('fiscal')}\s+)?(?:(?P<year2>1[89]\d\d|20\d\d)\s+)?(?P<ord>{_QUARTER_ORD})[\s-]+(?:{i('fiscal')}[\s-]+)?{i('quarter')}(?:{_OF_YEAR})?", needs=anycase("quarter"))
def _quarter(match: re.Match[str], text: str) -> Expression | None:
    quarter = _QUARTER_ORDINALS[match["ord"].lower()]
    if re.match(r"\s*(?:of\s+(?:a|the)\s+(?:century|mile|point|million|billion)|-?final)", text[match.end() :], re.I):
        return None
    year, year_shift = (int(match["year2"]), None) if match["year2"] else _year_of(match)
    meaning = Calendar(quarter=quarter, year=year, year_shift=year_shift)
    if re.match(r"(?i:the)\s", match.group(0)) and "-" in match.group(0) and not match["year2"]:
        # "the third-quarter loss": the article belongs to "loss", not to the quarter.
        start = match.start("ord") if not match["pmod"] else match.start("pmod")
        return Expression(start, match.end(), text[start : match.end()], "DATE", meaning, point_mod(match["pmod"]))
    return make(match, "DATE", meaning, point_mod(match["pmod"]))


@rule("year's quarter", i(rf"(?:{YEAR}|(?P<rel>this|next|last)\s+year)['’]s\s+(?P<ord>{alternation(_QUARTER_ORDINALS)})[\s-]+quarter"),
      needs=anycase("quarter"))  # fmt: skip
def _years_quarter(match: re.Match[str], text: str) -> Expression:
    quarter = _QUARTER_ORDINALS[match["ord"].lower()]
    year, year_shift = _year_of(match)
    return make(match, "DATE", Calendar(quarter=quarter, year=year, year_shift=year_shift))


@rule("q quarter", rf"Q(?P<q>[1-4])(?:\s+{YEAR}|\s*['’](?P<yy>\d\d))?", needs=cased("Q[1-4]"))
def _q_quarter(match: re.Match[str], text: str) -> Expression:
    year = int(match["year"]) if match["year"] else (2000 + int(match["yy"]) if match["yy"] else None)
    return make(match, "DATE", Calendar(quarter=int(match["q"]), year=year))


@rule("the quarter", i(r"the\s+(?P<adj>(?:(?:latest|current|most\s+recent|recent|just[\s-]ended|year[\s-]ago|year[\s-]earlier|same|fiscal)\s+)*)quarter(?!s|\s+of|-)"),
      needs=anycase("quarter"))  # fmt: skip
def _the_quarter(match: re.Match[str], text: str) -> Expression:
    adjectives = match["adj"].lower()
    if "year" in adjectives:
        return make(match, "DATE", Shift("year", -1, latest=True, grain="quarter", anaphoric="earlier" in adjectives))
    if "current" in adjectives:
        return make(match, "DATE", Shift("quarter", 0))
    return make(match, "DATE", Shift("quarter", 0, latest=True))


@rule("half", i(rf"(?:the\s+)?(?P<ord>first|second|1st|2nd|latter|last)\s+half{_OF_YEAR}"), needs=anycase(r"half\s+of\s"))
def _half(match: re.Match[str], text: str) -> Expression:
    half = 1 if match["ord"].lower() in ("first", "1st") else 2
    year, year_shift = _year_of(match)
    return make(match, "DATE", Calendar(half=half, year=year, year_shift=year_shift))


# --- amounts of time, and points counted from now ---------------------------------------------------------

_UNIT = alternation(name for name in UNITS if UNITS[name] not in ("night", "weekend"))
_AMOUNT = rf"(?P<num>{NUMBER_RE}|{VAGUE_RE})"


def _amount(match: re.Match[str]) -> float | None:
    return number_value(match["num"]) if match["num"] else None


# Needs its unit, which always follows a space or a hyphen.
@rule("duration", rf"(?:{AMOUNT_MOD})?" + i(
    r"(?:(?P<det>the)\s+)?(?:(?P<adj>first|past|last|next|coming|previous|following|latest|final|initial|remaining|same"
    r"|year-earlier|entire|whole|full|other|additional|last\s+several|past\s+several)\s+)?")
    + i(rf"{_AMOUNT}(?:\s+|-)(?:(?P<adj2>more|additional|extra|full|straight|consecutive|long)\s+)?(?P<unit>{_UNIT})(?P<tail>-long|-old|\s+old)?"),
    needs=anycase(rf"[\s-]{_UNIT}"))  # fmt: skip
def _duration(match: re.Match[str], text: str) -> Expression | None:
    unit = UNITS[match["unit"].lower()]
    number = match["num"].lower()
    amount = _amount(match)
    after = text[match.end() : match.end() + 12]
    if match["tail"] or re.match(r"\s+old\b", after):
        return None  # ages ("a 52-year-old", "6 years old") are not times in TimeML news annotation
    if re.fullmatch(r"(?:1[89]|20)\d\d", number) and (match["det"] or unit in ("quarter", "second", "season", "half")):
        return None  # "the 1988 quarter" names a year, it does not count quarters
    if unit in ("quarter", "season") and re.match(r"\s+of\b", after):
        return None  # "a quarter of the votes"
    if number in ("a", "an") and unit == "second":
        return None  # "a second term"
    if number in ("a", "an") and not match["det"] and not match["amod"]:
        before = text[max(0, match.start() - 30) : match.start()]
        if re.search(r"(?:once|twice|thrice|times|\d|million|billion|percent|%|dollars?|each)\s*$", before, re.I):
            return make(match, "SET", Recurrence(duration_value(1, unit)))  # "$5 a year", "twice a week"
    if match["tail"] is None and re.match(r"\s+(?:ago|earlier|later|from\s+now|hence)\b", after, re.I):
        return None  # the longer "ago" rule owns it
    amount, unit = whole_units(amount, unit)
    mod = amount_mod(match["amod"])
    start = match.start()
    if match["det"] and (match["amod"] or "").lower() == "over":
        start, mod = match.start("det"), None  # "over the past 20 years": "over" is a preposition there
    if match["det"] and "-" in text[match.end("num") : match.start("unit")]:
        start = match.start("num")  # "the two-year probe": the article belongs to the probe
    if start != match.start():
        return Expression(start, match.end(), text[start : match.end()], "DURATION", Duration(amount, unit), mod)
    return make(match, "DURATION", Duration(amount, unit), mod)


@rule("half a unit", i(r"(?:(?P<pre>half\s+(?:an?|the)\s+)(?P<unit>hour|day|year|month|century|decade)"
                       r"|(?P<num>an?|one|two|three)\s+(?P<unit2>minute|hour|day|year|month)s?\s+and\s+a\s+half)"),
      needs=anycase("half"))  # fmt: skip
def _half_unit(match: re.Match[str], text: str) -> Expression:
    if match["pre"]:
        unit, amount = UNITS[match["unit"].lower()], 0.5
    else:
        unit, amount = UNITS[match["unit2"].lower()], (number_value(match["num"]) or 1) + 0.5
    # Halves go in the next smaller unit, as TimeML writes them ("half an hour" is PT30M, not PT0.5H).
    whole, unit = whole_units(amount, unit)
    return make(match, "DURATION", Duration(whole, unit))


_PLURAL_UNITS = "years|months|weeks|days|decades|hours|minutes|centuries"


@rule("bare units", i(rf"(?P<lead>(?:for|in|within|over|after|of|than|took|take|takes|lasted|spent|spend)\s+)(?P<unit>{_PLURAL_UNITS})"),
      needs=anycase(*_PLURAL_UNITS.split("|")))  # fmt: skip
def _bare_units(match: re.Match[str], text: str) -> Expression | None:
    if re.match(r"\s+(?:ago|old|of\s+age|earlier|later)\b", text[match.end() :], re.I):
        return None
    unit = UNITS[match["unit"].lower()]
    return make(match, "DURATION", Duration(None, unit), group="unit")


@rule("ago", rf"(?:{AMOUNT_MOD})?" + i(rf"(?:{_AMOUNT}(?:\s+|-))?(?P<unit>{_UNIT})(?:\s+or\s+so)?\s+(?P<rel>ago|earlier|later|from\s+now|hence|back)"),
      needs=anycase(rf"{_UNIT}(?:\s+or\s+so)?\s+(?:ago|earlier|later|from\s+now|hence|back)"))  # fmt: skip
def _ago(match: re.Match[str], text: str) -> Expression | None:
    unit = UNITS[match["unit"].lower()]
    rel = match["rel"].lower()
    backwards = rel in ("ago", "earlier", "back")
    anaphoric = rel in ("earlier", "later")
    plural = match["unit"].lower().endswith("s") or unit == "century" and match["unit"].lower() == "centuries"
    if match["num"] is None and not plural:
        return None  # "month earlier" without an amount is a fragment
    if rel == "back" and match["num"] is None:
        return None
    if rel in ("earlier", "later") and re.match(r"\s+than\b", text[match.end() :], re.I):
        return None  # "a year earlier than planned" is a comparison, not a date
    amount = _amount(match)
    if amount is None or not float(amount).is_integer():
        value = "PAST_REF" if backwards else "FUTURE_REF"
        return make(match, "DATE", Reference(value), amount_mod(match["amod"]))  # type: ignore[arg-type]
    step = int(amount) * (-1 if backwards else 1)
    kind: TimexType = "TIME" if unit in ("hour", "minute", "second") else "DATE"
    # "A year ago" follows the granularity of the time just discussed ("the third quarter ... a year ago").
    grain = "previous" if unit == "year" and step == -1 else ("year" if unit in ("decade", "century") else None)
    return make(match, kind, Shift(unit, step, anaphoric=anaphoric, grain=grain), amount_mod(match["amod"]))


@rule("year-ago", i(r"year[\s-](?P<rel>ago|earlier)"), needs=anycase(r"year[\s-](?:ago|earlier)"))
def _year_ago(match: re.Match[str], text: str) -> Expression:
    return make(match, "DATE", Shift("year", -1, anaphoric=match["rel"].lower() == "earlier", grain="previous"))


# --- vague references ---------------------------------------------------------------------------------------

_REFERENCES = {
    "now": "PRESENT_REF", "right now": "PRESENT_REF", "currently": "PRESENT_REF", "nowadays": "PRESENT_REF",
    "these days": "PRESENT_REF", "the present": "PRESENT_REF", "at present": "PRESENT_REF", "current": "PRESENT_REF",
    "recently": "PAST_REF", "lately": "PAST_REF", "previously": "PAST_REF", "formerly": "PAST_REF",
    "the past": "PAST_REF", "recent": "PAST_REF", "in recent years": "PAST_REF", "recent years": "PAST_REF",
    "past years": "PAST_REF",
    "the future": "FUTURE_REF", "future": "FUTURE_REF", "soon": "FUTURE_REF", "the near future": "FUTURE_REF",
}  # fmt: skip


# Left out on purpose: "previously", "formerly", "soon", and "future"/"recent" as bare adjectives. TimeML
# annotators rarely mark them, so finding them costs precision without buying values. Each word below holds
# one of those its needs list ("nowadays" holds "now", "recently" holds "recent").
@rule("reference", i(r"(?P<word>now|currently|nowadays|these\s+days|the\s+present(?!\s+(?:day|tense|case|situation|system))"
                     r"|recently|lately|the\s+past|recent\s+years|past\s+years|the\s+(?:near\s+|distant\s+)?future"
                     r"|current(?=\s+[a-z]))"),
      needs=anycase("now", "current", r"these\s+days", "present", "recent", "lately", "past", "future"))  # fmt: skip
def _reference(match: re.Match[str], text: str) -> Expression | None:
    word = " ".join(match["word"].lower().split())
    after = text[match.end() : match.end() + 16].lower()
    if word in ("current", "recent", "future") and re.match(r"\s+(?:account|accounts|affairs|events|flows?|issues?|members?|of)\b", after):
        return None  # "the current account": economics, not time
    if word == "now" and re.match(r"\s*-", after):
        return None
    key = "the future" if word.endswith("future") and word != "future" else word
    return make(match, "DATE", Reference(_REFERENCES[key]))  # type: ignore[arg-type]


@rule("recent units", i(r"(?P<adj>recent|the\s+coming|coming|the\s+past\s+few|the\s+last\s+few|the\s+next\s+few)\s+(?P<unit>days|weeks|months|quarters|decades|years)"),
      needs=anycase("days", "weeks", "months", "quarters", "decades", "years"))  # fmt: skip
def _recent_units(match: re.Match[str], text: str) -> Expression:
    return make(match, "DURATION", Duration(None, UNITS[match["unit"].lower()]))


# --- repeated times -----------------------------------------------------------------------------------------

# "quarterly" is left out: in business news it is nearly always "quarterly results", not a schedule.
_ADVERBS = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "yearly": "P1Y", "annually": "P1Y",
            "hourly": "PT1H", "nightly": "XXXX-XX-XXTNI", "biweekly": "P2W", "semiannually": "P6M",
            "biannually": "P6M", "fortnightly": "P2W"}  # fmt: skip


@rule("set adverb", i(alternation(_ADVERBS).replace("(?:", "(?P<word>", 1)), needs=anycase(*_ADVERBS))
def _set_adverb(match: re.Match[str], text: str) -> Expression:
    return make(match, "SET", Recurrence(_ADVERBS[match["word"].lower()]))


@rule("every unit", i(rf"(?P<det>every|each|per)\s+(?:(?P<other>other)\s+|(?P<num>{NUMBER_RE})\s+)?(?P<unit>{_UNIT}|morning|afternoon|evening|night|{_SEASON_WORDS})"),
      needs=anycase(r"every\s", r"each\s", r"per\s"))  # fmt: skip
def _every(match: re.Match[str], text: str) -> Expression | None:
    det = match["det"].lower()
    word = match["unit"].lower()
    if det == "per" and match["num"]:
        return None
    if word in PARTS_OF_DAY:
        return make(match, "SET", Recurrence(f"XXXX-XX-XXT{PARTS_OF_DAY[word]}"))
    if word in SEASONS:
        return make(match, "SET", Recurrence(f"XXXX-{SEASONS[word]}"))
    amount = 2.0 if match["other"] else (number_value(match["num"]) if match["num"] else 1.0)
    if word.endswith("s") and amount == 1.0 and not match["num"]:
        return None
    return make(match, "SET", Recurrence(duration_value(amount, UNITS[word])))


# --- clock times --------------------------------------------------------------------------------------------

_ZONE = r"(?:GMT|UTC|BST|CET|CEST|EET|EEST|MSK|ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT|IST|JST|AEST|AEDT|Z|" + i(r"local\s+time") + ")"


def _clock(hour: int, minute: int, meridiem: str | None) -> tuple[int, int] | None:
    if meridiem:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if meridiem.lower().startswith("p") else 0)
    if hour > 24 or minute > 59:
        return None
    return hour, minute


_MERIDIEM = i(r"a\.m\.|p\.m\.|a\.m|p\.m|am|pm")


# Needs a digit, then (maybe after spaces) the "a.m." or "pm".
@rule("clock 12h", rf"(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<m>[0-5]\d))?\s*(?P<ap>{_MERIDIEM})(?:\s+(?P<tz>{_ZONE}))?", needs=anycase(rf"\d\s*{_MERIDIEM}"))
def _clock12(match: re.Match[str], text: str) -> Expression | None:
    clock = _clock(int(match["h"]), int(match["m"] or 0), match["ap"])
    if clock is None:
        return None
    return make(match, "TIME", Calendar(hour=clock[0], minute=clock[1]))


@rule("clock 24h", rf"(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d)(?::[0-5]\d)?(?:\s*(?P<tz>{_ZONE}|{i('hours|hrs|h')}))?", needs=cased(r":[0-5]\d"))
def _clock24(match: re.Match[str], text: str) -> Expression | None:
    before = text[max(0, match.start() - 12) : match.start()]
    if not match["tz"] and not re.search(r"(?i:\b(?:at|by|until|till|from|before|after|around|about|since|to|and|,))\s*$", before):
        return None  # "2:30" alone may be a score or a ratio
    return make(match, "TIME", Calendar(hour=int(match["h"]), minute=int(match["m"])))


@rule("noon", i(r"(?P<word>noon|midnight|midday)"), needs=anycase("noon", "midnight", "midday"))
def _noon(match: re.Match[str], text: str) -> Expression:
    hour = 24 if match["word"].lower() == "midnight" else 12
    return make(match, "TIME", Calendar(hour=hour, minute=0))


@rule("o'clock", i(rf"(?P<num>{NUMBER_RE})\s+o['’]clock"), needs=anycase("clock"))
def _oclock(match: re.Match[str], text: str) -> Expression | None:
    value = number_value(match["num"])
    if value is None or not 1 <= value <= 12:
        return None
    return make(match, "TIME", Calendar(hour=int(value), minute=0))


@rule("part of day alone", i(r"(?P<det>the|that)\s+(?P<part>morning|afternoon|evening)(?!\s+(?:news|paper|show|edition|session|rush|of))"),
      needs=anycase(r"(?:the|that)\s+(?:morning|afternoon|evening)"))  # fmt: skip
def _the_morning(match: re.Match[str], text: str) -> Expression:
    return make(match, "TIME", Shift("day", 0, anaphoric=True, part=PARTS_OF_DAY[match["part"].lower()]))
