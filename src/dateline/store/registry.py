"""The collection's entity registry, kept in the database: a person in a new page gets the id already stored.

The registry is :class:`~dateline.entities.registry.EntityRegistry`, loaded from the ``entities``, ``entity_keys``
and ``entity_initials`` tables when an ingest starts, and written back, record by record, in the same transaction
as the page that changed it: a page stored is a registry saved, and a page not stored (a crash, an error) leaves
both as they were, in the database and, through the registry's own transaction, in memory.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from sqlalchemy import Connection, insert, select, update

from dateline.entities.registry import EntityRegistry, PersonRecord, ResolvedEntity, ThingRecord, initials_of
from dateline.store.schema import entities, entity_initials, entity_keys
from dateline.text import fold


class StoredRegistry(EntityRegistry):
    """An :class:`EntityRegistry` that loads itself from a store and saves what each page changed."""

    def __init__(self) -> None:
        super().__init__()
        # What the store holds of each record, as last written: a record that has not changed is not written again.
        self._stored: dict[str, tuple[object, ...]] = {}
        self._seq = 0

    @classmethod
    def load(cls, connection: Connection) -> StoredRegistry:
        registry = cls()
        things: dict[str, ThingRecord] = {}
        for row in connection.execute(select(entities).order_by(entities.c.seq)):
            registry._ids.add(row.id)
            registry._stored[row.id] = _snapshot(row.kind, row.name, row.country, row.country_rank, row.tokens, row.forms)
            registry._seq = max(registry._seq, row.seq)
            if row.kind == "person":
                person = PersonRecord(row.id, row.name, list(row.tokens), [list(form) for form in row.forms], row.country, row.country_rank)
                registry.people.append(person)
                registry._by_id[person.id] = person
                registry._index(person)
            else:
                things[row.id] = ThingRecord(row.id, row.name, row.country, row.country_rank)
        for key, entity_id in connection.execute(select(entity_keys.c.key, entity_keys.c.entity_id)):
            if entity_id in things:
                registry.things[key] = things[entity_id]
        for acronym, key in connection.execute(
            select(entity_initials.c.acronym, entity_initials.c.key).order_by(entity_initials.c.pk)
        ):
            registry._initials.setdefault(acronym, []).append(key)
        return registry

    def save(self, connection: Connection, resolved: Sequence[Sequence[ResolvedEntity]]) -> tuple[int, int]:
        """Write the records these resolved entities touched (inside the caller's transaction); how many of them
        are new to the store, and how many it knew."""
        ids = {entity.id for article in resolved for entity in article}
        linked = len(ids & self._stored.keys())
        written: set[str] = set()
        new_keys: dict[str, ResolvedEntity] = {}
        fresh: list[dict[str, object]] = []
        for article in resolved:
            for entity in article:
                if entity.local.kind != "person" and entity.local.key:
                    new_keys.setdefault(entity.local.key, entity)
                if entity.id not in written:
                    written.add(entity.id)
                    self._write(connection, entity, fresh)
        if fresh:
            connection.execute(insert(entities), fresh)
        if new_keys:
            self._save_keys(connection, new_keys)
        return len(ids) - linked, linked

    def _save_keys(self, connection: Connection, new_keys: dict[str, ResolvedEntity]) -> None:
        query = select(entity_keys.c.key).where(entity_keys.c.key.in_(list(new_keys)))
        stored_keys = set(connection.execute(query).scalars())
        keys, acronyms = [], []
        for key, entity in new_keys.items():
            if key in stored_keys:
                continue
            keys.append({"key": key, "entity_id": entity.id})
            acronym = initials(entity.local.name)
            if acronym and key in self._initials.get(acronym, ()):
                acronyms.append({"acronym": acronym, "key": key})
        if keys:
            connection.execute(insert(entity_keys), keys)
        if acronyms:
            connection.execute(insert(entity_initials), acronyms)

    def _write(self, connection: Connection, entity: ResolvedEntity, fresh: list[dict[str, object]]) -> None:
        """Update a changed record now; a new one is added to ``fresh``, inserted with the others in one go."""
        person = self._by_id.get(entity.id)
        record: PersonRecord | ThingRecord | None = person or self.things.get(entity.local.key)
        if record is None:
            return
        values = {
            "kind": "person" if person is not None else entity.local.kind,
            "name": record.name,
            "name_folded": fold(record.name),
            "country": record.country,
            "country_rank": record.country_rank,
            "tokens": list(person.tokens) if person is not None else [],
            "forms": [list(form) for form in person.forms] if person is not None else [],
        }
        snapshot = _snapshot(values["kind"], values["name"], values["country"], values["country_rank"], values["tokens"], values["forms"])
        before = self._stored.get(record.id)
        if before == snapshot:
            return
        if before is not None:
            # The type it was first stored with stays: an id never changes what it names.
            connection.execute(update(entities).where(entities.c.id == record.id).values(**values))
        else:
            self._seq += 1
            fresh.append({"id": record.id, "seq": self._seq, "type": entity.local.label, **values})
        self._stored[record.id] = snapshot
        seq = self._seq - (before is None)

        def undo() -> None:
            if before is None:
                self._stored.pop(record.id, None)
            else:
                self._stored[record.id] = before
            self._seq = seq

        self._journal.note(undo)


def _snapshot(kind: object, name: object, country: object, rank: object, tokens: object, forms: object) -> tuple[object, ...]:
    return (kind, name, country, rank, json.dumps(tokens), json.dumps(forms))


def initials(name: str) -> str | None:
    """The acronym the registry files a several-word organisation's name under ("United Nations" gives "UN")."""
    if len(name.split()) < 2:
        return None
    return initials_of(name) or None
