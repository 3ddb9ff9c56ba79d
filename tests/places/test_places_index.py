import hashlib
import logging
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from dateline.errors import DatelineError
from dateline.places import index
from dateline.places.index import BUILD_NOTICE, Gazetteer, build_index, cache_dir, fingerprint, load_gazetteer
from dateline.places.sources import Entry, short_region_name, without_city_duplicates

SOCHI = (43.60, 39.73)
LONDON = (51.51, -0.13)


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
    assert cache_dir() == tmp_path
    monkeypatch.delenv("DATELINE_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache_dir() == tmp_path / "xdg" / "dateline"


def _small_entries() -> Iterator[Entry]:
    yield _entry("gn:491422", "Sochi", country="RUS", population=400_000, lat=SOCHI[0], lon=SOCHI[1])
    yield _entry("gn:2643743", "London", country="GBR", population=8_900_000, lat=LONDON[0], lon=LONDON[1])


@pytest.fixture()
def cache(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """An empty cache folder, and a gazetteer of two places to build into it (a real build takes seconds)."""
    folder = tmp_path / "cache"
    monkeypatch.setenv("DATELINE_CACHE_DIR", str(folder))
    monkeypatch.setattr(index, "all_entries", _small_entries)
    # Private folders are made under the test's own temporary directory, never the machine's shared one.
    shared = tmp_path / "shared-tmp"
    shared.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(shared))
    return folder


def _sochi(gazetteer: Gazetteer) -> tuple[float, float]:
    place = gazetteer.lookup("Sochi")[0].place
    return round(place.lat, 2), round(place.lon, 2)


def _messages(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [record.getMessage() for record in caplog.records if record.name == "dateline"]


def _tamper(path: Path) -> None:
    """Move Sochi to London in the file itself, as anyone who can write it could."""
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("UPDATE place SET lat = ?, lon = ? WHERE name = 'Sochi'", LONDON)
    connection.close()


def test_the_first_use_announces_the_build_and_later_uses_reuse_it(
    cache: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="dateline")
    built = load_gazetteer()
    assert _messages(caplog) == [BUILD_NOTICE]
    assert built.path.parent == cache
    assert built.path.name.startswith(f"gazetteer-{fingerprint()}-") and built.path.suffix == ".sqlite"
    assert stat.S_IMODE(cache.stat().st_mode) == 0o700
    assert stat.S_IMODE(built.path.stat().st_mode) == 0o600
    assert _sochi(built) == SOCHI
    caplog.clear()
    again = load_gazetteer()
    assert again.path == built.path and _messages(caplog) == []
    assert [path.name for path in cache.iterdir()] == [built.path.name]


def test_an_index_changed_since_it_was_built_is_refused_and_rebuilt(
    cache: Path, caplog: pytest.LogCaptureFixture
) -> None:
    built = load_gazetteer().path
    _tamper(built)
    caplog.clear()
    rebuilt = load_gazetteer()
    [refused, notice] = _messages(caplog)
    assert refused.startswith("[E029]") and "its content changed since it was built" in refused
    assert notice == BUILD_NOTICE
    assert _sochi(rebuilt) == SOCHI


def test_a_corrupt_index_is_refused_and_rebuilt(cache: Path, caplog: pytest.LogCaptureFixture) -> None:
    built = load_gazetteer().path
    built.write_bytes(built.read_bytes()[:4096])
    caplog.clear()
    assert _sochi(load_gazetteer()) == SOCHI
    assert _messages(caplog)[0].startswith("[E029]")


def test_an_index_owned_by_another_user_is_refused(
    cache: Path, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Giving a file away takes root; the owner the checks see is changed instead.
    planted = load_gazetteer().path
    real_stat = os.stat

    def foreign_stat(path: object, *args: object, **kwargs: object) -> os.stat_result:
        status = real_stat(path, *args, **kwargs)  # type: ignore[arg-type]
        if Path(str(path)) != planted:
            return status
        fields = list(status)
        fields[stat.ST_UID] = os.getuid() + 4242
        return os.stat_result(fields)

    monkeypatch.setattr(os, "stat", foreign_stat)
    caplog.clear()
    load_gazetteer()
    assert _messages(caplog)[0] == (
        f"[E029] The cached place index {planted} is not used (it belongs to another user (uid {os.getuid() + 4242})); "
        "it is rebuilt"
    )


def test_an_index_others_may_write_is_refused(cache: Path, caplog: pytest.LogCaptureFixture) -> None:
    built = load_gazetteer().path
    built.chmod(0o666)
    caplog.clear()
    rebuilt = load_gazetteer()
    assert "other users may write to it" in _messages(caplog)[0]
    assert stat.S_IMODE(rebuilt.path.stat().st_mode) == 0o600


def test_a_cache_folder_others_may_write_is_not_used(cache: Path, caplog: pytest.LogCaptureFixture) -> None:
    cache.mkdir(mode=0o777)
    cache.chmod(0o777)
    caplog.set_level(logging.WARNING, logger="dateline")
    gazetteer = load_gazetteer()
    [notice, refused] = _messages(caplog)
    private = gazetteer.path.parent
    assert notice == BUILD_NOTICE
    assert refused == (
        f"[E030] The cache folder {cache} is not used (other users may write to it); the place index is built in "
        f"{private} for this run only. Set DATELINE_CACHE_DIR to a folder that only you can write"
    )
    assert private.parent == Path(tempfile.gettempdir()) and private.name.startswith("dateline-")
    assert stat.S_IMODE(private.stat().st_mode) == 0o700
    assert list(cache.iterdir()) == []
    assert _sochi(gazetteer) == SOCHI


def test_an_unusable_cache_folder_never_falls_back_to_a_predictable_shared_folder(
    cache: Path, caplog: pytest.LogCaptureFixture
) -> None:
    # What an earlier fallback read: an index planted by someone else under the shared temporary folder.
    planted = Path(tempfile.gettempdir()) / f"dateline-{os.getuid()}"
    planted.mkdir(mode=0o777)
    moved = build_index(Path(tempfile.mkdtemp()) / "moved.sqlite", _small_entries())
    _tamper(moved)
    digest = hashlib.sha256(moved.read_bytes()).hexdigest()
    for name in (f"gazetteer-{fingerprint()}.sqlite", index.index_name(digest)):
        shutil.copy(moved, planted / name)
    cache.write_text("a file where the folder should be")
    caplog.set_level(logging.WARNING, logger="dateline")
    gazetteer = load_gazetteer()
    assert _messages(caplog)[1].startswith(f"[E030] The cache folder {cache} is not used")
    assert gazetteer.path.parent not in {planted, cache}
    assert _sochi(gazetteer) == SOCHI


def test_no_folder_to_build_in_is_an_error(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache.write_text("a file where the folder should be")

    def no_space(*args: object, **kwargs: object) -> str:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(tempfile, "mkdtemp", no_space)
    with pytest.raises(DatelineError) as raised:
        load_gazetteer()
    assert raised.value.code == "E031"
    assert str(raised.value) == (
        f"[E031] Cannot build the place index in {tempfile.gettempdir()}: No space left on device. "
        "Set DATELINE_CACHE_DIR to a folder you can write"
    )


def test_a_program_that_sets_up_no_logging_prints_the_build_notice(tmp_path: Path) -> None:
    program = (
        "from dateline.places import index\n"
        "from dateline.places.sources import Entry\n"
        "entry = Entry(key='gn:1', name='Sochi', feature='city', lat=43.6, lon=39.7)\n"
        "entry.add_name('Sochi', True)\n"
        "index.all_entries = lambda: iter([entry])\n"
        "print(index.load_gazetteer().lookup('Sochi')[0].place.name)\n"
    )
    environment = {**os.environ, "DATELINE_CACHE_DIR": str(tmp_path / "cache")}
    done = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, env=environment, timeout=60, check=True
    )
    assert done.stderr == BUILD_NOTICE + "\n"
    assert done.stdout == "Sochi\n"


def test_region_short_names() -> None:
    assert short_region_name("Donetsk Oblast") == "Donetsk"
    assert short_region_name("Autonomous Republic of Crimea") == "Crimea"
    assert short_region_name("Texas") is None


def test_a_capitals_own_region_is_the_city() -> None:
    city = _entry("gn:1", "Kyiv", alternates=("Kiev",), country="UKR", population=2_900_000, lat=50.45, lon=30.52, capital=True)
    region = _entry("iso:UA-30", "Kiev", feature="admin1", country="UKR", lat=50.45, lon=30.52)
    oblast = _entry("iso:UA-32", "Kyiv Oblast", feature="admin1", country="UKR", lat=50.05, lon=30.77)
    assert [r.key for r in without_city_duplicates([region, oblast], [city])] == ["iso:UA-32"]
