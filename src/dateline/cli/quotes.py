"""``dateline quotes``: who said what, to whom, where, as a table to read."""

from __future__ import annotations

from typing import Annotated, Optional

import typer

from dateline.cli.app import (
    FetchedAtOption,
    MaxBytesOption,
    ModelOption,
    PathsArgument,
    PublishedOption,
    app,
    fail,
    make_settings,
    print_tables,
)
from dateline.quotes.table import render_quotes
from dateline.reader import DEFAULT_MAX_BYTES
from dateline.records import QUOTE_KINDS


@app.command("quotes")
def quotes(
    paths: PathsArgument,
    fetched_at: FetchedAtOption = None,
    published: PublishedOption = None,
    kinds: Annotated[
        Optional[list[str]],
        typer.Option("--kind", "-k", help="Show only this kind (repeatable): direct, partial, indirect. Default: all."),
    ] = None,
    model: ModelOption = None,
    max_bytes: MaxBytesOption = DEFAULT_MAX_BYTES,
) -> None:
    """Print each article's quotes as a table: speaker (→ addressee), quote, channel.

    The quotes are those ``dateline extract`` gives: the stages they need (entities for speakers, times for dates)
    run first.
    """
    settings = make_settings(fetched_at=fetched_at, published=published, model=model, max_bytes=max_bytes)
    unknown = [kind for kind in kinds or () if kind not in QUOTE_KINDS]
    if unknown:
        raise fail(f"--kind must be one of {', '.join(QUOTE_KINDS)}, not {unknown[0]!r}", code=2)
    shown = list(kinds) if kinds else list(QUOTE_KINDS)
    print_tables(paths, settings, "quotes", lambda page: render_quotes(page, shown))
