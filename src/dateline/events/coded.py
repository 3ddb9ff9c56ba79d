"""An event as the coder finds it in a sentence, before it becomes a record, and the type groups its passes share."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from dateline.events.arguments import Participants
from dateline.events.lexicon import Coding
from dateline.events.triggers import Hit

Token = Any  # spaCy's Token

# Verbal types: told in words, by a speaker.
VERBAL = frozenset({"ACCUSE", "REQUEST", "REJECT", "THREATEN", "AGREE", "SUPPORT", "CONCEDE"})


@dataclass(slots=True)
class Coded:
    """An event found in a sentence, before it becomes a record."""

    hit: Hit
    coding: Coding
    participants: Participants
    negated: bool
    hypothetical: bool
    rule: str
    anchor: Token  # the word whose clause holds the event's date and place
    trigger: tuple[int, int]
    sentence: Any
    reporter: Token | None = None  # the subject of the reporting or framing verb, for pronoun actors
    consumed: set[int] = field(default_factory=set)
