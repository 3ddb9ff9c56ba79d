"""The entities stage as the pipeline runs it: output shape, order, schema, and its place among the stages."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from entity_helpers import page

from dateline.extraction import DEFAULT_STAGES
from dateline.model import Page
from dateline.pipeline import Pipeline

Extract = Callable[..., list[Page]]

PAGE = page(
    "Leaders meet in Lima",
    "LIMA: President Gabriel Ortiz met Laura Benitez on Tuesday at the foreign ministry in Lima.\n\n"
    "Ortiz said the talks with the United Nations had gone well and that the US would send an envoy.",
    captions=[
        "Chilean President Gabriel Ortiz and Peruvian interim president Laura Benitez shake hands in Lima. (Reuters)",
    ],
)


def test_entities_need_the_language_pass_and_run_by_default() -> None:
    assert [s.name for s in Pipeline(["entities"]).stages] == ["language", "mentions", "entities"]
    assert "entities" in DEFAULT_STAGES


def test_output_records_have_the_documented_shape(extract_pages: Extract) -> None:
    (result,) = extract_pages(PAGE)
    (article,) = result.articles
    entities = article.entities or []
    assert entities, "no entities found"
    for entity in entities:
        assert set(entity.to_dict()) == {"id", "name", "type", "aliases", "titles", "country", "mentions", "place"}
        assert entity.type in {"PERSON", "ORG", "GPE", "LOC", "FAC"}
        assert entity.name not in entity.aliases
        for mention in entity.mentions:
            assert article.text[mention.start : mention.end] == mention.text
    firsts = [e.mentions[0].start for e in entities]
    assert firsts == sorted(firsts)


def test_captions_enrich_but_do_not_add_mentions(extract_pages: Extract) -> None:
    (result,) = extract_pages(PAGE)
    people = {e.name: e for e in result.articles[0].entities or [] if e.type == "PERSON"}
    assert (people["Gabriel Ortiz"].titles, people["Gabriel Ortiz"].country) == (["President"], "CHL")
    assert (people["Laura Benitez"].titles, people["Laura Benitez"].country) == (["Interim President"], "PER")
    assert [m.text for m in people["Gabriel Ortiz"].mentions] == ["Gabriel Ortiz", "Ortiz"]


def test_output_validates_against_the_schema(extract_pages: Extract, page_schema_validator: Callable[[dict[str, Any]], None]) -> None:
    (result,) = extract_pages(PAGE)
    page_schema_validator(result.to_dict())
