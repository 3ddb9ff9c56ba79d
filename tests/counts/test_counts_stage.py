"""The counts stage in the pipeline: records on articles, offsets into the article's text, whole or windowed."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from dateline.counts import COUNTS
from dateline.extraction import extract
from dateline.pipeline import REGISTRY, Pipeline, Settings, StageRegistry

PAGE = (
    "Flood death toll climbs in delta\n\nPublished 4 June 2025\n\n"
    "DHAKA: Floods in the river delta killed at least 37 people this week, officials said on Wednesday.\n\n"
    "Some 12,000 residents were evacuated from low-lying villages, and tens of thousands more were stranded "
    "on rooftops without drinking water.\n\n"
    "Police arrested 14 protesters who blocked a highway on Tuesday; about 10 were later released.\n\n"
    "The storm of 2019 left 300 families homeless, and in the 1990s the river rose by 3 metres.\n"
)
EXPECTED = [
    ("at least 37 people", 37, None, False, "people", "KILL"),
    ("Some 12,000 residents", 12000, 12000, True, "residents", "EVACUATE"),
    ("tens of thousands", 20000, None, True, "residents", "AFFECT"),
    ("14 protesters", 14, 14, False, "protesters", "ARREST"),
    ("about 10", 10, 10, True, "protesters", "RELEASE"),
    ("300 families", 300, 300, False, "families", "DISPLACED"),
]


@pytest.fixture()
def counts_registered() -> Iterator[None]:
    """The counts stage available to ``extract``: registered for the test unless dateline already lists it."""
    added = "counts" not in REGISTRY
    if added:
        REGISTRY.register(COUNTS)
    yield
    if added:
        REGISTRY.unregister("counts")


def test_extract_puts_counts_on_the_article(
    counts_registered: None, page_schema_validator: Callable[[dict[str, Any]], None]
) -> None:
    page = extract(PAGE, stages=["counts"])
    article = page.articles[0]
    found = article.counts or []
    assert [(c.text, c.min, c.max, c.approximate, c.object, c.type) for c in found] == EXPECTED
    assert all(article.text[c.start : c.end] == c.text for c in found)
    assert not [problem for problem in page.problems if problem.stage == "counts"]
    page_schema_validator(page.to_dict())


def test_a_windowed_article_has_the_counts_of_a_whole_one(language_nlp: Any) -> None:
    registry = StageRegistry(plugins=False)
    if "counts" not in registry:
        registry.register(COUNTS)
    paragraphs = PAGE.split("\n\n")
    text = "\n\n".join(paragraphs[:2] + paragraphs[2:] * 6)
    whole = Pipeline(["counts"], Settings(), registry=registry).extract(text).articles[0]
    windowed = Pipeline(["counts"], Settings(window_chars=1000), registry=registry).extract(text).articles[0]
    assert len(windowed.text) > 2000 and windowed.text == whole.text
    assert len(whole.counts or []) == 6 * len(EXPECTED)
    assert [(c.start, c.end, c.type) for c in whole.counts or []] == [
        (c.start, c.end, c.type) for c in windowed.counts or []
    ]
    assert all(windowed.text[c.start : c.end] == c.text for c in windowed.counts or [])


def test_the_stage_declares_what_it_reads_and_writes() -> None:
    assert (COUNTS.name, COUNTS.reads, COUNTS.writes, COUNTS.languages) == (
        "counts",
        ("text", "parse"),
        ("counts",),
        ("en",),
    )
