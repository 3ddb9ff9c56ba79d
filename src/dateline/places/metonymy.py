"""Metonymy: a place named for its government or people ("Washington said", "sanctions imposed by Moscow").

Such a mention is still the place (it keeps its coordinates) but is flagged, so the events stage can treat it as an
actor. The test is syntactic, on the article's parse: a place is metonymic when it does what only people or
governments do (subject of "say", "deny", "urge"; the agent of a passive), when it is the other party of a relation
("talks with Havana", "between Washington and Havana", "subordinate to Washington"), or when it owns something
only a government has ("Caracas's leftist ally", "Russia's backing").
"""

from __future__ import annotations

from typing import Any

# Verbs whose subject is the place itself, not its government: "Sochi lies on the Black Sea", "Cuba is an island".
LITERAL_SUBJECT_VERBS: frozenset[str] = frozenset(
    """be lie sit border host stretch span extend cover flood burn shake swelter freeze experience suffer see
    receive welcome remain become contain include boast attract neighbour neighbor overlook face""".split()
)
# Verbs whose object is a party, not a destination: "urged Cuba", "warned Russia", "pressured Caracas".
PARTY_OBJECT_VERBS: frozenset[str] = frozenset(
    """accuse urge pressure pressure warn sanction blame criticize criticise condemn punish threaten support back
    recognize recognise persuade convince thank ask tell invite lobby reassure reward defy oppose court isolate
    engage rebuke snub placate appease confront""".split()
)
# Words before "to X" that make X a party: "subordinate to Washington", "a message to Moscow".
PARTY_TO_WORDS: frozenset[str] = frozenset(
    """subordinate loyal ally allied close hostile opposed friendly message letter appeal warning ultimatum offer
    request proposal threat respond reply answer commitment pledge loyalty concession overture""".split()
)
# Nouns before "from X" or "on X" that make X a party: "pressure from Washington", "sanctions on Moscow".
PARTY_FROM_ON_WORDS: frozenset[str] = frozenset(
    """pressure demand demands support aid assistance request response approval warning message order orders
    sanction sanctions backing embargo restriction restrictions tariff tariffs ban call calls""".split()
)
# Nouns a place can own only as a government: "Caracas's leftist ally", "Russia's backing".
GOVERNMENT_NOUNS: frozenset[str] = frozenset(
    """government decision demand ally allies backing support policy position stance response refusal offer
    proposal claim statement invasion annexation intervention sanction threat warning plan ambition diplomacy
    approach envoy ambassador delegation negotiator role involvement interference meddling crackdown insistence
    objection objections assurance assurances request approval consent veto""".split()
)
# "with X" and "between X and Y" are literal after these: "the border with Poland", "the area between X and Y".
LITERAL_WITH_HEADS: frozenset[str] = frozenset({"border", "frontier", "area", "region", "line", "flight", "flights"})
METONYMY_FEATURES: frozenset[str] = frozenset({"country", "admin1", "city"})


def is_metonymic(doc: Any, token_start: int, token_end: int) -> bool:
    """Whether the place named by ``doc[token_start:token_end]`` stands for its government or people."""
    token = doc[token_start:token_end].root
    # Conjuncts share their first conjunct's role: "between Washington and Havana", "Russia and the United States".
    while token.dep_ == "conj" and token.head is not token:
        token = token.head
    dep, head = token.dep_, token.head
    if dep == "nsubj":
        return head.pos_ in ("VERB", "AUX") and head.lemma_.lower() not in LITERAL_SUBJECT_VERBS
    if dep == "dobj":
        return head.lemma_.lower() in PARTY_OBJECT_VERBS
    if dep == "poss":
        return head.lemma_.lower() in GOVERNMENT_NOUNS
    if dep == "pobj":
        return _party_of_preposition(head)
    return False


def _party_of_preposition(preposition: Any) -> bool:
    word, governor = preposition.lower_, preposition.head
    governing = governor.lemma_.lower()
    if word == "by":
        return preposition.dep_ == "agent"
    if word in ("with", "against", "between", "among"):
        return governing not in LITERAL_WITH_HEADS
    if word == "to":
        return governing in PARTY_TO_WORDS
    if word in ("from", "on"):
        return governing in PARTY_FROM_ON_WORDS
    return False
