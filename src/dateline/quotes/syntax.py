"""Small helpers over a spaCy ``Doc``: tokens by character offset, and the span a noun phrase mention covers.

Everything here works in character offsets of the parsed text, which for dateline is ``article.text``.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from dateline.language import doc_text, entity_at
from dateline.quotes.lexicon import NAME_TITLES
from dateline.quotes.tree import Tree, laid_out

Token = Any  # spaCy Token; kept loose so this module imports without spaCy
Doc = Any

# Dependents that belong to a noun phrase's name ("Putin's aide Yuri Ushakov", "the caretaker president");
# appositions, relative clauses and prepositional phrases describe the person and are left out of the mention.
_MENTION_LEFT = frozenset({"det", "poss", "amod", "compound", "nummod", "nmod", "quantmod", "case", "predet", "advmod"})
_PUNCT_EDGES = "\"'“”‘’«»„,.;:!?()[]—–―- \n\t"


@dataclass(frozen=True, slots=True)
class Mention:
    """A stretch of text naming someone: ``text[start:end]``, with the index of its head token."""

    start: int
    end: int
    text: str
    head: int


class TokenIndex:
    """Find the token at a character offset in O(log n)."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.starts = [token.idx for token in doc]

    def at(self, offset: int) -> Token | None:
        """The token that covers ``offset`` (or the nearest one starting before it)."""
        if not self.starts:
            return None
        position = bisect_right(self.starts, offset) - 1
        return self.doc[max(position, 0)]

    def within(self, start: int, end: int) -> list[Token]:
        """Tokens that lie wholly inside ``[start, end)``, spaces excluded."""
        return list(self.iter_within(start, end))

    def iter_within(self, start: int, end: int) -> Iterator[Token]:
        """The tokens of :meth:`within`, read only as far as the caller goes."""
        first = bisect_right(self.starts, start - 1)
        for token in self.doc[first:]:
            if token.idx >= end:
                break
            if token.idx + len(token) <= end and not token.is_space:
                yield token

    def within_reversed(self, start: int, end: int) -> Iterator[Token]:
        """The tokens of :meth:`within`, last first, read only as far as the caller goes."""
        doc = self.doc
        for position in range(bisect_left(self.starts, end) - 1, -1, -1):
            token = doc[position]
            if token.idx < start:
                break
            if token.idx + len(token) <= end and not token.is_space:
                yield token


def token_end(token: Token) -> int:
    return token.idx + len(token)


def trim(text: str, start: int, end: int, chars: str = _PUNCT_EDGES) -> tuple[int, int]:
    """Shrink ``[start, end)`` past surrounding punctuation, quotation marks and spaces."""
    while start < end and text[start] in chars:
        start += 1
    while end > start and text[end - 1] in chars:
        end -= 1
    return start, end


def subtree_span(token: Token, exclude: Iterable[Token] = ()) -> tuple[int, int]:
    """The character span of ``token``'s subtree, cut short before any excluded dependent's subtree."""
    doc = token.doc
    exclude = list(exclude)
    tree = laid_out(token)
    run = None if tree is None else _run_by_edges(tree, token.i, exclude)
    left, right = run if run is not None else _run_walked(token, exclude)
    return doc[left].idx, token_end(doc[right])


def _run_by_edges(tree: Tree, head: int, exclude: list[Token]) -> tuple[int, int] | None:
    """The run of :func:`_run_walked` from the first and last tokens of the subtrees, when they are contiguous
    (``None`` otherwise): the head's subtree, cut at the nearest excluded subtree on either side of the head."""
    if not tree.contiguous(head):
        return None
    left, right = tree.low[head], tree.high[head]
    for other in exclude:
        index = other.i
        if tree.within(index, head):
            return head, head  # the head's own subtree is excluded: nothing around it is kept
        if not tree.within(head, index):
            continue  # a subtree apart from the head's
        if not tree.contiguous(index):
            return None
        if tree.high[index] < head:
            left = max(left, tree.high[index] + 1)
        elif tree.low[index] > head:
            right = min(right, tree.low[index] - 1)
        else:
            return None
    return left, right


def _run_walked(token: Token, exclude: list[Token]) -> tuple[int, int]:
    """The contiguous run of token indices around ``token`` inside its subtree and outside the excluded subtrees."""
    excluded: set[int] = set()
    for other in exclude:
        excluded.update(t.i for t in other.subtree)
    indices = {t.i for t in token.subtree if t.i not in excluded}
    # Keep the contiguous run around the head: an excluded subtree in the middle ends the span on that side.
    left = right = token.i
    while left - 1 in indices:
        left -= 1
    while right + 1 in indices:
        right += 1
    return left, right


def has_verb(token: Token) -> bool:
    """Whether ``token``'s subtree holds a verb or an auxiliary."""
    tree = laid_out(token)
    if tree is None:
        return any(t.pos_ in {"VERB", "AUX"} for t in token.subtree)
    return tree.has_verb(token.i)


def entity_of(token: Token) -> Any | None:
    """The named entity (spaCy ``Span``) containing ``token``, if any."""
    if not token.ent_type_:
        return None
    return entity_at(token.doc, token.i)


def mention_of(token: Token) -> Mention:
    """The mention a noun phrase's head token stands for.

    A named entity wins ("Superlano’s wife Aurora Silva" gives "Aurora Silva"); otherwise the head with its
    determiners, possessors, modifiers and compounds, plus coordinated heads ("rights groups and the opposition").
    """
    doc = token.doc
    text = doc_text(doc)
    entity = entity_of(token)
    if entity is not None and entity.label_ not in {"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"}:
        first = entity.start
        # The model often tags only the surname ("Governor Amelia [Reyes]"): take in the given names before it.
        while (
            first > 0
            and doc[first - 1].pos_ == "PROPN"
            and doc[first - 1].dep_ == "compound"
            and doc[first - 1].lemma_.lower() not in NAME_TITLES
            and not doc[first - 1].ent_type_
        ):
            first -= 1
        start, end = trim(text, doc[first].idx, entity.end_char)
        if end > start:
            return Mention(start, end, text[start:end], token.i)
    if token.pos_ == "PRON":
        return Mention(token.idx, token_end(token), token.text, token.i)
    # "Putin's aide Yuri Ushakov", "his son Nicolas Maduro Guerra": the name beside the noun names the speaker.
    for child in token.rights:
        if child.dep_ in {"appos", "compound"} and child.i - token.i <= 3:
            named = entity_of(child)
            if named is not None and named.label_ in {"PERSON", "ORG"}:
                start, end = trim(text, named.start_char, named.end_char)
                return Mention(start, end, text[start:end], child.i)
    left = token.i
    for child in reversed(list(token.lefts)):
        if child.dep_ not in _MENTION_LEFT:
            continue
        span = [t.i for t in child.subtree]
        if any(doc[i].pos_ in {"VERB", "AUX"} for i in span):
            break  # a verb taken for a modifier ("Trump pressed top oil executives"): the name stops here
        left = min(left, min(span))
    right = token.i
    for child in token.rights:
        if child.dep_ == "conj" and child.pos_ in {"NOUN", "PROPN"}:
            right = max(right, max(t.i for t in child.subtree if t.dep_ not in {"relcl", "acl", "appos"}))
        elif child.dep_ in {"compound", "nummod", "case"} and child.i == right + 1:
            right = child.i
    start, end = trim(text, doc[left].idx, token_end(doc[right]))
    if end <= start:
        start, end = token.idx, token_end(token)
    return Mention(start, end, text[start:end], token.i)


# Words that join a clause to what follows; a content cut short before a nested attribution must not end on one.
_CONNECTORS = frozenset(["but", "and", "or", "after", "before", "as", "while", "when", "because", "since", "whereas", "although", "though", "so"])


def trim_connectors(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim punctuation and a dangling connector from the end of ``[start, end)``: "… with Washington, after"."""
    start, end = trim(text, start, end, chars=" \t\n,;:—–-")
    while True:
        head, _, last = text[start:end].rpartition(" ")
        if not head or last.lower() not in _CONNECTORS:
            return start, end
        start, end = trim(text, start, start + len(head), chars=" \t\n,;:—–-")


def clause_span(holder: Token, keep: tuple[int, int] | None = None, nested: Any = None) -> tuple[int, int]:
    """The span of ``holder``'s clause without the attributions nested in it.

    "a large number would be released — but rights groups say …" reports two speakers; the first content stops
    where the second attribution starts. ``nested(token)`` says whether a token heads such an attribution;
    ``keep`` is a span (a quotation) that must stay inside.
    """
    return Clauses(nested).span(holder, keep)


_NESTED_HEADS = "nested attribution heads"


class Clauses:
    """:func:`clause_span` over one Doc, remembered: many quotations under one cue share their clause, and
    reading a clause's subtree for each of them made a long sentence cost the square of its quotations."""

    def __init__(self, nested: Any = None) -> None:
        self.nested = nested
        self._attributions: dict[int, list[tuple[Token, int, int]]] = {}  # holder -> nested heads and their spans
        self._spans: dict[tuple[int, tuple[int, ...]], tuple[int, int]] = {}  # (holder, excluded heads) -> span

    def span(self, holder: Token, keep: tuple[int, int] | None = None) -> tuple[int, int]:
        attributions = self._attributions.get(holder.i)
        if attributions is None:
            attributions = self._attributions[holder.i] = self._attributions_in(holder)
        excluded = [token for token, start, end in attributions if keep is None or not (start < keep[1] and keep[0] < end)]
        key = (holder.i, tuple(token.i for token in excluded))
        span = self._spans.get(key)
        if span is None:
            start, end = subtree_span(holder, exclude=excluded)
            if excluded:
                start, end = trim_connectors(doc_text(holder.doc), start, end)
            span = self._spans[key] = (start, end)
        return span

    def _attributions_in(self, holder: Token) -> list[tuple[Token, int, int]]:
        if self.nested is None:
            return []
        doc = holder.doc
        tree = laid_out(holder)
        if tree is None:
            tokens = [token for token in holder.subtree if token.i != holder.i and self._heads(token)]
        else:
            tokens = [doc[i] for i in tree.marked_within(doc, holder.i, (_NESTED_HEADS, self.nested), self._heads) if i != holder.i]
        return [(token, token.left_edge.idx, token_end(token.right_edge)) for token in tokens]

    def _heads(self, token: Token) -> bool:
        """Whether ``token`` heads an attribution nested in a clause: joined, adverbial or parenthetical."""
        return token.dep_ in {"conj", "advcl", "parataxis"} and bool(self.nested(token))
