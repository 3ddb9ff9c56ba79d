"""``dateline eval extraction``: body extraction from HTML, scored with the benchmark's own metric."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Optional

import typer

from dateline.cli.app import eval_app, fail, finish
from dateline.errors import DatelineError
from dateline.evaluation.report import Report, below_floor
from dateline.outcome import RunSummary


def finish_report(report: Report, as_json: bool, *, partial: bool = False) -> None:
    """Print a report as a table (or JSON) and every floor it fell below, then exit non-zero if it fell below one.

    A run on part of the data (``--limit``) is no measure of a floor: its floor failures are printed, not enforced.
    """
    typer.echo(json.dumps(report.to_dict(), indent=2) if as_json else report.table())
    failures = below_floor(report)
    for failure in failures:
        typer.echo(f"dateline: floor: {failure}{' (not enforced: --limit)' if partial else ''}", err=True)
    finish(RunSummary(reports=1, below_floor=[] if partial else failures))


@eval_app.command("extraction")
def eval_extraction(
    data: Annotated[Path, typer.Option("--data", help="The article-extraction-benchmark folder (html/, ground-truth.json).")],
    limit: Annotated[Optional[int], typer.Option("--limit", help="Score only the first N pages.")] = None,
    baseline: Annotated[bool, typer.Option("--baseline/--no-baseline", help="Also score plain trafilatura.")] = True,
    as_text: Annotated[
        bool, typer.Option("--as-text", help="Score the plain-text reader on each page flattened to a text dump.")
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
) -> None:
    """Score article-body extraction on HTML pages with the benchmark's 4-gram shingle metric."""
    from dateline.evaluation.extraction import evaluate_extraction

    try:
        report = evaluate_extraction(data, limit=limit, baseline=baseline, as_text=as_text)
    except DatelineError as error:
        raise fail(str(error)) from None
    finish_report(report, as_json, partial=limit is not None)
