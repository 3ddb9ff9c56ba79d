"""Store fixtures: every store test runs against SQLite and, when a server is reachable, PostgreSQL.

PostgreSQL is the URL in ``DATELINE_TEST_POSTGRES`` (``.ci/run`` installs and starts a server and sets it); each
test gets the database emptied first. Without it the PostgreSQL half of each test is skipped, and says why.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from postgres_database import NO_POSTGRES, POSTGRES, empty_postgres

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
SEED = SHARED / "seed" / "page.txt"
BENCHMARK_HTML = SHARED / "data" / "article-extraction-benchmark" / "html"


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
