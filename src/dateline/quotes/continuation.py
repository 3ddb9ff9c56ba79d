"""Unattributed quotations that carry on an earlier quote.

News style lets a quote paragraph stand without attribution when it goes on with the previous speaker
(“No one tells us what to do.” after Diaz-Canel's quote). An unattributed direct quote that fills its paragraph
takes the speaker, addressee and channel of the last attributed quote in the paragraph just before it (a subhead
in between breaks the chain); one that follows an attributed quote in its own paragraph takes that quote's.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from dateline.quotes.layout import Layout
from dateline.quotes.marks import ALL_MARKS
from dateline.quotes.records import Found

_FILLER = set(ALL_MARKS) | set(" \t\n.,;:!?…—–-")
_WORDS = re.compile("[^" + re.escape("".join(sorted(_FILLER))) + "]+")


class Words:
    """Where a paragraph holds more than quotation marks and punctuation, read once per paragraph asked about."""

    def __init__(self, layout: Layout) -> None:
        self.layout = layout
        self._runs: dict[int, tuple[list[int], list[int]]] = {}  # paragraph -> (starts, ends) of its word runs

    def any_within(self, paragraph: int, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` holds a character that is not filler."""
        low, high, _kind = self.layout.paragraphs[paragraph]
        if start >= end:
            return False
        if start < low or end > high:
            # Outside the paragraph (a quote before the first one): read it directly.
            return _WORDS.search(self.layout.text, start, end) is not None
        starts, ends = self._paragraph_runs(paragraph)
        position = bisect_right(ends, start)  # the first run ending after ``start``
        return position < len(starts) and starts[position] < end

    def _paragraph_runs(self, paragraph: int) -> tuple[list[int], list[int]]:
        runs = self._runs.get(paragraph)
        if runs is None:
            low, high, _kind = self.layout.paragraphs[paragraph]
            matches = list(_WORDS.finditer(self.layout.text, low, high))
            runs = self._runs[paragraph] = ([m.start() for m in matches], [m.end() for m in matches])
        return runs


def fills_paragraph(layout: Layout, found: Found, words: Words | None = None) -> bool:
    """Whether only quotation marks and punctuation stand in its paragraph outside the quote."""
    words = words or Words(layout)
    paragraph = layout.paragraph_at(found.start)
    start, end, _kind = layout.paragraphs[paragraph]
    cursor = start
    for piece_start, piece_end in found.pieces:
        if piece_start >= end:
            break
        if words.any_within(paragraph, cursor, piece_start):
            return False
        cursor = piece_end
    return not words.any_within(paragraph, cursor, end)


def carry_on(layout: Layout, quotes: list[Found]) -> None:
    """Give unattributed direct quotes the attribution they continue, in place (``quotes`` in text order)."""
    words = Words(layout)
    attributed: dict[int, int] = {}  # paragraph -> the last quote so far ending in it with a speaker
    for index, found in enumerate(quotes):
        if found.kind == "direct" and found.speaker is None:
            _carry(layout, quotes, index, attributed, words)
        if found.speaker is not None:
            attributed[layout.paragraph_at(found.end)] = index


def _carry(layout: Layout, quotes: list[Found], index: int, attributed: dict[int, int], words: Words) -> None:
    found = quotes[index]
    paragraph = layout.paragraph_at(found.start)
    previous = attributed.get(paragraph)
    if previous is None and paragraph > 0 and fills_paragraph(layout, found, words):
        before = paragraph - 1
        if layout.paragraphs[before][2] == "body" and layout.paragraphs[paragraph][2] == "body":
            previous = attributed.get(before)
    if previous is None:
        return
    source = quotes[previous]
    found.speaker = source.speaker
    found.speaker_person = source.speaker_person
    found.addressee = source.addressee
    found.addressee_person = source.addressee_person
    found.channel = source.channel
    found.continues = previous
