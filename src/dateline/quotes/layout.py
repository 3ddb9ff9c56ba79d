"""The article as the quote finder sees it: text, parse, paragraphs, and the quotations paired in it."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from dateline.language import sentence_of
from dateline.quotes.marks import Quoted, pair_quotes
from dateline.quotes.syntax import Doc, Token, TokenIndex

Paragraph = tuple[int, int, str]  # (start, end, kind)


@dataclass
class Layout:
    text: str
    doc: Doc
    paragraphs: list[Paragraph]
    quotes: list[Quoted] = field(default_factory=list)
    stray: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.index = TokenIndex(self.doc)
        self._paragraph_starts = [p[0] for p in self.paragraphs]
        self._first_words: dict[int, int] = {}  # paragraph -> offset of its first character that is not a space
        pairing = pair_quotes(self.text, self.paragraphs)
        self.quotes = pairing.quotes
        self.stray = pairing.stray
        # Quotations sorted by opening mark, with the furthest end reached by any of them so far: a single-mark
        # quotation may hold a double one, so ends are not sorted, but the running maximum is, and it finds the
        # first quotation covering an offset by bisection instead of a scan of every quotation.
        self._openings = [q.opening for q in self.quotes]
        self._reach: list[int] = []
        for quoted in self.quotes:
            self._reach.append(max(quoted.outer_end, self._reach[-1]) if self._reach else quoted.outer_end)

    def paragraph_at(self, offset: int) -> int:
        """Index of the paragraph holding ``offset`` (the nearest one before it when between paragraphs)."""
        return max(bisect_right(self._paragraph_starts, offset) - 1, 0)

    def blank_before(self, index: int, offset: int) -> bool:
        """Whether only white space stands between the start of paragraph ``index`` and ``offset``."""
        first = self._first_words.get(index)
        if first is None:
            # Where the paragraph's first word starts, found once per paragraph rather than once per quotation.
            first = self.paragraphs[index][0]
            while first < len(self.text) and self.text[first].isspace():
                first += 1
            self._first_words[index] = first
        return first >= offset

    def sentence_at(self, offset: int) -> tuple[int, int]:
        token = self.index.at(offset)
        if token is None:
            return 0, len(self.text)
        sentence = sentence_of(token)
        return sentence.start_char, sentence.end_char

    def inside_quote(self, offset: int) -> bool:
        return self.quote_at(offset) is not None

    def quote_at(self, offset: int) -> Quoted | None:
        """The first quotation (by opening mark) that covers ``offset``, if any."""
        # The first quotation whose running reach passes ``offset`` is the first one ending after it; it covers the
        # offset if it also opens at or before it (every later one opens later still).
        position = bisect_right(self._reach, offset)
        if position < len(self.quotes) and self._openings[position] <= offset:
            return self.quotes[position]
        return None

    def tokens(self, start: int, end: int) -> list[Token]:
        return self.index.within(start, end)

    def tokens_reversed(self, start: int, end: int) -> Iterator[Token]:
        return self.index.within_reversed(start, end)


def make_layout(text: str, doc: Doc, paragraphs: Sequence[Paragraph] | None = None) -> Layout:
    if paragraphs is None:
        from dateline.quotes.marks import line_paragraphs

        paragraphs = line_paragraphs(text)
    return Layout(text=text, doc=doc, paragraphs=list(paragraphs))
