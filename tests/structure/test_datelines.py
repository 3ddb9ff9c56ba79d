from __future__ import annotations

import pytest

from dateline.structure.datelines import find_dateline


@pytest.mark.parametrize(
    ("paragraph", "place", "agency", "rest"),
    [
        ("SOCHI: Russia and the US met.", "SOCHI", None, "Russia and the US met."),
        ("WASHINGTON, May 3 (Reuters) - The Senate voted.", "WASHINGTON", "Reuters", "The Senate voted."),
        ("NEW YORK — Stocks fell.", "NEW YORK", None, "Stocks fell."),
        ("KYIV, Ukraine (AP) — Drones hit the city.", "KYIV, Ukraine", "AP", "Drones hit the city."),
        ("Kyiv, Ukraine (AP) — Drones hit the city.", "Kyiv, Ukraine", "AP", "Drones hit the city."),
        ("(Reuters) - Oil prices rose.", None, "Reuters", "Oil prices rose."),
        ("RIO DE JANEIRO, Jan. 5 -- Rain fell.", "RIO DE JANEIRO", None, "Rain fell."),
    ],
)
def test_datelines(paragraph: str, place: str | None, agency: str | None, rest: str) -> None:
    found = find_dateline(paragraph)
    assert found is not None
    assert (found.place, found.agency, paragraph[found.end :]) == (place, agency, rest)


@pytest.mark.parametrize(
    "paragraph",
    [
        "UPDATE: The vote was postponed.",
        "I - for one - disagree.",
        "Russia and the United States voiced hope.",
        "The US: a country divided.",
        "BREAKING: Markets fall.",
    ],
)
def test_not_datelines(paragraph: str) -> None:
    assert find_dateline(paragraph) is None


def test_mixed_case_place_with_region_and_dash() -> None:
    found = find_dateline("Dekalb, Ill. — The county board voted on Monday.")
    assert found is not None and found.place == "Dekalb, Ill."
    assert find_dateline("Smith, Jones and Brown - a law firm - said.") is None


def test_advice_column_salutation_is_no_dateline() -> None:
    assert find_dateline("DEAR ABBY: My husband never listens.") is None
