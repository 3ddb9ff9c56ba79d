"""The gazetteer index: an SQLite file built once from :mod:`.sources` and opened read-only after that.

Building reads tens of megabytes of JSON and takes seconds; opening the built file takes milliseconds, so the index
is built on first use into the user's cache directory (or ``$DATELINE_CACHE_DIR``) and reused by every later run.
The file name carries a fingerprint of the data and of this builder, so upgrading a data package or this code
builds a fresh index instead of reading a stale one. Builds write to a temporary file and rename it into place, so
two processes building at once never see a half-written index.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from dateline.places.names import name_key
from dateline.places.sources import (
    CITY_THRESHOLD,
    Entry,
    all_entries,
    keys_of,
    package_versions,
)

CACHE_VARIABLE = "DATELINE_CACHE_DIR"
# Raise when the tables or the way entries are read change, so old caches are not reused.
BUILD_VERSION = "3"

_SCHEMA = """
CREATE TABLE place (
    id INTEGER PRIMARY KEY, key TEXT NOT NULL, name TEXT NOT NULL, feature TEXT NOT NULL, lat REAL NOT NULL,
    lon REAL NOT NULL, country TEXT, geonameid INTEGER, population INTEGER NOT NULL, admin1 TEXT,
    capital INTEGER NOT NULL
);
CREATE TABLE name (key TEXT NOT NULL, place INTEGER NOT NULL, primary_name INTEGER NOT NULL);
CREATE TABLE meta (k TEXT PRIMARY KEY, v TEXT NOT NULL);
"""
_INDEXES = """
CREATE INDEX name_key ON name (key);
CREATE UNIQUE INDEX place_key ON place (key);
"""


@dataclass(frozen=True, slots=True)
class Place:
    """A gazetteer place as lookups return it."""

    key: str
    name: str
    feature: str
    lat: float
    lon: float
    country: str | None
    geonameid: int | None
    population: int
    admin1: str | None
    capital: bool


@dataclass(frozen=True, slots=True)
class Candidate:
    """A place a name may stand for; ``primary`` when the name is the place's own name rather than an alternate."""

    place: Place
    primary: bool


def cache_dir() -> Path:
    configured = os.environ.get(CACHE_VARIABLE)
    if configured:
        return Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "dateline"


def fingerprint(threshold: int = CITY_THRESHOLD) -> str:
    own = resources.files("dateline").joinpath("data", "places.tsv").read_bytes()
    data = b"".join(
        resources.files("dateline").joinpath("data", name).read_bytes() for name in ("countries.tsv", "place_aliases.tsv")
    )
    parts = [BUILD_VERSION, str(threshold), *sorted(f"{k}={v}" for k, v in package_versions().items())]
    digest = hashlib.sha1("\x00".join(parts).encode() + own + data).hexdigest()
    return digest[:12]


def default_path(threshold: int = CITY_THRESHOLD) -> Path:
    return cache_dir() / f"gazetteer-{fingerprint(threshold)}.sqlite"


def build_index(path: Path, entries: Iterable[Entry]) -> Path:
    """Write ``entries`` to a new index at ``path`` (atomically) and return the path."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    os.close(handle)
    try:
        connection = sqlite3.connect(temporary)
        with connection:
            connection.executescript(_SCHEMA)
            places: list[tuple[object, ...]] = []
            names: list[tuple[str, int, int]] = []
            seen: set[str] = set()
            for entry in entries:
                if entry.key in seen:
                    continue  # a place listed twice (a city that is also a territory) keeps its first reading
                seen.add(entry.key)
                rowid = len(places) + 1
                places.append(
                    (rowid, entry.key, entry.name, entry.feature, entry.lat, entry.lon, entry.country,
                     entry.geonameid, entry.population, entry.admin1, int(entry.capital))
                )  # fmt: skip
                names.extend((key, rowid, int(primary)) for key, primary in keys_of(entry).items())
            connection.executemany("INSERT INTO place VALUES (?,?,?,?,?,?,?,?,?,?,?)", places)
            connection.executemany("INSERT INTO name VALUES (?,?,?)", names)
            connection.executescript(_INDEXES)
            connection.execute("INSERT INTO meta VALUES ('build', ?)", (BUILD_VERSION,))
        connection.execute("VACUUM")
        connection.close()
        os.replace(temporary, path)
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)
    return path


def _place(row: tuple[Any, ...]) -> Place:
    key, name, feature, lat, lon, country, geonameid, population, admin1, capital = row[:10]
    return Place(key, name, feature, lat, lon, country, geonameid, population, admin1, bool(capital))


class Gazetteer:
    """Read-only lookups on a built index; safe to share across the articles of a process."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        self.lookup = lru_cache(maxsize=50_000)(self._lookup)

    def _lookup(self, name: str) -> tuple[Candidate, ...]:
        """Every place ``name`` may stand for, by exact key."""
        key = name_key(name)
        if not key:
            return ()
        rows = self._connection.execute(
            "SELECT p.key, p.name, p.feature, p.lat, p.lon, p.country, p.geonameid, p.population, p.admin1, "
            "p.capital, n.primary_name FROM name n JOIN place p ON p.id = n.place WHERE n.key = ?",
            (key,),
        ).fetchall()
        return tuple(Candidate(_place(row), bool(row[10])) for row in rows)

    def place(self, key: str) -> Place | None:
        row = self._connection.execute(
            "SELECT key, name, feature, lat, lon, country, geonameid, population, admin1, capital FROM place "
            "WHERE key = ?",
            (key,),
        ).fetchone()
        return _place(row) if row else None

    def close(self) -> None:
        self._connection.close()


def load_gazetteer(path: Path | None = None) -> Gazetteer:
    """Open the index, building it first if this machine has none for the installed data."""
    path = path or default_path()
    if not path.exists():
        try:
            build_index(path, all_entries())
        except OSError:
            # A read-only home (a container, a CI sandbox): build where the process may write.
            path = Path(tempfile.gettempdir()) / f"dateline-{os.getuid()}" / path.name
            if not path.exists():
                build_index(path, all_entries())
    return Gazetteer(path)
