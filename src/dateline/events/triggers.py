"""Which words of a sentence code an event, and what they code: the lexicon applied to the parse.

A verb is looked up with what it carries first ("set fire", "pull out", "arrive in", "put on alert"), then alone;
a few verbs code only with the right kind of object ("released the prisoners", not "released a statement";
"captured the town" is an assault, "captured the president" an arrest). A light verb makes an event of its object
noun ("held talks"), a frame verb codes the event it frames ("agreed to cooperate"), and an event noun codes on its
own ("the arrest of", "talks between").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from dateline.events.arguments import governing_subject
from dateline.events.framing import framed
from dateline.events.giving import given_coding, handed_receiver
from dateline.events.lexicon import Coding, TriggerLexicon
from dateline.events.parties_moved import aid_body, expelled_coding, foreign_forces, members, peacekeeping, sent_away_code
from dateline.events.token_kinds import (
    before_a_place,
    police_forces,
    FILMED,
    building,
    children_of,
    counted,
    fought_in_court,
    game_report,
    lemma_key,
    not_acting,
    noun_key,
    of_targets,
    person_like,
    place_like,
    relief_purpose,
    reported_speaker,
    sporting,
    subject_like,
    verb_object,
)
from dateline.events.verb_senses import NO_EVENT, READ_HERE, protecting, state_boycott, verb_sense
from dateline.events.word_classes import (
    READINESS,
    SEIZED_GOODS,
    ACTOR_NOUNS,
    ADMITTED,
    ADMITTED_CODES,
    AIRCRAFT,
    ARMED_GROUPS,
    CAPTIVES,
    CAPTURED,
    CROWDS,
    DENIED_WORDS,
    DEVICES,
    FAULTS,
    FORCES,
    FORCIBLE,
    GATHER,
    GIVING,
    HELPERS,
    ILLS,
    JOINT,
    LEAVE,
    MEASURES,
    MOVED_FORCES,
    NEEDS_TARGET,
    NOT_MET,
    NOT_PARTICIPANTS,
    OBJECT_NEEDED,
    ONGOING,
    PERSON_OBJECT,
    PUBLIC_PLACES,
    RESCUERS,
    RIOTERS,
    SAYING,
    SENDING,
    SPELLS,
    STATE_VERBS,
    STATES,
    STRIKES,
    TRAVELLERS,
    VERBS_READ_HERE,
    WORDS_SPOKEN,
)
from dateline.places.countries import capital_country, country_of_name

Token = Any  # spaCy's Token

_ARREST = Coding("COERCE", "173", "arrest")
_TAKE_PLACE = Coding("ASSAULT", "190")
_HOST = Coding("CONSULT", "043", "visit")


@dataclass(frozen=True, slots=True)
class Hit:
    """A trigger word, what it codes, and the lexicon key that matched (the evidence)."""

    token: Token
    coding: Coding
    key: str
    light: Token | None = None  # the light verb whose object this noun is ("held" for "talks")


def verb_hit(token: Token, lexicon: TriggerLexicon) -> Hit | None:
    """What a verb codes, by the most specific key that matches, checked against its object."""
    verbs, lemma = lexicon.verbs, lemma_key(token)
    sense_only = lemma not in verbs and lemma not in lexicon.phrase_verbs and lemma not in VERBS_READ_HERE
    sense_only = sense_only and not any(c.lower_ == "jointly" for c in children_of(token))
    if sense_only and lemma not in READ_HERE:
        return None  # "said", "made": most verbs a sentence has code nothing, and the walks below cost
    obj = counted(verb_object(token))
    children = list(children_of(token))  # read once: every pass over children_of(token) builds its tokens again
    particles = [c.lower_ for c in children if c.dep_ == "prt"]
    # "handed over 3,000 tents": the parser may read "over" as "more than"
    over = lemma == "hand" and token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ == "over"
    # "handed a suspected smuggler over to the police": the parser may hang "over" on the object
    over = over or lemma in ("hand", "turn") and obj is not None and any(c.lower_ == "over" for c in children_of(obj))
    sense = verb_sense(token, lemma, obj, particles)
    if sense is None and sense_only:
        return None  # "told": only its sense could have coded it
    forcibly = lemma in FORCIBLE and any(c.dep_ == "advmod" and c.lower_ == "forcibly" for c in children) and person_like(obj)
    if sense is not None and not forcibly:  # ("forcibly repatriated": a deportation, not captives sent home)
        return None if sense is NO_EVENT else _checked(token, sense[0], sense[1], obj, exact=True)
    if forcibly:
        return _checked(token, _DEPORT, f"forcibly {lemma}", obj, exact=True)
    if lemma in ("hand", "turn") and (over or "over" in particles) and obj is not None and obj.lemma_.lower() in CAPTIVES:
        return _checked(token, Coding("RETREAT", "0841", "release"), f"{lemma} over captive", obj, exact=True)
    if lemma == "turn" and (over or "over" in particles) and person_like(obj):
        return _checked(token, Coding("COOPERATE", "063"), "turn over person", obj, exact=True)  # to another's police
    # (each special case below reads the parse only for the verbs it is about: every verb with a key passes here)
    if lemma in SENDING:
        sent = next(of_targets(obj), obj) if obj is not None and obj.lemma_.lower() == "team" else obj
        helped = relief_purpose(token)
        helped = helped or sent is not None and sent.lemma_.lower() in ("doctor", "medic", "nurse", "rescuer")  # "sent 400 doctors"
        if sent is not None and sent.lemma_.lower() in HELPERS and helped:
            return _checked(token, Coding("AID", "073"), f"{lemma} helpers", obj, exact=True)  # "sent doctors to treat"
    giving_up = "up" in particles and lemma == "give"  # "gave up its nuclear weapons": a disarmament, no gift
    handed_to = lemma == "hand" and handed_receiver(token) is not None
    if lemma in GIVING and not giving_up and (lemma != "hand" or over or handed_to or any(p in particles for p in ("over", "in", "out"))):
        gift = given_coding(token, lemma, obj, particles, over)
        if gift is not None:
            return Hit(token, gift[0], gift[1])
    built_up = lemma == "build" and "up" in particles  # "federal forces were building up along the boundary"
    if (lemma in ("mass", "concentrate", "assemble") or built_up) and obj is None:  # "militias were massing in the hills"
        massed = counted(governing_subject(token))
        if massed is not None and massed.lemma_.lower() in MOVED_FORCES:
            return _checked(token, Coding("MOBILIZE", "154", "troops"), "forces mass", obj, exact=True)
    if lemma in ("steam", "sail", "head") and obj is None:  # "warships steamed toward the Maldives"
        moving = counted(governing_subject(token))
        toward = any(c.dep_ == "prep" and c.lower_ in ("toward", "towards", "to", "into") for c in children)
        if moving is not None and moving.lemma_.lower() in MOVED_FORCES and toward:
            return _checked(token, Coding("MOBILIZE", "154", "troops"), "forces head for", obj, exact=True)
    if lemma in SENDING and obj is not None and obj.lemma_.lower() not in MOVED_FORCES and any(
        c.dep_ == "compound" and c.lemma_.lower() in MOVED_FORCES for c in children_of(obj)
    ):  # "moved artillery pieces closer"
        return _checked(token, Coding("MOBILIZE", "154", "weapons"), f"{lemma} forces", obj, exact=True)
    sent_forces = counted(obj)
    protecting_whom = protecting(token) if lemma in SENDING else []
    peacekeepers = lemma in SENDING and sent_forces is not None and peacekeeping(sent_forces)
    peacekeepers = peacekeepers or lemma in SENDING and sent_forces is not None and sent_forces.lemma_.lower() in MOVED_FORCES and any(
        p.lemma_.lower() in ("bolster", "join", "reinforce", "strengthen") and any(t.lower_ == "peacekeeping" for t in p.subtree)
        for p in children_of(token) if p.dep_ in ("advcl", "xcomp"))  # "dispatched a battalion to bolster the UN peacekeeping force"
    if lemma in SENDING and peacekeepers or lemma in SENDING and sent_forces is not None and sent_forces.lemma_.lower() in MOVED_FORCES and protecting_whom:
        # "sent 1,300 troops and police to restore order and protect civilians": protection given, CAMEO 074
        return _checked(token, Coding("AID", "074"), f"{lemma} forces to protect", obj, exact=True)
    if lemma in SENDING and obj is not None and obj.lemma_.lower() in MOVED_FORCES:
        police = police_forces(obj)
        coding = Coding("MOBILIZE", "153" if police else "154", "police" if police else "troops")
        return _checked(token, coding, f"{lemma} forces", obj, exact=True)
    if lemma in LEAVE and obj is not None and (place_like(obj) or obj.ent_type_ == "GPE" or capital_country(obj.text) is not None):
        leaver = counted(governing_subject(token))
        if leaver is not None and lemma_key(leaver) in MOVED_FORCES:
            return _checked(token, Coding("RETREAT", "0872", "withdraw"), "forces leave", obj, exact=True)
    if lemma == "fire" and token.i >= 2 and token.doc[token.i - 1].text == "-" and token.doc[token.i - 2].lower_ == "test":
        return _checked(token, Coding("MOBILIZE", "154", "weapons"), "test-fire", obj, exact=True)  # a missile test
    if lemma == "take" and not particles and obj is not None and obj.dep_ == "dobj" and place_like(obj) and not any(
        g.lemma_.lower() in ("court", "tribunal", "task") for c in children if c.dep_ == "prep" and c.lower_ == "to" for g in children_of(c)
    ):
        return _checked(token, _TAKE_PLACE, "take place", obj, exact=True)  # "vowed to take the capital"
    if lemma in ("suspend", "expel"):
        suspended = obj or next((c for c in children if c.dep_ == "nsubjpass"), None)
        a_state = suspended is not None and (suspended.ent_type_ == "GPE" or country_of_name(suspended.text) is not None)
        if a_state:  # "the AU suspended Mali"
            return _checked(token, Coding("SANCTION", "166", "expel"), "suspend member", obj, exact=True)  # from a body
    if lemma == "attack" and any(c.dep_ == "prep" and (c.lower_ == "as" or c.lower_ == "in" and any(
        g.lemma_.lower() in WORDS_SPOKEN for g in children_of(c))) for c in children
    ):
        return Hit(token, Coding("ACCUSE", "111", "disapprove"), "attack in words")  # "attacked Washington as"
    if lemma == "order":
        expelled = expelled_coding(token, obj)
        if expelled is not None:
            return Hit(token, expelled, "order to leave" if expelled.type == "SANCTION" else "order person to leave")
        told = next((c for c in children if c.dep_ == "xcomp" and any(g.tag_ == "TO" for g in children_of(c))), None)
        paid = told is not None and (told.lemma_.lower() in ("compensate", "reimburse") or told.lemma_.lower() == "pay" and any(
            g.dep_ == "dobj" or g.dep_ == "prep" and g.lower_ == "in" for g in children_of(told)))
        doer = counted(governing_subject(token))
        if paid and doer is not None and doer.lemma_.lower() in ("court", "judge", "tribunal", "jury"):
            return Hit(token, Coding("SANCTION", "116", "convict"), "court orders payment")  # found liable
        party = obj is not None and (person_like(obj) or obj.ent_type_ in ("GPE", "ORG", "NORP") or lemma_key(obj) in ACTOR_NOUNS)
        content = None if told is None else verb_hit(told, lexicon) or light_hit(told, lexicon)
        if told is not None and party and content is None:  # "ordered the government to produce the missing men":
            return Hit(token, Coding("REQUEST", "100"), "order to")  # an order, of what the lexicon can't name
        if told is not None and party and content is not None and content.coding.type in ("RETREAT", "CONCEDE"):
            return Hit(token, framed("REQUEST", content.coding), "order to yield")
            # "ordered the rebels to lay down their arms": a demand that they yield
    if lemma not in verbs and lemma not in lexicon.phrase_verbs and any(c.lower_ == "jointly" for c in children):
        return _checked(token, Coding("COOPERATE", "060"), f"jointly {lemma}", obj, exact=True)  # "jointly developing"
    if lemma not in lexicon.phrase_verbs:
        return _checked(token, verbs[lemma], lemma, obj, exact=False) if lemma in verbs else None
    # "were put on heightened alert", "were given access": the passive subject and the object both count.
    # "took control of the installations": the word counted through is a key's object too
    objects = [o for o in (obj, *(counted(c) for c in children if c.dep_ in ("dobj", "nsubjpass")), verb_object(token)) if o is not None]
    objects += [g for o in objects if o.lemma_.lower() in MEASURES for c in children_of(o)  # "froze a package of loans"
                if c.dep_ == "prep" and c.lower_ in ("of", "in") for g in children_of(c) if g.dep_ == "pobj"]  # fmt: skip
    objects += [c for o in objects if o.lemma_.lower() in MEASURES for c in o.lefts if c.dep_ == "compound"]  # "aid packages"
    if obj is None:  # "shut down the country's last independent daily": the parser may read the paper as an adverb
        objects += [c for c in children if c.dep_ == "advmod" and c.lower_ in ("daily", "weekly") and c.i > token.i]
    objects = list(dict.fromkeys(objects))
    keys: list[str] = []
    preps = [c for c in children if c.dep_ == "prep" or c.dep_ == "agent" and c.lower_ == "by"]  # "spoke by telephone"
    # "pulling its monitors out of the mission": "out" parsed as the head of "of", a particle all the same
    particles += [c.lower_ for c in preps if c.lower_ in ("out", "off", "back", "away") and c.lower_ not in particles]
    particles += [c.lower_ for c in children if c.dep_ == "advmod" and c.lower_ in ("back", "away", "home", "down", "off") and c.lower_ not in particles]
    # "would pull back troops": the parser may read the particle as the object's adjective
    particles += [m.lower_ for o in objects[:1] for m in o.lefts if m.dep_ == "amod" and m.i == token.i + 1 and m.lower_ in ("back", "out", "off")]
    for prt_token in (c for c in children if c.dep_ == "prt"):  # "handed in their weapons", "put on ice a loan":
        keys.extend(f"{lemma} {prt_token.lower_} {lemma_key(g)}" for g in children_of(prt_token) if g.dep_ == "pobj")
    if lemma == "set" and token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ in ("free", "loose"):
        keys.append(f"set {token.doc[token.i + 1].lower_}")  # "set free American journalist Terry Anderson"
    # "closed Svaboda, the biggest newspaper", "expelled Soviet diplomat Valery Ivanov": what the object is
    objects += [c for o in objects for c in children_of(o) if c.dep_ == "appos" or c.dep_ in ("compound", "amod") and o.pos_ == "PROPN"]
    if lemma == "bring" and "together" not in particles and any(t.lower_ == "together" for t in token.subtree):
        particles.append("together")  # "brought rival leaders together in Doha", "together" hung on "in"
    # "went back to the bargaining table": the parser may hang the "to" on the particle
    backed = [g for c in children if c.dep_ == "advmod" and c.lower_ == "back" for g in children_of(c) if g.dep_ == "prep"]
    for prt in particles:
        keys.extend(f"{lemma} {prt} {lemma_key(o)}" for o in objects)
        keys.extend(f"{lemma} {prt} {prep.lower_}" for prep in preps if prep.lower_ != prt)  # "stood up for"
        keys.extend(f"{lemma} {prt} {prep.lower_} {lemma_key(g)}" for prep in (*preps, *backed) if prep.lower_ != prt
                    for g in children_of(prep) if g.dep_ == "pobj")  # fmt: skip
    for prep in preps:
        for grand in children_of(prep):  # "put on standby": the parser may read the noun as a verb
            if grand.dep_ in ("pobj", "pcomp") and grand.ent_type_ not in NOT_PARTICIPANTS:
                keys.append(f"{lemma} {prep.lower_} {lemma_key(grand)}")
                whom = counted(grand)  # "opened its border to thousands of refugees"
                if whom is not None and whom is not grand:
                    keys.append(f"{lemma} {prep.lower_} {lemma_key(whom)}")
            if grand.dep_ == "prep":  # "walked out of the talks"
                keys.extend(f"{lemma} {prep.lower_} {grand.lower_} {lemma_key(g)}" for g in children_of(grand) if g.dep_ == "pobj")
    if lemma in ("put", "place"):  # "put 150,000 troops in its western district on high alert", "on standby" as a clause
        keys.extend(f"{lemma} on {lemma_key(t)}" for t in token.subtree
                    if (t.head.lower_ == "on" or t.doc[t.i - 1].lower_ == "on") and t.lemma_.lower() in READINESS)  # fmt: skip
    for o in objects:  # "reopened their border to trade", "stripped 94 critics of their citizenship": the parser may hang it on the object
        keys.extend(f"{lemma} {c.lower_} {lemma_key(g)}" for c in children_of(o) if c.dep_ == "prep" and c.lower_ in ("to", "under", "of")
                    for g in children_of(c) if g.dep_ == "pobj")  # fmt: skip
    keys.extend(f"{lemma} to {lemma_key(c)}" for c in children  # or read "to trade" as a clause of the verb
                if c.dep_ in ("advcl", "xcomp") and c.pos_ == "NOUN" and any(g.tag_ == "TO" for g in children_of(c)))
    keys.extend(f"{lemma} {prt}" for prt in particles)
    for o in objects:  # "raised the alert status": the modifier says what was raised
        if o.n_lefts:
            keys.extend(f"{lemma} {m.lower_} {lemma_key(o)}" for m in o.lefts if m.dep_ in ("amod", "compound"))
        keys.append(f"{lemma} {lemma_key(o)}")
    for child in children:
        if child.dep_ in ("acomp", "oprd", "advmod", "xcomp", "ccomp") and child.pos_ in ("ADJ", "ADV"):
            keys.append(f"{lemma} {child.lower_}")
    keys.extend(f"{lemma} {prep.lower_}" for prep in preps if not _dated(prep) and not (prep.lower_ == "in" and obj is not None))
    for key in keys:
        if key in verbs:
            return _checked(token, verbs[key], key, obj, exact=True)
    if lemma in verbs:
        return _checked(token, verbs[lemma], lemma, obj, exact=False)
    return None


def _checked(token: Token, coding: Coding, key: str, obj: Token | None, *, exact: bool) -> Hit | None:
    """A verb's coding, or what its object makes of it, or None when the subject or the object says it is no
    event ("the dollar retreated", "Brazil beat Argentina 2-1")."""
    lemma = lemma_key(token)
    subject = governing_subject(token)
    device = coding.type == "ASSAULT" and subject is not None and subject.lemma_.lower() in DEVICES
    thing = key in ("ceasefire holds", "guns fall silent", "ceasefire takes effect", "pact takes effect")  # said of a thing
    thing = thing or key.endswith(" explosive")  # "a car packed with explosives blew up"
    if subject is not None and not subject_like(subject) and not device and not thing:  # "a bomb ripped through"
        return None
    if lemma == "shoot" and obj is not None and obj.lemma_.lower() in FILMED or lemma == "beat" and obj is not None and lemma_key(obj) in ("deadline", "record"):
        return None  # "shot most of the film on a trawler", "beating a NATO deadline by several hours"
    if any(sporting(word) for word in (subject, obj) if word is not None):
        return None  # "Spain conceded two late goals", "the football federation was fined"
    workers_strike = lemma == "strike" and subject is not None and subject.lemma_.lower() in CROWDS
    if lemma in NEEDS_TARGET and obj is None and not workers_strike and not any(
        c.dep_ == "prep" and c.lower_ in ("on", "against", "in", "at") for c in children_of(token)
    ):
        return None  # "the openers attacked from the first over"
    if coding.type == "ASSAULT" and (game_report(token.sent) or fought_in_court(token)):
        return None
    judge = counted(subject) or next((g for c in children_of(token) if c.dep_ == "agent" for g in children_of(c) if g.dep_ == "pobj"), None)
    doer = counted(judge)  # a passive verb's doer is its "by": "the embassy was besieged by thousands of demonstrators"
    embargo = state_boycott(obj, doer) if lemma == "boycott" else None
    if embargo is not None:
        return Hit(token, embargo, "boycott goods by state")
    if lemma in ("jail", "imprison") and judge is not None and judge.lemma_.lower() in ("court", "judge", "tribunal"):
        return Hit(token, Coding("SANCTION", "116", "convict"), f"{key} by court")  # a sentence, not an arrest
    if lemma == "raid" and doer is not None and doer.lemma_.lower() in ARMED_GROUPS:
        return Hit(token, Coding("ASSAULT", "190"), "raid by armed group")  # "militiamen raided and burned villages"
    freed = [obj, *obj.conjuncts] if obj is not None else []
    held_captive = any(o.lemma_.lower() in CAPTIVES or any(c.dep_ in ("acl", "relcl") and c.lemma_.lower() in CAPTURED
                                                             for c in o.subtree) for o in freed)  # "sailors held by militants"
    held_captive = held_captive and not all(lemma_key(counted(o) or o) in SEIZED_GOODS for o in freed)  # not "trawlers it had seized"
    if lemma in ("free", "release", "rescue") and doer is not None and doer.lemma_.lower() in RESCUERS and held_captive:  # "soldiers freed 15 hostages": a rescue, which the manual codes AID
        return Hit(token, Coding("AID", "070"), f"{lemma} captives by force")
    if lemma in ("throw", "kick", "force") and "out" in [c.lower_ for c in children_of(token) if c.dep_ in ("prt", "prep", "advmod")] and obj is not None:
        cameo = next(filter(None, map(sent_away_code, (obj, *obj.conjuncts))), None)  # "the Refugee Council and two aid agencies"
        if cameo is not None:  # "threw 13 aid agencies out of Darfur"
            return Hit(token, Coding("SANCTION", cameo, "expel"), f"{lemma} out party")
        if person_like(obj):
            return Hit(token, Coding("COERCE", "174", "deport"), f"{lemma} out person")
    if lemma == "raid" and doer is not None and doer.lemma_.lower() in AIRCRAFT:
        return Hit(token, Coding("ASSAULT", "195", "aerial"), "raid by aircraft")  # "jets raided the oil terminal"
    if coding.type == "CONSULT" and coding.mode == "visit" and doer is not None and doer.lemma_.lower() in TRAVELLERS:
        return None  # "let its citizens travel freely to the West": a journey, no diplomatic visit
    if coding.type == "CONSULT" and doer is not None and doer.lemma_.lower() in HELPERS and relief_purpose(token):
        return Hit(token, Coding("AID", "073"), f"{key} to help")  # "doctors arrived in Haiti to help treat"
    jointly_done = coding.type == "COERCE" or coding.type == "ACCUSE" and coding.mode == "investigate"
    if jointly_done and any(c.lower_ == "jointly" for c in children_of(token)):  # "police of both jointly arrested"
        return Hit(token, Coding("COOPERATE", "063"), f"jointly {key}")  # "are jointly probing the network"
    violent = coding.type == "ASSAULT" or coding.type == "COERCE" and coding.cameo.startswith("171")
    clashing = lemma == "clash" and doer is not None and doer.lemma_.lower() in CROWDS  # "farmers clashed with police"
    beaten = counted(obj)  # "supporters of the ruling party beat an opposition candidate": someone is assaulted
    someone_beaten = coding.cameo.startswith("182") and beaten is not None and person_like(beaten) and beaten.lemma_.lower() not in MOVED_FORCES
    if violent and doer is not None and doer.lemma_.lower() in RIOTERS and lemma != "lynch" and not someone_beaten or clashing:
        return Hit(token, Coding("PROTEST", "145", "riot"), f"{key} by crowd")
    blocking = lemma in ("occupy", "seize", "besiege", "blockade", "block", "surround")
    road = obj is not None and obj.lemma_.lower() in ("road", "motorway", "highway", "bridge", "street", "railway", "border")
    if blocking and doer is not None and doer.lemma_.lower() in CROWDS and place_like(obj) | building(obj) | road:
        return Hit(token, Coding("PROTEST", "144", "obstruct"), f"{key} by crowd")  # "students occupied the building"
    if lemma in ("pack", "fill", "throng") and coding.type == "PROTEST" and not (obj is not None and (obj.lemma_.lower() in PUBLIC_PLACES or
                                                         obj.ent_type_ in ("FAC", "LOC", "GPE"))):
        return None  # "thousands packed the square", not "fans packed the stadium"
    if lemma in ("fight", "combat", "battle", "tackle") and obj is not None and obj.lemma_.lower() in ILLS:
        return None  # "help fight the epidemic", "fight corruption": no one is attacked
    if lemma == "gas" and not (place_like(obj) or person_like(obj)):
        return None  # "the army gassed the town", not "staff gassed up the trucks"
    if lemma == "treat" and not (doer is not None and (doer.lemma_.lower() in HELPERS or doer.ent_type_ in ("GPE", "NORP", "ORG"))):
        return None  # "French military doctors treated the wounded", not "hospitals treated patients for heat stroke"
    if lemma in GATHER and coding.type == "PROTEST" and not key.endswith("by crowd"):  # "hundreds of demonstrators gathered outside the embassy", not "leaders gathered"
        crowd = doer is not None and (doer.lemma_.lower() in CROWDS or doer.lemma_.lower() in RIOTERS
                                      or doer.ent_type_ == "NORP" and doer.tag_ == "NNPS" or doer is not subject)
        return Hit(token, coding, f"{key} by crowd") if crowd else None
    if coding.type == "MOBILIZE" and any(t.lemma_.lower() == "peacekeeper" for w in (obj, subject) if w is not None for t in w.subtree):
        return Hit(token, Coding("AID", "074"), f"{key} peacekeepers")  # peacekeepers sent are aid, not a threat
    forces = obj is not None and obj.lemma_.lower() in MOVED_FORCES
    if coding.type == "MOBILIZE" and forces and relief_purpose(token):
        return Hit(token, Coding("AID", "073"), f"{key} to help")  # "deployed 500 soldiers to help families"
    if exact:
        return Hit(token, coding, key)
    if obj is not None and obj.lemma_.lower() == "way" and lemma in ("blast", "fight", "shoot", "bomb", "force", "push"):
        return None  # "after blasting their way in", "fought its way to the coast": how they got there
    if lemma in ("warn", "caution") and any(c.dep_ == "ccomp" and c.tag_ in ("VBD", "VBN") or c.dep_ == "ccomp" and any(
        a.lemma_ == "have" and a.dep_ == "aux" for a in children_of(c)) for c in children_of(token)
    ):
        return None  # "warning that the visit had hurt the feelings of the Chinese people": said, not threatened
    if lemma == "dismiss" and (person_like(obj) or obj is not None and lemma_key(obj) in ("cabinet", "government")):
        return None  # "dismissed his prime minister": a sacking, not a rejection
    if lemma == "retreat" and any(c.dep_ == "prep" and c.lower_ in ("for", "into") for c in children_of(token)):
        return None  # "the two leaders retreated for private talks"
    if lemma in ("clear", "exonerate"):  # "a Cairo appeals court cleared 43 employees": an acquittal, as the manual rules
        judge = doer or next((g for c in children_of(token) if c.dep_ == "agent" for g in children_of(c) if g.dep_ == "pobj"), None)
        judged = person_like(obj) and judge is not None and judge.lemma_.lower() in ("court", "judge", "tribunal", "jury")
        return Hit(token, Coding("CONCEDE", "081"), f"{lemma} by court") if judged else None
    if lemma == "meet" and obj is not None and lemma_key(obj) in NOT_MET:
        if any(c.dep_ == "prep" and c.lower_ == "for" for c in children_of(obj)):
            return None  # "to meet strong demand for its electric models": a market's demand
        return Hit(token, Coding("CONCEDE", "083"), "meet demand")
    if lemma in ("seize", "capture"):
        if person_like(obj):
            return Hit(token, _ARREST, f"{lemma} person")
        if place_like(obj):
            return Hit(token, _TAKE_PLACE, f"{lemma} place")
        return Hit(token, coding, key) if lemma == "seize" and obj is not None else None
    welcomed_party = obj is not None and (obj.ent_type_ in ("GPE", "ORG", "NORP", "PERSON") or person_like(obj))
    if lemma == "welcome" and welcomed_party and any(c.dep_ == "prep" and c.lower_ == "as" for c in children_of(token)):
        return Hit(token, Coding("SUPPORT", "051"), "welcome as")  # "welcomed South Africa as its 53rd member"
    if lemma in ("welcome", "receive") and obj is not None:
        if person_like(obj) or obj.ent_type_ in ("GPE", "ORG"):
            return Hit(token, _HOST, f"{lemma} visitor")
        return Hit(token, coding, key) if lemma == "welcome" else None
    if lemma == "protest":
        subject = next((c for c in children_of(token) if c.dep_ == "nsubj"), None)
        crowd = subject is None or subject.lemma_.lower() in CROWDS or subject.like_num or any(c.like_num for c in children_of(subject))
        crowd = crowd and not any(c.dep_ == "ccomp" for c in children_of(token))  # "..., a rights group protested": words
        return Hit(token, Coding("PROTEST", "140", "demo") if crowd else Coding("ACCUSE", "111", "disapprove"), key)
    if lemma == "deny" and obj is not None and lemma_key(obj) in DENIED_WORDS:
        return None
    if lemma == "charge":  # "charged a former chief with fraud": the "with" may hang on the object
        if any(c.dep_ == "prep" and c.lower_ == "with" for w in (token, obj) if w is not None for c in children_of(w)):
            return Hit(token, Coding("ACCUSE", "1121", "allege"), "charge with")
        if any(c.dep_ == "ccomp" for c in children_of(token)):
            return Hit(token, Coding("ACCUSE", "112", "allege"), "charge that")  # "charged that the vote was rigged"
        return None
    if lemma == "strike" and key != "strike at":
        if subject is None:
            return None
        doer = (reported_speaker(subject, SAYING) or subject).lemma_.lower()  # "the union said it would strike": the union
        if doer in FORCES or doer in ("aircraft", "warplane", "plane", "drone", "missile", "rocket", "helicopter"):
            return Hit(token, Coding("ASSAULT", "195", "aerial"), "strike by force")
        if doer in ("bomber", "gunman", "attacker", "assailant"):
            return Hit(token, Coding("ASSAULT", "180"), "strike by attacker")  # "a suicide bomber struck the rally"
        if doer in CROWDS:
            return Hit(token, Coding("PROTEST", "143", "strike"), "strike by workers")
        return None
    if lemma == "return":
        if obj is not None and person_like(obj):
            return Hit(token, Coding("RETREAT", "0841", "release"), "return person")
        return Hit(token, coding, key) if obj is not None and obj.dep_ == "dobj" else None
    if lemma in ("allow", "permit", "let"):
        # "allowed a team of monitors to enter": the one let in may be the subject of the clause
        admitted = obj or next((g for c in children_of(token) if c.dep_ in ("ccomp", "xcomp")
                                for g in children_of(c) if g.dep_ == "nsubj"), None)  # fmt: skip
        admitted = counted(admitted)  # "the first 1,000 troops of the force"
        if admitted is not None and admitted.lemma_.lower() in ("troop", "force", "soldier"):
            admitted = admitted if foreign_forces(admitted) else None  # "allowed troops to fire": its own
        if admitted is not None and admitted.lemma_.lower() in ADMITTED:
            code = ADMITTED_CODES.get(admitted.lemma_.lower(), "086")
            return Hit(token, Coding("RETREAT", code, "access"), f"{lemma} {admitted.lemma_.lower()}")
        if lemma == "let":
            return None  # "let its citizens travel": only letting monitors or aid in is an event
    if lemma == "help" and not (obj is not None and (obj.lemma_.lower() in MOVED_FORCES | ACTOR_NOUNS or obj.ent_type_ in ("GPE", "NORP"))
                                and any(c.dep_ in ("xcomp", "ccomp") for c in children_of(token))):
        return None  # "Cuban troops helped Angolan forces repel the advance": aid to a force or a state, not any help
    if lemma in ("admit", "acknowledge") and not any(c.dep_ == "ccomp" for c in children_of(token)) and (obj is None or lemma_key(obj) not in FAULTS):
        return None  # "admitted that its forces had used excessive force", "admitted mistakes"; not "admitted refugees"
    if lemma == "mobilize" or lemma == "mobilise":
        backers = CROWDS | {"support", "supporter", "voter", "backing", "base", "member", "group", "ally"}
        named_forces = obj is not None and obj.lower_.removesuffix("s") in MOVED_FORCES  # "his Dignity Battalions"
        mobilised = counted(obj)  # "mobilised hundreds of gunmen"
        if mobilised is not None and mobilised.lemma_.lower() not in MOVED_FORCES and not named_forces:
            # "mobilised its supporters", not "would mobilise extra shifts"
            return Hit(token, Coding("SUPPORT", "053"), f"{lemma} support") if mobilised.lemma_.lower() in backers else None
        return Hit(token, coding, key)
    if lemma == "hold":
        return Hit(token, _ARREST, "hold person") if person_like(obj) else None
    if lemma in ("expel", "deport", "oust") and obj is not None and (members(obj) or aid_body(obj)):
        cameo = sent_away_code(obj)
        if cameo is not None:  # "expelled six American members of the UN inspection team": inspectors sent away
            return _checked(token, Coding("SANCTION", cameo, "expel"), f"{lemma} members", obj, exact=True)

    if lemma in PERSON_OBJECT and not person_like(obj):
        return None
    if lemma in OBJECT_NEEDED and obj is None and not any(c.dep_ in ("xcomp", "ccomp", "prep") for c in children_of(token)):
        return None
    return Hit(token, coding, key)


def light_hit(verb: Token, lexicon: TriggerLexicon) -> Hit | None:
    """An event noun made an event by its light verb: "held talks", "staged a rally", "imposed sanctions"."""
    # A particle changes most light verbs' sense ("called off the strike"); "stepped up", "sped up" keep it.
    # "lifted martial law" ends a restriction; "according to a joint communique" names a source, no event
    light = (lemma_key(verb) in lexicon.light or lemma_key(verb) in ENDING) and verb.lower_ != "according"
    broke_out = lemma_key(verb) == "break" and any(c.dep_ == "prt" and c.lower_ == "out" for c in children_of(verb))
    kept = ("up", "out") if lemma_key(verb) == "carry" else ("up",)  # "carried out a joint operation"
    if not broke_out and (not light or any(c.dep_ == "prt" and c.lower_ not in kept and not before_a_place(c) for c in children_of(verb))):
        return None
    for child in children_of(verb):
        targets = [child] if child.dep_ in ("dobj", "nsubjpass", "attr") else []
        targets += [c for t in targets for c in children_of(t) if c.dep_ == "conj"]  # "asset freezes and travel bans"
        if child.dep_ == "nsubj" and (lemma_key(verb) in ONGOING or broke_out):  # "clashes erupted", "riots broke out"
            targets = [child]
        if child.dep_ == "prep" and child.lower_ in ("in", "on", "to"):
            targets = [g for g in children_of(child) if g.dep_ == "pobj"]
        for target in targets:
            key = noun_key(target, lexicon.nouns)
            ending = False
            if key is None:  # "exploded a series of bombs", "launched a wave of attacks"
                ending = lemma_key(target) in ENDING  # "announced the lifting of the embargo"
                target = next(of_targets(target), target)
                key = noun_key(target, lexicon.nouns)
                named = next((c for c in target.conjuncts if key is None and noun_key(c, lexicon.nouns)), None)
                target, key = (named, noun_key(named, lexicon.nouns)) if named is not None else (target, key)  # "a week of
                # missile and naval exercises"
            noun = target.pos_ in ("NOUN", "PROPN") or target.tag_ == "VBZ" and target.dep_ == "dobj"  # "asset freezes"
            if key is None and noun and any(c.dep_ == "amod" and c.lower_ in JOINT for c in children_of(target)):
                if lemma_key(verb) == "sign":  # "signed the joint declaration": an endorsement, as any signing
                    return Hit(target, Coding("SUPPORT", "057"), f"sign joint {lemma_key(target)}", light=verb)
                return Hit(target, Coding("COOPERATE", "060"), f"{lemma_key(verb)} joint {lemma_key(target)}", light=verb)
                # "formed a joint investigation team with French police", "began joint inspections"
            if key is not None and noun and target.ent_type_ not in NOT_PARTICIPANTS:
                subject = governing_subject(verb)
                if subject is not None and not_acting(subject):
                    return None  # "the chess champion launched an attack on his opponent's king"
                coding = lexicon.nouns[key]
                if lemma_key(verb) == "have" and coding.type not in ("CONSULT", "ASSAULT"):
                    continue  # "had talks", "had clashes", but "had $12M of unspent donations" holds no event
                if lemma_key(verb) == "pay" and key == "call":
                    coding = Coding("CONSULT", "042", "visit")  # "paid an unannounced call on Baghdad"
                if lemma_key(verb) == "strike" and coding.type not in ("AGREE", "SUPPORT", "COOPERATE"):
                    continue  # "struck a deal", but "a bomber struck her election rally" stages no rally
                joined = lemma_key(verb) == "join" and any(c.dep_ == "dobj" and c.i != target.i for c in children_of(verb))
                if coding.type == "MOBILIZE" and (joined or any(t.lower_ in JOINT for t in target.subtree if t.i < target.i)):
                    coding = Coding("COOPERATE", "062")  # "bilateral naval drills", "multinational exercises"
                embargo = state_boycott(target, governing_subject(verb)) if key == "boycott" else None
                coding = embargo or coding  # "the government announced a boycott of French goods"
                if key == "expulsion" and _expels_people(target):
                    coding = _DEPORT
                if ending or lemma_key(verb) in ENDING:  # "ended the state of emergency", "lifted the embargo"
                    coding = eased(coding) or coding
                return Hit(target, coding, f"{lemma_key(verb)} {key}", light=verb)
    return None


# Verbs and nouns that end what their object names: ending a restriction is a concession, ending sanctions a retreat.
ENDING = frozenset({"end", "lift", "ease", "relax", "revoke", "rescind", "suspend", "scrap", "repeal", "abolish", "terminate", "remove",
                     "lifting", "easing", "relaxation", "revocation", "scrapping"})  # fmt: skip
_EASED = {"1723": "0813", "1724": "0814"}


def eased(coding: Coding) -> Coding | None:
    """What ending an event of this coding is, if ending it is an event: a curfew lifted is CAMEO 0813, a state of
    emergency 0814, other restrictions 081, a protest 082 (CONCEDE); sanctions and embargoes eased are RETREAT 085."""
    if coding.type == "PROTEST":
        return Coding("CONCEDE", "082")  # "suspending our sit-in", "ended their strike"
    if coding.type == "AID":
        return Coding("SANCTION", "1621" if coding.cameo == "071" else "162", "discontinue")  # "suspended a loan"
    if coding.type == "SANCTION" and coding.cameo.startswith("16"):
        return Coding("RETREAT", "085", "ease")
    if coding.type == "COERCE" and coding.cameo in ("1722", "1723", "1724", "172", "175"):
        return Coding("CONCEDE", _EASED.get(coding.cameo, "081"))
    if coding.type == "COERCE" and coding.cameo == "191":
        return Coding("RETREAT", "0872", "withdraw")  # "eased its blockade of the Gaza Strip": CAMEO's own code
    if coding.type in ("COERCE", "ASSAULT") and coding.cameo == "192":
        return Coding("RETREAT", "0872", "withdraw")  # "ending 24 years of occupation": a withdrawal
    return None


def _dated(prep: Token) -> bool:
    """"on Sunday", "in March": a preposition that dates, and says nothing of the event's kind."""
    return any(grand.dep_ == "pobj" and grand.ent_type_ in NOT_PARTICIPANTS for grand in children_of(prep))


_NAMED = frozenset({"ORG", "PERSON", "GPE", "NORP", "FAC", "LOC", "WORK_OF_ART", "LAW", "PRODUCT"})


def noun_hit(token: Token, lexicon: TriggerLexicon) -> Hit | None:
    if token.ent_type_ in NOT_PARTICIPANTS or token.ent_type_ in _NAMED and token.pos_ == "PROPN":
        return None
    if token.pos_ not in ("NOUN", "PROPN") or token.dep_ in ("compound",) and token.head.pos_ in ("NOUN", "PROPN"):
        return None
    if lemma_key(token) in ENDING:
        for ended in of_targets(token):
            key = noun_key(ended, lexicon.nouns)
            coding = eased(lexicon.nouns[key]) if key is not None else None
            if coding is not None:
                return Hit(token, coding, f"{lemma_key(token)} of {key}")
    key = noun_key(token, lexicon.nouns)
    if key == "expulsion" and _expels_people(token):
        return Hit(token, _DEPORT, "expulsion of person")
    if key is not None and lexicon.nouns[key].type == "MOBILIZE" and any(peacekeeping(t) for t in of_targets(token)):
        return Hit(token, Coding("AID", "074"), f"{key} of peacekeepers")  # "approved the deployment of peacekeepers"
    if key == "strike" and token.dep_ == "nsubj" and token.head.lemma_.lower() in _STRIKE_DAMAGE:
        return Hit(token, Coding("ASSAULT", "195", "aerial"), "strike hits")  # "a Russian strike hit the plant"
    return Hit(token, lexicon.nouns[key], key) if key is not None else None


_DEPORT = Coding("COERCE", "174", "deport")


def _expels_people(expulsion: Token) -> bool:
    """"The expulsion of 12 Lebanese traders": people sent away, not diplomats, inspectors or an aid agency."""
    expelled = next(of_targets(expulsion), None)
    if expelled is None or sent_away_code(expelled) is not None or aid_body(expelled):
        return False
    if expelled.lemma_.lower() in ("delegation", "team", "staff", "mission", "personnel") or expelled.ent_type_ == "ORG":
        return False  # "the expulsion of the Red Cross delegation": a body's envoys, sent away as a sanction
    return person_like(expelled) or any(c.ent_type_ == "NORP" for c in expelled.lefts)


_STRIKE_DAMAGE = frozenset({"hit", "kill", "destroy", "damage", "wound", "flatten", "level"})


def state_hit(token: Token, lexicon: TriggerLexicon | None = None) -> Hit | None:
    """Being held ("has been behind bars since February", "remains in custody") or on strike."""
    if lexicon is not None and token.dep_ == "pobj" and token.head.lower_ == "on" and token.head.head.lemma_.lower() in STATE_VERBS | {"go"}:
        # "on hunger strike", "on the tenth day of a hunger strike"
        for strike in (token, *of_targets(token)) if token.lemma_.lower() in SPELLS else (token,):
            key = noun_key(strike, lexicon.nouns)
            if key in STRIKES:
                return Hit(token, lexicon.nouns[key], f"on {key}")
    readiness = token.lemma_.lower() in ("alert", "standby") and token.i > 0 and token.doc[token.i - 1].lower_ == "on"
    if readiness and STATE_VERBS & {token.head.lemma_.lower(), token.head.head.lemma_.lower()}:  # "police were on standby"
        return Hit(token, Coding("MOBILIZE", "150"), f"on {token.lemma_.lower()}")
    if lemma_key(token) not in STATES or token.dep_ != "pobj":
        return None
    prep = token.head
    if prep.lower_ not in ("behind", "in", "into") or prep.head.lemma_.lower() not in STATE_VERBS:
        return None
    return Hit(token, _ARREST, f"{prep.lower_} {lemma_key(token)}")
