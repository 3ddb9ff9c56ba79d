"""Events a verb's party decides: who is sent away (an expulsion of diplomats or inspectors is a sanction, of a
person a deportation), whose troops are let in (another's are access given, a state's own are not), and forces
sent for a purpose (to protect is protection given)."""

from __future__ import annotations

from typing import Any

from dateline.events.lexicon import Coding
from dateline.events.token_kinds import children_of, lemma_key, of_targets, person_like
from dateline.events.word_classes import LEAVE, SENT_AWAY

Token = Any  # spaCy's Token

PROTECTING = frozenset({"protect", "shield", "shelter", "safeguard", "restore", "keep", "secure"})  # "to keep the peace"
_MEMBERS = frozenset({"member", "staff", "personnel", "employee", "official", "worker"})
_SENT_AWAY_KINDS = {"inspection": "1662", "monitoring": "1662", "observer": "1662", "peacekeeping": "1661",
                    "aid": "1663", "relief": "1663", "humanitarian": "1663"}  # fmt: skip
_OTHERS_FORCES = frozenset({"force", "mission", "peacekeeping", "international", "foreign", "multinational"})


def expelled_coding(verb: Token, obj: Token | None) -> Coding | None:
    """"ordered the observers to leave Minsk", "two diplomats were ordered to leave": an expulsion."""
    told = [c for c in children_of(verb) if c.dep_ == "xcomp"]
    told += [c for t in told for c in children_of(t) if c.dep_ == "conj"]  # "to wind up their operations and leave"
    if obj is None or not any(t.lemma_.lower() in LEAVE for t in told):
        return None
    cameo = sent_away_code(obj)
    if cameo is not None:
        return Coding("SANCTION", cameo, "expel")
    if person_like(obj):
        return Coding("COERCE", "174", "deport")
    return None


def peacekeeping(forces: Token) -> bool:
    """Whether forces are peacekeepers: "3,000 peacekeepers", "a blue-helmeted battalion", "peacekeeping troops"."""
    return forces.lemma_.lower() in ("peacekeeper", "blue-helmet") or any(
        c.lower_ in ("blue-helmeted", "peacekeeping") for c in forces.subtree if c.i < forces.i)


def members(obj: Token) -> bool:
    """Whether a word names people by their place in a body ("six members of the team", "its staff")."""
    return obj.lemma_.lower() in _MEMBERS


_BODIES = frozenset({"group", "organisation", "organization", "agency", "charity", "ngo"})


def aid_body(obj: Token) -> bool:
    """Whether a word names an aid or rights body by its kind: "two international aid groups", "a rights group"."""
    return obj.lemma_.lower() in _BODIES and any(c.lemma_.lower() in _SENT_AWAY_KINDS or c.lower_ == "rights" for c in obj.lefts)


def sent_away_code(obj: Token) -> str | None:
    """The CAMEO code of sending this party away, when it is one a state expels as a sanction (diplomats,
    peacekeepers, inspectors, aid agencies): "six members of the UN weapons inspection team" are inspectors."""
    cameo = SENT_AWAY.get(lemma_key(obj)) or next(  # "U.S. Ambassador Heather Hodges": the title says what she is
        (SENT_AWAY[c.lemma_.lower()] for c in children_of(obj) if c.dep_ == "compound" and c.lemma_.lower() in SENT_AWAY), None)
    if cameo is not None or not members(obj):
        return cameo
    for body in of_targets(obj):
        kinds = [body.lemma_.lower(), *(c.lemma_.lower() for c in children_of(body) if c.dep_ in ("compound", "amod"))]
        found = next((_SENT_AWAY_KINDS.get(k) or SENT_AWAY.get(k) for k in reversed(kinds)
                      if k in _SENT_AWAY_KINDS or k in SENT_AWAY), None)  # fmt: skip
        if found is not None:
            return found
    return None


def foreign_forces(forces: Token) -> bool:
    """Troops named as another's: of the UN, of a force or mission, or modified by a body's name ("UN troops")."""
    owners = [g for c in children_of(forces) if c.dep_ == "prep" and c.lower_ == "of" for g in children_of(c) if g.dep_ == "pobj"]
    owners += [c for c in forces.lefts if c.dep_ in ("compound", "amod", "nmod")]
    return any(o.ent_type_ == "ORG" or o.lemma_.lower() in _OTHERS_FORCES or o.lower_.endswith("-led") for o in owners)
