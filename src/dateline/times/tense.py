"""The tense of the clause a time expression sits in, read from the article's spaCy parse.

"Putin met Pompeo on Tuesday" places Tuesday before the anchor, "will meet on Tuesday" after it. We climb
the dependency tree from the expression to the verb that governs it and read that verb's tense from its
tag and auxiliaries.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from dateline.language import sentence_of
from dateline.times.expressions import Tense

TenseLookup = Callable[[int, int], "Tense | None"]

_FUTURE_AUXILIARIES = {"will", "'ll", "ll", "shall", "wo", "’ll"}
_MODALS = {"may", "might", "could", "can", "should", "must", "ca", "would"}
# Verbs that put their complement ahead in time: "is set to meet", "plans to visit", "is due to vote".
_FORWARD_HEADS = {"be", "go", "plan", "expect", "schedule", "set", "due", "intend", "aim", "prepare", "hope", "want", "seek", "vow", "pledge", "promise"}
# Verbs whose own time expression names when the planned thing happens.
_SCHEDULING = {"schedule", "plan", "slate", "postpone", "reschedule", "expect"}
_MAX_CLIMB = 8


def tense_lookup(doc: Any) -> TenseLookup:
    """A function giving the tense at a character span of the text ``doc`` was parsed from."""

    def lookup(start: int, end: int) -> Tense | None:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return None
        verb = governing_verb(span.root, {token.i for token in span})
        return verb_tense(verb) if verb is not None else None

    return lookup


def governing_verb(token: Any, inside: set[int] | None = None) -> Any | None:
    """The nearest verb (or auxiliary used as a main verb) above ``token``, else the root of its sentence."""
    inside = inside or set()
    current = token
    for _ in range(_MAX_CLIMB):
        if current.i not in inside and current.pos_ in ("VERB", "AUX"):
            return current
        if current.head.i == current.i:
            break
        current = current.head
    root = sentence_of(token).root
    return root if root.pos_ in ("VERB", "AUX") else None


def verb_tense(verb: Any, depth: int = 0) -> Tense | None:
    if verb.lemma_.lower() in _SCHEDULING:
        return "future"  # "has scheduled a news conference Thursday": the time is ahead whatever the tense
    auxiliaries = [child for child in verb.children if child.dep_ in ("aux", "auxpass")]
    words = {child.lower_ for child in auxiliaries}
    if words & _FUTURE_AUXILIARIES:
        return "future"
    if words & _MODALS:
        if "have" in words:
            return "past"  # "could have met": a past possibility
        return "future" if "would" not in words else None
    tags = {verb.tag_} | {child.tag_ for child in auxiliaries}
    if verb.tag_ == "VB" and verb.dep_ in ("xcomp", "ccomp", "advcl") and depth < 3 and verb.head.i != verb.i:
        head = verb.head
        head_tense = verb_tense(head, depth + 1)
        if head.lemma_.lower() in _FORWARD_HEADS and (head.lemma_.lower() != "be" or any(c.lower_ == "to" for c in verb.children)):
            return "future"  # "planned to leave on Thursday" leaves after the planning; "is to resume Tuesday"
        return head_tense
    if "VBD" in tags:
        return "past"
    if verb.tag_ == "VBN" and (words & {"has", "have", "'ve", "’ve"} or not auxiliaries):
        return "past"  # present perfect, or a bare participle ("a video released Saturday")
    if tags & {"VBZ", "VBP"}:
        return "present"
    if verb.tag_ == "VBG" and verb.dep_ in ("acl", "advcl", "xcomp", "pcomp") and depth < 3 and verb.head.i != verb.i:
        return verb_tense(verb.head, depth + 1)
    return None
