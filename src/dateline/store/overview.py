"""A collection at a glance, and its articles: listing, one article whole, counts, a timeline and a map of events.

Like :mod:`dateline.store.queries`, every filter is a bound parameter; the web service and the CLI call these.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, func, select

from dateline.model import Article, Problem
from dateline.records import Count
from dateline.store import schema as t
from dateline.store.queries import _dated, _name_like, check_page, events_query


_MONTH = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


@dataclass(slots=True, kw_only=True)
class ArticleRow:
    """An article as a list gives it."""

    id: str
    title: str | None
    published: str | None
    dateline: str | None
    agency: str | None
    url: str | None
    source: str
    quotes: int
    events: int


@dataclass(slots=True, kw_only=True)
class StoredArticle:
    """One article as stored: the whole record, where it was read from, and the problems of its page."""

    article: Article
    source: str
    url: str | None
    fetched_at: str | None
    page_problems: list[Problem] = field(default_factory=list)


@dataclass(slots=True, kw_only=True)
class CountRow:
    """A counted group the text reports, with its article."""

    article: str
    title: str | None
    published: str | None
    count: Count


@dataclass(slots=True, kw_only=True)
class Stats:
    """The collection at a glance."""

    pages: int
    articles: int
    entities: int
    quotes: int
    events: int
    collection_events: int
    first_published: str | None
    last_published: str | None
    event_types: dict[str, int]
    top_speakers: list[dict[str, Any]]


@dataclass(frozen=True, slots=True)
class PeriodCount:
    """How many events of one series (a PLOVER type, or a QuadClass) fell in one month."""

    period: str
    series: str
    count: int


@dataclass(frozen=True, slots=True)
class PlaceCount:
    """How many events happened at one place."""

    name: str
    country: str | None
    lat: float
    lon: float
    count: int


def find_articles(
    connection: Connection,
    *,
    since: str | None = None,
    until: str | None = None,
    entity: str | None = None,
    title: str | None = None,
    newest_first: bool = True,
    limit: int = 50,
    offset: int = 0,
) -> list[ArticleRow]:
    """Stored articles by publication, with their quote and event counts; ``entity`` keeps those naming it."""
    check_page(limit, offset)
    a = t.articles
    quotes = select(func.count()).where(t.quotes.c.article_pk == a.c.pk).scalar_subquery()
    events = select(func.count()).where(t.events.c.article_pk == a.c.pk, t.events.c.negated.is_(False)).scalar_subquery()
    query = (
        select(a.c.id, a.c.title, a.c.published, a.c.dateline, a.c.agency, a.c.url, t.sources.c.key,
               quotes.label("quotes"), events.label("events"))  # fmt: skip
        .join(t.pages, t.pages.c.pk == a.c.page_pk)
        .join(t.sources, t.sources.c.pk == t.pages.c.source_pk)
        .where(*_dated(a.c.published, since, until))
    )
    if entity:
        query = query.where(a.c.pk.in_(select(t.article_entities.c.article_pk).where(t.article_entities.c.entity_id == entity)))
    if title:
        query = query.where(func.lower(a.c.title).contains(title.lower(), autoescape=True))
    order = a.c.published.desc() if newest_first else a.c.published.asc()
    query = query.order_by(order, a.c.pk).limit(limit).offset(offset)
    return [
        ArticleRow(id=row.id, title=row.title, published=row.published, dateline=row.dateline, agency=row.agency,
                   url=row.url, source=row.key, quotes=row.quotes, events=row.events)  # fmt: skip
        for row in connection.execute(query)
    ]


def article_detail(connection: Connection, article_id: str) -> StoredArticle | None:
    """One stored article whole (the first stored, if two pages hold the same article); None if none."""
    row = connection.execute(
        select(t.articles.c.record, t.sources.c.key, t.sources.c.url, t.pages.c.fetched_at, t.pages.c.problems)
        .join(t.pages, t.pages.c.pk == t.articles.c.page_pk)
        .join(t.sources, t.sources.c.pk == t.pages.c.source_pk)
        .where(t.articles.c.id == article_id)
        .order_by(t.articles.c.pk)
        .limit(1)
    ).first()
    if row is None:
        return None
    article = Article.from_dict(row.record)
    problems = [Problem.from_dict(problem) for problem in row.problems or ()]
    return StoredArticle(article=article, source=row.key, url=row.url or article.url, fetched_at=row.fetched_at, page_problems=problems)


def find_counts(
    connection: Connection, *, type: str | None = None, contains: str | None = None, limit: int = 50, offset: int = 0
) -> list[CountRow]:
    """Counted groups ("800 to 1,200 political prisoners"), largest first."""
    check_page(limit, offset)
    c, a = t.counts, t.articles
    query = select(c, a.c.id.label("article_id"), a.c.title, a.c.published).join(a, a.c.pk == c.c.article_pk)
    if type:
        query = query.where(c.c.type == type.upper())
    if contains:
        query = query.where(func.lower(c.c.text).contains(contains.lower(), autoescape=True))
    query = query.order_by(func.coalesce(c.c.max, c.c.min).desc(), c.c.pk).limit(limit).offset(offset)
    return [
        CountRow(article=row.article_id, title=row.title, published=row.published,
                 count=Count(text=row.text, start=row.start, end=row.end, min=row.min, max=row.max,
                             approximate=row.approximate, object=row.object, type=row.type))  # fmt: skip
        for row in connection.execute(query)
    ]


def collection_stats(connection: Connection) -> Stats:
    def count(table: Any, *where: Any) -> int:
        return int(connection.execute(select(func.count()).select_from(table).where(*where)).scalar_one())

    published = connection.execute(select(func.min(t.articles.c.published), func.max(t.articles.c.published))).one()
    types = connection.execute(
        select(t.events.c.type, func.count()).where(t.events.c.negated.is_(False)).group_by(t.events.c.type).order_by(func.count().desc())
    ).all()
    speakers = connection.execute(
        select(t.quotes.c.speaker_entity, func.max(t.quotes.c.speaker_name), func.count())
        .where(t.quotes.c.speaker_entity.is_not(None))
        .group_by(t.quotes.c.speaker_entity)
        .order_by(func.count().desc(), t.quotes.c.speaker_entity)
        .limit(10)
    ).all()
    return Stats(
        pages=count(t.pages), articles=count(t.articles), entities=count(t.entities), quotes=count(t.quotes),
        events=count(t.events, t.events.c.negated.is_(False)), collection_events=count(t.collection_events),
        first_published=published[0], last_published=published[1],
        event_types={kind: n for kind, n in types},
        top_speakers=[{"entity": entity, "name": name, "quotes": n} for entity, name, n in speakers],
    )  # fmt: skip


def event_timeline(connection: Connection, *, by: str = "type", **filters: Any) -> list[PeriodCount]:
    """Events per month (their own date's first seven characters), by PLOVER ``type`` or ``quad_class``."""
    query = events_query(**filters).subquery()
    period = func.substr(query.c.date, 1, 7)
    series = query.c.type if by == "type" else query.c.quad_class
    rows = connection.execute(
        select(period, series, func.count()).where(query.c.date.is_not(None), func.length(query.c.date) >= 7)
        .group_by(period, series).order_by(period, series)
    ).all()  # fmt: skip
    # Only months: a season ("2019-SU") or a week ("2019-W46") is not one, and is left out of a monthly timeline.
    return [PeriodCount(str(p), str(s), int(n)) for p, s, n in rows if s is not None and _MONTH.match(str(p))]


def event_places(connection: Connection, *, limit: int = 500, **filters: Any) -> list[PlaceCount]:
    """Where events happened: one point per place the places stage located, with its count."""
    query = events_query(**filters).subquery()
    rows = connection.execute(
        select(query.c.place_name, func.max(query.c.place_country), func.avg(query.c.place_lat), func.avg(query.c.place_lon), func.count())
        .where(query.c.place_lat.is_not(None), query.c.place_lon.is_not(None))
        .group_by(query.c.place_name)
        .order_by(func.count().desc(), query.c.place_name)
        .limit(limit)
    ).all()  # fmt: skip
    return [PlaceCount(name, country, float(lat), float(lon), int(n)) for name, country, lat, lon, n in rows if name]


def entity_names(connection: Connection, name: str, *, limit: int = 10) -> list[tuple[str, str]]:
    """(id, name) of entities whose name holds ``name``: for a search form's entity filter."""
    query = select(t.entities.c.id, t.entities.c.name).where(_name_like(t.entities.c.name_folded, name)).order_by(t.entities.c.name).limit(limit)
    return [(row.id, row.name) for row in connection.execute(query)]


def articles_matching(
    connection: Connection,
    article_ids: list[str],
    *,
    since: str | None = None,
    until: str | None = None,
    entity: str | None = None,
    event_type: str | None = None,
    country: str | None = None,
) -> set[str]:
    """Which of these articles pass the filters: published in the range, naming the entity, telling an event of
    the type, placing something in the country (ISO3): a search's results narrowed down."""
    a = t.articles
    query = select(a.c.id).where(a.c.id.in_(article_ids), *_dated(a.c.published, since, until))
    if entity:
        query = query.where(a.c.pk.in_(select(t.article_entities.c.article_pk).where(t.article_entities.c.entity_id == entity)))
    if event_type:
        query = query.where(a.c.pk.in_(select(t.events.c.article_pk).where(t.events.c.type == event_type.upper(), t.events.c.negated.is_(False))))
    if country:
        code = country.upper()
        query = query.where(
            a.c.pk.in_(select(t.places.c.article_pk).where(t.places.c.country == code))
            | a.c.pk.in_(select(t.article_entities.c.article_pk).where(t.article_entities.c.country == code))
        )
    return set(connection.execute(query).scalars())


def cooccurring(connection: Connection, entity_id: str, *, limit: int = 15) -> list[tuple[str, str, int]]:
    """(id, name, articles) of the entities named most often in the same articles as this one."""
    ae = t.article_entities
    mine = select(ae.c.article_pk).where(ae.c.entity_id == entity_id)
    rows = connection.execute(
        select(ae.c.entity_id, t.entities.c.name, func.count(ae.c.article_pk.distinct()).label("together"))
        .join(t.entities, t.entities.c.id == ae.c.entity_id)
        .where(ae.c.article_pk.in_(mine), ae.c.entity_id != entity_id)
        .group_by(ae.c.entity_id, t.entities.c.name)
        .order_by(func.count(ae.c.article_pk.distinct()).desc(), ae.c.entity_id)
        .limit(limit)
    ).all()
    return [(row.entity_id, row.name, int(row.together)) for row in rows]


def quotes_about(connection: Connection, entity_id: str, *, limit: int = 100) -> list[dict[str, Any]]:
    """Quotes addressed to the entity or naming it inside their words (said by someone else)."""
    q, m, a = t.quotes, t.entity_mentions, t.articles
    inside = select(m.c.article_pk).where(
        m.c.entity_id == entity_id, m.c.article_pk == q.c.article_pk, m.c.start >= q.c.start, m.c.end <= q.c.end
    ).exists()
    rows = connection.execute(
        select(q.c.id, q.c.text, q.c.speaker_name, q.c.speaker_entity, q.c.date, a.c.id.label("article"))
        .join(a, a.c.pk == q.c.article_pk)
        .where((q.c.addressee_entity == entity_id) | inside, (q.c.speaker_entity != entity_id) | q.c.speaker_entity.is_(None))
        .order_by(q.c.date.desc(), q.c.pk)
        .limit(limit)
    ).all()
    return [dict(row._mapping) for row in rows]
