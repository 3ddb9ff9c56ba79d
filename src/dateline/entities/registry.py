"""Across articles: one id per person, organisation or place, for a page or a whole collection.

A person named in full joins the record whose name is the same (transliteration and accents aside) or, failing
that, the one record that differs only by a middle name; when the collection knows two such people ("George W.
Bush", "George H. W. Bush") a bare "George Bush" is not guessed. A name that adds a surname ("Nicolas Maduro
Guerra") never joins the shorter name's record. A person named only by surname ("Trump") joins the one person of
the collection with that surname; with none known yet it gets a surname-only record, which the first full name
with that surname later completes; with several known it stays apart. Within one article two entities never share
a record: the article already told them apart.

Ids are readable and stable for the same input: the kind and the canonical name ("person:donald-trump"), with a
number only when two records would otherwise share one.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from typing import Any

from dateline.entities.article import LocalEntity
from dateline.entities.lexicon import fold, lexicon
from dateline.entities.linking import find_known_surnames
from dateline.entities.names import (
    Match,
    compare_names,
    is_surname_of,
    skeleton,
    slug,
    surname_forms,
    tokens_equivalent,
)


@dataclass(slots=True)
class PersonRecord:
    id: str
    name: str
    tokens: list[str]
    forms: list[list[str]] = field(default_factory=list)
    country: str | None = None
    country_rank: int = -1

    @property
    def surname_only(self) -> bool:
        return len(self.tokens) < 2


@dataclass(slots=True)
class ThingRecord:
    id: str
    name: str
    country: str | None = None
    country_rank: int = -1


@dataclass(slots=True)
class Resolution:
    """What the registry says of one local entity."""

    id: str
    name: str
    country: str | None


class EntityRegistry:
    """Records of every entity seen in a run; lives in ``context.resource`` so ids hold across pages."""

    def __init__(self) -> None:
        self.people: list[PersonRecord] = []
        self._blocks: dict[str, list[PersonRecord]] = {}
        self.things: dict[str, ThingRecord] = {}
        self._initials: dict[str, list[str]] = {}
        self._ids: set[str] = set()

    # ids ---------------------------------------------------------------------------------------------------------
    def _new_id(self, kind: str, name: str) -> str:
        base = f"{kind}:{slug(name)}"
        candidate, n = base, 1
        while candidate in self._ids:
            n += 1
            candidate = f"{base}-{n}"
        self._ids.add(candidate)
        return candidate

    # people ------------------------------------------------------------------------------------------------------
    def _block(self, tokens: list[str]) -> list[PersonRecord]:
        return self._blocks.get(skeleton(tokens[-1]), []) if tokens else []

    def _index(self, record: PersonRecord) -> None:
        # Under every surname the record can be named by, so "Xi" finds "Xi Jinping" and "Lavrov" finds "Sergei".
        for form in surname_forms(record.tokens):
            block = self._blocks.setdefault(skeleton(form[-1]), [])
            if record not in block:
                block.append(record)

    def _add_person(self, entity: LocalEntity) -> PersonRecord:
        record = PersonRecord(self._new_id("person", entity.name), entity.name, list(entity.tokens), [list(entity.tokens)])
        self.people.append(record)
        self._index(record)
        return record

    def _match_full(self, entity: LocalEntity, used: set[str]) -> PersonRecord | None:
        candidates = [r for r in self._block(entity.tokens) if r.id not in used]
        full = [r for r in candidates if not r.surname_only]
        same = [r for r in full if any(compare_names(entity.tokens, form) is Match.SAME for form in r.forms)]
        if same:
            return same[0]
        compatible = [r for r in full if compare_names(entity.tokens, r.tokens) is Match.COMPATIBLE]
        if compatible:
            return compatible[0] if len(compatible) == 1 else None
        shares_surname = [r for r in full if tokens_equivalent(r.tokens[-1], entity.tokens[-1])]
        open_records = [r for r in candidates if r.surname_only and is_surname_of(r.tokens, entity.tokens)]
        if open_records and not shares_surname:
            return open_records[0]
        return None

    def _resolve_full(self, entity: LocalEntity, used: set[str]) -> PersonRecord:
        record = self._match_full(entity, used)
        if record is None:
            return self._add_person(entity)
        if record.surname_only or len(entity.tokens) > len(record.tokens):
            if record.surname_only:
                record.name = entity.name  # "Trump" seen first is completed by "Donald Trump"
            record.tokens = list(entity.tokens)
            self._index(record)
        if all(compare_names(entity.tokens, form) is not Match.SAME for form in record.forms if len(form) > 1):
            record.forms.append(list(entity.tokens))
        return record

    def _resolve_surname(self, entity: LocalEntity, used: set[str]) -> PersonRecord:
        candidates = [r for r in self._block(entity.tokens) if r.id not in used and is_surname_of(entity.tokens, r.tokens)]
        full = [r for r in candidates if not r.surname_only]
        if len(full) == 1:
            return full[0]
        open_records = [r for r in candidates if r.surname_only]
        return open_records[0] if open_records else self._add_person(entity)

    def known_surname(self, text: str, used: Collection[str] = ()) -> str | None:
        """The id of the one person named in full with this one-word surname, if exactly one, else None."""
        tokens = [fold(text)]
        records = [r for r in self._block(tokens) if not r.surname_only and is_surname_of(tokens, r.tokens)]
        return records[0].id if len(records) == 1 and records[0].id not in used else None

    def _add_known_surnames(self, entities: list[LocalEntity], doc: Any, used: set[str]) -> dict[int, PersonRecord]:
        """People the article names only by a surname the model did not tag, but the collection knows."""
        covered = {j for e in entities for m in e.mentions for j in range(m.first, m.last)}
        by_id = {r.id: r for r in self.people}
        found = find_known_surnames(doc, covered, lambda word: self.known_surname(word, used))
        records: dict[int, PersonRecord] = {}
        for record_id, mentions in found.items():
            entity = LocalEntity(
                kind="person", label="PERSON", name=mentions[0].text, mentions=mentions,
                forms=[mentions[0].text], tokens=[fold(mentions[0].text)],
            )
            entities.append(entity)
            records[id(entity)] = by_id[record_id]
            used.add(record_id)
        entities.sort(key=lambda e: e.first_start)
        return records

    # organisations and places ----------------------------------------------------------------------------------
    def _resolve_thing(self, entity: LocalEntity) -> ThingRecord:
        record = self.things.get(entity.key)
        if record is None and entity.name.isupper() and 2 <= len(entity.name) <= 6:
            matches = self._initials.get(entity.name, [])
            record = self.things[matches[0]] if len(matches) == 1 else None
        if record is None and len(entity.name.split()) > 1:
            acronym = "".join(w[0] for w in entity.name.split() if w[:1].isupper()).upper()
            record = self.things.get(fold(acronym)) if len(acronym) >= 2 else None
        if record is None:
            record = ThingRecord(self._new_id(entity.kind, entity.name), entity.name)
            if len(entity.name.split()) > 1:
                acronym = "".join(w[0] for w in entity.name.split() if w[:1].isupper()).upper()
                self._initials.setdefault(acronym, []).append(entity.key)
        self.things.setdefault(entity.key, record)
        return record

    # a batch -----------------------------------------------------------------------------------------------------
    def resolve(self, articles: list[list[LocalEntity]], docs: Sequence[Any] = ()) -> list[list[Resolution]]:
        """Ids, canonical names and best-known countries for the entities of a batch of articles, in order.

        Full names go first across the whole batch, so a bare "Trump" in the first article still finds the
        "Donald Trump" of the second. With the articles' ``docs``, a surname the model did not tag at all is
        found too when the collection knows exactly one person by it; new entities are added to ``articles``.
        """
        table = lexicon()
        for entities in articles:
            for entity in entities:
                single = entity.kind != "person" and len(entity.name.split()) == 1 and entity.label != "GPE"
                if single and not table.is_known_place(entity.name) and self.known_surname(entity.name):
                    entity.kind, entity.label, entity.tokens = "person", "PERSON", [fold(entity.name)]
        records: list[dict[int, PersonRecord | ThingRecord]] = [{} for _ in articles]
        used: list[set[str]] = [set() for _ in articles]
        for n, entities in enumerate(articles):
            people = [e for e in entities if e.kind == "person" and e.full]
            for entity in sorted(people, key=lambda e: -len(e.tokens)):
                person = self._resolve_full(entity, used[n])
                used[n].add(person.id)
                records[n][id(entity)] = person
        for n, doc in enumerate(docs):
            records[n].update(self._add_known_surnames(articles[n], doc, used[n]))
        for n, entities in enumerate(articles):
            for entity in entities:
                if id(entity) in records[n]:
                    continue
                if entity.kind == "person" and not entity.full:
                    person = self._resolve_surname(entity, used[n])
                    used[n].add(person.id)
                    records[n][id(entity)] = person
                elif entity.kind != "person":
                    records[n][id(entity)] = self._resolve_thing(entity)
        results: list[list[Resolution]] = []
        for n, entities in enumerate(articles):
            resolved = []
            for entity in entities:
                record: PersonRecord | ThingRecord = records[n][id(entity)]
                if entity.country_rank > record.country_rank:
                    record.country, record.country_rank = entity.country, entity.country_rank
                country = entity.country if entity.country_rank >= record.country_rank else record.country
                resolved.append(Resolution(record.id, record.name, country))
            results.append(resolved)
        return results


def entity_record(entity: LocalEntity, resolution: Resolution) -> dict[str, Any]:
    """The output form of one entity: the shape ``Article.entities`` documents."""
    aliases: list[str] = []
    for form in entity.forms:
        if form != resolution.name and form not in aliases:
            aliases.append(form)
    mentions = []
    seen: set[tuple[int, int]] = set()
    for mention in sorted(entity.mentions, key=lambda m: m.start):
        if (mention.start, mention.end) not in seen:
            seen.add((mention.start, mention.end))
            mentions.append({"start": mention.start, "end": mention.end, "text": mention.text})
    return {
        "id": resolution.id,
        "name": resolution.name,
        "type": entity.label,
        "aliases": aliases,
        "titles": entity.titles,
        "country": resolution.country,
        "mentions": mentions,
    }
