"""The words that may code: the array scan of a sentence picks exactly the words the word test picks, including
those only the parse decides (a verb done "jointly", an ending with its "of")."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.events.candidates import coding_candidates, may_code
from dateline.events.lexicon import trigger_lexicon

SENTENCES = [
    "Police in Lagos arrested 14 students on Tuesday after a march on the ministry, a spokesman said.",
    "Kenyan and Ugandan troops patrolled the border jointly for the first time since the truce.",
    "The two navies will inspect cargo ships in tandem off the coast, officials said.",
    "The government announced the lifting of the curfew in the capital before the vote.",
    "On the tenth day of a hunger strike, the detainees met a delegation from the Red Cross.",
    "Shares in the Zurich bank rose 3 percent in early trading.",
    "",
    "\n\n",
]


@pytest.fixture(scope="module")
def docs(language_nlp: Any) -> list[Any]:
    return [language_nlp(text) for text in SENTENCES]


def test_the_scan_picks_what_the_word_test_picks(docs: list[Any]) -> None:
    lexicon = trigger_lexicon()
    for doc in docs:
        for sentence in doc.sents:
            candidates, may_date = coding_candidates(sentence, lexicon)
            assert [t.i for t in candidates] == [t.i for t in sentence if may_code(t, lexicon)], sentence.text
            assert may_date == any(t.lower_ in ("after", "before", "since") for t in sentence)


def test_words_the_parse_decides(docs: list[Any]) -> None:
    lexicon = trigger_lexicon()
    picked = {t.lower_ for doc in docs for s in doc.sents for t in coding_candidates(s, lexicon)[0]}
    assert {"arrested", "patrolled", "inspect", "lifting", "strike"} <= picked
    assert "rose" not in picked and "shares" not in picked  # market news codes nothing
    again = {t.lower_ for doc in docs for s in doc.sents for t in coding_candidates(s, lexicon)[0]}
    assert again == picked  # the answers kept per word give the same picks a second time


def test_parse_depth_counts_the_heads_up_to_the_root(docs: list[Any]) -> None:
    from dateline.events.candidates import parse_depth

    def climbed(token: Any) -> int:
        steps = 0
        while token.head.i != token.i:
            token, steps = token.head, steps + 1
        return steps

    for doc in docs:
        assert [parse_depth(t) for t in doc] == [climbed(t) for t in doc]
        assert all(parse_depth(s.root) == 0 for s in doc.sents)
