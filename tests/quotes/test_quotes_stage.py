"""The quotes stage in the pipeline: records on articles, schema-valid, robust to broken marks."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from dateline import extract
from dateline.quotes import quotes

PAGE = (
    "Dock strike spreads to second port\n\nUpdated 5 min ago\n\n"
    "ROTTERDAM: Dock workers walked out on Monday, halting container traffic.\n"
    "“We will stay out until the contracts are signed,” union leader Joost Verbeek told reporters.\n"
    "“Nobody is going back.”\n"
    "The port authority said the strike would cost millions a day.\n"
)

BROKEN = (
    "Marks gone wrong in a wire story\n\nUpdated 5 min ago\n\n"
    "LAGOS: The minister said ”we are ready and then “ left, while the 6' 2\" striker’s ’90s shirt sold.\n"
    "“An unclosed quotation runs to the end of this paragraph\n"
    "'' '' “” ‘’ « » „ and nothing else.\n"
)


def test_stage_records_validate(page_schema_validator: Callable[[dict[str, Any]], None]) -> None:
    page = extract(PAGE, stages=["quotes"])
    page_schema_validator(page.to_dict())
    found = page.articles[0].quotes or []
    assert [q.kind for q in found] == ["direct", "direct", "indirect"]
    assert found[1].speaker is not None
    assert found[1].continues == found[0].id and found[1].speaker.text == "Joost Verbeek"


def test_stray_and_unbalanced_marks_never_crash(page_schema_validator: Callable[[dict[str, Any]], None]) -> None:
    page = extract(BROKEN, stages=["quotes"])
    assert not [problem for problem in page.problems if problem.stage == "quotes"]
    assert page.articles[0].quotes is not None
    page_schema_validator(page.to_dict())


def test_library_call_lists_quotes_with_their_article() -> None:
    found = quotes(PAGE)
    assert found and all(q["article"].startswith("a-") for q in found)
    assert found[0]["speaker"]["name"] == "Joost Verbeek"
