"""``dateline eval events``: coded events scored on the PLOVER gold-standard records."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from dateline.cli.app import ModelOption, eval_app, fail
from dateline.cli.evaluate import finish_report
from dateline.errors import DatelineError


class Half(str, Enum):
    even = "even"
    odd = "odd"
    all = "all"


@eval_app.command("events")
def eval_events(
    data: Annotated[Path, typer.Option("--data", help="The PLOVER gold-standard file, PLOVER_GSR_CAMEO.json.")],
    half: Annotated[
        Half, typer.Option("--half", help="even (records 0, 2, 4, ...: develop on it), odd (test: report only) or all.")
    ] = Half.even,
    limit: Annotated[Optional[int], typer.Option("--limit", help="Score only the first N records of the half.")] = None,
    model: ModelOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
) -> None:
    """Score event detection, PLOVER types (per type and macro), CAMEO roots and actor countries, one sentence a page."""
    from dateline.evaluation.events import evaluate_events

    try:
        report = evaluate_events(data, half=half.value, limit=limit, model=model)
    except DatelineError as error:
        raise fail(str(error)) from None
    finish_report(report, as_json, partial=limit is not None)
