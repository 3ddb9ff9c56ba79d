"""``dateline events``: who did what to whom, when and where, as a table to read."""

from __future__ import annotations

from typing import Annotated

import typer

from dateline.cli.app import (
    FetchedAtOption,
    MaxBytesOption,
    ModelOption,
    PathsArgument,
    PublishedOption,
    app,
    make_settings,
    print_tables,
)
from dateline.events.table import render_events
from dateline.reader import DEFAULT_MAX_BYTES


@app.command("events")
def events(
    paths: PathsArgument,
    fetched_at: FetchedAtOption = None,
    published: PublishedOption = None,
    negated: Annotated[bool, typer.Option("--negated", help="Also show events the text says did not happen.")] = False,
    model: ModelOption = None,
    max_bytes: MaxBytesOption = DEFAULT_MAX_BYTES,
) -> None:
    """Print each article's events as a table: date, place, actor → type/mode → recipient, trigger.

    The events are those ``dateline extract`` gives: the stages they read (entities, quotes, times, places) run
    first. Events flagged "maybe" are hypothetical, conditional or future; "in q3" are told inside that quote.
    """
    settings = make_settings(fetched_at=fetched_at, published=published, model=model, max_bytes=max_bytes)
    print_tables(paths, settings, "events", lambda page: render_events(page, negated=negated))
