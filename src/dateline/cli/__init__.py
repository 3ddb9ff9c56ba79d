"""The ``dateline`` command: a thin layer over the library.

Each command makes one library call and turns :class:`~dateline.errors.DatelineError` into one line on stderr
and a non-zero exit. Commands live in one module per capability; importing them registers them on ``app``.
"""

from __future__ import annotations

import sys

import typer

from dateline.cli import eval_places, eval_quotes, eval_times, evaluate, extract, quotes  # noqa: F401  (registers the commands)
from dateline.cli.app import TERMINATED_STATUS, Terminated, app, stop_on_sigterm
from dateline.errors import Errors


def main() -> None:
    stop_on_sigterm()
    try:
        app()
    except KeyboardInterrupt:
        typer.echo("dateline: interrupted", err=True)
        sys.exit(130)
    except Terminated as stop:  # a command that writes files says itself what it left; this is every other one
        message = Errors.E024.format(signal=stop.signal_name, detail="its output is incomplete")
        typer.echo(f"dateline: error: {message}", err=True)
        sys.exit(TERMINATED_STATUS)


__all__ = ["app", "main"]
