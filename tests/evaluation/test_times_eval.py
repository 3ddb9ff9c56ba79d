"""The TempEval-3 scorer on TimeML documents written for these tests, and the floors that guard our figures.

The fixture holds three short documents annotated by hand in TimeML style. Two annotations are left where
dateline disagrees on purpose, so the test can see each score move: "late on Monday night" (dateline
finds "Monday night": relaxed, not strict), "a week" after an event (annotated as that week, read by
dateline as an amount) and "the coming months" (annotated FUTURE_REF, read as PXM).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from dateline.cli import app
from dateline.errors import DatelineError
from dateline.evaluation.report import below_floor, load_floors
from dateline.records import TimeExpression
from dateline.evaluation.times import (
    TimeMLDocument,
    evaluate_times,
    read_timeml,
    score_document,
    split_folder,
)

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "timeml"


@pytest.fixture(scope="module")
def fixture_report(language_nlp: Any) -> Any:
    return evaluate_times(FIXTURE)


def test_timeml_reading_strips_markup_and_keeps_offsets() -> None:
    document = read_timeml(FIXTURE / "port_strike.tml")
    assert document.dct == "2019-05-15"
    assert "<EVENT" not in document.text and "&amp;" not in document.text and "&" in document.text
    assert len(document.times) == 10
    for gold in document.times:
        assert document.text[gold.start : gold.end] == gold.text
    assert (document.times[0].text, document.times[0].type, document.times[0].value) == ("Tuesday", "DATE", "2019-05-14")


def test_matching_is_relaxed_on_overlap_and_strict_on_extent() -> None:
    text = "They met late on Monday night and again on Friday."
    document = TimeMLDocument("t", text, "2019-05-15", [])
    from dateline.evaluation.times import GoldTime

    document.times = [
        GoldTime(9, 28, "late on Monday night", "TIME", "2019-05-13TNI"),
        GoldTime(42, 48, "Friday", "DATE", "2019-05-10"),
    ]
    system = [
        TimeExpression(start=17, end=28, text="Monday night", type="TIME", value="2019-05-13TNI"),
        TimeExpression(start=42, end=48, text="Friday", type="DATE", value="2019-05-17"),
        TimeExpression(start=0, end=4, text="They", type="DATE", value="X"),
    ]
    counts = score_document(document, system)
    assert (counts.gold, counts.system, counts.relaxed, counts.strict, counts.value, counts.type) == (2, 3, 2, 1, 1, 2)


def test_fixture_scores(fixture_report: Any) -> None:
    assert fixture_report.task == "times"
    relaxed, strict, value = (fixture_report.score(name) for name in ("relaxed", "strict", "value"))
    assert (relaxed.precision, relaxed.recall) == (1.0, 1.0)
    assert strict.f1 == pytest.approx(24 / 25)
    assert value.f1 == pytest.approx(23 / 25)
    assert relaxed.extra["value_accuracy"] == pytest.approx(23 / 25)


def test_fixture_holds_the_floors(fixture_report: Any) -> None:
    assert set(load_floors()["times"]) >= {"strict.f1", "relaxed.f1", "value.f1"}
    assert below_floor(fixture_report) == []


def test_split_folders_are_found(tmp_path: Path) -> None:
    (tmp_path / "Training" / "TBAQ-cleaned").mkdir(parents=True)
    (tmp_path / "Evaluation" / "te3-platinum").mkdir(parents=True)
    assert split_folder(tmp_path, "tbaq").name == "TBAQ-cleaned"
    assert split_folder(tmp_path, "platinum").name == "te3-platinum"
    assert split_folder(FIXTURE, "platinum") == FIXTURE  # a plain folder of TimeML files is scored as it is


def test_bad_data_paths_are_reported(tmp_path: Path) -> None:
    with pytest.raises(DatelineError) as missing:
        evaluate_times(tmp_path / "nowhere", parse=False)
    assert missing.value.code == "E013"
    with pytest.raises(DatelineError) as empty:
        evaluate_times(tmp_path, parse=False)
    assert "no .tml files" in str(empty.value)
    result = CliRunner().invoke(app, ["eval", "times", "--data", str(tmp_path / "nowhere")])
    assert result.exit_code == 1 and "E013" in result.output


def test_cli_prints_the_report(language_nlp: Any) -> None:
    result = CliRunner().invoke(app, ["eval", "times", "--data", str(FIXTURE), "--json"])
    assert result.exit_code == 0, result.output
    assert '"task": "times"' in result.stdout


@pytest.mark.skipif(not os.environ.get("DATELINE_TEMPEVAL3"), reason="set DATELINE_TEMPEVAL3 to the TempEval-3 data")
def test_tbaq_holds_the_floors(language_nlp: Any) -> None:
    report = evaluate_times(Path(os.environ["DATELINE_TEMPEVAL3"]), split="tbaq")
    assert report.score("relaxed").count > 1000, "expected the full TBAQ-cleaned collection"
    assert below_floor(report) == []
