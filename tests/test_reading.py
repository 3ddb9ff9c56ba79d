from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from dateline.errors import InputError
from dateline.model import Failure, Page
from dateline.reader import RawPage, raw_page_from_text
from dateline.reading import read_inputs, read_page

PAGE = "Harbour ferry back in service after storm\n\nGDANSK: The ferry across the harbour ran again on Friday after two days ashore.\n"


def _raw(text: str) -> RawPage:
    return RawPage(path="<text>", text=text, format="text", encoding="utf-8", size=len(text))


@pytest.mark.parametrize("text", ["", "  \n\t\n"])
def test_a_blank_text_is_refused_as_an_empty_file_is(text: str) -> None:
    with pytest.raises(InputError) as caught:
        read_page(raw_page_from_text(text), fetched_at=None)
    assert caught.value.code == "E001"
    assert str(caught.value) == "[E001] File is empty: <text>"


def test_lone_surrogates_become_replacement_characters_with_a_problem() -> None:
    raw = raw_page_from_text(PAGE.replace("ran again", "ran \ud800again"))
    assert raw.size == len(raw.text.encode("utf-8"))
    page = read_page(raw, fetched_at=None)
    (article,) = page.articles
    assert "ran \ufffdagain" in article.text
    assert [(problem.code, problem.stage) for problem in page.problems] == [("E028", "reader")]
    assert page.problems[0].message.startswith("[E028] 1 lone surrogate character(s) in the text of <text> became U+FFFD")


def test_a_surrogate_pair_written_as_two_code_points_joins_into_its_character() -> None:
    raw = raw_page_from_text(PAGE.replace("storm", "storm \ud83c\udf0a"))
    assert "storm \U0001f30a" in raw.text
    assert raw.problems == []


def test_a_page_built_by_hand_is_repaired_too() -> None:
    page = read_page(_raw(PAGE.replace("ferry", "fer\x00ry\ud800", 1)), fetched_at=None)
    assert page.articles[0].title == "Harbour ferry\ufffd back in service after storm"
    assert sorted(problem.code for problem in page.problems) == ["E027", "E028"]


def test_text_over_the_limit_is_refused() -> None:
    with pytest.raises(InputError) as caught:
        raw_page_from_text(PAGE, max_bytes=20)
    assert caught.value.code == "E004"


def test_decoding_problems_reach_the_page(tmp_path: Path) -> None:
    (tmp_path / "cut.txt.gz").write_bytes(gzip.compress(PAGE.encode() * 200)[:-12])
    (raw,) = list(read_inputs([str(tmp_path)], max_bytes=1_000_000))
    assert isinstance(raw, RawPage)
    page = read_page(raw, fetched_at=None)
    assert isinstance(page, Page) and page.articles
    assert [problem.code for problem in page.problems] == ["E026"]


def test_inputs_that_cannot_be_read_come_as_failures_in_order(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_bytes(b'<html><head><meta charset="undefined"></head><body><p>Caf\xe9</p></body></html>')
    (tmp_path / "b.txt").write_bytes(b"")
    results = list(read_inputs([str(tmp_path), str(tmp_path / "missing.txt")], max_bytes=1_000_000))
    assert isinstance(results[0], RawPage) and "Café" in results[0].text
    assert [(item.code, Path(item.path).name) for item in results[1:] if isinstance(item, Failure)] == [
        ("E001", "b.txt"),
        ("E005", "missing.txt"),
    ]
