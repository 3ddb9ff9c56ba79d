"""The entities stages: each article's entities on their own (``mentions``), then collection-wide ids (``entities``).

The first is a pure function of one article's parse, so it can run anywhere, in parallel; the second holds the
collection's records and sees every page, whole and in input order, in one place.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import groupby

from dateline.entities.article import article_entities
from dateline.entities.registry import EntityRegistry, EntityResolver, entity_record
from dateline.language import ENGLISH, side_docs
from dateline.pipeline import Settings, Work, stage


@stage("mentions", reads=("parse", "dateline"), writes=("local_entities",), languages=ENGLISH)
def mentions_stage(batch: Sequence[Work], resource: None) -> None:
    """Each article's people, organisations and places with their mentions, titles and countries, linked within
    the article."""
    found = [article_entities(work.doc, side_docs(work.doc), work.article.dateline) for work in batch]
    for work, local in zip(batch, found):
        work.local_entities = local


def in_memory_resolver(settings: Settings, options: None) -> EntityResolver:
    return EntityRegistry()


@stage("entities", reads=("local_entities",), writes=("entities",), setup=in_memory_resolver, serial=True, languages=ENGLISH)
def entities_stage(batch: Sequence[Work], resolver: EntityResolver) -> None:
    """Entities with titles, countries and every mention, the same person with the same id in every article."""
    pages = [list(works) for _, works in groupby(batch, key=lambda work: work.page)]
    with resolver.transaction():  # one call, one unit: a retry after a failure never counts a page twice
        resolved = [resolver.resolve([work.local_entities for work in works], page=works[0].page) for works in pages]
    for works, page in zip(pages, resolved):
        for work, entities in zip(works, page):
            work.article.entities = [entity_record(entity) for entity in entities]


MENTIONS = mentions_stage
ENTITIES = entities_stage
