"""Counted groups in one parsed text: the number phrase, what it counts, and the event that makes it a count.

Each number phrase of the text (found by pure string code, in one pass) is placed on the parse by a binary search
of the token offsets, and read from the few tokens around it:

- what is counted: the noun the number modifies ("12 people"), the noun after "of" ("thousands of protesters",
  "20 of the prisoners"), or a status word standing as the noun ("12 dead"); where there is none, the group the
  sentence names for it ("Of the 300 prisoners, about 20 have walked free") or the group of the sentence's last
  count ("Police arrested 50 protesters and 20 were later released"), else nothing;
- the type: from the verb that governs it, reading the count as what the verb is done to ("killed 12", "12 were
  killed", "30 injured") or who does it ("thousands protested"); else from a clause or adjective on the group
  ("12 people killed", "prisoners who were freed", "wounded soldiers"); else from the group itself ("political
  prisoners", "hostages"). A count of the verb's doers where the verb is done to someone ("30 soldiers killed
  three rebels") has no type from it.

Only typed counts are kept: a number is a count here because the text reports something happening to a group.
The work per phrase is a fixed number of token steps, so the cost is linear in the text.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import Any

from dateline.counts.context import counts_nothing
from dateline.counts.lexicon import (
    EVENT_NOUNS, GROUP_NOUNS, KIDNAP, NOT_PEOPLE, PATIENT_VERBS, PEOPLE_ONLY, PERSON_NOUNS, PERSON_SUFFIXES, SEIZE,
    STATUS_WORDS, SUBJECT_VERBS, TOLL_NOUNS, UNIT_NOUNS,
)  # fmt: skip
from dateline.counts.numbers import NumberPhrase, number_phrases
from dateline.language import sentence_of
from dateline.records import Count

PATIENT, SUBJECT = "patient", "subject"
_NOUNS = ("NOUN", "PROPN")
_VERBS = ("VERB", "AUX")
_MODIFIER_DEPS = ("nummod", "quantmod", "amod", "compound", "nmod", "det")
_LEFT_MODIFIERS = ("amod", "compound", "nmod", "npadvmod", "poss")
# Verbs that give a state to their object ("left 12 dead") or their subject ("30 remain missing").
_STATE_OF_OBJECT = frozenset({"leave", "render", "find", "report", "declare", "confirm", "list", "pronounce"})
_STATE_OF_SUBJECT = frozenset({"be", "remain", "lie", "go", "become", "stay", "are", "were", "was", "is"})
_PARTITIVE_PREPOSITIONS = frozenset({"of", "among"})
_OTHERS = frozenset({"others", "more"})


@dataclass(slots=True)
class _Counted:
    """What a number phrase counts, on the parse."""

    head: Any  # the phrase's own head token
    noun: Any = None  # the counted noun
    status: Any = None  # a status word standing as the noun: "12 dead"
    partitive: bool = False  # the noun follows "of": "thousands of protesters"
    pronoun: bool = False  # "of them": the group is named elsewhere


def find_counts(text: str, doc: Any) -> list[Count]:
    """Every typed count of ``text``, in text order; ``doc`` is the spaCy Doc of ``text``."""
    if doc is None or not text:
        return []
    phrases = [phrase for phrase in number_phrases(text) if not counts_nothing(text, phrase)]
    if not phrases:
        return []
    reader = _CountReader(text, doc)
    counts: list[Count] = []
    for phrase in phrases:
        if counts and phrase.start < counts[-1].end:
            continue
        count = reader.read(phrase)
        if count is not None:
            counts.append(count)
    return counts


class _CountReader:
    """Reads number phrases against one Doc, remembering the last counted group of each sentence."""

    def __init__(self, text: str, doc: Any) -> None:
        self.text = text
        self.doc = doc
        self.starts: list[int] = doc.to_array("IDX").tolist() if len(doc) else []
        self.last_group: tuple[int, str] | None = None  # (sentence start, object) of the last count naming one

    def read(self, phrase: NumberPhrase) -> Count | None:
        tokens = self._tokens(phrase)
        if tokens is None:
            return None
        first, last = tokens
        counted = self._counted(first, last)
        if counted is None:
            return None
        kind = self._type(counted)
        if kind is None:
            return None
        end = phrase.end
        obj: str | None = None
        if counted.noun is not None:
            obj = self._noun_phrase(counted.noun, last)
            if counted.noun.lower_ in _OTHERS:  # "wounded 30 others": the others are of the group named before
                obj = self._antecedent(counted) or obj
            end = max(end, _end(counted.noun))
        else:
            if counted.status is not None:
                end = max(end, _end(counted.status))
            obj = self._antecedent(counted)
        sentence = sentence_of(counted.head).start
        if obj is not None:
            self.last_group = (sentence, obj)
        start = phrase.start
        return Count(
            text=self.text[start:end], start=start, end=end, min=phrase.min, max=phrase.max,
            approximate=phrase.approximate, object=obj, type=kind,
        )  # fmt: skip

    # --- the phrase on the parse ---------------------------------------------------------------------------------

    def _tokens(self, phrase: NumberPhrase) -> tuple[int, int] | None:
        """The first and last token of the phrase, or None where it does not start and end on token edges."""
        first = bisect_right(self.starts, phrase.start) - 1
        last = bisect_left(self.starts, phrase.end) - 1
        if first < 0 or last < first or self.starts[first] != phrase.start or _end(self.doc[last]) != phrase.end:
            return None
        return first, last

    def _counted(self, first: int, last: int) -> _Counted | None:
        doc = self.doc
        outside = [doc[i] for i in range(first, last + 1) if not first <= doc[i].head.i <= last or doc[i].head.i == i]
        if not outside:
            return None
        numeric = [token for token in outside if token.like_num or token.pos_ == "NUM" or token.tag_ == "CD"]
        head = (numeric or outside)[-1]
        governor = head.head
        if head.dep_ in _MODIFIER_DEPS and governor.i > last:
            if _word(governor) in STATUS_WORDS and governor.pos_ not in _NOUNS:
                return _Counted(head, status=governor)
            if governor.pos_ in _NOUNS and not _measure(governor):
                return _Counted(head, noun=governor)
            return None
        if head.dep_ == "nummod" and governor.i < first:  # "page 3", "Flight 370"
            return None
        for child in head.rights:
            if child.dep_ == "prep" and child.lower_ in _PARTITIVE_PREPOSITIONS and child.i == last + 1:
                group = next((c for c in child.children if c.dep_ == "pobj"), None)
                if group is None:
                    break
                if group.pos_ == "PRON":
                    return _Counted(head, pronoun=True)
                if group.pos_ not in _NOUNS or _measure(group):
                    return None
                if any(c.dep_ == "nummod" for c in group.children):  # "one of 12 people": the 12 is the count
                    return None
                return _Counted(head, noun=group, partitive=True)
        after = doc[last + 1] if last + 1 < len(doc) else None
        if after is not None and after.head.i == head.i and _word(after) in STATUS_WORDS and after.pos_ == "ADJ":
            return _Counted(head, status=after)  # "12 dead", parsed with the number as the head
        return _Counted(head)

    # --- the type ------------------------------------------------------------------------------------------------

    def _type(self, counted: _Counted) -> str | None:
        person = counted.noun is None or _is_person(counted.noun)
        if counted.status is not None:
            return STATUS_WORDS[_word(counted.status)]
        role_token = counted.head if counted.partitive or counted.noun is None else counted.noun
        kind = self._governed(role_token, person)
        if kind is not None:
            return kind
        for token in (counted.noun, counted.head):
            if token is not None:
                kind = self._clause(token, person)
                if kind is not None:
                    return kind
        if counted.noun is not None:
            return GROUP_NOUNS.get(_lemma(counted.noun)) or GROUP_NOUNS.get(counted.noun.lower_)
        return None

    def _governed(self, token: Any, person: bool) -> str | None:
        """The type the verb or event noun governing ``token`` gives it."""
        for _ in range(4):  # climb out of lists and inclusions to the group's place in the clause
            governor = token.head
            if token.dep_ in ("conj", "appos") and governor.pos_ in (*_NOUNS, "NUM") and governor.i != token.i:
                token = governor
            elif (
                token.dep_ == "pobj"
                and governor.lower_ in ("including", "among")
                and governor.head.pos_ in (*_NOUNS, "NUM")
            ):
                token = governor.head
            elif token.dep_ == "compound" and _lemma(governor) in ("hostage", "captive"):  # "took 12 tourists hostage"
                token = governor
            else:
                break
        governor = token.head
        if token.dep_ == "pobj":
            owner = governor.head
            if governor.dep_ == "agent" and owner.pos_ in _VERBS:  # "the strike was joined by 5,000 dock workers"
                return self._verb(owner, SUBJECT, person)
            if governor.lower_ in ("of", "by") and owner.pos_ == "NOUN":
                kind = EVENT_NOUNS.get(_lemma(owner))
                return kind if kind is not None and (person or _lemma(owner) not in ("release", "freeing")) else None
            return _toll(owner) if owner.pos_ in _VERBS else None
        if governor.pos_ not in _VERBS or governor.i == token.i:
            return None
        if token.dep_ in ("attr", "dobj", "oprd") and _toll(governor):
            return _toll(governor)
        if token.dep_ in ("dobj", "nsubjpass", "dative"):
            return self._verb(governor, PATIENT, person)
        if token.dep_ == "nsubj":
            reduced_passive = governor.tag_ == "VBN" and not any(
                c.dep_ == "aux" and c.lemma_ == "have" for c in governor.children
            )
            return self._verb(governor, PATIENT if reduced_passive else SUBJECT, person)
        return None

    def _clause(self, token: Any, person: bool) -> str | None:
        """The type a clause or adjective on the group gives it: "12 people killed", "prisoners who were freed"."""
        for child in token.children:
            if child.dep_ == "amod" and child.i > token.i - 4 and _word(child) in STATUS_WORDS:
                return STATUS_WORDS[_word(child)]
            if child.dep_ not in ("acl", "relcl") or child.pos_ not in _VERBS:
                continue
            if child.dep_ == "acl":
                role = PATIENT if child.tag_ == "VBN" else SUBJECT
            elif any(c.dep_ in ("nsubjpass", "auxpass") for c in child.children):
                role = PATIENT
            else:
                role = (
                    SUBJECT if any(c.dep_ == "nsubj" and c.tag_ in ("WP", "WDT") for c in child.children) else PATIENT
                )
            kind = self._verb(child, role, person)
            if kind is not None:
                return kind
        return None

    def _verb(self, verb: Any, role: str, person: bool) -> str | None:
        """The type ``verb`` gives a group in ``role``; through "were reported killed", "were forced to flee"."""
        for _ in range(3):
            table = PATIENT_VERBS if role == PATIENT else SUBJECT_VERBS
            for key in _verb_keys(verb):
                kind = table.get(key)
                if kind is None:
                    continue
                if not person and key.split()[0] in PEOPLE_ONLY:
                    return None
                return KIDNAP if kind == SEIZE and person and key.startswith("seize") else kind
            states = _STATE_OF_OBJECT if role == PATIENT else _STATE_OF_SUBJECT
            if _lemma(verb) in states or verb.lower_ in states:
                for child in verb.children:
                    if child.dep_ in ("oprd", "acomp", "xcomp", "attr", "ccomp") and _word(child) in STATUS_WORDS:
                        return STATUS_WORDS[_word(child)]
            following = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
            if following is None:
                return None
            passive = following.tag_ == "VBN" or any(c.dep_ == "auxpass" for c in following.children)
            role = PATIENT if passive or role == PATIENT and following.tag_ != "VB" else SUBJECT
            verb = following
        return None

    # --- the group's words ---------------------------------------------------------------------------------------

    def _noun_phrase(self, noun: Any, after: int) -> str:
        """The counted noun with the modifiers before it that follow the number: "political prisoners"."""
        start = noun.i
        for child in noun.lefts:
            if child.dep_ in _LEFT_MODIFIERS and child.left_edge.i > after:
                start = min(start, child.left_edge.i)
        return self.text[self.doc[start].idx : _end(noun)]

    def _antecedent(self, counted: _Counted) -> str | None:
        """The group a bare number counts, where its sentence names one: "Of the 300 prisoners, about 20 ..."."""
        verb = counted.head.head
        if verb.pos_ in _VERBS:
            for child in verb.children:
                if child.dep_ == "prep" and child.lower_ in _PARTITIVE_PREPOSITIONS:
                    group = next((c for c in child.children if c.dep_ == "pobj"), None)
                    if group is not None and group.pos_ in _NOUNS and not _measure(group):
                        return self._noun_phrase(group, group.left_edge.i - 1)
        if self.last_group is not None and self.last_group[0] == sentence_of(counted.head).start:
            return self.last_group[1]
        return None


def _verb_keys(verb: Any) -> list[str]:
    """The phrases a verb makes with its particles and complements, most specific first: "walk free", "walk"."""
    lemma = _lemma(verb)
    keys: list[str] = []
    for child in verb.children:
        if child.dep_ == "prt":
            keys.append(f"{lemma} {child.lower_}")
        elif child.dep_ in ("acomp", "oprd", "advmod", "npadvmod", "dobj", "attr", "nsubjpass"):
            keys.extend((f"{lemma} {_lemma(child)}", f"{lemma} {child.lower_}"))
        elif child.dep_ in ("prep", "dative") and child.lower_ in ("to", "into", "in", "from", "out"):
            target = next((c for c in child.children if c.dep_ == "pobj"), None)
            if target is not None:
                keys.append(f"{lemma} {child.lower_} {_lemma(target)}")
    keys.append(lemma)
    if verb.lower_ != lemma:
        keys.append(verb.lower_)
    return keys


def _toll(verb: Any) -> str | None:
    """KILL for "the death toll rose to 45": the verb's subject is a toll."""
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass") and _lemma(child) == "toll":
            qualifier = next((c.lower_ for c in child.lefts if c.dep_ in ("compound", "amod")), "")
            return TOLL_NOUNS.get(f"{qualifier} toll".strip())
    return None


def _is_person(noun: Any) -> bool:
    lemma = _lemma(noun)
    if lemma in PERSON_NOUNS or noun.lower_ in PERSON_NOUNS or lemma in GROUP_NOUNS and lemma not in ("body", "corpse"):
        return True
    if noun.ent_type_ == "NORP" or noun.tag_ == "NNPS":
        return True
    return lemma not in NOT_PEOPLE and lemma.endswith(PERSON_SUFFIXES)


def _measure(noun: Any) -> bool:
    """A unit the number measures in: "12 years", "5 million dollars"."""
    return _lemma(noun) in UNIT_NOUNS or noun.lower_ in UNIT_NOUNS


def _lemma(token: Any) -> str:
    return str(token.lemma_).lower()


def _word(token: Any) -> str:
    """The word as a status word, lemma or form: "injured" and "injure" both give WOUND."""
    lower = str(token.lower_)
    return lower if lower in STATUS_WORDS else _lemma(token)


def _end(token: Any) -> int:
    return int(token.idx) + len(token)
