"""Floors: the ones of a report's task and split apply, and every ``dateline eval`` command exits non-zero below one."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from dateline.cli import app
from dateline.evaluation import report as report_module
from dateline.evaluation.report import Report, Score, below_floor

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
BENCHMARK = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "article-extraction-benchmark"
RUNS = {
    "extraction": ["eval", "extraction", "--data", str(BENCHMARK), "--no-baseline"],
    "quotes": ["eval", "quotes", "--data", str(FIXTURES / "quotes_brat"), "--split", "dev"],
    "times": ["eval", "times", "--data", str(FIXTURES / "timeml")],
    "events": ["eval", "events", "--data", str(FIXTURES / "events_gold.json"), "--half", "all"],
    "places": ["eval", "places", "--data", str(FIXTURES / "places" / "dateline-own.xml"), "--split", "all"],
}


def test_floors_of_another_split_do_not_apply() -> None:
    report = Report(task="quotes", data="d", scores=[Score("all", 0.5, 0.5, 0.5, 1)], split="train")
    floors = {"quotes@dev": {"all.f1": 0.9}, "quotes": {"all.recall": 0.4}}
    assert below_floor(report, floors) == []
    report.split = "dev"
    (failure,) = below_floor(report, floors)
    assert failure.startswith("[E014] Score all.f1=0.5000")


def test_a_metric_the_score_does_not_carry_is_not_checked() -> None:
    report = Report(task="places", data="d", scores=[Score("geovirus", 0.9, 0.9, 0.9, 1, {"acc161": 0.7})])
    assert below_floor(report, {"places": {"geovirus.exact": 0.99, "geovirus.acc161": 0.6}}) == []


@pytest.mark.parametrize("task", sorted(RUNS))
def test_every_eval_command_exits_non_zero_below_a_floor(
    task: str, monkeypatch: pytest.MonkeyPatch, language_nlp: object
) -> None:
    if task == "extraction" and not BENCHMARK.is_dir():
        pytest.skip("the article-extraction benchmark is not beside the repository")
    # Each evaluation's own tests check that it holds the real floors; here every floor is out of reach.
    impossible = {key: {metric: 1.01 for metric in metrics} for key, metrics in report_module.load_floors().items()}
    monkeypatch.setattr(report_module, "load_floors", lambda: impossible)
    result = CliRunner().invoke(app, RUNS[task])
    assert result.exit_code == 1 and "[E014]" in result.stderr
    partial = CliRunner().invoke(app, [*RUNS[task], "--limit", "1"])
    assert partial.exit_code == 0 and "not enforced: --limit" in partial.stderr
