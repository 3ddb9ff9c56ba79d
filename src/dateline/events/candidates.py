"""The words of a sentence that may code an event: a test of every word against the lexicon and the verbs and
nouns the rules read by name, before any rule walks the parse.

Most words code nothing, and the test is run on every word of every article, so it reads the words' part of
speech, form and lemma from one array per Doc, and keeps each distinct (part of speech, form, lemma)'s answer in
the lexicon. Only two kinds of word also depend on the parse, and are looked at as tokens: a verb done
"together", "jointly" or "in tandem" with someone, and an ending or a spell ("the lifting of", "a day of") with
its "of".
"""

from __future__ import annotations

from typing import Any

from dateline.events.lexicon import TriggerLexicon
from dateline.events.token_kinds import GENERIC_HEADS, children_of, done_together, lemma_key
from dateline.events.triggers import ENDING
from dateline.events.verb_senses import READ_HERE
from dateline.events.word_classes import SPELLS, STATES, VERBS_READ_HERE

Token = Any  # spaCy's Token

_RULE_VERBS = VERBS_READ_HERE | READ_HERE  # every verb a rule reads by name, the lexicon aside
_VERBAL = frozenset({"VERB", "AUX", "ADJ"})
_NOMINAL = frozenset({"NOUN", "PROPN"})
_ROWS = "dateline.events.word_rows"  # Doc.user_data: [part of speech, form, lemma] of every token
_HEADS = "dateline.events.head_offsets"  # Doc.user_data: every token's head, as an offset from it
_VERDICT_LIMIT = 500_000  # distinct words whose answer the lexicon keeps
_YES, _NO, _IF_TOGETHER, _IF_OF = range(4)
_TOGETHER_WORDS = ("together", "jointly", "tandem")
_DATING_WORDS = ("after", "before", "since")  # "days after Bucharest demanded her return"


def may_code(token: Token, lexicon: TriggerLexicon) -> bool:
    """A quick test that a word can code anything, before the lexicon's keys are built for it: a word of no key,
    no frame and none of the verbs or nouns read by the rules by name codes nothing."""
    verdict = _word_verdict(token, lexicon)
    if verdict == _IF_TOGETHER:
        return done_together(token)
    if verdict == _IF_OF:
        return _ending_of(token)
    return verdict == _YES


def coding_candidates(sentence: Any, lexicon: TriggerLexicon) -> tuple[list[Token], bool]:
    """The words of ``sentence`` (a spaCy Span) that :func:`may_code`, in text order, and whether the sentence has
    a word that may date one event by another ("after", "before", "since")."""
    doc = sentence.doc
    rows = doc.user_data.get(_ROWS)
    if rows is None or len(rows) != len(doc):
        rows = doc.user_data[_ROWS] = list(zip(*doc.to_array(["POS", "LOWER", "LEMMA"]).T.tolist()))
    words = rows[sentence.start : sentence.end]
    strings = doc.vocab.strings
    forms = {row[1] for row in words}
    together = any(strings[word] in forms for word in _TOGETHER_WORDS)
    may_date = any(strings[word] in forms for word in _DATING_WORDS)
    verdicts = lexicon.verdicts
    if len(verdicts) > _VERDICT_LIMIT:
        verdicts.clear()
    candidates = []
    for index, row in enumerate(words, start=sentence.start):
        verdict = verdicts.get(row)
        if verdict is None:
            verdict = verdicts[row] = _word_verdict(doc[index], lexicon)
        if verdict == _NO or verdict == _IF_TOGETHER and not together:
            continue
        if verdict == _YES or verdict == _IF_TOGETHER and done_together(doc[index]) or verdict == _IF_OF and _ending_of(doc[index]):
            candidates.append(doc[index])
    return candidates, may_date


def parse_depth(token: Token) -> int:
    """How many heads above ``token`` its sentence's root is (at most 64), read from one array per Doc rather
    than by building every head on the way up."""
    doc = token.doc
    heads = doc.user_data.get(_HEADS)
    if heads is None or len(heads) != len(doc):
        heads = doc.user_data[_HEADS] = doc.to_array("HEAD").view("int64").tolist()
    index, steps = token.i, 0
    while heads[index] and steps < 64:
        index += heads[index]
        steps += 1
    return steps


def _word_verdict(token: Token, lexicon: TriggerLexicon) -> int:
    """What the word's part of speech, form and lemma alone say: yes, no, or what of the parse decides."""
    pos = token.pos_
    lemma = lemma_key(token)
    if pos in _VERBAL:
        return _YES if lemma in lexicon.verb_words or lemma in _RULE_VERBS or token.lower_ in lexicon.frames else _IF_TOGETHER
    if pos in _NOMINAL:
        if lemma in lexicon.noun_words or token.lower_ in lexicon.noun_words or lemma in STATES or lemma in GENERIC_HEADS:
            return _YES
        return _IF_OF if lemma in ENDING or lemma in SPELLS else _NO
    return _NO


def _ending_of(token: Token) -> bool:
    # "the lifting of the embargo", "on the tenth day of a hunger strike": only with their "of"
    lemma = lemma_key(token)
    return (lemma in ENDING or lemma in SPELLS and token.dep_ == "pobj") and any(c.lower_ == "of" for c in children_of(token))
