"""Values: each pattern placed against an anchor, against none, and by direction and tense.

These run without a parse; a tense is given directly where it matters (the parse-based lookup has its
own tests in test_times_tense.py).
"""

from __future__ import annotations

from typing import Any

import pytest

from dateline.times import find_times
from dateline.times.expressions import Tense
from dateline.times.resolver import Anchor

MAY_2019 = "2019-05-15"  # a Wednesday
JAN_2026 = "2026-01-11T11:59:54Z"  # a Sunday


def values(text: str, anchor: str | None, tense: Tense | None = None) -> list[tuple[str, str, Any]]:
    lookup = (lambda start, end: tense) if tense else None
    return [(r.text, r.value, r.mod) for r in find_times(text, anchor, lookup)]


@pytest.mark.parametrize(
    ("sentence", "anchor", "expected"),
    [
        ("The summit opened on May 14, 2019.", MAY_2019, [("May 14, 2019", "2019-05-14", None)]),
        ("The editorial ran on Monday, Oct. 26.", "1998-10-25", [("Monday, Oct. 26", "1998-10-26", None)]),
        ("The envoy visited Kabul last month.", MAY_2019, [("last month", "2019-04", None)]),
        ("He has been held since mid-February.", MAY_2019, [("mid-February", "2019-02", "MID")]),
        ("It was the first such visit since July.", MAY_2019, [("July", "2018-07", None)]),
        ("Both sides warned against meddling in next year's vote.", MAY_2019, [("next year", "2020", None)]),
        ("The rebels seized the town a week ago.", JAN_2026, [("a week ago", "2026-W01", None)]),
        ("The raid began on January 3.", JAN_2026, [("January 3", "2026-01-03", None)]),
        ("The governor posted the message late Saturday.", JAN_2026, [("late Saturday", "2026-01-10", "END")]),
        ("Crowds gathered in the square on Saturday night.", JAN_2026, [("Saturday night", "2026-01-10TNI", None)]),
        ("Drought has worsened in recent years.", MAY_2019, [("recent years", "PAST_REF", None)]),
        ("The currency collapsed in the 1990s.", MAY_2019, [("the 1990s", "199", None)]),
        ("The port reopened earlier this year.", MAY_2019, [("earlier this year", "2019", None)]),
        ("The panel closed a two-year investigation.", MAY_2019, [("two-year", "P2Y", None)]),
        ("The leaders spoke for 90 minutes.", MAY_2019, [("90 minutes", "PT90M", None)]),
        ("Mr Kaya was re-elected in 2024.", JAN_2026, [("2024", "2024", None)]),
        ("The minister resigned yesterday.", MAY_2019, [("yesterday", "2019-05-14", None)]),
        ("The deputy left last night.", MAY_2019, [("last night", "2019-05-14TNI", None)]),
        ("Voting closes tomorrow at 8 p.m.", MAY_2019, [("tomorrow at 8 p.m.", "2019-05-16T20:00", None)]),
        ("Talks resume this week.", MAY_2019, [("this week", "2019-W20", None)]),
        ("The ban ends in the fourth quarter of 2019.", MAY_2019, [("the fourth quarter of 2019", "2019-Q4", None)]),
        ("Sales in the first half of 2019 were flat.", MAY_2019, [("the first half of 2019", "2019-H1", None)]),
        ("Troops left two days later.", MAY_2019, [("two days later", "2019-05-17", None)]),
        ("The ceasefire has held for more than three years.", MAY_2019, [("more than three years", "P3Y", "MORE_THAN")]),
        ("The vote is expected early next year.", MAY_2019, [("early next year", "2020", "START")]),
        ("The office opens every Monday.", MAY_2019, [("every Monday", "XXXX-WXX-1", None)]),
        ("The plant shut last Christmas.", MAY_2019, [("last Christmas", "2018-12-25", None)]),
    ],
)
def test_values_against_an_anchor(sentence: str, anchor: str, expected: list[tuple[str, str, Any]]) -> None:
    assert values(sentence, anchor) == expected


def test_third_quarter_in_past_reporting_is_the_last_one_begun() -> None:
    # Said in May 2019, "the third quarter" that has already happened is 2018's; said of plans, 2019's.
    assert values("Exports shrank in the third quarter.", MAY_2019, "past") == [("the third quarter", "2018-Q3", None)]
    assert values("Exports will grow in the third quarter.", MAY_2019, "future") == [("the third quarter", "2019-Q3", None)]
    assert values("Exports shrank in the third quarter.", "2019-10-20", "past") == [("the third quarter", "2019-Q3", None)]


@pytest.mark.parametrize(
    ("tense", "expected"),
    [("past", "2019-05-14"), ("future", "2019-05-21"), ("present", "2019-05-14"), (None, "2019-05-14")],
)
def test_a_weekday_follows_the_tense(tense: Tense | None, expected: str) -> None:
    assert values("They meet on Tuesday.", MAY_2019, tense) == [("Tuesday", expected, None)]


def test_a_weekday_on_the_anchor_day_is_that_day() -> None:
    assert values("Rescuers searched the rubble on Sunday.", JAN_2026, "past") == [("Sunday", "2026-01-11", None)]


@pytest.mark.parametrize(
    ("sentence", "tense", "expected"),
    [
        ("Talks collapsed in December.", "past", "2018-12"),
        ("Parliament votes on the budget in December.", "future", "2019-12"),
        ("The ceremony was announced for June 2.", "past", "2019-06-02"),  # a month back is likelier than eleven
        ("The court will rule on March 3.", "future", "2020-03-03"),
    ],
)
def test_a_month_without_a_year_follows_the_tense(sentence: str, tense: Tense, expected: str) -> None:
    assert values(sentence, MAY_2019, tense)[0][1] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("They met last Tuesday.", "2019-05-14"),
        ("They meet next Tuesday.", "2019-05-21"),
        ("They met last November.", "2018-11"),
        ("They meet next March.", "2020-03"),
        ("They met this Monday.", "2019-05-13"),
    ],
)
def test_last_and_next_override_the_tense(sentence: str, expected: str) -> None:
    assert values(sentence, MAY_2019, "present")[0][1] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The raid began on January 3.", "XXXX-01-03"),
        ("The ministers met on Tuesday.", "XXXX-WXX-2"),
        ("The envoy visited Kabul last month.", "XXXX-XX"),
        ("Exports shrank in the third quarter.", "XXXX-Q3"),
        ("The rebels seized the town a week ago.", "XXXX-WXX"),
        ("Crowds gathered on Saturday night.", "XXXX-WXX-6TNI"),
        ("It was the first such visit since July.", "XXXX-07"),
        ("The deputy left last night.", "XXXX-XX-XXTNI"),
        ("Voting ends in next year's election.", "XXXX"),
    ],
)
def test_without_an_anchor_nothing_is_guessed(sentence: str, expected: str) -> None:
    assert values(sentence, None)[0][1] == expected


def test_absolute_times_need_no_anchor() -> None:
    assert values("The treaty was signed on May 14, 2019, and expires in 2024.", None) == [
        ("May 14, 2019", "2019-05-14", None),
        ("2024", "2024", None),
    ]
    assert values("A two-year inquiry", None) == [("two-year", "P2Y", None)]


def test_anaphora_counts_from_the_last_named_time() -> None:
    text = "The dam burst on March 3, 2018. A day later, the river crested; a year earlier it had been dry."
    assert [v for _, v, _ in values(text, MAY_2019)] == ["2018-03-03", "2018-03-04", "2017"]


def test_a_year_ago_follows_the_quarter_just_discussed() -> None:
    text = "Profit rose 8% in the third quarter of 2018, from a year ago."
    assert values(text, MAY_2019)[-1] == ("a year ago", "2017-Q3", None)


def test_a_clock_time_belongs_to_the_day_just_named() -> None:
    text = "The quake struck on May 2, 2019. Sirens sounded at 10 p.m."
    assert values(text, MAY_2019)[-1] == ("10 p.m.", "2019-05-02T22:00", None)


def test_anchor_reads_the_day_as_printed() -> None:
    anchor = Anchor.parse("2026-01-11T23:30:00-05:00")
    assert anchor is not None and anchor.day.isoformat() == "2026-01-11" and anchor.hour == 23
    assert Anchor.parse("not a date") is None
    assert Anchor.parse(None) is None
