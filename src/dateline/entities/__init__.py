"""Entities: people, organisations and places, repaired with document evidence and resolved across articles.

The modules go from one Doc outwards: :mod:`.mentions` repairs the model's spans, :mod:`.titles` reads roles and
countries around a name, :mod:`.linking` groups one article's mentions, :mod:`.article` assembles one article's
entities, :mod:`.names` compares names, :mod:`.registry` gives ids across articles (behind the :class:`EntityResolver` interface a store can implement),
:mod:`.stage` runs the local step and the resolve step as two stages.
"""

from dateline.entities.article import ArticleEntities, LocalEntity, article_entities, build_article_entities
from dateline.entities.registry import EntityRegistry, EntityResolver, ResolvedEntity, entity_record

__all__ = [
    "ArticleEntities", "EntityRegistry", "EntityResolver", "LocalEntity", "ResolvedEntity", "article_entities",
    "build_article_entities", "entity_record",
]  # fmt: skip
