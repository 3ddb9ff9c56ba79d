"""What a verb of giving gives: relief goods, money, arms or materiel (AID), or, for "hand over", a captive
released, a person handed to another's police or weapons given up; ``None`` when it gives nothing the manual codes."""

from __future__ import annotations

from typing import Any

from dateline.events.arguments import governing_subject
from dateline.events.lexicon import Coding
from dateline.events.token_kinds import children_of, counted, goods_named, lemma_key, of_targets, person_like
from dateline.events.word_classes import (
    ARMED_GROUPS,
    ARMING,
    ARMS,
    CAPTORS,
    MATERIEL,
    MEASURES,
    MONEY,
    RELIEF,
    SEIZED,
)

Token = Any  # spaCy's Token

_LOADED = frozenset({"load", "laden", "loaded", "fill", "pack", "carry"})  # "planes loaded with tents"
_PAYING = frozenset({"hand", "give", "donate", "transfer", "send", "channel"})
_SETTING_ASIDE = frozenset({"allocate", "earmark"})  # money set aside for someone: "allocated 5 million euros in aid to"
_GRANTS = frozenset({"grant", "loan", "donation", "credit"})
_FUNDS = frozenset({"aid", "funding", "fund", "assistance", "grant", "loan", "relief", "support", "donation"})


def _with_objects(token: Token) -> list[Token]:
    """What a "with" phrase of the word names, and its conjuncts: "supplied the army with vehicles and rifles"."""
    found = [g for c in children_of(token) if c.dep_ == "prep" and c.lower_ == "with" for g in children_of(c) if g.dep_ == "pobj"]
    return [w for g in found for w in (g, *g.conjuncts)]


def handed_receiver(token: Token) -> Token | None:
    """Whom "hand" gives to when no "over" says it is handed over: its dative, or the first of the two objects the
    parser may read ("handed the Palestinian Authority 60 million euros")."""
    children = children_of(token)
    objects = [c for c in children if c.dep_ == "dobj"]
    return next((c for c in children if c.dep_ == "dative"), None) or (objects[0] if len(objects) == 2 else None)


def given_coding(token: Token, lemma: str, obj: Token | None, particles: list[str], over: bool) -> tuple[Coding, str] | None:
    """The coding of a verb of giving (``GIVING``) and its key, read off what it gives."""
    children = list(children_of(token))
    receiver = handed_receiver(token) if lemma == "hand" else None
    handed_to = receiver if receiver is not None and receiver.dep_ == "dobj" else None  # two objects read: the second
    obj = next(c for c in children if c.dep_ == "dobj" and c.i != handed_to.i) if handed_to is not None else obj  # is given
    given = goods_named(obj)
    if given is None and obj is not None and (obj.ent_type_ == "MONEY" or obj.lemma_.lower() in MONEY):  # "shipped $300
        worth = [w for c in children_of(obj) if c.dep_ == "prep" and c.lower_ == "in" for g in children_of(c)  # million in
                 if g.dep_ == "pobj" for w in (g, *g.conjuncts)]  # artillery shells": what the money's worth is of
        if lemma in ARMING and any(w.lemma_.lower() in MATERIEL | ARMS for w in worth):
            return Coding("AID", "072"), f"{lemma} arms"
        given = next((goods_named(w) for w in worth if goods_named(w)), None)
    measured = [] if obj is None else [g for w in (obj, *(c for c in children_of(obj) if c.lower_ == "worth"))
                                       for t in of_targets(w) for g in (t, *t.conjuncts)]  # "$30 million worth of rifles", "tonnes of maize"
    if given is None and obj is not None and (obj.lemma_.lower() in MEASURES or measured):
        armed = MATERIEL | ARMS if lemma in ARMING else MATERIEL - ARMS if lemma == "hand" else frozenset()
        if any(g.lemma_.lower() in armed for g in measured):  # "a batch of Black Hawk helicopters"
            return Coding("AID", "072"), f"{lemma} arms"
        given = next((goods_named(g) for g in measured if goods_named(g)), None)
    if given is None and obj is None:  # "flew in medical supplies": the parser may make the goods a preposition's
        given = next((goods_named(g) for c in children if c.dep_ == "prep" and c.lower_ in ("in", "out")
                      for g in children_of(c) if g.dep_ == "pobj" and goods_named(g)), None)  # fmt: skip
    if given is None and obj is not None and lemma in ARMING:  # "supplied Sri Lanka with fuel", "with rockets"
        supplied = _with_objects(token) + _with_objects(obj)  # the parser may hang "with" on the one supplied
        given = next((goods_named(g) for g in supplied if goods_named(g)), None)
        if given is None and any(g.lemma_.lower() in MATERIEL | ARMS for g in supplied):
            return Coding("AID", "072"), f"{lemma} with arms"
    if given is None and obj is not None:  # "dispatched two transport planes loaded with tents and medicine"
        given = next((goods_named(g) for c in children_of(obj) if c.dep_ == "acl" and c.lemma_.lower() in _LOADED
                      for g in (*_with_objects(c), *(d for d in children_of(c) if d.dep_ == "dobj")) if goods_named(g)), None)  # fmt: skip
    hurt = obj is not None and person_like(obj) and any(c.lower_ in ("wounded", "injured", "sick") for c in obj.lefts)
    if lemma in ("ferry", "fly", "airlift", "truck") and hurt:
        return Coding("AID", "073"), f"{lemma} wounded"  # "ambulances ferried dozens of wounded Palestinians to El Arish"
    paid = obj is not None and (obj.lemma_.lower() in MONEY or obj.lemma_.lower() in _GRANTS and (handed_to is not None or any(
        c.dep_ == "dative" for c in children)))  # "handed Cambodia a grant of 3.5 billion yen"
    money = paid and lemma in _PAYING | _SETTING_ASIDE | {"provide", "contribute", "disburse", "release"}
    as_aid = obj is not None and any(g.lemma_.lower() in _FUNDS for w in (obj, token) for c in children_of(w)
                                     if c.dep_ == "prep" and c.lower_ == "in" for g in children_of(c))  # "provided 50 million euros in emergency funding"
    set_aside_for = lemma in _SETTING_ASIDE and any(person_like(g) for w in (obj, token) for c in children_of(w) if c.dep_ == "prep" and c.lower_ == "for"
                                                    for g in children_of(c) if g.dep_ == "pobj")  # "earmarked 20 million euros for refugees", not "for defence"
    if given is None and money and (as_aid or set_aside_for or handed_to is not None or any(c.dep_ == "dative" or c.dep_ == "prep" and c.lower_ in ("to", "into") for c in children)):
        return Coding("AID", "071"), f"{lemma} money"  # "handed over $100 million to the PLO", "channelled ... into food"
    captive = obj is not None and any(c.lemma_.lower() in SEIZED for c in obj.lefts if c.dep_ in ("amod", "compound"))
    captors = counted(governing_subject(token))
    captive = captive or captors is not None and captors.lemma_.lower() in CAPTORS | ARMED_GROUPS  # "kidnappers handed over"
    if lemma == "hand" and person_like(obj) and captive:  # "handed over four kidnapped policemen to the Red Cross"
        return Coding("RETREAT", "0841", "release"), "hand over captive"
    if lemma == "hand" and person_like(obj):
        return Coding("COOPERATE", "063"), "hand over person"
    if lemma == "hand" and obj is not None and obj.lemma_.lower() in ARMS and "out" not in particles:
        return Coding("RETREAT", "0873", "disarm"), "hand over weapon"  # "handing out rifles": below
    if given is not None:
        return Coding("AID", "073" if given in RELIEF else "070"), f"{lemma} {given}"
    arming = obj is not None and (obj.lemma_.lower() in MATERIEL or obj.lemma_.lower() == "system" and any(
        c.dep_ == "compound" and c.lemma_.lower() in MATERIEL | {"defence", "defense", "radar"} for c in children_of(obj)))
    if obj is not None and arming and (lemma in ARMING or lemma == "hand" and lemma_key(obj) not in ARMS):
        return Coding("AID", "072"), f"{lemma} {obj.lemma_.lower()}"  # "delivered six patrol boats"
    return None
