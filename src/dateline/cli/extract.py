"""``dateline extract``: pages in, structured articles out, streamed one page at a time."""

from __future__ import annotations

import json
import sys
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, Iterator, Optional, TextIO

import typer

from dateline.cli.app import FetchedAtOption, ModelOption, PathsArgument, app, fail, parse_time_option, warn
from dateline.errors import DatelineError, Errors
from dateline.extraction import DEFAULT_STAGES, Failure, extract_files
from dateline.model import Page
from dateline.pipeline import Settings
from dateline.reader import DEFAULT_MAX_BYTES
from dateline.render import render_page_text


class OutputFormat(str, Enum):
    json = "json"
    jsonl = "jsonl"
    text = "text"


@contextmanager
def _output(path: Optional[Path]) -> Iterator[TextIO]:
    if path is None:
        yield sys.stdout
        return
    try:
        handle = path.open("w", encoding="utf-8")
    except OSError as error:
        raise fail(Errors.E006.format(path=str(path), detail=error.strerror or str(error))) from None
    with handle:
        yield handle


@app.command()
def extract(
    paths: PathsArgument,
    fetched_at: FetchedAtOption = None,
    published: Annotated[
        Optional[str],
        typer.Option("--published", help="Publication time (ISO 8601) for texts that print none; anchors their times."),
    ] = None,
    output_format: Annotated[OutputFormat, typer.Option("--format", "-f", help="json, jsonl (one page a line) or text.")] = OutputFormat.json,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write here instead of standard output.")] = None,
    stages: Annotated[
        Optional[list[str]], typer.Option("--stage", "-s", help="Run this stage (repeatable); default: all.")
    ] = None,
    model: ModelOption = None,
    max_bytes: Annotated[int, typer.Option("--max-bytes", help="Refuse inputs larger than this.")] = DEFAULT_MAX_BYTES,
    strict: Annotated[bool, typer.Option("--strict", help="Exit non-zero if any input or article failed.")] = False,
) -> None:
    """Read news pages (plain text or HTML) and print their articles as structured records."""
    when = parse_time_option("--fetched-at", fetched_at)
    anchor = parse_time_option("--published", published)
    settings = Settings(model=model)
    produced = failed = 0
    collected: list[dict[str, Any]] = []
    try:
        with _output(output) as out:
            for result in extract_files(
                paths, fetched_at=when, stages=stages or DEFAULT_STAGES, settings=settings, max_bytes=max_bytes,
                published=anchor,
            ):
                if isinstance(result, Failure):
                    failed += 1
                    typer.echo(f"dateline: error: {result.error}", err=True)
                    continue
                produced += 1
                for problem in result.problems:
                    warn(problem.message)
                failed += sum(1 for problem in result.problems if problem.code == "E010")
                _write_page(result, output_format, out, collected)
            if output_format is OutputFormat.json and collected:
                document = collected[0] if len(collected) == 1 else collected
                out.write(json.dumps(document, ensure_ascii=False, indent=2) + "\n")
    except DatelineError as error:
        raise fail(str(error)) from None
    if produced == 0:
        raise fail("no input gave an article", code=1)
    if strict and failed:
        raise typer.Exit(1)


def _write_page(page: Page, output_format: OutputFormat, out: TextIO, collected: list[dict[str, Any]]) -> None:
    if output_format is OutputFormat.json:
        collected.append(page.to_dict())
    elif output_format is OutputFormat.jsonl:
        out.write(json.dumps(page.to_dict(), ensure_ascii=False) + "\n")
        out.flush()
    else:
        out.write(render_page_text(page) + "\n")
