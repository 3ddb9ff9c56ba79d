"""The times stage in the pipeline: anchors from the article, --published, and the output schema."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime, timezone
from typing import Any

from typer.testing import CliRunner

from dateline import extract
from dateline.cli import app
from dateline.extraction import DEFAULT_STAGES
from dateline.model import Article, Paragraph
from dateline.times.stage import article_anchor

DATED_PAGE = (
    "Flood waters recede in river delta\n\nUpdated 15 May 2019\n\n"
    "DHAKA: Flood waters began to recede on Tuesday after a week of heavy rain, officials said.\n"
    "The government said schools would reopen next month, and a two-year rebuilding plan would start in July.\n"
)
UNDATED_PAGE = (
    "Flood waters recede in river delta\n\n"
    "DHAKA: Flood waters began to recede on Tuesday after a week of heavy rain, officials said.\n"
    "Relief flights resumed on January 3 and the airport reopened last month.\n"
)
RELATIVE_PAGE = (
    "Flood waters recede in river delta\n\nUpdated 2 hours ago\n\n"
    "DHAKA: Flood waters began to recede on Saturday, officials said.\n"
)
FETCHED = datetime(2026, 1, 11, 12, 0, tzinfo=timezone.utc)


def times(page: Any) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in page.articles[0].times]


def test_times_run_by_default() -> None:
    assert "times" in DEFAULT_STAGES


def test_the_article_time_anchors_its_times(language_nlp: Any) -> None:
    page = extract(DATED_PAGE, stages=["times"])
    found = times(page)
    assert ("Tuesday", "2019-05-14") in found
    assert ("next month", "2019-06") in found
    assert ("two-year", "P2Y") in found
    assert ("July", "2019-07") in found  # the plan starts in the future: this July


def test_records_point_into_the_article_text(language_nlp: Any) -> None:
    article = extract(DATED_PAGE, stages=["times"]).articles[0]
    assert article.times
    for record in article.times:
        assert article.text[record.start : record.end] == record.text
        assert set(record.to_dict()) == {"text", "start", "end", "type", "value", "mod"}


def test_no_anchor_keeps_relative_values_open(language_nlp: Any) -> None:
    found = times(extract(UNDATED_PAGE, stages=["times"]))
    assert ("Tuesday", "XXXX-WXX-2") in found
    assert ("January 3", "XXXX-01-03") in found
    assert ("last month", "XXXX-XX") in found


def test_published_anchors_a_text_without_a_date(language_nlp: Any) -> None:
    page = extract(UNDATED_PAGE, stages=["times"], published=datetime(2019, 5, 15, tzinfo=timezone.utc))
    assert page.articles[0].published == "2019-05-15T00:00:00Z"
    found = times(page)
    assert ("Tuesday", "2019-05-14") in found
    assert ("January 3", "2019-01-03") in found
    assert ("last month", "2019-04") in found


def test_published_does_not_replace_the_articles_own_time(language_nlp: Any) -> None:
    page = extract(DATED_PAGE, stages=["times"], published=datetime(2001, 1, 1, tzinfo=timezone.utc))
    assert page.articles[0].published is None and page.articles[0].updated == "2019-05-15"
    assert ("Tuesday", "2019-05-14") in times(page)


def test_a_relative_stamp_anchors_at_the_fetch_time(language_nlp: Any) -> None:
    page = extract(RELATIVE_PAGE, stages=["times"], fetched_at=FETCHED)
    assert ("Saturday", "2026-01-10") in times(page)


def test_anchor_prefers_published_then_updated() -> None:
    article = Article(text="x", paragraphs=[Paragraph(0, 1)], published=None, updated="2019-05-15T08:00:00Z")
    anchor = article_anchor(article)
    assert anchor is not None and anchor.day.isoformat() == "2019-05-15"
    article.published = "2019-05-14"
    anchor = article_anchor(article)
    assert anchor is not None and anchor.day.isoformat() == "2019-05-14"
    assert article_anchor(Article(text="x", paragraphs=[Paragraph(0, 1)])) is None


def test_cli_published_and_schema(tmp_path: Any, page_schema_validator: Callable[[dict[str, Any]], None], language_nlp: Any) -> None:
    path = tmp_path / "undated.txt"
    path.write_text(UNDATED_PAGE, encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(path), "--stage", "times", "--published", "2019-05-15"])
    assert result.exit_code == 0, result.output
    (page,) = json.loads(result.stdout)
    page_schema_validator(page)
    values = {t["text"]: t["value"] for t in page["articles"][0]["times"]}
    assert values["Tuesday"] == "2019-05-14"


def test_cli_rejects_a_bad_published_time() -> None:
    result = CliRunner().invoke(app, ["extract", "-", "--published", "mid-May"], input=UNDATED_PAGE)
    assert result.exit_code != 0
    assert "--published" in result.output
