"""Number phrases as wire copy writes them, read as a lower bound, an upper bound and whether the text hedges.

Pure string code: :func:`parse_number` reads one phrase, :func:`number_phrases` finds every phrase of a text in one
pass. Neither knows what is counted; that is the finder's work.

Conventions (a bound is ``None`` when the text gives none):

- an exact number is both bounds: "twelve", "1,200", "two dozen" (24), "a dozen" (12), "1.5 million";
- a vague plural is at least two of its unit, approximate, with no upper bound: "dozens" 24, "scores" 40,
  "hundreds" 200, "thousands" 2,000, "tens of thousands" 20,000, "hundreds of thousands" 200,000, "millions"
  2,000,000; "a few hundred" is at least two hundred, "several thousand" at least three thousand;
- hedges make the number approximate and keep its bounds: "about", "around", "some", "roughly", "an estimated",
  "or so";
- "more than 50" and "over 50" are at least 51, "at least 30" and "30 or more" at least 30; "fewer than 10" and
  "under 10" are at most 9, "up to 400", "as many as 400" and "no more than 400" at most 400; none of them is
  approximate, since the text states the bound;
- "nearly 100", "almost 100" and "close to 100" are at most 100 and approximate: the text says the number falls
  just short without saying by how much;
- a range takes the lower bound of its first number and the upper bound of its second: "800 to 1,200",
  "between 800 and 1,200", "800-1,200", "two or three". A range whose second number is not above its first is
  no range ("3-1", "52 to 48": scores and tallies) and gives nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

# (min, max, approximate): min is None only where the phrase gives an upper bound alone ("up to 400").
Bounds = tuple[int | None, int | None, bool]
_Quantity = tuple[int, int | None, bool]  # a quantity always has a lower bound

UNITS: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
# Words that multiply what comes before them; "dozen" and "hundred" within a group, the rest close a group.
SCALES: dict[str, int] = {
    "dozen": 12,
    "hundred": 100,
    "thousand": 1_000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
}
# A vague plural names its unit; the count is at least two of them.
VAGUE_UNITS: dict[str, int] = {
    "dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1_000, "millions": 1_000_000, "billions": 1_000_000_000,
}  # fmt: skip
VAGUE_FACTOR = 2
# "tens of thousands", "hundreds of thousands": the plural before "of" multiplies the unit after it.
VAGUE_MULTIPLIERS: dict[str, int] = {"tens": 10, "dozens": 12, "scores": 20, "hundreds": 100}
# "a few hundred", "several thousand": how many of the unit the word means at least.
FEW_WORDS: dict[str, int] = {"a few": 2, "several": 3, "a couple of": 2, "a couple": 2}

# What each modifier does to a number: the bounds it keeps or moves, and whether it hedges.
HEDGES = ("about", "around", "approximately", "roughly", "some", "an estimated", "estimated", "an approximate")
AT_LEAST = ("at least", "no fewer than", "no less than", "a minimum of")
MORE_THAN = ("more than", "over", "upwards of", "in excess of", "well over", "just over", "well above", "above")
AT_MOST = ("up to", "as many as", "no more than", "at most", "a maximum of")
FEWER_THAN = ("fewer than", "less than", "under", "just under", "well under", "below")
SHORT_OF = ("nearly", "almost", "close to", "nearly all of", "just short of")
MODIFIERS: tuple[str, ...] = HEDGES + AT_LEAST + MORE_THAN + AT_MOST + FEWER_THAN + SHORT_OF


def _alternation(words: list[str]) -> str:
    """The words as one pattern that tries the longest first ("seventeen" before "seven", "more than" before
    "more"), written as a trie ("seven(?:teen)?"): a position then reads each letter once instead of trying every
    word, which is most of what scanning an article for numbers costs. A space matches any run of whitespace."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for piece in (r"\s+" if char == " " else re.escape(char) for char in word):
            node = node.setdefault(piece, {})
        node[""] = {}  # a word ends here
    return "(?:" + _trie_pattern(trie) + ")"


def _trie_pattern(node: dict[str, Any]) -> str:
    branches = [piece + _trie_pattern(child) for piece, child in node.items() if piece]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    # The longer words are tried first: the optional group is greedy, and two branches never match the same text.
    return f"(?:{body})?" if "" in node else body


_UNIT = _alternation(list(UNITS))
_TEN = _alternation(list(TENS))
_WORD = rf"(?:{_TEN}(?:[-\s]{_alternation(list(UNITS)[:9])})?|{_UNIT})"  # "twenty-five", "twenty five", "seven"
_DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\w,.]*\d)(?![^\W\d_])"  # "1,200", "12", "1.5"; not "5th", "1990s"
_SCALE = _alternation(list(SCALES))
_BASE = rf"(?:{_DIGITS}|{_WORD}\b|(?:half\s+)?an?(?=\s+{_SCALE}\b))"
# Scale words, and the "and" of British "two hundred and fifty".
_EXACT = rf"{_BASE}(?:\s+{_SCALE}\b(?:\s+and\s+{_WORD}\b)?)*"
_VAGUE = rf"(?:{_alternation(list(VAGUE_MULTIPLIERS))}\s+of\s+)?{_alternation(list(VAGUE_UNITS))}\b"
_FEW = rf"{_alternation(list(FEW_WORDS))}\s+{_SCALE}\b(?:\s+{_SCALE}\b)*"
_QUANTITY = rf"(?:{_VAGUE}|{_FEW}|{_EXACT})"
_FIGURES = rf"{_DIGITS}(?:\s+{_SCALE}\b)*"
# A hyphen joins figures only: "twenty-five" is one number, not twenty to five.
_RANGE = rf"(?:between\s+{_QUANTITY}\s+and\s+{_QUANTITY}|{_QUANTITY}\s+(?:to|or)\s+{_QUANTITY}|{_FIGURES}\s*[-–]\s*{_FIGURES})"
_MODIFIER = _alternation(list(MODIFIERS))
PHRASE = re.compile(
    rf"\b(?:(?P<modifier>{_MODIFIER})\s+)?(?P<number>{_RANGE}|{_QUANTITY})(?P<after>\s+or\s+(?:more|so)\b)?",
    re.IGNORECASE,
)
_QUANTITY_ONLY = re.compile(rf"(?:{_QUANTITY})", re.IGNORECASE)
_RANGE_SPLIT = re.compile(
    rf"^(?:between\s+)?(?P<first>{_QUANTITY})(?:\s+and\s+|\s*[-–]\s*|\s+(?:to|or)\s+)(?P<second>{_QUANTITY})$",
    re.IGNORECASE,
)
_WORDS = re.compile(r"\d[\d,]*(?:\.\d+)?|[a-z]+", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class NumberPhrase:
    """A number phrase of a text: ``start``/``end`` span the whole phrase, modifiers included; ``number_start`` is
    where the number itself begins (after "more than")."""

    start: int
    end: int
    number_start: int
    min: int | None
    max: int | None
    approximate: bool
    modifier: str | None


# Every phrase holds one of these; scanning for them first and trying the whole expression only at the few word
# starts just before each is what PHRASE.finditer would find, at a third of its cost on long texts.
_CORE = re.compile(
    r"\d|\b" + _alternation([*UNITS, *TENS, *SCALES, *VAGUE_UNITS, *VAGUE_MULTIPLIERS, "few", "several", "couple"]),
    re.IGNORECASE,
)
_WORD_START = re.compile(r"\b\w")
_LEAD = 64  # a modifier, "between" and "a couple of" before a phrase's first number word: well under this


def _phrase_matches(text: str) -> Iterator[re.Match[str]]:
    end = 0
    for core in _CORE.finditer(text):
        if core.start() < end:
            continue
        for start in _WORD_START.finditer(text, max(end, core.start() - _LEAD), core.start() + 1):
            match = PHRASE.match(text, start.start())
            if match is not None:
                yield match
                end = match.end()
                break


def number_phrases(text: str) -> Iterator[NumberPhrase]:
    """Every number phrase of ``text`` that reads as a number, in order, in one pass."""
    for match in _phrase_matches(text):
        bounds = parse_number(match.group(0))
        if bounds is None:
            continue
        low, high, approximate = bounds
        modifier = match.group("modifier")
        yield NumberPhrase(
            match.start(), match.end(), match.start("number"), low, high, approximate,
            " ".join(modifier.lower().split()) if modifier else None,
        )  # fmt: skip


def parse_number(words: str) -> Bounds | None:
    """``(min, max, approximate)`` for a number phrase ("more than 50", "800 to 1,200", "thousands"), else None.

    ``min`` is None only where the phrase gives an upper bound alone ("up to 400", "nearly 100"); see the module's
    docstring for the conventions.
    """
    text = " ".join(words.split()).strip()
    match = PHRASE.fullmatch(text)
    if match is None:
        return None
    modifier = " ".join((match.group("modifier") or "").lower().split())
    number = match.group("number")
    bounds = _range(number) if _QUANTITY_ONLY.fullmatch(number) is None else _quantity(number)
    if bounds is None:
        return None
    low, high, approximate = bounds
    after = " ".join((match.group("after") or "").lower().split())
    if after == "or more":
        high = None
    elif after == "or so":
        approximate = True
    return _modify(modifier, low, high, approximate)


def _modify(modifier: str, low: int, high: int | None, approximate: bool) -> Bounds | None:
    if not modifier:
        return low, high, approximate
    if modifier in HEDGES:
        return low, high, True
    if modifier in AT_LEAST:
        return low, None, approximate
    if modifier in MORE_THAN:
        return low + 1, None, approximate
    # What follows gives an upper bound; for a vague plural ("up to thousands") its lower bound is the best there is.
    top = high if high is not None else low
    if modifier in FEWER_THAN:
        top -= 1
    if top < 1:
        return None
    return None, top, approximate or modifier in SHORT_OF


def _range(number: str) -> _Quantity | None:
    split = _RANGE_SPLIT.match(number)
    if split is None:
        return None
    first, second = _quantity(split.group("first")), _quantity(split.group("second"))
    if first is None or second is None:
        return None
    low, high = first[0], second[1]
    shared = _shared_scale(split.group("first"), split.group("second"))
    if shared and low * shared < second[0]:  # "between two and three million": the first takes the second's scale
        low *= shared
    if second[0] <= low:  # "3-1", "52 to 48": a score or a tally, not a range
        return None
    return low, high, first[2] or second[2]


def _shared_scale(first: str, second: str) -> int:
    """The scale word ending the second number when the first has none of its own."""
    first_words = [w.lower() for w in _WORDS.findall(first)]
    second_words = [w.lower() for w in _WORDS.findall(second)]
    if any(w in SCALES or w in VAGUE_UNITS for w in first_words) or len(second_words) < 2:
        return 0
    return SCALES.get(second_words[-1], 0)


def _quantity(phrase: str) -> _Quantity | None:
    words = [w.lower() for w in _WORDS.findall(phrase)]
    if not words:
        return None
    if words[-1] in VAGUE_UNITS:
        # "dozens", "tens of thousands": two of the unit, times the multiplier before it.
        multiplier = VAGUE_MULTIPLIERS.get(words[0], 1) if len(words) > 1 else 1
        return VAGUE_FACTOR * multiplier * VAGUE_UNITS[words[-1]], None, True
    joined = " ".join(words)
    for few, many in FEW_WORDS.items():
        if joined.startswith(few + " "):
            scaled = _words_value(["one", *words[len(few.split()) :]])
            return (many * scaled, None, True) if scaled else None
    value = _words_value(words)
    return (value, value, False) if value else None


def _words_value(words: list[str]) -> int | None:
    """The whole number a run of number words and figures spells, or None ("1.5" alone, "and" alone)."""
    total = 0.0
    group = 0.0
    position = 0
    while position < len(words):
        word = words[position]
        position += 1
        if word[0].isdigit():
            group += float(word.replace(",", ""))
        elif word in UNITS:
            group += UNITS[word]
        elif word in TENS:
            group += TENS[word]
        elif word == "half":  # "half a million", "half a dozen"
            group += 0.5
            position += position < len(words) and words[position] in ("a", "an")
        elif word in ("a", "an"):
            group += 1
        elif word in ("dozen", "hundred"):
            group = (group or 1) * SCALES[word]
        elif word in SCALES:
            total += (group or 1) * SCALES[word]
            group = 0
        elif word != "and":
            return None
    value = total + group
    if value < 1 or value != int(value):
        return None
    return int(value)
