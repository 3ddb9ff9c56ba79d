"""Ingest: pages stored once, replaced whole, skipped with their reasons, entities linked across runs."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from dateline.store import ingest, open_store
from dateline.store import schema as t

FIRST = """Talks on grain corridor resume in Ankara

ANKARA, Turkey (AP) — Turkish Foreign Minister Hakan Fidan met Ukrainian Foreign Minister Andrii Sybiha in
Ankara on Tuesday to discuss shipping in the Black Sea.

"We will keep the corridor open," Fidan told reporters after the meeting.

Police detained 14 protesters outside the ministry, officials said.
"""

SECOND = """Fidan warns of new strain on corridor

ISTANBUL (Reuters) — Fidan said on Thursday that attacks on ports would threaten the grain corridor.

"Nobody gains from closing the sea," Fidan said in a statement.
"""

CHANGED = FIRST.replace("14 protesters", "20 protesters").replace("We will keep", "We shall keep")


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def table_counts(target: str) -> dict[str, int]:
    with open_store(target, read_only=True) as store, store.connect() as connection:
        tables = [t.sources, t.pages, t.articles, t.paragraphs, t.quotes, t.events, t.event_participants, t.counts,
                  t.article_entities, t.entity_mentions, t.collection_events, t.merge_queue]  # fmt: skip
        return {table.name: connection.execute(select(func.count()).select_from(table)).scalar_one() for table in tables}


def test_a_page_is_stored_once_and_a_rerun_skips_it(store_target: str, tmp_path: Path) -> None:
    page = write(tmp_path, "first.txt", FIRST)
    first = ingest([str(page)], store_target)
    assert (first.stored, first.articles, first.unchanged) == (1, 1, 0)
    assert first.quotes >= 1 and first.events >= 1 and first.entities_new >= 3
    before = table_counts(store_target)
    again = ingest([str(page)], store_target)
    assert (again.stored, again.unchanged, again.articles) == (0, 1, 0)
    assert table_counts(store_target) == before
    assert before["merge_queue"] == 0 and before["collection_events"] >= 1


def test_a_changed_page_replaces_its_old_version_whole(store_target: str, tmp_path: Path) -> None:
    page = write(tmp_path, "first.txt", FIRST)
    ingest([str(page)], store_target)
    before = table_counts(store_target)
    page.write_text(CHANGED, encoding="utf-8")
    changed = ingest([str(page)], store_target)
    assert changed.replaced == 1
    after = table_counts(store_target)
    assert after["pages"] == after["sources"] == after["articles"] == 1
    assert after["quotes"] == before["quotes"] and after["events"] == before["events"]
    with open_store(store_target, read_only=True) as store, store.connect() as connection:
        texts = list(connection.execute(select(t.quotes.c.text)).scalars())
        counted = list(connection.execute(select(t.counts.c.min)).scalars())
        linked = connection.execute(
            select(func.count()).select_from(t.events).where(t.events.c.collection_event_id.is_(None), t.events.c.negated.is_(False),
                                                             t.events.c.hypothetical.is_(False))
        ).scalar_one()  # fmt: skip
        stale = connection.execute(
            select(func.count()).select_from(t.collection_events).where(
                t.collection_events.c.id.not_in(select(t.events.c.collection_event_id).where(t.events.c.collection_event_id.is_not(None)))
            )
        ).scalar_one()
    assert any("We shall keep" in text for text in texts) and not any("We will keep" in text for text in texts)
    assert 20 in counted and 14 not in counted
    assert linked == 0  # every event that happened belongs to a collection event
    assert stale == 0  # and no collection event of the old version is left


def test_the_same_page_at_another_path_is_a_duplicate(store_target: str, tmp_path: Path) -> None:
    ingest([str(write(tmp_path, "first.txt", FIRST))], store_target)
    copy = ingest([str(write(tmp_path, "copy.txt", FIRST))], store_target)
    assert (copy.stored, copy.duplicates) == (0, 1)
    assert table_counts(store_target)["pages"] == 1


def test_a_bad_input_is_reported_and_the_rest_go_through(store_target: str, tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    write(folder, "empty.txt", "")
    write(folder, "first.txt", FIRST)
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02" * 50)
    summary = ingest([str(folder)], store_target)
    assert summary.stored == 1
    assert sorted(failure.code for failure in summary.skipped) == ["E001", "E002"]
    assert {Path(failure.path).name for failure in summary.skipped} == {"empty.txt", "binary.txt"}


def test_a_person_in_a_later_run_links_to_the_stored_entity(store_target: str, tmp_path: Path) -> None:
    ingest([str(write(tmp_path, "first.txt", FIRST))], store_target)
    later = ingest([str(write(tmp_path, "second.txt", SECOND))], store_target)
    assert later.entities_linked >= 1
    with open_store(store_target, read_only=True) as store, store.connect() as connection:
        people = connection.execute(select(t.entities.c.id).where(t.entities.c.name_folded.contains("fidan"))).scalars().all()
        articles = connection.execute(
            select(func.count(t.article_entities.c.article_pk.distinct())).where(t.article_entities.c.entity_id == people[0])
        ).scalar_one()
        speakers = connection.execute(select(t.quotes.c.speaker_entity, t.quotes.c.speaker_name).where(t.quotes.c.speaker_folded.contains("fidan"))).all()
    assert people == ["person:hakan-fidan"]  # "Fidan" alone in the second page is the stored Hakan Fidan
    assert articles == 2
    assert len(speakers) == 3 and set(speakers) == {("person:hakan-fidan", "Hakan Fidan")}


def test_two_workers_store_what_one_does(tmp_path: Path) -> None:
    pages = [write(tmp_path, f"p{n}.txt", text) for n, text in enumerate([FIRST, SECOND, CHANGED.replace("Ankara", "Izmir")])]
    stores = {}
    for workers in (1, 2):
        target = str(tmp_path / f"w{workers}.db")
        summary = ingest([str(page) for page in pages], target, workers=workers)
        assert summary.stored == 3
        with open_store(target, read_only=True) as store, store.connect() as connection:
            stores[workers] = (
                sorted(connection.execute(select(t.entities.c.id, t.entities.c.name)).all()),
                sorted(connection.execute(select(t.articles.c.id, t.articles.c.record)).all(), key=lambda row: row[0]),
                sorted(connection.execute(select(t.collection_events.c.id, t.collection_events.c.num_articles)).all()),
            )
    assert stores[1] == stores[2]


def test_an_archive_is_stored_record_by_record(store_target: str, tmp_path: Path) -> None:
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    for n, (uri, text) in enumerate([("https://news.example/ankara", FIRST), ("https://news.example/istanbul", SECOND)]):
        body = f"<html><head><title>{text.splitlines()[0]}</title></head><body><article>" + "".join(
            f"<p>{paragraph}</p>" for paragraph in text.split("\n\n")[1:]
        ) + "</article></body></html>"  # fmt: skip
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        record = writer.create_warc_record(uri, "response", payload=io.BytesIO(body.encode()), http_headers=headers,
                                           warc_headers_dict={"WARC-Date": f"2026-03-0{n + 1}T08:00:00Z"})  # fmt: skip
        writer.write_record(record)
    archive = tmp_path / "crawl.warc.gz"
    archive.write_bytes(buffer.getvalue())
    first = ingest([str(archive)], store_target)
    assert (first.stored, first.articles) == (2, 2)
    assert ingest([str(archive)], store_target).unchanged == 2
    with open_store(store_target, read_only=True) as store, store.connect() as connection:
        keys = sorted(connection.execute(select(t.sources.c.key, t.sources.c.url)).all())
        fetched = sorted(connection.execute(select(t.pages.c.fetched_at)).scalars())
    assert sorted(url for _, url in keys) == ["https://news.example/ankara", "https://news.example/istanbul"]
    assert all(key.startswith(str(archive) + "#") for key, _ in keys)
    assert [value[:10] for value in fetched] == ["2026-03-01", "2026-03-02"]
