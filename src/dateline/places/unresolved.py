"""Places no gazetteer holds ("El Rodeo prison east of Caracas"): kept, with where the text puts them.

The text usually says where such a place is: a relation right after it ("east of Caracas", "near Sochi",
"outside Kyiv"), or at least another, resolved place in the same sentence. Failing both, the dateline's place says
where the story is. The place's country is that anchor's country, else the country the article names most.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from dateline.language import doc_text, sentence_of
from dateline.places.index import Place
from dateline.places.mentions import FACILITY_NOUNS

_DIRECTIONS = r"(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)"
# The relation must follow the place at once, after at most its kind and a few filler words: "El Rodeo prison east
# of", "the camp, just north of", "Yare prison, located near". A relation further on is about something else.
RELATION = re.compile(
    rf"^(?:\s*(?:{'|'.join(sorted(FACILITY_NOUNS))}))?\s*,?\s*(?:(?:just|about|some|roughly|located|situated|which is|"
    rf"that is)\s+)*(?P<relation>(?:(?:\d+\s*(?:km|kilometres|kilometers|miles)\s+)?{_DIRECTIONS}\s+of|"
    rf"outside(?:\s+of)?|near|close\s+to|on\s+the\s+outskirts\s+of|in|at))\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Located:
    """Where the text puts an unresolved place: the nearest resolved place, how, and the country."""

    near: Place | None
    relation: str | None
    country: str | None


@dataclass(frozen=True, slots=True)
class Resolved:
    """A resolved mention: its offsets and place."""

    start: int
    end: int
    place: Place


def locate(
    doc: Any,
    start: int,
    end: int,
    resolved: Sequence[Resolved],
    dateline_place: Place | None,
    country_counts: Counter[str],
) -> Located:
    """Where the text puts the unresolved place at ``text[start:end]``."""
    span = doc.char_span(start, end, alignment_mode="expand")
    sentence = sentence_of(span[0]) if span is not None and len(span) else None
    sentence_start, sentence_end = (sentence.start_char, sentence.end_char) if sentence is not None else (start, end)
    same_sentence = [
        r for r in resolved if sentence_start <= r.start and r.end <= sentence_end and (r.start >= end or r.end <= start)
    ]
    following = sorted((r for r in same_sentence if r.start >= end), key=lambda r: r.start)
    if following:
        match = RELATION.match(doc_text(doc)[end : following[0].start])
        if match:
            anchor = following[0].place
            return Located(anchor, " ".join(match.group("relation").lower().split()), anchor.country or _top(country_counts))
    if same_sentence:
        # Prefer a town or region to a country: "El Helicoide in Caracas, Venezuela" is near Caracas.
        nearest = min(same_sentence, key=lambda r: (r.place.feature == "country", abs(r.start - start)))
        return Located(nearest.place, None, nearest.place.country or _top(country_counts))
    if dateline_place is not None:
        return Located(dateline_place, None, dateline_place.country or _top(country_counts))
    return Located(None, None, _top(country_counts))


def _top(counts: Counter[str]) -> str | None:
    """The country named most; ``None`` when none is, or when two tie."""
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]
