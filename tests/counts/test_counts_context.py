"""The numbers the characters around them show to count nothing, read without a parse."""

from __future__ import annotations

import pytest

from dateline.counts.context import counts_nothing
from dateline.counts.numbers import number_phrases


def verdicts(text: str) -> list[tuple[str, bool]]:
    """Each number phrase of ``text`` with whether it counts nothing."""
    return [(text[p.start : p.end], counts_nothing(text, p)) for p in number_phrases(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In 2019, 300 protesters were held.", [("2019", True), ("300", False)]),
        ("2000 people marched.", [("2000", False)]),
        ("some 2000 people", [("some 2000", False)]),
        ("between 1998 and 2003", [("between 1998 and 2003", True)]),
        ("Ali Hassan, 63, was freed.", [("63", True)]),
        ("Ali Hassan (63) was freed.", [("63", True)]),
        ("aged 25", [("25", True)]),
        ("a 63-year-old man", [("63", True)]),
        ("a three-day strike", [("three", True)]),
        ("$5 million in aid", [("5 million", True)]),
        ("US$ 300 in fines", [("300", True)]),
        ("Rs 500 each", [("500", True)]),
        ("12 percent of voters", [("12", True)]),
        ("12% of voters", [("12", True)]),
        ("Image 3 of 12", [("3", True), ("12", True)]),
        ("page 4", [("4", True)]),
        ("No. 10 and Flight 370", [("10", True), ("370", True)]),
        ("on March 3 and 5 May", [("3", True), ("5", True)]),
        ("at 5 p.m. and 10:30", [("5", True), ("10", True), ("30", True)]),
        ("call 555-0134", []),  # read as a range, it falls: no number at all
        ("call 0800 123", [("0800", True), ("123", False)]),
        ("for 12 years and 3 hours", [("12", True), ("3", True)]),
        ("2 tonnes and 30 kilometres", [("2", True), ("30", True)]),
        ("won by 300 votes to 120", [("300", True), ("120", True)]),
        ("no one was hurt", [("one", True)]),
        ("blamed one another", [("one", True)]),
        ("Formula One drivers", [("One", True)]),
        ("Three people died.", [("Three", False)]),
        ("He said: Three people died.", [("Three", False)]),
        ("killed 12 villagers", [("12", False)]),
    ],
    ids=lambda value: value if isinstance(value, str) else "",
)
def test_counts_nothing(text: str, expected: list[tuple[str, bool]]) -> None:
    assert verdicts(text) == expected
