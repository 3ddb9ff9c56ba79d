"""``dateline quotes``: who said what, to whom, where, as a table to read."""

from __future__ import annotations

from enum import Enum
from typing import Annotated, Optional

import typer

from dateline.cli.app import app, fail, warn
from dateline.errors import DatelineError, Errors
from dateline.extraction import Failure, extract_files
from dateline.pipeline import Settings
from dateline.quotes.table import render_quotes
from dateline.structure.stamps import parse_fetched_at


class Kind(str, Enum):
    direct = "direct"
    partial = "partial"
    indirect = "indirect"


@app.command("quotes")
def quotes(
    paths: Annotated[list[str], typer.Argument(help="Files, directories or globs; '-' reads standard input.")],
    fetched_at: Annotated[
        Optional[str],
        typer.Option("--fetched-at", help="When the page was fetched (ISO 8601); resolves '6 sec ago' stamps."),
    ] = None,
    kinds: Annotated[
        Optional[list[Kind]],
        typer.Option("--kind", "-k", help="Show only this kind (repeatable): direct, partial, indirect. Default: all."),
    ] = None,
    model: Annotated[
        Optional[str], typer.Option("--model", help="spaCy pipeline to use (default: $DATELINE_SPACY_MODEL or the small English one).")
    ] = None,
) -> None:
    """Print each article's quotes as a table: speaker (→ addressee), quote, channel."""
    try:
        when = parse_fetched_at(fetched_at) if fetched_at else None
    except ValueError:
        raise fail(Errors.E008.format(option="--fetched-at", value=fetched_at)) from None
    shown = [kind.value for kind in kinds] if kinds else ["direct", "partial", "indirect"]
    produced = 0
    try:
        for result in extract_files(paths, fetched_at=when, stages=("quotes",), settings=Settings(model=model)):
            if isinstance(result, Failure):
                typer.echo(f"dateline: error: {result.error}", err=True)
                continue
            produced += 1
            for problem in result.problems:
                warn(problem.message)
            typer.echo(render_quotes(result, shown) + "\n")
    except DatelineError as error:
        raise fail(str(error)) from None
    if produced == 0:
        raise fail("no input gave an article", code=1)
