"""Across articles: one id per person, organisation or place, for a page or a whole collection.

A person named in full joins the record whose name is the same (transliteration and accents aside) or, failing
that, the one record that differs only by a middle name; when the collection knows two such people ("George W.
Bush", "George H. W. Bush") a bare "George Bush" is not guessed. A name that adds a surname ("Nicolas Maduro
Guerra") never joins the shorter name's record. A person named only by surname ("Trump") joins the one person of
the collection with that surname; with none known yet it gets a surname-only record, which the first full name
with that surname later completes; with several known it stays apart. Within one article two entities never share
a record: the article already told them apart.

Ids are readable: the kind and the name first given ("person:donald-trump"), with a number only when two records
would otherwise share one. An id, and the name it was given with, never change: a fuller name found later is
added as an alias (and to the forms the record matches). Pages are resolved one at a time, in input order, with
every full name of a page before its bare surnames, so the ids depend on the pages and their order, never on how
the run batched them.

Each :meth:`EntityRegistry.resolve` call is one transaction: if it fails, nothing of it stays in the registry, so
the pipeline can try the page again article by article without counting anything twice.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field, replace
from typing import Protocol

from dateline.entities.article import ArticleEntities, LocalEntity
from dateline.entities.lexicon import lexicon
from dateline.entities.mentions import Mention
from dateline.entities.names import (
    Match,
    compare_names,
    is_surname_of,
    skeleton,
    slug,
    surname_forms,
    tokens_equivalent,
)
from dateline.records import Entity, EntityMention
from dateline.text import fold


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
class ResolvedEntity:
    """One entity of an article and what the collection says of it: its id, the collection's name, a country."""

    local: LocalEntity
    id: str
    name: str
    country: str | None


class EntityResolver(Protocol):
    """Collection-wide ids for the entities of one page's articles. The in-memory :class:`EntityRegistry` is one;
    a store implements the same against its tables."""

    def resolve(self, articles: Sequence[ArticleEntities], *, page: int | None = None) -> list[list[ResolvedEntity]]:
        """Every entity of each article (the collection may find more: known surnames), with ids; atomic.
        ``page`` numbers the page they are of, in the order the pipeline met its pages (the same number for
        every window of a long article)."""
        ...

    def transaction(self) -> AbstractContextManager[None]:
        """The resolves made inside are one unit: all kept, or (if it raises) none."""
        ...


class Journal:
    """How to undo each change made inside a transaction, so a failed one leaves no trace."""

    def __init__(self) -> None:
        self._steps: list[Callable[[], object]] | None = None

    def note(self, undo: Callable[[], object]) -> None:
        if self._steps is not None:
            self._steps.append(undo)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        if self._steps is not None:
            yield  # inside another transaction: that one undoes everything
            return
        self._steps = []
        try:
            yield
        except BaseException:
            for undo in reversed(self._steps):
                undo()
            raise
        finally:
            self._steps = None


class EntityRegistry:
    """Records of every entity seen by one pipeline, in memory; ids hold across every page it resolves."""

    def __init__(self) -> None:
        self.people: list[PersonRecord] = []
        self._by_id: dict[str, PersonRecord] = {}
        self._blocks: dict[str, list[PersonRecord]] = {}
        self.things: dict[str, ThingRecord] = {}
        self._initials: dict[str, list[str]] = {}
        self._ids: set[str] = set()
        self._journal = Journal()

    def transaction(self) -> AbstractContextManager[None]:
        """Changes made inside are all undone if it raises."""
        return self._journal.transaction()

    # ids ---------------------------------------------------------------------------------------------------------
    def _new_id(self, kind: str, name: str) -> str:
        base = f"{kind}:{slug(name)}"
        candidate, n = base, 1
        while candidate in self._ids:
            n += 1
            candidate = f"{base}-{n}"
        self._ids.add(candidate)
        self._journal.note(lambda: self._ids.discard(candidate))
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
                self._journal.note(lambda block=block: block.remove(record))  # type: ignore[misc]

    def _add_person(self, entity: LocalEntity) -> PersonRecord:
        record = PersonRecord(self._new_id("person", entity.name), entity.name, list(entity.tokens), [list(entity.tokens)])
        self.people.append(record)
        self._by_id[record.id] = record
        self._journal.note(self.people.pop)
        self._journal.note(lambda: self._by_id.pop(record.id))
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
            # "Trump" seen first is completed by "Donald Trump": the record matches the full name from now on, and
            # keeps the id and name it was given.
            previous = record.tokens
            record.tokens = list(entity.tokens)
            self._journal.note(lambda: setattr(record, "tokens", previous))
            self._index(record)
        if all(compare_names(entity.tokens, form) is not Match.SAME for form in record.forms if len(form) > 1):
            record.forms.append(list(entity.tokens))
            self._journal.note(record.forms.pop)
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

    def _add_known_surnames(
        self, entities: list[LocalEntity], candidates: Sequence[Mention], used: set[str]
    ) -> dict[int, PersonRecord]:
        """People the article names only by a surname the model did not tag, but the collection knows."""
        found: dict[str, list[Mention]] = {}
        for mention in candidates:
            record_id = self.known_surname(mention.text, used)
            if record_id is not None:
                found.setdefault(record_id, []).append(mention)
        records: dict[int, PersonRecord] = {}
        for record_id, mentions in found.items():
            entity = LocalEntity(
                kind="person", label="PERSON", name=mentions[0].text, mentions=mentions,
                forms=[mentions[0].text], tokens=[fold(mentions[0].text)],
            )  # fmt: skip
            entities.append(entity)
            records[id(entity)] = self._by_id[record_id]
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
            acronym = initials_of(entity.name)
            record = self.things.get(fold(acronym)) if len(acronym) >= 2 else None
        if record is None:
            record = ThingRecord(self._new_id(entity.kind, entity.name), entity.name)
            if len(entity.name.split()) > 1:
                acronym = initials_of(entity.name)
                keys = self._initials.setdefault(acronym, [])
                keys.append(entity.key)
                self._journal.note(keys.pop)
        if entity.key not in self.things:
            self.things[entity.key] = record
            self._journal.note(lambda: self.things.pop(entity.key))
        return record

    # a page -----------------------------------------------------------------------------------------------------
    def resolve(self, articles: Sequence[ArticleEntities], *, page: int | None = None) -> list[list[ResolvedEntity]]:
        """Ids, the collection's names and best-known countries for the entities of one page's articles, in order.

        Full names go first across the whole page, so a bare "Trump" in its first article still finds the "Donald
        Trump" of its second. A surname the model did not tag at all is found too when the collection knows exactly
        one person by it. The articles given are not changed; all of it is undone if anything fails.
        """
        with self.transaction():
            return self._resolve([list(article.entities) for article in articles], [a.surname_candidates for a in articles])

    def _resolve(self, articles: list[list[LocalEntity]], candidates: list[list[Mention]]) -> list[list[ResolvedEntity]]:
        table = lexicon()
        for entities in articles:
            for index, entity in enumerate(entities):
                single = entity.kind != "person" and len(entity.name.split()) == 1 and entity.label != "GPE"
                if single and not table.is_known_place(entity.name) and self.known_surname(entity.name):
                    entities[index] = replace(entity, kind="person", label="PERSON", tokens=[fold(entity.name)])
        records: list[dict[int, PersonRecord | ThingRecord]] = [{} for _ in articles]
        used: list[set[str]] = [set() for _ in articles]
        for n, entities in enumerate(articles):
            people = [e for e in entities if e.kind == "person" and e.full]
            for entity in sorted(people, key=lambda e: -len(e.tokens)):
                person = self._resolve_full(entity, used[n])
                used[n].add(person.id)
                records[n][id(entity)] = person
        for n, words in enumerate(candidates):
            records[n].update(self._add_known_surnames(articles[n], words, used[n]))
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
        results: list[list[ResolvedEntity]] = []
        for n, entities in enumerate(articles):
            resolved = []
            for entity in entities:
                record: PersonRecord | ThingRecord = records[n][id(entity)]
                if entity.country_rank > record.country_rank:
                    before = record.country, record.country_rank
                    record.country, record.country_rank = entity.country, entity.country_rank
                    self._journal.note(lambda record=record, before=before: _set_country(record, before))  # type: ignore[misc]
                country = entity.country if entity.country_rank >= record.country_rank else record.country
                resolved.append(ResolvedEntity(entity, record.id, record.name, country))
            results.append(resolved)
        return results


def initials_of(name: str) -> str:
    """The capitals that begin a name's words: "United Nations" gives "UN" (an acronym's matching key)."""
    return "".join(word[0] for word in name.split() if word[:1].isupper()).upper()


def _set_country(record: PersonRecord | ThingRecord, value: tuple[str | None, int]) -> None:
    record.country, record.country_rank = value


def entity_record(resolved: ResolvedEntity) -> Entity:
    """The output record of one resolved entity."""
    entity = resolved.local
    aliases: list[str] = []
    for form in entity.forms:
        if form != resolved.name and form not in aliases:
            aliases.append(form)
    mentions = []
    seen: set[tuple[int, int]] = set()
    for mention in sorted(entity.mentions, key=lambda m: m.start):
        if (mention.start, mention.end) not in seen:
            seen.add((mention.start, mention.end))
            mentions.append(EntityMention(mention.start, mention.end, mention.text))
    return Entity(
        id=resolved.id,
        name=resolved.name,
        type=entity.label,
        aliases=aliases,
        titles=entity.titles,
        country=resolved.country,
        mentions=mentions,
    )
