"""The Typer application and the helpers every command shares: one error line on stderr, never a traceback."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Optional

import typer

from dateline import __version__
from dateline.errors import Errors
from dateline.structure.stamps import parse_fetched_at

# Arguments and options several commands share, declared once so their names and help never drift apart.
PathsArgument = Annotated[list[str], typer.Argument(help="Files, directories or globs; '-' reads standard input.")]
FetchedAtOption = Annotated[
    Optional[str],
    typer.Option("--fetched-at", help="When the page was fetched (ISO 8601); resolves '6 sec ago' stamps."),
]
ModelOption = Annotated[
    Optional[str],
    typer.Option("--model", help="spaCy pipeline to use (default: $DATELINE_SPACY_MODEL or the small English one)."),
]

app = typer.Typer(
    name="dateline",
    help="Turn raw news pages into structured articles: structure, entities, quotes, times, places and events.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,  # plain help text: stable for docs, readable when piped
)
eval_app = typer.Typer(
    help="Score a stage on public data and print precision, recall and F1.", no_args_is_help=True, rich_markup_mode=None
)
app.add_typer(eval_app, name="eval")


def _version(value: bool) -> None:
    if value:
        typer.echo(f"dateline {__version__}")
        raise typer.Exit()


@app.callback()
def main_callback(
    version: Annotated[
        Optional[bool], typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = None,
) -> None:
    """dateline reads raw news and turns it into structured, queryable data."""


def fail(message: str, code: int = 1) -> typer.Exit:
    """Print one error line and return the exit to raise: ``raise fail(...)``."""
    typer.echo(f"dateline: error: {message}", err=True)
    return typer.Exit(code)


def parse_time_option(option: str, value: str | None) -> datetime | None:
    """An ISO 8601 option value as a time (UTC when it names no zone); one clear line and exit 1 if malformed."""
    if not value:
        return None
    try:
        return parse_fetched_at(value)
    except ValueError:
        raise fail(Errors.E008.format(option=option, value=value)) from None


def warn(message: str) -> None:
    typer.echo(f"dateline: warning: {message}", err=True)
