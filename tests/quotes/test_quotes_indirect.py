"""Indirect quotes: reported speech without quotation marks."""

from __future__ import annotations

from quote_helpers import QuoteFinder, addressee, speaker


def test_said_with_a_clause(quotes_of: QuoteFinder) -> None:
    text = "The spokesman said the president and the envoy discussed grain exports and the release of fishermen."
    (quote,) = quotes_of(text)
    assert quote.kind == "indirect" and quote.verbatim == []
    assert speaker(quote) == "The spokesman"
    assert quote.text == "the president and the envoy discussed grain exports and the release of fishermen"


def test_warned_someone_to_do_something(quotes_of: QuoteFinder) -> None:
    (quote,) = quotes_of("Prime Minister Sara Lind warned the neighbouring state to keep its troops away from the border.")
    assert (quote.kind, speaker(quote), addressee(quote)) == ("indirect", "Sara Lind", "the neighbouring state")
    assert quote.text == "to keep its troops away from the border"


def test_attribution_after_the_clause(quotes_of: QuoteFinder) -> None:
    (quote,) = quotes_of("The two leaders did not discuss the pipeline, the spokesman said.")
    assert speaker(quote) == "the spokesman"
    assert quote.text == "The two leaders did not discuss the pipeline"


def test_cues_inside_a_quotation_are_the_quoted_persons_words(quotes_of: QuoteFinder) -> None:
    quotes = quotes_of("“My brother said they would never close the mine,” Ruth Okafor said.")
    assert [(q.kind, speaker(q)) for q in quotes] == [("direct", "Ruth Okafor")]


def test_a_negated_cue_reports_nothing(quotes_of: QuoteFinder) -> None:
    assert quotes_of("The mayor did not say whether the bridge would reopen.") == []
