"""Collection events in the store: the same event reported by several articles, stored once with its mentions.

Pages queue the merge keys of the events they add or take away (:func:`dateline.events.duplicates.merge_key`);
here each queued key's events are clustered again by :func:`dateline.events.duplicates.collection_events`, the
same function a library user calls over any set of articles, and the key's collection events are replaced. A
batch of keys is one transaction, and its keys leave the queue in it: a crash leaves them queued, and the next
run merges them.
"""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import Connection, delete, insert, select, update

from dateline.events.duplicates import collection_events, merge_key
from dateline.model import Article
from dateline.records import Event
from dateline.store import schema as t
from dateline.store.database import Store

KEYS_PER_TRANSACTION = 200


def merge_pending(store: Store, *, batch: int = KEYS_PER_TRANSACTION) -> int:
    """Merge every queued key; the number of keys merged."""
    merged = 0
    while True:
        with store.transaction() as connection:
            keys = list(connection.execute(select(t.merge_queue.c.merge_key).order_by(t.merge_queue.c.merge_key).limit(batch)).scalars())
            if not keys:
                return merged
            merge_keys(connection, keys)
            connection.execute(delete(t.merge_queue).where(t.merge_queue.c.merge_key.in_(keys)))
            merged += len(keys)


def merge_keys(connection: Connection, keys: list[str]) -> None:
    """Replace the collection events of these keys by clustering their events again."""
    rows = connection.execute(
        select(t.events.c.pk, t.events.c.record, t.articles.c.id.label("article"), t.articles.c.published)
        .join(t.articles, t.articles.c.pk == t.events.c.article_pk)
        .where(t.events.c.merge_key.in_(keys))
        .order_by(t.events.c.pk)
    ).all()
    by_article: dict[str, Article] = {}
    told: dict[str, list[Event]] = defaultdict(list)
    pks: dict[tuple[str, str], list[int]] = defaultdict(list)
    for row in rows:
        event = Event.from_dict(row.record)
        if row.article not in by_article:
            by_article[row.article] = Article(id=row.article, published=row.published, text="", paragraphs=[], events=told[row.article])
        pks[(row.article, event.id)].append(row.pk)
        # The same article stored from two pages tells its events once.
        if all(known.id != event.id for known in told[row.article]):
            told[row.article].append(event)
    connection.execute(update(t.events).where(t.events.c.merge_key.in_(keys)).values(collection_event_id=None))
    connection.execute(delete(t.collection_events).where(t.collection_events.c.merge_key.in_(keys)))
    found = collection_events(by_article.values())
    taken = set(
        connection.execute(select(t.collection_events.c.id).where(t.collection_events.c.id.in_([e.id for e in found]))).scalars()
    )
    for merged in found:
        first = merged.mentions[0]
        event = next(e for e in told[first.article] if e.id == first.event)
        merged.id = _free_id(connection, merged.id, taken)
        taken.add(merged.id)
        connection.execute(insert(t.collection_events).values(
            id=merged.id, merge_key=merge_key(event), type=merged.type, cameo=merged.cameo,
            date=merged.date.value if merged.date else None, num_mentions=merged.num_mentions,
            num_articles=merged.num_articles, first_seen=merged.first_seen, last_seen=merged.last_seen,
            record=merged.to_dict(),
        ))  # fmt: skip
        mention_pks = [pk for reference in merged.mentions for pk in pks[(reference.article, reference.event)]]
        connection.execute(update(t.events).where(t.events.c.pk.in_(mention_pks)).values(collection_event_id=merged.id))


def _free_id(connection: Connection, wanted: str, taken: set[str]) -> str:
    """``wanted``, or the first of its numbered forms that no stored collection event of another key holds."""
    if wanted not in taken:
        return wanted
    base, n = wanted.split("-")[0] + "-" + wanted.split("-")[1], 2
    while True:
        candidate = f"{base}-{n}"
        held = connection.execute(select(t.collection_events.c.id).where(t.collection_events.c.id == candidate)).first()
        if candidate not in taken and held is None:
            return candidate
        n += 1
