"""The store's tables: one SQLAlchemy Core definition that SQLite and PostgreSQL both build.

A page is stored whole or not at all (one transaction), and everything an article holds hangs from its row with
``ON DELETE CASCADE``, so replacing a page's old version leaves nothing of it behind. Each record row keeps the
columns queries filter on, and the record itself as JSON (``record``), so what is read back is exactly what the
pipeline wrote. Entities are the collection's: the registry that gives one id per person lives in ``entities``,
``entity_keys`` and ``entity_initials``, and articles point to it through ``article_entities``.

Full-text indexes differ by dialect (FTS5 on SQLite, tsvector on PostgreSQL) and are built by the migrations
beside these tables (:mod:`dateline.store.search`). Any change here comes with a new migration.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData()

# The version of these tables this code reads and writes: the head of the migrations.
SCHEMA_REVISION = "0002"


def _article_fk() -> Column[int]:
    return Column("article_pk", Integer, ForeignKey("articles.pk", ondelete="CASCADE"), nullable=False, index=True)


sources = Table(
    "sources",
    metadata,
    Column("pk", Integer, primary_key=True),
    Column("key", Text, nullable=False, unique=True, comment="The absolute path or URL a page was read from."),
    Column("path", Text, nullable=False),
    Column("url", Text),
    Column("first_seen", String(40), nullable=False),
    Column("last_seen", String(40), nullable=False),
)

pages = Table(
    "pages",
    metadata,
    Column("pk", Integer, primary_key=True),
    Column("source_pk", Integer, ForeignKey("sources.pk", ondelete="CASCADE"), nullable=False, unique=True),
    Column("content_hash", String(64), nullable=False, unique=True, comment="SHA-256 of the decoded page."),
    Column("format", String(8), nullable=False),
    Column("encoding", String(40)),
    Column("bytes", Integer, nullable=False),
    Column("fetched_at", String(40)),
    Column("stored_at", String(40), nullable=False),
    Column("problems", JSON, nullable=False),
)

articles = Table(
    "articles",
    metadata,
    Column("pk", Integer, primary_key=True),
    Column("page_pk", Integer, ForeignKey("pages.pk", ondelete="CASCADE"), nullable=False),
    Column("position", Integer, nullable=False),
    Column("id", String(20), nullable=False, index=True, comment="The article's own id: a-<16 hex>."),
    Column("title", Text),
    Column("published", String(40), index=True),
    Column("updated", String(40)),
    Column("dateline", Text),
    Column("byline", Text),
    Column("agency", Text),
    Column("url", Text),
    Column("language", String(8)),
    Column("text", Text, nullable=False),
    Column("record", JSON, nullable=False, comment="The whole article as to_dict gives it."),
    UniqueConstraint("page_pk", "position"),
)

paragraphs = Table(
    "paragraphs",
    metadata,
    Column("pk", Integer, primary_key=True),
    _article_fk(),
    Column("position", Integer, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("kind", String(10), nullable=False),
)

entities = Table(
    "entities",
    metadata,
    Column("id", String(200), primary_key=True, comment="The collection-wide id: person:sergei-lavrov."),
    Column("kind", String(10), nullable=False, comment="person, org or place: how the registry matches it."),
    Column("name", Text, nullable=False),
    Column("name_folded", Text, nullable=False, index=True, comment="Lower case, accents and punctuation folded."),
    Column("type", String(10), nullable=False),
    Column("country", String(3)),
    Column("country_rank", Integer, nullable=False),
    Column("tokens", JSON, nullable=False, comment="For a person: the folded name the registry matches."),
    Column("forms", JSON, nullable=False, comment="For a person: every full name seen for them."),
    Column("seq", Integer, nullable=False, index=True, comment="Order of creation: the registry is rebuilt in it."),
)

entity_keys = Table(
    "entity_keys",
    metadata,
    Column("key", Text, primary_key=True, comment="An organisation's or place's matching key."),
    Column("entity_id", String(200), ForeignKey("entities.id", ondelete="CASCADE"), nullable=False),
)

entity_initials = Table(
    "entity_initials",
    metadata,
    Column("pk", Integer, primary_key=True),
    Column("acronym", String(40), nullable=False, index=True),
    Column("key", Text, nullable=False),
)

article_entities = Table(
    "article_entities",
    metadata,
    Column("pk", Integer, primary_key=True),
    _article_fk(),
    Column("entity_id", String(200), ForeignKey("entities.id"), nullable=False, index=True),
    Column("type", String(10), nullable=False),
    Column("country", String(3)),
    Column("aliases", JSON, nullable=False),
    Column("titles", JSON, nullable=False),
    Column("mentions", Integer, nullable=False),
)

entity_mentions = Table(
    "entity_mentions",
    metadata,
    Column("pk", Integer, primary_key=True),
    _article_fk(),
    Column("entity_id", String(200), nullable=False, index=True),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
)

quotes = Table(
    "quotes",
    metadata,
    Column("pk", Integer, primary_key=True),
    _article_fk(),
    Column("id", String(12), nullable=False),
    Column("kind", String(10), nullable=False),
    Column("text", Text, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("speaker_entity", String(200), index=True),
    Column("speaker_name", Text),
    Column("speaker_folded", Text, index=True),
    Column("addressee_entity", String(200)),
    Column("addressee_name", Text),
    Column("cue", Text),
    Column("channel", Text),
    Column("date", String(40), index=True, comment="When it was said, else the article's publication."),
    Column("record", JSON, nullable=False),
)

times = Table(
    "times",
    metadata,
    Column("pk", Integer, primary_key=True),
    _article_fk(),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("type", String(10), nullable=False),
    Column("value", String(40), nullable=False),
    Column("mod", String(20)),
)

places = Table(
    "places",
    metadata,
    Column("pk", Integer, primary_key=True),
    _article_fk(),
    Column("id", String(200), nullable=False, index=True),
    Column("name", Text, nullable=False),
    Column("name_folded", Text, nullable=False, index=True),
    Column("geonameid", Integer),
    Column("lat", Float),
    Column("lon", Float),
    Column("country", String(3)),
    Column("feature", String(12)),
    Column("resolved", Boolean, nullable=False),
    Column("dateline", Boolean, nullable=False),
    Column("record", JSON, nullable=False),
)

collection_events = Table(
    "collection_events",
    metadata,
    Column("id", String(40), primary_key=True),
    Column("merge_key", Text, nullable=False, index=True),
    Column("type", String(12), nullable=False),
    Column("cameo", String(8)),
    Column("date", String(40)),
    Column("num_mentions", Integer, nullable=False),
    Column("num_articles", Integer, nullable=False),
    Column("first_seen", String(40)),
    Column("last_seen", String(40)),
    Column("record", JSON, nullable=False),
)

merge_queue = Table(
    "merge_queue",
    metadata,
    Column("merge_key", Text, primary_key=True, comment="Events of this key changed: their collection events are due."),
)

events = Table(
    "events",
    metadata,
    Column("pk", Integer, primary_key=True),
    _article_fk(),
    Column("id", String(12), nullable=False),
    Column("type", String(12), nullable=False),
    Column("mode", String(40)),
    Column("cameo", String(8), index=True),
    Column("quad_class", Integer),
    Column("goldstein", Float),
    Column("date", String(40), comment="The event's own date, else its article's publication day."),
    Column("place_name", Text),
    Column("place_folded", Text, index=True),
    Column("place_country", String(3)),
    Column("place_lat", Float),
    Column("place_lon", Float),
    Column("negated", Boolean, nullable=False),
    Column("hypothetical", Boolean, nullable=False),
    Column("confidence", Float, nullable=False),
    Column("merge_key", Text, nullable=False, index=True, comment="Events that may be one real event share it."),
    Column("collection_event_id", String(40), index=True),
    Column("record", JSON, nullable=False),
    Index("ix_events_type_date", "type", "date"),
)

event_participants = Table(
    "event_participants",
    metadata,
    Column("pk", Integer, primary_key=True),
    Column("event_pk", Integer, ForeignKey("events.pk", ondelete="CASCADE"), nullable=False, index=True),
    Column("role", String(10), nullable=False, comment="actor or recipient."),
    Column("position", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("name", Text, nullable=False),
    Column("name_folded", Text, nullable=False, index=True),
    Column("entity_id", String(200), index=True),
    Column("code", String(20), index=True),
    Column("country", String(3), index=True, comment="The first three letters of a country code."),
)

counts = Table(
    "counts",
    metadata,
    Column("pk", Integer, primary_key=True),
    _article_fk(),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("min", Integer),
    Column("max", Integer),
    Column("approximate", Boolean, nullable=False),
    Column("object", Text),
    Column("type", String(20), index=True),
)

staged_pages = Table(
    "staged_pages",
    metadata,
    Column("content_hash", String(64), primary_key=True),
    Column("source_key", Text, nullable=False),
    Column("parsed", JSON, nullable=False, comment="The page as read, with page-local entity ids, and what they were resolved from."),
    Column("staged_at", String(40), nullable=False),
    comment="Pages a cluster's workers read and wrote, waiting for the one writer to give them the collection's ids.",
)

# Every table that holds an article's records, in the order an export writes them.
RECORD_TABLES: tuple[Table, ...] = (
    paragraphs, article_entities, entity_mentions, quotes, times, places, events, event_participants, counts,
)  # fmt: skip
