from __future__ import annotations

from collections.abc import Sequence

import pytest

from dateline import extract
from dateline.errors import DatelineError
from dateline.model import Article
from dateline.pipeline import STAGES, Context, resolve_stages, run_stages, stage

PAGE = (
    "Council approves new bus lanes\n\nPublished 3 June 2025\n\n"
    "LEEDS: The city council approved six new bus lanes on Tuesday.\n\n\n"
    "Drought forces water limits in Catalonia\n\nPublished 3 June 2025\n\n"
    "BARCELONA: Authorities limited water use in 200 towns on Tuesday.\n"
)


@pytest.fixture()
def fragile_stage() -> None:
    @stage("test_fragile", requires=("structure",), assigns=("counts",))
    def fragile(articles: Sequence[Article], context: Context) -> None:
        for article in articles:
            if "Catalonia" in (article.title or ""):
                raise ValueError("cannot count this one")
            article.counts = {"paragraphs": len(article.paragraphs)}

    yield
    del STAGES["test_fragile"]


def test_requirements_come_first_and_unknown_stages_are_named() -> None:
    assert [s.name for s in resolve_stages(["language", "structure"])] == ["language", "structure"]
    with pytest.raises(DatelineError) as caught:
        resolve_stages(["nonsense"])
    assert caught.value.code == "E012"


def test_one_failing_article_is_reported_and_skipped(fragile_stage: None) -> None:
    page = extract(PAGE, stages=["test_fragile"])
    assert [a.title for a in page.articles] == ["Council approves new bus lanes"]
    assert page.articles[0].counts == {"paragraphs": 1}
    (problem,) = page.problems
    assert problem.code == "E010" and problem.stage == "test_fragile"
    assert "cannot count this one" in problem.message


def test_run_stages_forgets_parses_after_the_run() -> None:
    context = Context()
    articles = extract(PAGE, stages=["structure"]).articles
    survivors, problems = run_stages(articles, resolve_stages(["structure"]), context)
    assert survivors == articles and problems == [] and context.parses == {}


def test_library_output_validates_against_the_schema(seed_text: str, page_schema_validator) -> None:
    from dateline.structure.stamps import parse_fetched_at

    page = extract(seed_text, fetched_at=parse_fetched_at("2026-01-11T12:00:00Z"), stages=["structure"])
    page_schema_validator(page.to_dict())
    assert len({a.id for a in page.articles}) == 2
    again = extract(seed_text, fetched_at=parse_fetched_at("2026-01-11T12:00:00Z"), stages=["structure"])
    assert [a.id for a in again.articles] == [a.id for a in page.articles]


def test_pages_batched_together_keep_their_own_articles_and_problems(fragile_stage: None, tmp_path) -> None:
    from dateline import extract_files
    from dateline.extraction import Failure
    from dateline.pipeline import Settings

    leeds, catalonia = PAGE.split("\n\n\n")
    (tmp_path / "1.txt").write_text(leeds + "\n", encoding="utf-8")
    (tmp_path / "2.txt").write_bytes(b"")
    (tmp_path / "3.txt").write_text(catalonia, encoding="utf-8")
    (tmp_path / "4.txt").write_text(PAGE, encoding="utf-8")
    results = list(extract_files([str(tmp_path)], stages=["test_fragile"], settings=Settings(batch_size=64)))
    assert [type(r).__name__ for r in results] == ["Page", "Failure", "Page", "Page"]
    pages = [result for result in results if not isinstance(result, Failure)]
    outcome = [([a.title for a in page.articles], [p.code for p in page.problems]) for page in pages]
    assert outcome == [
        (["Council approves new bus lanes"], []),
        ([], ["E010"]),
        (["Council approves new bus lanes"], ["E010"]),
    ]
