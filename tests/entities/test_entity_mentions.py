"""Mention repair: what the model tags is cleaned before anything is grouped.

The model's own spans are replaced with hand-set ones here, so each rule is tested whatever the model predicts.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Span

from dateline.entities.mentions import collect_mentions


def _with_ents(nlp: Any, text: str, spans: list[tuple[str, str]]) -> Any:
    """Parse ``text`` and set its entities to the given (surface, label) spans, found left to right."""
    doc = nlp(text)
    ents = []
    cursor = 0
    for surface, label in spans:
        start = text.index(surface, cursor)
        cursor = start + len(surface)
        span = doc.char_span(start, cursor, label=label, alignment_mode="expand")
        assert span is not None, surface
        ents.append(Span(doc, span.start, span.end, label=label))
    doc.ents = ents
    return doc


def _found(doc: Any) -> list[tuple[str, str]]:
    return [(m.text, m.label) for m in collect_mentions(doc)]


def test_fragment_of_a_title_is_not_an_entity(language_nlp: Any) -> None:
    doc = _with_ents(
        language_nlp,
        "Secretary of State Anna Lindqvist landed in Riga.",
        [("State", "ORG"), ("Anna Lindqvist", "PERSON"), ("Riga", "GPE")],
    )
    assert _found(doc) == [("Anna Lindqvist", "PERSON"), ("Riga", "GPE")]


def test_numbers_chrome_and_line_crossing_spans_are_dropped(language_nlp: Any) -> None:
    text = "Photo 2 / 5 shows the rally. Follow\n\nSupporters gathered on Y.\n\nFamilies waited in Quito."
    doc = _with_ents(language_nlp, text, [("2 / 5", "ORG"), ("Follow", "ORG"), ("Y.\n\nFamilies", "ORG"), ("Quito", "GPE")])
    assert _found(doc) == [("Quito", "GPE")]


def test_a_name_cut_short_is_extended(language_nlp: Any) -> None:
    doc = _with_ents(
        language_nlp,
        "Witnesses said the driver, Tomas Herrera Vidal, 47, had fled.",
        [("Tomas Herrera", "PERSON"), ("47", "DATE")],
    )
    assert _found(doc) == [("Tomas Herrera Vidal", "PERSON")]


def test_a_name_split_across_labels_is_one_person(language_nlp: Any) -> None:
    doc = _with_ents(
        language_nlp,
        "His son Ramon Castillo Vega spoke to reporters.",
        [("Ramon", "PERSON"), ("Vega", "ORG")],
    )
    assert _found(doc) == [("Ramon Castillo Vega", "PERSON")]


def test_titles_inside_a_person_span_move_out(language_nlp: Any) -> None:
    doc = _with_ents(language_nlp, "Yesterday President Gabriel Ortiz spoke.", [("President Gabriel Ortiz", "PERSON")])
    assert _found(doc) == [("Gabriel Ortiz", "PERSON")]


def test_a_name_after_a_role_is_a_person_whatever_the_label(language_nlp: Any) -> None:
    doc = _with_ents(
        language_nlp,
        "He is an ally of opposition figurehead Lucia Vargas Pena, and was held at El Dorado.",
        [("Lucia Vargas Pena", "ORG"), ("El Dorado", "ORG")],
    )
    assert _found(doc) == [("Lucia Vargas Pena", "PERSON"), ("El Dorado", "ORG")]


def test_leading_article_and_possessive_are_trimmed(language_nlp: Any) -> None:
    doc = _with_ents(language_nlp, "Envoys of the United States's allies met.", [("the United States's", "GPE")])
    assert _found(doc) == [("United States", "GPE")]


def test_person_spans_are_cut_to_the_name(language_nlp: Any) -> None:
    doc = _with_ents(
        language_nlp,
        "Fans of Nora Lind's new band cheered, and Tomas Berg 6-4 6-2 won. Club Coach Ivo Sand smiled.",
        [("Nora Lind's new band", "PERSON"), ("Tomas Berg 6-4 6-2", "PERSON"), ("Club Coach Ivo Sand", "PERSON")],
    )
    assert _found(doc) == [("Nora Lind", "PERSON"), ("Tomas Berg", "PERSON"), ("Ivo Sand", "PERSON")]


def test_phrases_and_glued_words_are_not_names(language_nlp: Any) -> None:
    doc = _with_ents(
        language_nlp,
        "Readers Are Following Lind now. Menu: Nora LindNora Lind Oslo.",
        [("Readers Are Following Lind", "PERSON"), ("Nora LindNora Lind", "PERSON")],
    )
    assert _found(doc) == []
