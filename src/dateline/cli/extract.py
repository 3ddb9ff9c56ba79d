"""``dateline extract``: pages in, structured articles out, streamed one page at a time."""

from __future__ import annotations

import json
import sys
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, Iterator, Optional, TextIO

import typer

from dateline.cli.app import (
    BatchSizeOption,
    FetchedAtOption,
    MaxBytesOption,
    ModelOption,
    PathsArgument,
    PublishedOption,
    StageOptionsOption,
    StrictOption,
    WindowCharsOption,
    app,
    fail,
    finish,
    make_settings,
    warn,
)
from dateline.errors import DatelineError, Errors
from dateline.model import Failure, Page, stream_record
from dateline.outcome import RunSummary
from dateline.pipeline import DEFAULT_STAGES, Pipeline
from dateline.pipeline.settings import DEFAULT_BATCH_SIZE, DEFAULT_WINDOW_CHARS
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
    published: PublishedOption = None,
    output_format: Annotated[
        OutputFormat, typer.Option("--format", "-f", help="json, jsonl (one page or failure a line) or text.")
    ] = OutputFormat.json,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write here instead of standard output.")] = None,
    stages: Annotated[
        Optional[list[str]],
        typer.Option("--stage", "-s", help="Run this stage and what it needs (repeatable; 'structure' for none); default: all."),
    ] = None,
    model: ModelOption = None,
    batch_size: BatchSizeOption = DEFAULT_BATCH_SIZE,
    max_bytes: MaxBytesOption = DEFAULT_MAX_BYTES,
    window_chars: WindowCharsOption = DEFAULT_WINDOW_CHARS,
    stage_options: StageOptionsOption = None,
    strict: StrictOption = False,
) -> None:
    """Read news pages (plain text or HTML) and print their articles as structured records."""
    settings = make_settings(
        fetched_at=fetched_at, published=published, model=model, batch_size=batch_size, max_bytes=max_bytes,
        window_chars=window_chars, stage_options=stage_options,
    )  # fmt: skip
    summary = RunSummary()
    collected: list[dict[str, Any]] = []
    try:
        pipeline = Pipeline(stages or DEFAULT_STAGES, settings)
        with _output(output) as out:
            for result in pipeline.extract_files(paths):
                summary.add(result)
                if isinstance(result, Failure):
                    typer.echo(f"dateline: error: {result.message}", err=True)
                else:
                    for problem in result.all_problems():
                        warn(problem.message)
                _write(result, output_format, out, collected)
            if output_format is OutputFormat.json and collected:
                document = collected[0] if len(collected) == 1 else collected
                out.write(json.dumps(document, ensure_ascii=False, indent=2) + "\n")
    except DatelineError as error:
        raise fail(str(error)) from None
    finish(summary, strict=strict)


def _write(result: Page | Failure, output_format: OutputFormat, out: TextIO, collected: list[dict[str, Any]]) -> None:
    if output_format is OutputFormat.jsonl:
        # Failures go into the stream too, so a consumer of the stream alone knows every input's fate.
        out.write(json.dumps(stream_record(result), ensure_ascii=False) + "\n")
        out.flush()
    elif isinstance(result, Failure):
        return  # json and text output carry pages; the failure was reported on stderr
    elif output_format is OutputFormat.json:
        collected.append(result.to_dict())
    else:
        out.write(render_page_text(result) + "\n")
