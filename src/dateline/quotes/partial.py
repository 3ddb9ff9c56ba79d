"""Partial quotes: quoted words embedded in reported speech, and the scare quotes that are not quotes at all.

From the quoted words, walk up the dependency tree to the nearest reporting cue. If that cue has a speaker, the
quotation is that speaker's, and the clause the cue reports (the cue's complement holding the quotation) is the
content: 'Trump claimed the United States was “in charge” of the country' gives Trump and 'the United States was
“in charge” of the country'. If the nearest cue has no speaker (a passive naming verb: 'accused of “treason”'), or
no cue governs the words at all, they are a scare quote or a name, and no one is quoted.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from dateline.quotes import lexicon
from dateline.quotes.cues import Cue, heads_attribution, is_according, is_cue, is_factual, read_cue, subject_of
from dateline.quotes.layout import Layout
from dateline.quotes.marks import Quoted
from dateline.quotes.records import Found
from dateline.quotes.syntax import Clauses, Token, subtree_span, token_end, trim

_MAX_STEPS = 8
_EDGES = " \t\n,.;:—–-"


@dataclass(slots=True)
class Governor:
    """The cue a quotation hangs from, how far up it is, and the dependent of the cue that holds the quotation."""

    cue: Token
    steps: int
    holder: Token | None  # the cue's child on the path to the quotation; None for a parenthetical cue
    top: Token | None = None  # for a parenthetical cue ("Trump, he said, wants …"): the clause it comments on


@dataclass(slots=True)
class Reading:
    """What the quotations of one article ask of the same words again and again, read once.

    Every quotation under one cue walks to that cue and reads it, its clause and its children; in a long sentence
    holding many quotations, reading them afresh for each made the sentence cost the square of its quotations.
    Keys are token indices of the article's Doc.
    """

    clauses: Clauses = field(default_factory=lambda: Clauses(heads_attribution))
    _factual: dict[int, bool] = field(default_factory=dict)
    _reports: dict[int, bool] = field(default_factory=dict)
    _sides: dict[int, list[Token]] = field(default_factory=dict)
    _cues: dict[int, Cue] = field(default_factory=dict)
    _subjects: dict[int, tuple[Token | None, bool]] = field(default_factory=dict)
    _subtrees: dict[int, tuple[int, int]] = field(default_factory=dict)

    def factual_cue(self, token: Token) -> bool:
        known = self._factual.get(token.i)
        if known is None:
            known = self._factual[token.i] = is_cue(token) and is_factual(token)
        return known

    def reports(self, token: Token) -> bool:
        """A factual reporting cue or "according to" (see :func:`governor_of`)."""
        known = self._reports.get(token.i)
        if known is None:
            known = self._reports[token.i] = is_according(token) or self.factual_cue(token)
        return known

    def side_cues(self, token: Token) -> list[Token]:
        """The children of ``token`` that are parenthetical cues or "according to", in order."""
        known = self._sides.get(token.i)
        if known is None:
            known = self._sides[token.i] = [child for child in token.children if _is_side_cue(child)]
        return known

    def cue(self, token: Token) -> Cue:
        known = self._cues.get(token.i)
        if known is None:
            known = self._cues[token.i] = read_cue(token)
        return known

    def subject(self, token: Token) -> tuple[Token | None, bool]:
        known = self._subjects.get(token.i)
        if known is None:
            known = self._subjects[token.i] = subject_of(token)
        return known

    def subtree(self, token: Token) -> tuple[int, int]:
        known = self._subtrees.get(token.i)
        if known is None:
            known = self._subtrees[token.i] = subtree_span(token)
        return known


def _inside(layout: Layout, quoted: Quoted) -> set[int]:
    return {token.i for token in layout.tokens(quoted.opening, quoted.outer_end)}


def _is_side_cue(child: Token) -> bool:
    if child.dep_ == "parataxis" and is_cue(child) and is_factual(child):
        return True
    return child.dep_ in {"prep", "advcl"} and is_according(child)


def _side_cue(token: Token, inside: set[int], reading: Reading) -> Token | None:
    """A parenthetical cue or "according to" hanging off ``token``: "Trump, he said, wants …"."""
    return next((child for child in reading.side_cues(token) if child.i not in inside), None)


def governor_of(layout: Layout, quoted: Quoted, reading: Reading | None = None) -> Governor | None:
    """The nearest cue above the quotation in the parse (or beside it, for a parenthetical), if any."""
    reading = reading or Reading()
    inside = _inside(layout, quoted)
    tokens = [layout.doc[i] for i in sorted(inside)]
    anchors = [t for t in tokens if t.head.i not in inside or t.head is t]
    best: Governor | None = None
    for anchor in anchors:
        current = anchor
        candidate: Governor | None = None
        for steps in range(1, _MAX_STEPS + 1):
            side = _side_cue(current, inside, reading)
            if side is not None:
                candidate = Governor(side, steps, None, current)
                break
            parent = current.head
            if parent is current:
                candidate = None
                break
            if parent.i not in inside and reading.reports(parent):
                candidate = Governor(parent, steps, current)
                break
            current = parent
        else:
            candidate = None
        if candidate is not None and (best is None or candidate.steps < best.steps):
            best = candidate
    return _outer(best, inside, reading) if best is not None else None


def _outer(governor: Governor, inside: set[int], reading: Reading) -> Governor:
    """Prefer the speech act around a nested cue: in "She says she believes the plan is “dead in the water”"
    the words are reported by "says"; "believes" (a thought), a reporting noun ("her statement about …") or a cue
    whose subject is a pronoun ("she") sits inside that report. A nested cue with a named subject of its own
    ("Maduro claimed …, his son said") stays: the quoted words are that person's."""
    cue = governor.cue
    speaker, _blocked = reading.subject(cue)
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
        if parent.i not in inside and parent.pos_ == "VERB" and reading.factual_cue(parent):
            if parent.lemma_.lower() in lexicon.SPEECH_VERBS and reading.cue(parent).speaker is not None:
                return Governor(parent, steps, current)
            break
        current = parent
    return governor


def _surface_cue(layout: Layout, quoted: Quoted) -> Token | None:
    """When the parse fails to connect them: the nearest cue before the quotation in its sentence, outside quotes."""
    sentence_start, _ = layout.sentence_at(quoted.opening)
    paragraph = layout.paragraphs[layout.paragraph_at(quoted.opening)]
    # Read back lazily: another quotation usually stands a few words before, however long the sentence.
    for token in layout.tokens_reversed(max(sentence_start, paragraph[0]), quoted.opening):
        if layout.inside_quote(token.idx):
            return None  # another quotation stands between: its attribution is not ours
        if is_cue(token):
            return token
    return None


def _content(layout: Layout, governor: Governor, quoted: Quoted, reading: Reading) -> list[tuple[int, int]]:
    """The span(s) the cue reports, widened to cover the quotation and kept inside its sentence."""
    cue = governor.cue
    if governor.top is not None:
        # A parenthetical: the clause it comments on, without the parenthetical itself.
        start, end = reading.subtree(governor.top)
        cue_start, cue_end = reading.subtree(cue)
        pieces = [(start, cue_start), (cue_end, end)] if start < cue_start < end else [(start, end)]
    else:
        holder = governor.holder
        if holder is not None and holder.dep_ in {"prep", "agent"}:
            objects = [child for child in holder.children if child.dep_ in {"pobj", "pcomp"}]
            holder = objects[0] if objects else holder
        if holder is None:
            pieces = [(token_end(cue), layout.sentence_at(quoted.opening)[1])]
        else:
            pieces = [reading.clauses.span(holder, keep=(quoted.opening, quoted.outer_end))]
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
    reading = Reading()
    by_cue: dict[int, Found] = {}
    contents: dict[int, list[list[tuple[int, int]]]] = {}  # cue -> the content of each of its quotations
    order: list[int] = []
    for position in positions:
        quoted = layout.quotes[position]
        if not quoted.pieces:
            continue
        governor = governor_of(layout, quoted, reading)
        if governor is None:
            surface = _surface_cue(layout, quoted)
            governor = Governor(surface, 0, None) if surface is not None else None
        if governor is None:
            continue
        cue: Cue = reading.cue(governor.cue)
        if cue.speaker is None or cue.blocked:
            continue  # a scare quote or a name: "accused of “treason”", "the so-called “deal”"
        if quoted.opening <= cue.speaker.start < quoted.outer_end:
            continue
        content = _content(layout, governor, quoted, reading)
        verbatim = _verbatim(quoted, content)
        key = governor.cue.i
        if key in by_cue:
            contents[key].append(content)
            by_cue[key].verbatim.extend(verbatim)
            continue
        found = Found("partial", content, verbatim, cue.speaker, cue.addressee, cue.text, key, cue.channel, cue.date)
        by_cue[key] = found
        contents[key] = [content]
        order.append(key)
    for key in order:
        if len(contents[key]) > 1:
            by_cue[key].pieces = _union_all(contents[key])
    return [by_cue[key] for key in order]


def _verbatim(quoted: Quoted, content: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The quoted words, within the content that holds them.

    A closed quotation lies within its content. One whose closing mark is missing runs on to the end of its
    paragraph, sentence punctuation included, while the content ends before that punctuation: its words are cut
    where the content ends, so the verbatim spans never reach outside the quote.
    """
    if quoted.balanced:
        return list(quoted.pieces)
    spans = []
    for start, end in quoted.pieces:
        for low, high in content:
            if max(start, low) < min(end, high):
                spans.append((max(start, low), min(end, high)))
    return spans


def _union_all(contents: list[list[tuple[int, int]]]) -> list[tuple[int, int]]:
    """The union of every content, as joining them one at a time would give it, in one sort.

    The union of spans does not depend on the order they are joined in, so one union of them all is the same as
    one per quotation (which cost the square of a cue's quotations); only a span that ends before it starts
    (which no content should hold) could tell them apart, and then they are joined one at a time after all.
    """
    if all(start <= end for content in contents for start, end in content):
        return _union([span for content in contents for span in content])
    pieces = contents[0]
    for content in contents[1:]:
        pieces = _union(pieces + content)
    return pieces
