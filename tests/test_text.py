"""Folding names: the one key under which entities and places compare spellings."""

from __future__ import annotations

from dateline.text import fold


def test_case_and_accents_fold_away() -> None:
    assert fold("Nicolás") == fold("NICOLAS") == fold("nicolas") == "nicolas"
    assert fold("São Paulo") == "sao paulo"


def test_every_apostrophe_becomes_a_plain_one() -> None:
    assert fold("Superlano\u2019s") == "superlano's"
    assert fold("Hussein\u2018s") == "hussein's"
    assert fold("Tall `Afar") == fold("Tall \u02bcAfar") == "tall 'afar"


def test_surrounding_whitespace_is_dropped() -> None:
    assert fold(" British\n") == "british"
    assert fold("\n\n") == ""
    # A spacing accent decomposes to a space and a combining mark; the space must not survive at the edge.
    assert fold("Šoutjärv\u00b4") == "soutjarv"
