"""The country and role tables: well-formed, and the lookups the rules depend on."""

from __future__ import annotations

import re

from dateline.entities.lexicon import lexicon

CLASSES = {"head", "government", "diplomat", "political", "legal", "military", "business", "media", "religious", "civic", "work", "family"}


def test_country_codes_are_unique_alpha3() -> None:
    table = lexicon()
    assert len(table.countries) > 190
    assert all(re.fullmatch(r"[A-Z]{3}", code) for code in table.countries)


def test_names_demonyms_and_capitals() -> None:
    table = lexicon()
    assert {table.country_of_name(n) for n in ("US", "U.S.", "the United States", "USA", "America")} == {"USA"}
    assert table.country_of_demonym("Russian") == table.country_of_demonym("Russians") == "RUS"
    assert table.country_of_demonym("Swiss") == "CHE" and table.country_of_demonym("Frenchmen") == "FRA"
    assert table.country_of_place("Caracas") == "VEN" and table.country_of_place("Washington") == "USA"
    assert table.country_of_place("Sochi") is None


def test_role_classes_are_known() -> None:
    table = lexicon()
    assert set(table.roles.values()) <= CLASSES
    assert table.roles["secretary of state"] == "diplomat" and table.roles["aide"] == "work"


def test_anaphoric_roles_are_single_word_roles() -> None:
    table = lexicon()
    assert table.anaphoric_roles <= {phrase for phrase in table.roles if " " not in phrase}
    assert {"leader", "president", "spokeswoman"} <= table.anaphoric_roles and "son" not in table.anaphoric_roles
