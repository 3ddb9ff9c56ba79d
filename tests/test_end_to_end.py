"""The whole default pipeline over plain-text and HTML pages at once, every output checked against the schema."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

import pytest

from dateline import extract_files
from dateline.extraction import DEFAULT_STAGES, Failure
from dateline.structure.stamps import parse_fetched_at

ROOT = Path(__file__).resolve().parents[1]
BENCHMARK_HTML = ROOT.parent / "shared" / "data" / "article-extraction-benchmark" / "html"


def test_default_pipeline_on_text_and_html_pages(
    seed_text: str, tmp_path: Path, page_schema_validator: Callable[[dict[str, Any]], None]
) -> None:
    inputs = [str(ROOT.parent / "shared" / "seed" / "page.txt"), str(ROOT / "examples" / "page.txt")]
    if BENCHMARK_HTML.is_dir():
        inputs.extend(str(path) for path in sorted(BENCHMARK_HTML.glob("*.html.gz"))[:4])
    results = list(extract_files(inputs, fetched_at=parse_fetched_at("2026-01-11T12:00:00Z")))
    assert not [r for r in results if isinstance(r, Failure)]
    assert len(results) == len(inputs)
    for page in results:
        assert not isinstance(page, Failure)
        data = page.to_dict()
        page_schema_validator(data)
        assert [p["code"] for p in data["problems"] if p["code"] == "E010"] == []
        for article in data["articles"]:
            for stage in ("entities", "times", "quotes", "places", "events", "counts"):
                assert stage in article, f"{stage} missing from {page.source.path}"
            text = article["text"]
            for entity in article["entities"]:
                assert all(text[m["start"] : m["end"]] == m["text"] for m in entity["mentions"])
            for time in article["times"]:
                assert text[time["start"] : time["end"]] == time["text"]
            for quote in article["quotes"]:
                assert all(0 <= start < end <= len(text) for start, end in quote["pieces"])
            for event in article["events"]:
                assert all(text[m["start"] : m["end"]] == m["text"] for m in event["mentions"])
            for count in article["counts"]:
                assert text[count["start"] : count["end"]] == count["text"]
    assert set(DEFAULT_STAGES) == {"entities", "times", "quotes", "places", "events", "counts"}


@pytest.mark.parametrize("stage", ["entities", "times", "quotes", "places", "events", "counts"])
def test_each_stage_alone_brings_what_it_needs(stage: str, page_schema_validator: Callable[[dict[str, Any]], None]) -> None:
    from dateline import extract

    page = extract((ROOT / "examples" / "page.txt").read_text(encoding="utf-8"), stages=[stage])
    page_schema_validator(page.to_dict())
    assert all(getattr(article, stage) is not None for article in page.articles)
