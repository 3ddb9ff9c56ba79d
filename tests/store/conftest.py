"""Store fixtures: every store test runs against SQLite and, when a server is reachable, PostgreSQL.

PostgreSQL is the URL in ``DATELINE_TEST_POSTGRES`` (``.ci/run`` installs and starts a server and sets it); each
test gets the database emptied first. Without it the PostgreSQL half of each test is skipped, and says why.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, text

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
SEED = SHARED / "seed" / "page.txt"
POSTGRES = os.environ.get("DATELINE_TEST_POSTGRES")
BENCHMARK_HTML = SHARED / "data" / "article-extraction-benchmark" / "html"
NO_POSTGRES = (
    "PostgreSQL tests SKIPPED: set DATELINE_TEST_POSTGRES to a server's URL (.ci/run installs and starts one) "
    "to run the store's tests against PostgreSQL too"
)



def empty_postgres(url: str, schema: str) -> str:
    """A URL of the test database whose tables live in ``schema``, emptied: the test starts from an empty store.
    (The session's collection and each test's store live in schemas of their own, side by side.)"""
    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
    with engine.begin() as connection:
        connection.execute(text(f"DROP SCHEMA IF EXISTS {schema} CASCADE"))
        connection.execute(text(f"CREATE SCHEMA {schema}"))
    engine.dispose()
    joiner = "&" if "?" in url else "?"
    return f"{url}{joiner}options=-csearch_path%3D{schema}"


@pytest.fixture(params=["sqlite", "postgresql"])
def store_target(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty store: a SQLite file path, or the PostgreSQL test database emptied."""
    if request.param == "sqlite":
        yield str(tmp_path / "test.db")
        return
    if not POSTGRES:
        pytest.skip(NO_POSTGRES)
    yield empty_postgres(POSTGRES, "store_test")


@pytest.fixture(scope="session", params=["sqlite", "postgresql"])
def collection(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Any:
    """The seed page and the benchmark's 181 pages ingested once per backend (two workers): (target, summary)."""
    from dateline.store import ingest

    if not SEED.exists() or not BENCHMARK_HTML.is_dir():
        pytest.skip("the seed page and the article-extraction benchmark are not beside the repository")
    if request.param == "sqlite":
        target = str(tmp_path_factory.mktemp("collection") / "collection.db")
    else:
        if not POSTGRES:
                pytest.skip(NO_POSTGRES)
        target = empty_postgres(POSTGRES, "collection")
    summary = ingest([str(SEED), str(BENCHMARK_HTML)], target, workers=2)
    return target, summary
