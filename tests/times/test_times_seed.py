"""The seed page: every date the issue names resolves to the right day, month or year.

The first article is anchored by its own "Updated" line (2019-05-15); the second prints "Updated 6 sec
ago", so its anchor comes from the fetch time.
"""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pytest

from dateline import extract

SEED = Path(__file__).resolve().parents[2] / ".." / "shared" / "seed" / "page.txt"
FETCHED = datetime(2026, 1, 11, 12, 0, tzinfo=timezone.utc)


@pytest.fixture(scope="module")
def seed_times(language_nlp: Any) -> list[list[tuple[str, str, str | None]]]:
    if not SEED.exists():
        pytest.skip("the seed page is not beside the repository")
    page = extract(SEED.read_text(encoding="utf-8"), fetched_at=FETCHED, stages=["times"])
    return [[(t.text, t.value, t.mod) for t in article.times or []] for article in page.articles]


@pytest.mark.parametrize(
    "expected",
    [
        ("Tuesday", "2019-05-14", None),
        ("last month", "2019-04", None),
        ("mid-February", "2019-02", "MID"),
        ("July", "2018-07", None),  # "since July", in May 2019
        ("next year", "2020", None),  # "next year's vote"
        ("two-year", "P2Y", None),
        ("the 90 minutes", "PT90M", None),
        ("2016", "2016", None),
        ("10 months", "P10M", None),
    ],
)
def test_first_article(seed_times: list[list[tuple[str, str, str | None]]], expected: tuple[str, str, str | None]) -> None:
    assert expected in seed_times[0]


@pytest.mark.parametrize(
    "expected",
    [
        ("Sunday", "2026-01-11", None),
        ("Thursday", "2026-01-08", None),
        ("January 3", "2026-01-03", None),
        ("Saturday", "2026-01-10", None),
        ("Friday", "2026-01-09", None),
        ("2024", "2024", None),
        ("a week ago", "2026-W01", None),
        ("late Saturday", "2026-01-10", "END"),
        ("Saturday night", "2026-01-10TNI", None),
        ("recent years", "PAST_REF", None),
    ],
)
def test_second_article(seed_times: list[list[tuple[str, str, str | None]]], expected: tuple[str, str, str | None]) -> None:
    assert expected in seed_times[1]


def test_every_weekday_in_the_second_article_is_in_its_week(seed_times: list[list[tuple[str, str, str | None]]]) -> None:
    days = [value for text, value, _ in seed_times[1] if text.endswith("day") and value.startswith("2026-01")]
    assert days and all("2026-01-05" <= value <= "2026-01-11" for value in days)
