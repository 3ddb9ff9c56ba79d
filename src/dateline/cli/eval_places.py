"""``dateline eval places``: the geoparser scored on public geoparsing corpora (LGL, TR-News, GeoWebNews, GeoVirus)."""

from __future__ import annotations

import json
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from dateline.cli.app import eval_app, fail
from dateline.errors import DatelineError


class Split(str, Enum):
    dev = "dev"
    test = "test"
    all = "all"


@eval_app.command("places")
def eval_places(
    data: Annotated[
        Path,
        typer.Option(
            "--data", help="A corpus file (lgl.xml, TR-News.xml, GWN.xml, GeoVirus.xml) or a folder holding several."
        ),
    ],
    split: Annotated[
        Split, typer.Option("--split", help="test (report), dev (every 5th document: develop on it) or all.")
    ] = Split.test,
    limit: Annotated[Optional[int], typer.Option("--limit", help="Score only the first N documents of each corpus.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
) -> None:
    """Score place detection (P/R/F1) and resolution: exact GeoNames id and within 161 km, on the names found."""
    from dateline.evaluation.places import evaluate_places, floor_failures

    try:
        report = evaluate_places(data, split=split.value, limit=limit)
    except DatelineError as error:
        raise fail(str(error)) from None
    typer.echo(json.dumps(report.to_dict(), indent=2) if as_json else report.table())
    # Only the floors of the corpora given are checked: scoring one corpus must not fail on another's floor.
    failures = floor_failures(report)
    for failure in failures:
        typer.echo(f"dateline: floor: {failure}", err=True)
    if failures:
        raise typer.Exit(1)
