"""The map side of an ingest: pages through the pipeline, anywhere, with no collection state.

Each page is read with entity ids of its own (a fresh registry per page), and what the entities stage was given
is kept beside it, so that the one writer can afterwards give every entity the collection's id, in input order
(:mod:`dateline.store.linking`). A page's records therefore never depend on which process read it, or with which
other pages: one worker or several give the same store.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from dateline.entities.article import ArticleEntities
from dateline.entities.registry import EntityRegistry, ResolvedEntity
from dateline.model import Failure, Page
from dateline.pipeline import Pipeline, Settings
from dateline.reader import RawPage


@dataclass(slots=True)
class ResolveCall:
    """One call the entities stage made: one page's articles (or one window of a long one) and the page-local ids."""

    page: int
    articles: list[ArticleEntities]
    resolved: list[list[ResolvedEntity]]


@dataclass(slots=True)
class ParsedPage:
    """One input after the pipeline: the page (or why there is none) and what its entities were resolved from."""

    key: str
    content_hash: str
    result: Page | Failure
    calls: list[ResolveCall] = field(default_factory=list)


class PageLocalResolver:
    """Gives each page ids of its own, and remembers every call for the writer."""

    def __init__(self) -> None:
        self.calls: list[ResolveCall] = []
        self._page: int | None = None
        self._registry = EntityRegistry()

    def resolve(self, articles: Sequence[ArticleEntities], *, page: int | None = None) -> list[list[ResolvedEntity]]:
        if page is None or page != self._page:
            self._page, self._registry = page, EntityRegistry()
        resolved = self._registry.resolve(articles)
        self.calls.append(ResolveCall(page or 0, list(articles), resolved))
        return resolved

    @contextmanager
    def transaction(self) -> Iterator[None]:
        mark = len(self.calls)
        with self._registry.transaction():
            try:
                yield
            except BaseException:
                del self.calls[mark:]  # a failed attempt is tried again: its calls would count twice
                raise

    def take(self, page: int) -> list[ResolveCall]:
        """The calls made for one page, in order, forgotten here."""
        mine = [call for call in self.calls if call.page == page]
        self.calls = [call for call in self.calls if call.page != page]
        return mine


@dataclass(frozen=True, slots=True)
class StagedPage:
    """A page a worker read and wrote to the store's stage (:mod:`dateline.store.staging`): all that the client is
    sent back, and what the writer stores in its turn."""

    key: str
    content_hash: str


# What the map is given: an input read (source key, content hash, raw page), one staged already, or why it could
# not be read. Only the first kind is parsed; the others pass through in their places.
PendingItem = tuple[str, str, RawPage] | StagedPage | Failure
RawItem = tuple[str, str, RawPage]


def to_parse(chunk: Sequence[PendingItem]) -> list[RawItem]:
    """The items of a chunk that are pages to read."""
    return [item for item in chunk if isinstance(item, tuple)]


def chunks(pending: Iterator[PendingItem], size: int) -> Iterator[list[PendingItem]]:
    """The inputs in runs holding ``size`` pages each (failures ride along where they stand): one task each."""
    chunk: list[PendingItem] = []
    pages = 0
    for item in pending:
        chunk.append(item)
        pages += isinstance(item, tuple)
        if pages >= size:
            yield chunk
            chunk, pages = [], 0
    if chunk:
        yield chunk


def in_input_order(
    chunk: Sequence[PendingItem], parsed: Sequence[ParsedPage | StagedPage | Failure]
) -> Iterator[ParsedPage | StagedPage | Failure]:
    """A chunk's items again, each page replaced by what parsing it gave, the others where they stood."""
    results = iter(parsed)
    for item in chunk:
        yield next(results) if isinstance(item, tuple) else item


def content_hash(raw: RawPage) -> str:
    """What makes two inputs the same page: their decoded text and how it is read."""
    return hashlib.sha256(f"{raw.format}\0{raw.text}".encode("utf-8", "surrogatepass")).hexdigest()


def source_key(path: str, content: str) -> str:
    """Where a page came from, as the store knows it: its absolute path, a URL as it is (an archive's record as
    ``archive#record``), standard input by its content."""
    if path == "-":
        return f"stdin:{content[:16]}"
    if "://" in path.split("#", 1)[0]:
        return path
    return os.path.abspath(path)


class Parser:
    """A pipeline that reads pages for the store: ``parse`` gives each with its resolve calls."""

    def __init__(self, stages: Sequence[str] | None, settings: Settings) -> None:
        self.resolver = PageLocalResolver()
        self.pipeline = Pipeline(stages, settings, resources={"entities": self.resolver})

    def parse(self, raws: Sequence[tuple[str, str, RawPage]]) -> list[ParsedPage]:
        """Pages from (source key, content hash, raw page) triples, in order."""
        parsed = []
        # The pipeline numbers the pages it meets from 1; a failure is not one of them.
        number = self.pipeline.pages_seen
        for (key, digest, _), result in zip(raws, self.pipeline.run(raw for _, _, raw in raws)):
            calls: list[ResolveCall] = []
            if isinstance(result, Page):
                number += 1
                calls = self.resolver.take(number)
            parsed.append(ParsedPage(key, digest, result, calls))
        return parsed


# One parser per worker process, built once by the pool's initializer: the model loads once per worker.
_WORKER_PARSER: Parser | None = None


def start_worker(stages: Sequence[str] | None, settings: dict[str, Any]) -> None:
    global _WORKER_PARSER
    _WORKER_PARSER = Parser(stages, Settings.from_dict(settings))


def parse_in_worker(raws: list[tuple[str, str, RawPage]]) -> list[ParsedPage]:
    assert _WORKER_PARSER is not None, "start_worker runs first"
    return _WORKER_PARSER.parse(raws)
