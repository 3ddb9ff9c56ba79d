"""The ``dateline`` command: a thin layer over the library.

Each command makes one library call and turns :class:`~dateline.errors.DatelineError` into one line on stderr
and a non-zero exit. Commands live in one module per capability; importing them registers them on ``app``.
"""

from __future__ import annotations

import logging
import sys

import typer

from dateline.cli import eval_events, eval_places, eval_quotes, eval_times, evaluate, events, extract, quotes, serve, store  # noqa: F401  (registers the commands)
from dateline.cli.app import TERMINATED_STATUS, Terminated, app, stop_on_sigterm
from dateline.errors import Errors
from dateline.output import readable


class _WarningLines(logging.Handler):
    """What the library logs as a warning (a plugin left out, a cache rebuilt) as the CLI's own warning lines."""

    def emit(self, record: logging.LogRecord) -> None:
        message = record.getMessage().removeprefix("dateline: ")
        kind = "error" if record.levelno >= logging.ERROR else "warning"
        typer.echo(f"dateline: {kind}: {readable(message)}", err=True)


def main() -> None:
    logger = logging.getLogger("dateline")
    if not any(isinstance(handler, _WarningLines) for handler in logger.handlers):
        logger.addHandler(_WarningLines(logging.WARNING))
        logger.propagate = False
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
