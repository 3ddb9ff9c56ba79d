"""``dateline quotes``: who said what, to whom, where: read from pages, or asked of a store with ``--db``."""

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
from dateline.quotes.table import render_quotes
from dateline.reader import DEFAULT_MAX_BYTES
from dateline.records import QUOTE_KINDS
from dateline.store import find_quotes

QUOTE_COLUMNS: list[Column] = [
    ("date", lambda r: r.date, 10), ("speaker", lambda r: r.speaker, 26), ("quote", lambda r: r.text, 80),
    ("article", lambda r: r.article, 18), ("id", lambda r: r.quote, 4),
]  # fmt: skip


@app.command("quotes")
def quotes(
    paths: Annotated[Optional[list[str]], typer.Argument(help="Pages to read (files, directories, globs, '-'); or give --db.")] = None,
    db: DbOption = None,
    speaker: Annotated[Optional[str], typer.Option("--speaker", help="With --db: said by this name (any case or accents) or entity id.")] = None,
    contains: Annotated[Optional[str], typer.Option("--contains", help="With --db: the quote holds this text.")] = None,
    since: Annotated[Optional[str], typer.Option("--since", help="With --db: said on or after this ISO date.")] = None,
    until: Annotated[Optional[str], typer.Option("--until", help="With --db: said on or before this ISO date.")] = None,
    fetched_at: FetchedAtOption = None,
    published: PublishedOption = None,
    kinds: Annotated[
        Optional[list[str]],
        typer.Option("--kind", "-k", help="Show only this kind (repeatable): direct, partial, indirect. Default: all."),
    ] = None,
    model: ModelOption = None,
    max_bytes: MaxBytesOption = DEFAULT_MAX_BYTES,
    output: FormatOption = RowFormat.table,
    json_flag: JsonFlag = False,
    jsonl_flag: JsonlFlag = False,
    csv_flag: CsvFlag = False,
    limit: LimitOption = 50,
    offset: OffsetOption = 0,
) -> None:
    """Print quotes as a table: speaker (→ addressee), quote, channel.

    With PAGE arguments the pages are read as ``dateline extract`` reads them (the stages quotes need run
    first); with ``--db`` the store is asked, newest first, with the filters given.
    """
    unknown = [kind for kind in kinds or () if kind not in QUOTE_KINDS]
    if unknown:
        raise fail(f"--kind must be one of {', '.join(QUOTE_KINDS)}, not {unknown[0]!r}", code=2)
    if db is not None or not paths:
        if paths:
            raise fail("give pages to read or --db to ask a store, not both", code=2)
        with reading(db) as connection:
            rows = run_query(lambda: find_quotes(connection, speaker=speaker, contains=contains, since=since, until=until,
                                                 limit=limit, offset=offset))  # fmt: skip
        if kinds:
            rows = [row for row in rows if row.kind in kinds]
        emit(rows, QUOTE_COLUMNS, chosen_format(output, json_flag, jsonl_flag, csv_flag))
        return
    settings = make_settings(fetched_at=fetched_at, published=published, model=model, max_bytes=max_bytes)
    shown = list(kinds) if kinds else list(QUOTE_KINDS)
    print_tables(paths, settings, "quotes", lambda page: render_quotes(page, shown))
