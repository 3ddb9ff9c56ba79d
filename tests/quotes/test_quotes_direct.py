"""Direct quotes: every quotation style with its attribution before, after, around or under it."""

from __future__ import annotations

import pytest
from quote_helpers import QuoteFinder, addressee, speaker


@pytest.mark.parametrize(
    ("text", "words", "who"),
    [
        ('"Nobody warned us about the flooding," said Tomas Brandt, a farmer near the river.', "Nobody warned us about the flooding", "Tomas Brandt"),
        ("“The talks have stalled,” the union said.", "The talks have stalled", "the union"),
        ("« We are staying here », the union leader Marc Aubert said.", "We are staying here", "Marc Aubert"),
        ("„We will not sign this“, the minister said.", "We will not sign this", "the minister"),
        ("‘The harvest is lost,’ the farmer Ana Reis told reporters.", "The harvest is lost", "Ana Reis"),
        ("''We did not expect the river to rise so fast,'' the mayor said.", "We did not expect the river to rise so fast", "the mayor"),
    ],
)
def test_every_style_gives_a_direct_quote_with_its_speaker(quotes_of: QuoteFinder, text: str, words: str, who: str) -> None:
    (quote,) = quotes_of(text)
    assert quote.kind == "direct"
    assert quote.text == words
    assert speaker(quote) == who


def test_the_object_of_told_is_the_addressee_not_the_speaker(quotes_of: QuoteFinder) -> None:
    (quote,) = quotes_of("“We spoke for an hour about grain,” Novak told Reyes as they left the hall.")
    assert (speaker(quote), addressee(quote), quote.cue) == ("Novak", "Reyes", "told")


def test_a_quote_split_around_its_attribution_is_one_quote_in_two_pieces(quotes_of: QuoteFinder) -> None:
    text = "“I hope,” the envoy said, “that both sides return to the table next week.”"
    (quote,) = quotes_of(text)
    assert [text[a:b] for a, b in quote.pieces] == ["I hope", "that both sides return to the table next week."]
    assert quote.text == "I hope that both sides return to the table next week."
    assert speaker(quote) == "the envoy"


def test_a_quote_over_paragraphs_is_one_quote(quotes_of: QuoteFinder) -> None:
    text = (
        "“The harbour was full of boats and nobody could leave.\n"
        "“We waited two days for the storm to pass,” the fisherman Olav Berg said."
    )
    (quote,) = quotes_of(text)
    assert len(quote.pieces) == 2
    assert speaker(quote) == "Olav Berg"


def test_an_introduction_with_a_colon_in_the_previous_paragraph(quotes_of: QuoteFinder) -> None:
    text = "Lena Ortiz, a nurse at the district hospital, said:\n“We have run out of beds and the generators fail every night.”"
    (quote,) = quotes_of(text)
    assert quote.kind == "direct" and speaker(quote) == "Lena Ortiz"


def test_a_name_alone_before_a_colon_is_the_speaker(quotes_of: QuoteFinder) -> None:
    (quote,) = quotes_of("The port authority's engineer Dana Whitfield: “The crane failed because nobody serviced it.”")
    assert speaker(quote) == "Dana Whitfield"


def test_a_dash_after_the_quote_names_the_speaker(quotes_of: QuoteFinder) -> None:
    (quote,) = quotes_of("“Every border crossing must stay open to aid convoys.” — Commissioner Rafael Duarte")
    assert speaker(quote) == "Rafael Duarte" and quote.cue is None


def test_according_to(quotes_of: QuoteFinder) -> None:
    (quote,) = quotes_of("“The dam is safe and will hold,” according to the regional water authority.")
    assert speaker(quote) == "the regional water authority" and quote.cue == "according to"


def test_an_unattributed_quote_without_a_previous_speaker_has_no_speaker(quotes_of: QuoteFinder) -> None:
    (quote,) = quotes_of("“Nothing will ever be the same in this valley.”")
    assert quote.kind == "direct" and quote.speaker is None


def test_a_sentence_introduced_with_a_comma_is_not_given_to_the_next_sentence(quotes_of: QuoteFinder) -> None:
    text = "The judge added, “This court has heard enough.” The defence, for its part, refused to comment."
    quotes = [q for q in quotes_of(text) if q.kind == "direct"]
    assert [speaker(q) for q in quotes] == ["The judge"]
