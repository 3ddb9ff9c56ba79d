"""Unattributed quotations that carry on an earlier quote.

News style lets a quote paragraph stand without attribution when it goes on with the previous speaker
(“No one tells us what to do.” after Diaz-Canel's quote). An unattributed direct quote that fills its paragraph
takes the speaker, addressee and channel of the last attributed quote in the paragraph just before it (a subhead
in between breaks the chain); one that follows an attributed quote in its own paragraph takes that quote's.
"""

from __future__ import annotations

from dateline.quotes.layout import Layout
from dateline.quotes.marks import ALL_MARKS
from dateline.quotes.records import Found

_FILLER = set(ALL_MARKS) | set(" \t\n.,;:!?…—–-")


def fills_paragraph(layout: Layout, found: Found) -> bool:
    """Whether only quotation marks and punctuation stand in its paragraph outside the quote."""
    start, end, _kind = layout.paragraphs[layout.paragraph_at(found.start)]
    text = layout.text
    outside = []
    cursor = start
    for piece_start, piece_end in found.pieces:
        if piece_start >= end:
            break
        outside.append(text[cursor:piece_start])
        cursor = piece_end
    outside.append(text[cursor:end] if cursor < end else "")
    return all(char in _FILLER for char in "".join(outside))


def carry_on(layout: Layout, quotes: list[Found]) -> None:
    """Give unattributed direct quotes the attribution they continue, in place (``quotes`` in text order)."""
    for index, found in enumerate(quotes):
        if found.kind != "direct" or found.speaker is not None:
            continue
        paragraph = layout.paragraph_at(found.start)
        same = [q for q in quotes[:index] if q.speaker is not None and layout.paragraph_at(q.end) == paragraph]
        previous: Found | None = same[-1] if same else None
        if previous is None and fills_paragraph(layout, found) and paragraph > 0:
            before = paragraph - 1
            if layout.paragraphs[before][2] == "body" and layout.paragraphs[paragraph][2] == "body":
                earlier = [q for q in quotes[:index] if q.speaker is not None and layout.paragraph_at(q.end) == before]
                previous = earlier[-1] if earlier else None
        if previous is None:
            continue
        found.speaker = previous.speaker
        found.speaker_person = previous.speaker_person
        found.addressee = previous.addressee
        found.addressee_person = previous.addressee_person
        found.channel = previous.channel
        found.continues = quotes.index(previous)
