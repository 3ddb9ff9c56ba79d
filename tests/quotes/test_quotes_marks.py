"""Quotation-mark pairing: every style, apostrophes that are not quotes, quotes over paragraphs, stray marks."""

from __future__ import annotations

import random

import pytest

from dateline.quotes.marks import pair_quotes


def quoted(text: str) -> list[list[str]]:
    """The pieces of every quotation found, as text."""
    return [[text[start:end] for start, end in q.pieces] for q in pair_quotes(text).quotes]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('The mayor said "the bridge will open in May" and left.', [["the bridge will open in May"]]),
        ("“We will rebuild,” the mayor said.", [["We will rebuild,"]]),
        ("„Wir schaffen das“, sagte die Kanzlerin.", [["Wir schaffen das"]]),
        ("« Nous restons ici », a dit le maire.", [["Nous restons ici"]]),
        ("»Wir bleiben«, sagte sie.", [["Wir bleiben"]]),
        ("「我们会回来」他说。", [["我们会回来"]]),
        ("‘We are not leaving,’ the union leader said.", [["We are not leaving,"]]),
        ("''We are not leaving,'' the union leader said.", [["We are not leaving,"]]),
        ('He said:"Nobody told us."', [["Nobody told us."]]),
    ],
)
def test_every_quotation_style_pairs(text: str, expected: list[list[str]]) -> None:
    assert quoted(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The farmers’ union shouldn‘t wait, the minister’s aide said.",
        "Prices last rose this fast in the ’90s, before the ’08 crash.",
        "Delgado’s lawyers said the prisoners’ release was delayed.",
        "They played rock ’n’ roll until ’til dawn.",
        "O’Neill didn’t say whether the ministers’ talks would go on.",
    ],
)
def test_apostrophes_are_never_quotes(text: str) -> None:
    assert quoted(text) == []


def test_possessive_inside_single_quotes_does_not_end_them() -> None:
    assert quoted("‘We back the workers’ demands,’ she said.") == [["We back the workers’ demands,"]]


def test_a_quote_split_around_its_attribution_gives_two_quotations() -> None:
    assert quoted("“I hope,” the envoy said, “that the talks resume.”") == [["I hope,"], ["that the talks resume."]]


def test_a_quote_runs_over_paragraphs_when_each_paragraph_reopens_it() -> None:
    text = "“The harbour was full of boats.\n“Nobody could leave.\n“We waited two days,” the fisherman said.\nThe port reopened."
    (only,) = pair_quotes(text).quotes
    assert [text[a:b] for a, b in only.pieces] == ["The harbour was full of boats.", "Nobody could leave.", "We waited two days,"]
    assert only.balanced


def test_a_quote_closing_in_a_later_paragraph_without_reopening() -> None:
    text = "The statement read: “Our members will not accept this.\nThe strike goes on,” it said."
    (only,) = pair_quotes(text).quotes
    assert [text[a:b] for a, b in only.pieces] == ["Our members will not accept this.", "The strike goes on,"]


def test_a_subhead_ends_an_unclosed_quotation() -> None:
    text = "He said “we are ready.\nWater talks\n“Another quote,” she said."
    paragraphs = [(0, 22, "body"), (23, 34, "subhead"), (35, len(text), "body")]
    pairing = pair_quotes(text, paragraphs)
    assert [text[q.start : q.end] for q in pairing.quotes] == ["we are ready.", "Another quote,"]
    assert not pairing.quotes[0].balanced and pairing.quotes[1].balanced


def test_nested_quotes_belong_to_the_outer_quotation() -> None:
    text = "“They called it ‘a betrayal’ and “a disgrace”,” he said."
    assert quoted(text) == [["They called it ‘a betrayal’ and “a disgrace”,"]]


def test_stray_marks_are_reported_not_raised() -> None:
    text = "A 6' 2\" guard ” scored, then “ the crowd left."
    pairing = pair_quotes(text)
    assert pairing.stray  # the lone closing mark
    assert all(q.pieces for q in pairing.quotes)


def test_random_text_never_crashes() -> None:
    alphabet = "ab ,.\n'\"“”‘’«»„`"
    generator = random.Random(7)
    for _ in range(500):
        text = "".join(generator.choice(alphabet) for _ in range(generator.randint(0, 40)))
        pairing = pair_quotes(text)
        for q in pairing.quotes:
            for start, end in q.pieces:
                assert 0 <= start < end <= len(text)
