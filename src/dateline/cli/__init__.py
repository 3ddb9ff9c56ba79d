"""The ``dateline`` command: a thin layer over the library.

Each command makes one library call and turns :class:`~dateline.errors.DatelineError` into one line on stderr
and a non-zero exit. Commands live in one module per capability; importing them registers them on ``app``.
"""

from __future__ import annotations

import sys

import typer

from dateline.cli import eval_places, eval_quotes, eval_times, evaluate, extract, quotes  # noqa: F401  (registers the commands)
from dateline.cli.app import app


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        typer.echo("dateline: interrupted", err=True)
        sys.exit(130)


__all__ = ["app", "main"]
