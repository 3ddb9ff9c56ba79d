"""Who did it and to whom: the actor and recipient phrases of a trigger, read off the dependency parse.

A verb's actor is its subject, or the agent of a passive ("was detained by police"); its recipients are its object,
its dative and the objects of the prepositions its event takes ("met with", "sanctions on", "attack against"); a
passive's subject is a recipient. A verb with no subject of its own takes the subject of the verb it hangs from
("agreed to cooperate", "after being seized"). A noun's participants are its possessor ("Russia's backing"), a
proper-noun or demonym modifier ("US sanctions", "Israeli air raids"), "by", "between" and its prepositions. Each
side is a list: conjuncts ("Jordan and Britain agreed") are one actor each.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from dateline.events.token_kinds import children_of, prep_objects
from dateline.events.word_classes import ACTOR_NOUNS, CROWDS, NOT_PARTICIPANTS, PEOPLE
from dateline.places.countries import country_of_name

Token = Any  # spaCy's Token

_SUBJECTS = frozenset({"nsubj", "csubj", "expl"})
_PASSIVE_SUBJECTS = frozenset({"nsubjpass", "csubjpass"})
_OBJECTS = frozenset({"dobj", "dative", "iobj", "attr", "oprd"})
# Prepositions that bring in an event's recipient, by type; "_" for every type.
_RECIPIENT_PREPS: dict[str, frozenset[str]] = {
    "_": frozenset({"against", "on", "upon", "toward", "towards"}),
    "CONSULT": frozenset({"with", "to"}),
    "AGREE": frozenset({"with", "to"}),
    "SUPPORT": frozenset({"with", "to", "for"}),
    "COOPERATE": frozenset({"with", "to"}),
    "AID": frozenset({"to", "for"}),
    "CONCEDE": frozenset({"to", "in"}),
    "RETREAT": frozenset({"from", "to"}),
    "REQUEST": frozenset({"to", "from", "of"}),
    "ACCUSE": frozenset({"to", "into", "of"}),
    "REJECT": frozenset({"from", "to"}),
    "THREATEN": frozenset({"to"}),
    "PROTEST": frozenset({"at", "outside", "over"}),
    "SANCTION": frozenset({"to", "from", "with"}),
    "MOBILIZE": frozenset({"in", "to", "near", "along"}),
    "COERCE": frozenset({"from", "in", "of"}),
    "ASSAULT": frozenset({"in", "at", "of"}),
}
# Event types whose "of" phrase is what was done to ("the arrest of", "the release of"), not who did it.
_PATIENT_OF = frozenset({"COERCE", "ASSAULT", "RETREAT", "SANCTION", "AID", "ACCUSE", "CONCEDE", "PROTEST", "SUPPORT"})
# Nouns whose "of" names who does it, though their type's "of" is mostly the patient ("the release of prisoners").
_DOER_OF = frozenset({"withdrawal", "pullout", "retreat", "deployment", "mobilization", "mobilisation", "buildup",
                      "protest", "demonstration", "strike", "walkout", "march", "rally", "sit", "boycott"})  # fmt: skip
_COPULAS = frozenset({"be", "become", "remain"})
_TOLD_TO_CLAUSE = frozenset({"REQUEST", "THREATEN"})
_ACTIVE_PASSIVES = frozenset({"engage", "involve", "oppose", "commit", "determine", "prepare", "dedicate"})  # passive in form, the subject acting
# Topics, not participants: "discussed Iran", "talks on trade".
_TOPIC_TYPES = frozenset({"CONSULT", "AGREE"})
_SPAN_RIGHT = frozenset({"compound", "flat", "nummod", "case", "poss", "amod", "nmod"})
_OBJECT_SIDES = frozenset({"with", "on", "against", "to", "for"})
_SPAN_OF = frozenset({"of", "from", "in"})  # "King Hassan of Morocco", "Doctors from two aid groups"




def participant_like(token: Token) -> bool:
    """Whether a word can head an actor or recipient: a name, a pronoun, a person, a group or a body."""
    if token.ent_type_ in NOT_PARTICIPANTS:
        return False
    if token.ent_type_ in ("PERSON", "NORP", "ORG", "GPE", "LOC", "FAC") or token.pos_ in ("PROPN", "PRON"):
        return True
    lemma = token.lemma_.lower()
    if lemma in PEOPLE or lemma in CROWDS or lemma in ACTOR_NOUNS or token.like_num:
        return True
    if any(c.dep_ in ("amod", "compound", "poss", "nmod") and c.ent_type_ in ("NORP", "GPE", "ORG") for c in children_of(token)):
        return True
    # "prosecutors in Lima", "authorities of Chad": a body placed in a country
    return token.tag_ == "NNS" and any(c.dep_ == "prep" and c.lower_ in ("in", "of", "from") and
                                       any(g.dep_ == "pobj" and g.ent_type_ in ("GPE", "NORP") for g in children_of(c))
                                       for c in children_of(token))  # fmt: skip


@dataclass(slots=True)
class Participants:
    """The heads of a trigger's actor and recipient phrases, in text order."""

    actors: list[Token] = field(default_factory=list)
    recipients: list[Token] = field(default_factory=list)


def conjuncts(head: Token) -> list[Token]:
    """``head`` and the heads it is coordinated with: "Jordan and Britain" gives both."""
    found = [head]
    for token in head.conjuncts:
        if token.i > head.i and token.pos_ in ("NOUN", "PROPN", "PRON"):
            found.append(token)
    return found


def named_head(head: Token) -> Token:
    """The word an actor is coded by: a common noun's own, unless a state's name stands beside it in apposition
    ("Caracas's leftist ally Cuba" is Cuba's government, not an ally of no country)."""
    if head.pos_ == "NOUN" and head.i + 1 < len(head.doc):
        beside = head.doc[head.i + 1]
        if beside.dep_ == "appos" and beside.head.i == head.i and (beside.ent_type_ == "GPE" or country_of_name(beside.text)):
            return beside
    return head


def phrase_span(head: Token) -> tuple[int, int]:
    """The character span of the noun phrase a head word heads, without its clauses and its conjuncts."""
    left = head.left_edge
    right = head
    for child in head.rights:
        if child.dep_ in _SPAN_RIGHT:
            right = max(right, child.right_edge, key=lambda t: t.i)
        elif child.dep_ == "appos" and child.i == head.i + 1 and child.pos_ == "PROPN":
            # "Caracas's leftist ally Cuba, which has survived ...": the name, not the clause hung on it
            last = child
            while last.i + 1 <= child.right_edge.i and not head.doc[last.i + 1].is_punct:
                last = head.doc[last.i + 1]
            right = max(right, last, key=lambda t: t.i)
        elif child.dep_ == "prep" and child.lower_ in _SPAN_OF and (head.pos_ != "PROPN" or head.ent_type_ == "NORP") or child.dep_ == "prep" and child.lower_ == "of":
            if any(grand.dep_ == "pobj" for grand in children_of(child)):
                right = max(right, child.right_edge, key=lambda t: t.i)
        else:
            break
    tokens = [t for t in head.doc[left.i : right.i + 1]]
    # A conjunct inside the span ("Jordan and Britain"): keep this head's own part.
    for token in tokens:
        if token.dep_ == "cc" and token.head == head:
            right = head.doc[token.i - 1]
            break
    while left.i < head.i and (left.is_punct or left.dep_ in ("cc", "preconj", "det") and left.lower_ in ("both", "either")):
        left = head.doc[left.i + 1]
    return left.idx, right.idx + len(right.text)


# Nouns whose "to" clause tells what their owner means to do: the clause's doer is the owner, not the noun.
_INTENT_NOUNS = frozenset({"attempt", "bid", "plot", "effort", "plan", "decision", "move", "conspiracy", "scheme",
                           "threat", "promise", "pledge", "offer", "order", "readiness", "intention", "refusal",
                           "failure", "determination", "vow", "ultimatum", "proposal"})  # fmt: skip


def _subject(verb: Token, depth: int = 0) -> tuple[Token | None, bool]:
    """The verb's subject and whether it is a passive subject, climbing to the governing verb when it has none."""
    for child in children_of(verb):
        if child.dep_ in _SUBJECTS and child.dep_ != "expl" or child.dep_ in _PASSIVE_SUBJECTS:
            passive = child.dep_ in _PASSIVE_SUBJECTS
            if child.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
                child = _antecedent(verb.head)  # "Calvey, an investor who has been behind bars"
            return _named_before_its_verb(child), passive
    for aux in (c for c in children_of(verb) if c.dep_ in ("aux", "auxpass")):
        # "Chile is opposed to": the parser may hang the subject on the auxiliary
        found = next((c for c in children_of(aux) if c.dep_ in _SUBJECTS and c.dep_ != "expl"), None)
        if found is not None:
            return found, False
    if depth > 3:
        return None, False
    head = verb.head
    if head.i == verb.i:
        return None, False
    if verb.dep_ in ("xcomp", "advcl", "conj", "pcomp", "acomp") or verb.dep_ == "pobj" and head.dep_ == "prep":
        target = head.head if verb.dep_ in ("pcomp", "pobj") else head
        if verb.dep_ == "advcl" and any(c.dep_ == "mark" for c in children_of(verb)):
            return None, False
        if target.pos_ in ("NOUN", "PROPN"):
            return (target, False) if verb.dep_ != "pcomp" else (None, False)
        subject, passive = _subject(target, depth + 1)
        # The object of a control verb is the subject of its complement: "urged Cuba to make a deal".
        if verb.dep_ == "xcomp":
            objects = [c for c in children_of(head) if c.dep_ == "dobj"]
            if objects and head.lemma_ not in ("promise", "vow", "pledge", "offer", "threaten"):
                return objects[0], False
        return subject, passive and verb.dep_ == "conj"
    if verb.dep_ == "acl" and head.lemma_.lower() in _INTENT_NOUNS and any(c.tag_ == "TO" for c in children_of(verb)):
        # "an attempt to assassinate the governor", "Iran's decision to expel": who attempts or decides, if named
        owner = next((c for c in children_of(head) if c.dep_ == "poss"), None)
        by = next((g for c in children_of(head) if c.dep_ == "prep" and c.lower_ == "by" for g in children_of(c) if g.dep_ == "pobj"), None)
        return owner or by, False
    if verb.dep_ in ("acl", "relcl") and (head.pos_ in ("NOUN", "PROPN", "PRON") or head.ent_type_ == "NORP"):
        relative = [c for c in children_of(verb) if c.tag_ in ("WDT", "WP") and c.dep_ in _SUBJECTS | _PASSIVE_SUBJECTS]
        return head, verb.tag_ == "VBN" and not relative or any(c.dep_ in _PASSIVE_SUBJECTS for c in children_of(verb))
    return None, False


def _named_before_its_verb(subject: Token) -> Token:
    """"Trump pressed top oil executives at a meeting to invest": the small model may make one noun phrase of a
    name, its past-tense verb and the verb's object; the name opening it is the subject."""
    doc = subject.doc
    first = subject.left_edge
    if first.i + 1 >= subject.i or first.pos_ != "PROPN" or first.ent_type_ not in ("PERSON", "ORG"):
        return subject
    name_end = first
    while name_end.i + 1 < subject.i and doc[name_end.i + 1].pos_ == "PROPN":
        name_end = doc[name_end.i + 1]
    verb = doc[name_end.i + 1]
    if verb.tag_ in ("VBD", "VBN") and verb.dep_ == "amod" and verb.head.i == subject.i and name_end.head.i == subject.i:
        return name_end
    return subject


def governing_subject(verb: Token) -> Token | None:
    """The verb's active subject, or the one it takes from the verb it hangs from; None for a passive."""
    subject, passive = _subject(verb)
    return None if passive else subject


def _antecedent(noun: Token) -> Token:
    """The name an appositive stands beside: "Michael Calvey, a prominent investor" gives Calvey."""
    return noun.head if noun.dep_ == "appos" else noun


def _copula_subject(token: Token) -> Token:
    """"Pompeo became the highest-ranking American to meet him": the American is Pompeo."""
    if token.dep_ == "attr" and token.head.lemma_ in _COPULAS:
        for child in children_of(token.head):
            if child.dep_ in _SUBJECTS:
                return child
    return token


_MEANS = frozenset({"telephone", "phone", "video", "videoconference", "link", "letter", "mail", "email", "radio",
                    "satellite", "car", "plane", "road", "air", "sea", "train", "helicopter", "boat"})  # fmt: skip


def _agent(verb: Token) -> Token | None:
    """Who a passive verb's "by" names; not the means of an active one ("conferred by telephone")."""
    for child in children_of(verb):
        if child.dep_ == "agent":
            for grand in children_of(child):
                if grand.dep_ == "pobj" and grand.lemma_.lower() not in _MEANS:
                    return grand
    return None


def verb_participants(verb: Token, event_type: str, *, frame: Token | None = None) -> Participants:
    """Actors and recipients of a verb trigger (``frame``: the verb framing it, whose subject acts)."""
    found = Participants()
    subject, passive = _subject(frame if frame is not None else verb)
    if frame is not None and verb.i != frame.i:
        # "agreed to be disarmed": the frame's subject undergoes it; "warned that protesters would be arrested":
        # the clause has a subject of its own, and the frame's subject is the one who warns
        own_subject = any(c.dep_ in _SUBJECTS | _PASSIVE_SUBJECTS and c.dep_ != "expl" for c in children_of(verb))
        passive = False if own_subject and verb.dep_ == "ccomp" else _subject(verb)[1]
    agent = _agent(verb)
    if passive and agent is None and verb.lemma_ in _ACTIVE_PASSIVES:
        passive = False  # "Serb forces were engaged in ethnic cleansing": they did it
    if passive or agent is not None:
        if agent is not None:
            found.actors.extend(conjuncts(agent))
        if subject is not None:
            found.recipients.extend(conjuncts(subject))
    elif subject is not None:
        found.actors.extend(conjuncts(_copula_subject(subject)))
    for holder in (verb, frame) if frame is not None and frame.i != verb.i else (verb,):
        for child in children_of(holder):
            if child.dep_ in _OBJECTS and child.dep_ != "attr" and not (event_type in _TOPIC_TYPES and child.dep_ == "dobj" and verb.lemma_ in ("discuss", "negotiate", "sign")):
                if child.pos_ in ("NOUN", "PROPN", "PRON") and child not in found.recipients:
                    found.recipients.extend(conjuncts(child))
        preps = _RECIPIENT_PREPS["_"] | _RECIPIENT_PREPS.get(event_type, frozenset())
        for prep, target in prep_objects(holder, preps):
            if prep == "between" and _mediating(holder):
                found.recipients.extend(conjuncts(target))  # "mediated between Israel and Hamas": the two are helped
            elif prep == "between":
                found.actors.extend(conjuncts(target))
            else:
                found.recipients.extend(conjuncts(target))
        for _prep, target in prep_objects(holder, frozenset({"between"})):
            if _mediating(holder):
                found.recipients.extend(t for t in conjuncts(target) if t not in found.recipients)
            else:
                found.actors.extend(t for t in conjuncts(target) if t not in found.actors)
    if not found.recipients and event_type in _TOLD_TO_CLAUSE:
        # "demanded that the United States match ...": who is to do it receives the demand.
        for clause in (c for c in children_of(verb) if c.dep_ == "ccomp" and any(m.dep_ == "mark" for m in children_of(c))):
            found.recipients.extend(c for c in children_of(clause) if c.dep_ in _SUBJECTS | _PASSIVE_SUBJECTS and c.dep_ != "expl")
    return _tidy(found)


def noun_participants(noun: Token, event_type: str, *, light: Token | None = None) -> Participants:
    """Actors and recipients of a noun trigger (``light``: the verb whose object it is: "held talks")."""
    found = Participants()
    if light is not None:
        found = verb_participants(light, event_type)
        found.recipients = [t for t in found.recipients if t.i != noun.i]
    # "a decade after his arrest", "Bhutto's assassination": with no "of", whom it was done to owns the deed
    undergone = noun.lemma_.lower() in _UNDERGONE and not any(c.dep_ == "prep" and c.lower_ == "of" for c in children_of(noun))
    for child in children_of(noun):
        if child.dep_ == "poss" and undergone:
            found.recipients.extend(t for t in conjuncts(child) if t not in found.recipients)
        elif child.dep_ == "poss" and child.tag_ != "PRP$" or child.dep_ == "poss" and not found.actors:
            found.actors.extend(t for t in conjuncts(child) if t not in found.actors)
        elif child.dep_ in ("compound", "amod") and child.i < noun.i and (child.ent_type_ in ("GPE", "NORP", "ORG", "PERSON")):
            if child.ent_type_ != "PERSON" or child.i + 1 == noun.i:
                found.actors.append(child)
    for child in children_of(noun):
        if child.dep_ == "acl":  # "sanctions imposed by Washington"
            agent = _agent(child)
            if agent is not None:
                found.actors.extend(t for t in conjuncts(agent) if t not in found.actors)
            for _prep, target in prep_objects(child, frozenset({"on", "against"})):
                found.recipients.extend(conjuncts(target))
    for prep, target in prep_objects(noun, frozenset({"by", "between", "of", "with", "to", "against", "on", "into", "from", "for"})):
        doer_of = prep == "of" and noun.lemma_.lower() in _DOER_OF  # "the withdrawal of French troops"
        if prep == "between" and _mediating(noun):
            found.recipients.extend(conjuncts(target))
        elif prep in ("by", "between") or prep == "of" and (event_type not in _PATIENT_OF or doer_of):
            found.actors.extend(t for t in conjuncts(target) if t not in found.actors)
        elif prep in ("on", "against", "with", "to", "into") or prep == "of" or prep in ("from", "for") and event_type in ("REQUEST", "AID"):
            if event_type in _TOPIC_TYPES and prep == "on":
                continue
            found.recipients.extend(conjuncts(target))
    if not found.actors:  # "the closure of the Rafah crossing by Egyptian authorities": the parser may hang the
        for _prep, done_to in prep_objects(noun, frozenset({"of"})):  # agent on what the deed was done to
            for _by, agent in prep_objects(done_to, frozenset({"by"})):
                found.actors.extend(t for t in conjuncts(agent) if t not in found.actors)
    if not found.recipients and event_type == "SANCTION":
        # "sanctions imposed by Washington over Russia's backing of rebels": Russia is the one sanctioned.
        for _prep, target in prep_objects(noun, frozenset({"over", "for"})):
            found.recipients.extend(c for c in children_of(target) if c.dep_ == "poss")
        for child in children_of(noun):
            if child.dep_ == "acl":
                for _prep, target in prep_objects(child, frozenset({"over", "for"})):
                    found.recipients.extend(c for c in children_of(target) if c.dep_ == "poss")
    return _tidy(found)


_UNDERGONE = frozenset({"arrest", "detention", "assassination", "murder", "killing", "execution", "abduction",
                        "kidnapping", "capture", "deportation", "extradition", "imprisonment", "jailing", "ouster",
                        "trial", "conviction", "release", "death"})  # fmt: skip
_MEDIATING = frozenset({"mediate", "mediation", "mediator", "broker", "arbitrate", "arbitration", "intercede"})


def _mediating(word: Token) -> bool:
    """Whether a word tells a go-between's work ("mediated between", "a mediation mission between"): the parties
    it names after "between" are the recipients, the go-between the actor."""
    return word.lemma_.lower() in _MEDIATING or any(
        c.dep_ in ("compound", "amod") and c.lemma_.lower() in _MEDIATING for c in children_of(word))


def _tidy(found: Participants) -> Participants:
    """Each head once, an actor never also a recipient, only words that can name a participant; an object that is
    a thing stands for its owner ("set fire to the offices of the administrators")."""
    actors: list[Token] = []
    for token in found.actors:
        if token not in actors and token.tag_ not in ("WDT", "WP", "EX") and participant_like(token):
            actors.append(token)
    recipients: list[Token] = []
    for token in found.recipients:
        if not participant_like(token):
            owner = next((g for c in children_of(token) if c.dep_ == "prep" and c.lower_ in ("of", "from")
                          for g in children_of(c) if g.dep_ == "pobj" and participant_like(g)), None)  # fmt: skip
            # "rejected Saddam Hussein's proposal": the proposal's owner; "relations with Congo": the other side,
            # which "its" does not outrank ("lifted its arms embargo on Libya": the actor's own embargo)
            side = next((g for c in children_of(token) if c.dep_ == "prep" and c.lower_ in _OBJECT_SIDES
                         for g in children_of(c) if g.dep_ == "pobj" and participant_like(g)), None)  # fmt: skip
            owned = next((c for c in children_of(token) if c.dep_ == "poss" and participant_like(c)), None)
            owner = owner or (side if owned is not None and owned.tag_ == "PRP$" and side is not None else owned) or side
            if owner is None:
                continue
            extra = [g for g in owner.conjuncts if g.i > owner.i and participant_like(g)]
            for other in (owner, *extra):
                if other not in actors and other not in recipients:
                    recipients.append(other)
            continue
        if token not in actors and token not in recipients and token.tag_ not in ("WDT", "WP", "EX"):
            recipients.append(token)
    return Participants(actors, recipients)
