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
from dateline.cli.store import ClusterOption, Engine, EngineOption, SchedulerOption, on_engine
from dateline.errors import DatelineError, Errors
from dateline.outcome import RunSummary
from dateline.output import STDOUT, STDOUT_NAME, PageWriter, open_output, readable, refuse_input_target
from dateline.pipeline import DEFAULT_STAGES, Pipeline, Settings
from dateline.pipeline.settings import DEFAULT_BATCH_SIZE, DEFAULT_WINDOW_CHARS
from dateline.reader import DEFAULT_MAX_BYTES


class OutputFormat(str, Enum):
    json = "json"
    jsonl = "jsonl"
    text = "text"
    parquet = "parquet"


@app.command()
def extract(
    paths: PathsArgument,
    fetched_at: FetchedAtOption = None,
    published: PublishedOption = None,
    output_format: Annotated[
        OutputFormat,
        typer.Option(
            "--format", "-f",
            help="json (an array of pages, also for one input), jsonl (one page or failure a line) or text; with "
            "--engine dask, jsonl or parquet partitions.",
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
    engine: EngineOption = Engine.local,
    scheduler: SchedulerOption = None,
    cluster: ClusterOption = None,
) -> None:
    """Read news pages (plain text or HTML) and print their articles as structured records.

    With --engine dask the pages are parsed on a Dask cluster and written to the folder -o names, one file per
    partition (part-00000.jsonl, ...), each renamed into place when whole."""
    settings = make_settings(
        fetched_at=fetched_at, published=published, model=model, batch_size=batch_size, max_bytes=max_bytes,
        window_chars=window_chars, stage_options=stage_options,
    )  # fmt: skip
    if engine is Engine.dask or output_format is OutputFormat.parquet:
        _extract_on_cluster(paths, output, stages, settings, output_format, scheduler, cluster, strict)
        return
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


def _extract_on_cluster(
    paths: list[str], output: str | None, stages: list[str] | None, settings: Settings, output_format: OutputFormat,
    scheduler: str | None, cluster: str | None, strict: bool,
) -> None:  # fmt: skip
    from dateline.cluster import extract_partitions

    if output_format not in (OutputFormat.jsonl, OutputFormat.parquet) or not output or output == STDOUT:
        raise fail("--engine dask writes partitions: give -o FOLDER and --format jsonl or parquet", code=2)
    try:
        refuse_input_target(output, paths)
        with on_engine(Engine.dask, scheduler, cluster) as engine:
            written, failures = extract_partitions(paths, output, engine, stages=stages or DEFAULT_STAGES, settings=settings,
                                                   output_format=output_format.value)  # fmt: skip
    except DatelineError as error:
        raise fail(str(error)) from None
    for failure in failures:
        typer.echo(f"dateline: error: {readable(failure.message)}", err=True)
    typer.echo(f"dateline: extract: {written} pages written to {readable(output)}, {len(failures)} inputs gave none", err=True)
    if written == 0 or (strict and failures):
        raise typer.Exit(1)


def _left_behind(target: str | None, committed: bool) -> str:
    if target is None:
        return f"what was written to {STDOUT_NAME} is incomplete"
    if committed:  # the signal came after the output was in place
        return f"{readable(target)} holds the whole output"
    return f"{readable(target)} is left as it was"
