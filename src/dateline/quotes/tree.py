"""The dependency trees of one Doc, laid out once so that a subtree is a slice rather than a walk.

spaCy's ``Token.subtree`` is a generator nested once per level of the tree, and ``Token.children`` scans the whole
span of the subtree; on a deep parse (a long sentence of clauses inside clauses) reading one subtree costs its size
times its depth, and reading one per cue made such a sentence cost the cube of its length. Here every token's
subtree is a contiguous block of one list, in the order ``Token.subtree`` gives, so membership is a comparison and
the subtree's first and last tokens are known. Small subtrees are still walked (see :func:`laid_out`): the layout
costs a pass over the Doc, which only long sentences repay.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

Doc = Any  # spaCy Doc and Token; kept loose so this module imports without spaCy
Token = Any

_TREE = "dateline.quotes.tree"
_VERBS = frozenset({"VERB", "AUX"})
WALK_LIMIT = 64  # tokens: a subtree spanning fewer is walked with spaCy, a longer one read from the layout
_ENTER, _YIELD, _LEAVE = 0, 1, 2


@dataclass(frozen=True, slots=True)
class Tree:
    """Token indices in subtree order; ``first[i]:last[i]`` is the block of token ``i``'s subtree in ``order``."""

    order: list[int]
    first: list[int]
    last: list[int]
    position: list[int]  # where each token stands in ``order``
    low: list[int]  # the smallest and largest token index in each subtree
    high: list[int]
    verbs: bytes  # 1 for a token tagged VERB or AUX
    _marked: dict[Any, list[int]] = field(default_factory=dict)  # rule's name -> positions of the tokens it holds for

    def subtree(self, index: int) -> list[int]:
        """The indices ``doc[index].subtree`` yields, in the same order."""
        return self.order[self.first[index] : self.last[index]]

    def within(self, ancestor: int, index: int) -> bool:
        """Whether token ``index`` is in the subtree of token ``ancestor`` (itself included)."""
        return self.first[ancestor] <= self.position[index] < self.last[ancestor]

    def contiguous(self, index: int) -> bool:
        """Whether the subtree is every token from its first to its last (a projective subtree)."""
        return self.high[index] - self.low[index] + 1 == self.last[index] - self.first[index]

    def has_verb(self, index: int) -> bool:
        """Whether the subtree of token ``index`` holds a verb or an auxiliary."""
        return any(self.verbs[i] for i in self.subtree(index))

    def marked_within(self, doc: Doc, index: int, name: Any, rule: Callable[[Token], bool]) -> list[int]:
        """The tokens of the subtree of ``index`` for which ``rule`` holds, in subtree order; ``rule`` is asked once
        per token of the Doc, the first time a rule of that ``name`` is used."""
        marked = self._marked.get(name)
        if marked is None:
            marked = self._marked[name] = [place for place, i in enumerate(self.order) if rule(doc[i])]
        start = bisect_left(marked, self.first[index])
        stop = bisect_left(marked, self.last[index])
        return [self.order[place] for place in marked[start:stop]]


def laid_out(token: Token) -> Tree | None:
    """The layout of ``token``'s Doc when its subtree is long enough to repay it, else ``None`` (walk it)."""
    if token.right_edge.i - token.left_edge.i < WALK_LIMIT:
        return None
    return tree_of(token.doc)


def tree_of(doc: Doc) -> Tree | None:
    """The Doc's trees, built once per Doc; ``None`` when spaCy's own walk would not reach every token once."""
    cached = doc.user_data.get(_TREE, False)
    if cached is False:
        cached = doc.user_data[_TREE] = _build(doc)
    return cached


def _build(doc: Doc) -> Tree | None:
    size = len(doc)
    heads = [token.head.i for token in doc]
    left_edges = [token.left_edge.i for token in doc]
    right_edges = [token.right_edge.i for token in doc]
    # Children as Token.lefts and Token.rights find them: those with this head inside the head's edges, in order.
    lefts: list[list[int]] = [[] for _ in range(size)]
    rights: list[list[int]] = [[] for _ in range(size)]
    reached = bytearray(size)
    for index, head in enumerate(heads):
        if left_edges[head] <= index < head:
            lefts[head].append(index)
            reached[index] = 1
        elif head < index <= right_edges[head]:
            rights[head].append(index)
            reached[index] = 1
    order: list[int] = []
    first = [0] * size
    last = [0] * size
    low = list(range(size))
    high = list(range(size))
    for top in range(size):
        if not reached[top]:
            _lay_out(top, lefts, rights, order, first, last, low, high)
    if len(order) != size:
        return None  # heads in a cycle: such a parse is left to spaCy's own walk
    position = [0] * size
    for place, index in enumerate(order):
        position[index] = place
    verbs = bytes(1 if token.pos_ in _VERBS else 0 for token in doc)
    return Tree(order, first, last, position, low, high, verbs)


def _lay_out(
    top: int,
    lefts: list[list[int]],
    rights: list[list[int]],
    order: list[int],
    first: list[int],
    last: list[int],
    low: list[int],
    high: list[int],
) -> None:
    """Append ``top``'s subtree to ``order`` as Token.subtree yields it (left children's subtrees, the token, right
    children's subtrees), with a stack rather than recursion, as a parse may be thousands of levels deep."""
    stack = [(_ENTER, top)]
    while stack:
        step, index = stack.pop()
        if step == _YIELD:
            order.append(index)
        elif step == _LEAVE:
            last[index] = len(order)
            for child in lefts[index] + rights[index]:
                low[index] = min(low[index], low[child])
                high[index] = max(high[index], high[child])
        else:
            first[index] = len(order)
            stack.append((_LEAVE, index))
            stack.extend((_ENTER, child) for child in reversed(rights[index]))
            stack.append((_YIELD, index))
            stack.extend((_ENTER, child) for child in reversed(lefts[index]))
