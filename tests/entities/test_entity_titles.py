"""Titles, roles and countries attached to people: before the name, in apposition, as predicate, and inherited."""

from __future__ import annotations

from collections.abc import Callable

from entity_helpers import by_name

from dateline.entities.article import LocalEntity

Build = Callable[..., list[LocalEntity]]


def test_demonym_and_portfolio_title_before_the_name(local_entities: Build) -> None:
    entities = local_entities(
        "British Foreign Secretary Helen Marsh arrived in Oslo on Monday for talks with Norwegian Prime Minister "
        "Erik Dahl.\n\nMarsh said the meeting had been useful."
    )
    marsh = by_name(entities, "Helen Marsh")
    assert (marsh.titles, marsh.country) == (["Foreign Secretary"], "GBR")
    dahl = by_name(entities, "Erik Dahl")
    assert (dahl.titles, dahl.country) == (["Prime Minister"], "NOR")


def test_country_possessive_and_country_code_before_the_name(local_entities: Build) -> None:
    entities = local_entities(
        "Chile's President Gabriel Ortiz met reporters in Santiago. US special prosecutor Daniel Hart attended."
    )
    ortiz = by_name(entities, "Gabriel Ortiz")
    assert (ortiz.titles, ortiz.country) == (["President"], "CHL")
    hart = by_name(entities, "Daniel Hart")
    assert (hart.titles, hart.country) == (["Special Prosecutor"], "USA")


def test_kept_and_dropped_qualifiers(local_entities: Build) -> None:
    entities = local_entities(
        "Prosecutors questioned former president Ramon Castillo on Tuesday, days after acting president Laura "
        "Benitez of Peru took office."
    )
    assert by_name(entities, "Ramon Castillo").titles == ["President"]  # "former" says when, not what
    benitez = by_name(entities, "Laura Benitez")
    assert (benitez.titles, benitez.country) == (["Acting President"], "PER")
    assert benitez.roles[0].qualifier == "interim"


def test_apposition_roles_and_ages(local_entities: Build) -> None:
    entities = local_entities(
        "The court also heard Tomas Herrera Vidal, 47, a driver from the port.\n\n"
        "Paul Brenner, a veteran German diplomat, said the case was political."
    )
    assert by_name(entities, "Tomas Herrera Vidal").titles == []  # an age is no title, and no part of the name
    brenner = by_name(entities, "Paul Brenner")
    assert (brenner.titles, brenner.country) == (["Diplomat"], "DEU")


def test_possessive_person_gives_role_and_inherited_country(local_entities: Build) -> None:
    entities = local_entities(
        "Norwegian Prime Minister Erik Dahl flew home on Monday.\n\n"
        "Dahl's spokesman Lars Berg said the trip had been a success."
    )
    berg = by_name(entities, "Lars Berg")
    assert (berg.titles, berg.country) == (["Spokesman"], "NOR")


def test_role_under_a_person_inherits_their_country(local_entities: Build) -> None:
    entities = local_entities(
        "Ecuadorian President Rafael Mena resigned on Friday.\n\n"
        "Carla Ponce, vice president under Mena, will serve out his term."
    )
    ponce = by_name(entities, "Carla Ponce")
    assert (ponce.titles, ponce.country) == (["Vice President"], "ECU")


def test_then_qualifier_and_kin_roles(local_entities: Build) -> None:
    entities = local_entities(
        "The fund backed then-governor Alan Price in 2018. His daughter Emma Price now runs it."
    )
    assert by_name(entities, "Alan Price").titles == ["Governor"]
    assert by_name(entities, "Emma Price").titles == ["Daughter"]


def test_predicate_demonym_gives_a_country(local_entities: Build) -> None:
    entities = local_entities("Daniel Hart led the delegation. Hart was the only American at the talks in Geneva.")
    assert by_name(entities, "Daniel Hart").country == "USA"


def test_captions_add_titles_countries_and_aliases(local_entities: Build) -> None:
    entities = local_entities(
        "Foreign Minister Sergei Volkov met his hosts on Monday.\n\nVolkov said the talks were frank.",
        captions=["Russian Foreign Minister Sergey Volkov arrives in Rome."],
    )
    volkov = by_name(entities, "Sergei Volkov")
    assert (volkov.titles, volkov.country) == (["Foreign Minister"], "RUS")
    assert "Sergey Volkov" in volkov.forms
    assert all(m.start < 60 or m.text == "Volkov" for m in volkov.mentions)  # captions add no mentions


def test_captions_complete_a_surname_only_person_with_a_given_name(local_entities: Build) -> None:
    body = "Speaking after the vote on Monday, Garcia thanked her allies in parliament."
    (garcia,) = [e for e in local_entities(body, captions=["Spanish Prime Minister Ana Garcia waves."]) if e.kind == "person"]
    assert (garcia.name, garcia.titles, garcia.country) == ("Ana Garcia", ["Prime Minister"], "ESP")
    (garcia,) = [e for e in local_entities(body, captions=["Voters Keep Cheering Garcia In Lisbon"]) if e.kind == "person"]
    assert garcia.name == "Garcia"  # title-case words before a surname are not a given name
