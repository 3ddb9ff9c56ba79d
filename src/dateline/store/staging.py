"""Staged pages: a cluster's workers write what they read straight to PostgreSQL, and the writer links it there.

On a cluster the pages' records should not all flow back through the client: each worker writes the pages it
read to ``staged_pages`` itself, in one transaction per task, keyed by content hash (``INSERT … ON CONFLICT DO
NOTHING``), so a task retried after its worker died writes nothing twice. Only (source key, content hash) pairs
travel back. The writer — the reduce — then takes the staged pages in input order, gives their entities the
collection's ids (:mod:`dateline.store.linking`), stores them, and deletes each staged row in the transaction that
stored its page. A run interrupted as a whole leaves staged pages behind; the next one stores them without reading
them again.

A staged page is JSON: the page as its ``to_dict`` gives it, and the entities stage's calls with their page-local
resolutions, so nothing but plain data is ever read back from the database.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict
from typing import Any

from sqlalchemy import Connection, delete, select
from sqlalchemy.dialects import postgresql, sqlite

from dateline.entities.article import ArticleEntities, LocalEntity
from dateline.entities.mentions import Mention
from dateline.entities.registry import ResolvedEntity
from dateline.entities.titles import Role
from dateline.model import Page
from dateline.store import schema as t
from dateline.store.parsing import ParsedPage, ResolveCall, StagedPage

# The layout of ``parsed``: a staged page of another layout is read again from its input, never misread.
STAGED_FORMAT = 1


def stage_pages(connection: Connection, parsed: Sequence[ParsedPage], staged_at: str) -> None:
    """Write the pages of ``parsed`` (those that gave a page) to ``staged_pages``; one already there is kept."""
    rows = [
        {"content_hash": one.content_hash, "source_key": one.key, "parsed": staged_json(one), "staged_at": staged_at}
        for one in parsed
        if isinstance(one.result, Page)
    ]
    if not rows:
        return
    dialect = postgresql if connection.dialect.name == "postgresql" else sqlite
    connection.execute(dialect.insert(t.staged_pages).on_conflict_do_nothing(index_elements=["content_hash"]), rows)


def is_staged(connection: Connection, content_hash: str) -> bool:
    row = connection.execute(select(t.staged_pages.c.content_hash).where(t.staged_pages.c.content_hash == content_hash))
    return row.first() is not None


def take_staged(connection: Connection, content_hash: str) -> ParsedPage | None:
    """The staged page of ``content_hash``, deleted from the stage in the caller's transaction; None if there is
    none, or it was staged in another layout (it is deleted, and its input will be read again)."""
    row = connection.execute(select(t.staged_pages.c.parsed).where(t.staged_pages.c.content_hash == content_hash)).first()
    if row is None:
        return None
    connection.execute(delete(t.staged_pages).where(t.staged_pages.c.content_hash == content_hash))
    data = row.parsed
    if not isinstance(data, dict) or data.get("format") != STAGED_FORMAT:
        return None
    return parsed_from_json(data)


def left_staged(connection: Connection) -> list[StagedPage]:
    """Pages staged by a run that stopped before storing them, oldest first."""
    rows = connection.execute(
        select(t.staged_pages.c.source_key, t.staged_pages.c.content_hash).order_by(
            t.staged_pages.c.staged_at, t.staged_pages.c.source_key
        )
    )
    return [StagedPage(row.source_key, row.content_hash) for row in rows]


def staged_json(parsed: ParsedPage) -> dict[str, Any]:
    assert isinstance(parsed.result, Page)
    return {
        "format": STAGED_FORMAT,
        "key": parsed.key,
        "content_hash": parsed.content_hash,
        "page": parsed.result.to_dict(),
        "calls": [_call_json(call) for call in parsed.calls],
    }


def parsed_from_json(data: dict[str, Any]) -> ParsedPage:
    return ParsedPage(
        key=data["key"],
        content_hash=data["content_hash"],
        result=Page.from_dict(data["page"]),
        calls=[_call_from_json(call) for call in data["calls"]],
    )


def _call_json(call: ResolveCall) -> dict[str, Any]:
    resolved = []
    for article, entities in zip(call.articles, call.resolved):
        # A resolution points to its article's entity by position when it is that very entity, as it is when
        # the registry resolved it, so the two stay one object when read back.
        position = {id(entity): number for number, entity in enumerate(article.entities)}
        resolved.append([
            {"id": one.id, "name": one.name, "country": one.country,
             **({"local": position[id(one.local)]} if id(one.local) in position else {"entity": asdict(one.local)})}
            for one in entities
        ])  # fmt: skip
    return {
        "page": call.page,
        "articles": [
            {"entities": [asdict(entity) for entity in article.entities],
             "surname_candidates": [asdict(mention) for mention in article.surname_candidates]}
            for article in call.articles
        ],
        "resolved": resolved,
    }  # fmt: skip


def _call_from_json(data: dict[str, Any]) -> ResolveCall:
    articles = [
        ArticleEntities(
            [_local_entity(entity) for entity in article["entities"]],
            [Mention(**mention) for mention in article["surname_candidates"]],
        )
        for article in data["articles"]
    ]
    resolved = [
        [
            ResolvedEntity(
                article.entities[one["local"]] if "local" in one else _local_entity(one["entity"]),
                one["id"], one["name"], one["country"],
            )  # fmt: skip
            for one in entities
        ]
        for article, entities in zip(articles, data["resolved"])
    ]
    return ResolveCall(data["page"], articles, resolved)


def _local_entity(data: dict[str, Any]) -> LocalEntity:
    return LocalEntity(
        **{**data, "mentions": [Mention(**m) for m in data["mentions"]], "roles": [Role(**r) for r in data["roles"]]}
    )
