"""The service over a PostgreSQL store: the same answers, and sessions that cannot write."""

from __future__ import annotations

from pathlib import Path

import pytest
from postgres_database import NO_POSTGRES, POSTGRES, empty_postgres
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

PAGE = """Envoys meet in Geneva on grain deal

GENEVA (AP) — UN envoy Lena Vogt met Turkish Foreign Minister Hakan Fidan in Geneva on Monday to discuss the grain deal.

"We are close to an agreement," Fidan told reporters after the talks.
"""


@pytest.mark.skipif(not POSTGRES, reason=NO_POSTGRES)
def test_the_service_reads_a_postgres_store_and_cannot_write_it(tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    from dateline.service import create_app
    from dateline.store import ingest

    assert POSTGRES is not None
    target = empty_postgres(POSTGRES, "service_test")
    (tmp_path / "geneva.txt").write_text(PAGE, encoding="utf-8")
    assert ingest([str(tmp_path / "geneva.txt")], target).stored == 1
    app = create_app(target)
    with TestClient(app) as client:
        quotes = client.get("/api/quotes", params={"speaker": "fidan"}).json()["items"]
        assert [quote["speaker"] for quote in quotes] == ["Hakan Fidan"]
        assert client.get("/api/search", params={"q": "agreement"}).json()["items"]
        assert "Hakan Fidan" in client.get("/quotes").text
        with pytest.raises(DBAPIError), app.state.store.connect() as connection:
            connection.execute(text("DELETE FROM quotes"))
        assert client.get("/api/stats").json()["quotes"] == 1
