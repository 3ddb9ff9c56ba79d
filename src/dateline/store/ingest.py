"""``ingest``: pages through the pipeline into a store, idempotent, crash-safe, in one or several processes.

::

    summary = ingest(["pages/"], "dateline.db", workers=2)

Each page is stored in one transaction with the registry changes it made, so a run killed at any moment leaves
only whole pages, and the next run skips them by content hash before reading them again. One ingest writes to a
store at a time: a second waits for the first to finish (a lock the operating system, or PostgreSQL, lets go of
when its holder dies), then skips what the first stored. Pages are parsed in ``workers`` processes, each with its
own model, and written in input order by this one, which gives every entity the collection's id.
"""

from __future__ import annotations

import fcntl
import logging
import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from dateline.errors import DatelineError, Errors

if TYPE_CHECKING:
    from dateline.cluster import DaskEngine
from dateline.model import Failure, Page
from dateline.pipeline import Settings
from dateline.reading import read_inputs
from dateline.store.database import Store, database_url, open_store
from dateline.store.linking import link_page
from dateline.store.merging import merge_pending
from dateline.store.parsing import (
    ParsedPage,
    Parser,
    PendingItem,
    StagedPage,
    chunks,
    content_hash,
    in_input_order,
    parse_in_worker,
    source_key,
    start_worker,
    to_parse,
)
from dateline.store.registry import StoredRegistry
from dateline.store.staging import is_staged, left_staged, take_staged
from dateline.store.writer import stored_state, store_page

logger = logging.getLogger("dateline")

# Pages handed to a worker at once: enough for the model to batch, few enough to keep every worker busy.
PAGES_PER_TASK = 8
# PostgreSQL advisory lock key of the ingest writer ("dateline" in ASCII, folded into a bigint).
_PG_LOCK_KEY = 0x646174656C696E65 & 0x7FFFFFFFFFFFFFFF


@dataclass(slots=True)
class IngestSummary:
    """What an ingest did, counted; ``skipped`` lists the inputs that gave no page, or could not be stored."""

    inputs: int = 0
    stored: int = 0
    replaced: int = 0
    unchanged: int = 0
    duplicates: int = 0
    articles: int = 0
    quotes: int = 0
    events: int = 0
    entities_new: int = 0
    entities_linked: int = 0
    merged_keys: int = 0
    skipped: list[Failure] = field(default_factory=list)
    problems: int = 0

    @property
    def done(self) -> int:
        """Inputs dealt with so far: stored, found stored, or skipped."""
        return self.stored + self.replaced + self.unchanged + self.duplicates + len(self.skipped)


Progress = Callable[[IngestSummary], None]


def ingest(
    paths: Sequence[str],
    target: str | None = None,
    *,
    settings: Settings | None = None,
    stages: Sequence[str] | None = None,
    workers: int = 1,
    engine: DaskEngine | None = None,
    progress: Progress | None = None,
    waiting: Callable[[], None] | None = None,
) -> IngestSummary:
    """Run the pipeline over ``paths`` and store every page in the store at ``target`` (see the module).
    With ``engine`` the pages are parsed on its Dask cluster instead of in ``workers`` processes here."""
    if workers < 1:
        raise DatelineError(Errors.E035, option="--workers", value=str(workers), detail="give 1 or more")
    settings = settings or Settings()
    summary = IngestSummary()
    with open_store(target) as store, writer_lock(store, waiting):
        summary.merged_keys += merge_pending(store)  # what a killed run left queued
        with store.connect() as connection:
            registry = StoredRegistry.load(connection)
        pending = _pending_pages(store, paths, settings, summary, progress)
        if engine is not None:
            # Into PostgreSQL the workers write what they read themselves; SQLite has one writer, this process.
            stage_to = database_url(target) if store.dialect == "postgresql" else None
            parsed_pages = engine.parsed(pending, stages, settings, stage_to=stage_to)
        else:
            parsed_pages = _parsed(pending, stages, settings, workers)
        for parsed in parsed_pages:
            _store(store, registry, parsed, summary)
            if progress:
                progress(summary)
        with store.connect() as connection:
            leftovers = left_staged(connection)  # staged by a run that was stopped, from inputs not named this time
        for staged in leftovers:
            _store(store, registry, staged, summary)
        summary.merged_keys += merge_pending(store)
    return summary


def _pending_pages(
    store: Store, paths: Sequence[str], settings: Settings, summary: IngestSummary, progress: Progress | None
) -> Iterator[PendingItem]:
    """Inputs not stored yet, read; those stored already are counted and left unread past their bytes."""
    with store.connect() as connection:
        for item in read_inputs(list(paths), settings.max_bytes):
            summary.inputs += 1
            if isinstance(item, Failure):
                yield item
                continue
            digest = content_hash(item)
            key = source_key(item.path, digest)
            state = stored_state(connection, key, digest)
            staged = state is None and is_staged(connection, digest)
            connection.rollback()  # no read transaction held open while the writer commits
            if staged:  # read by a run that was stopped before storing it: stored without being read again
                yield StagedPage(key, digest)
                continue
            if state == "unchanged":
                summary.unchanged += 1
            elif state == "duplicate":
                summary.duplicates += 1
            else:
                yield key, digest, item
                continue
            if progress:
                progress(summary)


def _parsed(
    pending: Iterator[PendingItem], stages: Sequence[str] | None, settings: Settings, workers: int
) -> Iterator[ParsedPage | StagedPage | Failure]:
    """Parsed pages in input order: here, or in a pool of worker processes with a bounded number of tasks out."""
    if workers == 1:
        parser = Parser(stages, settings)
        for chunk in chunks(pending, PAGES_PER_TASK):
            yield from in_input_order(chunk, parser.parse(to_parse(chunk)))
        return
    context = multiprocessing.get_context("spawn" if os.environ.get("DATELINE_SPAWN") else "fork")
    with context.Pool(workers, initializer=start_worker, initargs=(stages, settings.to_dict())) as pool:
        out: deque[tuple[list[Any], Any]] = deque()
        for chunk in chunks(pending, PAGES_PER_TASK):
            out.append((chunk, pool.apply_async(parse_in_worker, (to_parse(chunk),))))
            while len(out) > 2 * workers:
                done_chunk, result = out.popleft()
                yield from in_input_order(done_chunk, result.get())
        while out:
            done_chunk, result = out.popleft()
            yield from in_input_order(done_chunk, result.get())


def _store(
    store: Store, registry: StoredRegistry, item: ParsedPage | StagedPage | Failure, summary: IngestSummary
) -> None:
    if isinstance(item, Failure):
        summary.skipped.append(item)
        return
    if isinstance(item, ParsedPage) and isinstance(item.result, Failure):
        summary.skipped.append(item.result)
        return
    try:
        with registry.transaction(), store.transaction() as connection:
            state = stored_state(connection, item.key, item.content_hash)
            parsed = take_staged(connection, item.content_hash) if isinstance(item, StagedPage) else item
            if state is not None:  # stored since it was read (by a run that held the lock before this one)
                raise _NothingToStore(state)
            if parsed is None or not isinstance(parsed.result, Page):
                raise _StageLost()
            page: Page = parsed.result
            resolved = link_page(page, parsed.calls, registry)
            new, linked = registry.save(connection, resolved)  # first: the page's rows point to its entities
            done = store_page(connection, page, key=parsed.key, content_hash=parsed.content_hash)
    except (_NothingToStore, _StageLost) as nothing:
        if isinstance(item, StagedPage):  # a staged copy of a stored page, or one unreadable, is of no more use
            with store.transaction() as connection:
                take_staged(connection, item.content_hash)
        if isinstance(nothing, _StageLost):
            detail = "its staged copy is of another version of dateline; it is read again next time"
            summary.skipped.append(Failure(code="E036", message=Errors.E036.format(path=item.key, detail=detail), path=item.key))
            return
        summary.unchanged += nothing.outcome == "unchanged"
        summary.duplicates += nothing.outcome == "duplicate"
        return
    except SQLAlchemyError as error:
        detail = str(getattr(error, "orig", error)).strip().splitlines()[0]
        summary.skipped.append(Failure(code="E036", message=Errors.E036.format(path=item.key, detail=detail), path=item.key))
        return
    if done.outcome == "replaced":
        summary.replaced += 1
    else:
        summary.stored += 1
    summary.articles += done.articles
    summary.quotes += done.quotes
    summary.events += done.events
    summary.problems += len(page.all_problems())
    summary.entities_new += new
    summary.entities_linked += linked


class _NothingToStore(Exception):
    """Roll back: the page turned out to be stored already (the registry's changes are undone with it)."""

    def __init__(self, outcome: str) -> None:
        super().__init__(outcome)
        self.outcome = outcome


class _StageLost(Exception):
    """Roll back: a staged page could not be read back (gone, or staged by another version of dateline)."""


@contextmanager
def writer_lock(store: Store, waiting: Callable[[], None] | None = None) -> Iterator[None]:
    """Be the store's one writer for the block; ``waiting`` is called once if another writer holds it first."""
    if store.dialect == "sqlite":
        path = Path(store.engine.url.database or "dateline.db")
        with open(f"{path}.lock", "a+") as handle:
            _flock(handle, waiting)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)
        return
    with store.engine.connect() as connection:
        if not connection.execute(text("SELECT pg_try_advisory_lock(:key)"), {"key": _PG_LOCK_KEY}).scalar():
            if waiting:
                waiting()
            connection.execute(text("SELECT pg_advisory_lock(:key)"), {"key": _PG_LOCK_KEY})
        connection.commit()
        try:
            yield
        finally:
            connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": _PG_LOCK_KEY})
            connection.commit()


def _flock(handle: IO[str], waiting: Callable[[], None] | None) -> None:
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        if waiting:
            waiting()
        fcntl.flock(handle, fcntl.LOCK_EX)
