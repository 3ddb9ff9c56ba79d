"""Who a speaker mention is: the article's entity it names, or for "he" and "the caretaker president", the person
named earlier that it stands for.

Links go to the entities stage's records when there are any (a mention overlapping the speaker). Pronouns resolve to
the nearest compatible subject of an earlier sentence (subjects inside quotations are the quoted person's voice and
do not count); titles resolve to the nearest person named earlier with the same role and compatible qualifiers
("caretaker" agrees with "interim", not with "ousted").
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from dateline.language import named_entities, sentence_of
from dateline.quotes import lexicon
from dateline.quotes.cues import is_cue, subject_of
from dateline.quotes.layout import Layout
from dateline.quotes.records import Found, Person
from dateline.quotes.syntax import Mention, Token, entity_of, mention_of
from dateline.records import Entity

_GROUP_ENTITIES = frozenset({"ORG", "NORP", "GPE"})
_MAX_DISTANCE = 3000  # characters: a pronoun this far from any candidate stays unresolved


@dataclass(slots=True)
class Referent:
    """A subject or named person that later pronouns and titles may point back to."""

    mention: Mention
    sentence: int  # start offset of its sentence
    kind: str  # "person", "group", "thing" or "unknown"
    roles: set[str] = field(default_factory=set)
    qualifiers: set[str] = field(default_factory=set)
    target: Referent | None = None  # what a pronoun or title referent resolved to


def _role_words(tokens: Sequence[Token]) -> tuple[set[str], set[str]]:
    roles, qualifiers = set(), set()
    for token in tokens:
        word = token.lower_.rstrip("-")
        if token.lemma_.lower() in lexicon.ROLE_NOUNS:
            roles.add(token.lemma_.lower())
        if word in lexicon.QUALIFIER_CLASSES:
            qualifiers.add(lexicon.QUALIFIER_CLASSES[word])
        elif "-" in token.lower_ and token.lower_.split("-")[0] + "-" in lexicon.QUALIFIER_CLASSES:
            qualifiers.add(lexicon.QUALIFIER_CLASSES[token.lower_.split("-")[0] + "-"])
    return roles, qualifiers


def _person_roles(entity: Any) -> tuple[set[str], set[str]]:
    """Roles written around a named person: "interim president Delcy Rodriguez", "Rodriguez, vice president"."""
    doc = entity.doc
    root = entity.root
    words: list[Token] = []
    index = entity.start - 1
    while index >= 0 and doc[index].pos_ in {"NOUN", "ADJ", "PROPN", "VERB"} and not doc[index].ent_type_ and entity.start - index <= 4:
        words.append(doc[index])
        index -= 1
    for child in root.children:
        if child.dep_ == "appos":
            words.extend(t for t in child.subtree if t.i < child.i + 1)
    if root.dep_ == "appos":
        words.append(root.head)
    return _role_words(words)


def _kind(token: Token, mention: Mention) -> str:
    lower = token.lower_
    if lower in lexicon.PERSON_PRONOUNS:
        return "person"
    if lower in lexicon.GROUP_PRONOUNS:
        return "group"
    if lower in lexicon.THING_PRONOUNS:
        return "thing"
    entity = entity_of(token)
    if entity is not None:
        if entity.label_ == "PERSON":
            return "person"
        if entity.label_ in _GROUP_ENTITIES:
            return "group"
    if token.lemma_.lower() in lexicon.ROLE_NOUNS and token.tag_ in {"NN", "NNP"}:
        return "person"
    if token.tag_ in {"NNS", "NNPS"} or token.lemma_.lower() in {"government", "ministry", "party", "group", "company"}:
        return "group"
    return "unknown"


def _binder(pronoun: Token) -> Token | None:
    """The subject of the cue whose report holds this pronoun subject: "He says he believes …" binds the second
    "he" to the first, whatever lies in earlier sentences."""
    if pronoun.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    node = pronoun.head
    for _ in range(4):
        if node.dep_ not in {"ccomp", "xcomp", "conj", "advcl"} or node.head is node:
            return None
        parent = node.head
        if is_cue(parent):
            subject, _blocked = subject_of(parent)
            if subject is not None and subject.i != pronoun.i:
                return subject
        node = parent
    return None


class Resolver:
    """Resolves speaker and addressee mentions of one article, in text order."""

    def __init__(self, layout: Layout, entities: Sequence[Entity] | None) -> None:
        self.layout = layout
        self.entities = list(entities or [])
        # Which entity covers each character: built once, so linking a mention costs one lookup, not a scan.
        self.entity_at_char: dict[int, Entity] = {}
        for entity in self.entities:
            for m in entity.mentions:
                for position in range(m.start, m.end):
                    self.entity_at_char.setdefault(position, entity)
        self.person_words = {t.text for e in named_entities(layout.doc) if e.label_ == "PERSON" for t in e}
        self._full_names: dict[str, str] | None = None  # last word -> the longest name ending with it
        self._by_head: dict[int, Referent] = {}  # head token -> the first referent with that head
        self.referents = self._collect()
        self.by_mention = {(r.mention.start, r.mention.end, r.mention.head): r for r in self.referents}

    def _collect(self) -> list[Referent]:
        layout = self.layout
        found: list[Referent] = []
        for token in layout.doc:
            if token.dep_ not in {"nsubj", "nsubjpass"} or token.pos_ not in {"NOUN", "PROPN", "PRON"}:
                continue
            if layout.inside_quote(token.idx) or token.lower_ in lexicon.FIRST_PERSON:
                continue
            mention = mention_of(token)
            referent = Referent(mention, sentence_of(token).start_char, self._typed(token, mention))
            entity = entity_of(token)
            if entity is not None and entity.label_ == "PERSON":
                referent.roles, referent.qualifiers = _person_roles(entity)
            else:
                referent.roles, referent.qualifiers = _role_words(layout.tokens(mention.start, mention.end))
            found.append(referent)
        # Named people who are not subjects still anchor titles: "… interim president Delcy Rodriguez on Thursday …".
        subjects = {(r.mention.start, r.mention.end) for r in found}
        for entity in named_entities(layout.doc):
            if entity.label_ != "PERSON" or (entity.start_char, entity.end_char) in subjects or layout.inside_quote(entity.start_char):
                continue
            mention = Mention(entity.start_char, entity.end_char, entity.text, entity.root.i)
            roles, qualifiers = _person_roles(entity)
            if roles:
                found.append(Referent(mention, sentence_of(entity.root).start_char, "person", roles, qualifiers))
        found.sort(key=lambda r: r.mention.start)
        for referent in found:
            self._by_head.setdefault(referent.mention.head, referent)
        for referent in found:
            referent.target = self._antecedent(referent, found)
        return found

    def _antecedent(self, referent: Referent, referents: list[Referent]) -> Referent | None:
        """For a pronoun or title: the earlier referent it stands for (itself resolved)."""
        token = self.layout.doc[referent.mention.head]
        lower = token.lower_
        is_pronoun = lower in lexicon.PRONOUNS
        is_title = (
            not is_pronoun
            and referent.kind == "person"
            and bool(referent.roles)
            and not any(t.pos_ == "PROPN" for t in self.layout.tokens(referent.mention.start, referent.mention.end))
            and self.link(referent.mention) is None
        )
        if not (is_pronoun or is_title):
            return None
        if is_pronoun:
            binder = _binder(token)
            if binder is not None:
                bound = self._by_head.get(binder.i)
                if bound is not None and bound is not referent:
                    final = bound.target or bound
                    if final.kind in {referent.kind, "unknown"} and final.mention.text.lower() not in lexicon.PRONOUNS:
                        return final
        before = bisect_left(referents, referent.mention.start, key=lambda r: r.mention.start)
        for position in range(before - 1, -1, -1):
            earlier = referents[position]
            if referent.mention.start - earlier.mention.start > _MAX_DISTANCE:
                break
            if is_pronoun and earlier.sentence >= referent.sentence:
                continue  # a pronoun points back to an earlier sentence, not to its own clause's subject
            final = earlier.target or earlier
            if is_pronoun and final.kind == referent.kind and final.mention.text.lower() not in lexicon.PRONOUNS:
                return final
            if (
                is_title
                and final.kind == "person"
                and referent.roles & final.roles
                and final is not referent
                and self._qualifiers_agree(referent.qualifiers, final.qualifiers)
            ):
                return final
        return None

    @staticmethod
    def _qualifiers_agree(wanted: set[str], offered: set[str]) -> bool:
        # "the president" is not the "former president"; "the caretaker president" is the "interim president".
        if "former" in offered and "former" not in wanted:
            return False
        return wanted <= offered or not wanted

    def link(self, mention: Mention) -> Entity | None:
        """The entity with a mention covering the speaker's head word ("Venezuela’s government" is not Venezuela)."""
        head = self.layout.doc[mention.head]
        return self.entity_at_char.get(head.idx)

    def _full_name(self, mention: Mention) -> str:
        """Without an entities stage: the longest name in the article ending like this one ("Mike Pompeo")."""
        if self._full_names is None:
            # Built once: the first of the longest names for each last word, as a scan of the names in order finds.
            self._full_names = {}
            for entity in named_entities(self.layout.doc):
                words = entity.text.split()
                if entity.label_ in {"PERSON", "ORG"} and words:
                    known = self._full_names.get(words[-1])
                    if known is None or len(entity.text) > len(known):
                        self._full_names[words[-1]] = entity.text
        last = mention.text.split()[-1] if mention.text.split() else mention.text
        longest = self._full_names.get(last)
        return longest if longest is not None and len(longest) > len(mention.text) else mention.text

    def person(self, mention: Mention) -> Person:
        """The speaker or addressee record for a local mention."""
        target = mention
        referent = self.by_mention.get((mention.start, mention.end, mention.head))
        if referent is None:
            sentence_start, _ = self.layout.sentence_at(mention.start)
            referent = Referent(mention, sentence_start, self._kind_of(mention))
            if referent.kind == "person" or mention.text.lower() in lexicon.PRONOUNS:
                tokens = self.layout.tokens(mention.start, mention.end)
                referent.roles, referent.qualifiers = _role_words(tokens)
                referent.target = self._antecedent(referent, self.referents)
        if referent.target is not None:
            target = referent.target.mention
        entity = self.link(target)
        if entity is not None:
            return Person(mention, entity.id, entity.name)
        if not self.entities:
            return Person(mention, None, self._full_name(target))  # no entities stage: the fullest name in the text
        return Person(mention, None, target.text if target is not mention else None)

    def _kind_of(self, mention: Mention) -> str:
        return self._typed(self.layout.doc[mention.head], mention)

    def _typed(self, token: Token, mention: Mention) -> str:
        """The kind of a referent, using the entities stage and the article's other names when the model gave none.

        The small model leaves many surnames untagged ("Lavrov hit back …"); the same surname tagged PERSON
        elsewhere in the article, or an entity record covering it, says who it is.
        """
        kind = _kind(token, mention)
        if kind != "unknown" or token.pos_ != "PROPN":
            return kind
        entity = self.link(mention) if self.entity_at_char else None
        if entity is not None:
            return "person" if entity.type == "PERSON" else "group" if entity.type in _GROUP_ENTITIES else kind
        if token.text in self.person_words:
            return "person"
        return kind


def resolve_people(layout: Layout, quotes: list[Found], entities: Sequence[Entity] | None) -> None:
    """Fill in ``speaker_person`` and ``addressee_person`` for every quote, in place."""
    resolver = Resolver(layout, entities)
    for found in quotes:
        if found.speaker is not None:
            found.speaker_person = resolver.person(found.speaker)
        if found.addressee is not None:
            found.addressee_person = resolver.person(found.addressee)
