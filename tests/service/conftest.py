"""A small collection for the service's tests: the seed page, three benchmark pages and a hostile page whose
title, quote and person name hold script payloads. Built once, in a SQLite store."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
SEED = SHARED / "seed" / "page.txt"
BENCHMARK_HTML = SHARED / "data" / "article-extraction-benchmark" / "html"
BENCHMARK_PAGES = sorted(BENCHMARK_HTML.glob("*.html.gz"))[:3] if BENCHMARK_HTML.is_dir() else []

# Payloads that would run if any text were put in a page unescaped: each sets window.__pwned.
HOSTILE_HTML = """<html><head><title>&lt;script&gt;window.__pwned=1&lt;/script&gt; Minister rejects claims</title></head>
<body><article>
<h1>&lt;script&gt;window.__pwned=1&lt;/script&gt; Minister rejects claims</h1>
<p>WARSAW (Reuters) - Polish Foreign Minister Jan Kowalski&lt;img src=x onerror=window.__pwned=2&gt; met German
Foreign Minister Karl Berg in Warsaw on Monday to discuss border checks, officials said.</p>
<p>"&lt;img src=x onerror=window.__pwned=3&gt; We will not accept these claims," Kowalski told reporters after the
meeting.</p>
<p>Police arrested 12 protesters outside the ministry, officials said.</p>
<p>The two ministers did not sign an agreement on border checks.</p>
</article></body></html>
"""
HOSTILE_NAME = '<img src=x onerror="window.__pwned=4"> Berg'


@pytest.fixture(scope="session")
def service_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The store, with one person's name made hostile after ingest (no tagger keeps markup in a name)."""
    from sqlalchemy import update

    from dateline.store import ingest, open_store
    from dateline.store import schema as t

    if not SEED.exists() or len(BENCHMARK_PAGES) < 3:
        pytest.skip("the seed page and the article-extraction benchmark are not beside the repository")
    folder = tmp_path_factory.mktemp("service")
    (folder / "hostile.html").write_text(HOSTILE_HTML, encoding="utf-8")
    target = str(folder / "service.db")
    summary = ingest([str(SEED), *map(str, BENCHMARK_PAGES), str(folder / "hostile.html")], target)
    assert summary.stored == 5, summary
    with open_store(target) as store, store.transaction() as connection:
        connection.execute(update(t.entities).where(t.entities.c.id == "person:karl-berg").values(name=HOSTILE_NAME))
    return target


@pytest.fixture(scope="session")
def client(service_db: str) -> Any:
    from fastapi.testclient import TestClient

    from dateline.service import create_app

    with TestClient(create_app(service_db, allow_extract=True, max_body=50_000), raise_server_exceptions=False) as client:
        yield client
