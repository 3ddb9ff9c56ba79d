"""Asking a store: quotes, events and entities, with the filters the CLI and the API give them.

Every filter is a bound parameter, never SQL built from a user's string. Names match without regard to case or
accents ("diaz-canel" finds "Díaz-Canel"), as a part of the name. Dates are ISO 8601 text at the precision the
text gave (a day, a month): ``since="2019-05"`` keeps what is dated in May 2019 or later, and ``until="2019-05"``
keeps what is dated in May 2019 or before.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, Connection, Select, and_, exists, func, or_, select

from dateline.errors import DatelineError, Errors
from dateline.store import schema as t
from dateline.text import fold

MAX_LIMIT = 10_000
_ISO = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_CODE = re.compile(r"^[A-Z]{3}[A-Z]*$")
# Sorts after every character an ISO date or time holds: "2019-05" + this bounds all of May 2019.
_AFTER = "~"


@dataclass(slots=True, kw_only=True)
class QuoteRow:
    """A quote as a query gives it: who said what, when, in which article."""

    article: str
    quote: str
    speaker: str | None
    speaker_entity: str | None
    text: str
    kind: str
    addressee: str | None
    cue: str | None
    channel: str | None
    date: str | None
    title: str | None
    url: str | None
    start: int
    end: int


@dataclass(slots=True, kw_only=True)
class EventRow:
    """An event as a query gives it: actor → type → recipient, when, where, and the words that told it."""

    article: str
    event: str
    collection_event: str | None
    date: str | None
    place: str | None
    actors: list[str]
    type: str
    mode: str | None
    cameo: str | None
    recipients: list[str]
    trigger: str | None
    negated: bool
    hypothetical: bool
    confidence: float
    quad_class: int | None
    goldstein: float | None
    title: str | None
    url: str | None


@dataclass(slots=True, kw_only=True)
class EntityRow:
    """An entity of the collection with how often it appears."""

    id: str
    name: str
    type: str
    country: str | None
    articles: int
    mentions: int
    quotes: int
    events: int


@dataclass(slots=True, kw_only=True)
class EntityDetail:
    """One entity: its names, the articles that name it, what it said, and the events it took part in."""

    id: str
    name: str
    type: str
    country: str | None
    aliases: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    articles: list[dict[str, Any]] = field(default_factory=list)
    quotes: list[QuoteRow] = field(default_factory=list)
    events_as_actor: list[EventRow] = field(default_factory=list)
    events_as_recipient: list[EventRow] = field(default_factory=list)


def check_date(option: str, value: str | None) -> str | None:
    """``value`` if it is an ISO date (2019, 2019-05, 2019-05-14); E035 if not."""
    if value is None or value == "":
        return None
    if not _ISO.match(value):
        raise DatelineError(Errors.E035, option=option, value=value, detail="give an ISO 8601 date: 2019, 2019-05 or 2019-05-14")
    return value


def check_page(limit: int, offset: int) -> None:
    if not 1 <= limit <= MAX_LIMIT:
        raise DatelineError(Errors.E035, option="--limit", value=str(limit), detail=f"give 1 to {MAX_LIMIT}")
    if offset < 0:
        raise DatelineError(Errors.E035, option="--offset", value=str(offset), detail="give 0 or more")


def _dated(column: Any, since: str | None, until: str | None) -> list[ColumnElement[bool]]:
    conditions = []
    if check_date("--since", since):
        conditions.append(column >= since)
    if check_date("--until", until):
        conditions.append(column <= f"{until}{_AFTER}")
    return conditions


def _name_like(column: Any, name: str) -> ColumnElement[bool]:
    return column.contains(fold(name), autoescape=True)


# --- quotes ---------------------------------------------------------------------------------------------------------


def find_quotes(
    connection: Connection,
    *,
    speaker: str | None = None,
    contains: str | None = None,
    since: str | None = None,
    until: str | None = None,
    newest_first: bool = True,
    limit: int = 50,
    offset: int = 0,
) -> list[QuoteRow]:
    """Quotes, newest first; ``speaker`` is a name or an entity id, ``contains`` words the quote holds."""
    check_page(limit, offset)
    q, a = t.quotes, t.articles
    query = select(q, a.c.id.label("article_id"), a.c.title, a.c.url).join(a, a.c.pk == q.c.article_pk)
    conditions = _dated(q.c.date, since, until)
    if speaker:
        conditions.append(_spoken_by(speaker))
    if contains:
        # A folded column would need its own copy of every quote; case-insensitive matching of the text is enough.
        conditions.append(func.lower(q.c.text).contains(contains.lower(), autoescape=True))
    order = q.c.date.desc() if newest_first else q.c.date.asc()
    query = query.where(*conditions).order_by(order, q.c.pk).limit(limit).offset(offset)
    return [_quote_row(row) for row in connection.execute(query)]


def _spoken_by(speaker: str) -> ColumnElement[bool]:
    """Said by an entity id, or by a name: the entities of that name (through the speaker index), and speakers
    with no entity whose name matches (only those rows are scanned)."""
    q = t.quotes
    if ":" in speaker and " " not in speaker:
        return q.c.speaker_entity == speaker
    named = select(t.entities.c.id).where(_name_like(t.entities.c.name_folded, speaker))
    return or_(q.c.speaker_entity.in_(named), and_(q.c.speaker_entity.is_(None), _name_like(q.c.speaker_folded, speaker)))


def _quote_row(row: Any) -> QuoteRow:
    return QuoteRow(
        article=row.article_id, quote=row.id, speaker=row.speaker_name, speaker_entity=row.speaker_entity, text=row.text,
        kind=row.kind, addressee=row.addressee_name, cue=row.cue, channel=row.channel, date=row.date, title=row.title,
        url=row.url, start=row.start, end=row.end,
    )  # fmt: skip


# --- events ---------------------------------------------------------------------------------------------------------


def _participant(role: str, who: str) -> ColumnElement[bool]:
    """Events with ``who`` in this role: a code (RUS matches every Russian actor, USAGOV that code, NGO the
    sector), an entity id, or a name (part of a stored entity's name, or the whole name of an actor no entity
    stands for). The participants' indexes find the events, so a rare actor is found without reading the rest."""
    p = t.event_participants
    if _CODE.match(who):
        matches = or_(p.c.code == who, p.c.country == who) if len(who) == 3 else p.c.code == who
    elif ":" in who and " " not in who:
        matches = p.c.entity_id == who
    else:
        named = select(t.entities.c.id).where(_name_like(t.entities.c.name_folded, who))
        matches = or_(p.c.entity_id.in_(named), p.c.name_folded == fold(who))
    return t.events.c.pk.in_(select(p.c.event_pk).where(matches, p.c.role == role))


def _prefix(column: Any, prefix: str) -> ColumnElement[bool]:
    """``column`` starts with ``prefix``, as a range an index can search ('19' <= code < '1:')."""
    return and_(column >= prefix, column < prefix[:-1] + chr(ord(prefix[-1]) + 1))


def events_query(
    *,
    actor: str | None = None,
    recipient: str | None = None,
    type: str | None = None,
    cameo: str | None = None,
    since: str | None = None,
    until: str | None = None,
    place: str | None = None,
    include_negated: bool = False,
) -> Select[Any]:
    e, a = t.events, t.articles
    query = select(e, a.c.id.label("article_id"), a.c.title, a.c.url).join(a, a.c.pk == e.c.article_pk)
    conditions = _dated(e.c.date, since, until)
    if not include_negated:
        conditions.append(e.c.negated.is_(False))
    if actor:
        conditions.append(_participant("actor", actor))
    if recipient:
        conditions.append(_participant("recipient", recipient))
    if type:
        conditions.append(e.c.type == type.upper())
    if cameo:
        if not cameo.isdigit() or len(cameo) > 4:
            raise DatelineError(Errors.E035, option="--cameo", value=cameo, detail="give a CAMEO code of 2 to 4 digits: 04, 042, 0421")
        conditions.append(_prefix(e.c.cameo, cameo))
    if place:
        conditions.append(_name_like(e.c.place_folded, place))
    return query.where(*conditions)


def find_events(
    connection: Connection, *, newest_first: bool = True, limit: int = 50, offset: int = 0, **filters: Any
) -> list[EventRow]:
    """Events, newest first, filtered as :func:`events_query` says; negated ones only if asked for."""
    check_page(limit, offset)
    order = t.events.c.date.desc() if newest_first else t.events.c.date.asc()
    query = events_query(**filters).order_by(order, t.events.c.pk).limit(limit).offset(offset)
    return [_event_row(row) for row in connection.execute(query)]


def _sides(record: dict[str, Any], side: str) -> list[str]:
    return [actor.get("name") or actor.get("text") or "" for actor in record.get(side) or ()]


def _event_row(row: Any) -> EventRow:
    record = row.record
    trigger = (record.get("trigger") or {}).get("text")
    return EventRow(
        article=row.article_id, event=row.id, collection_event=row.collection_event_id, date=row.date, place=row.place_name,
        actors=_sides(record, "actors"), type=row.type, mode=row.mode, cameo=row.cameo, recipients=_sides(record, "recipients"),
        trigger=trigger, negated=row.negated, hypothetical=row.hypothetical, confidence=row.confidence,
        quad_class=row.quad_class, goldstein=row.goldstein, title=row.title, url=row.url,
    )  # fmt: skip


# --- entities -------------------------------------------------------------------------------------------------------


def find_entities(
    connection: Connection, *, name: str | None = None, type: str | None = None, limit: int = 50, offset: int = 0
) -> list[EntityRow]:
    """Entities the stored articles name, most mentioned first, with their counts."""
    check_page(limit, offset)
    en, ae, p = t.entities, t.article_entities, t.event_participants
    # Correlated counts: the name filter narrows the entities first, and each count is one index search.
    articles = select(func.count(ae.c.article_pk.distinct())).where(ae.c.entity_id == en.c.id).scalar_subquery()
    mentions = select(func.coalesce(func.sum(ae.c.mentions), 0)).where(ae.c.entity_id == en.c.id).scalar_subquery()
    quotes = select(func.count()).where(t.quotes.c.speaker_entity == en.c.id).scalar_subquery()
    events = select(func.count(p.c.event_pk.distinct())).where(p.c.entity_id == en.c.id).scalar_subquery()
    counted = select(
        en, articles.label("articles"), mentions.label("mentions"), quotes.label("quotes"), events.label("events")
    ).where(exists().where(ae.c.entity_id == en.c.id))
    if name:
        counted = counted.where(_name_like(en.c.name_folded, name))
    if type:
        counted = counted.where(en.c.type == type.upper())
    listed = counted.subquery()
    query = select(listed).order_by(listed.c.mentions.desc(), listed.c.id).limit(limit).offset(offset)
    return [
        EntityRow(id=row.id, name=row.name, type=row.type, country=row.country, articles=row.articles,
                  mentions=int(row.mentions or 0), quotes=row.quotes, events=row.events)  # fmt: skip
        for row in connection.execute(query)
    ]


def entity_detail(connection: Connection, entity_id: str, *, limit: int = 200) -> EntityDetail | None:
    """One entity with its aliases, titles, articles, quotes and events; None if the store names no such entity."""
    row = connection.execute(select(t.entities).where(t.entities.c.id == entity_id)).first()
    if row is None:
        return None
    detail = EntityDetail(id=row.id, name=row.name, type=row.type, country=row.country)
    ae, a = t.article_entities, t.articles
    for found in connection.execute(
        select(ae.c.aliases, ae.c.titles, a.c.id, a.c.title, a.c.published, ae.c.mentions)
        .join(a, a.c.pk == ae.c.article_pk).where(ae.c.entity_id == entity_id).order_by(a.c.published, a.c.pk).limit(limit)
    ):  # fmt: skip
        detail.aliases.extend(alias for alias in found.aliases if alias not in detail.aliases and alias != row.name)
        detail.titles.extend(title for title in found.titles if title not in detail.titles)
        detail.articles.append({"id": found.id, "title": found.title, "published": found.published, "mentions": found.mentions})
    detail.quotes = find_quotes(connection, speaker=entity_id, limit=limit)
    detail.events_as_actor = find_events(connection, actor=entity_id, limit=limit)
    detail.events_as_recipient = find_events(connection, recipient=entity_id, limit=limit)
    return detail
