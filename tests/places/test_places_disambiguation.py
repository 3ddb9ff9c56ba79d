from collections import Counter

from dateline.places.disambiguation import (
    Group,
    haversine_km,
    is_certain,
    resolve_groups,
)
from dateline.places.index import Candidate, Place


def _place(key: str, name: str, feature: str, country: str, lat: float, lon: float, population: int = 0, **rest) -> Place:
    return Place(key, name, feature, lat, lon, country, None, population, rest.get("admin1"), rest.get("capital", False))


PARIS_FR = _place("gn:2988507", "Paris", "city", "FRA", 48.85, 2.35, 2_138_551, capital=True)
PARIS_TX = _place("gn:4717560", "Paris", "city", "USA", 33.66, -95.56, 24_782, admin1="US.TX")
TEXAS = _place("gn:4736286", "Texas", "admin1", "USA", 31.0, -100.0, admin1="US.TX")
DALLAS = _place("gn:4684888", "Dallas", "city", "USA", 32.78, -96.81, 1_300_000, admin1="US.TX")
USA = _place("gn:6252001", "United States", "country", "USA", 38.0, -97.0, 327_000_000)
GEORGIA = _place("gn:614540", "Georgia", "country", "GEO", 42.0, 43.5, 3_700_000)
GEORGIA_US = _place("gn:4197000", "Georgia", "admin1", "USA", 32.7, -83.4, admin1="US.GA")
ATLANTA = _place("gn:4180439", "Atlanta", "city", "USA", 33.75, -84.39, 463_878, admin1="US.GA")

TABLE = {
    "paris": (Candidate(PARIS_FR, True), Candidate(PARIS_TX, True)),
    "texas": (Candidate(TEXAS, True),),
    "dallas": (Candidate(DALLAS, True),),
    "united states": (Candidate(USA, True),),
    "georgia": (Candidate(GEORGIA, True), Candidate(GEORGIA_US, True)),
    "atlanta": (Candidate(ATLANTA, True),),
}


def lookup(name: str) -> tuple[Candidate, ...]:
    return TABLE.get(name.lower(), ())


def _groups(*names: str, **options) -> list[Group]:
    return [Group(key=n.lower(), name=n, candidates=lookup(n), **options.get(n, {})) for n in names]


def test_the_populous_reading_wins_alone() -> None:
    (paris,) = _groups("Paris")
    resolve_groups([paris], lookup, Counter())
    assert paris.choice == PARIS_FR


def test_paris_in_an_article_about_texas_is_paris_texas() -> None:
    groups = _groups("Paris", "Texas", "Dallas")
    resolve_groups(groups, lookup, Counter())
    assert groups[0].choice == PARIS_TX


def test_a_container_decides() -> None:
    (paris,) = [Group(key="paris", name="Paris", candidates=lookup("Paris"), container="Texas")]
    resolve_groups([paris], lookup, Counter())
    assert paris.choice == PARIS_TX


def test_a_state_competing_with_a_country_needs_context() -> None:
    alone = _groups("Georgia")
    assert not is_certain(alone[0])
    resolve_groups(alone, lookup, Counter())
    assert alone[0].choice == GEORGIA
    with_atlanta = _groups("Georgia", "Atlanta")
    resolve_groups(with_atlanta, lookup, Counter())
    assert with_atlanta[0].choice == GEORGIA_US


def test_a_country_name_is_certain() -> None:
    (usa,) = _groups("United States")
    assert is_certain(usa)
    resolve_groups([usa], lookup, Counter())
    assert usa.choice == USA


def test_unknown_names_stay_unresolved() -> None:
    (nowhere,) = _groups("Nowhere")
    resolve_groups([nowhere], lookup, Counter())
    assert nowhere.choice is None


def test_haversine() -> None:
    assert round(haversine_km(48.85, 2.35, 51.51, -0.13)) in range(340, 346)  # Paris to London
