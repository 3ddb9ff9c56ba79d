"""Ordering stages from what they read and write, and every contract problem found before a page is read."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from dateline.errors import DatelineError
from dateline.pipeline import DEFAULT_STAGES, REGISTRY, STRUCTURE_FIELDS, Pipeline, StageRegistry, Work, plan, stage


def _noop(batch: Sequence[Work], resource: object) -> None:
    return None


def _registry(*stages: object) -> StageRegistry:
    registry = StageRegistry(builtins=False, plugins=False)
    for item in stages:
        registry.register(item)  # type: ignore[arg-type]
    return registry


def test_the_default_pipeline_runs_writers_before_readers() -> None:
    names = [s.name for s in Pipeline().stages]
    assert names == ["language", "mentions", "entities", "times", "quotes", "places", "events", "counts"]
    assert set(DEFAULT_STAGES) <= set(names)


@pytest.mark.parametrize("name", [s.name for s in REGISTRY])
def test_every_stage_alone_has_every_read_given_before_it(name: str) -> None:
    ordered = plan([name], REGISTRY)
    given = set(STRUCTURE_FIELDS)
    for current in ordered:
        missing = [data for data in current.reads if data not in given]
        assert not missing, f"{current.name} runs before anything writes {missing}"
        given.update(current.writes)
    assert ordered[-1].name == name or name in {s.name for s in ordered}


def test_quotes_bring_in_the_times_they_date_with() -> None:
    # ``dateline quotes`` gives the quotes ``dateline extract`` gives: the date of a quote needs the times stage.
    assert [s.name for s in Pipeline(["quotes"]).stages] == ["language", "mentions", "entities", "times", "quotes"]


def test_an_optional_read_orders_but_does_not_bring_in() -> None:
    assert [s.name for s in Pipeline(["places"]).stages] == ["language", "places"]
    assert [s.name for s in Pipeline(["places", "entities"]).stages] == ["language", "mentions", "entities", "places"]


def test_structure_alone_runs_no_stage() -> None:
    assert Pipeline(["structure"]).stages == []


def test_a_read_no_stage_writes_is_refused() -> None:
    lonely = stage("lonely", reads=("events",), writes=("counts",))(_noop)
    with pytest.raises(DatelineError) as caught:
        plan(["lonely"], _registry(lonely))
    assert caught.value.code == "E018" and "'events', which no stage writes" in str(caught.value)


def test_two_stages_writing_one_field_are_refused() -> None:
    first = stage("first", writes=("events",))(_noop)
    second = stage("second", writes=("events",))(_noop)
    with pytest.raises(DatelineError) as caught:
        plan(["first", "second"], _registry(first, second))
    assert "both write 'events'" in str(caught.value)
    reader = stage("reader", reads=("events",), writes=("counts",))(_noop)
    with pytest.raises(DatelineError) as caught:
        plan(["reader"], _registry(first, second, reader))
    assert "ask for one" in str(caught.value)
    assert [s.name for s in plan(["first", "reader"], _registry(first, second, reader))] == ["first", "reader"]


def test_a_cycle_is_refused() -> None:
    chicken = stage("chicken", reads=("events",), writes=("counts",))(_noop)
    egg = stage("egg", reads=("counts",), writes=("events",))(_noop)
    with pytest.raises(DatelineError) as caught:
        plan(["chicken"], _registry(chicken, egg))
    assert "cycle" in str(caught.value)


def test_a_stage_may_not_write_what_the_reader_gives() -> None:
    rewriter = stage("rewriter", writes=("title",))(_noop)
    with pytest.raises(DatelineError) as caught:
        plan(["rewriter"], _registry(rewriter))
    assert "page reader gives" in str(caught.value)


@pytest.mark.parametrize("name", ["entitys", "entities.nickname", "extra", "parse.tokens"])
def test_unknown_data_names_are_refused_when_the_stage_is_made(name: str) -> None:
    with pytest.raises(DatelineError) as caught:
        stage("typo", reads=(name,))(_noop)
    assert caught.value.code == "E018"


def test_known_data_names() -> None:
    made = stage("fine", reads=("parse", "entities"), optional=("scratch.tokens",), writes=("extra.sentiment",))(_noop)
    assert made.writes == ("extra.sentiment",)
    assert stage("linker", writes=("entities.place",))(_noop).writes == ("entities.place",)


def test_a_field_of_records_is_written_after_the_records() -> None:
    records = stage("records", writes=("quotes",))(_noop)
    linker = stage("linker", optional=("quotes",), writes=("quotes.continues",))(_noop)
    registry = _registry(linker, records)  # registered in the "wrong" order: the data decides
    assert [s.name for s in plan(["linker", "records"], registry)] == ["records", "linker"]
