"""The finder searches each rule only where it can match (see dateline.times.stretches): what it finds must
be what searching every rule over the whole text finds, on any text."""

from __future__ import annotations

import random
import re
import string
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from dateline.evaluation.times import read_timeml
from dateline.times import find_expressions
from dateline.times.expressions import Expression
from dateline.times.finder import _ASCII_READINGS, RULES, _join_clock_times, _select
from dateline.times.stretches import anycase, barrier_of, check_needs, lower_case

FIXTURES = Path(__file__).parent.parent / "fixtures" / "timeml"


def found_searching_everywhere(text: str) -> list[Expression]:
    """The finder as it was before it looked for where rules can match (reading ASCII look-alikes as it does)."""
    readable = text.translate(_ASCII_READINGS)
    if readable != text:
        return [replace(e, text=text[e.start : e.end]) for e in found_searching_everywhere(readable)]
    candidates: list[tuple[Expression, int]] = []
    for priority, current in enumerate(RULES):
        position = 0
        while (match := current.pattern.search(text, position)) is not None:
            expression = current.build(match, text)
            if expression is not None and expression.end > expression.start:
                candidates.append((expression, priority))
                position = match.end()
            else:
                position = match.start() + 1
    return _join_clock_times(_select(candidates), text)


def outcome(find: Callable[[str], list[Expression]], text: str) -> object:
    """What ``find`` returns for ``text``, or the error it raises: "weekſ" (a long s) reads as "weeks" to a
    case-insensitive pattern but is no key of the unit table."""
    try:
        return find(text)
    except KeyError as error:
        return repr(error)


TRICKY = [
    "The strike ended (three years ago) and resumed “last week”; talks open at 10:35 GMT.",
    "He left on Sept.\n5, 2019, and came back in May\n\n2019 (or was it 2018?).",
    "It happened the day before", "It happened the day before;", "It happened the day before\n",
    "twenty-fıve years ago, İn the past, the \u212aelvin-scale year, 3p.m., Q3’19, the ’90s, 1990s-era",
    "x" * 3000 + " 3 years ago!", "(May 5, 2019)", '"last week"', "at 10:35", "10:35", "Sept.5", "!ago",
    "the 1988 quarter, 5 1/2 hours, 1,000 years, 2.5 days, a year-ago quarter, the year-earlier period",
]
_WORDS = ("May 5 2019 Sept. Jan. 14 1990s '90s the next day week month year years ago earlier later back from now "
          "o'clock o’clock two twenty-five a few 1,000 2.5 1/2 Monday Mondays every daily noon 3 p.m. 10:35 GMT Q3 "
          "third quarter fiscal first half of this last past current recently the future spring Christmas Day "
          "yesterday tonight morning mid- early end more than about century 21st nineteen two thousand 2019-05-15 "
          "5/14/2019 year-end weekend these days old -long or so an hour and took for decades twenties").split()
# A phrase for each rule, so that every rule matches somewhere in the soups.
_PHRASES = ["the 21st century", "nineteen ninety-six", "the year two thousand", "the day before yesterday", "this morning",
            "the next day", "the past year", "for the year", "the latest period", "earlier this month", "the end of the year",
            "the weekend", "the spring of 2019", "the third quarter of 2019", "2019's second quarter", "the same quarter",
            "the first half of next year", "half an hour", "two days and a half", "for years", "recent weeks",
            "every other week", "three o'clock", "that morning", "the twenties", "Christmas Eve", "last Tuesday",
            "every Monday", "tonight", "yesterday afternoon", "14 May 2019", "May 14", "the 5th of June", "June 2019",
            "March of next year", "last March", "mid-2019", "the day after", "next winter", "Q4 2019", "the year ended",
            "nowadays", "the near future", "5 years ago", "a year earlier", "the year-ago quarter", "noon",
            "10 a.m. EST", "at 23:15", "14.05.2019", "2019-05-15T10:30Z", "for 90 minutes", "the 1990s", "weekly",
            "May 14, 2019", "twenty nineteen", "today", "tomorrow", "this afternoon", "this evening", "last night",
            "next quarter", "this weekend", "last decade", "next century", "this summer", "last fall", "next autumn",
            "for the week", "later this year", "the summer", "the fall", "the autumn", "the winter", "for months",
            "for weeks", "in decades", "took hours", "for minutes", "for centuries", "these days", "the present",
            "lately", "recent days", "the coming months", "recent quarters", "recent decades", "recent years",
            "monthly", "yearly", "annually", "hourly", "nightly", "biweekly", "semiannually", "biannually",
            "fortnightly", "each week", "per year", "midnight", "midday", "that evening"]
_GLUE = [" ", " ", "  ", "\n", "", "-", ", ", ". ", "; ", " (", ") ", ' "', "’s ", ": ", "/", " — ", "!", "İ", "ſ"]


def soups(count: int) -> list[str]:
    """Texts thick with time words, broken by every kind of punctuation, in mixed case."""
    chooser = random.Random(20190515)
    texts = []
    for _ in range(count):
        words = [chooser.choice(_PHRASES if chooser.random() < 0.3 else _WORDS) for _ in range(chooser.randint(1, 20))]
        text = "".join(word + chooser.choice(_GLUE) for word in words)
        texts.append("".join(char.swapcase() if chooser.random() < 0.1 else char for char in text))
    return texts


@pytest.mark.parametrize("text", TRICKY + [read_timeml(path).text for path in sorted(FIXTURES.glob("*.tml"))])
def test_finds_what_a_search_of_the_whole_text_finds(text: str) -> None:
    assert outcome(find_expressions, text) == outcome(found_searching_everywhere, text)


def test_finds_what_a_search_of_the_whole_text_finds_in_word_soups() -> None:
    texts = soups(600)
    for text in texts:
        assert outcome(find_expressions, text) == outcome(found_searching_everywhere, text), text
    unmatched = [rule.name for rule in RULES if not any(rule.pattern.search(text) for text in texts)]
    assert unmatched == [], "give the soups a phrase that these rules match"


def test_lower_case_keeps_offsets_and_reads_letters_as_case_insensitive_patterns_do() -> None:
    everything = "".join(chr(code) for code in range(sys.maxunicode + 1) if not 0xD800 <= code <= 0xDFFF)
    lowered = lower_case(everything)
    assert len(lowered) == len(everything)
    for match in re.finditer("(?i)[a-z]", everything):
        letter = lowered[match.start()]
        assert letter in string.ascii_lowercase and re.fullmatch(f"(?i){letter}", match.group()), match.group()


def test_barriers_are_what_a_pattern_can_never_consume() -> None:
    number = barrier_of(re.compile(r"\d+(?:,\d{3})*(?!%)"))
    assert number is not None
    assert number.match(".") and number.match("(") and not number.match(",") and not number.match("%")
    behind = barrier_of(re.compile(r"(?<![;'])day"))
    assert behind is not None and behind.match(";")  # a lookbehind only reads what is behind
    for anything in (r"a.c", r"[^a]", r"\W", r"x\S"):
        assert barrier_of(re.compile(anything)) is None


def test_needs_are_checked() -> None:
    with pytest.raises(ValueError):
        anycase("Day")  # never found in the lower-cased text
    with pytest.raises(ValueError):
        check_needs(anycase(r"day;"), barrier_of(re.compile(r"(?i:day)")))  # no match of the rule holds ";"
    with pytest.raises(ValueError):
        check_needs(anycase(r"\s*"), barrier_of(re.compile(r"(?i:day)")))
