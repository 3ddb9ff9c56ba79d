"""One article's entities: how country evidence is ranked, and the dateline guess."""

from __future__ import annotations

from collections.abc import Callable

from entity_helpers import by_name

from dateline.entities.article import LocalEntity, dateline_country

Build = Callable[..., list[LocalEntity]]


def test_dateline_country() -> None:
    assert dateline_country("CARACAS") == "VEN"
    assert dateline_country("VALPARAISO, Chile") == "CHL"
    assert dateline_country("SOCHI") is None
    assert dateline_country(None) is None


def test_dateline_capital_is_only_a_weak_guess(local_entities: Build) -> None:
    body = (
        "Interim president Rosa Quispe on Friday named a new cabinet. Brazilian President Marcos Lima Costa "
        "sent congratulations."
    )
    entities = local_entities(body, dateline="LIMA")
    assert by_name(entities, "Rosa Quispe").country == "PER"  # an office holder in a story from Lima
    assert by_name(entities, "Marcos Lima Costa").country == "BRA"  # said outright: the guess loses
    assert by_name(local_entities(body), "Rosa Quispe").country is None


def test_only_office_holders_get_the_dateline_guess(local_entities: Build) -> None:
    entities = local_entities("Striker Hugo Duarte scored twice as President Rosa Quispe watched.", dateline="LIMA")
    assert by_name(entities, "Rosa Quispe").country == "PER"
    assert by_name(entities, "Hugo Duarte").country is None


def test_explicit_country_beats_inherited(local_entities: Build) -> None:
    entities = local_entities(
        "Norwegian Prime Minister Erik Dahl arrived on Monday.\n\n"
        "Dahl's adviser Karin Holm, a Swedish economist, said the talks went well. Dahl's aide Lars Berg agreed."
    )
    assert by_name(entities, "Karin Holm").country == "SWE"  # said with her name, over her employer's
    assert by_name(entities, "Lars Berg").country == "NOR"  # inherited, with nothing better said


def test_a_description_of_another_country_never_names_a_person_the_table_knows(local_entities: Build) -> None:
    entities = local_entities("President Putin held talks with the Turkish president in Moscow on Tuesday.")
    putin = by_name(entities, "Putin")
    assert putin.country == "RUS"  # the table's, which "the Turkish president" would otherwise have overruled
    assert [m.text for m in putin.mentions] == ["Putin"]
