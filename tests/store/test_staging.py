"""Staged pages: what workers write is read back whole, written once, and stored by the next run if one stopped."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, update

from dateline.entities.registry import EntityRegistry
from dateline.model import Page
from dateline.pipeline import Settings
from dateline.reader import RawPage
from dateline.store import ingest, open_store
from dateline.store import schema as t
from dateline.store.linking import link_page
from dateline.store.parsing import ParsedPage, Parser, content_hash, source_key
from dateline.store.staging import left_staged, parsed_from_json, stage_pages, staged_json, take_staged

# Two pages that share a person, so the second one's ids depend on the first's (the reduce's order matters).
HARBOUR = """Port workers strike in Mombasa over unpaid wages

MOMBASA, Kenya (AP) — Transport Minister Davis Chirchir met union leader Amina Said in Mombasa on Friday to end
a strike that has stopped the port for a week.

"We will pay every worker by the end of the month," Chirchir told reporters after the meeting.

Police arrested 9 dockers who blocked the main gate, officials said.
"""

RAILWAY = """Chirchir promises new rail link to Uganda

NAIROBI (Reuters) — Chirchir said on Monday that Kenya would open talks with Uganda on a rail line.

"The line will carry freight within three years," Chirchir said in a statement.
"""


def write_pages(folder: Path) -> list[str]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, text in (("harbour.txt", HARBOUR), ("railway.txt", RAILWAY)):
        (folder / name).write_text(text, encoding="utf-8")
        paths.append(str(folder / name))
    return paths


def parse(paths: list[str]) -> list[ParsedPage]:
    from dateline.reading import read_inputs

    raws = [raw for raw in read_inputs(paths, Settings().max_bytes) if isinstance(raw, RawPage)]
    return Parser(None, Settings()).parse([(source_key(raw.path, content_hash(raw)), content_hash(raw), raw) for raw in raws])


def linked(parsed: list[ParsedPage]) -> list[dict[str, Any]]:
    registry = EntityRegistry()
    pages = []
    for one in parsed:
        assert isinstance(one.result, Page)
        with registry.transaction():
            link_page(one.result, one.calls, registry)
        pages.append(one.result.to_dict())
    return pages


def stored_rows(target: str) -> Any:
    with open_store(target, read_only=True) as store, store.connect() as connection:
        return (
            sorted(connection.execute(select(t.entities.c.id, t.entities.c.name)).all()),
            sorted(connection.execute(select(t.articles.c.id, t.articles.c.record)).all(), key=lambda row: row[0]),
            connection.execute(select(func.count()).select_from(t.staged_pages)).scalar_one(),
        )


def test_a_staged_page_reads_back_as_the_page_and_links_the_same(tmp_path: Path) -> None:
    parsed = parse(write_pages(tmp_path))
    read_back = [parsed_from_json(json.loads(json.dumps(staged_json(one)))) for one in parse(write_pages(tmp_path))]
    assert [one.key for one in read_back] == [one.key for one in parsed]
    for one in read_back:
        for call in one.calls:
            for article, resolved in zip(call.articles, call.resolved):
                # A resolution is its article's very entity again, not a copy beside it.
                assert all(any(r.local is entity for entity in article.entities) for r in resolved)
    assert linked(read_back) == linked(parsed)
    people = {entity["name"] for page in linked(read_back) for article in page["articles"] for entity in article["entities"]}
    assert "Davis Chirchir" in people


def test_a_page_staged_twice_is_staged_once(store_target: str, tmp_path: Path) -> None:
    parsed = parse(write_pages(tmp_path))
    with open_store(store_target) as store:
        for _ in range(2):  # a task retried after its worker died
            with store.transaction() as connection:
                stage_pages(connection, parsed, "2026-12-02T10:00:00+00:00")
        with store.connect() as connection:
            assert [staged.key for staged in left_staged(connection)] == sorted(one.key for one in parsed)


def test_a_run_stopped_after_staging_is_stored_by_the_next_without_reading_again(
    store_target: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = write_pages(tmp_path / "pages")
    reference = str(tmp_path / "reference.db")
    ingest(paths, reference)
    with open_store(store_target) as store, store.transaction() as connection:
        stage_pages(connection, parse(paths), "2026-12-02T10:00:00+00:00")  # the map ran; then the run was killed
    read: list[int] = []
    real_parse = Parser.parse

    def counted_parse(self: Parser, raws: list[Any]) -> list[ParsedPage]:
        read.append(len(raws))
        return real_parse(self, raws)

    monkeypatch.setattr(Parser, "parse", counted_parse)
    summary = ingest(paths, store_target)
    assert summary.stored == 2 and not summary.skipped
    assert sum(read) == 0  # both came from the stage
    assert stored_rows(store_target) == stored_rows(reference)  # same ids, same records, nothing left staged


def test_pages_left_staged_by_a_stopped_run_are_stored_even_if_not_named_again(store_target: str, tmp_path: Path) -> None:
    paths = write_pages(tmp_path / "pages")
    with open_store(store_target) as store, store.transaction() as connection:
        stage_pages(connection, parse(paths[:1]), "2026-12-02T10:00:00+00:00")
    summary = ingest(paths[1:], store_target)
    assert summary.stored == 2
    assert stored_rows(store_target)[2] == 0


def test_a_page_staged_by_another_version_is_reported_and_read_again_next_time(store_target: str, tmp_path: Path) -> None:
    paths = write_pages(tmp_path / "pages")
    with open_store(store_target) as store, store.transaction() as connection:
        stage_pages(connection, parse(paths[:1]), "2026-12-02T10:00:00+00:00")
        connection.execute(update(t.staged_pages).values(parsed={"format": 0}))
    first = ingest(paths, store_target)
    assert first.stored == 1 and [failure.code for failure in first.skipped] == ["E036"]
    assert "another version of dateline" in first.skipped[0].message
    second = ingest(paths, store_target)
    assert second.stored == 1 and second.unchanged == 1 and not second.skipped
    with open_store(store_target) as store, store.transaction() as connection:
        assert take_staged(connection, "0" * 64) is None
