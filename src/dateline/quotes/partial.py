"""Partial quotes: quoted words embedded in reported speech, and the scare quotes that are not quotes at all.

From the quoted words, walk up the dependency tree to the nearest reporting cue. If that cue has a speaker, the
quotation is that speaker's, and the clause the cue reports (the cue's complement holding the quotation) is the
content: 'Trump claimed the United States was “in charge” of the country' gives Trump and 'the United States was
“in charge” of the country'. If the nearest cue has no speaker (a passive naming verb: 'accused of “treason”'), or
no cue governs the words at all, they are a scare quote or a name, and no one is quoted.
"""

from __future__ import annotations

from dataclasses import dataclass

from dateline.quotes import lexicon
from dateline.quotes.cues import Cue, heads_attribution, is_according, is_cue, is_factual, read_cue, subject_of
from dateline.quotes.layout import Layout
from dateline.quotes.marks import Quoted
from dateline.quotes.records import Found
from dateline.quotes.syntax import Token, clause_span, subtree_span, token_end, trim

_MAX_STEPS = 8
_EDGES = " \t\n,.;:—–-"


@dataclass(slots=True)
class Governor:
    """The cue a quotation hangs from, how far up it is, and the dependent of the cue that holds the quotation."""

    cue: Token
    steps: int
    holder: Token | None  # the cue's child on the path to the quotation; None for a parenthetical cue
    top: Token | None = None  # for a parenthetical cue ("Trump, he said, wants …"): the clause it comments on


def _inside(layout: Layout, quoted: Quoted) -> set[int]:
    return {token.i for token in layout.tokens(quoted.opening, quoted.outer_end)}


def _side_cue(token: Token, inside: set[int]) -> Token | None:
    """A parenthetical cue or "according to" hanging off ``token``: "Trump, he said, wants …"."""
    for child in token.children:
        if child.i in inside:
            continue
        if child.dep_ == "parataxis" and is_cue(child) and is_factual(child):
            return child
        if child.dep_ in {"prep", "advcl"} and is_according(child):
            return child
    return None


def governor_of(layout: Layout, quoted: Quoted) -> Governor | None:
    """The nearest cue above the quotation in the parse (or beside it, for a parenthetical), if any."""
    inside = _inside(layout, quoted)
    tokens = [layout.doc[i] for i in sorted(inside)]
    anchors = [t for t in tokens if t.head.i not in inside or t.head is t]
    best: Governor | None = None
    for anchor in anchors:
        current = anchor
        candidate: Governor | None = None
        for steps in range(1, _MAX_STEPS + 1):
            side = _side_cue(current, inside)
            if side is not None:
                candidate = Governor(side, steps, None, current)
                break
            parent = current.head
            if parent is current:
                candidate = None
                break
            if parent.i not in inside and (is_according(parent) or (is_cue(parent) and is_factual(parent))):
                candidate = Governor(parent, steps, current)
                break
            current = parent
        else:
            candidate = None
        if candidate is not None and (best is None or candidate.steps < best.steps):
            best = candidate
    return _outer(best, inside) if best is not None else None


def _outer(governor: Governor, inside: set[int]) -> Governor:
    """Prefer the speech act around a nested cue: in "She says she believes the plan is “dead in the water”"
    the words are reported by "says"; "believes" (a thought), a reporting noun ("her statement about …") or a cue
    whose subject is a pronoun ("she") sits inside that report. A nested cue with a named subject of its own
    ("Maduro claimed …, his son said") stays: the quoted words are that person's."""
    cue = governor.cue
    speaker, _blocked = subject_of(cue)
    nested = cue.pos_ == "NOUN" or cue.lemma_.lower() in lexicon.THOUGHT_VERBS or (
        speaker is not None and speaker.lower_ in lexicon.PERSON_PRONOUNS | lexicon.GROUP_PRONOUNS
    )
    if not nested or governor.top is not None:
        return governor
    current = cue
    for steps in range(governor.steps + 1, governor.steps + _MAX_STEPS):
        parent = current.head
        if parent is current or current.dep_ not in {"ccomp", "xcomp", "conj", "advcl", "pobj", "prep", "dobj", "nsubj"}:
            break
        if parent.i not in inside and parent.pos_ == "VERB" and is_cue(parent) and is_factual(parent):
            if parent.lemma_.lower() in lexicon.SPEECH_VERBS and read_cue(parent).speaker is not None:
                return Governor(parent, steps, current)
            break
        current = parent
    return governor


def _surface_cue(layout: Layout, quoted: Quoted) -> Token | None:
    """When the parse fails to connect them: the nearest cue before the quotation in its sentence, outside quotes."""
    sentence_start, _ = layout.sentence_at(quoted.opening)
    paragraph = layout.paragraphs[layout.paragraph_at(quoted.opening)]
    for token in reversed(layout.tokens(max(sentence_start, paragraph[0]), quoted.opening)):
        if layout.inside_quote(token.idx):
            return None  # another quotation stands between: its attribution is not ours
        if is_cue(token):
            return token
    return None


def _content(layout: Layout, governor: Governor, quoted: Quoted) -> list[tuple[int, int]]:
    """The span(s) the cue reports, widened to cover the quotation and kept inside its sentence."""
    cue = governor.cue
    if governor.top is not None:
        # A parenthetical: the clause it comments on, without the parenthetical itself.
        start, end = subtree_span(governor.top)
        cue_start, cue_end = subtree_span(cue)
        pieces = [(start, cue_start), (cue_end, end)] if start < cue_start < end else [(start, end)]
    else:
        holder = governor.holder
        if holder is not None and holder.dep_ in {"prep", "agent"}:
            objects = [child for child in holder.children if child.dep_ in {"pobj", "pcomp"}]
            holder = objects[0] if objects else holder
        if holder is None:
            pieces = [(token_end(cue), layout.sentence_at(quoted.opening)[1])]
        else:
            pieces = [clause_span(holder, keep=(quoted.opening, quoted.outer_end), nested=heads_attribution)]
    sentence_start, sentence_end = layout.sentence_at(quoted.opening)
    paragraph = layout.paragraphs[layout.paragraph_at(quoted.opening)]
    low = max(min(sentence_start, quoted.opening), paragraph[0])
    high = min(max(sentence_end, quoted.outer_end), paragraph[1])
    clipped = []
    for start, end in pieces:
        start, end = max(start, low), min(end, high)
        if start < quoted.opening < end or start < quoted.outer_end <= end or quoted.opening <= start < quoted.outer_end:
            start, end = min(start, quoted.opening), max(end, quoted.outer_end)
        start, end = balanced(layout, start, end)
        if end > start:
            clipped.append((start, end))
    if not any(start <= quoted.start and quoted.end <= end for start, end in clipped):
        clipped.append(balanced(layout, quoted.opening, quoted.outer_end))
    # A content that is nothing but the quotation reads better without its marks.
    return [(quoted.start, quoted.end) if (start, end) == (quoted.opening, quoted.outer_end) else (start, end) for start, end in _union(clipped)]


def balanced(layout: Layout, start: int, end: int) -> tuple[int, int]:
    """Trim a content span, keeping quotation marks whose partner is inside it and dropping those cut off."""
    text = layout.text
    for _ in range(3):
        start, end = trim(text, start, end, chars=_EDGES)
        if end <= start:
            break
        opening = layout.quote_at(start)
        if opening is not None and opening.opening == start and opening.outer_end > end:
            start += 1
            continue
        closing = layout.quote_at(end - 1)
        if closing is not None and closing.closing is not None and closing.closing < end and closing.opening < start:
            end = closing.closing
            continue
        break
    return start, end


def _union(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def find_partial(layout: Layout, positions: list[int]) -> list[Found]:
    """Partial quotes among the embedded quotations at ``positions``; quotations under one cue form one quote."""
    by_cue: dict[int, Found] = {}
    order: list[int] = []
    for position in positions:
        quoted = layout.quotes[position]
        if not quoted.pieces:
            continue
        governor = governor_of(layout, quoted)
        if governor is None:
            surface = _surface_cue(layout, quoted)
            governor = Governor(surface, 0, None) if surface is not None else None
        if governor is None:
            continue
        cue: Cue = read_cue(governor.cue)
        if cue.speaker is None or cue.blocked:
            continue  # a scare quote or a name: "accused of “treason”", "the so-called “deal”"
        if quoted.opening <= cue.speaker.start < quoted.outer_end:
            continue
        content = _content(layout, governor, quoted)
        key = governor.cue.i
        if key in by_cue:
            found = by_cue[key]
            found.pieces = _union(found.pieces + content)
            found.verbatim.extend(quoted.pieces)
            continue
        found = Found("partial", content, list(quoted.pieces), cue.speaker, cue.addressee, cue.text, key, cue.channel, cue.date)
        by_cue[key] = found
        order.append(key)
    return [by_cue[key] for key in order]
