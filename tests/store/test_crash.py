"""Killing an ingest (kill -9) at random moments leaves the store consistent, and the next run finishes the job;
two ingests at once store every page once."""

from __future__ import annotations

import os
import random
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from sqlalchemy import func, select, text

from dateline.errors import DatelineError
from dateline.store import ingest, open_store
from dateline.store import schema as t

CITIES = ["Tallinn", "Riga", "Vilnius", "Warsaw", "Prague", "Vienna", "Zagreb", "Sofia", "Tirana", "Skopje"]
MINISTERS = [("Anna", "Kask"), ("Peteris", "Ozols"), ("Rasa", "Petraite"), ("Marek", "Nowicki"), ("Jana", "Dvorakova"),
             ("Lukas", "Gruber"), ("Ivana", "Horvat"), ("Georgi", "Petrov"), ("Elira", "Hoxha"), ("Bojan", "Stojanov")]  # fmt: skip
TOPICS = ["energy prices", "border checks", "grain exports", "a gas pipeline", "rail links"]
# Enough pages that a run takes several seconds: the kills land while pages are being stored.
PAGES = 150


def page_text(n: int) -> str:
    city, (first, last), topic = CITIES[n % 10], MINISTERS[n % 10], TOPICS[n % 5]
    other_first, other_last = MINISTERS[(n + 3) % 10]
    return (
        f"Ministers meet in {city} over {topic} (report {n})\n\n"
        f"{city.upper()} (Reuters) — Foreign Minister {first} {last} met {other_first} {other_last} in {city} on "
        f"Monday to discuss {topic}, officials said.\n\n"
        f'"We agreed to keep talking about {topic}," {last} told reporters after the meeting.\n\n'
        f"Police arrested {n + 2} protesters near the venue, and {other_last} accused the opposition of stirring unrest.\n"
    )


def make_pages(folder: Path, count: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(count):
        path = folder / f"page-{n:03d}.txt"
        path.write_text(page_text(n), encoding="utf-8")
        paths.append(path)
    return paths


def start_ingest(folder: Path, target: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    return subprocess.Popen(
        [sys.executable, "-m", "dateline", "ingest", str(folder), "--db", target],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
    )  # fmt: skip


def check_consistent(target: str) -> dict[str, int]:
    """Every stored page whole: each article's rows are exactly the records its JSON holds, and no row points to
    nothing. The counts of what is stored."""
    with open_store(target, read_only=True) as store, store.connect() as connection:
        if store.dialect == "sqlite":
            assert connection.execute(text("PRAGMA integrity_check")).scalar_one() == "ok"
            assert connection.execute(text("PRAGMA foreign_key_check")).all() == []
        pages_without_articles = connection.execute(
            select(func.count()).select_from(t.pages).where(~t.pages.c.pk.in_(select(t.articles.c.page_pk)))
        ).scalar_one()
        assert pages_without_articles == 0
        for row in connection.execute(select(t.articles.c.pk, t.articles.c.record)):
            record = row.record
            for table, field in ((t.quotes, "quotes"), (t.events, "events"), (t.counts, "counts"), (t.places, "places"),
                                 (t.article_entities, "entities"), (t.paragraphs, "paragraphs")):  # fmt: skip
                stored = connection.execute(select(func.count()).select_from(table).where(table.c.article_pk == row.pk)).scalar_one()
                assert stored == len(record.get(field) or ()), f"article {row.pk} has {stored} {field} rows"
        hashes = connection.execute(select(func.count(t.pages.c.content_hash.distinct()))).scalar_one()
        counts = {
            "pages": connection.execute(select(func.count()).select_from(t.pages)).scalar_one(),
            "sources": connection.execute(select(func.count()).select_from(t.sources)).scalar_one(),
            "articles": connection.execute(select(func.count()).select_from(t.articles)).scalar_one(),
            "queued": connection.execute(select(func.count()).select_from(t.merge_queue)).scalar_one(),
        }
        assert hashes == counts["pages"] == counts["sources"]
        return counts


def never_made(target: str) -> bool:
    """Whether the store is still an empty database: an ingest killed before it made its tables wrote nothing."""
    try:
        with open_store(target, read_only=True):
            return False
    except DatelineError as error:
        if error.code == "E034" and "is empty" in str(error):
            return True
        raise


def stored_outcome(target: str) -> Any:
    with open_store(target, read_only=True) as store, store.connect() as connection:
        return (
            sorted(connection.execute(select(t.articles.c.id)).scalars()),
            sorted(connection.execute(select(t.entities.c.id)).scalars()),
            sorted(connection.execute(select(t.collection_events.c.id, t.collection_events.c.num_articles)).all()),
        )


def test_an_ingest_killed_at_random_moments_resumes_and_loses_nothing(store_target: str, tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    make_pages(folder, PAGES)
    rng = random.Random(int(os.environ.get("DATELINE_TEST_SEED", "20261202")))
    kills = checked = 0
    for _ in range(5):
        process = start_ingest(folder, store_target)
        time.sleep(rng.uniform(1.0, 2.5))
        if process.poll() is None:
            process.kill()  # SIGKILL: no handler runs, no transaction is finished
            kills += 1
        process.wait(timeout=60)
        if never_made(store_target):  # killed while still starting, on a loaded machine: nothing written at all
            continue
        check_consistent(store_target)
        checked += 1
    assert kills >= 3 and checked >= 1
    finished = start_ingest(folder, store_target)
    _, err = finished.communicate(timeout=300)
    assert finished.returncode == 0, err
    counts = check_consistent(store_target)
    assert counts["pages"] == PAGES and counts["articles"] == PAGES and counts["queued"] == 0
    # Nothing lost and nothing twice: the same store as one run that was never stopped.
    clean = str(tmp_path / "clean.db")
    ingest([str(folder)], clean)
    assert stored_outcome(store_target) == stored_outcome(clean)


def test_two_ingests_at_once_store_every_page_once(store_target: str, tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    make_pages(folder, 16)
    first, second = start_ingest(folder, store_target), start_ingest(folder, store_target)
    outputs = [process.communicate(timeout=300) for process in (first, second)]
    assert first.returncode == 0 and second.returncode == 0, outputs
    counts = check_consistent(store_target)
    assert counts["pages"] == 16 and counts["queued"] == 0, (counts, outputs)
    stored = [int(err.split(" stored,")[0].rsplit(" ", 1)[-1]) for _, err in outputs]
    assert sum(stored) == 16, outputs  # each page told as stored by one of the two, and only one
