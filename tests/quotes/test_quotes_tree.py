"""The laid-out dependency trees give what spaCy's own walk gives, on sentences long and deep enough to use them."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.quotes.syntax import _run_by_edges, _run_walked, has_verb, subtree_span
from dateline.quotes.tree import WALK_LIMIT, laid_out, tree_of

PORTS = ["Varnes", "Solheim", "Brekkvik", "Fjellby"]
NAMES = ["Halvorsen", "Strand", "Holm", "Varga"]


def _long_sentence() -> str:
    clauses = ", ".join(f"{NAMES[n % 4]} said that the harbour at {PORTS[n % 4]} would open" for n in range(24))
    return f"The council said on Monday that {clauses}, and the ferries ran late.\n"


@pytest.fixture(scope="module")
def deep_doc(language_nlp: Any) -> Any:
    return language_nlp(_long_sentence())


def test_every_subtree_is_the_one_spacy_walks(deep_doc: Any) -> None:
    tree = tree_of(deep_doc)
    assert tree is not None
    for token in deep_doc:
        assert tree.subtree(token.i) == [t.i for t in token.subtree]
        assert tree.has_verb(token.i) == any(t.pos_ in {"VERB", "AUX"} for t in token.subtree)
        for other in deep_doc:
            assert tree.within(token.i, other.i) == (other.i in {t.i for t in token.subtree})


def test_a_run_read_from_the_edges_is_the_walked_run(deep_doc: Any) -> None:
    tree = tree_of(deep_doc)
    assert tree is not None
    compared = 0
    for token in deep_doc:
        descendants = [deep_doc[i] for i in tree.subtree(token.i) if i != token.i]
        for exclude in ([], descendants[:1], descendants[-1:], descendants[::5], [token], [token.head]):
            run = _run_by_edges(tree, token.i, exclude)
            if run is not None:
                assert run == _run_walked(token, exclude)
                compared += 1
    assert compared > len(deep_doc)


def test_long_subtrees_are_laid_out_and_short_ones_walked(deep_doc: Any) -> None:
    root = next(token for token in deep_doc if token.head.i == token.i)
    assert root.right_edge.i - root.left_edge.i >= WALK_LIMIT
    assert laid_out(root) is not None
    assert laid_out(deep_doc[0]) is None
    left, right = _run_walked(root, [])
    assert subtree_span(root) == (deep_doc[left].idx, deep_doc[right].idx + len(deep_doc[right])) == (0, len(deep_doc.text))
    assert has_verb(root)
