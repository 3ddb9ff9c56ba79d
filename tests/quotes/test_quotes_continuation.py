"""Unattributed quote paragraphs carry on the quote before them."""

from __future__ import annotations

from quote_helpers import QuoteFinder, speaker


def test_a_quote_paragraph_continues_the_previous_speaker(quotes_of: QuoteFinder) -> None:
    text = (
        "“He is alive and he is strong,” Marta Quiroga told reporters outside the prison.\n"
        "“I am sure they will let him come home soon.”"
    )
    first, second = quotes_of(text)
    assert speaker(second) == "Marta Quiroga"
    assert second.continues == first.id and second.channel == "reporters" and second.cue is None


def test_continuing_a_partial_quote(quotes_of: QuoteFinder) -> None:
    text = (
        "The island's president retorted on X that his country was “ready to resist to the last man.”\n"
        "“Nobody gives us orders.”"
    )
    first, second = quotes_of(text)
    assert first.kind == "partial" and second.continues == first.id and second.channel == "X"


def test_a_subhead_breaks_the_chain(quotes_of: QuoteFinder) -> None:
    text = "“We will rebuild the school,” the mayor said.\n## Money troubles\n“The funds never arrived.”"
    quotes = quotes_of(text)
    assert quotes[-1].speaker is None and quotes[-1].continues is None


def test_a_quote_paragraph_after_narration_does_not_continue(quotes_of: QuoteFinder) -> None:
    text = "“We will rebuild the school,” the mayor said.\nThe rain stopped on Friday.\n“The funds never arrived.”"
    assert quotes_of(text)[-1].speaker is None


def test_a_second_quote_in_the_same_paragraph_continues_the_first(quotes_of: QuoteFinder) -> None:
    text = "“The dam held,” the engineer said. “We were lucky this time.”"
    first, second = quotes_of(text)
    assert speaker(second) == "the engineer" and second.continues == first.id
