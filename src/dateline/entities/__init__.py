"""Entities: people, organisations and places, repaired with document evidence and resolved across articles.

The modules go from one Doc outwards: :mod:`.mentions` repairs the model's spans, :mod:`.titles` reads roles and
countries around a name, :mod:`.linking` groups one article's mentions, :mod:`.article` assembles one article's
entities, :mod:`.names` compares names, :mod:`.registry` gives ids across articles, :mod:`.stage` attaches them.
"""

from dateline.entities.article import LocalEntity, build_article_entities
from dateline.entities.registry import EntityRegistry, entity_record

__all__ = ["EntityRegistry", "LocalEntity", "build_article_entities", "entity_record"]
