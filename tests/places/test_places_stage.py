"""The places stage in the pipeline, on the seed page and on a page of our own, validated against the schema."""

from __future__ import annotations

from pathlib import Path

import pytest
from place_helpers import by_name

from dateline.extraction import extract
from dateline.pipeline import shared_resource
from dateline.places.stage import GAZETTEER_RESOURCE

SEED = Path(__file__).resolve().parents[2] / ".." / "shared" / "seed" / "page.txt"

OWN_PAGE = """Ministers meet in Helsinki as Baltic tensions rise

HELSINKI: Finland and Sweden hosted talks on Baltic Sea security on Monday, as Moscow warned of a response.
Officials from Estonia said the meeting in Helsinki would be followed by another in Stockholm next month.
"""


@pytest.fixture(scope="module")
def with_test_gazetteer(places_gazetteer):
    # The stage reads its gazetteer once per process; the session's small index stands in for the installed one.
    shared_resource(GAZETTEER_RESOURCE, lambda: places_gazetteer)


def test_own_page(with_test_gazetteer, page_schema_validator) -> None:
    page = extract(OWN_PAGE, stages=("places",))
    page_schema_validator(page.to_dict())
    (article,) = page.articles
    helsinki = by_name(article.places, "Helsinki")
    assert helsinki.dateline and helsinki.country == "FIN"
    assert by_name(article.places, "Baltic Sea").feature == "water"
    assert by_name(article.places, "Moscow").metonymic is True


@pytest.fixture(scope="module")
def seed_places(request) -> list[list[dict]]:
    if not SEED.exists():
        pytest.skip("the seed page is not beside the repository")
    request.getfixturevalue("with_test_gazetteer")
    page = extract(SEED.read_text(encoding="utf-8"), stages=("places",))
    request.getfixturevalue("page_schema_validator")(page.to_dict())
    return [article.places for article in page.articles]


def test_seed_places_resolve(seed_places) -> None:
    first, second = seed_places
    expected = {
        "Sochi": ("RUS", "city", 491422),
        "Moscow": ("RUS", "city", 524901),
        "Helsinki": ("FIN", "city", 658225),
        "Caracas": ("VEN", "city", 3646738),
        "New York City": ("USA", "city", 5128581),
        "Havana": ("CUB", "city", 3553478),
    }
    everything = first + second
    for name, (country, feature, geonameid) in expected.items():
        place = by_name(everything, name)
        assert (place.country, place.feature, place.geonameid) == (country, feature, geonameid), name
    sea = by_name(first, "Black Sea")
    assert sea.feature == "water" and sea.resolved


def test_seed_countries_resolve(seed_places) -> None:
    first, second = seed_places
    countries = {p.country for p in first + second if p.feature == "country"}
    assert countries == {"RUS", "USA", "PRK", "AFG", "IRN", "SYR", "UKR", "VEN", "CUB"}
    assert all(p.resolved and p.geonameid for p in first + second if p.feature == "country")


def test_seed_datelines_washington_and_el_rodeo(seed_places) -> None:
    first, second = seed_places
    assert [p.name for p in first if p.dateline] == ["Sochi"]
    assert [p.name for p in second if p.dateline] == ["Caracas"]
    for places in seed_places:
        assert by_name(places, "Washington").metonymic is True
        assert by_name(places, "Washington").country == "USA"
    rodeo = by_name(second, "El Rodeo")
    assert rodeo.resolved is False and rodeo.country == "VEN"
    assert rodeo.near == by_name(second, "Caracas").id
