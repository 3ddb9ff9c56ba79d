"""Words of time: months, weekdays, numbers, units, seasons, parts of day, holidays, modifiers.

Each table maps a lower-cased word to what it means; the ``*_RE`` fragments are the same words as regular
expression alternations, longest first so that "Sept." is not read as "Sep" plus a stray dot.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable

MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
    "nov": 11, "dec": 12,
}  # fmt: skip

WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
    "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4, "sat": 5, "sun": 6,
}  # fmt: skip

# Ordinary English words that are also month or weekday abbreviations: they count only beside a day number.
AMBIGUOUS_MONTHS = frozenset({"may", "march", "mar", "jan", "jun", "jul", "aug", "sep", "dec", "oct", "nov", "apr", "feb"})

NUMBER_WORDS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a hundred": 100,
    "one hundred": 100, "a thousand": 1000, "thousand": 1000, "a dozen": 12, "dozen": 12, "a couple of": 2,
    "couple of": 2, "a couple": 2, "single": 1,
}  # fmt: skip

ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    "twenty-first": 21, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "final": 4, "last": 4,
}  # fmt: skip

# Units as they appear in text, mapped to one canonical unit name.
UNITS: dict[str, str] = {
    "second": "second", "seconds": "second", "sec": "second", "secs": "second",
    "minute": "minute", "minutes": "minute", "min": "minute", "mins": "minute",
    "hour": "hour", "hours": "hour", "hr": "hour", "hrs": "hour",
    "day": "day", "days": "day", "night": "night", "nights": "night",
    "week": "week", "weeks": "week", "fortnight": "fortnight", "fortnights": "fortnight",
    "weekend": "weekend", "weekends": "weekend",
    "month": "month", "months": "month",
    "quarter": "quarter", "quarters": "quarter",
    "season": "season", "seasons": "season",
    "year": "year", "years": "year",
    "decade": "decade", "decades": "decade",
    "century": "century", "centuries": "century",
    "millennium": "millennium", "millennia": "millennium",
}  # fmt: skip

# How each unit is written in a TIMEX3 duration: (letter, multiplier, whether it follows the T).
DURATION_UNITS: dict[str, tuple[str, int, bool]] = {
    "second": ("S", 1, True), "minute": ("M", 1, True), "hour": ("H", 1, True),
    "day": ("D", 1, False), "night": ("D", 1, False), "week": ("W", 1, False), "fortnight": ("W", 2, False),
    "weekend": ("D", 2, False), "month": ("M", 1, False), "quarter": ("Q", 1, False), "season": ("M", 3, False),
    "year": ("Y", 1, False), "decade": ("Y", 10, False), "century": ("Y", 100, False),
    "millennium": ("Y", 1000, False),
}  # fmt: skip

SEASONS: dict[str, str] = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
SEASON_START_MONTH: dict[str, int] = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}

PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI", "tonight": "NI",
    "midday": "MI", "daytime": "DT",
}  # fmt: skip

# Fixed-date holidays, and rules for the moving ones: ("nth", month, weekday, n) or ("easter", offset_days).
HOLIDAYS: dict[str, tuple[object, ...]] = {
    "christmas": ("fixed", 12, 25), "christmas day": ("fixed", 12, 25), "christmas eve": ("fixed", 12, 24),
    "new year's day": ("fixed", 1, 1), "new year's eve": ("fixed", 12, 31), "new year": ("fixed", 1, 1),
    "valentine's day": ("fixed", 2, 14), "halloween": ("fixed", 10, 31), "independence day": ("fixed", 7, 4),
    "boxing day": ("fixed", 12, 26), "bastille day": ("fixed", 7, 14), "may day": ("fixed", 5, 1),
    "thanksgiving": ("nth", 11, 3, 4), "thanksgiving day": ("nth", 11, 3, 4),
    "labor day": ("nth", 9, 0, 1), "memorial day": ("nth", 5, 0, -1), "martin luther king day": ("nth", 1, 0, 3),
    "easter": ("easter", 0), "easter sunday": ("easter", 0), "good friday": ("easter", -2),
    "easter monday": ("easter", 1),
}  # fmt: skip

# Modifiers before an amount of time ("more than two years").
AMOUNT_MODS: dict[str, str] = {
    "about": "APPROX", "around": "APPROX", "roughly": "APPROX", "approximately": "APPROX", "some": "APPROX",
    "nearly": "LESS_THAN", "almost": "LESS_THAN", "less than": "LESS_THAN", "under": "LESS_THAN",
    "fewer than": "LESS_THAN", "more than": "MORE_THAN", "over": "MORE_THAN", "longer than": "MORE_THAN",
    "at least": "EQUAL_OR_MORE", "no less than": "EQUAL_OR_MORE", "up to": "EQUAL_OR_LESS",
    "at most": "EQUAL_OR_LESS", "no more than": "EQUAL_OR_LESS", "just over": "MORE_THAN",
    "just under": "LESS_THAN", "well over": "MORE_THAN",
}  # fmt: skip


def alternation(words: Iterable[str], *, escape: bool = True) -> str:
    """A regex alternation of ``words``, longest first (so the longest spelling wins), spaces as ``\\s+``.

    Plain words are written as a tree of their shared beginnings ("a(?:bout|round)" for "about|around"),
    which the regex engine tries much faster than a flat list, and which matches the same way: see
    :func:`_tree`.
    """
    ordered = sorted(set(words), key=lambda word: (-len(word), word))
    parts = [(re.escape(word) if escape else word).replace(r"\ ", r"\s+").replace(" ", r"\s+") for word in ordered]
    if escape and all(word.isascii() and _OTHER_SPACE.search(word) is None for word in ordered):
        return "(?:" + _tree(ordered) + ")"
    return "(?:" + "|".join(parts) + ")"


_OTHER_SPACE = re.compile(r"[^\S ]")


def _tree(ordered: list[str]) -> str:
    """The alternation of ``ordered`` (distinct ASCII words, longest first) as a tree.

    At any one place, words whose first characters differ (ignoring case) cannot both match, so what an
    alternation matches depends only on the order among words with the same first character. The tree
    groups words by that character, keeps the order within each group, and writes a beginning that the
    whole group shares (case and all) once, then the group's rests as a tree in turn. The empty rest of a
    word that begins longer ones is the shortest, so it is tried last, as the word was in the list.
    """
    groups: dict[str, list[str]] = {}
    for word in ordered:
        groups.setdefault(word[:1].lower(), []).append(word)
    branches: list[str] = []
    for members in groups.values():
        shared = os.path.commonprefix(members)
        if len(members) > 1 and shared:
            branches.append(_literal(shared) + "(?:" + _tree([member[len(shared) :] for member in members]) + ")")
        else:
            branches.extend(_literal(member) for member in members)
    return "|".join(branches)


def _literal(text: str) -> str:
    return re.escape(text).replace(r"\ ", r"\s+")


def capitalised(words: Iterable[str]) -> list[str]:
    return [word[:1].upper() + word[1:] for word in words]


# Month names as news prints them: capitalised ("May", "Sept."), never a lower-case "may".
_FULL_MONTHS = [name for name in MONTHS if len(name) > 4 or name in {"may", "june", "july"}]
_SHORT_MONTHS = [name for name in MONTHS if name not in _FULL_MONTHS]
MONTH_RE = "(?:" + alternation(capitalised(_FULL_MONTHS)) + "|" + alternation(capitalised(_SHORT_MONTHS)) + r"\.?" + ")"
# The first three letters of every month name, which every match of MONTH_RE begins with.
MONTH_START_RE = alternation(capitalised(name[:3] for name in MONTHS))
_FULL_WEEKDAYS = [name for name in WEEKDAYS if name.endswith("day")]
_SHORT_WEEKDAYS = [name for name in WEEKDAYS if not name.endswith("day")]
WEEKDAY_RE = alternation(capitalised(_FULL_WEEKDAYS))
ANY_WEEKDAY_RE = "(?:" + WEEKDAY_RE + "|" + alternation(capitalised(_SHORT_WEEKDAYS)) + r"\.?" + ")"

_SIMPLE_NUMBERS = [word for word in NUMBER_WORDS if word not in {"a", "an", "single"}]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_UNITS_1_9 = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
# "twenty-five", "two", "48", "1,000", "2.5", "a"/"an" (only where the grammar allows a unit to follow).
NUMBER_RE = (
    r"(?:\d{1,3}(?:,\d{3})+|\d+\s+1/2|\d+(?:\.\d+)?|"
    + alternation([f"{ten}-{one}" for ten in _TENS for one in _UNITS_1_9] + [f"{ten} {one}" for ten in _TENS for one in _UNITS_1_9])
    + "|"
    + alternation(_SIMPLE_NUMBERS)
    + r"|an?)"
)
VAGUE_RE = alternation(["a few", "few", "several", "many", "some", "a number of", "numerous", "a couple of"])


def number_value(text: str) -> float | None:
    """The value of a number as written ("twenty-five", "1,000", "2.5", "an"); ``None`` for a vague one."""
    word = " ".join(text.lower().replace("-", " ").split())
    if word in NUMBER_WORDS:
        return float(NUMBER_WORDS[word])
    if word.endswith(" 1/2") and word[:-4].isdigit():
        return float(word[:-4]) + 0.5
    digits = word.replace(",", "")
    try:
        return float(digits)
    except ValueError:
        pass
    parts = word.split()
    if len(parts) == 2 and parts[0] in NUMBER_WORDS and parts[1] in NUMBER_WORDS:
        return float(NUMBER_WORDS[parts[0]] + NUMBER_WORDS[parts[1]])
    return None


def month_number(text: str) -> int:
    return MONTHS[text.lower().rstrip(".")]


def weekday_number(text: str) -> int:
    return WEEKDAYS[text.lower().rstrip(".")]
