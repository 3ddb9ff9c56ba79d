"""``dateline ingest`` and the commands that ask a store: ``entities``, ``entity``, ``search`` (and ``quotes`` and
``events`` with ``--db``, in their own modules). Each is one call of :mod:`dateline.store`."""

from __future__ import annotations

import sys
import time
from enum import Enum
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Annotated, Any, Optional

import typer
from sqlalchemy import Connection

from dateline.cli.app import (
    FetchedAtOption,
    MaxBytesOption,
    ModelOption,
    PathsArgument,
    PublishedOption,
    app,
    fail,
    make_settings,
    warn,
)
from dateline.cli.rows import (
    Column,
    CsvFlag,
    FormatOption,
    JsonFlag,
    JsonlFlag,
    LimitOption,
    OffsetOption,
    RowFormat,
    chosen_format,
    render,
)
from dateline.errors import DatelineError
from dateline.output import readable
from dateline.reader import DEFAULT_MAX_BYTES, expand_inputs
from dateline.store import entity_detail, find_entities, ingest, open_store, search
from dateline.store.ingest import IngestSummary
from dateline.store.search import SEARCH_KINDS

DbOption = Annotated[
    Optional[str],
    typer.Option("--db", help="The store: a SQLite file (default ./dateline.db, or $DATELINE_DB) or a postgresql:// URL."),
]


class Engine(str, Enum):
    local = "local"
    dask = "dask"


EngineOption = Annotated[
    Engine, typer.Option("--engine", help="local (this machine, --workers processes) or dask (a Dask cluster).")
]
SchedulerOption = Annotated[
    Optional[str], typer.Option("--scheduler", help="With --engine dask: the address of a running dask-scheduler.")
]
ClusterOption = Annotated[
    Optional[str], typer.Option("--cluster", help="With --engine dask: local:N starts a local cluster of N worker processes.")
]


@contextmanager
def on_engine(engine: Engine, scheduler: str | None, cluster: str | None) -> Iterator[Any]:
    """The Dask engine the options name (printing its dashboard), or None for this machine."""
    if engine is Engine.local:
        if scheduler or cluster:
            raise fail("--scheduler and --cluster go with --engine dask", code=2)
        yield None
        return
    from dateline.cluster import DaskEngine, dashboard_link, dask_client

    with dask_client(scheduler, cluster or (None if scheduler else "local:2")) as client:
        link = dashboard_link(client)
        workers = len(client.scheduler_info().get("workers", {}))
        typer.echo(f"dateline: dask: {workers} workers" + (f", dashboard {link}" if link else ""), err=True)
        yield DaskEngine(client)


# Seconds between progress lines when standard error is not a terminal.
PROGRESS_EVERY_S = 10.0


@contextmanager
def reading(db: str | None) -> Iterator[Connection]:
    """A read-only connection to the store; one error line and exit 1 if it cannot be opened."""
    try:
        store = open_store(db, read_only=True)
    except DatelineError as error:
        raise fail(str(error)) from None
    try:
        with store.connect() as connection:
            yield connection
    except DatelineError as error:
        raise fail(str(error)) from None
    finally:
        store.close()


def emit(rows: list[Any], columns: list[Column], output: RowFormat) -> None:
    text = render(rows, columns, output)
    if text:
        typer.echo(text)


@app.command("ingest")
def ingest_command(
    paths: PathsArgument,
    db: DbOption = None,
    workers: Annotated[int, typer.Option("--workers", "-w", help="Parse in this many processes (one model each).")] = 1,
    engine: EngineOption = Engine.local,
    scheduler: SchedulerOption = None,
    cluster: ClusterOption = None,
    fetched_at: FetchedAtOption = None,
    published: PublishedOption = None,
    model: ModelOption = None,
    max_bytes: MaxBytesOption = DEFAULT_MAX_BYTES,
) -> None:
    """Run the whole pipeline over pages and store them: pages stored already are skipped, a changed page replaces
    its old version, and a run stopped at any moment resumes where it stopped. The exit status is 1 when no
    input gave a page or a page could not be stored (E036: the next run tries it again)."""
    settings = make_settings(fetched_at=fetched_at, published=published, model=model, max_bytes=max_bytes)
    shown = _Progress(paths)
    try:
        with on_engine(engine, scheduler, cluster) as dask_engine:
            summary = ingest(paths, db, settings=settings, workers=workers, engine=dask_engine, progress=shown.update,
                             waiting=lambda: warn("another ingest is writing to this store: waiting for it to finish"))  # fmt: skip
    except DatelineError as error:
        shown.close()
        raise fail(str(error)) from None
    shown.close()
    for failure in summary.skipped:
        typer.echo(f"dateline: error: {readable(failure.message)}", err=True)
    typer.echo(_summary_text(summary), err=True)
    could_not_store = any(failure.code == "E036" for failure in summary.skipped)
    if summary.inputs == 0 or could_not_store or (summary.skipped and summary.done == len(summary.skipped)):
        raise typer.Exit(1)


class _Progress:
    """A bar on a terminal (pages done of all, articles/s, time left), a line every few seconds otherwise."""

    def __init__(self, paths: list[str]) -> None:
        self.started = time.monotonic()
        self.last_line = self.started
        self.bar: Any = None
        if sys.stderr.isatty():
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

            total = sum(1 for _ in expand_inputs(list(paths)))
            self.bar = Progress(TextColumn("ingest"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[rate]}"),
                                TimeRemainingColumn(), transient=True)  # fmt: skip
            self.task = self.bar.add_task("ingest", total=total, rate="")
            self.bar.start()

    def update(self, summary: IngestSummary) -> None:
        elapsed = max(time.monotonic() - self.started, 1e-6)
        rate = f"{summary.articles / elapsed:.1f} articles/s"
        if self.bar is not None:
            self.bar.update(self.task, completed=summary.done, rate=rate)
        elif time.monotonic() - self.last_line >= PROGRESS_EVERY_S:
            self.last_line = time.monotonic()
            typer.echo(f"dateline: ingest: {summary.done} of {summary.inputs}+ inputs, {summary.articles} articles, {rate}", err=True)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.stop()


def _summary_text(s: IngestSummary) -> str:
    return (
        f"dateline: ingest: {s.inputs} inputs: {s.stored} stored, {s.replaced} replaced, {s.unchanged} unchanged, "
        f"{s.duplicates} duplicate, {len(s.skipped)} skipped; {s.articles} articles, {s.quotes} quotes, {s.events} events; "
        f"entities {s.entities_new} new, {s.entities_linked} linked"
    )


ENTITY_COLUMNS: list[Column] = [
    ("id", lambda r: r.id, 40), ("name", lambda r: r.name, 30), ("type", lambda r: r.type, 6),
    ("country", lambda r: r.country, 7), ("articles", lambda r: r.articles, 8), ("mentions", lambda r: r.mentions, 8),
    ("quotes", lambda r: r.quotes, 6), ("events", lambda r: r.events, 6),
]  # fmt: skip


@app.command("entities")
def entities_command(
    db: DbOption = None,
    name: Annotated[Optional[str], typer.Option("--name", help="Part of the name, any case or accents.")] = None,
    entity_type: Annotated[Optional[str], typer.Option("--type", help="PERSON, ORG, GPE, LOC, NORP, FAC.")] = None,
    output: FormatOption = RowFormat.table,
    json_flag: JsonFlag = False,
    jsonl_flag: JsonlFlag = False,
    csv_flag: CsvFlag = False,
    limit: LimitOption = 50,
    offset: OffsetOption = 0,
) -> None:
    """List the store's entities, most mentioned first, with mention, quote and event counts."""
    with reading(db) as connection:
        rows = run_query(lambda: find_entities(connection, name=name, type=entity_type, limit=limit, offset=offset))
    emit(rows, ENTITY_COLUMNS, chosen_format(output, json_flag, jsonl_flag, csv_flag))


@app.command("entity")
def entity_command(
    entity_id: Annotated[str, typer.Argument(help="An entity id, as 'dateline entities' lists: person:sergei-lavrov.")],
    db: DbOption = None,
    output: FormatOption = RowFormat.table,
    json_flag: JsonFlag = False,
) -> None:
    """Show one entity: its names, titles, articles, quotes and events."""
    with reading(db) as connection:
        detail = run_query(lambda: entity_detail(connection, entity_id))
    if detail is None:
        raise fail(f"the store names no entity {entity_id!r} (list them with dateline entities)")
    if chosen_format(output, json_flag, False, False) is not RowFormat.table:
        emit([detail], [], RowFormat.json)
        return
    from dateline.cli.events import EVENT_COLUMNS
    from dateline.cli.quotes import QUOTE_COLUMNS

    lines = [f"{detail.name}  ({detail.id}, {detail.type}{', ' + detail.country if detail.country else ''})"]
    if detail.aliases:
        lines.append("also: " + ", ".join(detail.aliases))
    if detail.titles:
        lines.append("titles: " + ", ".join(detail.titles))
    typer.echo("\n".join(lines))
    typer.echo(f"\nARTICLES ({len(detail.articles)})")
    emit(detail.articles, [("article", lambda r: r["id"], 20), ("published", lambda r: r["published"], 20),
                           ("title", lambda r: r["title"], 70)], RowFormat.table)  # fmt: skip
    for heading, rows, columns in (
        ("QUOTES", detail.quotes, QUOTE_COLUMNS),
        ("EVENTS AS ACTOR", detail.events_as_actor, EVENT_COLUMNS),
        ("EVENTS AS RECIPIENT", detail.events_as_recipient, EVENT_COLUMNS),
    ):
        typer.echo(f"\n{heading} ({len(rows)})")
        emit(list(rows), columns, RowFormat.table)


SEARCH_COLUMNS: list[Column] = [
    ("kind", lambda r: r.kind, 7), ("article", lambda r: r.article, 18), ("quote", lambda r: r.quote, 5),
    ("speaker", lambda r: r.speaker, 24), ("snippet", lambda r: r.snippet, 90),
]  # fmt: skip


@app.command("search")
def search_command(
    query: Annotated[str, typer.Argument(help="Words to find, all of them; \"a phrase\" in double quotes.")],
    db: DbOption = None,
    kinds: Annotated[Optional[list[str]], typer.Option("--in", help="Search only 'article' or 'quote' (repeatable).")] = None,
    output: FormatOption = RowFormat.table,
    json_flag: JsonFlag = False,
    jsonl_flag: JsonlFlag = False,
    csv_flag: CsvFlag = False,
    limit: LimitOption = 20,
    offset: OffsetOption = 0,
) -> None:
    """Full-text search over the stored articles and quotes, best match first, with snippets."""
    unknown = [kind for kind in kinds or () if kind not in SEARCH_KINDS]
    if unknown:
        raise fail(f"--in must be one of {', '.join(SEARCH_KINDS)}, not {unknown[0]!r}", code=2)
    chosen = tuple(kind for kind in SEARCH_KINDS if not kinds or kind in kinds)
    with reading(db) as connection:
        rows = run_query(lambda: search(connection, query, kinds=chosen, limit=limit, offset=offset))
    emit(rows, SEARCH_COLUMNS, chosen_format(output, json_flag, jsonl_flag, csv_flag))


def run_query(call: Callable[[], Any]) -> Any:
    try:
        return call()
    except DatelineError as error:
        raise fail(str(error)) from None


@app.command("export")
def export_command(
    output_format: Annotated[str, typer.Option("--format", "-f", help="jsonl, parquet, gdelt-events, gdelt-mentions or gdelt-gkg.")],
    output: Annotated[str, typer.Option("--output", "-o", metavar="<dir>", help="The folder to write the files to.")],
    db: DbOption = None,
    since: Annotated[Optional[str], typer.Option("--since", help="Only articles published on or after this ISO date.")] = None,
    until: Annotated[Optional[str], typer.Option("--until", help="Only articles published on or before this ISO date.")] = None,
) -> None:
    """Write the store as files other tools load as they are: one per table (jsonl, parquet), or GDELT's layouts."""
    from dateline.store.export import export

    with reading(db) as connection:
        written = run_query(lambda: export(connection, output_format, output, since=since, until=until))
    for name, rows in written.items():
        typer.echo(f"{readable(name)}\t{rows}")
