"""The benchmark's shingle metric on texts small enough to count by hand, and the errors for a bad data folder."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from dateline.errors import DatelineError
from dateline.evaluation.extraction import PageCounts, average, compare, evaluate_extraction, shingles


def test_shingles_are_word_four_grams() -> None:
    assert shingles("The cat, the hat; the bat!") == {
        ("The", "cat", "the", "hat"): 1,
        ("cat", "the", "hat", "the"): 1,
        ("the", "hat", "the", "bat"): 1,
    }


def test_short_text_is_one_short_shingle_and_empty_text_none() -> None:
    assert shingles("Hello world") == {("Hello", "world"): 1}
    assert shingles("") == {}
    assert shingles(None) == {}
    assert shingles("... — !") == {}


def test_compare_counts_shares_of_matched_extra_and_missing() -> None:
    # Reference: a b c d e (2 shingles); extracted: a b c d x y (3 shingles), one in common.
    counts = compare("a b c d e", "a b c d x y")
    assert counts == pytest.approx(PageCounts(matched=1 / 4, extra=2 / 4, missing=1 / 4))


def test_repeated_shingles_count_as_often_as_they_occur() -> None:
    counts = compare("a b c d a b c d", "a b c d")
    # Reference shingles: abcd, bcda, cdab, dabc, abcd (5); extracted: abcd (1).
    assert counts == pytest.approx(PageCounts(matched=1 / 5, extra=0.0, missing=4 / 5))


def test_average_skips_pages_without_output_for_precision_and_without_reference_for_recall() -> None:
    pages = [
        PageCounts(matched=0.5, extra=0.5, missing=0.0),  # precision 0.5, recall 1
        PageCounts(matched=0.0, extra=0.0, missing=1.0),  # nothing extracted: recall 0, no precision
        PageCounts(matched=0.0, extra=1.0, missing=0.0),  # empty reference: precision 0, no recall
    ]
    score = average("x", pages)
    assert score.precision == pytest.approx(0.25)
    assert score.recall == pytest.approx(0.5)
    assert score.f1 == pytest.approx(2 * 0.25 * 0.5 / 0.75)
    assert score.count == 3


def test_identical_texts_score_one() -> None:
    text = "Stocks climbed on Thursday as investors grew more confident about rate cuts."
    score = average("x", [compare(text, text)])
    assert (score.precision, score.recall, score.f1) == (1.0, 1.0, 1.0)


def _write_benchmark(folder: Path, pages: dict[str, tuple[str, str]]) -> None:
    (folder / "html").mkdir(parents=True)
    truth = {}
    for page_id, (html, body) in pages.items():
        (folder / "html" / f"{page_id}.html.gz").write_bytes(gzip.compress(html.encode("utf-8")))
        truth[page_id] = {"articleBody": body, "url": f"https://example.com/{page_id}"}
    (folder / "ground-truth.json").write_text(json.dumps(truth), encoding="utf-8")


def test_evaluation_on_a_tiny_folder(tmp_path: Path) -> None:
    body = (
        "The city council approved a new budget on Tuesday after a long debate about school funding and road "
        "repairs, with seven members voting in favour and two against the plan."
    )
    html = f"<html><head><title>Council approves budget</title></head><body><article><h1>Council approves budget</h1><p>{body}</p></article></body></html>"
    _write_benchmark(tmp_path, {"p1": (html, body)})
    report = evaluate_extraction(tmp_path, baseline=False)
    assert report.task == "extraction"
    assert [score.name for score in report.scores] == ["dateline"]
    assert report.score("dateline").f1 == pytest.approx(1.0)
    assert report.score("dateline").count == 1


def test_limit_scores_only_the_first_pages(tmp_path: Path) -> None:
    html = "<html><body><p>x</p></body></html>"
    _write_benchmark(tmp_path, {"a": (html, "one two three four"), "b": (html, "five six seven eight")})
    assert evaluate_extraction(tmp_path, limit=1, baseline=False).score("dateline").count == 1


@pytest.mark.parametrize("problem", ["missing", "file", "no-truth", "no-html", "bad-json", "empty-json"])
def test_bad_data_folder_raises_e013(tmp_path: Path, problem: str) -> None:
    folder = tmp_path / "bench"
    if problem == "file":
        folder.write_text("not a folder", encoding="utf-8")
    elif problem != "missing":
        folder.mkdir()
        if problem != "no-html":
            (folder / "html").mkdir()
        if problem == "bad-json":
            (folder / "ground-truth.json").write_text("{not json", encoding="utf-8")
        elif problem == "empty-json":
            (folder / "ground-truth.json").write_text("{}", encoding="utf-8")
        elif problem == "no-html":
            (folder / "ground-truth.json").write_text('{"a": {"articleBody": "x"}}', encoding="utf-8")
    with pytest.raises(DatelineError) as caught:
        evaluate_extraction(folder)
    assert caught.value.code == "E013"
    assert str(folder) in str(caught.value)


def test_missing_page_file_raises_e013(tmp_path: Path) -> None:
    _write_benchmark(tmp_path, {})
    (tmp_path / "ground-truth.json").write_text('{"gone": {"articleBody": "x"}}', encoding="utf-8")
    with pytest.raises(DatelineError) as caught:
        evaluate_extraction(tmp_path)
    assert caught.value.code == "E013"
    assert "gone.html.gz" in str(caught.value)
