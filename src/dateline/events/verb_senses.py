"""Senses of common verbs that the words around them decide: forces moving toward a border are mobilised and out of a
country withdrawn, workers shipped back deported, fugitives handed to a state's police extradited; a bill killed, no
one. Each rule gives the coding and the evidence key, or :data:`NO_EVENT` where the sense is no event at all."""

from __future__ import annotations

from typing import Any

from dateline.events.actors import country_in_words
from dateline.events.arguments import governing_subject
from dateline.events.lexicon import Coding
from dateline.events.parties_moved import PROTECTING, expelled_coding, sent_away_code
from dateline.events.modality import modal
from dateline.events.token_kinds import (
    DONE_BY_PARTIES,
    a_party,
    children_of,
    counted,
    goods_named,
    lemma_key,
    named_forces,
    of_targets,
    person_like,
    place_like,
    police_forces,
)
from dateline.events.word_classes import CAPTIVES, CAPTURED, CROWDS, MOVED_FORCES, POLICE, PUBLIC_PLACES, READINESS, RESCUERS, SEIZED_GOODS
from dateline.places.countries import capital_country, country_of_name

Token = Any  # spaCy's Token

NO_EVENT = (Coding("NONE", "000"), "")  # a sense that codes nothing, whatever the lexicon says of the verb

_HOMELANDS = frozenset({"homeland", "motherland", "fatherland", "country", "nation", "territory", "border", "soil",
                        "land", "sovereignty", "independence", "revolution"})  # fmt: skip
_CHARGES = frozenset({"charge", "accusation", "allegation", "criticism", "claim", "complaint", "attack"})
# What a plan, a visitor or a crowd "was met with": a reaction, no meeting.
_REACTIONS = frozenset({"reception", "response", "welcome", "criticism", "scepticism", "skepticism", "silence",
                        "resistance", "opposition", "anger", "outrage", "applause", "derision", "disbelief", "dismay",
                        "indifference", "condemnation", "approval", "hostility", "suspicion", "alarm", "cheer", "boo",
                        "jeer", "protest", "backlash", "concern", "success", "failure", "praise"})  # fmt: skip

_MOVING = frozenset({"move", "roll", "head", "steam", "sail", "advance", "push", "pour", "cross"})
_TOWARD = frozenset({"toward", "towards", "to", "into", "up"})
_SENT_HOME = frozenset({"ship", "pack", "send", "fly", "bus", "truck", "put"})
_DEPORTABLE = frozenset({"worker", "migrant", "immigrant", "refugee", "national", "foreigner", "labourer", "laborer",
                         "asylum-seeker", "alien", "seeker", "exile", "defector", "deportee"})  # fmt: skip
_FLOODING = frozenset({"pour", "flood", "stream", "throng", "swarm"})
_ARMED = frozenset({"group", "militant", "rebel", "guerrilla", "separatist", "insurgent", "gunman", "fighter"})
_MEASURES_KILLED = frozenset({"bill", "plan", "proposal", "deal", "extension", "resolution", "law", "motion", "idea",
                              "project", "measure", "reform", "draft", "amendment", "initiative", "treaty"})  # fmt: skip
_ENLARGING = frozenset({"increase", "boost", "double", "triple", "raise", "expand", "swell", "augment"})
READ_HERE = _MOVING | _SENT_HOME | frozenset({"let", "bring", "draft", "shelter", "house", "admit", "call", "freeze", "mass", "gather", "converge", "convene", "set", "grant", "offer", "provide",
                                             "supply", "pass", "seize", "grab", "take", "quit", "leave", "withdraw", "pull", "walk", "exit", "evacuate",
                                             "free", "release", "rescue", "order", "hand", "deport", "expel", "strike", "kill", "give", "reach",
                                             "arrive", "enter", "land", "fly", "transfer", "deliver", "surrender",
                                             "hold", "fall", "break", "warn", "tell", "instruct", "cross", "flood", "stream", "throng", "swarm", "assemble", "go", "ride", "travel", "drive", "come",
                                             "begin", "start", "launch", "conduct", "open", "block", "blockade", "throw", "kick",
                                             "declare", "press", "push", "forge", "explode", "detonate", "blow", "cut", "shut", "switch",
                                             *_ENLARGING, "activate", "meet", "muster", "insist", "defend", "amass",
                                             "allow", "permit", "yield", "return", "caution",
                                             "promise", "support", "embrace", "host"})  # fmt: skip
# What blows up of itself in an attack: "a bomb exploded", "a car packed with explosives blew up", "a mine went off".
_EXPLOSIVES = frozenset({"bomb", "explosive", "device", "mine", "landmine", "grenade", "shell", "mortar", "rocket", "ied"})
_JOINT_WORK = frozenset({"inspection", "development", "patrol", "venture", "project", "operation", "investigation",
                         "production", "exploration", "search", "programme", "program", "study", "survey"})  # fmt: skip
_TRAVELLING = frozenset({"go", "ride", "travel", "drive", "come", "head", "fly", "arrive", "sail"})
_MEETINGS = frozenset({"talk", "summit", "discussion", "meeting", "consultation", "negotiation"})
_VISITS = frozenset({"trip", "stopover"})  # "crossed into Pakistan for a landmark trip to Lahore" (a visit codes itself)
_SHELTERING = frozenset({"shelter", "house", "take", "admit"})  # people fleeing given refuge: "took in thousands of Kurds"
_GATHERING = frozenset({"gather", "convene", "assemble"})  # "delegates gathered in Vienna for a conference" (a summit codes itself)
_LEAVING = frozenset({"quit", "leave", "withdraw", "pull", "walk", "exit"})
_BODIES_LEFT = frozenset({"talk", "negotiation", "dialogue", "mediation", "observer", "monitor", "mission", "organisation",
                          "organization", "union", "commonwealth", "league", "alliance", "treaty", "pact", "council",
                          "forum", "bloc", "grouping"})  # fmt: skip
_TRUCES = frozenset({"ceasefire", "cease-fire", "truce", "armistice"})
_PACTS = frozenset({"pact", "agreement", "accord", "treaty", "deal", "union", "zone", "arrangement"})
_POSTS = frozenset({"outpost", "base", "position", "post", "garrison", "camp", "settlement", "enclave", "stronghold"})
_INFORMATION = frozenset({"document", "information", "intelligence", "evidence", "record", "file", "data", "list"})
_SEIZERS = frozenset({"tribesman", "gunman", "militant", "rebel", "guerrilla", "pirate", "kidnapper", "insurgent",
                      "militiaman", "bandit", "hijacker"})  # fmt: skip
_SPANS = frozenset({"hour", "day", "week", "month", "deadline", "ultimatum"})
_RELIEF_CARRIERS = frozenset({"convoy", "airlift", "shipment", "consignment", "relief", "ration", "aid", "food", "medicine"})
_COURTS = frozenset({"tribunal", "court"})
_POLICE_SIDE = frozenset({"police", "authority", "official", "investigator", "prosecutor", "marshal", "agent"})
_SOUGHT = frozenset({"dealer", "operative", "militant", "leader", "trafficker", "smuggler", "financier", "policeman",
                     "officer", "commander", "banker", "businessman", "member"})  # fmt: skip


_TRADED = frozenset({"oil", "crude", "gas", "lng", "coal", "electricity"})


_MEASURES = frozenset({"strength", "number", "level", "size", "contingent", "deployment", "presence"})
_UTILITIES = frozenset({"electricity", "power", "water", "gas", "fuel", "supply", "food", "heating", "telephone"})
_TRADE_GOODS = frozenset({"good", "goods", "product", "import", "export", "produce", "brand", "merchandise"})
_STATE_WORDS = frozenset({"government", "ministry", "state", "cabinet", "authority", "regime", "administration",
                          "kingdom", "republic", "council", "parliament"})  # fmt: skip
_EMBARGO = Coding("SANCTION", "163", "discontinue")


def state_boycott(boycotted: Token | None, doer: Token | None) -> Coding | None:
    """"The government announced a boycott of French goods": a state's boycott of another's trade is an embargo
    (CAMEO 163), where one by consumers or traders ("shoppers boycotted Danish products") is a protest (143)."""
    if boycotted is None or doer is None:
        return None
    state = doer.ent_type_ == "GPE" or doer.lemma_.lower() in _STATE_WORDS
    goods = boycotted.lemma_.lower() in _TRADE_GOODS or any(
        t.lemma_.lower() in _TRADE_GOODS for p in children_of(boycotted) if p.dep_ == "prep" and p.lower_ == "of"
        for t in children_of(p))  # fmt: skip
    return _EMBARGO if state and goods else None


def _owner(thing: Token | None) -> Token | None:
    """Whose it is: "accounts of the former governor", "accounts belonging to Ben Ali"."""
    if thing is None:
        return None
    holders = (thing, *(c for c in children_of(thing) if c.dep_ == "acl"))
    return next((o for h in holders for p in children_of(h) if p.dep_ == "prep" and p.lower_ in ("of", "to")
                 for o in children_of(p) if o.dep_ == "pobj"), None)  # fmt: skip


def _nation_of(party: Token | None) -> str | None:
    """The country a party's words name: "Swiss authorities", "Switzerland", "former Tunisian leader Ben Ali"."""
    return None if party is None else country_in_words([t.text for t in party.subtree if t.i <= party.i])


def _preps(token: Token, *words: str) -> list[Token]:
    return [c for c in children_of(token) if c.dep_ == "prep" and c.lower_ in words]


def _out_of_place(token: Token) -> bool:
    """"out of Lebanon", "from Afghanistan": the verb moves away from a place."""
    for prep in _preps(token, "out", "from"):
        inner = [g for g in children_of(prep) if g.dep_ == "prep" and g.lower_ == "of"] or [prep]
        if any(place_like(o) for p in inner for o in children_of(p) if o.dep_ == "pobj"):
            return True
    return False


def verb_sense(token: Token, lemma: str, obj: Token | None, particles: list[str]) -> tuple[Coding, str] | None:
    """The coding a verb's surroundings give it, before its lexicon keys are tried; None when they decide nothing."""
    if lemma not in READ_HERE:
        return None  # most verbs: nothing here can decide them, and the parse walks below cost time
    named = governing_subject(token)
    if named is None and token.dep_ == "acl" and lemma in ("mass", "gather", "converge", "march", "rally"):
        named = token.head  # "Thousands of Egyptians massed in Tahrir Square", read as a reduced relative
    subject = counted(named) or named  # "thousands of troops": the troops; "the separatist group": the group
    doer = subject.lemma_.lower() if subject is not None else ""
    forces = doer in MOVED_FORCES or subject is not None and any(
        c.dep_ == "compound" and c.lemma_.lower() in MOVED_FORCES for c in children_of(subject))
    went_off = lemma in ("explode", "detonate") or lemma == "blow" and "up" in particles or lemma == "go" and "off" in particles
    blown = next((c for c in children_of(token) if c.dep_ == "nsubj"), None) if went_off and obj is None else None
    words = {t.lemma_.lower() for t in blown.subtree} if blown is not None else set()
    if words & _EXPLOSIVES:  # CAMEO 1831 suicide, 1832 vehicular, 183 other bombings
        bombing = "1831" if "suicide" in words else "1832" if words & {"car", "truck", "lorry", "vehicle", "van"} else "183"
        return Coding("ASSAULT", bombing, "explosives"), f"{lemma} explosive"
    took_positions = lemma == "take" and obj is not None and obj.lemma_.lower() == "position"  # "took up positions around
    if (lemma in _MOVING or took_positions) and forces and protecting(token):  # the camps to shield residents"
        return Coding("AID", "074"), "forces move to protect"  # "French troops crossed into Rwanda to protect civilians"
    released = counted(obj) if lemma in ("release", "free") else None
    if released is not None and released.lemma_.lower() in SEIZED_GOODS:
        return Coding("RETREAT", "0842", "return"), f"{lemma} property"  # "released four fishing boats it had impounded"
    moved_forces = _forces_sent(token, lemma, obj) if lemma in ("bring", "draft", "order") else None
    if moved_forces is not None:
        return moved_forces
    written = next((c for c in children_of(token) if c.dep_ == "dobj"), None) if lemma in _SHELTERING else None
    sheltered = counted(written)  # "took in thousands of Iraqi Kurds fleeing the uprising's collapse"
    fleeing = sheltered is not None and person_like(sheltered) and any(
        c.dep_ in ("acl", "relcl") and c.lemma_.lower() == "flee" for w in (written, sheltered) for c in children_of(w))
    fleeing = fleeing or written is None and lemma in _SHELTERING and any(  # "sheltered 3 million
        c.dep_ == "advcl" and c.lemma_.lower() == "flee" and any(g.dep_ == "nsubj" and person_like(counted(g) or g)
                                                                 for g in children_of(c))
        for c in children_of(token))  # Syrians fleeing", the people read as the subject of "fleeing"
    if fleeing and (lemma != "take" or "in" in particles):
        return Coding("AID", "075"), f"{lemma} in refugees"
    held = next((g for g in children_of(obj) if g.dep_ == "dobj"), None) if lemma == "put" and obj is not None and obj.lower_ == "hold" else None
    if held is not None and held.lemma_.lower() in ("loan", "aid", "assistance", "grant", "credit", "disbursement"):
        # "put on hold a $205 million loan": the parser may read "hold" as a verb with the loan its object
        return Coding("SANCTION", "1621" if held.lemma_.lower() in ("loan", "credit") else "162", "discontinue"), "put on hold aid"
    if lemma in ("let", "go") and _let_go(token, lemma):
        return Coding("RETREAT", "0841", "release"), "let go"  # "the rebels let go four police officers", "let them go"
    # the object as written, before "the number of police" is read as the police
    measure = next((c for c in children_of(token) if c.dep_ == "dobj"), None) if lemma in _ENLARGING else None
    alert = measure is not None and any(c.lemma_.lower() in ("alert", "readiness", "threat") for c in measure.lefts)
    if measure is not None and measure.lemma_.lower() in _MEASURES and not alert:  # "increased its troop strength", "doubled the number of police"
        armed = [w.lemma_.lower() for w in (*(c for c in children_of(measure) if c.dep_ in ("compound", "amod")), *of_targets(measure))]
        police = any(w in POLICE for w in armed)
        if police or any(w in MOVED_FORCES or w in ("troop", "military", "naval", "armed") for w in armed):
            return Coding("MOBILIZE", "153" if police else "154", "police" if police else "troops"), f"{lemma} forces"
    activated = counted(obj) if lemma == "activate" else None
    if lemma == "activate" and (forces and obj is None or activated is not None and activated.lemma_.lower() in MOVED_FORCES):
        return Coding("MOBILIZE", "152", "troops"), "activate forces"  # "the national guard was activated"
    cut_off = lemma in ("cut", "shut", "switch") and "off" in particles and obj is not None and obj.lemma_.lower() in _UTILITIES
    served = [o for p in _preps(token, "to") for o in children_of(p) if o.dep_ == "pobj"] if cut_off else []
    if served:  # "cut off electricity to the rebel-held district" withholds a service; "gas to Ukraine" is trade stopped
        # "to Ukraine", "to Kiev", "to the autonomous Azerbaijani republic of Nakhichevan"
        served_nation = _nation_of(served[0]) or (capital_country(served[0].text) if served[0].pos_ == "PROPN" else None)
        place = served[0].tag_ == "NNP" or not person_like(served[0])  # "Kiev" (which the tagger may call a person), not "Armenians"
        abroad = served_nation is not None and served_nation != _nation_of(subject) and place
        return (_EMBARGO, "cut off supply abroad") if abroad else (Coding("COERCE", "191", "withhold"), "cut off service")
    if lemma in ("block", "blockade") and forces and obj is not None and doer not in ("protester", "demonstrator", "striker"):
        return Coding("COERCE", "191", "restrict"), f"forces {lemma}"  # "police blockaded the main road into Srebrenica"
    if lemma in _MOVING and forces and _out_of_place(token):
        return Coding("RETREAT", "0872", "withdraw"), "forces move out"  # "the last Syrian soldiers rolled out of Lebanon"
    if lemma in _MOVING and forces and obj is None and (_preps(token, *_TOWARD) or "up" in particles):
        return Coding("MOBILIZE", "154", "troops"), "forces move toward"  # "divisions moving south towards the border"
    if lemma == "freeze" and obj is not None and obj.lemma_.lower() == "account":
        theirs, ours = _nation_of(_owner(obj)), _nation_of(subject)
        if theirs is not None and ours is not None and theirs != ours:  # "Swiss authorities froze accounts belonging
            return Coding("SANCTION", "163", "discontinue"), "freeze foreign account"  # to former Philippine President Marcos"
    if lemma == "call" and not any(c.dep_ in ("xcomp", "ccomp", "advcl") or c.dep_ == "dobj" and c.tag_ != "VBG" for c in children_of(token)):
        visited = [o for p in _preps(token, "on") for o in children_of(p) if o.dep_ == "pobj" and o.ent_type_ != "DATE"]
        if visited and all(person_like(v) for v in visited):
            return Coding("CONSULT", "042", "visit"), "call on person"  # "called on Chinese Vice Premier Hui in Beijing"
    moved = counted(obj)
    if lemma == "order" and moved is not None and moved.lemma_.lower() == "group" and any(
        c.dep_ == "compound" and c.lemma_.lower() in MOVED_FORCES for c in children_of(moved)
    ) and _preps(token, *_TOWARD):
        return Coding("MOBILIZE", "154", "troops"), "forces ordered to"  # "ordered a carrier group into the strait"
    held = next((c for c in children_of(token) if c.dep_ == "nsubjpass"), None)
    out = "out" in particles or bool(_preps(token, "out"))
    if lemma == "order" and out and (obj or held) is not None:
        cameo = sent_away_code(obj or held)
        if cameo is not None:  # "four Russian diplomats were ordered out of Britain"
            return Coding("SANCTION", cameo, "expel"), "order out party"
    home = any(p in particles for p in ("back", "off", "home")) or any(
        c.dep_ in ("advmod", "prep") and c.lower_ in ("back", "home") for c in children_of(token))
    people = moved is not None and (moved.lemma_.lower() in _DEPORTABLE or moved.ent_type_ == "NORP")
    if lemma in _SENT_HOME and home and moved is not None and person_like(moved) and any(
            c.dep_ in ("relcl", "acl") and c.lemma_.lower() in CAPTURED for c in children_of(moved)):
        return Coding("RETREAT", "0841", "release"), f"{lemma} home captives"  # "sent home the sailors it had seized"
    tried = lemma in _SENT_HOME and home and person_like(moved) and any(
        c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in ("stand", "face") and any(
            g.dep_ == "dobj" and g.lemma_.lower() in ("trial", "charge", "justice") for g in children_of(c)) for c in children_of(token))
    if tried:
        return Coding("COOPERATE", "063"), f"{lemma} back to stand trial"  # "sent the commander back to Kinshasa to stand trial"
    if lemma in _SENT_HOME and home and people:
        return Coding("COERCE", "174", "deport"), f"{lemma} back people"  # "shipped 1,000 Indonesian workers back"
    if lemma == "ship" and moved is not None and moved.lemma_.lower() in _TRADED and not home:
        return Coding("COOPERATE", "061"), "ship commodity"  # "began shipping crude oil to China": trade, not a gift
    if lemma in ("fly", "ship", "truck") and not home:
        flown_in = [g for p in _preps(token, "in") for g in children_of(p) if g.dep_ == "pobj"]  # "flown in kits", as a phrase
        freight = [w for o in (moved, *flown_in) if o is not None for w in (o, *(c for c in children_of(o) if c.dep_ == "conj"))]
        if any(goods_named(w) for w in freight):
            return Coding("AID", "073"), f"{lemma} goods"  # "had flown in water purification kits and medical supplies"
    silent = any(c.dep_ in ("acomp", "oprd") and c.lower_ == "silent" for c in children_of(token))
    if lemma == "fall" and silent and doer in ("gun", "weapon", "artillery", "front", "fighting", "cannon"):
        return Coding("RETREAT", "0871", "ceasefire"), "guns fall silent"  # "guns fell silent along the front line"
    if lemma == "hand" and "over" in particles:
        sought_clause = next((c for c in children_of(token) if c.dep_ in ("ccomp", "conj", "advcl") and c.lemma_.lower() == "want"), None)
        handed_to_state = _to_a_state_police(token) or sought_clause is not None and any(
            _to_a_state_police(t) for t in sought_clause.subtree if t.pos_ in ("VERB", "NOUN"))  # "to" hung anywhere in it
        if handed_to_state and _wanted(sought_clause, moved):
            return Coding("COOPERATE", "063"), "hand over suspect"  # "handed over a suspected arms dealer to the United States"
    to_court = lemma in ("transfer", "surrender", "send", "fly") and person_like(moved) and any(
        t.dep_ == "pobj" and t.head.lower_ == "to" and t.lemma_.lower() in ("tribunal", "court") for t in token.subtree)
    if to_court:
        return Coding("COOPERATE", "063"), f"{lemma} to tribunal"  # "transferred a general indicted for war crimes to the tribunal"
    if lemma in ("deport", "expel", "surrender", "deliver") and moved is not None and _to_a_state_police(token):
        suspect = moved.lemma_.lower() in ("fugitive", "suspect") or any(
            c.lower_ in ("fugitive", "suspected", "wanted") for c in moved.lefts)
        if suspect:  # "deported the fugitive to Spain": handed to its police; "deported militants to southern
            return Coding("COOPERATE", "063"), f"{lemma} fugitive"  # Lebanon" is an expulsion (below, by the lexicon)
    if lemma == "strike" and (doer in _ARMED or subject is not None and subject.ent_type_ == "ORG") and _preps(token, "at", "against"):
        return Coding("ASSAULT", "190"), "strike at"  # "ETA vowed to strike again at tourist resorts"
    handed = [*children_of(token), *(g for c in children_of(token) if c.dep_ == "dative" for g in children_of(c))]
    span = next((c for c in handed if c.dep_ in ("dobj", "npadvmod", "dative") and c.lemma_.lower() in _SPANS), None)
    span = span or next(iter(_preps(token, "until")), None)  # "until midnight"
    told_to_leave = any(c.dep_ in ("xcomp", "advcl", "acl", "relcl") and c.lemma_.lower() == "leave"
                        for c in (*handed, *(children_of(span) if span is not None else ())))  # fmt: skip
    given = (held, *(c for c in handed if c.dep_ == "dative"))
    expelled = next(filter(None, (sent_away_code(w) for w in given if w is not None)), None)
    given_days = lemma == "give" and span is not None and told_to_leave
    left_country = given_days and expelled is None and any(
        g.dep_ == "dobj" and (g.lemma_.lower() == "country" or g.ent_type_ == "GPE")
        for c in (*handed, *(children_of(span) if span is not None else ())) if c.lemma_.lower() == "leave" for g in children_of(c))
    left_country = left_country and not any(t.lemma_.lower() == "face" for t in token.subtree)  # "... or face arrest": an ultimatum
    if given_days and (expelled is not None or left_country):
        return Coding("SANCTION", expelled or "166", "expel"), "give diplomats days to leave"  # "were given a week to leave Britain"
    if lemma == "declare" and any(t.lower_ == "grata" for t in token.subtree):
        return Coding("SANCTION", "166", "expel"), "declare persona non grata"  # "declared the attache persona non grata"
    if lemma == "give" and span is not None and any(
        c.dep_ in ("xcomp", "advcl", "acl", "relcl") and any(g.tag_ == "TO" for g in children_of(c)) for c in (*handed, *children_of(span))
    ):  # "gave the government 48 hours to open talks or face an assault": an ultimatum
        return Coding("THREATEN", "139"), "give deadline"
    if lemma in ("begin", "start", "launch", "conduct", "open", "hold") and moved is not None and moved.lemma_.lower() in _JOINT_WORK \
            and any(c.dep_ == "amod" and c.lower_ == "joint" for c in children_of(moved)):
        return Coding("COOPERATE", "060"), f"{lemma} joint work"  # "began joint inspections of cargo at the crossing"
    if lemma in _GATHERING and any(g.lemma_.lower() in ("conference", "session") for p in _preps(token, "for") for g in children_of(p)):
        return Coding("CONSULT", "040"), f"{lemma} for talks"
    sought = _MEETINGS | _VISITS if lemma == "cross" else _MEETINGS  # (an arrival for a trip is read with the place)
    purpose = next((g.lemma_.lower() for p in _preps(token, "for") for g in children_of(p) if g.lemma_.lower() in sought),
                   None) if lemma in _TRAVELLING | {"cross"} else None  # fmt: skip
    if purpose is not None:  # "went to Downing Street for discussions with", "crossed into Pakistan for a trip to Lahore"
        return Coding("CONSULT", "042", "visit"), f"{lemma} for {'visit' if purpose in _VISITS else 'talks'}"
    arriving = subject if lemma in ("reach", "arrive", "enter", "land", "fly") else None
    if arriving is not None and forces and protecting(token):
        return Coding("AID", "074"), "forces arrive to protect"  # "1,500 Ugandan troops flew in to protect"
    carriers = [*children_of(token), *(children_of(arriving) if arriving is not None else ())]  # "a plane carrying food landed"
    carrying = any(c.dep_ in ("advcl", "xcomp", "acl", "amod") and (c.lemma_.lower() == "carry" and any(
        g.dep_ == "dobj" and goods_named(g) for g in children_of(c)) or c.lower_ in ("loaded", "laden") and any(
        goods_named(g) for p in _preps(c, "with") for g in children_of(p))) for c in carriers)  # "laden with tents"
    if arriving is not None and carrying:  # "two transport planes landed in Colombo carrying tents and medicines"
        return Coding("AID", "073"), f"{lemma} carrying aid"
    if arriving is not None and doer in _RELIEF_CARRIERS:  # "a Red Cross convoy reached Srebrenica"
        return Coding("AID", "073"), f"{doer} {lemma}"
    if lemma in ("transfer", "send", "deliver", "surrender") and person_like(obj) and any(
        g.lemma_.lower() in _COURTS for p in _preps(token, "to") for g in children_of(p)
    ):  # "transferred the fugitive general to the war crimes tribunal"
        return Coding("COOPERATE", "063"), f"{lemma} person to court"
    if lemma == "hold" and person_like(held) and any(c.dep_ == "agent" for c in children_of(token)):
        return Coding("COERCE", "173", "arrest"), "hold person"  # "was held by police for several hours"
    left = [g for p in _preps(token, "from", "out", "of") for g in p.subtree if g.dep_ == "pobj"]
    if lemma in ("pull", "withdraw") and forces and _out_of_place(token):
        return Coding("RETREAT", "0872", "withdraw"), "forces pull out"  # "soldiers pulled out of the university campus"
    if lemma in ("throw", "kick") and out and any(w.lemma_.lower() in _BODIES_LEFT or w.ent_type_ == "ORG" and w.pos_ == "PROPN" for w in left):
        return Coding("SANCTION", "166", "expel"), f"{lemma} out of body"  # "Fiji was thrown out of the Commonwealth"
    or_face = lemma in ("tell", "instruct", "order") and any(
        t.lemma_.lower() == "face" and t.dep_ == "conj" and any(c.lower_ == "or" for c in children_of(t.head))
        for c in children_of(token) if c.dep_ == "xcomp" for t in c.subtree)  # fmt: skip
    if or_face:
        return Coding("THREATEN", "139"), f"{lemma} to or face"  # "told all foreigners to leave Algeria or face death"
    if lemma in ("tell", "instruct"):
        sent_away = expelled_coding(token, obj)
        own = obj is not None and any(c.dep_ == "poss" for c in children_of(obj))  # "told its citizens to leave": advice
        if sent_away is not None and (sent_away.type == "SANCTION" or not own):  # "told the UN mission to leave the
            return sent_away, "tell to leave"  # country", "told thousands of Egyptian workers to leave within 48 hours"
    if lemma in _LEAVING and any(w.lemma_.lower() in _BODIES_LEFT or w.ent_type_ == "ORG" and w.pos_ == "PROPN" and not _a_state(w)
                                 for w in (*left, *([moved] if moved is not None else []))):
        # "quit the OAU", "pulled out of the nuclear negotiations", "withdrew its observer mission from Syria"
        withdrawn = [w.lemma_.lower() for w in (*left, *([moved] if moved is not None else []))]
        cameo = "164" if {"talk", "negotiation", "dialogue"} & set(withdrawn) else "165" if "mediation" in withdrawn else (
            "1662" if {"observer", "monitor", "mission"} & set(withdrawn) else "161")
        return Coding("SANCTION", cameo, "withdraw"), f"{lemma} from body"
    if lemma == "evacuate" and moved is not None and (moved.lemma_.lower() in _POSTS or place_like(moved)) and forces:
        return Coding("RETREAT", "0872", "withdraw"), "forces evacuate post"  # "soldiers evacuated their last outposts"
    agent = _agent_of(token)  # who a passive verb's "by" names: "freed by special forces", "seized by guerrillas"
    if lemma in ("free", "release", "rescue") and agent is not None and agent.lemma_.lower() in RESCUERS:
        return Coding("AID", "070"), f"{lemma} captives by force"  # "were freed by Algerian special forces"
    crowd = doer in CROWDS or subject is not None and (subject.ent_type_ == "NORP" and subject.tag_ == "NNPS" or named is not subject)
    streets = any(g.lemma_.lower() in PUBLIC_PLACES or g.ent_type_ == "FAC" for p in _preps(token, "into", "onto", "through", "on")
                  for g in children_of(p) if g.dep_ == "pobj")  # fmt: skip
    if lemma in _FLOODING and crowd and not forces and streets:
        return Coding("PROTEST", "141", "demo"), f"{lemma} by crowd"  # "tens of thousands poured into Tahrir Square"
    warned_of = [g for c in children_of(token) if c.dep_ == "ccomp" and any(a.lower_ in ("could", "might", "may") for a in children_of(c))
                 for g in children_of(c) if g.dep_ == "nsubj"]  # fmt: skip
    if lemma == "warn" and warned_of and all(g.pos_ == "NOUN" and not person_like(g) and g.lemma_.lower() not in MOVED_FORCES
                                             and g.ent_type_ not in ("GPE", "ORG", "NORP") for g in warned_of):
        return NO_EVENT  # "warning that stocks could run out": a danger foretold, no threat anyone makes
    if lemma in ("press", "push", "forge") and ("ahead" in particles or any(c.lower_ in ("ahead", "on") and c.dep_ in ("advmod", "prt")
                                                                            or c.lower_ == "ahead" for c in children_of(token))):
        return NO_EVENT  # "pressed ahead with uranium enrichment": carrying on, nothing asked
    in_effect = lemma == "take" and obj is not None and obj.lemma_.lower() == "effect" or lemma in ("come", "enter") and any(
        g.lemma_.lower() in ("force", "effect") for p in _preps(token, "into") for g in children_of(p))
    truce = subject is not None and (doer in _TRUCES or any(c.lemma_.lower() in _TRUCES for c in subject.lefts))
    if in_effect and truce:
        return Coding("RETREAT", "0871", "ceasefire"), "ceasefire takes effect"  # "the truce came into force at midnight"
    if in_effect and doer in _PACTS:
        return Coding("COOPERATE", "061"), "pact takes effect"  # "a free trade pact between Chile and China took effect"
    if lemma == "break" and "up" in particles and obj is None:
        return NO_EVENT  # "the talks broke up after four hours", not "police broke up the rally"
    if lemma in ("assemble", "gather") and obj is not None and obj.dep_ == "dobj" and not person_like(obj) and not forces:
        return NO_EVENT  # "workers assembling kitchenware", "gathered their belongings"
    if lemma in ("mass", "gather", "converge") and crowd and not forces:
        return Coding("PROTEST", "141", "demo"), f"{lemma} by crowd"  # "tens of thousands of Egyptians massed in Tahrir"
    if lemma == "hold" and doer in ("ceasefire", "truce", "cease-fire"):
        return Coding("RETREAT", "0871", "ceasefire"), "ceasefire holds"  # "the IRA ceasefire held for a third day"
    if lemma == "set" and any(c.lower_ == "sail" for c in children_of(token)) and forces:
        return Coding("MOBILIZE", "154", "troops"), "forces set sail"  # "a naval task force of 40 warships set sail"
    given_to = [counted(c) or c for c in children_of(token) if c.dep_ in ("dative", "dobj")]
    given_to += [c for g in given_to if g.lemma_.lower() == "access" for c in children_of(g) if c.dep_ == "compound"]
    if lemma in ("grant", "give", "offer") and any(c.lemma_.lower() in MOVED_FORCES for c in given_to) and any(
        c.lemma_.lower() == "access" for c in children_of(token) if c.dep_ == "dobj"
    ):
        return Coding("COOPERATE", "062"), "access for forces"  # "granted U.S. forces access to its air base"
    informed = [g for p in _preps(token, "with") for g in children_of(p) if g.dep_ == "pobj"] + ([moved] if moved is not None else [])
    if lemma in ("provide", "supply", "give", "pass", "hand") and any(w.lemma_.lower() in _INFORMATION for w in informed):
        return Coding("COOPERATE", "064"), f"{lemma} information"  # "provided Turkish investigators with documents"
    if lemma in ("seize", "grab", "take") and (doer in _SEIZERS or agent is not None and agent.lemma_.lower() in _SEIZERS):
        taken = moved or held
        numbered = taken is not None and any(c.dep_ == "nummod" for c in children_of(taken))  # "five Western trekkers"
        if person_like(taken) or numbered:
            return Coding("ASSAULT", "181", "abduct"), f"{lemma} person by armed group"  # "tribesmen seized two tourists"
    if lemma == "kill" and moved is not None and moved.lemma_.lower() in _MEASURES_KILLED:
        return NO_EVENT  # "to kill the extension of the mission", "killed the bill"
    if lemma == "meet" and any(g.lemma_.lower() in _REACTIONS for p in _preps(token, "with") for g in children_of(p)):
        return NO_EVENT  # "the plan was met with a cautious reception", "met with fierce resistance"
    mustered = counted(obj) if lemma in ("muster", "amass") else None
    if lemma in ("muster", "amass") and not forces and (mustered is None or mustered.lemma_.lower() not in MOVED_FORCES):
        return NO_EVENT  # "mustered enough votes", "crowds far smaller than his camp had mustered", "amassed a fine"
    doing = next((c for c in children_of(token) if c.dep_ == "nsubj"), None) if lemma in DONE_BY_PARTIES else None
    if doing is not None and not a_party(doing):
        return NO_EVENT  # "all those lights allow the driver to", "ambient lighting offers 30 colours": no one acts
    if lemma == "yield" and obj is not None and (any(c.dep_ == "nummod" for c in children_of(obj)) or counted(obj) is not obj):
        return NO_EVENT  # "a search of the vehicle yielded nearly 30 grams of methamphetamine"
    if lemma == "return" and obj is not None and obj.dep_ == "dobj" and not _held_by_force(counted(obj) or obj) and (
            named is None or named.lower_ in ("you", "i", "we") or not a_party(named)):
        return NO_EVENT  # "you can return this TV to any store": nothing seized given back, and no party giving it
    if lemma == "go" and token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ == "on" and not any(
            t.lemma_.lower() in ("strike", "rampage", "hunger") for t in token.subtree):
        return NO_EVENT  # "expected to go on sale", "went on to win the award": no strike
    if lemma == "caution" and not any(c.dep_ == "dobj" and a_party(c) for c in children_of(token)) and any(
            c.dep_ == "ccomp" and not _vowed(c) for c in children_of(token)):
        return NO_EVENT  # "cautioned that the findings might cause": advice, no threat ("cautioned New Delhi that" is)
    charged = lemma == "defend" and any(g.lemma_.lower() in _CHARGES for p in _preps(token, "against") for g in children_of(p))
    if lemma == "defend" and obj is not None and obj.lemma_.lower() in _HOMELANDS and not charged:
        return NO_EVENT  # "ready to defend the homeland to the last drop of blood": resolve, no support given
    if lemma == "insist" and not _preps(token, "on", "upon"):
        return NO_EVENT  # "insisting the country is not subordinate": a claim; the demands are read as reported
    return None


_WILLING = frozenset({"would", "will", "shall", "could", "'ll"})  # what a party says it would or could do


def _vowed(clause: Token) -> bool:
    """"cautioned Beijing that Washington could revoke": what a party says it will do, not what may happen."""
    doer = next((c for c in children_of(clause) if c.dep_ == "nsubj"), None)
    return modal(clause) in _WILLING and doer is not None and a_party(doer)


# What is given back in a political event: people held, things seized, land taken, the dead.
_GIVEN_BACK = frozenset({"territory", "land", "island", "town", "city", "village", "region", "province", "area", "body",
                         "remains", "artefact", "artifact", "treasure", "property", "asset", "embassy", "control",
                         "sovereignty", "power", "weapon", "arm", "ambassador", "envoy", "diplomat", "refugee",
                         "national", "citizen", "migrant", "fugitive"})  # fmt: skip


_TAKEN_FROM = frozenset({"seize", "confiscate", "capture", "steal", "impound", "expropriate", "loot", "nationalise",
                         "nationalize", "take", "stolen", "seized", "confiscated"})  # fmt: skip  (adjectives keep their form)


def _held_by_force(thing: Token) -> bool:
    lemma = thing.lemma_.lower()
    if any(c.dep_ in ("acl", "amod") and c.lemma_.lower() in _TAKEN_FROM for c in children_of(thing)):
        return True  # "returned the confiscated printing presses", "synagogues seized under communism"
    return lemma in _GIVEN_BACK or lemma in SEIZED_GOODS or lemma in CAPTIVES or person_like(thing) or place_like(thing)


def _agent_of(verb: Token) -> Token | None:
    """Who a passive verb's "by" names, counted through ("by Algerian special forces")."""
    agent = next((g for c in children_of(verb) if c.dep_ == "agent" for g in children_of(c) if g.dep_ == "pobj"), None)
    return counted(agent) or agent


_GUARDING = frozenset({"guard", "escort", "defend"})
_KEEPING_ORDER = frozenset({"restore", "keep", "secure"})  # troops sent at home "to restore order" are mobilised
_PROTECTED = frozenset({"civilian", "refugee", "camp", "convoy", "population", "resident", "villager", "people", "foreigner",
                        "worker", "family", "displaced", "survivor"})  # fmt: skip


def protecting(token: Token) -> list[Token]:
    """What the forces a verb moves are sent to protect: "to protect civilians", "to guard refugee camps", "a force
    charged with protecting civilians"."""
    found = [p for p in purposes(token, PROTECTING) if p.lemma_.lower() not in _KEEPING_ORDER or _sent_to_a_named_place(token)]
    for guarding in purposes(token, _GUARDING):
        guarded = [counted(c) or c for c in children_of(guarding) if c.dep_ == "dobj"]
        if any(g.lemma_.lower() in _PROTECTED or any(m.lemma_.lower() in _PROTECTED for m in g.lefts) for g in guarded):
            found.append(guarding)
    found += [t for t in token.subtree if t.lemma_.lower() in PROTECTING and t.dep_ == "pcomp" and t.head.lower_ == "with"
              and t.head.head.lemma_.lower() in ("charge", "task", "mandate")]  # fmt: skip
    return found


def _sent_to_a_named_place(token: Token) -> bool:
    """Forces sent "to Dili" or landing "in East Timor", a place named, not "to the region"."""
    return any(t.ent_type_ in ("GPE", "LOC", "FAC") or t.pos_ == "PROPN" for c in children_of(token) if c.dep_ == "prep"
               and c.lower_ in ("to", "in", "into") for t in c.subtree)  # fmt: skip


def purposes(token: Token, kinds: frozenset[str]) -> list[Token]:
    """The "to" clauses below a verb whose verb is of these kinds, however deep the parser hangs them ("sent troops
    under a UN mandate to protect relief convoys")."""
    return [t for t in token.subtree if t.lemma_.lower() in kinds and t.dep_ in ("advcl", "xcomp", "acl", "relcl")
            and any(c.tag_ == "TO" for c in children_of(t))]  # fmt: skip


def _wanted(sought_clause: Token | None, moved: Token | None) -> bool:
    """Whether what is handed over is a person sought by the law: "a suspected arms dealer", or "two men wanted for
    the murder", which the parser may make a clause of its own (``sought_clause``)."""
    sought = False
    if moved is None and sought_clause is not None:
        moved, sought = next((g for g in children_of(sought_clause) if g.dep_ == "nsubj"), None), True
    if moved is None:
        return False
    sought = sought or any(c.lower_ in ("suspected", "wanted", "alleged", "accused") for c in moved.subtree)
    return sought and (person_like(moved) or moved.lemma_.lower() in _SOUGHT) or moved.lemma_.lower() in ("suspect", "fugitive")


def _to_a_state_police(token: Token) -> bool:
    """"to Spain", "to Spanish police": handed to a state or its police, not sent to a region ("to southern Lebanon")."""
    for prep in _preps(token, "to"):
        for target in (g for g in children_of(prep) if g.dep_ == "pobj"):
            if target.lemma_.lower() in _POLICE_SIDE:
                return True
            unmodified = not any(c.dep_ == "amod" for c in children_of(target))
            name = " ".join(t.text for t in target.subtree if t.dep_ != "det")  # "the United States"
            if unmodified and country_of_name(name) is not None:
                return True
    return False


def _a_state(token: Token) -> bool:
    """A country or its capital, though the model took it for an organisation: "withdrew its troops from Mozambique"."""
    return country_of_name(token.text) is not None or capital_country(token.text) is not None


def _let_go(token: Token, lemma: str) -> bool:
    """Whether people are let go: "let go four police officers" (however the parser joins "let" and "go"), "let
    the two engineers go"."""
    doc = token.doc
    if lemma == "go":
        if not any(c.dep_ == "aux" and c.lemma_.lower() == "let" for c in children_of(token)):
            return False
        after = token.i + 1
    else:
        went = next((c for c in children_of(token) if c.dep_ in ("ccomp", "xcomp") and c.lemma_.lower() == "go"), None)
        if went is None:
            return False
        if went.i != token.i + 1:  # "let the two engineers go": the one let go is the clause's subject
            return any(c.dep_ == "nsubj" and person_like(counted(c) or c) for c in children_of(went))
        after = went.i + 1
    end = min(len(doc), after + 8, token.sent.end)
    first = next((t for t in doc[after:end] if t.pos_ in ("NOUN", "PROPN", "PRON") or t.is_punct), None)
    if first is None or first.is_punct:
        return False
    while first.dep_ in ("compound", "amod") and first.head.i > first.i:  # "12 South Korean church volunteers"
        first = first.head
    return person_like(counted(first) or first)


def _forces_sent(token: Token, lemma: str, obj: Token | None) -> tuple[Coding, str] | None:
    """Forces brought, drafted or ordered somewhere: "drafted in thousands of riot policemen", "brought tanks up to
    the outskirts", "ordered ten battalions to the border", "ordered its reservists to report to their units"."""
    children = children_of(token)
    if lemma in ("bring", "draft"):
        brought = counted(obj if obj is not None else next(
            (g for c in children if c.dep_ == "prep" and c.lower_ == "in" for g in children_of(c) if g.dep_ == "pobj"), None))
        moving = any(c.dep_ in ("prep", "prt", "advmod") and c.lower_ in ("in", "into", "up", "to") for c in children)
        if brought is None or not moving or not (lemma_key(brought) in RESCUERS or police_forces(brought)):
            return None  # not "brought the rebels to the table"
        police = police_forces(brought)
        if any(t.dep_ == "pobj" and t.lemma_.lower() in READINESS for t in token.subtree):
            return Coding("MOBILIZE", "152", "troops"), f"{lemma} in forces"  # "brought to full combat readiness"
        return Coding("MOBILIZE", "153" if police else "154", "police" if police else "troops"), f"{lemma} in forces"
    reporting = [c for c in children if c.dep_ == "xcomp" and c.pos_ != "NOUN"]
    if not all(c.lemma_.lower() == "report" for c in reporting):
        return None  # "ordered the troops to fire": the order is of what they are to do
    moved = counted(next((c for c in children if c.dep_ in ("nsubjpass", "dobj")), None))
    toward = any(c.dep_ == "prep" and c.lower_ in ("to", "into", "onto", "toward", "towards") for c in children)
    toward = toward or any(c.dep_ == "xcomp" and c.pos_ == "NOUN" for c in children)  # "to waters off Korea", read as a verb
    if moved is not None and named_forces(moved) and (reporting or toward):  # (the aircraft carrier Independence)
        return Coding("MOBILIZE", "154", "troops"), "forces ordered to"
    return None
