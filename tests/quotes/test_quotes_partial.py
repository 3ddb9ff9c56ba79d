"""Partial quotes inside reported speech, and quoted words that are nobody's: scare quotes and names of things."""

from __future__ import annotations

import pytest
from quote_helpers import QuoteFinder, speaker


def test_quoted_words_inside_reported_speech(quotes_of: QuoteFinder) -> None:
    text = "The ministry said a “small” number of detainees would be freed before the holiday."
    (quote,) = quotes_of(text)
    assert quote.kind == "partial"
    assert speaker(quote) == "The ministry"
    assert quote.text == "a “small” number of detainees would be freed before the holiday"
    assert [text[a:b] for a, b in quote.verbatim] == ["small"]


def test_a_phrasal_cue_with_a_quoted_object(quotes_of: QuoteFinder) -> None:
    text = 'Defence Minister Karl Obst hit back against "those who are spreading panic" in the capital.'
    (quote,) = quotes_of(text)
    assert (quote.kind, speaker(quote), quote.cue) == ("partial", "Karl Obst", "hit back")


def test_two_quoted_fragments_under_one_cue_are_one_quote(quotes_of: QuoteFinder) -> None:
    text = "Halvorsen said the new bridge would be “safer” and “far cheaper to run” than the old one."
    (quote,) = quotes_of(text)
    assert quote.kind == "partial" and len(quote.verbatim) == 2


def test_two_speakers_in_one_sentence_keep_their_own_words(quotes_of: QuoteFinder) -> None:
    text = "Vidal said the country would take “the slow road” to elections, after Lander claimed the army was “in control” of the capital."
    quotes = quotes_of(text)
    assert [(q.kind, speaker(q)) for q in quotes] == [("partial", "Vidal"), ("partial", "Lander")]
    assert "Lander" not in quotes[0].text


def test_an_accusation_in_scare_quotes_is_nobodys_quote(quotes_of: QuoteFinder) -> None:
    text = "A teacher accused of “sedition” was released on bail on Tuesday."
    assert quotes_of(text) == []


def test_the_title_of_a_work_is_not_a_quote(quotes_of: QuoteFinder) -> None:
    assert quotes_of("The documentary “Night Train” opened the festival on Friday.") == []


def test_a_scare_quote_inside_reported_speech_leaves_it_indirect(quotes_of: QuoteFinder) -> None:
    text = "A teacher accused of “sedition” was released on bail, the court confirmed on Tuesday."
    (quote,) = quotes_of(text)
    assert (quote.kind, speaker(quote), quote.verbatim) == ("indirect", "the court", [])


def test_hypothetical_speech_is_not_the_speaker(quotes_of: QuoteFinder) -> None:
    text = "The senator says voters would tell the council “enough” if the tax passed."
    (quote,) = quotes_of(text)
    assert speaker(quote) == "The senator"


@pytest.mark.parametrize(
    "text",
    [
        "Councillor Liv Moravec said the dredging plan was “a waste of a good summer.",
        "Councillor Liv Moravec said the dredging plan was “a waste of a good summer. The vote is on Friday.",
        "Councillor Liv Moravec said the toll was “unfair, and walked out of the hall.",
        "Moravec called the rota “cruel” and the fee “a tax on fishermen.",
        "Moravec said the fee was “long overdue —",
        'Moravec said the fee was "long overdue.\nThe council meets again in May.',
    ],
)
def test_an_unclosed_partial_quote_keeps_its_words_inside_the_quote(quotes_of: QuoteFinder, text: str) -> None:
    quotes = [quote for quote in quotes_of(text) if quote.kind == "partial"]
    assert quotes
    for quote in quotes:
        assert quote.verbatim
        for start, end in quote.verbatim:
            assert any(low <= start < end <= high for low, high in quote.pieces)
        offsets = [offset for span in quote.pieces + quote.verbatim for offset in span] + [quote.start, quote.end]
        assert all(0 <= offset <= len(text) for offset in offsets)


def test_an_unclosed_partial_quote_ends_where_its_content_ends(quotes_of: QuoteFinder) -> None:
    text = "Councillor Liv Moravec said the dredging plan was “a waste of a good summer."
    (quote,) = quotes_of(text)
    assert quote.kind == "partial"
    assert [text[start:end] for start, end in quote.verbatim] == ["a waste of a good summer"]
    assert quote.text.endswith("a waste of a good summer")


def test_a_closed_partial_quote_keeps_its_punctuation(quotes_of: QuoteFinder) -> None:
    text = "Councillor Liv Moravec said the dredging plan was “a waste of a good summer.”"
    (quote,) = quotes_of(text)
    assert [text[start:end] for start, end in quote.verbatim] == ["a waste of a good summer."]
