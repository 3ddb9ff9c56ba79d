"""Body extraction on the 181 pages of the article-extraction-benchmark: dateline must hold its floor and must
not fall below plain trafilatura scored in the same run."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.evaluation.extraction import evaluate_extraction
from dateline.evaluation.report import Report, below_floor, load_floors

BENCHMARK = Path(__file__).resolve().parents[2] / ".." / "shared" / "data" / "article-extraction-benchmark"
PAGES = 181


@pytest.fixture(scope="module")
def report() -> Report:
    if not (BENCHMARK / "ground-truth.json").is_file():
        pytest.skip(f"the article-extraction-benchmark data is not beside the repository ({BENCHMARK})")
    return evaluate_extraction(BENCHMARK, baseline=True)


def test_all_pages_scored(report: Report) -> None:
    assert [score.name for score in report.scores] == ["dateline", "trafilatura"]
    assert all(score.count == PAGES for score in report.scores)


def test_extraction_holds_its_floor(report: Report) -> None:
    assert "dateline.f1" in load_floors().get("extraction", {})
    assert below_floor(report) == [], report.table()


def test_dateline_is_not_below_plain_trafilatura(report: Report) -> None:
    ours, theirs = report.score("dateline"), report.score("trafilatura")
    assert ours.f1 >= theirs.f1, report.table()


@pytest.fixture(scope="module")
def text_report() -> Report:
    if not (BENCHMARK / "ground-truth.json").is_file():
        pytest.skip(f"the article-extraction-benchmark data is not beside the repository ({BENCHMARK})")
    return evaluate_extraction(BENCHMARK, baseline=True, as_text=True)


def test_plain_text_reader_on_page_dumps_holds_its_floor_and_beats_the_raw_dump(text_report: Report) -> None:
    assert [score.name for score in text_report.scores] == ["dateline", "raw text dump"]
    assert below_floor(text_report) == [], text_report.table()
    ours, dump = text_report.score("dateline"), text_report.score("raw text dump")
    assert ours.f1 > dump.f1 and ours.precision > dump.precision + 0.2, text_report.table()
