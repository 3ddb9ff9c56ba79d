"""``dateline eval quotes``: quotes scored against PolNeAR (or any brat attribution corpus with the same layout)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from dateline.cli.app import ModelOption, eval_app, fail
from dateline.cli.evaluate import finish_report
from dateline.errors import DatelineError


@eval_app.command("quotes")
def eval_quotes(
    data: Annotated[Path, typer.Option("--data", help="The PolNeAR folder (holding data/<split>/text and attributions).")],
    split: Annotated[str, typer.Option("--split", help="train, dev or test (develop on train and dev only).")] = "dev",
    limit: Annotated[Optional[int], typer.Option("--limit", help="Score only the first N documents.")] = None,
    model: ModelOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
) -> None:
    """Score quote contents (exact and overlap) and speakers against brat attribution annotations."""
    from dateline.evaluation.quotes import SPLITS, evaluate_quotes
    from dateline.pipeline import Settings

    if split not in SPLITS:
        raise fail(f"--split must be one of {', '.join(SPLITS)}, not {split!r}")
    try:
        report = evaluate_quotes(data, split=split, limit=limit, settings=Settings(model=model))
    except DatelineError as error:
        raise fail(str(error)) from None
    finish_report(report, as_json, partial=limit is not None)
