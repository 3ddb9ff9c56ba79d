"""GDELT's three tables from a store: the Event table (one row per collection event), Mentions (one per article's
telling of one) and the GKG (one per article), laid out by :mod:`dateline.store.gdelt`.

GlobalEventID is a number derived from the collection event's id, so the same event keeps the same number in
every export. Negated and hypothetical events are never collection events, so they are never exported as events.
``since``/``until`` keep collection events by their date (Events, Mentions) and articles by their publication
(GKG).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import Connection, select

from dateline.model import Article
from dateline.records import CollectionEvent, Event
from dateline.store import schema as t
from dateline.store.gdelt import event_row, gdelt_timestamp, gkg_row, mention_row, write_tsv
from dateline.store.writer import now_iso

FILES = {"gdelt-events": "events.export.CSV", "gdelt-mentions": "mentions.CSV", "gdelt-gkg": "gkg.csv"}
_CACHED_ARTICLES = 256


def global_event_id(collection_event_id: str) -> int:
    """A stable GlobalEventID: 'ce-<16 hex>[-n]' gives the first 14 hex digits as a number, times 100, plus n."""
    parts = collection_event_id.split("-")
    suffix = int(parts[2]) if len(parts) > 2 and parts[2].isdigit() else 0
    return int(parts[1][:14], 16) * 100 + min(suffix, 99)


def export_gdelt(
    connection: Connection, output_format: str, folder: Path, *, since: str | None = None, until: str | None = None
) -> dict[str, int]:
    stamp = gdelt_timestamp(now_iso())
    name = FILES[output_format]
    if output_format == "gdelt-events":
        rows = _event_rows(connection, stamp, since, until)
    elif output_format == "gdelt-mentions":
        rows = _mention_rows(connection, stamp, since, until)
    else:
        rows = _gkg_rows(connection, stamp, since, until)
    return {name: write_tsv(folder / name, rows)}


def _collection_events(connection: Connection, since: str | None, until: str | None) -> Iterator[CollectionEvent]:
    query = select(t.collection_events.c.record).order_by(t.collection_events.c.id)
    if since:
        query = query.where(t.collection_events.c.date >= since)
    if until:
        query = query.where(t.collection_events.c.date <= f"{until}~")
    for (record,) in connection.execution_options(yield_per=1000).execute(query):
        yield CollectionEvent.from_dict(record)


def _urls(connection: Connection, article_ids: list[str]) -> dict[str, str]:
    """The URL each article was found at: its own, else its page's source."""
    query = (
        select(t.articles.c.id, t.articles.c.url, t.sources.c.url.label("source_url"))
        .join(t.pages, t.pages.c.pk == t.articles.c.page_pk)
        .join(t.sources, t.sources.c.pk == t.pages.c.source_pk)
        .where(t.articles.c.id.in_(article_ids))
    )
    return {row.id: row.url or row.source_url for row in connection.execute(query) if row.url or row.source_url}


def _event_rows(connection: Connection, stamp: str, since: str | None, until: str | None) -> Iterator[list[str]]:
    for event in _collection_events(connection, since, until):
        articles = [reference.article for reference in event.mentions]
        urls = _urls(connection, articles)
        yield event_row(event, global_event_id(event.id), source_url=urls.get(articles[0]) if articles else None,
                        date_added=stamp, sources=[urls[a] for a in articles if a in urls])  # fmt: skip


class _Articles:
    """Articles read back from the store by id, the most recent few kept."""

    def __init__(self, connection: Connection) -> None:
        self.connection = connection
        self.cache: OrderedDict[str, Article] = OrderedDict()

    def get(self, article_id: str) -> Article | None:
        if article_id in self.cache:
            self.cache.move_to_end(article_id)
            return self.cache[article_id]
        row = self.connection.execute(select(t.articles.c.record).where(t.articles.c.id == article_id).limit(1)).first()
        if row is None:
            return None
        article = Article.from_dict(row.record)
        self.cache[article_id] = article
        if len(self.cache) > _CACHED_ARTICLES:
            self.cache.popitem(last=False)
        return article


def _mention_rows(connection: Connection, stamp: str, since: str | None, until: str | None) -> Iterator[list[str]]:
    articles = _Articles(connection)
    for event in _collection_events(connection, since, until):
        urls = _urls(connection, [reference.article for reference in event.mentions])
        for reference in event.mentions:
            article = articles.get(reference.article)
            told: Event | None = next((e for e in (article.events or ()) if e.id == reference.event), None) if article else None
            if article is None or told is None:
                continue
            yield mention_row(global_event_id(event.id), event, article, told, date_added=stamp,
                              source_url=urls.get(reference.article))  # fmt: skip


def _gkg_rows(connection: Connection, stamp: str, since: str | None, until: str | None) -> Iterator[list[str]]:
    query = select(t.articles.c.record, t.articles.c.url).order_by(t.articles.c.pk)
    if since:
        query = query.where(t.articles.c.published >= since)
    if until:
        query = query.where(t.articles.c.published <= f"{until}~")
    for number, row in enumerate(connection.execution_options(yield_per=500).execute(query), start=1):
        article = Article.from_dict(row.record)
        yield gkg_row(f"{stamp}-{number}", article, date_added=stamp, source_url=row.url)
