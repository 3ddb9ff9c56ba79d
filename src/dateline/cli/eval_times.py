"""``dateline eval times``: time expressions scored on TempEval-3 TimeML documents."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from dateline.cli.app import ModelOption, eval_app, fail
from dateline.cli.evaluate import finish_report
from dateline.errors import DatelineError


class Split(str, Enum):
    tbaq = "tbaq"
    platinum = "platinum"


@eval_app.command("times")
def eval_times(
    data: Annotated[Path, typer.Option("--data", help="TempEval-3 data: a folder holding TBAQ-cleaned and te3-platinum, or one of them.")],
    split: Annotated[Split, typer.Option("--split", help="tbaq (development) or platinum (test: report only, never tune).")] = Split.tbaq,
    limit: Annotated[Optional[int], typer.Option("--limit", help="Score only the first N documents.")] = None,
    model: ModelOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
) -> None:
    """Score time expressions (strict and relaxed extraction, value) with each document's creation time as anchor."""
    from dateline.evaluation.times import evaluate_times
    from dateline.pipeline import Settings

    try:
        report = evaluate_times(data, split=split.value, limit=limit, settings=Settings(model=model))
    except DatelineError as error:
        raise fail(str(error)) from None
    finish_report(report, as_json, partial=limit is not None)
