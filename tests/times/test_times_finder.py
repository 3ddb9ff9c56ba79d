"""Extents and types: what counts as a time expression, and where it starts and ends (TimeML's rules:
determiners and modifiers in, prepositions out)."""

from __future__ import annotations

import pytest

from dateline.times import find_expressions


def spans(text: str) -> list[tuple[str, str]]:
    return [(expression.text, expression.type) for expression in find_expressions(text)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The ministers met in Geneva on Tuesday.", [("Tuesday", "DATE")]),
        ("The summit opened on Tuesday, May 14, 2019, in Sochi.", [("Tuesday, May 14, 2019", "DATE")]),
        ("The treaty was signed on 14 May 2019.", [("14 May 2019", "DATE")]),
        ("The envoy visited Kabul last month.", [("last month", "DATE")]),
        ("He has been held since mid-February on fraud charges.", [("mid-February", "DATE")]),
        ("It was the first such visit since July.", [("July", "DATE")]),
        ("Both sides warned against meddling in next year's vote.", [("next year", "DATE")]),
        ("The rebels seized the town a week ago.", [("a week ago", "DATE")]),
        ("The governor posted the message late Saturday.", [("late Saturday", "DATE")]),
        ("Crowds gathered in the square on Saturday night.", [("Saturday night", "TIME")]),
        ("Drought has worsened in recent years.", [("recent years", "DATE")]),
        ("The currency collapsed in the 1990s.", [("the 1990s", "DATE")]),
        ("Exports shrank in the third quarter.", [("the third quarter", "DATE")]),
        ("The company posted a third-quarter loss.", [("third-quarter", "DATE")]),
        ("The port reopened earlier this year.", [("earlier this year", "DATE")]),
        ("The panel closed a two-year investigation.", [("two-year", "DURATION")]),
        ("The leaders spoke for 90 minutes behind closed doors.", [("90 minutes", "DURATION")]),
        ("In the 90 minutes of talks they did not discuss trade.", [("the 90 minutes", "DURATION")]),
        ("The ceasefire has held for more than three years.", [("more than three years", "DURATION")]),
        ("Over the past two months prices doubled.", [("the past two months", "DURATION")]),
        ("The ferry sails daily and the market opens every Monday.", [("daily", "SET"), ("every Monday", "SET")]),
        ("The vote is at 3 p.m. Friday.", [("3 p.m. Friday", "TIME")]),
        ("The blast hit at 10:35 GMT.", [("10:35 GMT", "TIME")]),
        ("The raid was carried out on January 3.", [("January 3", "DATE")]),
        ("The minister resigned yesterday and his deputy left last night.", [("yesterday", "DATE"), ("last night", "TIME")]),
        ("Mr Kaya was re-elected in 2024 after a contested count.", [("2024", "DATE")]),
        ("Markets are calm now, but analysts worry about the future.", [("now", "DATE"), ("the future", "DATE")]),
        ("Fighting resumed two days later.", [("two days later", "DATE")]),
        ("The figures were revised on 2019-05-14.", [("2019-05-14", "DATE")]),
        ("Parliament sits again in early March.", [("early March", "DATE")]),
        ("Sales in the first half of 2019 were flat.", [("the first half of 2019", "DATE")]),
        ("The embassy will stay shut until the end of the month.", [("the end of the month", "DATE")]),
    ],
)
def test_expressions_and_extents(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert spans(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Officials may announce the results soon.",  # "may" the verb; "soon" is not annotated in TimeML news
        "Rights groups counted 2000 protesters in the square.",  # a count, not a year
        "The 52-year-old officer died in custody.",  # an age
        "Thousands of supporters will march to the capital.",  # "march" the verb
        "April Ryan asked the first question.",  # a name
        "A quarter of the votes were spoiled.",  # a share
        "The current account deficit widened.",  # economics, not time
        "The final score was 2:1 after extra time.",  # a score, not a clock
        "The Sunday Times first reported the deal.",  # a newspaper
    ],
)
def test_things_that_are_not_times(sentence: str) -> None:
    assert spans(sentence) == []


def test_offsets_point_into_the_text() -> None:
    text = "Talks resumed on Thursday and will end next week."
    for expression in find_expressions(text):
        assert text[expression.start : expression.end] == expression.text


def test_letters_read_as_ascii_by_the_patterns_are_read_so_by_the_tables_too() -> None:
    # A case-insensitive pattern reads "ſ" as "s" and "ı" as "i"; the unit and number tables must too.
    text = "The fire started three ſeconds ago, and twenty-fıve years ago the port was closed."
    found = find_expressions(text)
    assert [e.text for e in found] == ["three ſeconds ago", "twenty-fıve years ago"]
    assert all(text[e.start : e.end] == e.text for e in found)
