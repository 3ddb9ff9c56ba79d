"""The table of notable people: looked up by full name, by a single name, and by a surname under a title."""

from __future__ import annotations

from collections.abc import Callable

from entity_helpers import by_name

from dateline.entities.article import LocalEntity
from dateline.entities.known_people import known_people, known_person
from dateline.places.countries import country

Build = Callable[..., list[LocalEntity]]


def test_every_row_names_a_country_or_an_international_organisation() -> None:
    people = set(known_people().values())
    assert len(people) > 500
    assert all(person.country == "IGO" or country(person.country) is not None for person in people)
    assert all(person.sector.isupper() and person.role for person in people)


def test_full_names_and_spellings_are_looked_up_accent_and_case_insensitively() -> None:
    assert known_person(["Yasser Arafat"]).country == "PSE"  # type: ignore[union-attr]
    assert known_person(["Yasir Arafat"]).country == "PSE"  # type: ignore[union-attr]
    assert known_person(["francois mitterrand"]).country == "FRA"  # type: ignore[union-attr]
    assert known_person(["Lech Walesa"]) == known_person(["LECH WAŁĘSA"]) is not None
    assert known_person(["Kofi Annan"]).country == "IGO"  # type: ignore[union-attr]
    assert known_person(["Suharto"]).country == "IDN"  # type: ignore[union-attr]  # known by one name


def test_a_bare_surname_needs_the_office_its_holder_held() -> None:
    assert known_person(["Arafat"]) is None
    assert known_person(["Smith", "John Smith"]) is None
    assert known_person(["Reagan"], ["President"]).country == "USA"  # type: ignore[union-attr]
    assert known_person(["Kohl"], ["Chancellor"]).country == "DEU"  # type: ignore[union-attr]
    assert known_person(["Kohl"], ["former chancellor"]).country == "DEU"  # type: ignore[union-attr]
    assert known_person(["Kohl"], ["President"]) is None  # no President Kohl in the table
    assert known_person(["Bush"], ["President"]).country == "USA"  # type: ignore[union-attr]  # two, one country


def test_the_table_gives_a_country_the_text_does_not(local_entities: Build) -> None:
    entities = local_entities("Yasser Arafat rejected the offer on Tuesday, and President Reagan said he regretted it.")
    assert by_name(entities, "Yasser Arafat").country == "PSE"
    assert by_name(entities, "Reagan").country == "USA"


def test_what_the_text_says_outranks_the_table(local_entities: Build) -> None:
    entities = local_entities("Brazilian businessman Jacques Chirac, a namesake of the French leader, opened a bakery.")
    assert by_name(entities, "Jacques Chirac").country == "BRA"
