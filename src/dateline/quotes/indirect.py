"""Indirect quotes: reported speech without quotation marks.

A reporting cue with a speaker and a clause for content: "Ushakov said the president and Pompeo discussed Iran",
"Pompeo … warned Russia to stay out of next year's vote", "They did not touch on X, Ushakov said", "According to
officials, …". Cues inside quotations are the quoted person's own words and are skipped, as are cues already
used by a direct or partial quote.
"""

from __future__ import annotations

from itertools import islice

from dateline.quotes import lexicon
from dateline.quotes.cues import heads_attribution, is_according, is_cue, is_factual, read_cue
from dateline.quotes.layout import Layout
from dateline.quotes.records import Found
from dateline.quotes.syntax import Token, clause_span, has_verb, subtree_span, trim

_MIN_TOKENS = 2


def _infinitive(token: Token) -> bool:
    return any(child.dep_ == "aux" and child.lower_ == "to" for child in token.children)


def content_of(cue: Token) -> list[tuple[int, int]] | None:
    """The span(s) a cue reports, or ``None`` when it reports no clause."""
    lemma = cue.lemma_.lower()
    if is_according(cue):
        top = cue.head
        if top.pos_ not in {"VERB", "AUX"}:
            return None
        return _without(top, cue)
    if cue.pos_ == "NOUN":
        # "her remark that …", "his promise of free college"
        for child in cue.children:
            if child.dep_ in {"acl", "ccomp", "relcl"} and has_verb(child) and any(g.lower_ == "that" and g.dep_ == "mark" for g in child.children):
                return [subtree_span(child)]
            if child.dep_ == "prep" and child.lower_ == "of" and any(g.dep_ in {"pobj", "pcomp"} for g in child.children):
                return [subtree_span(next(g for g in child.children if g.dep_ in {"pobj", "pcomp"}))]
        return None
    for child in cue.children:
        if child.dep_ == "ccomp" and has_verb(child):
            return [clause_span(child, nested=heads_attribution)]
    for child in cue.children:
        if child.dep_ == "xcomp" and _infinitive(child) and lemma in lexicon.TO_CONTENT_VERBS:
            return [clause_span(child, nested=heads_attribution)]
    if lemma == "call":
        # "called for dialogue", "called on Cuba to negotiate"
        for child in cue.children:
            if child.dep_ == "prep" and child.lower_ in {"for", "on"}:
                return [subtree_span(child)]
    if cue.dep_ == "parataxis" and cue.head.pos_ in {"VERB", "AUX"}:
        return _without(cue.head, cue)
    return None


def _without(top: Token, cue: Token) -> list[tuple[int, int]]:
    """``top``'s clause minus the cue's own subtree: "They did not touch on X[, Ushakov said]"."""
    start, end = subtree_span(top)
    cue_start, cue_end = subtree_span(cue)
    pieces = []
    if cue_start > start:
        pieces.append((start, cue_start))
    if cue_end < end:
        pieces.append((cue_end, end))
    return pieces or [(start, end)]


def _too_short(layout: Layout, start: int, end: int) -> bool:
    """Fewer than ``_MIN_TOKENS`` tokens in the span; counted only that far, as a content may be a long clause."""
    return sum(1 for _ in islice(layout.index.iter_within(start, end), _MIN_TOKENS)) < _MIN_TOKENS


def find_indirect(layout: Layout, used_cues: set[int], covered: list[tuple[int, int]]) -> list[Found]:
    """Indirect quotes; ``covered`` holds spans already quoted (an indirect quote may not overlap them)."""
    text = layout.text
    found: list[Found] = []
    # Quoted characters, marked once, so an overlap test costs the span's length rather than a scan of every span.
    taken = bytearray(len(text) + 1)
    for start, end in covered:
        taken[start:end] = b"\x01" * max(end - start, 0)
    for token in layout.doc:
        if token.i in used_cues or not (is_according(token) or (is_cue(token) and is_factual(token))):
            continue
        if layout.inside_quote(token.idx):
            continue
        pieces = content_of(token)
        if not pieces:
            continue
        paragraph = layout.paragraphs[layout.paragraph_at(token.idx)]
        trimmed = []
        for start, end in pieces:
            start, end = trim(text, max(start, paragraph[0]), min(end, paragraph[1]))
            if end > start:
                trimmed.append((start, end))
        if not trimmed or _too_short(layout, trimmed[0][0], trimmed[-1][1]):
            continue
        if any(taken.find(1, start, end) >= 0 for start, end in trimmed):
            continue
        cue = read_cue(token)
        if cue.speaker is None or layout.inside_quote(cue.speaker.start):
            continue
        if any(start <= cue.speaker.start < end for start, end in trimmed):
            continue  # the "speaker" is part of the content: a parse gone wrong
        found.append(Found("indirect", trimmed, [], cue.speaker, cue.addressee, cue.text, token.i, cue.channel, cue.date))
        covered.extend(trimmed)
        for start, end in trimmed:
            taken[start:end] = b"\x01" * (end - start)
    return found
