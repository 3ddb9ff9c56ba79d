"""The pipeline on a Dask LocalCluster of two worker processes: the same store as one machine, a worker killed in
the middle loses and duplicates nothing, a page that kills every worker is quarantined, partitions are written."""

from __future__ import annotations

import json
import os
import signal
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import cloudpickle
import pytest
from postgres_database import NO_POSTGRES, POSTGRES, empty_postgres
from sqlalchemy import func, select

from dateline.cluster import DaskEngine, dask_client, extract_partitions, parse_task
from dateline.store import ingest, open_store
from dateline.store import schema as t
from dateline.store.parsing import StagedPage

CITIES = ["Accra", "Lome", "Cotonou", "Niamey", "Bamako", "Dakar", "Banjul", "Conakry"]
NAMES = [("Kofi", "Mensah"), ("Ama", "Owusu"), ("Yaw", "Boateng"), ("Efua", "Asante"), ("Kwame", "Danso"),
         ("Akosua", "Frimpong"), ("Kojo", "Appiah"), ("Abena", "Ofori")]  # fmt: skip
POISON = "POISON-PAGE-FOR-THE-TESTS"

# Workers unpickle the tests' task by value: this module is not importable there.
cloudpickle.register_pickle_by_value(sys.modules[__name__])


def page(n: int) -> str:
    city, (first, last) = CITIES[n % 8], NAMES[n % 8]
    other_first, other_last = NAMES[(n + 3) % 8]
    return (
        f"Regional ministers meet in {city} (bulletin {n})\n\n"
        f"{city.upper()} (AP) — Trade Minister {first} {last} met {other_first} {other_last} in {city} on Tuesday "
        f"to discuss port fees, officials said.\n\n"
        f'"We will cut the fees by March," {last} told reporters.\n\n'
        f"Customs officers seized {n + 5} trucks of smuggled fuel near the border.\n"
    )


def pages(folder: Path, count: int, poison_at: int | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        text = page(n) + (f"\n{POISON}\n" if n == poison_at else "")
        (folder / f"bulletin-{n:03d}.txt").write_text(text, encoding="utf-8")
    return folder


def stored(target: str) -> Any:
    with open_store(target, read_only=True) as store, store.connect() as connection:
        return (
            sorted(connection.execute(select(t.entities.c.id, t.entities.c.name)).all()),
            sorted(connection.execute(select(t.articles.c.id, t.articles.c.record)).all(), key=lambda row: row[0]),
            sorted(connection.execute(select(t.collection_events.c.id, t.collection_events.c.num_articles)).all()),
            connection.execute(select(func.count()).select_from(t.pages)).scalar_one(),
            connection.execute(select(func.count()).select_from(t.staged_pages)).scalar_one(),  # none left staged
        )


def poisoned_task(raws: list[Any]) -> Any:
    """The real task, but a page holding the marker kills the worker process that reads it."""
    if any(POISON in raw.text for _, _, raw in raws):
        os._exit(1)
    return parse_task(raws)


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    with dask_client(cluster="local:2") as client:
        yield client


@pytest.fixture(params=["sqlite", "postgresql"])
def cluster_target(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Where the cluster stores: a SQLite file (through the client, its one writer) or PostgreSQL (the workers
    write what they read themselves)."""
    if request.param == "sqlite":
        return str(tmp_path / "cluster.db")
    if not POSTGRES:
        pytest.skip(NO_POSTGRES)
    return empty_postgres(POSTGRES, "cluster_test")


class WatchedEngine(DaskEngine):
    """The engine, noting what kind of result came back to the client for each page."""

    def __init__(self, client: Any, **options: Any) -> None:
        super().__init__(client, **options)
        self.kinds: list[str] = []

    def parsed(self, *args: Any, **options: Any) -> Iterator[Any]:
        for result in super().parsed(*args, **options):
            self.kinds.append(type(result).__name__)
            yield result


def test_a_cluster_stores_what_one_machine_stores(client: Any, cluster_target: str, tmp_path: Path) -> None:
    folder = pages(tmp_path / "pages", 30)
    ingest([str(folder)], str(tmp_path / "one.db"))
    engine = WatchedEngine(client)
    summary = ingest([str(folder)], cluster_target, engine=engine)
    assert summary.stored == 30 and not summary.skipped
    assert stored(cluster_target) == stored(str(tmp_path / "one.db"))
    # Into PostgreSQL the workers wrote the pages, and only their keys came back; into SQLite, the pages did.
    expected = StagedPage.__name__ if cluster_target.startswith("postgresql") else "ParsedPage"
    assert set(engine.kinds) == {expected}


def test_a_worker_killed_in_the_middle_loses_and_duplicates_nothing(client: Any, cluster_target: str, tmp_path: Path) -> None:
    folder = pages(tmp_path / "pages", 60)
    killed: list[int] = []

    def kill_one(summary: Any) -> None:
        if summary.stored >= 10 and not killed:
            pids = client.run(os.getpid)
            victim = sorted(pids.values())[0]
            os.kill(victim, signal.SIGKILL)
            killed.append(victim)

    summary = ingest([str(folder)], cluster_target, engine=DaskEngine(client), progress=kill_one)
    assert killed and summary.stored == 60 and not summary.skipped
    ingest([str(folder)], str(tmp_path / "one.db"))
    assert stored(cluster_target) == stored(str(tmp_path / "one.db"))
    client.wait_for_workers(2, timeout=60)


def test_a_page_that_kills_every_worker_is_quarantined(client: Any, tmp_path: Path) -> None:
    folder = pages(tmp_path / "pages", 12, poison_at=5)
    summary = ingest([str(folder)], str(tmp_path / "cluster.db"), engine=DaskEngine(client, task=poisoned_task))
    assert summary.stored == 11
    assert [(failure.code, Path(failure.path).name) for failure in summary.skipped] == [("E041", "bulletin-005.txt")]
    assert "quarantined" in summary.skipped[0].message
    client.wait_for_workers(2, timeout=60)


def test_extract_writes_one_file_per_partition_in_input_order(client: Any, tmp_path: Path) -> None:
    folder = pages(tmp_path / "pages", 20)
    (folder / "empty.txt").write_text("", encoding="utf-8")
    written, failures = extract_partitions([str(folder)], tmp_path / "out", DaskEngine(client, pages_per_task=8))
    assert written == 20 and [failure.code for failure in failures] == ["E001"]
    parts = sorted((tmp_path / "out").iterdir())
    assert [part.name for part in parts] == ["part-00000.jsonl", "part-00001.jsonl", "part-00002.jsonl"]
    paths = [json.loads(line).get("source", {}).get("path") for part in parts for line in part.read_text().splitlines()]
    assert [Path(p).name for p in paths if p] == sorted(Path(p).name for p in paths if p)
    assert not list((tmp_path / "out").glob(".*"))  # no temporary file left
