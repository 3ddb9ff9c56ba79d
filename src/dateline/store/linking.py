"""The reduce side of entity ids: a parsed page's entities get the collection's ids, in input order.

The page was read with ids of its own (:mod:`dateline.store.parsing`); here each of its entities stage calls is
resolved again against the collection's registry, and every id the page's records hold (entities, quote speakers
and addressees, event actors and recipients) is rewritten to the collection's, with the collection's name and
best-known country. Two page-local entities the collection knows to be one person become one entity.

What the collection registry finds beyond the page (a surname the model did not tag, of a person the collection
knows) is not added here: the page's quotes and events were read without it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from dateline.entities.registry import EntityRegistry, ResolvedEntity
from dateline.model import Article, Page
from dateline.records import Entity, EntityMention, EventActor, QuotePerson
from dateline.store.parsing import ResolveCall


@dataclass(frozen=True, slots=True)
class CollectionEntity:
    id: str
    name: str
    country: str | None


def link_page(page: Page, calls: Sequence[ResolveCall], registry: EntityRegistry) -> list[list[ResolvedEntity]]:
    """Resolve the page's calls against ``registry`` and rewrite its records' ids; the resolved entities (for the
    store to save) are returned. Runs inside the caller's registry transaction."""
    mapping: dict[str, CollectionEntity] = {}
    resolved_all: list[list[ResolvedEntity]] = []
    for call in calls:
        collection = registry.resolve(call.articles)
        resolved_all.extend(collection)
        for local_article, collection_article in zip(call.resolved, collection):
            by_first = {_first_mention(entity): entity for entity in collection_article}
            for local in local_article:
                found = by_first.get(_first_mention(local))
                if found is not None and local.id not in mapping:
                    mapping[local.id] = CollectionEntity(found.id, found.name, found.country)
    for article in page.articles:
        _rewrite(article, mapping)
    return resolved_all


def _first_mention(entity: ResolvedEntity) -> tuple[int, int, str]:
    first = min(entity.local.mentions, key=lambda mention: (mention.start, mention.end))
    return first.start, first.end, first.text


def _rewrite(article: Article, mapping: dict[str, CollectionEntity]) -> None:
    if article.entities is not None:
        article.entities = _merged_entities(article.entities, mapping)
    for quote in article.quotes or ():
        quote.speaker = _person(quote.speaker, mapping)
        quote.addressee = _person(quote.addressee, mapping)
    for event in article.events or ():
        for actor in [*event.actors, *event.recipients]:
            _actor(actor, mapping)


def _merged_entities(entities: list[Entity], mapping: dict[str, CollectionEntity]) -> list[Entity]:
    merged: dict[str, Entity] = {}
    for entity in entities:
        target = mapping.get(entity.id)
        if target is not None:
            if entity.name != target.name and entity.name not in entity.aliases:
                entity.aliases.append(entity.name)
            entity.id, entity.name = target.id, target.name
            entity.country = target.country or entity.country
            if target.name in entity.aliases:
                entity.aliases.remove(target.name)
        known = merged.get(entity.id)
        if known is None:
            merged[entity.id] = entity
            continue
        # The collection knows two of the page's entities to be one: their mentions make one record.
        spans = {(m.start, m.end) for m in known.mentions}
        known.mentions = sorted(
            [*known.mentions, *(m for m in entity.mentions if (m.start, m.end) not in spans)], key=_mention_order
        )
        known.aliases.extend(alias for alias in entity.aliases if alias not in known.aliases and alias != known.name)
        known.titles.extend(title for title in entity.titles if title not in known.titles)
    return list(merged.values())


def _mention_order(mention: EntityMention) -> tuple[int, int]:
    return mention.start, mention.end


def _person(person: QuotePerson | None, mapping: dict[str, CollectionEntity]) -> QuotePerson | None:
    if person is not None and person.entity in mapping:
        target = mapping[person.entity]
        person.entity, person.name = target.id, target.name
    return person


def _actor(actor: EventActor, mapping: dict[str, CollectionEntity]) -> None:
    if actor.entity in mapping:
        target = mapping[actor.entity]
        actor.entity, actor.name = target.id, target.name
