"""The seed page: every person one PERSON entity with the right name, titles and country; ids shared across its
two articles; no fragments and no chrome."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from entity_helpers import by_name

from dateline.model import Page
from dateline.pipeline import Pipeline
from dateline.records import Entity

SEED = Path(__file__).resolve().parents[2] / ".." / "shared" / "seed" / "page.txt"

PEOPLE: list[list[tuple[str, list[str], str | None]]] = [
    [
        ("Vladimir Putin", ["President"], "RUS"),
        ("Mike Pompeo", ["Secretary of State"], "USA"),
        ("Robert Mueller", ["Special Counsel"], "USA"),
        ("Donald Trump", ["Candidate"], "USA"),  # the table of notable people: the text gives him no country
        ("Sergei Lavrov", ["Foreign Minister"], "RUS"),
        ("Yuri Ushakov", ["Aide"], "RUS"),
        ("Kim Jong Un", ["Leader"], "PRK"),
        ("Michael Calvey", ["Investor"], "USA"),
    ],
    [
        ("Nicolas Maduro", ["President"], "VEN"),
        ("Delcy Rodriguez", ["Interim President", "Vice President"], "VEN"),
        ("Donald Trump", [], "USA"),
        ("Cilia Flores", ["Wife"], None),
        ("Edison Jose Torres Fernandez", [], None),
        ("Freddy Superlano", ["Ally"], None),
        ("Maria Corina Machado", ["Opposition Figurehead"], "VEN"),
        ("Aurora Silva", ["Wife"], None),
        ("Nicolas Maduro Guerra", ["Son"], None),
        ("Miguel Diaz-Canel", ["President"], "CUB"),
    ],
]


@pytest.fixture(scope="module")
def seed_page(language_nlp: Any) -> Page:
    if not SEED.exists():
        pytest.skip("the seed page is not beside the repository")
    text = SEED.read_text(encoding="utf-8")
    return Pipeline(["entities"]).extract(text, path=str(SEED))


def _people(page: Page) -> list[list[Entity]]:
    return [[e for e in article.entities or [] if e.type == "PERSON"] for article in page.articles]


def test_every_person_is_one_entity_with_name_titles_and_country(seed_page: Page) -> None:
    found = [[(e.name, e.titles, e.country) for e in people] for people in _people(seed_page)]
    assert found == PEOPLE


def test_both_lavrov_spellings_are_one_entity(seed_page: Page) -> None:
    lavrov = by_name(seed_page.articles[0].entities or [], "Sergei Lavrov")
    assert set(lavrov.aliases) == {"Lavrov", "Sergey Lavrov"}
    assert [m.text for m in lavrov.mentions] == ["Sergei Lavrov", "Lavrov"]


def test_maduro_and_his_son_are_two(seed_page: Page) -> None:
    entities = seed_page.articles[1].entities or []
    father, son = by_name(entities, "Nicolas Maduro"), by_name(entities, "Nicolas Maduro Guerra")
    assert father.id != son.id
    assert {m.text for m in father.mentions} == {"Nicolas Maduro", "Maduro", "ex-leader"}
    assert [m.text for m in son.mentions] == ["Nicolas Maduro Guerra"]


def test_trump_has_one_id_in_both_articles(seed_page: Page) -> None:
    first, second = (by_name(a.entities or [], "Donald Trump") for a in seed_page.articles)
    assert first.id == second.id == "person:donald-trump"
    assert {m.text for m in second.mentions} == {"Trump"}


def test_surnames_the_model_mislabels_belong_to_their_people(seed_page: Page) -> None:
    article = seed_page.articles[0]
    pompeo = by_name(article.entities or [], "Mike Pompeo")
    assert len(pompeo.mentions) == article.text.count("Pompeo")
    putin = by_name(article.entities or [], "Vladimir Putin")
    assert {"Russian leader", "president"} <= {m.text for m in putin.mentions}
    assert "caretaker president" in {m.text for m in by_name(seed_page.articles[1].entities or [], "Delcy Rodriguez").mentions}


def test_no_fragment_number_or_chrome_entity(seed_page: Page) -> None:
    for article in seed_page.articles:
        names = {e.name for e in article.entities or []}
        assert not names & {"State", "X", "Follow", "1 / 3", "Pompeo", "Trump", "Maduro", "Guerra", "Edison Jose"}
        for entity in article.entities or []:
            for mention in entity.mentions:
                assert article.text[mention.start : mention.end] == mention.text
                assert "\n" not in mention.text and any(c.isalpha() for c in mention.text)


def test_places_carry_countries(seed_page: Page) -> None:
    first, second = ({e.name: e for e in a.entities or []} for a in seed_page.articles)
    assert (first["Washington"].type, first["Washington"].country) == ("GPE", "USA")
    assert set(second["United States"].aliases) == {"US", "USA"}
    assert first["United States"].id == second["United States"].id


def test_seed_output_matches_the_schema(seed_page: Page, page_schema_validator: Callable[[dict[str, Any]], None]) -> None:
    page_schema_validator(seed_page.to_dict())
