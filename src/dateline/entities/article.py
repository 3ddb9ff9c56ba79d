"""Everything one article says about its entities, before any cross-article resolution.

The article's Doc gives the mentions and the words around them; the title and captions (tokenized by the language
pass) add aliases ("Sergey Lavrov" beside the body's "Sergei Lavrov"), titles and countries for people the body
names, but no mentions, since mentions point into the article text. Countries are ranked by how directly the
text says them, so a weaker reading never overrides a stronger one:

3. said with the name: a demonym, country or possessive before it ("US special counsel"), or in apposition;
2. said of the person elsewhere: "Pompeo became the highest-ranking American", "the Russian leader";
1. inherited from the person they serve or are kin to ("Putin's aide", "vice president under Maduro");
0. a government office holder in a story datelined in a capital ("CARACAS") is taken to be of that country.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from dateline.entities.known_people import known_person
from dateline.entities.lexicon import HONORIFICS, lexicon
from dateline.entities.linking import PersonGroup, ThingGroup, group_people, group_things, surname_candidates
from dateline.entities.mentions import Mention, collect_mentions, doc_words, given_names, is_role_word
from dateline.entities.names import (
    PARTICLES,
    Match,
    compare_names,
    name_tokens,
    surname_forms,
    tokens_equivalent,
    transliteration_key,
)
from dateline.entities.titles import (
    INHERITING_CLASSES,
    Evidence,
    Role,
    copular_country,
    find_nominals,
    nominal_fits,
    roles_after,
    roles_before,
)
from dateline.text import fold

EXPLICIT, DESCRIBED, INHERITED, GUESSED = 3, 2, 1, 0
_OFFICE_CLASSES: frozenset[str] = frozenset({"head", "government", "diplomat"})
_KIND: dict[str, str] = {"PERSON": "person", "ORG": "org", "GPE": "place", "LOC": "place", "FAC": "place"}


@dataclass(slots=True)
class LocalEntity:
    """One entity of one article. ``tokens`` is a person's most specific name; ``key`` identifies a thing."""

    kind: str
    label: str
    name: str
    mentions: list[Mention]
    forms: list[str] = field(default_factory=list)
    tokens: list[str] = field(default_factory=list)
    key: str = ""
    roles: list[Role] = field(default_factory=list)
    country: str | None = None
    country_rank: int = -1
    anchors: list[int] = field(default_factory=list)

    @property
    def full(self) -> bool:
        return self.kind == "person" and len(self.tokens) >= 2

    @property
    def first_start(self) -> int:
        return min(m.start for m in self.mentions)

    def set_country(self, code: str | None, rank: int) -> None:
        if code and rank > self.country_rank:
            self.country, self.country_rank = code, rank

    def add_role(self, role: Role) -> None:
        if all(r.title != role.title for r in self.roles):
            self.roles.append(role)

    @property
    def titles(self) -> list[str]:
        return [r.title for r in self.roles]


def dateline_country(dateline: str | None) -> str | None:
    """The country of a dateline that names a country or a capital: "CARACAS", "VALPARAISO, Chile", "Moscow"."""
    if not dateline:
        return None
    table = lexicon()
    parts = [p.strip() for p in dateline.split(",") if p.strip()]
    if len(parts) > 1 and table.country_of_name(parts[-1]):
        return table.country_of_name(parts[-1])
    return table.country_of_place(parts[0]) if parts else None


def _apply_evidence(entity: LocalEntity, evidence: Evidence, rank: int) -> None:
    for role in evidence.roles:
        entity.add_role(role)
    entity.set_country(evidence.country, rank)


def _people(doc: Any, groups: list[PersonGroup]) -> list[LocalEntity]:
    entities = [
        LocalEntity(kind="person", label="PERSON", name=g.name, mentions=list(g.mentions), forms=list(g.forms), tokens=g.tokens)
        for g in groups
    ]
    owner = {j: n for n, g in enumerate(groups) for m in g.mentions for j in range(m.first, m.last)}
    person_tokens = set(owner)
    for n, entity in enumerate(entities):
        for mention in entity.mentions:
            for evidence in (roles_before(doc, mention.first, person_tokens), roles_after(doc, mention.last, person_tokens)):
                _apply_evidence(entity, evidence, EXPLICIT)
                anchor = owner.get(evidence.anchor_token) if evidence.anchor_token is not None else None
                inherits = any(r.role_class in INHERITING_CLASSES for r in evidence.roles)
                if anchor is not None and anchor != n and inherits and anchor not in entity.anchors:
                    entity.anchors.append(anchor)
            entity.set_country(copular_country(doc, mention.first, mention.last), DESCRIBED)
    return entities


def _link_nominals(doc: Any, people: list[LocalEntity], taken: set[int]) -> None:
    """Link "the Russian leader" to the one person named before it who holds a fitting role."""
    for nominal in find_nominals(doc, taken):
        start = doc[nominal.first].idx
        candidates: list[tuple[LocalEntity, list[Role]]] = []
        for entity in people:
            if not any(m.start < start for m in entity.mentions):
                continue
            if nominal.country and entity.country not in (None, nominal.country):
                continue
            fitting = [r for r in entity.roles if nominal_fits(nominal, r)]
            if fitting:
                candidates.append((entity, fitting))
        if len(candidates) > 1 and not nominal.qualifier:
            current = [c for c in candidates if any(r.qualifier != "former" for r in c[1])]
            candidates = current or candidates
        if len(candidates) != 1:
            continue
        entity = candidates[0][0]
        end = doc[nominal.last - 1].idx + len(doc[nominal.last - 1].text)
        entity.mentions.append(Mention(start, end, doc[nominal.first : nominal.last].text, "PERSON", nominal.first, nominal.last, "nominal"))
        entity.set_country(nominal.country, DESCRIBED)


def _side_name_start(side: Any, first: int) -> int:
    """Where the name ending with the surname at ``first`` starts: back over capitalised given names."""
    table = lexicon()
    start = first
    while start > 0 and first - start < 3:
        token = side[start - 1]
        text = token.text
        if not text[:1].isupper() or not any(c.isalpha() for c in text) or "\n" in token.whitespace_:
            break
        if is_role_word(text) or fold(text) in HONORIFICS or fold(text) in PARTICLES:
            break
        if table.country_of_place(text) or table.country_of_demonym(text):
            break
        start -= 1
    return start


def _side_target(tokens: list[str], candidates: list[LocalEntity]) -> LocalEntity | None:
    """The one body person a name found in a caption can be: a full name must agree with theirs."""
    if len(tokens) >= 2:
        fitting = [
            e
            for e in candidates
            if not e.full or compare_names(tokens, e.tokens) in (Match.SAME, Match.COMPATIBLE)
        ]
    else:
        fitting = candidates
    return fitting[0] if len(fitting) == 1 else None


def _read_side_doc(side: Any, people: list[LocalEntity]) -> None:
    """Aliases, titles and countries from the tokenized title and captions, for people the body names.

    Side texts are not tagged, so their names are found from the body's people: a surname form, then the
    capitalised words before it ("Sergey" in "Russian Foreign Minister Sergey Lavrov").
    """
    index: dict[str, list[tuple[tuple[str, ...], LocalEntity]]] = {}
    for entity in people:
        for form in surname_forms(entity.tokens) if entity.full else [tuple(entity.tokens)]:
            index.setdefault(transliteration_key(form[0]), []).append((form, entity))
    found: list[tuple[int, int, LocalEntity]] = []
    words = doc_words(side)
    i = 0
    while i < len(words):
        matches = index.get(transliteration_key(fold(words[i]))) if words[i][:1].isupper() else None
        best: list[tuple[int, LocalEntity]] = []
        for form, entity in matches or ():
            size = len(form)
            span = [fold(w) for w in words[i : i + size]]
            if len(span) == size and all(tokens_equivalent(w, f) for w, f in zip(span, form)):
                if best and size > best[0][0]:
                    best = []
                if not best or size == best[0][0]:
                    best.append((size, entity))
        if not best:
            i += 1
            continue
        size = best[0][0]
        start = _side_name_start(side, i)
        tokens = name_tokens(side[start : i + size].text)
        if not tokens:
            i += size
            continue
        if start < i and all(not e.full for _, e in best) and tokens[0] not in given_names():
            # Nothing to check the words before a bare surname against but a list of given names: in a
            # title-case headline they are as likely "Republicans Are Following".
            start, tokens = i, name_tokens(side[i : i + size].text)
        target = _side_target(tokens, [entity for _, entity in best])
        if target is not None:
            found.append((start, i + size, target))
            text = side[start : i + size].text
            if len(tokens) >= 2 and text not in target.forms:
                target.forms.append(text)
            if len(tokens) >= 2 and not target.full:
                target.tokens, target.name = tokens, text  # a caption completes a surname-only person
        i += size
    person_tokens = {j for first, last, _ in found for j in range(first, last)}
    for first, last, target in found:
        evidence = roles_before(side, first, person_tokens)
        evidence.anchor_token = None
        _apply_evidence(target, evidence, EXPLICIT)
        _apply_evidence(target, roles_after(side, last, person_tokens), EXPLICIT)


def _things(groups: list[ThingGroup], doc: Any) -> list[LocalEntity]:
    table = lexicon()
    entities: list[LocalEntity] = []
    for group in groups:
        entity = LocalEntity(
            kind=_KIND.get(group.label, "org"),
            label=group.label,
            name=group.name,
            mentions=list(group.mentions),
            forms=list(group.forms),
            key=group.key,
        )
        entity.set_country(group.country, EXPLICIT)
        if entity.kind == "org":
            # "Russian Foreign Ministry": a demonym or country at the start of, or right before, the name.
            for mention in group.mentions:
                words = [doc[mention.first].text]
                if mention.first > 0:
                    words.append(doc[mention.first - 1].text)
                for word in words:
                    entity.set_country(table.country_of_demonym(word) or table.country_of_name(word), EXPLICIT)
        entities.append(entity)
    return entities


def build_article_entities(doc: Any, side_docs: Sequence[Any] = (), dateline: str | None = None) -> list[LocalEntity]:
    """The entities of one article's Doc, with the evidence of its parsed title and captions; pure."""
    mentions = collect_mentions(doc)
    person_groups, rest = group_people(doc, mentions)
    people = _people(doc, person_groups)
    taken = {j for m in mentions if m.label != "NORP" for j in range(m.first, m.last)}
    taken.update(j for e in people for m in e.mentions for j in range(m.first, m.last))
    for side in side_docs:
        _read_side_doc(side, people)
    for entity in people:  # "Yasser Arafat said": a person the text names without a country, whom the table knows
        known = known_person([entity.name, *entity.forms], [role.head for role in entity.roles])
        if known is not None and known.country not in ("IGO", "NGO"):
            entity.set_country(known.country, INHERITED)
    _link_nominals(doc, people, taken)  # after the table, so "the Turkish president" is never President Putin
    guessed = dateline_country(dateline)
    for entity in people:
        if any(r.role_class in _OFFICE_CLASSES for r in entity.roles):
            entity.set_country(guessed, GUESSED)
    for _ in range(2):  # twice, so an aide of an aide inherits too
        for entity in people:
            for anchor in entity.anchors:
                entity.set_country(people[anchor].country, min(INHERITED, people[anchor].country_rank))
    for entity in people:
        entity.mentions.sort(key=lambda m: m.start)
    entities = people + _things(group_things(doc, rest), doc)
    entities.sort(key=lambda e: e.first_start)
    return entities



@dataclass(slots=True)
class ArticleEntities:
    """What one article says about its entities, before collection-wide ids: its local entities, and the words
    that may be surnames of people the collection knows (whether they are is the resolver's question)."""

    entities: list[LocalEntity]
    surname_candidates: list[Mention]


def article_entities(doc: Any, side_docs: Sequence[Any] = (), dateline: str | None = None) -> ArticleEntities:
    """The local step of the entities stage: a pure function of one article's parse."""
    entities = build_article_entities(doc, side_docs, dateline)
    covered = {j for entity in entities for m in entity.mentions for j in range(m.first, m.last)}
    return ArticleEntities(entities, surname_candidates(doc, covered))
