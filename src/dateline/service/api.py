"""The REST API under ``/api``: the store's query functions, with their filters as query parameters.

Lists come as ``{"items": [...], "limit", "offset", "next_offset"}`` (``next_offset`` is null on the last page),
or as CSV with ``format=csv``; ``sort=newest`` (the default) or ``oldest`` orders by date. Every response model is
one of the library's own records, so the OpenAPI schema at ``/openapi.json`` says exactly what is returned.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from typing import Annotated, Any, Generic, Literal, TypeVar

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response
from pydantic import BaseModel
from sqlalchemy import Connection
from starlette.concurrency import run_in_threadpool

from dateline.errors import Errors, InputError
from dateline.model import Page
from dateline.pipeline import Pipeline
from dateline.reader import decode_page
from dateline.service.app import ServiceError, connection
from dateline.store import entity_detail, find_entities, find_events, find_quotes, search
from dateline.store.overview import (
    ArticleRow,
    CountRow,
    PeriodCount,
    PlaceCount,
    Stats,
    StoredArticle,
    article_detail,
    collection_stats,
    event_places,
    event_timeline,
    find_articles,
    find_counts,
)
from dateline.store.queries import EntityDetail, EntityRow, EventRow, QuoteRow
from dateline.store.parsing import PageLocalResolver
from dateline.store.search import SearchHit
from dateline.tabular import to_csv

router = APIRouter(prefix="/api", tags=["api"])
T = TypeVar("T")
MAX_LIMIT = 1000

Db = Annotated[Connection, Depends(connection)]
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"At most this many items (1 to {MAX_LIMIT}).")]
Offset = Annotated[int, Query(ge=0, description="Skip this many items first.")]
Sort = Annotated[Literal["newest", "oldest"], Query(description="Order by date.")]
Format = Annotated[Literal["json", "csv"], Query(description="json (the default) or csv.")]
Since = Annotated[str | None, Query(description="On or after this ISO date: 2019, 2019-05, 2019-05-14.", max_length=10)]
Until = Annotated[str | None, Query(description="On or before this ISO date.", max_length=10)]
Text = Annotated[str | None, Query(max_length=200)]


class Listing(BaseModel, Generic[T]):
    """One page of a list."""

    items: list[T]
    limit: int
    offset: int
    next_offset: int | None


def _listed(rows: Sequence[Any], limit: int, offset: int, output: str) -> Any:
    if output == "csv":
        return Response(to_csv(rows), media_type="text/csv; charset=utf-8")
    more = len(rows) > limit
    return {"items": list(rows[:limit]), "limit": limit, "offset": offset, "next_offset": offset + limit if more else None}


def _page(fetch: Callable[[int], Sequence[Any]], limit: int, offset: int, output: str) -> Any:
    """Ask for one item more than shown, to know whether there is a next page."""
    return _listed(fetch(limit + 1), limit, offset, output)


@router.get("/stats", response_model=Stats, summary="The collection at a glance")
def stats(db: Db) -> Stats:
    return collection_stats(db)


@router.get("/articles", response_model=Listing[ArticleRow], summary="Stored articles")
def articles(
    db: Db, since: Since = None, until: Until = None, entity: Text = None, title: Text = None, sort: Sort = "newest",
    limit: Limit = 50, offset: Offset = 0, format: Format = "json",
) -> Any:  # fmt: skip
    return _page(lambda n: find_articles(db, since=since, until=until, entity=entity, title=title,
                                         newest_first=sort == "newest", limit=n, offset=offset), limit, offset, format)  # fmt: skip


@router.get("/articles/{article_id}", response_model=StoredArticle, summary="One article with every record and its offsets")
def article(db: Db, article_id: str) -> StoredArticle:
    found = article_detail(db, article_id)
    if found is None:
        raise ServiceError.of(404, Errors.E037, what="article", key=article_id)
    return found


@router.get("/entities", response_model=Listing[EntityRow], summary="Entities, most mentioned first")
def entities(
    db: Db, name: Text = None, type: Annotated[str | None, Query(max_length=10)] = None, limit: Limit = 50,
    offset: Offset = 0, format: Format = "json",
) -> Any:  # fmt: skip
    return _page(lambda n: find_entities(db, name=name, type=type, limit=n, offset=offset), limit, offset, format)


@router.get("/entities/{entity_id}", response_model=EntityDetail, summary="One entity: names, articles, quotes, events")
def entity(db: Db, entity_id: str) -> EntityDetail:
    found = entity_detail(db, entity_id)
    if found is None:
        raise ServiceError.of(404, Errors.E037, what="entity", key=entity_id)
    return found


@router.get("/quotes", response_model=Listing[QuoteRow], summary="Who said what")
def quotes(
    db: Db, speaker: Text = None, contains: Text = None, since: Since = None, until: Until = None, sort: Sort = "newest",
    limit: Limit = 50, offset: Offset = 0, format: Format = "json",
) -> Any:  # fmt: skip
    return _page(lambda n: find_quotes(db, speaker=speaker, contains=contains, since=since, until=until,
                                       newest_first=sort == "newest", limit=n, offset=offset), limit, offset, format)  # fmt: skip


def _event_filters(
    actor: Text = None, recipient: Text = None, type: Annotated[str | None, Query(max_length=12)] = None,
    cameo: Annotated[str | None, Query(max_length=4)] = None, since: Since = None, until: Until = None,
    place: Text = None, include_negated: bool = False,
) -> dict[str, Any]:  # fmt: skip
    return {"actor": actor, "recipient": recipient, "type": type, "cameo": cameo, "since": since, "until": until,
            "place": place, "include_negated": include_negated}  # fmt: skip


EventFilters = Annotated[dict[str, Any], Depends(_event_filters)]


@router.get("/events", response_model=Listing[EventRow], summary="Who did what to whom, when and where")
def events(db: Db, filters: EventFilters, sort: Sort = "newest", limit: Limit = 50, offset: Offset = 0, format: Format = "json") -> Any:
    return _page(lambda n: find_events(db, newest_first=sort == "newest", limit=n, offset=offset, **filters), limit, offset, format)


@router.get("/events/timeline", response_model=list[PeriodCount], summary="Events per month, by type or QuadClass")
def timeline(db: Db, filters: EventFilters, by: Literal["type", "quad_class"] = "type") -> list[PeriodCount]:
    return event_timeline(db, by=by, **filters)


@router.get("/events/places", response_model=list[PlaceCount], summary="Where events happened")
def places(db: Db, filters: EventFilters, limit: Limit = 500) -> list[PlaceCount]:
    return event_places(db, limit=limit, **filters)


@router.get("/search", response_model=Listing[SearchHit], summary="Full-text search over articles and quotes")
def search_text(
    db: Db, q: Annotated[str, Query(min_length=1, max_length=500)],
    kind: Annotated[Literal["article", "quote"] | None, Query(alias="in")] = None, limit: Limit = 20, offset: Offset = 0,
    format: Format = "json",
) -> Any:  # fmt: skip
    kinds = (kind,) if kind else ("article", "quote")
    return _page(lambda n: search(db, q, kinds=kinds, limit=n, offset=offset), limit, offset, format)  # type: ignore[arg-type]


@router.get("/counts", response_model=Listing[CountRow], summary="Counted groups: '800 to 1,200 political prisoners'")
def counts(
    db: Db, type: Annotated[str | None, Query(max_length=20)] = None, contains: Text = None, limit: Limit = 50,
    offset: Offset = 0, format: Format = "json",
) -> Any:  # fmt: skip
    return _page(lambda n: find_counts(db, type=type, contains=contains, limit=n, offset=offset), limit, offset, format)


@router.post("/extract", summary="Run the pipeline on one page (plain text or HTML in the body); nothing is stored")
async def extract_page(request: Request) -> Any:
    settings = request.app.state.settings
    if not settings.allow_extract:
        raise ServiceError.of(403, Errors.E040, feature="POST /api/extract", flag="--allow-extract")
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > settings.max_body:
        raise ServiceError.of(413, Errors.E038, size=declared, limit=settings.max_body)
    body = bytearray()
    async for chunk in request.stream():
        body.extend(chunk)
        if len(body) > settings.max_body:
            raise ServiceError.of(413, Errors.E038, size=f"more than {settings.max_body}", limit=settings.max_body)
    return await run_in_threadpool(_extract, bytes(body))


class _Extractor:
    """One pipeline for the requests, loaded on first use; a request at a time, each page with ids of its own."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.resolver: PageLocalResolver | None = None
        self.pipeline: Pipeline | None = None

    def __call__(self, body: bytes) -> dict[str, Any]:
        with self.lock:
            if self.pipeline is None:
                self.resolver = PageLocalResolver()
                self.pipeline = Pipeline(resources={"entities": self.resolver})
            try:
                result = next(iter(self.pipeline.run([decode_page(body, "<request>", max_bytes=len(body) + 1)])))
            except InputError as error:
                raise ServiceError(400, error.code, str(error)) from None
            finally:
                assert self.resolver is not None
                self.resolver.calls.clear()  # nothing of one request is kept for the next
            if not isinstance(result, Page):
                raise ServiceError(400, result.code, result.message)
            return result.to_dict()


_extract = _Extractor()
