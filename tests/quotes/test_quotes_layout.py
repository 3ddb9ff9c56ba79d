"""The article as the quote finder sees it: which quotation covers an offset, and where paragraphs start."""

from __future__ import annotations

from typing import Any

from quote_helpers import line_paragraphs

from dateline.quotes.layout import make_layout


def test_the_quotation_covering_an_offset_is_the_first_to_open_before_it(language_nlp: Any) -> None:
    # A single-mark quotation holding a double one: the ends of the quotations are not in order.
    text = "The sign read ‘keep “the port” open’ and then “all ferries stop” at night, “twice”.\n"
    layout = make_layout(text, language_nlp(text), line_paragraphs(text))
    spans = [(quoted.opening, quoted.outer_end) for quoted in layout.quotes]
    assert len(spans) >= 3
    for offset in range(len(text) + 2):
        expected = next((quoted for quoted in layout.quotes if quoted.opening <= offset < quoted.outer_end), None)
        assert layout.quote_at(offset) is expected
        assert layout.inside_quote(offset) == (expected is not None)


def test_blank_before_is_only_white_space_from_the_paragraph_start(language_nlp: Any) -> None:
    text = "First line.\n   “Indented,” she said.\nNo quote here.\n"
    layout = make_layout(text, language_nlp(text), line_paragraphs(text))
    second = text.index("“")
    assert layout.blank_before(1, second)
    assert not layout.blank_before(1, second + 1)
    assert layout.blank_before(2, text.index("No"))
