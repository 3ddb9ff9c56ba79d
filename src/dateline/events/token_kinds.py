"""What a word of the parse is to the event coder: a person, a place, goods, the object a verb acts on, a subject
that can act in a political event, and the lexicon key a noun codes under."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from dateline.events.lexicon import Coding
from dateline.events.word_classes import (
    ACTOR_NOUNS,
    CROWDS,
    GOODS,
    MOVED_FORCES,
    NOT_PARTICIPANTS,
    PEOPLE,
    PLACES_TAKEN,
    POLICE,
    RESCUE,
    RIOTERS,
)

Token = Any  # spaCy's Token

_CHILDREN = "dateline.events.children"  # Doc.user_data: token index -> its children


def children_of(token: Token) -> tuple[Token, ...]:
    """``token.children``, read from the parse once per token: spaCy builds every child anew on each pass, and
    the rules pass over the same few words' children dozens of times."""
    found = token.doc.user_data.get(_CHILDREN)
    if found is None:
        found = token.doc.user_data[_CHILDREN] = {}
    kids = found.get(token.i)
    if kids is None:
        kids = found[token.i] = tuple(token.children)
    return kids

# Heads that take their kind from their modifier: "a mediation mission", "the aid effort".
GENERIC_HEADS = frozenset({"mission", "effort", "process", "operation", "campaign", "bid", "drive", "initiative",
                           "program", "programme", "plan", "move", "action"})  # fmt: skip


def prep_objects(token: Token, preps: frozenset[str] | tuple[str, ...]) -> Iterator[tuple[str, Token]]:
    """``(preposition, object)`` for each of the word's prepositions in ``preps``: "700 kg of medicine"."""
    for child in children_of(token):
        if child.dep_ == "prep" and child.lower_ in preps:
            for grand in children_of(child):
                if grand.dep_ == "pobj":
                    yield child.lower_, grand


def of_targets(token: Token) -> Iterator[Token]:
    return (target for _prep, target in prep_objects(token, ("of",)))


def building(obj: Token | None) -> bool:
    return obj is not None and obj.lemma_.lower() in ("building", "office", "campus", "factory", "square", "embassy",
                                                       "parliament", "ministry", "university", "station", "mine")


def goods_named(obj: Token | None) -> str | None:
    """The aid an object names, itself or through "of" or "in": "700 kg of medicine", "$30 million in aid"."""
    if obj is None:
        return None
    # "$30 million in emergency aid" too
    named = (obj, *(target for _prep, target in prep_objects(obj, ("of", "in"))))
    compounds = [c for w in named if not person_like(w) for c in w.lefts if c.dep_ == "compound"]  # "food parcels", not "aid workers"
    for word in (*named, *compounds):
        lemma = word.lemma_.lower()
        if lemma in GOODS and lemma not in ("weapon", "arm", "ammunition", "dollar", "euro", "money"):
            return lemma
    return None

def done_together(verb: Token) -> bool:
    """"Trained together", "patrol jointly", "inspect cargo in tandem"."""
    return any(c.lower_ in ("together", "jointly") or c.lower_ == "in" and any(g.lower_ == "tandem" for g in children_of(c))
               for c in children_of(verb))  # fmt: skip


def misparsed_verb(token: Token) -> bool:
    """"The Swiss government froze assets linked to ...": a past-tense verb with a subject of its own, which the
    parser made a modifier of its object."""
    return token.dep_ == "amod" and token.tag_ in ("VBD", "VBN") and any(c.dep_ == "nsubj" for c in children_of(token))


def verb_object(verb: Token) -> Token | None:
    """The verb's object, or its passive subject, or the noun a participle describes ("prisoners held in")."""
    for child in children_of(verb):
        if child.dep_ in ("dobj", "nsubjpass"):
            return child
    if verb.dep_ in ("acl", "relcl") and verb.tag_ == "VBN" or misparsed_verb(verb):
        return verb.head
    if verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        return verb_object(verb.head) if not any(c.dep_ in ("nsubj",) for c in children_of(verb)) else None
    return None


# Forms the small English model lemmatizes to another word ("staged" to "stag", "fined" to "fin"), found by
# running every verb of the lexicon through it.
LEMMA_FIXES: dict[str, str] = {
    "staged": "stage", "stages": "stage", "forgave": "forgive", "waged": "wage", "wages": "wage", "fined": "fine", "fines": "fine",
    "raped": "rape", "rapes": "rape", "lambasted": "lambaste", "lambastes": "lambaste", "data": "data",
    "raged": "rage", "rages": "rage", "raging": "rage", "marines": "marine", "readied": "ready", "readies": "ready", "cordoned": "cordon", "cordoning": "cordon", "unbanned": "unban", "unbanning": "unban", "unbans": "unban",
    "hoped": "hope", "hoping": "hope",
    "d'affaires": "ambassador",  # a charge d'affaires heads the mission as an ambassador would: recalled, expelled, summoned
}  # fmt: skip


def lemma_key(token: Token) -> str:
    return LEMMA_FIXES.get(token.lower_) or token.lemma_.lower()


HOW_MANY = frozenset({"thousand", "hundred", "dozen", "score", "million", "ten", "number", "group", "some", "many",
                       "any", "all", "most", "several", "none", "few", "each", "part", "half", "rest", "control", "last",
                       "bulk", "remainder", "third", "two-thirds", "quarter", "portion", "fraction",
                       "party", "detachment"})  # fmt: skip


def before_a_place(particle: Token) -> bool:
    """"Staged drills off Fujian": the parser's particle is the preposition of a place named next."""
    doc = particle.doc
    following = doc[particle.i + 1] if particle.i + 1 < len(doc) else None
    return particle.lower_ in ("off", "near") and following is not None and following.pos_ == "PROPN"


def named_forces(token: Token) -> bool:
    """Forces, by their head word or the compound that names them: "troops", "the aircraft carrier Independence"."""
    return token.lemma_.lower() in MOVED_FORCES or token.pos_ == "PROPN" and any(
        c.dep_ == "compound" and c.lemma_.lower() in MOVED_FORCES for c in children_of(token))


def police_forces(token: Token) -> bool:
    """Forces that are police: "police", "gendarmes", "police reinforcements", "riot police units"."""
    return token.lemma_.lower() in POLICE or any(c.dep_ == "compound" and c.lemma_.lower() in POLICE for c in children_of(token))


def counted(token: Token | None) -> Token | None:
    """What a number or part word counts: "thousands of reservists" gives reservists, "part of a stronghold" the
    stronghold."""
    if token is None or not (token.like_num or token.lemma_.lower() in HOW_MANY):
        return token
    return next(of_targets(token), token)


# Subjects of market, weather and sports reports, never of a political event: "shares retreated", "a cyclone
# threatened the coast", "the forwards bombarded the goal".
NOT_ACTING = frozenset(
    """share stock market index price currency won dollar yen euro rupee bond yield future cyclone storm hurricane
    typhoon flood rain wind forward forwards midfielder defender goalkeeper striker champion carmaker automaker
    shareholder orchestra forecaster earthquake quake drought recession inflation rider cyclist sprinter ringgit
    peso rupiah baht lira rand yuan renminbi ruble rouble shekel naira cedi franc sterling bitcoin
    bombing crisis violence conflict dispute row law bill policy measure assassination killing murder unrest
    turmoil scandal""".split()
)


def subject_like(token: Token) -> bool:
    """Whether a subject can act in a political event: not "the dollar", "shares", "copper futures"."""
    if not_acting(token):
        return False
    lemma = token.lemma_.lower()
    if token.pos_ == "PRON" or token.ent_type_ in ("PERSON", "NORP", "ORG", "GPE", "LOC", "FAC"):
        return True
    if token.ent_type_ in NOT_PARTICIPANTS or token.pos_ not in ("NOUN", "PROPN"):
        return token.pos_ != "NOUN"
    if token.pos_ == "PROPN" and token.tag_ == "NNP":
        return True  # a name the tagger left untyped: "Chad severed ties"
    return (lemma in PEOPLE or lemma in CROWDS or lemma in ACTOR_NOUNS or lemma in RIOTERS or token.like_num
            or any(c.dep_ in ("compound", "poss", "prep", "nummod") or c.dep_ == "amod" and c.ent_type_ in ("NORP", "GPE")
                   for c in children_of(token))
            or token.tag_ == "NNS")  # fmt: skip


def not_acting(token: Token) -> bool:
    """Whether a subject is one of markets, weather or sport, which never act in a political event."""
    return token.lemma_.lower() in NOT_ACTING


def person_like(token: Token | None) -> bool:
    if token is None:
        return False
    if token.ent_type_ in ("PERSON", "NORP") or token.tag_ == "PRP" and token.lower_ not in ("it",):
        return True
    if token.lemma_.lower() in PEOPLE or token.tag_ == "NNPS" and not token.ent_type_:  # "Islamists", "Kurds"
        return True
    if token.pos_ == "PROPN" and token.ent_type_ in ("", "LOC") and any(c.dep_ == "nummod" and c.like_num for c in token.lefts):
        return True  # "86 Romanian Roma": a people counted, that the model names no kind of (or a place)
    return token.ent_type_ == "ORG" and token.pos_ == "PROPN"


# Verbs of everyday use that are events only when a party does them: "the lights allow", "the app will support".
DONE_BY_PARTIES = frozenset({"allow", "permit", "offer", "promise", "support", "embrace", "host"})


def a_party(word: Token) -> bool:
    """A doer that can allow, offer or give back something: a person, a people, a state, a body; not a thing or
    "that"."""
    word = counted(word) or word
    return (word.tag_ in ("PRP", "NNP") or person_like(word) or place_like(word) or word.ent_type_ in ("ORG", "GPE", "NORP")
            or word.lemma_.lower() in ACTOR_NOUNS)  # fmt: skip


def place_like(token: Token | None) -> bool:
    if token is None:
        return False
    return token.ent_type_ in ("GPE", "LOC", "FAC") or token.lemma_.lower() in PLACES_TAKEN


def noun_key(token: Token, nouns: dict[str, Coding]) -> str | None:
    """The lexicon key a noun codes under: two-word names first ("hunger strike", "state of siege", "cease-fire")."""
    lemma = lemma_key(token)
    doc = token.doc
    if token.i >= 2 and doc[token.i - 1].text == "-":
        hyphened = f"{doc[token.i - 2].lower_} - {lemma}"
        if hyphened in nouns:
            return hyphened
    for prep, target in prep_objects(token, ("of", "on")):
        key = f"{lemma} {prep} {lemma_key(target)}"
        if key in nouns:
            return key
    # The nearest modifier first, then any further left: "joint military exercises" are joint exercises.
    modifiers = ("compound", "amod", "nsubj") if token.tag_ == "VBZ" else ("compound", "amod")  # "asset freezes" as a verb
    lefts = sorted((c for c in token.lefts if c.dep_ in modifiers), key=lambda c: -c.i)
    for n, before in enumerate(lefts):
        key = f"{before.lower_} {lemma}"
        if key in nouns:  # and a further modifier may name a kind of it: "joint war games"
            further = [*lefts[n + 1:], *(c for c in before.lefts if c.dep_ in ("amod", "compound"))]
            return next((f"{m.lower_} {key}" for m in further if f"{m.lower_} {key}" in nouns), key)
    if lemma in nouns:
        return lemma
    if token.lower_ in nouns:
        return token.lower_
    if lemma in GENERIC_HEADS:
        for child in children_of(token):
            if child.dep_ == "compound" and child.lemma_.lower() in nouns:
                return child.lemma_.lower()
    return None


def reported_speaker(subject: Token, saying: frozenset[str]) -> Token | None:
    """Who a pronoun subject is when its clause reports the speaker's own words: in "the Kenyan president said he
    would repeal the law" and "the union said it would strike", the president and the union (``saying``: the verbs
    that report)."""
    if subject.pos_ != "PRON" or subject.dep_ not in ("nsubj", "nsubjpass"):
        return None
    clause = subject.head
    for _ in range(4):
        if clause.dep_ not in ("ccomp", "xcomp", "conj") or clause.head.i == clause.i:
            return None
        clause = clause.head
        if clause.lemma_.lower() in saying:
            return next((c for c in children_of(clause) if c.dep_ == "nsubj" and c.pos_ != "PRON"), None)
    return None


# The words of a game: a participant that is one, or is modified by a sport, plays rather than acts.
GAME_WORDS = frozenset({"goal", "penalty", "match", "striker", "midfielder", "goalkeeper", "coach", "footballer",
                         "fixture", "wicket", "touchdown"})  # fmt: skip  # not "club": the Paris Club
FILMED = frozenset({"film", "scene", "video", "footage", "movie", "documentary", "photo", "picture", "episode",
                     "commercial", "series"})  # fmt: skip
SPORTS = frozenset({"football", "soccer", "cricket", "rugby", "tennis", "chess", "basketball", "hockey", "baseball"})


# A game's score, in the text ("beat Argentina 2-1") or a results line ("Wild 4, Sabres 1:"); the words only a
# game report uses, beside "beat", "fired a shot" or "attacked".
_SCORE = re.compile(r"\b\d{1,3}-\d{1,3}\b(?! (?:year|month|day|week))|\b[A-Z][a-z]+ \d{1,2}, [A-Z][a-z]+ \d{1,2}\b")
_GAME_LEMMAS = frozenset({"goal", "save", "assist", "overtime", "goaltender", "goalie", "playoff", "inning", "touchdown",
                          "quarterback", "hat-trick", "rebound", "shootout", "scoreline", "stoppage"})  # fmt: skip
# What is fought in court or against nature, not in the field: "battling extradition", "fought the charges".
_NOT_FOUGHT = frozenset({"extradition", "charge", "case", "lawsuit", "ruling", "deportation", "conviction", "disease",
                         "cancer", "illness", "virus", "fire", "wildfire", "blaze", "flood", "addiction", "ban"})  # fmt: skip


def game_report(sentence: Any) -> bool:
    """Whether a sentence reports a game: a score, or the words of one."""
    return bool(_SCORE.search(sentence.text)) or any(t.lemma_.lower() in _GAME_LEMMAS for t in sentence)


def fought_in_court(verb: Token) -> bool:
    """"Assange, who is battling extradition to the United States": a case fought, not a battle."""
    if verb.lemma_.lower() not in ("battle", "fight", "combat"):
        return False
    fought = [c for c in children_of(verb) if c.dep_ == "dobj"]
    fought += [g for c in children_of(verb) if c.dep_ == "prep" and c.lower_ == "against" for g in children_of(c) if g.dep_ == "pobj"]
    return any(t.lemma_.lower() in _NOT_FOUGHT for t in fought)


def sporting(word: Token) -> bool:
    """Whether a word names a game or a player of one, or is modified by a sport."""
    return word.lemma_.lower() in GAME_WORDS or any(c.lower_ in SPORTS for c in word.lefts if c.dep_ in ("compound", "amod"))


# Work forces do against people, which "to help" them do is no relief: "to help police quell the unrest".
_FORCE_WORK = frozenset({"quell", "crush", "suppress", "restore", "control", "contain", "enforce", "patrol", "secure",
                         "guard", "police", "fight", "combat", "disperse", "hunt", "arrest", "maintain", "keep"})  # fmt: skip


def relief_purpose(token: Token) -> bool:
    """Whether a verb is done "to help", rescue, evacuate or feed someone: "deployed 500 soldiers to help families",
    not "placed its army on standby to help police quell the unrest"."""
    for clause in children_of(token):
        if clause.dep_ not in ("advcl", "xcomp") or clause.lemma_.lower() not in RESCUE:
            continue
        if clause.lemma_.lower() != "help":
            return True
        helped = [c for c in children_of(clause) if c.dep_ in ("ccomp", "xcomp")]
        whom = [c for h in helped for c in children_of(h) if c.dep_ == "nsubj"] + [c for c in children_of(clause) if c.dep_ == "dobj"]
        if not any(h.lemma_.lower() in _FORCE_WORK for h in helped) and not any(
                w.lemma_.lower() in POLICE or w.lemma_.lower() in MOVED_FORCES for w in whom):
            return True
    return False
