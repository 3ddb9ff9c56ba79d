"""Code one article's events, sentence by sentence, from its parse and the records of the earlier stages.

In each sentence the coder finds the triggers (:mod:`dateline.events.triggers`), lets a frame take the event it
frames ("agreed to cooperate" is one AGREE) and a reporting verb the modal it governs ("said Libya must hand over"
is a REQUEST by the speaker), reads the participants off the parse (:mod:`dateline.events.arguments`) and codes
them as actors (:mod:`dateline.events.actors`), then dates and places the event and says whether it happened;
:mod:`dateline.events.main_events` keeps the events the sentence tells, not those it names in passing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from dateline.events.arguments import Participants, governing_subject, named_head, noun_participants, phrase_span, verb_participants
from dateline.events.candidates import coding_candidates, parse_depth
from dateline.events.coded import VERBAL, Coded
from dateline.events.framing import framed, intent, refusal
from dateline.events.lexicon import Coding, TriggerLexicon, trigger_lexicon
from dateline.events.main_events import (
    WREAKING,
    charged_with,
    circumstance_of,
    dated_setting,
    main_events,
    not_ruled_out,
    one_attack,
    prevented,
    raids_that_killed,
    rescues,
    yielded,
)
from dateline.events.modality import hypothetical, modal, negated
from dateline.events.parties_moved import expelled_coding
from dateline.events.token_kinds import (
    DONE_BY_PARTIES,
    a_party,
    children_of,
    done_together,
    misparsed_verb,
    not_acting,
    person_like,
    place_like,
    prep_objects,
    reported_speaker,
)
from dateline.events.triggers import (
    Hit,
    light_hit,
    noun_hit,
    state_hit,
    verb_hit,
)
from dateline.events.word_classes import PATIENT_SUBJECT
from dateline.places.countries import country_of_name

Token = Any  # spaCy's Token

_FUTURE = frozenset({"will", "would", "shall", "'ll", "wo"})
_OBLIGATION = frozenset({"must", "should"})
_COMPLEMENTS = ("xcomp", "ccomp")
_CONTENT_PREPS = frozenset({"for", "to", "on"})
_TAKING_PART = frozenset({"at"})
# Frames only with a clause or "to": "undertook to freeze", "committed to holding talks"; not "undertook a mission",
# "committed atrocities".
_CLAUSE_FRAMES = frozenset({"undertake", "commit"})
_GATHERING = frozenset({"gather", "assemble", "be", "stay", "remain"})  # "gathered for talks", "was in Havana for talks"
_COMMERCE = frozenset({"buy", "acquire", "purchase", "sell", "merge", "invest", "list", "license", "licence"})
_KEY_PREPOSITIONS = frozenset({"in", "to", "at", "with", "on", "into"})


def code_doc(doc: Any, lexicon: TriggerLexicon | None = None) -> list[Coded]:
    """Every event the sentences of ``doc`` code, in text order."""
    lexicon = lexicon or trigger_lexicon()
    found: list[Coded] = []
    for sentence in doc.sents:
        found.extend(code_sentence(sentence, lexicon))
    return found


def code_sentence(sentence: Any, lexicon: TriggerLexicon) -> list[Coded]:
    taken: set[int] = set()  # tokens a frame, a light verb or a reporting verb has already coded
    found: list[Coded] = []
    # Heads before their dependents: a frame must see its complement before the complement is coded alone.
    candidates, may_date = coding_candidates(sentence, lexicon)  # most sentences date nothing from another event
    for token in _top_down(candidates):
        if token.i in taken:
            continue
        coded = _code_token(token, sentence, lexicon, taken)
        if coded is not None and may_date and dated_setting(token):
            continue  # (what a dated setting would frame is the sentence's own event: "X granted asylum, the ministry
            # said, days after Bucharest demanded her return", when the parser makes the demand the root)
        if coded is not None:
            taken.add(coded.hit.token.i)
            taken.update(coded.consumed)
            found.append(coded)
    found = main_events(found)
    seen: set[tuple[int, str]] = set()
    once = []
    for coded in found:  # "went on an indefinite strike": the verb's key and the state it names tell one strike
        if (coded.anchor.i, coded.coding.type) not in seen:
            seen.add((coded.anchor.i, coded.coding.type))
            once.append(coded)
    found = once
    found = [coded for coded in found if not circumstance_of(coded, found) and not charged_with(coded) and not prevented(coded)]
    found = not_ruled_out(one_attack(rescues(raids_that_killed(yielded(found, candidates)))))
    for coded in found:
        if not coded.participants.recipients:
            coded.participants.recipients = _named_party(coded)
        coded.participants.actors = [_reporter(token, lexicon) or token for token in coded.participants.actors]
    found.sort(key=lambda c: c.trigger)
    return found


_DONE_TO = frozenset({"COERCE", "ASSAULT", "RETREAT", "SANCTION"})


_PRONOUNS = frozenset({"he", "she", "it", "they"})  # "we" and "I" in a quote are its speaker: the quotes stage says who
def _reporter(token: Token, lexicon: TriggerLexicon) -> Token | None:
    """The speaker a third-person pronoun subject stands for in reported speech."""
    return reported_speaker(token, lexicon.report) if token.lower_ in _PRONOUNS else None


def _top_down(candidates: list[Token]) -> list[Token]:
    """The words that may code, every head before its dependents: by depth in the parse, then in text order (only
    the candidates are ordered, so the walk costs a few heads per trigger word, not the whole tree)."""

    return sorted(candidates, key=lambda token: (parse_depth(token), token.i))


def _code_token(token: Token, sentence: Any, lexicon: TriggerLexicon, taken: set[int]) -> Coded | None:
    if token.pos_ in ("VERB", "ADJ", "AUX"):
        if token.pos_ != "ADJ":
            reported = _reported(token, sentence, lexicon, taken)
            if reported is not None:
                return reported
        modifier = token.dep_ in ("amod", "compound", "dobj", "nsubj", "nsubjpass", "pobj") and not misparsed_verb(token)
        if modifier and token.pos_ == "VERB":
            return None  # "alleged crimes", "the Israeli-occupied West Bank"
        if modifier and token.dep_ == "amod" and token.tag_ in ("VBN", "VBD"):
            return None  # "sixty rejected asylum seekers were deported": a participle describing, no rejection
        told_visitors = token.dep_ == "xcomp" and token.head.lemma_.lower() in lexicon.report
        if token.lower_ == "visiting" and (told_visitors or not any(c.dep_ == "dobj" for c in children_of(token))):
            return None  # "told visiting U.S. senators": who visits is named by it, the visit told elsewhere
        particle = any(child.dep_ == "prt" for child in children_of(token))
        fixed = None  # a frame verb's own key with its object, read before the frame: "refusing food"
        if token.pos_ == "VERB" and token.lemma_.lower() in lexicon.frames:
            objects = {f"{token.lemma_.lower()} {c.lemma_.lower()}" for c in children_of(token) if c.dep_ == "dobj"}
            fixed = verb_hit(token, lexicon) if objects & lexicon.verbs.keys() else None
            if fixed is not None and fixed.key in objects:
                return _verb_event(fixed, sentence, rule=f"verb:{fixed.key}")  # a hunger strike, not a refusal
        clause_only = token.lemma_.lower() in _CLAUSE_FRAMES and not any(
            c.dep_ == "xcomp" or c.dep_ == "prep" and c.lower_ == "to" or c.dep_ == "advcl" and any(a.tag_ == "TO" for a in children_of(c))
            for c in children_of(token)
        )
        if not particle and not clause_only and (token.lemma_.lower() in lexicon.frames or token.lower_ in lexicon.frames):
            if token.lemma_.lower() in lexicon.report and any(_told_as_done(c) for c in children_of(token)):
                # "Mauritania has not sent troops, the minister insisted": a report of what was done, which is
                # coded where it stands; the reporting verb demands nothing
                return None
            framed_event = _framed(token, sentence, lexicon, taken)
            if framed_event is not None:
                return framed_event
        if token.pos_ == "ADJ":
            return None
        hit = fixed or verb_hit(token, lexicon)
        light = light_hit(token, lexicon)
        specific = light is not None and (" of " in light.key or " on " in light.key)  # "imposed a ban on imports"
        if light is not None and light.token.i not in taken and (hit is None or " " not in hit.key or specific):
            participants = noun_participants(light.token, light.coding.type, light=token)
            if light.token.dep_ == "nsubj":
                participants = Participants([t for t in participants.actors if t.i != light.token.i], participants.recipients)
            together = light.coding.type in ("MOBILIZE", "COERCE") and any(
                c.lower_ in ("together", "jointly") for c in (*children_of(token), *children_of(light.token)))
            together = together or _joint_exercise(light.coding, light.token.lemma_.lower(), token)
            if together:  # "the two navies carried out drills together"
                light = Hit(light.token, Coding("COOPERATE", "062"), f"{light.key} together", light=light.light)
            coded = _event(light, sentence, participants=participants, anchor=token, rule=f"light:{light.key}",
                           trigger=_span(token, light.token))  # fmt: skip
            return _as_intent(coded, light.coding, token)
        if done_together(token) and (hit is None and token.lemma_.lower() in _DONE_JOINTLY or hit is not None and hit.coding.type in ("AID", "MOBILIZE")):
            hit = Hit(token, Coding("COOPERATE", "062"), f"{token.lemma_.lower()} together")  # "Ukrainian and Polish soldiers trained together"
        if hit is not None and _joint_exercise(hit.coding, hit.key.split()[-1], token):
            hit = Hit(hit.token, Coding("COOPERATE", "062"), f"{hit.key} together")  # "Moroccan and US troops took part in war games"
        if hit is not None:
            return _verb_event(hit, sentence, rule=f"verb:{hit.key}")
        return None
    hit = state_hit(token, lexicon) or noun_hit(token, lexicon)  # "have been on hunger strike": a state held
    if hit is None or _feared(token):
        return None
    if hit.key.startswith("on "):  # "on hunger strike"
        holder = token.head.head
        participants = verb_participants(holder, hit.coding.type)
        return _event(hit, sentence, participants=participants, anchor=holder, rule=f"state:{hit.key}",
                      trigger=_span(token.head, token))  # fmt: skip
    if hit.key.startswith(("behind ", "in ", "into ")):
        holder = token.head.head
        participants = verb_participants(holder, "COERCE")
        participants = Participants([], participants.actors + participants.recipients)
        return _event(hit, sentence, participants=participants, anchor=holder, rule=f"state:{hit.key}",
                      trigger=_span(token.head, token))  # fmt: skip
    if any(c.lower_ == "such" and c.dep_ in ("amod", "predet", "det") for c in children_of(token)):
        return None  # "the largest such protest in a decade": the event told already, named again
    head = token.head
    if token.dep_ in ("dobj", "nsubjpass", "attr") and head.lemma_.lower() in lexicon.light:
        return None  # its light verb codes it, or decided it is no event
    participants = noun_participants(token, hit.coding.type)
    in_protest = hit.coding.type == "PROTEST" and head.lower_ == "in" and token.lemma_.lower() == "protest"
    joint = hit.key.startswith("joint ") and head.lower_ in ("in", "during")  # "seized the drugs in a joint operation"
    gathered = head.lower_ == "for" and head.head.lemma_.lower() in _GATHERING and hit.coding.type == "CONSULT"
    gathered = gathered or head.lower_ == "on" and hit.coding.mode == "visit"  # "is due in Buenos Aires on a visit"
    taking_part = head.lower_ in _TAKING_PART or in_protest or joint or gathered
    if taking_part and head.head.pos_ == "VERB":  # "detained hundreds at rallies": the police took no part in them
        done_there = verb_hit(head.head, lexicon)
        taking_part = done_there is None or done_there.coding.type not in ("COERCE", "ASSAULT")
    if not participants.actors and token.dep_ == "pobj" and taking_part and (head.head.pos_ == "VERB" or gathered):
        # "banged pots in protest at the government": who did it, protested.
        # "Pompeo, speaking at a joint news conference with Lavrov": who speaks there takes part.
        participants.actors = verb_participants(head.head, hit.coding.type).actors
    targeted = any(c.dep_ == "prep" and c.lower_ in ("on", "against") for c in children_of(token))
    # "The arrest of the opposition leader set off a wave of anger": an event the sentence is about.
    told = token.dep_ in ("nsubj", "nsubjpass", "ROOT") and hit.coding.type in _DONE_TO
    if token.dep_ == "nsubj" and hit.coding.type == "ASSAULT" and head.lemma_.lower() in WREAKING:
        # "a suicide bombing killed 12 people": the attack is told, and whom its verb names it struck
        participants.recipients += [r for r in verb_participants(head, "ASSAULT").recipients if r not in participants.recipients]
    if hit.coding.type in VERBAL and not any(c.dep_ in ("poss",) or c.dep_ == "prep" and c.lower_ in ("by", "from", "between")
                                              for c in children_of(token)):  # fmt: skip
        participants.actors = []  # "Chinese demand", "US pressure": a noun of speech needs its speaker named
    if hit.coding.mode == "investigate" and token.dep_ == "nsubj" and not participants.actors:
        participants.actors = [token]  # "a parliamentary inquiry began hearing witnesses": the inquiry acts
    if not participants.actors and not (participants.recipients and (targeted or told)):
        return None  # "after the talks", "demand from China": a reference or another sense, not a telling
    return _event(hit, sentence, participants=participants, anchor=token, rule=f"noun:{hit.key}",
                  trigger=(token.idx, token.idx + len(token.text)), nominal=True)  # fmt: skip


_DONE_JOINTLY = frozenset({"train", "drill", "exercise", "patrol", "escort", "inspect"})


_FEARS = frozenset({"fear", "risk", "danger", "prospect", "spectre", "specter", "possibility", "likelihood"})


def _feared(noun: Token) -> bool:
    """"Amid fears of an offensive", "as fears grew of a renewed offensive": what is feared has not happened."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return False
    above = noun.head.head
    return above.lemma_.lower() in _FEARS or any(c.dep_ == "nsubj" and c.lemma_.lower() in _FEARS for c in children_of(above))


def _verb_event(hit: Hit, sentence: Any, *, rule: str) -> Coded:
    token = hit.token
    participants = verb_participants(token, hit.coding.type)
    if hit.key in PATIENT_SUBJECT:
        participants = Participants([], participants.actors + participants.recipients)
    elif hit.coding.type == "MOBILIZE" and not participants.actors and participants.recipients:
        # "Our forces have been placed on alert": whose forces are mobilised acts.
        participants = Participants(participants.recipients[:1], participants.recipients[1:])
    key_words = set(hit.key.split()[1:])
    participants.recipients = [t for t in participants.recipients if t.lemma_.lower() not in key_words]
    for word in key_words & _KEY_PREPOSITIONS:  # "arrived in Amman", "travelled to Moscow"
        participants.recipients += [g for c in children_of(token) if c.dep_ == "prep" and c.lower_ == word
                                    for g in children_of(c) if g.dep_ == "pobj" and g not in participants.recipients
                                    and g.lemma_.lower() not in key_words]  # fmt: skip
    coded = _event(hit, sentence, participants=participants, anchor=token, rule=rule, trigger=_span(token, token))
    if hit.key.endswith(" from body"):  # "pulled out of its mediation": the mediation left is no mediation told
        coded.consumed = {t.i for c in children_of(token) if c.dep_ == "prep" and c.lower_ in ("out", "of", "from") for t in c.subtree}
    return _as_intent(coded, hit.coding, token)


def _as_intent(coded: Coded, coding: Coding, verb: Token) -> Coded:
    """A future act stated is an intent: to cooperate, an agreement; to hurt, a threat; "would not allow", a
    refusal; a retreat announced, a concession."""
    mood = modal(verb)
    if mood in _FUTURE or (coded.hypothetical and coding.conflict and mood is not None):
        coded.coding = refusal(coding) if coded.negated else intent(coding)
        coded.negated = False
        coded.hypothetical = True
        coded.rule = f"intent:{coded.hit.key}"
    return coded


def _subjunctive(clause: Token) -> bool:
    """Whether a "that" clause is in the subjunctive, as demands are: "that the constitution be amended"."""
    base = clause.tag_ == "VB" or any(c.dep_ == "auxpass" and c.tag_ == "VB" for c in children_of(clause))
    return clause.dep_ == "ccomp" and base and not any(c.dep_ == "aux" for c in children_of(clause)) and any(
        c.dep_ in ("nsubj", "nsubjpass") for c in children_of(clause))


def _reported(verb: Token, sentence: Any, lexicon: TriggerLexicon, taken: set[int]) -> Coded | None:
    """"X said Y must do Z": a REQUEST by X of Y. Other reported events are coded where they stand."""
    if verb.lemma_.lower() not in lexicon.report:
        return None
    told = _told_to(verb, sentence, lexicon, taken)
    if told is not None:
        return told
    for child in children_of(verb):
        if child.dep_ != "ccomp" or child.i in taken:
            continue
        must = next((c for c in children_of(child) if c.dep_ == "aux" and c.lower_ in _OBLIGATION), None)
        if must is None and verb.lemma_.lower() == "insist" and _subjunctive(child):
            must = child  # "insisted that the constitution be amended before the election": a demand
        if must is None:
            continue
        content = _content_coding(child, lexicon)
        coding = framed("REQUEST", content.coding if content else None)
        hit = Hit(child, coding, f"{verb.lemma_.lower()} that must")
        subject = next((c for c in children_of(child) if c.dep_ in ("nsubj", "nsubjpass")), None)
        actors = verb_participants(verb, "REQUEST").actors
        recipients = [subject] if subject is not None else []
        if content is not None:
            recipients += [t for t in content.recipients if t not in recipients]
        coded = _event(hit, sentence, participants=Participants(actors, recipients), anchor=child,
                       rule=f"report:{verb.lemma_.lower()}+{must.lower_}", trigger=_span(must, child))  # fmt: skip
        coded.negated = negated(child) or negated(verb)
        coded.hypothetical = False
        coded.consumed = {t.i for t in child.subtree}
        return coded
    return None


def _told_to(verb: Token, sentence: Any, lexicon: TriggerLexicon, taken: set[int]) -> Coded | None:
    """"The general told the rebels to lay down their arms": a demand of the party told, not their disarming; "told
    them to surrender or face an assault" is left to the threat it makes."""
    if verb.lemma_.lower() != "tell":
        return None
    party = next((c for c in children_of(verb) if c.dep_ == "dobj"), None)
    clause = next((c for c in children_of(verb) if c.dep_ in ("xcomp", "ccomp") and c.i not in taken
                   and any(a.tag_ == "TO" for a in children_of(c))), None)  # fmt: skip
    if party is None or clause is None or not (person_like(party) or place_like(party) or party.ent_type_ in ("ORG", "GPE", "NORP")):
        return None
    if any(c.dep_ == "conj" and c.lemma_.lower() == "face" for c in children_of(clause)):
        return None
    sent_away = expelled_coding(verb, party)  # "told Belarusian envoys to leave": an expulsion
    foreigners = any(c.ent_type_ == "NORP" or c.lower_ == "foreign" for c in party.lefts) and not any(c.dep_ == "poss" for c in party.lefts)
    if sent_away is not None and sent_away.type == "COERCE" and not foreigners:
        return None  # "the embassy told its citizens to leave the country": advice, no deportation
    if sent_away is not None:
        hit = Hit(verb, sent_away, "tell to leave")
    else:
        content = _content_coding(clause, lexicon)
        if content is None:
            return None  # "told reporters to expect a long night"
        hit = Hit(verb, framed("REQUEST", content.coding), f"tell to>{content.key}")
    participants = Participants(verb_participants(verb, "REQUEST").actors, [party])
    coded = _event(hit, sentence, participants=participants, anchor=verb, rule=f"frame:{hit.key}", trigger=_span(verb, clause))
    coded.consumed = {t.i for t in clause.subtree}
    return coded


_VOTED = frozenset({"SANCTION", "SUPPORT", "ACCUSE", "REJECT"})
_TO_CLAUSE_FRAMES = frozenset({"undertake", "agree", "pledge", "promise", "vow", "threaten", "refuse", "decline", "commit",
                               "offer", "intend", "swear"})
_FOUGHT_OFF = frozenset({"provocation", "attack", "war", "battle", "fight", "eventuality", "confrontation", "aggression",
                         "invasion", "anything", "combat", "assault", "onslaught", "defend", "resist", "die"})
_REFLEXIVES = frozenset({"themselves", "itself", "himself", "herself"})
_EXERCISES = frozenset({"exercise", "manoeuvre", "maneuver", "drill", "game", "wargame"})


def _joint_exercise(coding: Coding, exercise: str, verb: Token) -> bool:
    """Whether a mobilisation is an exercise whose verb's subject names two nations or more ("Russian and Chinese
    warships wrapped up naval manoeuvres", "air forces from Brazil and Peru staged drills"): a joint one."""
    if coding.type != "MOBILIZE" or exercise not in _EXERCISES:
        return False
    subject = governing_subject(verb)
    if subject is None:
        return False
    end = min(subject.right_edge.i + 1, verb.i)
    nations = {e.text.lower() for e in verb.doc.ents if e.label_ in ("NORP", "GPE") and subject.left_edge.i <= e.start and e.end <= end}
    return len(nations) > 1


@dataclass(slots=True)
class _Content:
    token: Token
    coding: Coding
    recipients: list[Token]
    key: str
    actors: list[Token] = field(default_factory=list)  # a framed noun's own parties: "dialogue between A and B"


def _content_coding(token: Token, lexicon: TriggerLexicon) -> _Content | None:
    """What the event a frame or a reporting verb governs would code on its own."""
    if token.lower_ == "visiting" and not any(c.dep_ == "dobj" for c in children_of(token)):
        return None  # "told visiting senators": a modifier the parser made a complement
    if token.pos_ in ("VERB", "AUX"):
        light = light_hit(token, lexicon)
        if light is not None:
            participants = noun_participants(light.token, light.coding.type, light=token)
            return _Content(light.token, light.coding, participants.recipients, light.key)
        hit = verb_hit(token, lexicon)
        if hit is not None:
            participants = verb_participants(token, hit.coding.type)
            return _Content(token, hit.coding, participants.recipients, hit.key)
        # "agreed to undertake joint exercises", "decided to approve a plan": one level further down.
        for child in children_of(token):
            if child.dep_ in _COMPLEMENTS and child.pos_ == "VERB":
                return _content_coding(child, lexicon)
        return None
    hit = noun_hit(token, lexicon)
    if hit is None and token.ent_type_ == "MONEY":  # "approved $400 million in military assistance": the aid
        named = next((g for holder in (token, token.head) for _prep, g in prep_objects(holder, ("in",))), None)
        return None if named is None else _content_coding(named, lexicon)
    if hit is None:
        return None
    participants = noun_participants(token, hit.coding.type)
    return _Content(token, hit.coding, participants.recipients, hit.key, participants.actors)


_PROMISES = frozenset({"pledge", "promise", "vow"})


def _framed(frame: Token, sentence: Any, lexicon: TriggerLexicon, taken: set[int]) -> Coded | None:
    """A frame and the event it frames: "agreed to lift the embargo", "threatened to shell", "refused to meet"."""
    kind = lexicon.frames.get(frame.lemma_.lower()) or lexicon.frames.get(frame.lower_)
    if frame.lemma_.lower() == "call" and any(c.dep_ == "dobj" and c.lower_ in _REFLEXIVES for c in children_of(frame)):
        return None  # "hackers calling themselves the Cyber Army": a name taken, nothing asked
    subject = governing_subject(frame)
    if subject is not None and (not_acting(subject) or frame.lemma_.lower() in DONE_BY_PARTIES and not a_party(subject)):
        return None  # "a cyclone threatened to hit the coast", "the cabin lighting offers 30 colours"
    target, content = None, None
    for candidate in _frame_targets(frame):
        target = target or candidate
        if candidate.i not in taken:
            content = _content_coding(candidate, lexicon)
            if content is not None:
                target = candidate
                break
    if content is None and target is not None and target.lemma_.lower() in _COMMERCE:
        return None  # "agreed to buy a battery maker": a deal of business, not of politics
    if content is None and kind == "REQUEST" and target is not None and _subjunctive(target):  # "demanded that he be tried"
        hit = Hit(frame, Coding("REQUEST", "100"), f"{frame.lemma_.lower()} that")
        return _event(hit, sentence, participants=verb_participants(frame, "REQUEST"), anchor=frame, rule=f"frame:{hit.key}",
                      trigger=_span(frame, frame))  # fmt: skip
    if content is None:
        # A pledge or a promise of what the lexicon can't name is still an agreement; a plan is not yet one; what
        # is ignored is rejected only if it was asked or warned ("ignored the calls", not "ignored the noise").
        if target is None or kind == "REQUEST" or frame.lemma_.lower() == "ignore" or kind == "intent" and frame.pos_ != "ADJ" and frame.lemma_ not in _PROMISES:
            return None  # the frame verb alone codes as a plain verb, if the lexicon has it
        if frame.pos_ == "ADJ" and target.lemma_.lower() in _FOUGHT_OFF:
            return None  # "our units are ready for any provocation": readiness, no undertaking
        # "agreed to postpone the march", "is ready to contribute troops": an agreement, of what the lexicon can't say.
        hit = Hit(frame, Coding("AGREE", "030") if kind in ("AGREE", "intent") else framed(kind or "AGREE", None), frame.lemma_.lower())
        conditioned = next((t.lower_ for t in frame.subtree if t.dep_ == "mark" and t.lower_ in ("unless", "if")), None)
        if frame.lemma_.lower() in ("vow", "swear") and conditioned is not None:  # "vowed to ... unless": an ultimatum;
            hit = Hit(frame, Coding("THREATEN", "130"), f"{frame.lemma_.lower()} {conditioned}")  # "... if they attack": a threat
        participants = verb_participants(frame, hit.coding.type)
        coded = _event(hit, sentence, participants=participants, anchor=frame, rule=f"frame:{hit.key}", trigger=_span(frame, frame))
        coded.consumed = {t.i for t in target.subtree}
        coded.hypothetical = coded.hypothetical or kind == "intent"
        if coded.negated and coded.coding.type == "AGREE" and modal(frame) in _FUTURE:
            coded.coding, coded.negated = Coding("REJECT", "120"), False  # "we will never accept foreign troops"
        return coded
    called = frame.lemma_.lower() == "call" and content.token.pos_ == "NOUN" and content.coding.type == "PROTEST"
    if called:  # "called a general strike": organised it; "said it would call a strike unless": a threat of one
        coding, unreal = (intent(content.coding), True) if modal(frame) in _FUTURE else (content.coding, False)
    elif frame.lemma_.lower() == "offer" and content.token.pos_ == "NOUN" and content.coding.cameo.startswith("05"):
        coding, unreal = content.coding, False  # "offered his apology", "offered its support": given in the offering
    elif kind == "intent" and frame.lemma_.lower() == "vote" and content.coding.type in _VOTED and modal(frame) not in _FUTURE:
        coding, unreal = content.coding, False  # "the OAS voted to slap an embargo on Haiti": a body's vote imposes it,
        # and "voted to back the reform programme" gives the backing
    elif kind == "intent":
        coding, unreal = intent(content.coding), True
    elif kind == "AGREE" and content.coding.type == "REQUEST" and content.token.pos_ == "NOUN":
        coding, unreal = Coding("CONCEDE", "083"), False  # "agreed to the opposition's demand": acceding to it
    elif frame.lemma_.lower() == "approve" and content.coding.type in ("AID", "COOPERATE", "CONCEDE") and content.token.pos_ == "NOUN":
        coding, unreal = content.coding, False  # "the IMF approved a loan for Ecuador", "the extradition was approved",
        # "parliament approved an amnesty for the guerrillas"
    elif kind == "AGREE" and (content.coding.conflict or content.coding.type == "CONCEDE"):
        # "agreed to lift the ban": CAMEO's intent to yield (0351), an AGREE; "agreed to impose sanctions": a threat
        coding, unreal = intent(content.coding), False
    else:
        coding, unreal = framed(kind or "AGREE", content.coding), False
    hit = Hit(frame, coding, f"{frame.lemma_.lower()}>{content.key}")
    participants = verb_participants(content.token if content.token.pos_ == "VERB" else frame, coding.type, frame=frame)
    told = [c for c in children_of(content.token) if c.dep_ == "nsubj"] if content.token.dep_ == "advcl" else []
    for token in content.recipients + content.actors + told:  # told: "called for the minister to resign"
        if token not in participants.recipients and token not in participants.actors:
            participants.recipients.append(token)
    coded = _event(hit, sentence, participants=participants, anchor=frame, rule=f"frame:{hit.key}",
                   trigger=_span(frame, content.token))  # fmt: skip
    coded.consumed = {t.i for t in (target or content.token).subtree} | {content.token.i}
    coded.hypothetical = unreal or coded.hypothetical
    if kind == "intent" and negated(content.token):
        coded.coding = refusal(content.coding)
    if frame.lemma_.lower() == "hesitate":  # "would not hesitate to declare a state of emergency": an intent to do it;
        coded.negated = not negated(frame)  # "hesitated to send troops": nothing done, nor undertaken
    return coded


def _told_as_done(clause: Token) -> bool:
    """Whether a clause tells what was done ("has not sent", "sent") rather than what is to be ("withdraw")."""
    if clause.dep_ != "ccomp" or clause.pos_ not in ("VERB", "AUX"):
        return False
    return clause.tag_ in ("VBD", "VBN") or any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in children_of(clause))


def _frame_targets(frame: Token) -> list[Token]:
    """What a frame may frame, most likely first: its complement clause, its object, "to"/"for" phrases."""
    found = [c for c in children_of(frame) if c.dep_ in _COMPLEMENTS and c.pos_ in ("VERB", "AUX")]
    # "undertook on Tuesday to respect the ceasefire": the parser may read the complement as a purpose clause
    # (not when the frame has an object: "offered military help to fight the insurgents" offers the help)
    found += [c for c in children_of(frame) if c.dep_ == "advcl" and c.tag_ == "VB" and c.i > frame.i and frame.pos_ == "VERB"
              and any(a.tag_ == "TO" for a in children_of(c)) and frame.lemma_.lower() in _TO_CLAUSE_FRAMES
              and not any(d.dep_ == "dobj" and d.pos_ == "NOUN" for d in children_of(frame))]
    found += [v for p in children_of(frame) if p.dep_ == "prep" and p.lower_ == "in" and frame.lemma_.lower() in _TO_CLAUSE_FRAMES
              for g in children_of(p) if g.dep_ == "pobj" for v in children_of(g)
              if v.dep_ == "acl" and v.tag_ == "VB" and any(a.tag_ == "TO" for a in children_of(v))]  # "vowed in a statement to strike"
    found += [c for c in children_of(frame) if c.dep_ == "dobj" and (c.pos_ in ("NOUN", "PROPN") or c.ent_type_ == "MONEY")]
    # "a ceasefire was agreed by the clans", "a loan was approved for Egypt": the passive subject is what is framed
    found += [c for c in children_of(frame) if c.dep_ == "nsubjpass" and c.pos_ == "NOUN"]
    for child in children_of(frame):
        if child.dep_ == "prep" and child.lower_ in _CONTENT_PREPS:
            found += [g for g in children_of(child) if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN") or g.dep_ == "pcomp" and g.pos_ == "VERB"]
            # "called for the minister to resign"
            found += [v for g in children_of(child) if g.dep_ == "pobj" for v in children_of(g)
                      if v.dep_ in ("acl", "relcl") and v.pos_ == "VERB" and any(a.tag_ == "TO" for a in children_of(v))]  # fmt: skip
    # "called for the interior minister to resign", parsed as a clause marked by "for"
    found += [c for c in children_of(frame) if c.dep_ == "advcl" and c.pos_ == "VERB"
              and any(m.dep_ == "mark" and m.lower_ == "for" for m in children_of(c))]  # fmt: skip
    for child in children_of(frame):  # "willing to send", as an adjective's complement
        if child.dep_ == "acomp":
            found += _frame_targets(child)
    return found


def _event(hit: Hit, sentence: Any, *, participants: Participants, anchor: Token, rule: str,
           trigger: tuple[int, int], nominal: bool = False) -> Coded:  # fmt: skip
    token = hit.token
    return Coded(
        hit=hit, coding=hit.coding, participants=participants, negated=negated(anchor) or anchor.i != token.i and negated(token),
        hypothetical=hypothetical(anchor), rule=rule, anchor=anchor, trigger=trigger, sentence=sentence,
    )  # fmt: skip


def _span(first: Token, last: Token) -> tuple[int, int]:
    """The trigger's text: from one word to another, or the one word when they are far apart."""
    low, high = (first, last) if first.i <= last.i else (last, first)
    if high.i - low.i > 4:
        return first.idx, first.idx + len(first.text)
    return low.idx, high.idx + len(high.text)


_PARTY_TYPES = frozenset({"GPE", "NORP", "ORG"})
_WHERE = frozenset({"in", "at", "near", "outside", "inside", "across", "throughout", "around", "within", "from"})


def _named_party(coded: Coded) -> list[Token]:
    """A recipient the parse did not attach, for an event that has none: the first country, people or body the
    event's own words name past its actors ("willing to send material to help defend Saudi Arabia")."""
    anchor = coded.anchor
    skipped = {t.i for actor in coded.participants.actors for t in actor.subtree}
    for child in children_of(anchor):
        if child.dep_ in ("nsubj", "nsubjpass") or child.dep_ in ("ccomp", "advcl") and child.i > coded.hit.token.i + 8:
            skipped.update(t.i for t in child.subtree)  # its subject, and far clauses of their own
    for token in anchor.subtree:
        if token.i in skipped or token.i <= anchor.i and token.i < coded.hit.token.i:
            continue
        if token.ent_type_ not in _PARTY_TYPES or token.dep_ == "compound":
            continue  # a name's head only: "Arabia" of "Saudi Arabia"
        if token.dep_ == "pobj" and token.head.lower_ in _WHERE and (
                token.head.head.i in (anchor.i, coded.hit.token.i) or coded.coding.type == "CONSULT" and not _a_country(token)):
            continue  # "rallied in Caracas", "talks on the dispute in Geneva": where it happened, not to whom ("a
            # mission in Haiti" is to Haiti, talks "on the crisis in Bosnia" are about it)
        return [token]
    return []


def _a_country(token: Token) -> bool:
    name = " ".join(t.text for t in token.subtree if t.dep_ != "det" and t.ent_type_ == token.ent_type_)
    return country_of_name(name) is not None


def participant_spans(coded: Coded) -> tuple[list[tuple[int, int, int]], list[tuple[int, int, int]]]:
    """``(start, end, head offset)`` of each actor and recipient phrase."""

    def spans(tokens: Sequence[Token]) -> list[tuple[int, int, int]]:
        return [(*phrase_span(token), named_head(token).idx) for token in tokens]

    return spans(coded.participants.actors), spans(coded.participants.recipients)
