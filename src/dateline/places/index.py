"""The gazetteer index: an SQLite file built once from :mod:`.sources` and opened read-only after that.

Building reads tens of megabytes of JSON and takes seconds; opening the built file takes milliseconds, so the index
is built on first use into the user's cache directory (or ``$DATELINE_CACHE_DIR``) and reused by every later run.
The file name carries a fingerprint of the data and of this builder, so upgrading a data package or this code
builds a fresh index instead of reading a stale one, and the SHA-256 of the file as built, so an index changed
since (corrupted, or edited to move a place) is refused and rebuilt. An index is only read from a folder and a file
that the user (or the administrator) owns and nobody else may write; when the cache folder is not such a folder,
or cannot be written, the index is built in a private temporary folder for the run. Builds write to a temporary
file and rename it into place, so two processes building at once never see a half-written index.
"""

from __future__ import annotations

import atexit
import hashlib
import logging
import os
import shutil
import sqlite3
import stat
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from dateline.errors import DatelineError, Errors
from dateline.places.names import name_key
from dateline.places.sources import (
    CITY_THRESHOLD,
    Entry,
    all_entries,
    keys_of,
    package_versions,
)

CACHE_VARIABLE = "DATELINE_CACHE_DIR"
# A first build takes seconds with nothing else to show for them; one line on stderr says why the run pauses.
BUILD_NOTICE = "dateline: building the place index (once per machine, about 15 s)..."
# Hex digits of the file's SHA-256 kept in its name: enough to tell any change, short enough to read.
DIGEST_LENGTH = 32
_ROOT_UID = 0

logger = logging.getLogger("dateline")
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
    """The usual cache folder: ``$DATELINE_CACHE_DIR``, else the user's cache directory."""
    configured = os.environ.get(CACHE_VARIABLE)
    if configured:
        return Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "dateline"


def fingerprint(threshold: int = CITY_THRESHOLD) -> str:
    """A digest of the data the index is built from and of the way it is built."""
    own = resources.files("dateline").joinpath("data", "places.tsv").read_bytes()
    data = b"".join(
        resources.files("dateline").joinpath("data", name).read_bytes() for name in ("countries.tsv", "place_aliases.tsv")
    )
    parts = [BUILD_VERSION, str(threshold), *sorted(f"{k}={v}" for k, v in package_versions().items())]
    digest = hashlib.sha1("\x00".join(parts).encode() + own + data).hexdigest()
    return digest[:12]


def index_name(digest: str, threshold: int = CITY_THRESHOLD) -> str:
    """The file name of an index of the installed data whose content has the SHA-256 ``digest``."""
    return f"gazetteer-{fingerprint(threshold)}-{digest[:DIGEST_LENGTH]}.sqlite"


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
    """Open the index, building it first if this machine has none for the installed data that can be trusted.

    With ``path``, that file is opened as it is (built there first if it does not exist): the caller chose it.
    """
    if path is not None:
        if not path.exists():
            logger.warning(BUILD_NOTICE)
            build_index(path, all_entries())
        return Gazetteer(path)
    folder = cache_dir()
    problem = _unsafe_folder(folder)
    if problem is None:
        found = _trusted_index(folder)
        if found is not None:
            return Gazetteer(found)
    logger.warning(BUILD_NOTICE)
    if problem is None:
        try:
            return Gazetteer(_build_named(folder))
        except OSError as error:
            problem = _reason(error)
    return Gazetteer(_build_private(folder, problem))


def _trusted_index(folder: Path) -> Path | None:
    """A built index of the installed data in ``folder`` that is safe to read; the others are refused."""
    for candidate in sorted(folder.glob(f"gazetteer-{fingerprint()}-*.sqlite")):
        problem = _unsafe_file(candidate) or _changed_since_built(candidate)
        if problem is None:
            return candidate
        logger.warning(Errors.E029.format(path=candidate, detail=problem))
        _remove_own(candidate)
    return None


def _build_private(refused: Path, problem: str) -> Path:
    """Build the index in a new private temporary folder, since the cache folder ``refused`` cannot hold it."""
    try:
        private = _private_folder()
        logger.warning(Errors.E030.format(folder=refused, detail=problem, private=private))
        return _build_named(private)
    except OSError as error:
        raise DatelineError(Errors.E031, folder=tempfile.gettempdir(), detail=_reason(error)) from None


def _build_named(folder: Path) -> Path:
    """Build the index in ``folder`` under a name that records the SHA-256 of what was written."""
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    handle, temporary = tempfile.mkstemp(prefix="gazetteer-build.", suffix=".tmp", dir=folder)
    os.close(handle)
    built = Path(temporary)
    try:
        build_index(built, all_entries())
        path = folder / index_name(_sha256(built))
        os.replace(built, path)
    finally:
        built.unlink(missing_ok=True)
    return path


def _unsafe_folder(folder: Path) -> str | None:
    """Why ``folder`` may not hold the index (after creating it, private, if it is missing), or ``None``."""
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        status = os.stat(folder)
    except OSError as error:
        return _reason(error)
    if not stat.S_ISDIR(status.st_mode):
        return "it is not a folder"
    return _foreign(status)


def _unsafe_file(path: Path) -> str | None:
    try:
        status = os.stat(path)
    except OSError as error:
        return _reason(error)
    if not stat.S_ISREG(status.st_mode):
        return "it is not a regular file"
    return _foreign(status)


def _foreign(status: os.stat_result) -> str | None:
    """Why someone other than the user or the administrator could have written this, or ``None``."""
    if not hasattr(os, "getuid"):
        return None  # no POSIX owners and modes to check here; the content digest still is
    if status.st_uid not in {os.getuid(), _ROOT_UID}:
        return f"it belongs to another user (uid {status.st_uid})"
    if status.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
        return "other users may write to it"
    return None


def _changed_since_built(path: Path) -> str | None:
    recorded = path.stem.rpartition("-")[2]
    try:
        actual = _sha256(path)[:DIGEST_LENGTH]
    except OSError as error:
        return _reason(error)
    if len(recorded) != DIGEST_LENGTH or actual != recorded:
        return "its content changed since it was built"
    return None


def _sha256(path: Path) -> str:
    with path.open("rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


def _remove_own(path: Path) -> None:
    """Remove a refused index so it is not checked again, where the user may (another user's file stays)."""
    try:
        if not hasattr(os, "getuid") or os.stat(path).st_uid == os.getuid():
            path.unlink()
    except OSError:
        pass  # a read-only folder: the refused file stays, and is refused again next time


def _private_folder() -> Path:
    """A new folder only this user can enter, removed when the process ends."""
    folder = tempfile.mkdtemp(prefix="dateline-")  # mode 0700, a name nobody can predict
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    return Path(folder)


def _reason(error: OSError) -> str:
    return error.strerror or str(error)
