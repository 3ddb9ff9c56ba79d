"""``dateline quotes``: who said what, to whom, where, as a table to read."""

from __future__ import annotations

from enum import Enum
from typing import Annotated, Optional

import typer

from dateline.cli.app import FetchedAtOption, ModelOption, PathsArgument, app, fail, parse_time_option, warn
from dateline.errors import DatelineError
from dateline.extraction import Failure, extract_files
from dateline.pipeline import Settings
from dateline.quotes.table import render_quotes


class Kind(str, Enum):
    direct = "direct"
    partial = "partial"
    indirect = "indirect"


@app.command("quotes")
def quotes(
    paths: PathsArgument,
    fetched_at: FetchedAtOption = None,
    kinds: Annotated[
        Optional[list[Kind]],
        typer.Option("--kind", "-k", help="Show only this kind (repeatable): direct, partial, indirect. Default: all."),
    ] = None,
    model: ModelOption = None,
) -> None:
    """Print each article's quotes as a table: speaker (→ addressee), quote, channel."""
    when = parse_time_option("--fetched-at", fetched_at)
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
