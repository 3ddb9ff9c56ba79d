"""Tense from the parse: the same weekday or month lands before or after the anchor with the verb."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.times import find_times
from dateline.times.tense import tense_lookup

ANCHOR = "2019-05-15"  # a Wednesday


def resolved(nlp: Any, sentence: str) -> list[tuple[str, str]]:
    return [(r.text, r.value) for r in find_times(sentence, ANCHOR, tense_lookup(nlp(sentence)))]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The foreign ministers met in Geneva on Tuesday.", ("Tuesday", "2019-05-14")),
        ("The foreign ministers will meet in Geneva on Tuesday.", ("Tuesday", "2019-05-21")),
        ("The envoy is due to arrive on Friday, officials said.", ("Friday", "2019-05-17")),
        ("The court has scheduled a hearing for Thursday.", ("Thursday", "2019-05-16")),
        ("Protesters have gathered outside the embassy since Saturday.", ("Saturday", "2019-05-11")),
        ("Talks collapsed in December after border clashes.", ("December", "2018-12")),
        ("Parliament will vote on the budget in December, the speaker said.", ("December", "2019-12")),
        ("He has been held without charge since July.", ("July", "2018-07")),
    ],
)
def test_tense_places_names_without_a_year(language_nlp: Any, sentence: str, expected: tuple[str, str]) -> None:
    assert expected in resolved(language_nlp, sentence)


def test_lookup_reads_the_governing_verb(language_nlp: Any) -> None:
    text = "The rebels seized the airport on Monday and will hold elections in June."
    lookup = tense_lookup(language_nlp(text))
    monday, june = text.index("Monday"), text.index("June")
    assert lookup(monday, monday + 6) == "past"
    assert lookup(june, june + 4) == "future"
