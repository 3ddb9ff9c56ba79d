"""``dateline eval places``: the geoparser scored on public geoparsing corpora (LGL, TR-News, GeoWebNews, GeoVirus)."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from dateline.cli.app import ModelOption, eval_app, fail
from dateline.cli.evaluate import finish_report
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
    model: ModelOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
) -> None:
    """Score place detection (P/R/F1) and resolution: exact GeoNames id and within 161 km, on the names found."""
    from dateline.evaluation.places import evaluate_places, pipeline_geoparser
    from dateline.pipeline import Settings

    try:
        report = evaluate_places(data, split=split.value, limit=limit, geoparser=pipeline_geoparser(Settings(model=model)))
    except DatelineError as error:
        raise fail(str(error)) from None
    finish_report(report, as_json, partial=limit is not None)
