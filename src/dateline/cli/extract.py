"""``dateline extract``: pages in, structured articles out, streamed one page at a time."""

from __future__ import annotations

from enum import Enum
from typing import Annotated, Optional

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
    TERMINATED_STATUS,
    Terminated,
    WindowCharsOption,
    app,
    fail,
    finish,
    make_settings,
    report,
    stop_quietly_on_broken_pipe,
)
from dateline.errors import DatelineError, Errors
from dateline.outcome import RunSummary
from dateline.output import STDOUT, STDOUT_NAME, PageWriter, open_output, readable, refuse_input_target
from dateline.pipeline import DEFAULT_STAGES, Pipeline
from dateline.pipeline.settings import DEFAULT_BATCH_SIZE, DEFAULT_WINDOW_CHARS
from dateline.reader import DEFAULT_MAX_BYTES


class OutputFormat(str, Enum):
    json = "json"
    jsonl = "jsonl"
    text = "text"


@app.command()
def extract(
    paths: PathsArgument,
    fetched_at: FetchedAtOption = None,
    published: PublishedOption = None,
    output_format: Annotated[
        OutputFormat,
        typer.Option(
            "--format", "-f", help="json (an array of pages, also for one input), jsonl (one page or failure a line) or text."
        ),
    ] = OutputFormat.json,
    output: Annotated[
        Optional[str],
        typer.Option(
            "--output", "-o", metavar="<path>",
            help="Write to this file instead of standard output ('-'). It is replaced whole when the run ends, and "
            "left as it was if the run gives nothing or is stopped; it may not be an input or lie in an input folder.",
        ),
    ] = None,
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
    target = None if output is None or output == STDOUT else output
    summary = RunSummary()
    committed = False
    try:
        if target is not None:
            refuse_input_target(target, paths)
        pipeline = Pipeline(stages or DEFAULT_STAGES, settings)
        with stop_quietly_on_broken_pipe(), open_output(target) as out:
            writer = PageWriter(out, output_format.value)
            for result in pipeline.extract_files(paths):
                summary.add(result)
                report(result)
                writer.add(result)
            writer.close()
            if summary.pages:  # a run that gave no page leaves the previous file as it was
                out.commit()
                committed = True
    except DatelineError as error:
        raise fail(str(error)) from None
    except Terminated as stop:
        detail = _left_behind(target, committed)
        raise fail(Errors.E024.format(signal=stop.signal_name, detail=detail), code=TERMINATED_STATUS) from None
    finish(summary, strict=strict)


def _left_behind(target: str | None, committed: bool) -> str:
    if target is None:
        return f"what was written to {STDOUT_NAME} is incomplete"
    if committed:  # the signal came after the output was in place
        return f"{readable(target)} holds the whole output"
    return f"{readable(target)} is left as it was"
