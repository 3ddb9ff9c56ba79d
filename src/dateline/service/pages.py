"""The browser UI: server-rendered pages (Jinja2, autoescaped) over the same library functions as the API.

Every page reads without JavaScript; the one script the service sends (``static/app.js``) only adds conveniences.
Text from the store is never marked safe: the templates escape it, and the article's highlighted text is built by
:mod:`dateline.service.highlight`, which escapes it too.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, Response
from fastapi.templating import Jinja2Templates
from sqlalchemy import Connection

from dateline import __version__
from dateline.errors import DatelineError, Errors
from dateline.service.app import HERE, ServiceError, connection
from dateline.service.graphics import MapPoint, TimelineBucket, series_slug, timeline_svg, world_map_svg
from dateline.service.highlight import entity_href, paragraphs_html
from dateline.store import entity_detail, find_events, find_quotes, search
from dateline.store.overview import (
    article_detail,
    articles_matching,
    collection_stats,
    cooccurring,
    entity_names,
    event_places,
    event_timeline,
    find_articles,
    quotes_about,
)

router = APIRouter(include_in_schema=False)
templates = Jinja2Templates(directory=HERE / "templates")
templates.env.globals.update(version=__version__, entity_href=entity_href, series_slug=series_slug)
PER_PAGE = 50

Db = Annotated[Connection, Depends(connection)]
Field = Annotated[str | None, Query(max_length=200)]
Day = Annotated[str | None, Query(max_length=10)]


def _blank(value: str | None) -> str | None:
    """A form's empty field means no filter."""
    return value.strip() or None if value else None


def page(request: Request, template: str, status: int = 200, **context: Any) -> HTMLResponse:
    return templates.TemplateResponse(request, template, context, status_code=status)


def render_error(request: Request, status: int, code: str, message: str) -> Response:
    return page(request, "error.html", status=status, status_code=status, code=code, message=message)


def _query(**values: Any) -> str:
    return urlencode({key: value for key, value in values.items() if value not in (None, "", False)})


@router.get("/", response_class=HTMLResponse)
def home(request: Request, db: Db) -> HTMLResponse:
    return page(request, "home.html", stats=collection_stats(db), recent=find_articles(db, limit=15))


@router.get("/search", response_class=HTMLResponse)
def search_page(
    request: Request, db: Db, q: Field = None, since: Day = None, until: Day = None, entity: Field = None,
    type: Annotated[str | None, Query(max_length=12)] = None, country: Annotated[str | None, Query(max_length=3)] = None,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> HTMLResponse:  # fmt: skip
    q, since, until, entity, type, country = (_blank(v) for v in (q, since, until, entity, type, country))
    if entity and ":" not in entity:  # a name: the first entity of that name
        named = entity_names(db, entity, limit=1)
        entity = named[0][0] if named else entity
    filters = {"since": since, "until": until, "entity": entity, "event_type": type, "country": country}
    hits: list[Any] = []
    articles: list[Any] = []
    error = None
    try:
        if q:
            found = search(db, q, limit=500)
            narrowed = any(filters.values())
            keep = articles_matching(db, list({hit.article for hit in found}), **filters) if narrowed else None
            hits = [hit for hit in found if keep is None or hit.article in keep][offset : offset + PER_PAGE]
        else:
            articles = find_articles(db, since=since, until=until, entity=entity, limit=PER_PAGE, offset=offset)
            if type or country:
                keep = articles_matching(db, [row.id for row in articles], **filters)
                articles = [row for row in articles if row.id in keep]
    except DatelineError as problem:
        error = str(problem)
    more = _query(q=q, since=since, until=until, entity=entity, type=type, country=country, offset=offset + PER_PAGE)
    return page(request, "search.html", q=q or "", since=since or "", until=until or "", entity=entity or "",
                type=type or "", country=country or "", hits=hits, articles=articles, error=error,
                more=more if len(hits or articles) >= PER_PAGE else None)  # fmt: skip


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article_page(request: Request, db: Db, article_id: str) -> HTMLResponse:
    stored = article_detail(db, article_id)
    if stored is None:
        raise ServiceError.of(404, Errors.E037, what="article", key=article_id)
    article = stored.article
    entities = {entity.id: entity for entity in article.entities or ()}
    return page(request, "article.html", stored=stored, article=article, entities=entities,
                paragraphs=list(zip(article.paragraphs, paragraphs_html(article))))  # fmt: skip


@router.get("/entities/{entity_id}", response_class=HTMLResponse)
def entity_page(request: Request, db: Db, entity_id: str) -> HTMLResponse:
    detail = entity_detail(db, entity_id)
    if detail is None:
        raise ServiceError.of(404, Errors.E037, what="entity", key=entity_id)
    return page(request, "entity.html", entity=detail, about=quotes_about(db, entity_id), together=cooccurring(db, entity_id))


@router.get("/events", response_class=HTMLResponse)
def events_page(
    request: Request, db: Db, actor: Field = None, recipient: Field = None,
    type: Annotated[str | None, Query(max_length=12)] = None, since: Day = None, until: Day = None, place: Field = None,
    by: Literal["type", "quad_class"] = "type", offset: Annotated[int, Query(ge=0)] = 0,
) -> HTMLResponse:  # fmt: skip
    actor, recipient, type, since, until, place = (_blank(v) for v in (actor, recipient, type, since, until, place))
    filters: dict[str, Any] = {"actor": actor, "recipient": recipient, "type": type, "since": since, "until": until, "place": place}
    error = None
    try:
        rows = find_events(db, limit=PER_PAGE, offset=offset, **filters)
        periods = event_timeline(db, by=by, **filters)
        located = event_places(db, **filters)
    except DatelineError as problem:
        error, rows, periods, located = str(problem), [], [], []
    names = {"1": "1 verbal cooperation", "2": "2 material cooperation", "3": "3 verbal conflict", "4": "4 material conflict"}
    buckets = [TimelineBucket(p.period, names.get(p.series, p.series) if by == "quad_class" else p.series, p.count) for p in periods]
    points = [MapPoint(p.name, p.lat, p.lon, p.count, href="/events?" + _query(place=p.name, type=type, actor=actor)) for p in located]
    more = _query(offset=offset + PER_PAGE, by=by, **filters)
    return page(request, "events.html", rows=rows, timeline=timeline_svg(buckets), world=world_map_svg(points), by=by,
                error=error, more=more if len(rows) >= PER_PAGE else None,
                form={key: value or "" for key, value in filters.items()})  # fmt: skip


@router.get("/quotes", response_class=HTMLResponse)
def quotes_page(
    request: Request, db: Db, speaker: Field = None, contains: Field = None, since: Day = None, until: Day = None,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> HTMLResponse:  # fmt: skip
    speaker, contains, since, until = (_blank(v) for v in (speaker, contains, since, until))
    error = None
    try:
        rows = find_quotes(db, speaker=speaker, contains=contains, since=since, until=until, limit=PER_PAGE, offset=offset)
    except DatelineError as problem:
        error, rows = str(problem), []
    more = _query(speaker=speaker, contains=contains, since=since, until=until, offset=offset + PER_PAGE)
    return page(request, "quotes.html", rows=rows, error=error, more=more if len(rows) >= PER_PAGE else None,
                form={"speaker": speaker or "", "contains": contains or "", "since": since or "", "until": until or ""})  # fmt: skip


@router.get("/docs", response_class=HTMLResponse)
def api_docs(request: Request) -> HTMLResponse:
    """The interactive API documentation, from the service's own copy of Swagger UI."""
    return page(request, "docs.html")
