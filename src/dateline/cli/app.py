"""The Typer application and the helpers every command shares: one error line on stderr, never a traceback."""

from __future__ import annotations

import json
import os
import signal
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from types import FrameType
from typing import Annotated, Any, Optional

import typer

from dateline import __version__
from dateline.errors import DatelineError, Errors
from dateline.model import Failure, Page
from dateline.outcome import RunSummary, exit_status
from dateline.output import open_output, readable
from dateline.pipeline import Pipeline, Settings
from dateline.pipeline.settings import DEFAULT_BATCH_SIZE, DEFAULT_WINDOW_CHARS, TIME_RANGE
from dateline.reader import DEFAULT_MAX_BYTES
from dateline.structure.stamps import parse_fetched_at

# Arguments and options several commands share, declared once so their names and help never drift apart.
PathsArgument = Annotated[
    list[str],
    typer.Argument(help="Files, directories, globs, WARC archives or URLs (file://, s3://; never http); '-' reads standard input."),
]
FetchedAtOption = Annotated[
    Optional[str],
    typer.Option("--fetched-at", help="When the page was fetched (ISO 8601); resolves '6 sec ago' stamps."),
]
PublishedOption = Annotated[
    Optional[str],
    typer.Option("--published", help="Publication time (ISO 8601) for texts that print none; anchors their times."),
]
ModelOption = Annotated[
    Optional[str],
    typer.Option("--model", help="spaCy pipeline to use (default: $DATELINE_SPACY_MODEL or the small English one)."),
]
BatchSizeOption = Annotated[int, typer.Option("--batch-size", help="Articles parsed together.")]
MaxBytesOption = Annotated[int, typer.Option("--max-bytes", help="Refuse inputs larger than this.")]
WindowCharsOption = Annotated[
    int, typer.Option("--window-chars", help="Run longer articles through the stages in windows of this many characters.")
]
StageOptionsOption = Annotated[
    Optional[list[str]],
    typer.Option("--option", help="A stage's option, STAGE.NAME=VALUE (repeatable): language.batch_chars=50000."),
]
StrictOption = Annotated[bool, typer.Option("--strict", help="Exit non-zero if any input or any article's stage failed.")]

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


# The exit status of a process stopped by a signal, as a shell reports it: 128 + the signal's number.
BROKEN_PIPE_STATUS = 128 + signal.SIGPIPE
TERMINATED_STATUS = 128 + signal.SIGTERM


def fail(message: str, code: int = 1) -> typer.Exit:
    """Print one error line and return the exit to raise: ``raise fail(...)``."""
    typer.echo(f"dateline: error: {readable(message)}", err=True)
    return typer.Exit(code)


def parse_time_option(option: str, value: str | None) -> datetime | None:
    """An ISO 8601 option value as a time (UTC when it names no zone); one clear line and exit 1 if malformed."""
    if not value:
        return None
    try:
        when = parse_fetched_at(value)
    except (ValueError, OverflowError):
        raise fail(Errors.E008.format(option=option, value=value)) from None
    if not TIME_RANGE[0] <= when.year <= TIME_RANGE[1]:
        raise fail(Errors.E008.format(option=option, value=value) + f" between the years {TIME_RANGE[0]} and {TIME_RANGE[1]}")
    return when


def warn(message: str) -> None:
    typer.echo(f"dateline: warning: {readable(message)}", err=True)


def report(result: Page | Failure) -> None:
    """One line on stderr for an input that gave no page, and one for each problem of a page that did."""
    if isinstance(result, Failure):
        typer.echo(f"dateline: error: {readable(result.message)}", err=True)
        return
    for problem in result.all_problems():
        warn(problem.message)


class Terminated(BaseException):
    """The process was asked to stop (SIGTERM). Not an ``Exception``, so no ``except Exception`` swallows it on
    its way out, and every ``finally`` on the way (removing a temporary file) runs."""

    def __init__(self, signal_name: str) -> None:
        super().__init__(signal_name)
        self.signal_name = signal_name


def stop_on_sigterm() -> None:
    """Turn SIGTERM into :class:`Terminated`; a second SIGTERM, while cleaning up, stops the process at once."""

    def terminate(signal_number: int, frame: FrameType | None) -> None:
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        raise Terminated(signal.Signals(signal_number).name)

    signal.signal(signal.SIGTERM, terminate)


@contextmanager
def stop_quietly_on_broken_pipe() -> Iterator[None]:
    """End as Unix tools do when the reader of their output goes away (``| head``): no message, status 141."""
    try:
        yield
    except BrokenPipeError:
        try:
            # What is still buffered for the closed pipe would fail again when Python flushes it on exit.
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        except (OSError, ValueError, AttributeError):
            pass  # standard output is no real file (a test's capture): nothing is flushed to a pipe
        raise typer.Exit(BROKEN_PIPE_STATUS) from None


def make_settings(
    *,
    fetched_at: str | None = None,
    published: str | None = None,
    model: str | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    max_bytes: int = DEFAULT_MAX_BYTES,
    window_chars: int = DEFAULT_WINDOW_CHARS,
    stage_options: list[str] | None = None,
) -> Settings:
    """The run's :class:`Settings` from the options of the same names; one clear line and exit 1 if one is bad."""
    try:
        return Settings(
            model=model,
            batch_size=batch_size,
            max_bytes=max_bytes,
            window_chars=window_chars,
            fetched_at=parse_time_option("--fetched-at", fetched_at),
            published=parse_time_option("--published", published),
            stage_options=parse_stage_options(stage_options or []),
        )
    except DatelineError as error:
        raise fail(str(error)) from None


def parse_stage_options(given: list[str]) -> dict[str, dict[str, Any]]:
    """``STAGE.NAME=VALUE`` pairs by stage; a VALUE that reads as JSON (a number, true, a list) is taken as such."""
    options: dict[str, dict[str, Any]] = {}
    for item in given:
        key, equals, raw = item.partition("=")
        stage_name, dot, name = key.strip().partition(".")
        if not (equals and dot and stage_name and name):
            raise DatelineError(Errors.E020, name=item, detail="write it as STAGE.NAME=VALUE")
        try:
            value: Any = json.loads(raw)
        except ValueError:
            value = raw
        options.setdefault(stage_name, {})[name] = value
    return options


def finish(summary: RunSummary, *, strict: bool = False) -> None:
    """Exit as :func:`dateline.outcome.exit_status` says, with one line when nothing came out."""
    status = exit_status(summary, strict=strict)
    if status and summary.articles == 0 and summary.reports == 0:
        raise fail("no input gave an article", code=status)
    if status:
        raise typer.Exit(status)


def print_tables(paths: Sequence[str], settings: Settings, stage: str, render: Callable[[Page], str]) -> None:
    """Run ``stage`` (and what it needs) over the inputs and print each page as ``render`` lays it out: the loop
    behind the table commands (``dateline quotes``, ``dateline events``)."""
    summary = RunSummary()
    try:
        pipeline = Pipeline([stage], settings)
        with stop_quietly_on_broken_pipe(), open_output(None) as out:
            for result in pipeline.extract_files(list(paths)):
                summary.add(result)
                report(result)
                if isinstance(result, Page):
                    out.write(render(result) + "\n\n")
            out.commit()
    except DatelineError as error:
        raise fail(str(error)) from None
    finish(summary)
