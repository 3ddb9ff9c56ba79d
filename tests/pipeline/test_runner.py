"""The Pipeline: what fails costs only its own records, batching never changes results, and a run can be rebuilt."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest

from dateline.entities.article import ArticleEntities
from dateline.entities.registry import EntityRegistry, ResolvedEntity
from dateline.model import Failure, Page
from dateline.pipeline import DEFAULT_STAGES, Pipeline, Settings, StageRegistry, Work, stage

PAGE = (
    "Council approves new bus lanes\n\nPublished 3 June 2025\n\n"
    "LEEDS: The city council approved six new bus lanes on Tuesday, said Mayor Helen Ward.\n\n\n"
    "Drought forces water limits in Catalonia\n\nPublished 3 June 2025\n\n"
    "BARCELONA: Authorities led by Jordi Puig limited water use in 200 towns on Tuesday.\n"
)


@stage("fragile", reads=("text",), writes=("counts",))
def fragile(batch: Sequence[Work], resource: None) -> None:
    for work in batch:
        if "Catalonia" in (work.article.title or ""):
            raise ValueError("cannot count this one")
    for work in batch:
        work.article.counts = []


@stage("after_fragile", reads=("counts",), writes=("events",))
def after_fragile(batch: Sequence[Work], resource: None) -> None:
    for work in batch:
        work.article.events = []


def _registry() -> StageRegistry:
    registry = StageRegistry(plugins=False)
    registry.register(fragile)
    registry.register(after_fragile)
    return registry


def test_a_failing_stage_costs_the_article_only_its_own_records() -> None:
    page = Pipeline(["fragile", "after_fragile", "times"], registry=_registry()).extract(PAGE)
    leeds, catalonia = page.articles  # every article is kept
    assert (leeds.counts, leeds.events, leeds.problems) == ([], [], [])
    assert catalonia.counts is None and catalonia.times is not None  # what did not depend on it went through
    failed, skipped = catalonia.problems
    assert (failed.code, failed.stage, failed.article) == ("E010", "fragile", catalonia.id)
    assert "ValueError: cannot count this one" in failed.message and "kept without its counts" in failed.message
    assert (skipped.code, skipped.stage) == ("E017", "after_fragile") and catalonia.events is None
    assert "counts" not in page.to_dict()["articles"][1]


def test_pages_batched_together_keep_their_own_articles_and_problems(tmp_path: Path) -> None:
    leeds, catalonia = PAGE.split("\n\n\n")
    (tmp_path / "1.txt").write_text(leeds + "\n", encoding="utf-8")
    (tmp_path / "2.txt").write_bytes(b"")
    (tmp_path / "3.txt").write_text(catalonia, encoding="utf-8")
    (tmp_path / "4.txt").write_text(PAGE, encoding="utf-8")
    pipeline = Pipeline(["fragile"], Settings(batch_size=64), registry=_registry())
    results = list(pipeline.extract_files([str(tmp_path)]))
    assert [type(r).__name__ for r in results] == ["Page", "Failure", "Page", "Page"]
    assert isinstance(results[1], Failure) and results[1].code == "E001"
    pages = [r for r in results if isinstance(r, Page)]
    outcome = [[(a.counts, [p.code for p in a.problems]) for a in page.articles] for page in pages]
    assert outcome == [[([], [])], [(None, ["E010"])], [([], []), (None, ["E010"])]]


class FlakyRegistry(EntityRegistry):
    """The in-memory registry, failing once on the page that names Jordi Puig."""

    def __init__(self) -> None:
        super().__init__()
        self.failed = False

    def resolve(self, articles: Sequence[ArticleEntities], *, page: int | None = None) -> list[list[ResolvedEntity]]:
        result = super().resolve(articles, page=page)
        names = {entity.name for article in articles for entity in article.entities}
        if "Jordi Puig" in names and not self.failed:
            self.failed = True
            raise RuntimeError("the store went away")
        return result


def test_a_retry_after_a_failed_resolve_counts_nothing_twice(language_nlp: object) -> None:
    second = PAGE.replace("Helen Ward", "Helen Ward and Jordi Puig")
    flaky = FlakyRegistry()
    pipeline = Pipeline(["entities"], Settings(batch_size=64), resources={"entities": flaky})
    results = list(pipeline.run(Pipeline(["structure"]).extract(text) for text in (PAGE, second)))
    assert flaky.failed
    steady = list(Pipeline(["entities"]).run(Pipeline(["structure"]).extract(text) for text in (PAGE, second)))
    ids = [[[e.id for e in a.entities or []] for a in p.articles] for p in results]  # type: ignore[union-attr]
    assert ids == [[[e.id for e in a.entities or []] for a in p.articles] for p in steady]  # type: ignore[union-attr]
    assert sorted(record.id for record in flaky.people) == sorted({record.id for record in flaky.people})
    assert [record.name for record in flaky.people].count("Jordi Puig") == 1


def test_parses_are_let_go_after_each_batch() -> None:
    seen: list[Work] = []

    @stage("watcher", reads=("parse",), writes=("extra.seen",))
    def watcher(batch: Sequence[Work], resource: None) -> None:
        assert all(work.doc is not None for work in batch)
        seen.extend(batch)

    registry = StageRegistry(plugins=False)
    registry.register(watcher)
    Pipeline(["watcher"], registry=registry).extract(PAGE)
    assert len(seen) == 2 and all(work.doc is None for work in seen)


def test_a_pipeline_is_rebuilt_from_its_description() -> None:
    settings = Settings(batch_size=7, stage_options={"language": {"batch_chars": 50_000}})
    pipeline = Pipeline(["quotes"], settings)
    description = pipeline.to_dict()
    assert description == {"stages": ["quotes"], "settings": settings.to_dict()}
    again = Pipeline.from_dict(description)
    assert [s.name for s in again.stages] == [s.name for s in pipeline.stages]
    assert again.settings == pipeline.settings
    assert again.extract(PAGE).to_dict() == pipeline.extract(PAGE).to_dict()


def test_a_store_can_bring_its_own_resolver() -> None:
    mine = EntityRegistry()
    Pipeline(["entities"], resources={"entities": mine}).extract(PAGE)
    assert {record.name for record in mine.people} >= {"Helen Ward", "Jordi Puig"}


@pytest.mark.parametrize("options", [{"language": {"chunk_size": 5}}, {"nowhere": {"x": 1}}, {"times": {"x": 1}}])
def test_unknown_stage_options_are_refused(options: dict) -> None:
    from dateline.errors import DatelineError

    with pytest.raises(DatelineError) as caught:
        Pipeline(["times"], Settings(stage_options=options))
    assert caught.value.code == "E020"


FRENCH = (
    "Le président a démissionné\n\nPublié le 3 juin 2025\n\n"
    "PARIS : Le président de la République a annoncé mardi sa démission, a-t-on appris auprès de l'Élysée. Les "
    "partis de l'opposition ont réclamé des élections anticipées dans les plus brefs délais.\n"
)


def test_an_article_in_another_language_skips_the_english_only_stages_with_one_problem() -> None:
    @stage("anylanguage", reads=("text",), writes=("extra.length",))
    def any_language(batch: Sequence[Work], resource: None) -> None:
        for work in batch:
            work.article.extra = {"length": len(work.article.text)}

    registry = StageRegistry(plugins=False)
    registry.register(any_language)
    page = Pipeline([*DEFAULT_STAGES, "anylanguage"], registry=registry).extract(FRENCH)
    (article,) = page.articles
    assert article.language == "fr"
    assert (article.entities, article.quotes, article.times, article.places) == (None, None, None, None)
    assert article.extra == {"length": len(article.text)}  # a stage that names no language reads any
    (problem,) = article.problems
    assert problem.code == "E032" and "(fr)" in problem.message and "quotes" in problem.message
    english = Pipeline().extract(PAGE)
    assert {a.language for a in english.articles} == {"en"} and all(a.entities is not None for a in english.articles)
