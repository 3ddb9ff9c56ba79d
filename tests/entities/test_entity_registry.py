"""Across articles: one id per person for a page or a collection, and no merging of distinct people."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from entity_helpers import by_name, page

from dateline.entities.article import ArticleEntities
from dateline.entities.registry import EntityRegistry
from dateline.extraction import Failure, extract_files
from dateline.model import Page
from dateline.records import Entity

Extract = Callable[..., list[Page]]
Build = Callable[..., ArticleEntities]


def _entities(pages: list[Page]) -> list[list[Entity]]:
    return [article.entities or [] for p in pages for article in p.articles]


def test_transliterations_and_accents_share_an_id_across_pages(extract_pages: Extract) -> None:
    first, second = _entities(
        extract_pages(
            page("Talks in Rome", "ROME: Russian Foreign Minister Sergey Volkov met Nicolás Arenas on Monday."),
            page("Talks in Paris", "PARIS: Sergei Volkov and Nicolas Arenas met again on Friday."),
        )
    )
    assert by_name(first, "Sergey Volkov").id == by_name(second, "Sergey Volkov").id == "person:sergey-volkov"
    assert by_name(second, "Sergey Volkov").aliases == ["Sergei Volkov"]
    assert by_name(first, "Nicolás Arenas").id == by_name(second, "Nicolás Arenas").id


def test_bare_surname_is_the_one_person_of_the_collection(extract_pages: Extract) -> None:
    first, second = _entities(
        extract_pages(
            page("Budget passes", "MADRID: Prime Minister Ana Ruiz won the vote on Tuesday."),
            page("Reaction", "LISBON: Ruiz thanked her allies on Monday after the budget vote in parliament.\n\n"
                "Ruiz will travel to Lisbon in May to meet the leaders of the other southern states."),
        )
    )
    ruiz = by_name(second, "Ana Ruiz")
    assert ruiz.id == by_name(first, "Ana Ruiz").id
    assert ruiz.aliases == ["Ruiz"] and len(ruiz.mentions) == 2


def test_bare_surname_stays_apart_when_two_people_share_it(extract_pages: Extract) -> None:
    pages = extract_pages(
        page("Budget passes", "MADRID: Prime Minister Ana Garcia won the vote on Tuesday."),
        page("Cup final", "BILBAO: Athletic Bilbao striker Pablo Garcia scored twice on Sunday as the club won the cup."),
        page("Reaction", "LISBON: Speaking after the vote on Monday, Garcia thanked her allies in parliament."),
    )
    first, second, third = _entities(pages)
    ids = {by_name(first, "Ana Garcia").id, by_name(second, "Pablo Garcia").id, by_name(third, "Garcia").id}
    assert len(ids) == 3


def test_surname_seen_first_is_completed_by_the_full_name_and_keeps_its_id_and_name(extract_pages: Extract) -> None:
    first, second, third = _entities(
        extract_pages(
            page("Reaction", "LISBON: Speaking after the vote on Monday, Garcia thanked her allies in parliament."),
            page("Budget passes", "MADRID: Prime Minister Ana Garcia won the vote on Tuesday."),
            page("Abroad", "PARIS: Ana Garcia met her French counterpart on Friday."),
        )
    )
    # The id and name given first never change; the full name is an alias, and the record now matches it.
    (garcia,) = second
    assert by_name(first, "Garcia").id == garcia.id == "person:garcia"
    assert garcia.name == "Garcia" and garcia.aliases == ["Ana Garcia"]
    assert [e.id for e in third if e.type == "PERSON"] == ["person:garcia"]


def test_a_surname_the_model_calls_an_organisation_joins_the_known_person(extract_pages: Extract) -> None:
    first, second = _entities(
        extract_pages(
            page("Budget passes", "PRAGUE: Czech Prime Minister Petr Novak won the vote on Tuesday."),
            page("Reaction", "BRNO: Novak thanked the fans on Monday after a long and difficult season in the north."),
        )
    )
    novak = by_name(second, "Petr Novak")
    assert (novak.id, novak.type) == (by_name(first, "Petr Novak").id, "PERSON")


def test_father_and_son_keep_their_ids_in_separate_articles(extract_pages: Extract) -> None:
    first, second = _entities(
        extract_pages(
            page("Trial opens", "LIMA: Former president Ramon Castillo went on trial on Monday."),
            page("Son speaks", "LIMA: Ramon Castillo Vega said on Tuesday that his father was innocent."),
        )
    )
    assert by_name(first, "Ramon Castillo").id != by_name(second, "Ramon Castillo Vega").id


def test_names_the_collection_told_apart_stay_apart(article_entities_of: Build) -> None:
    registry = EntityRegistry()
    (told_apart,) = [article_entities_of("George Bush and his son George W. Bush attended the dinner.")]
    (later,) = [article_entities_of("George W. Bush spoke at the library on Monday.")]
    first, second = registry.resolve([told_apart, later])
    father, son = (r.id for r in first)
    assert father != son and second[0].id == son


def test_ids_are_stable_for_the_same_input(article_entities_of: Build) -> None:
    text = "Spanish Prime Minister Ana Ruiz met Pablo Ruiz in Madrid. Ruiz said little."
    runs = [[r.id for r in EntityRegistry().resolve([article_entities_of(text)])[0]] for _ in range(2)]
    assert runs[0] == runs[1]
    assert runs[0][0] == "person:ana-ruiz"


def test_a_collection_of_files_shares_ids(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(page("Talks", "ROME: Foreign Minister Sergei Volkov met reporters on Monday."))
    (tmp_path / "b.txt").write_text(page("More talks", "PARIS: Volkov met reporters again on Friday, a week after the first round in Rome."))
    results = list(extract_files([str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]))
    assert not any(isinstance(r, Failure) for r in results)
    first, second = _entities(results)  # type: ignore[arg-type]
    assert by_name(first, "Sergei Volkov").id == by_name(second, "Sergei Volkov").id


def test_arabic_transliterations_share_an_id(article_entities_of: Build) -> None:
    articles = [
        article_entities_of("Libyan leader Muammar Gaddafi ruled for four decades before the 2011 uprising."),
        article_entities_of("Former Libyan ruler Moammar Kadhafi was killed in Sirte in October 2011."),
        article_entities_of("Crown Prince Mohammed bin Salman met investors in Riyadh on Monday."),
        article_entities_of("Saudi Crown Prince Muhammad bin Salman arrived in Paris on Tuesday."),
    ]
    ids = [[r.id for r in resolved] for resolved in EntityRegistry().resolve(articles)]
    assert ids[0][0] == ids[1][0] == "person:muammar-gaddafi"
    assert ids[2][0] == ids[3][0] == "person:mohammed-bin-salman"
