"""Speaker forms, addressee, channel and date around a cue."""

from __future__ import annotations

import pytest
from quote_helpers import QuoteFinder, addressee, speaker


def test_an_organisation_with_an_apposition_speaks_as_itself(quotes_of: QuoteFinder) -> None:
    text = "“Our members will not return to work until the contracts are signed,” Civic Voice, part of the opposition coalition, said on X."
    (quote,) = quotes_of(text)
    assert (speaker(quote), quote.channel) == ("Civic Voice", "X")


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        ("“The river is rising faster than anyone expected,” Governor Amelia Reyes said in a post on her Telegram channel.", "a post on her Telegram channel"),
        ("“The convoy reached the town at dawn,” the aid agency said in a video released on Sunday.", "a video"),
        ("‘The talks have collapsed,’ the union said in a statement.", "a statement"),
        ("“He is alive and he is strong,” Marta Quiroga told reporters outside the prison.", "reporters"),
        ("“We will hold the line,” the general said at a news conference in the capital.", "a news conference"),
    ],
)
def test_channels(quotes_of: QuoteFinder, text: str, channel: str) -> None:
    (quote,) = quotes_of(text)
    assert quote.channel == channel


def test_the_press_as_audience_is_a_channel_not_an_addressee(quotes_of: QuoteFinder) -> None:
    (quote,) = quotes_of("“He is alive and he is strong,” Marta Quiroga told reporters outside the prison.")
    assert addressee(quote) is None and speaker(quote) == "Marta Quiroga"


def test_given_names_before_a_surname_belong_to_the_speaker(quotes_of: QuoteFinder) -> None:
    (quote,) = quotes_of("“The river is rising,” Governor Amelia Reyes said.")
    assert speaker(quote) == "Amelia Reyes"


def test_the_date_the_sentence_gives(quotes_of: QuoteFinder) -> None:
    (quote,) = quotes_of("“We will reopen the northern bridge by the end of the month,” Mayor Ines Halvorsen told residents on Monday.")
    assert quote.date.text == "Monday" and quote.date.value is None
    assert (speaker(quote), addressee(quote)) == ("Ines Halvorsen", "residents")


def test_the_date_takes_the_times_stage_value(language_nlp) -> None:  # type: ignore[no-untyped-def]
    from dateline.quotes.finder import find_quotes
    from dateline.records import TimeExpression

    text = "“We will reopen the bridge,” the mayor said on Monday."
    start = text.index("Monday")
    times = [TimeExpression(text="Monday", start=start, end=start + 6, type="DATE", value="2026-03-02")]
    (quote,) = find_quotes(text, language_nlp(text), times=times)
    assert quote.date.value == "2026-03-02"
