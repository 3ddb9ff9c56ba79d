"""Storing one page: its source, its articles and every record they hold, in the caller's one transaction.

A page whose content is stored already is not stored again; a page at a source whose stored version differs
replaces that version, whose rows go with it (by cascade) and whose events are queued to be merged again. The
events a page adds are queued too: :mod:`dateline.store.merging` turns the queue into collection events.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any, Literal

import msgspec
from sqlalchemy import Connection, Insert, Table, delete, insert, select, update

from dateline.events.duplicates import merge_key
from dateline.model import Article, Page
from dateline.records import Event, EventActor, Quote
from dateline.store import schema as t
from dateline.store.search import index_article, index_quotes, unindex
from dateline.text import fold

StoreOutcome = Literal["stored", "replaced", "unchanged", "duplicate"]
# The sector codes an actor code may start with; any other three letters first are a country.
SECTORS = frozenset(
    "GOV MIL REB OPP CVL BUS MED JUD LEG IGO NGO COP EDU REL HLH ELI LAB AGR SPY UAF CRM IMG REF SET MOD RAD INS".split()
)
_ISO_DAY = 10


@dataclass(slots=True)
class Stored:
    """What storing one page did."""

    outcome: StoreOutcome
    articles: int = 0
    quotes: int = 0
    events: int = 0


def now_iso() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def stored_state(connection: Connection, key: str, content_hash: str) -> StoreOutcome | None:
    """'unchanged' if this source holds this content, 'duplicate' if another source does, else None."""
    row = connection.execute(
        select(t.sources.c.key).select_from(t.pages.join(t.sources)).where(t.pages.c.content_hash == content_hash)
    ).first()
    if row is None:
        return None
    return "unchanged" if row.key == key else "duplicate"


def store_page(connection: Connection, page: Page, *, key: str, content_hash: str) -> Stored:
    """Store ``page`` from source ``key``, unless its content is stored already."""
    state = stored_state(connection, key, content_hash)
    if state is not None:
        return Stored(state)
    stamp = now_iso()
    source = connection.execute(select(t.sources.c.pk).where(t.sources.c.key == key)).first()
    outcome: StoreOutcome = "stored"
    if source is None:
        source_pk = _new_row(connection,
            insert(t.sources).values(key=key, path=page.source.path, url=page.source.url, first_seen=stamp, last_seen=stamp)
        )
    else:
        source_pk = source.pk
        connection.execute(update(t.sources).where(t.sources.c.pk == source_pk).values(last_seen=stamp, url=page.source.url))
        outcome = "replaced" if _remove_page(connection, source_pk) else "stored"
    page_pk = _new_row(connection,
        insert(t.pages).values(
            source_pk=source_pk, content_hash=content_hash, format=page.source.format, encoding=page.source.encoding,
            bytes=page.source.bytes, fetched_at=page.source.fetched_at, stored_at=stamp,
            problems=msgspec.to_builtins(page.problems),
        )  # fmt: skip
    )
    done = Stored(outcome)
    keys: set[str] = set()
    for position, article in enumerate(page.articles):
        keys.update(_store_article(connection, page_pk, position, article))
        done.articles += 1
        done.quotes += len(article.quotes or ())
        done.events += len(article.events or ())
    queue_merge(connection, keys)
    return done


def queue_merge(connection: Connection, keys: Iterable[str]) -> None:
    wanted = sorted(set(keys))
    if not wanted:
        return
    queued = set(connection.execute(select(t.merge_queue.c.merge_key).where(t.merge_queue.c.merge_key.in_(wanted))).scalars())
    fresh = [{"merge_key": key} for key in wanted if key not in queued]
    if fresh:
        connection.execute(insert(t.merge_queue), fresh)


def _remove_page(connection: Connection, source_pk: int) -> bool:
    """Delete the page stored for this source, queueing its events' keys; whether there was one."""
    old = connection.execute(select(t.pages.c.pk).where(t.pages.c.source_pk == source_pk)).first()
    if old is None:
        return False
    article_pks = list(connection.execute(select(t.articles.c.pk).where(t.articles.c.page_pk == old.pk)).scalars())
    quote_pks = list(connection.execute(select(t.quotes.c.pk).where(t.quotes.c.article_pk.in_(article_pks))).scalars())
    keys = connection.execute(select(t.events.c.merge_key).where(t.events.c.article_pk.in_(article_pks)).distinct())
    queue_merge(connection, keys.scalars())
    unindex(connection, article_pks, quote_pks)
    connection.execute(delete(t.pages).where(t.pages.c.pk == old.pk))
    return True


def _store_article(connection: Connection, page_pk: int, position: int, article: Article) -> set[str]:
    record = article.to_dict()
    article_pk = _new_row(connection,
        insert(t.articles).values(
            page_pk=page_pk, position=position, id=article.id, title=article.title, published=article.published,
            updated=article.updated, dateline=article.dateline, byline=article.byline, agency=article.agency,
            url=article.url, language=article.language, text=article.text, record=record,
        )  # fmt: skip
    )
    index_article(connection, article_pk, article.title, article.text)
    _insert(connection, t.paragraphs, [
        {"article_pk": article_pk, "position": n, "start": p.start, "end": p.end, "kind": p.kind}
        for n, p in enumerate(article.paragraphs)
    ])  # fmt: skip
    _store_entities(connection, article_pk, article)
    day = (article.published or "")[:_ISO_DAY] or None
    _store_quotes(connection, article_pk, list(article.quotes or ()), day)
    _insert(connection, t.times, [
        {"article_pk": article_pk, "start": x.start, "end": x.end, "text": x.text, "type": x.type, "value": x.value, "mod": x.mod}
        for x in article.times or ()
    ])  # fmt: skip
    _insert(connection, t.places, [
        {"article_pk": article_pk, "id": p.id, "name": p.name, "name_folded": fold(p.name), "geonameid": p.geonameid,
         "lat": p.lat, "lon": p.lon, "country": p.country, "feature": p.feature, "resolved": p.resolved,
         "dateline": p.dateline, "record": p.to_dict()}
        for p in article.places or ()
    ])  # fmt: skip
    _insert(connection, t.counts, [
        {"article_pk": article_pk, "start": c.start, "end": c.end, "text": c.text, "min": c.min, "max": c.max,
         "approximate": c.approximate, "object": c.object, "type": c.type}
        for c in article.counts or ()
    ])  # fmt: skip
    return _store_events(connection, article_pk, list(article.events or ()), day)


def _store_entities(connection: Connection, article_pk: int, article: Article) -> None:
    _insert(connection, t.article_entities, [
        {"article_pk": article_pk, "entity_id": e.id, "type": e.type, "country": e.country, "aliases": e.aliases,
         "titles": e.titles, "mentions": len(e.mentions)}
        for e in article.entities or ()
    ])  # fmt: skip
    _insert(connection, t.entity_mentions, [
        {"article_pk": article_pk, "entity_id": e.id, "start": m.start, "end": m.end, "text": m.text}
        for e in article.entities or () for m in e.mentions
    ])  # fmt: skip


def _store_quotes(connection: Connection, article_pk: int, quotes: list[Quote], day: str | None) -> None:
    rows = []
    for quote in quotes:
        speaker, addressee = quote.speaker, quote.addressee
        rows.append({
            "article_pk": article_pk, "id": quote.id, "kind": quote.kind, "text": quote.text, "start": quote.start,
            "end": quote.end, "speaker_entity": speaker.entity if speaker else None,
            "speaker_name": speaker.name if speaker else None, "speaker_folded": fold(speaker.name) if speaker else None,
            "addressee_entity": addressee.entity if addressee else None,
            "addressee_name": addressee.name if addressee else None, "cue": quote.cue, "channel": quote.channel,
            "date": quote.date.value if quote.date is not None and _is_date(quote.date.value) else day,
            "record": quote.to_dict(),
        })  # fmt: skip
    pks = _new_rows(connection, t.quotes, rows)
    index_quotes(connection, [(pk, quote.text, quote.speaker.name if quote.speaker else None) for pk, quote in zip(pks, quotes)])


def _store_events(connection: Connection, article_pk: int, events: list[Event], day: str | None) -> set[str]:
    rows = []
    for event in events:
        place = event.place
        rows.append({
            "article_pk": article_pk, "id": event.id, "type": event.type, "mode": event.mode, "cameo": event.cameo,
            "quad_class": event.quad_class, "goldstein": event.goldstein,
            "date": event.date.value if event.date is not None and _is_date(event.date.value) else day,
            "place_name": place.name if place else None, "place_folded": fold(place.name) if place else None,
            "place_country": place.country if place else None, "place_lat": place.lat if place else None,
            "place_lon": place.lon if place else None, "negated": event.negated, "hypothetical": event.hypothetical,
            "confidence": event.confidence, "merge_key": merge_key(event), "record": event.to_dict(),
        })  # fmt: skip
    pks = _new_rows(connection, t.events, rows)
    _insert(connection, t.event_participants, [
        _participant(event_pk, role, n, actor)
        for event_pk, event in zip(pks, events)
        for role, side in (("actor", event.actors), ("recipient", event.recipients)) for n, actor in enumerate(side)
    ])  # fmt: skip
    return {str(row["merge_key"]) for row in rows}


def _participant(event_pk: int, role: str, position: int, actor: EventActor) -> dict[str, Any]:
    return {
        "event_pk": event_pk, "role": role, "position": position, "text": actor.text, "name": actor.name,
        "name_folded": fold(actor.name), "entity_id": actor.entity, "code": actor.code, "country": actor_country(actor.code),
    }  # fmt: skip


def actor_country(code: str | None) -> str | None:
    """The country an actor code starts with: 'USAGOV' gives 'USA'; 'NGO' and 'GOV' give none."""
    if not code or len(code) < 3 or not code[:3].isalpha() or not code[:3].isupper() or code[:3] in SECTORS:
        return None
    return code[:3]


def _is_date(value: str | None) -> bool:
    return bool(value) and len(value or "") >= 4 and (value or "")[:4].isdigit()


def _new_row(connection: Connection, statement: Insert) -> int:
    """Insert one row; its primary key."""
    key = connection.execute(statement).inserted_primary_key
    assert key is not None
    return int(key[0])


def _new_rows(connection: Connection, table: Table, rows: list[dict[str, Any]]) -> list[int]:
    """Insert rows in one statement; their primary keys, in the rows' order."""
    if not rows:
        return []
    result = connection.execute(insert(table).returning(table.c.pk, sort_by_parameter_order=True), rows)
    return [int(pk) for pk in result.scalars().all()]


def _insert(connection: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    if rows:
        connection.execute(insert(table), rows)
