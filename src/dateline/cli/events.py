"""``dateline events``: who did what to whom, when and where: read from pages, or asked of a store with ``--db``."""

from __future__ import annotations

from typing import Annotated, Optional

import typer

from dateline.cli.app import (
    FetchedAtOption,
    MaxBytesOption,
    ModelOption,
    PublishedOption,
    app,
    fail,
    make_settings,
    print_tables,
)
from dateline.cli.rows import Column, CsvFlag, FormatOption, JsonFlag, JsonlFlag, LimitOption, OffsetOption, RowFormat, chosen_format
from dateline.cli.store import DbOption, emit, reading, run_query
from dateline.events.table import render_events
from dateline.reader import DEFAULT_MAX_BYTES
from dateline.store import find_events

EVENT_COLUMNS: list[Column] = [
    ("date", lambda r: r.date, 10), ("place", lambda r: r.place, 16), ("actors", lambda r: r.actors, 28),
    ("type", lambda r: f"{r.type}/{r.mode}" if r.mode else r.type, 18), ("cameo", lambda r: r.cameo, 5),
    ("recipients", lambda r: r.recipients, 28), ("trigger", lambda r: r.trigger, 20),
    ("flags", lambda r: " ".join(f for f, on in (("negated", r.negated), ("maybe", r.hypothetical)) if on), 12),
    ("article", lambda r: r.article, 18),
]  # fmt: skip


@app.command("events")
def events(
    paths: Annotated[Optional[list[str]], typer.Argument(help="Pages to read (files, directories, globs, '-'); or give --db.")] = None,
    db: DbOption = None,
    actor: Annotated[Optional[str], typer.Option("--actor", help="With --db: an actor code (RUS, USAGOV), name or entity id.")] = None,
    recipient: Annotated[Optional[str], typer.Option("--recipient", help="With --db: a recipient code, name or entity id.")] = None,
    event_type: Annotated[Optional[str], typer.Option("--type", help="With --db: a PLOVER type: CONSULT, ACCUSE, ...")] = None,
    cameo: Annotated[Optional[str], typer.Option("--cameo", help="With --db: a CAMEO code or its prefix: 04, 042.")] = None,
    since: Annotated[Optional[str], typer.Option("--since", help="With --db: on or after this ISO date.")] = None,
    until: Annotated[Optional[str], typer.Option("--until", help="With --db: on or before this ISO date.")] = None,
    place: Annotated[Optional[str], typer.Option("--place", help="With --db: where it happened (part of the name).")] = None,
    include_negated: Annotated[bool, typer.Option("--include-negated", "--negated", help="Also events the text says did not happen.")] = False,
    fetched_at: FetchedAtOption = None,
    published: PublishedOption = None,
    model: ModelOption = None,
    max_bytes: MaxBytesOption = DEFAULT_MAX_BYTES,
    output: FormatOption = RowFormat.table,
    json_flag: JsonFlag = False,
    jsonl_flag: JsonlFlag = False,
    csv_flag: CsvFlag = False,
    limit: LimitOption = 50,
    offset: OffsetOption = 0,
) -> None:
    """Print events as a table: date, place, actor → type/mode → recipient, trigger.

    With PAGE arguments the pages are read as ``dateline extract`` reads them (the stages the events stage reads
    run first); with ``--db`` the store is asked, newest first, with the filters given. Events flagged "maybe" are
    hypothetical, conditional or future; "in q3" are told inside that quote.
    """
    if db is not None or not paths:
        if paths:
            raise fail("give pages to read or --db to ask a store, not both", code=2)
        with reading(db) as connection:
            rows = run_query(lambda: find_events(
                connection, actor=actor, recipient=recipient, type=event_type, cameo=cameo, since=since, until=until,
                place=place, include_negated=include_negated, limit=limit, offset=offset,
            ))  # fmt: skip
        emit(rows, EVENT_COLUMNS, chosen_format(output, json_flag, jsonl_flag, csv_flag))
        return
    settings = make_settings(fetched_at=fetched_at, published=published, model=model, max_bytes=max_bytes)
    print_tables(paths, settings, "events", lambda page: render_events(page, negated=include_negated))
