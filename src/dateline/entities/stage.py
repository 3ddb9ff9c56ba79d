"""The ``entities`` stage: people, organisations and places of each article, with ids shared across articles."""

from __future__ import annotations

from collections.abc import Sequence

from dateline.entities.article import build_article_entities
from dateline.entities.registry import EntityRegistry, entity_record
from dateline.language import side_docs
from dateline.model import Article
from dateline.pipeline import Context, stage

REGISTRY_RESOURCE = "entities:registry"


@stage("entities", requires=("language",), assigns=("entities",))
def entities_stage(articles: Sequence[Article], context: Context) -> None:
    """Entities with titles, countries and every mention, the same person with the same id in every article."""
    registry: EntityRegistry = context.resource(REGISTRY_RESOURCE, EntityRegistry)
    docs = [context.parse(article) for article in articles]
    found = [build_article_entities(doc, side_docs(doc), article.dateline) for article, doc in zip(articles, docs)]
    resolutions = registry.resolve(found, docs)
    for article, entities, resolved in zip(articles, found, resolutions):
        article.entities = [entity_record(entity, resolution) for entity, resolution in zip(entities, resolved)]
