"""The pipeline on a Dask cluster: the same stages, the same outputs, pages spread over workers.

::

    with dask_client(cluster="local:2") as client:       # or scheduler="tcp://10.0.0.5:8786"
        ingest(["archive/"], "postgresql://…", engine=DaskEngine(client))

Each worker loads the language model and the gazetteer once, through a worker plugin, and parses chunks of pages
with ids of their own (:mod:`dateline.store.parsing`). Into PostgreSQL, the workers write the pages they read to
the store themselves (:mod:`dateline.store.staging`, upserts keyed by content hash) and send back only their
keys; into SQLite, the pages come back to the client, the store's one writer. Either way the client then does,
in input order, what needs the whole collection — one entity id per person, duplicate events merged — as the
single writer does on one machine, so a cluster and one machine store the same ids and the same merged events.

Faults: a task whose worker dies is retried elsewhere by the scheduler (a retried task stages nothing twice, and
storing is idempotent by content hash, so nothing is lost or stored twice). A chunk that keeps
killing workers is split into its pages, and a page that still kills its worker after the scheduler's allowed
failures is quarantined: reported with E041 and skipped, never retried forever.
"""

from __future__ import annotations

import logging
import re
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from distributed.diagnostics.plugin import WorkerPlugin

from dateline.errors import DatelineError, Errors
from dateline.model import Failure, Page, stream_record
from dateline.pipeline import Settings
from dateline.store.parsing import (
    ParsedPage,
    Parser,
    PendingItem,
    RawItem,
    StagedPage,
    chunks,
    in_input_order,
    to_parse,
)

logger = logging.getLogger("dateline")

_LOCAL = re.compile(r"^local:(\d{1,3})$")
# How often the scheduler may lose a worker on one task before giving up on it (Dask's allowed-failures).
ALLOWED_FAILURES = 1
# Chunks in flight per worker: enough to keep each busy while the client stores, few enough to bound memory.
CHUNKS_PER_WORKER = 3


@contextmanager
def dask_client(scheduler: str | None = None, cluster: str | None = None) -> Iterator[Any]:
    """A Dask client: to the scheduler at ``scheduler``, or to a new ``LocalCluster`` of N worker processes for
    ``cluster="local:N"``; E035 if neither names one."""
    import dask
    from distributed import Client, LocalCluster

    if scheduler:
        with Client(scheduler, timeout=30) as client:
            yield client
        return
    match = _LOCAL.match(cluster or "")
    if not match or not 1 <= int(match.group(1)) <= 256:
        raise DatelineError(Errors.E035, option="--cluster", value=cluster or "", detail="give local:N, N worker processes (1 to 256)")
    with dask.config.set({"distributed.scheduler.allowed-failures": ALLOWED_FAILURES}):
        with LocalCluster(n_workers=int(match.group(1)), threads_per_worker=1, processes=True, host="127.0.0.1",
                          dashboard_address=":0", silence_logs=logging.ERROR) as local, Client(local) as client:  # fmt: skip
            yield client


def dashboard_link(client: Any) -> str | None:
    try:
        return str(client.dashboard_link) if client.dashboard_link else None
    except (AttributeError, KeyError):
        return None


class ParserPlugin(WorkerPlugin):
    """Gives each worker one :class:`Parser` (one model, one gazetteer) for every task it runs, and, when the pages
    are staged (PostgreSQL), its own connection to the store."""

    name = "dateline-parser"

    def __init__(self, stages: Sequence[str] | None, settings: dict[str, Any], stage_to: str | None = None) -> None:
        self.stages = list(stages) if stages is not None else None
        self.settings = settings
        self.stage_to = stage_to

    def setup(self, worker: Any) -> None:
        from dateline.store.database import open_store

        worker.dateline_parser = Parser(self.stages, Settings.from_dict(self.settings))
        worker.dateline_stage = open_store(self.stage_to) if self.stage_to else None

    def teardown(self, worker: Any) -> None:
        stage = getattr(worker, "dateline_stage", None)
        if stage is not None:
            stage.close()
        worker.dateline_parser = worker.dateline_stage = None


def parse_task(raws: list[RawItem]) -> list[ParsedPage]:
    """One chunk of pages, parsed on the worker that runs it."""
    from distributed import get_worker

    worker: Any = get_worker()
    parser: Parser = worker.dateline_parser  # set by ParserPlugin.setup
    return parser.parse(raws)


def chunk_task(task: Callable[[list[RawItem]], list[ParsedPage]], raws: list[RawItem]) -> list[ParsedPage | StagedPage]:
    """``task`` on one chunk; where the worker stages, its pages are written to the store here, in one transaction,
    and only their keys go back to the client."""
    from distributed import get_worker

    from dateline.store.staging import stage_pages
    from dateline.store.writer import now_iso

    parsed = task(raws)
    stage = getattr(get_worker(), "dateline_stage", None)
    if stage is None:
        return list(parsed)
    with stage.transaction() as connection:
        stage_pages(connection, parsed, now_iso())
    return [StagedPage(one.key, one.content_hash) if isinstance(one.result, Page) else one for one in parsed]


@dataclass(slots=True)
class DaskEngine:
    """Where ``ingest`` (and ``extract``) send pages to be parsed: a connected Dask client.

    ``task`` is what runs on the workers (the tests give one that fails on purpose)."""

    client: Any
    task: Callable[[list[RawItem]], list[ParsedPage]] = parse_task
    pages_per_task: int = 8

    def workers(self) -> int:
        return max(1, len(self.client.scheduler_info().get("workers", {})))

    def parsed(
        self, pending: Iterator[PendingItem], stages: Sequence[str] | None, settings: Settings, stage_to: str | None = None
    ) -> Iterator[ParsedPage | StagedPage | Failure]:
        """Parsed pages (and the other items) in input order, with a bounded number of chunks out at once. With
        ``stage_to`` (a PostgreSQL store) the workers write each page to that store's stage themselves, and what
        comes back for it is a :class:`StagedPage`."""
        self.client.register_plugin(ParserPlugin(stages, settings.to_dict(), stage_to), name=ParserPlugin.name)
        out: deque[tuple[list[PendingItem], Any]] = deque()
        limit = CHUNKS_PER_WORKER * self.workers()
        for number, chunk in enumerate(chunks(pending, self.pages_per_task)):
            pages = to_parse(chunk)
            future = self.client.submit(chunk_task, self.task, pages, key=f"dateline-parse-{number}-{id(chunk)}",
                                        pure=False, retries=0) if pages else None  # fmt: skip
            out.append((chunk, future))
            while len(out) > limit:
                yield from self._collect(*out.popleft())
        while out:
            yield from self._collect(*out.popleft())

    def _collect(self, chunk: list[PendingItem], future: Any) -> Iterator[ParsedPage | StagedPage | Failure]:
        results: list[ParsedPage | StagedPage | Failure]
        try:
            results = list(future.result()) if future is not None else []
        except Exception as error:  # noqa: BLE001 - a chunk that kept failing: try its pages one by one
            logger.debug("dateline: chunk failed (%s); parsing its pages one by one", error)
            results = [self._alone(page) for page in to_parse(chunk)]
        yield from in_input_order(chunk, results)

    def _alone(self, page: RawItem) -> ParsedPage | StagedPage | Failure:
        try:
            return list(self.client.submit(chunk_task, self.task, [page], pure=False).result())[0]
        except Exception as error:  # noqa: BLE001 - the page itself: quarantined, reported, not retried again
            path = page[2].path
            message = Errors.E041.format(path=path, detail=f"{type(error).__name__}: {error}"[:300])
            return Failure(code="E041", message=message, path=path)


def extract_partitions(
    paths: Sequence[str], directory: str | Path, engine: DaskEngine, *, stages: Sequence[str] | None = None,
    settings: Settings | None = None, output_format: str = "jsonl",
) -> tuple[int, list[Failure]]:  # fmt: skip
    """``extract`` on a cluster: the pages of ``paths`` as partition files in ``directory`` (``part-00000.jsonl``
    or ``.parquet``, one per task's pages, in input order), each written whole under a temporary name and renamed;
    entity ids are the collection's, given in input order here. The pages written, and the inputs that gave none."""
    from dateline.entities.registry import EntityRegistry
    from dateline.reading import read_inputs
    from dateline.store.linking import link_page

    settings = settings or Settings()
    folder = Path(directory)
    folder.mkdir(parents=True, exist_ok=True)
    registry = EntityRegistry()
    pending: Iterator[PendingItem] = (
        item if isinstance(item, Failure) else (item.path, "", item) for item in read_inputs(list(paths), settings.max_bytes)
    )
    written, number = 0, 0
    failures: list[Failure] = []
    part: list[Page | Failure] = []
    for parsed in engine.parsed(pending, stages, settings):
        if isinstance(parsed, StagedPage):  # nothing is staged without a store
            continue
        result = parsed if isinstance(parsed, Failure) else parsed.result
        if isinstance(result, Page) and isinstance(parsed, ParsedPage):
            with registry.transaction():
                link_page(result, parsed.calls, registry)
            written += 1
        elif isinstance(result, Failure):
            failures.append(result)
        part.append(result)
        if len(part) >= engine.pages_per_task:
            _write_partition(folder, number, part, output_format)
            number, part = number + 1, []
    if part:
        _write_partition(folder, number, part, output_format)
    return written, failures


def _write_partition(folder: Path, number: int, results: list[Page | Failure], output_format: str) -> None:
    import json

    from dateline.store.export import atomic_file

    final = folder / f"part-{number:05d}.{output_format}"
    if output_format == "jsonl":
        with atomic_file(final) as handle:
            for result in results:
                handle.write(json.dumps(stream_record(result), ensure_ascii=False) + "\n")
        return
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = [
        {"path": page.source.path, "url": page.source.url, "article": article.id, "title": article.title,
         "published": article.published, "record": json.dumps(article.to_dict(), ensure_ascii=False)}
        for page in results if isinstance(page, Page) for article in page.articles
    ]  # fmt: skip
    columns = ["path", "url", "article", "title", "published", "record"]
    table = pa.table({name: pa.array([row[name] for row in rows], type=pa.string()) for name in columns})
    with atomic_file(final, binary=True) as binary:
        pq.write_table(table, binary)
