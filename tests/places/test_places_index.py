from pathlib import Path

import pytest

from dateline.places.index import Gazetteer, build_index, default_path, fingerprint
from dateline.places.sources import Entry, short_region_name, without_city_duplicates


def _entry(key: str, name: str, feature: str = "city", alternates: tuple[str, ...] = (), **fields) -> Entry:
    entry = Entry(key=key, name=name, feature=feature, lat=fields.pop("lat", 0.0), lon=fields.pop("lon", 0.0), **fields)
    entry.add_name(name, True)
    for alternate in alternates:
        entry.add_name(alternate, False)
    return entry


@pytest.fixture()
def tiny(tmp_path: Path) -> Gazetteer:
    entries = [
        _entry("gn:1", "Kyiv", alternates=("Kiev", "Киев"), country="UKR", population=2_900_000),
        _entry("gn:2", "São Paulo", country="BRA", population=12_000_000),
        _entry("gn:3", "Paris", country="FRA", population=2_100_000),
        _entry("gn:4", "Paris", country="USA", population=25_000, admin1="US.TX"),
        _entry("gn:3", "Paris again", country="FRA"),  # a repeated key keeps its first reading
    ]
    return Gazetteer(build_index(tmp_path / "tiny.sqlite", entries))


def test_lookup_by_alternate_name_and_accents(tiny: Gazetteer) -> None:
    (kiev,) = tiny.lookup("Kiev")
    assert kiev.place.name == "Kyiv" and not kiev.primary
    assert tiny.lookup("Kyiv")[0].primary
    assert tiny.lookup("Sao Paulo")[0].place.key == "gn:2"
    assert tiny.lookup("Киев") == ()  # other scripts are not indexed: English text never writes them


def test_every_namesake_is_a_candidate(tiny: Gazetteer) -> None:
    assert {c.place.key for c in tiny.lookup("PARIS")} == {"gn:3", "gn:4"}
    assert tiny.place("gn:3").name == "Paris"
    assert tiny.place("gn:99") is None


def test_build_replaces_atomically(tmp_path: Path) -> None:
    path = tmp_path / "g.sqlite"
    build_index(path, [_entry("gn:1", "Sochi")])
    build_index(path, [_entry("gn:2", "Helsinki")])
    assert [p.name for p in tmp_path.iterdir()] == ["g.sqlite"]
    assert Gazetteer(path).lookup("Helsinki") and not Gazetteer(path).lookup("Sochi")


def test_cache_path_follows_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("DATELINE_CACHE_DIR", str(tmp_path))
    assert default_path().parent == tmp_path
    assert default_path().name == f"gazetteer-{fingerprint()}.sqlite"


def test_region_short_names() -> None:
    assert short_region_name("Donetsk Oblast") == "Donetsk"
    assert short_region_name("Autonomous Republic of Crimea") == "Crimea"
    assert short_region_name("Texas") is None


def test_a_capitals_own_region_is_the_city() -> None:
    city = _entry("gn:1", "Kyiv", alternates=("Kiev",), country="UKR", population=2_900_000, lat=50.45, lon=30.52, capital=True)
    region = _entry("iso:UA-30", "Kiev", feature="admin1", country="UKR", lat=50.45, lon=30.52)
    oblast = _entry("iso:UA-32", "Kyiv Oblast", feature="admin1", country="UKR", lat=50.05, lon=30.77)
    assert [r.key for r in without_city_duplicates([region, oblast], [city])] == ["iso:UA-32"]
