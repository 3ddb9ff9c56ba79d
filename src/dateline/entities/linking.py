"""Within one article: group the mentions of each person, and of each organisation or place.

A person named in full ("Mike Pompeo") owns every later "Pompeo" in the article, whatever label the model gave
it, and also the occurrences the model missed ("Superlano's wife"); a two-word surname ("Maduro Guerra") belongs
to the full name that ends with it. Full names that differ only by a middle name are one person unless the
article tells them apart (both in one sentence, or one introduced as the other's kin). People who are only ever
named by surname form a surname-only group, resolved across articles by the registry.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from dateline.entities.lexicon import lexicon
from dateline.entities.mentions import Mention, doc_words
from dateline.entities.names import (
    Match,
    compare_names,
    name_tokens,
    surname_forms,
    tokens_equivalent,
    transliteration_key,
)
from dateline.language import sentence_of
from dateline.text import fold

_KIN: frozenset[str] = frozenset(
    "son daughter father mother brother sister wife husband widow uncle nephew niece cousin".split()
)
_STOP_NAMES: frozenset[str] = frozenset({"i", "a", "the", "mr", "mrs", "ms", "dr"})


@dataclass(slots=True)
class PersonGroup:
    """The mentions of one person in one article; ``tokens`` is the most specific name seen."""

    tokens: list[str]
    name: str
    forms: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)

    @property
    def full(self) -> bool:
        return len(self.tokens) >= 2

    @property
    def first_start(self) -> int:
        return min(m.start for m in self.mentions)

    def add(self, mention: Mention) -> None:
        self.mentions.append(mention)
        if mention.origin != "nominal" and mention.text not in self.forms:
            self.forms.append(mention.text)


@dataclass(slots=True)
class ThingGroup:
    """The mentions of one organisation or place in one article."""

    key: str
    name: str
    label: str
    country: str | None
    forms: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)


def _kin_before(doc: Any, first: int) -> bool:
    return any(fold(doc[i].text) in _KIN for i in range(max(0, first - 2), first))


def _distinguished(doc: Any, mention: Mention, group: PersonGroup) -> bool:
    """Whether the article tells a name apart from a compatible one already grouped."""
    if _kin_before(doc, mention.first) or any(_kin_before(doc, m.first) for m in group.mentions):
        return True
    if not doc.has_annotation("SENT_START"):
        return False  # a caption parsed without sentences: one sentence or two, nothing to tell apart by
    sentence = sentence_of(doc[mention.first]).start
    return any(sentence_of(doc[m.first]).start == sentence for m in group.mentions if m.text != mention.text)


def _group_full_names(doc: Any, mentions: list[Mention]) -> list[PersonGroup]:
    groups: list[PersonGroup] = []
    # Longest names first, so "Maduro Guerra" finds "Nicolas Maduro Guerra" before starting a group of its own.
    ordered = sorted(mentions, key=lambda m: (-len(name_tokens(m.text)), m.start))
    for mention in ordered:
        tokens = name_tokens(mention.text)
        target = next((g for g in groups if compare_names(tokens, g.tokens) is Match.SAME), None)
        if target is None:
            target = next(
                (g for g in groups if len(tokens) < len(g.tokens) and is_surname_form(tokens, g.tokens)), None
            )
        if target is None:
            target = next(
                (
                    g
                    for g in groups
                    if compare_names(tokens, g.tokens) is Match.COMPATIBLE and not _distinguished(doc, mention, g)
                ),
                None,
            )
        if target is None:
            groups.append(PersonGroup(tokens=tokens, name=mention.text, forms=[mention.text], mentions=[mention]))
            continue
        target.add(mention)
        if len(tokens) > len(target.tokens):
            target.tokens, target.name = tokens, mention.text
    return groups


def is_surname_form(form: list[str], full: list[str]) -> bool:
    return any(
        len(candidate) == len(form) and all(tokens_equivalent(x, y) for x, y in zip(candidate, form))
        for candidate in surname_forms(full)
        if len(candidate) > 1
    )


def _scan_surnames(
    doc: Any,
    groups: list[PersonGroup],
    covered: set[int],
    others: dict[int, Mention],
) -> None:
    """Link every occurrence of a group's surname forms to the group, longest form first, nearest group first."""
    index: dict[str, list[tuple[tuple[str, ...], PersonGroup]]] = {}
    for group in groups:
        forms = surname_forms(group.tokens) if group.full else [tuple(group.tokens)]
        for form in forms:
            index.setdefault(transliteration_key(form[0]), []).append((form, group))
    if not index:
        return
    table = lexicon()
    words = doc_words(doc)
    i = 0
    while i < len(words):
        word = words[i]
        if i in covered or not word[:1].isupper() or fold(word) in _STOP_NAMES:
            i += 1
            continue
        candidates = index.get(transliteration_key(fold(word).removesuffix("'s")))
        if not candidates:
            i += 1
            continue
        token = doc[i]
        if token.is_stop and token.pos_ != "PROPN":  # "He said" is not Liu He; "May said" may be Theresa May
            i += 1
            continue
        best: tuple[int, list[PersonGroup]] | None = None
        for form, group in candidates:
            size = len(form)
            if i + size > len(doc) or any(j in covered for j in range(i, i + size)):
                continue
            span = [fold(words[j]) for j in range(i, i + size)]
            if not all(tokens_equivalent(w, f) for w, f in zip(span, form)):
                continue
            if best is None or size > best[0]:
                best = (size, [group])
            elif size == best[0] and group not in best[1]:
                best[1].append(group)
        if best is None:
            i += 1
            continue
        size, choices = best
        start, end = token.idx, doc[i + size - 1].idx + len(doc[i + size - 1].text)
        inside_longer, other = _other_mention_at(others, i, i + size)
        if inside_longer:
            i += 1
            continue  # the surname is part of a longer organisation or place name: "Trump Tower"
        if other is not None and other.label in ("GPE", "LOC") and table.is_known_place(other.text):
            i += size
            continue  # "Washington" the city stays a place even in an article about a Mr Washington
        chosen = _nearest(choices, start)
        if chosen is None:
            i += size
            continue  # two people share the surname and neither was named before: not clear
        if other is not None:
            for j in range(other.first, other.last):
                others.pop(j, None)
        chosen.add(Mention(start, end, doc[i : i + size].text, "PERSON", i, i + size, "surname"))
        covered.update(range(i, i + size))
        i += size


def _scan_given_names(doc: Any, groups: list[PersonGroup], covered: set[int], others: dict[int, Mention]) -> None:
    """Link a lone given name to the one person of the article who has it ("Abiy" after "Abiy Ahmed").

    Where the given name is the usual short form (Ethiopian and Icelandic names, or a feature's familiar style)
    the surname rule finds nothing. Only a proper-noun token that no other name claims is linked, only when one
    person of the article has that given name, and never when a capitalised word follows it (another full name).
    """
    by_given: dict[str, list[PersonGroup]] = {}
    for group in groups:
        if group.full and len(group.tokens[0]) > 1:
            by_given.setdefault(transliteration_key(fold(group.tokens[0])), []).append(group)
    if not by_given:
        return
    table = lexicon()
    for token in doc:
        i = token.i
        if i in covered or i in others or token.pos_ != "PROPN" or fold(token.text) in _STOP_NAMES:
            continue
        owners = by_given.get(transliteration_key(fold(token.text).removesuffix("'s")))
        if not owners or len(owners) > 1 or table.is_known_place(token.text):
            continue
        following = doc[i + 1] if i + 1 < len(doc) else None
        if following is not None and following.text[:1].isupper() and following.pos_ == "PROPN":
            continue
        owner = owners[0]
        if not any(m.start < token.idx for m in owner.mentions):
            continue  # named in full only later: the lone name may be someone else
        owner.add(Mention(token.idx, token.idx + len(token.text), token.text, "PERSON", i, i + 1, "given"))
        covered.add(i)


def _other_mention_at(others: dict[int, Mention], first: int, last: int) -> tuple[bool, Mention | None]:
    """(whether a non-person mention spans more than ``first:last``, the one that spans exactly that or None)."""
    found = {id(others[j]): others[j] for j in range(first, last) if j in others}
    if not found:
        return False, None
    if len(found) > 1:
        return True, None
    mention = next(iter(found.values()))
    if mention.first < first or mention.last > last:
        return True, None
    return False, mention


def _nearest(groups: list[PersonGroup], start: int) -> PersonGroup | None:
    if len(groups) == 1:
        return groups[0]
    before = [(max(m.start for m in g.mentions if m.start < start), g) for g in groups if any(m.start < start for m in g.mentions)]
    if not before:
        return None
    return max(before, key=lambda pair: pair[0])[1]


def group_people(doc: Any, mentions: list[Mention]) -> tuple[list[PersonGroup], list[Mention]]:
    """Group the person mentions of an article; returns the groups and the non-person mentions left over."""
    table = lexicon()
    people: list[Mention] = []
    others: list[Mention] = []
    for mention in mentions:
        if mention.is_person and mention.last - mention.first == 1 and table.is_known_place(mention.text):
            mention.label = "GPE"  # "Caracas" tagged a person is still the city
        (people if mention.is_person else others).append(mention)
    full = [m for m in people if len(name_tokens(m.text)) >= 2]
    single = [m for m in people if len(name_tokens(m.text)) == 1]
    groups = _group_full_names(doc, full)
    covered = {j for m in full for j in range(m.first, m.last)}
    by_token = {j: m for m in others for j in range(m.first, m.last)}
    _scan_surnames(doc, groups, covered, by_token)
    _scan_given_names(doc, groups, covered, by_token)

    # Single names the full names did not claim: a surname-only person, owning its other occurrences too.
    leftovers: dict[str, PersonGroup] = {}
    for mention in single:
        if mention.first in covered:
            continue
        key = transliteration_key(name_tokens(mention.text)[0])
        group = leftovers.get(key)
        if group is None:
            leftovers[key] = PersonGroup(tokens=name_tokens(mention.text), name=mention.text, forms=[mention.text], mentions=[mention])
        else:
            group.add(mention)
        covered.update(range(mention.first, mention.last))
    surname_only = list(leftovers.values())
    _scan_surnames(doc, surname_only, covered, by_token)
    groups.extend(surname_only)
    groups.sort(key=lambda g: g.first_start)
    remaining = sorted({id(m): m for m in by_token.values()}.values(), key=lambda m: m.start)
    return groups, remaining


def thing_key(mention: Mention) -> tuple[str, str, str | None]:
    """(key, display name, country code) of an organisation or place mention."""
    table = lexicon()
    text = mention.text
    if text.lower().startswith("the "):
        text = text[4:]
    code = table.country_of_name(text)
    if code:  # whatever the label: the model sometimes calls "the United States" an organisation
        mention.label = "GPE"
        return f"country:{code}", table.countries[code].name, code
    if mention.label in ("GPE", "LOC"):
        return fold(text), text, table.capitals.get(fold(text))
    return fold(text), text, None


def _initials(name: str) -> str:
    words = [w for w in name.replace("-", " ").split() if w[:1].isupper() and fold(w) not in ("of", "the", "and", "for")]
    return "".join(w[0] for w in words).upper()


def group_things(doc: Any, mentions: list[Mention]) -> list[ThingGroup]:
    """Group organisation and place mentions by name, country aliases ("US"/"United States") and acronyms."""
    groups: dict[str, ThingGroup] = {}
    labels: dict[str, Counter[str]] = {}
    for mention in mentions:
        if mention.label == "NORP":
            continue
        key, name, country = thing_key(mention)
        group = groups.get(key)
        if group is None:
            group = groups[key] = ThingGroup(key=key, name=name, label=mention.label, country=country)
            labels[key] = Counter()
        group.mentions.append(mention)
        labels[key][mention.label] += 1
        if mention.text not in group.forms:
            group.forms.append(mention.text)
    for key, group in groups.items():
        group.label = labels[key].most_common(1)[0][0]
    _merge_acronyms(groups)
    return sorted(groups.values(), key=lambda g: min(m.start for m in g.mentions))


def _merge_acronyms(groups: dict[str, ThingGroup]) -> None:
    """ "UN" joins "United Nations" when exactly one longer name in the article has those initials."""
    for key in list(groups):
        group = groups.get(key)
        if group is None or not (group.name.isupper() and 2 <= len(group.name) <= 6) or key.startswith("country:"):
            continue
        matches = [g for k, g in groups.items() if k != key and len(g.name.split()) > 1 and _initials(g.name) == group.name]
        if len(matches) == 1:
            target = matches[0]
            target.mentions.extend(group.mentions)
            target.forms.extend(f for f in group.forms if f not in target.forms)
            del groups[key]


def _could_be_surname(doc: Any, token: Any) -> bool:
    """A capitalised word that can be a name here: tagged a proper noun, or a sentence's subject before its verb.

    The small model tags a sentence-initial surname it does not know as a common noun ("Ruiz thanked ...").
    """
    if not token.is_alpha or not token.text[:1].isupper() or token.text.isupper():
        return False
    if token.pos_ == "PROPN":
        return True
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return bool(token.is_sent_start and following is not None and following.pos_ in ("VERB", "AUX"))


def surname_candidates(doc: Any, covered: set[int]) -> list[Mention]:
    """Capitalised words no entity claims that could be a surname the collection knows ("Ruiz thanked ...").

    Pure, so it runs with the rest of an article's local entities; which of them the collection does know is the
    resolver's question. Places keep their names ("Washington").
    """
    table = lexicon()
    found: list[Mention] = []
    for i, word in enumerate(doc_words(doc)):
        if i in covered or not word[:1].isupper() or word.isupper() or not word.isalpha():
            continue
        if table.is_known_place(word) or not _could_be_surname(doc, doc[i]):
            continue
        token = doc[i]
        found.append(Mention(token.idx, token.idx + len(word), word, "PERSON", i, i + 1, "surname"))
    return found
