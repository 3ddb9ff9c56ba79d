"""Everything one article says about its entities, before any cross-article resolution.

The article's Doc gives the mentions and the words around them; the parsed title and captions (parsed in the same
language pass) add aliases ("Sergey Lavrov" beside the body's "Sergei Lavrov"), titles and countries for people the
body names, but no mentions, since mentions point into the article text. Countries are ranked by how directly the
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

from dateline.entities.lexicon import lexicon
from dateline.entities.linking import PersonGroup, ThingGroup, group_people, group_things, is_surname_form
from dateline.entities.mentions import Mention, collect_mentions
from dateline.entities.names import Match, compare_names, name_tokens, tokens_equivalent
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
        entity.mentions.append(Mention(start, end, doc.text[start:end], "PERSON", nominal.first, nominal.last, "nominal"))
        entity.set_country(nominal.country, DESCRIBED)


def _side_target(group: PersonGroup, people: list[LocalEntity]) -> LocalEntity | None:
    if group.full:
        same = [e for e in people if e.full and compare_names(group.tokens, e.tokens) is Match.SAME]
        if not same:
            same = [e for e in people if e.full and compare_names(group.tokens, e.tokens) is Match.COMPATIBLE]
        return same[0] if len(same) == 1 else None
    matches = [
        e
        for e in people
        if (e.full and is_surname_form(group.tokens, e.tokens))
        or (e.full and len(group.tokens) == 1 and tokens_equivalent(group.tokens[0], e.tokens[-1]))
        or (not e.full and e.tokens and len(e.tokens) == len(group.tokens) and tokens_equivalent(group.tokens[0], e.tokens[0]))
    ]
    return matches[0] if len(matches) == 1 else None


def _read_side_doc(side: Any, people: list[LocalEntity]) -> None:
    """Aliases, titles and countries from a parsed caption or title, for people the article body names."""
    groups, _ = group_people(side, collect_mentions(side))
    tokens = {j for g in groups for m in g.mentions for j in range(m.first, m.last)}
    for group in groups:
        target = _side_target(group, people)
        if target is None:
            continue
        for form in group.forms:
            if len(name_tokens(form)) >= 2 and form not in target.forms:
                target.forms.append(form)
        for mention in group.mentions:
            _apply_evidence(target, roles_before(side, mention.first, tokens), EXPLICIT)
            _apply_evidence(target, roles_after(side, mention.last, tokens), EXPLICIT)


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
    _link_nominals(doc, people, taken)
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

