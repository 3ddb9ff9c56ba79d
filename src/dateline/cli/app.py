"""The Typer application and the helpers every command shares: one error line on stderr, never a traceback."""

from __future__ import annotations

from typing import Annotated, Optional

import typer

from dateline import __version__

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


def warn(message: str) -> None:
    typer.echo(f"dateline: warning: {message}", err=True)
