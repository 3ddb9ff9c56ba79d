"""Whether a coded event happened: negated ("did not meet"), or only hypothetical, conditional or future ("if they
attack", "would allow", "vowed to retaliate", "a planned visit")."""

from __future__ import annotations

from typing import Any

from dateline.events.token_kinds import children_of, lemma_key

Token = Any  # spaCy's Token

_NEGATIONS = frozenset({"not", "n't", "never", "no"})
_FAILING = frozenset({"fail", "refrain", "stop"})  # "failed to reach a deal" did not happen
_INTENTIONS = frozenset({"plan", "intention", "intent", "desire", "wish", "interest", "reason", "need"})
_CONDITIONS = frozenset({"if", "unless", "whether", "lest", "until"})  # "until their demands are met": not yet
_MODALS = frozenset({"would", "could", "might", "may", "should", "will", "shall", "'ll", "wo", "ca", "must"})
_UNREAL_HEADS = frozenset({
    "plan", "expect", "hope", "want", "wish", "seek", "intend", "aim", "try", "attempt", "propose", "consider",
    "pledge", "vow", "promise", "threaten", "prepare", "mull", "weigh", "likely", "set", "due", "able", "ready",
    "willing", "prepared", "poised", "offer",
})  # fmt: skip
_UNREAL_MODIFIERS = frozenset({"planned", "proposed", "possible", "potential", "future", "expected", "prospective",
                               "upcoming", "mooted", "would-be"})  # fmt: skip
_PRESSED_FOR = frozenset({"pressure", "call", "demand", "appeal", "plea", "request", "ultimatum", "push", "bid", "effort"})
_CLAUSE_EDGES = frozenset({"ccomp", "advcl", "relcl", "acl", "parataxis", "conj", "ROOT", "csubj"})


def negated(trigger: Token) -> bool:
    """The event is said not to have happened: a negation on its verb, "failed to", "no talks", "without"."""
    if any(child.dep_ == "neg" or child.lower_ in _NEGATIONS and child.dep_ in ("det", "advmod") for child in children_of(trigger)):
        return True
    for child in children_of(trigger):  # "neither side fired", "no one was arrested"
        if child.dep_ in ("nsubj", "nsubjpass") and any(g.dep_ == "det" and g.lower_ in ("neither", "no") for g in children_of(child)):
            return True
        if child.dep_ in ("nsubj", "nsubjpass") and child.lower_ in ("nobody", "none", "neither"):
            return True
    head = trigger.head
    if trigger.dep_ == "xcomp" and head.lemma_ in _FAILING:
        return True
    if trigger.dep_ in ("pobj", "pcomp") and head.dep_ == "prep" and head.lower_ == "without":
        return True
    intended = head.head if head.dep_ == "prep" and head.lower_ == "of" else head  # "no intention of attacking"
    if trigger.dep_ in ("acl", "xcomp", "pcomp") and intended.lemma_.lower() in _INTENTIONS:
        return any(c.dep_ == "det" and c.lower_ == "no" for c in children_of(intended))  # "had no plans to send troops"
    return False


def modal(trigger: Token) -> str | None:
    """The modal auxiliary on the trigger's verb: "would", "will", "could"; None when it has none."""
    for child in children_of(trigger):
        if child.dep_ == "aux" and child.lower_ in _MODALS:
            return child.lower_
    if trigger.dep_ == "xcomp" and trigger.head.lemma_ == "go" and trigger.head.tag_ == "VBG":
        return "will"  # "going to attack"
    if trigger.dep_ == "conj" and trigger.tag_ == "VB" and trigger.head.pos_ == "VERB" and not any(
            child.dep_ in ("nsubj", "nsubjpass", "aux") for child in children_of(trigger)):
        return modal(trigger.head)  # "will relax the blockade and allow building materials in": both are to come
    return None


def hypothetical(trigger: Token) -> bool:
    """The event is conditional, future or only intended, up to the trigger's own clause and the one above it."""
    if modal(trigger) is not None:
        return True
    if any(child.dep_ == "amod" and child.lower_ in _UNREAL_MODIFIERS for child in children_of(trigger)):
        return True
    if _pressed_for(trigger):
        return True
    token = trigger
    for _ in range(3):
        if any(child.dep_ == "mark" and child.lower_ in _CONDITIONS for child in children_of(token)):
            return True
        head = token.head
        if head.i == token.i:
            return False
        if token.dep_ in ("xcomp", "acl", "prep", "pcomp", "pobj") and lemma_key(head) in _UNREAL_HEADS:
            return True
        if token.dep_ in _CLAUSE_EDGES and token.dep_ != "conj":
            return False
        token = head
    return False


def _pressed_for(trigger: Token) -> bool:
    """"defying pressure from ECOWAS to hand over power", "rejected calls to resign": what is pressed for is not done."""
    if trigger.tag_ != "VB" or trigger.dep_ not in ("advcl", "acl") or not any(c.lower_ == "to" and c.dep_ == "aux" for c in children_of(trigger)):
        return False
    head = trigger.head
    return head.lemma_.lower() in _PRESSED_FOR or any(c.dep_ == "dobj" and c.lemma_.lower() in _PRESSED_FOR for c in children_of(head))
