"""Candidate lookup: the places a name may stand for, trying looser forms when the written form finds none.

Text adds words a gazetteer does not store: a possessive ("Caracas's"), a generic word ("Zhejiang province", "New
York state"), a direction ("East Texas", "western Massachusetts"). Each looser form is tried only when the stricter
ones find nothing, so "North Korea", "West Virginia" and "Mexico City" are always taken whole.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from dateline.places.index import Candidate

Lookup = Callable[[str], Sequence[Candidate]]

_POSSESSIVE = re.compile(r"(?:['\u2019]s|['\u2019])$")
# Generic words after a name. "County" is not among them: "Licking County" is not the village of Licking.
_GENERIC_TAIL = re.compile(
    r"\s+(?:province|region|state|oblast|governorate|prefecture|district|territory|area|city|town|village|"
    r"municipality|island|islands|peninsula|valley|metro|metropolitan area)$",
    re.IGNORECASE,
)
_DIRECTION_HEAD = re.compile(
    r"^(?:north|south|east|west|northern|southern|eastern|western|central|northeast|northwest|southeast|southwest|"
    r"north-east|north-west|south-east|south-west|northeastern|northwestern|southeastern|southwestern|upper|lower|"
    r"greater|downtown|metro|suburban|rural|coastal)\s+",
    re.IGNORECASE,
)


def looser_forms(name: str) -> list[str]:
    """``name`` and the looser forms to try after it, strictest first."""
    forms = [name]
    bare = _POSSESSIVE.sub("", name).strip()
    if bare != name:
        forms.append(bare)
    tail = _GENERIC_TAIL.sub("", bare).strip()
    if tail and tail != bare:
        forms.append(tail)
    head = _DIRECTION_HEAD.sub("", tail or bare).strip()
    if head and head not in forms:
        forms.append(head)
    return forms


def find_candidates(name: str, lookup: Lookup) -> tuple[str, Sequence[Candidate]]:
    """The first form of ``name`` with candidates, and its candidates (``(name, ())`` when none has any)."""
    for form in looser_forms(name):
        found = lookup(form)
        if found:
            return form, found
    return name, ()
