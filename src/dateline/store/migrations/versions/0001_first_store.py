"""The first store: pages, articles and every record kind, with full-text indexes.

Revision ID: 0001
Revises: (none)
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('collection_events',
    sa.Column('id', sa.String(length=40), nullable=False),
    sa.Column('merge_key', sa.Text(), nullable=False),
    sa.Column('type', sa.String(length=12), nullable=False),
    sa.Column('cameo', sa.String(length=8), nullable=True),
    sa.Column('date', sa.String(length=40), nullable=True),
    sa.Column('num_mentions', sa.Integer(), nullable=False),
    sa.Column('num_articles', sa.Integer(), nullable=False),
    sa.Column('first_seen', sa.String(length=40), nullable=True),
    sa.Column('last_seen', sa.String(length=40), nullable=True),
    sa.Column('record', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('collection_events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_collection_events_merge_key'), ['merge_key'], unique=False)

    op.create_table('merge_queue',
    sa.Column('merge_key', sa.Text(), nullable=False, comment='Events of this key changed: their collection events are due.'),
    sa.PrimaryKeyConstraint('merge_key')
    )
    op.create_table('entities',
    sa.Column('id', sa.String(length=200), nullable=False, comment='The collection-wide id: person:sergei-lavrov.'),
    sa.Column('kind', sa.String(length=10), nullable=False, comment='person, org or place: how the registry matches it.'),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('name_folded', sa.Text(), nullable=False, comment='Lower case, accents and punctuation folded.'),
    sa.Column('type', sa.String(length=10), nullable=False),
    sa.Column('country', sa.String(length=3), nullable=True),
    sa.Column('country_rank', sa.Integer(), nullable=False),
    sa.Column('tokens', sa.JSON(), nullable=False, comment='For a person: the folded name the registry matches.'),
    sa.Column('forms', sa.JSON(), nullable=False, comment='For a person: every full name seen for them.'),
    sa.Column('seq', sa.Integer(), nullable=False, comment='Order of creation: the registry is rebuilt in it.'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('entities', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_entities_name_folded'), ['name_folded'], unique=False)
        batch_op.create_index(batch_op.f('ix_entities_seq'), ['seq'], unique=False)

    op.create_table('entity_initials',
    sa.Column('pk', sa.Integer(), nullable=False),
    sa.Column('acronym', sa.String(length=40), nullable=False),
    sa.Column('key', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('pk')
    )
    with op.batch_alter_table('entity_initials', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_entity_initials_acronym'), ['acronym'], unique=False)

    op.create_table('sources',
    sa.Column('pk', sa.Integer(), nullable=False),
    sa.Column('key', sa.Text(), nullable=False, comment='The absolute path or URL a page was read from.'),
    sa.Column('path', sa.Text(), nullable=False),
    sa.Column('url', sa.Text(), nullable=True),
    sa.Column('first_seen', sa.String(length=40), nullable=False),
    sa.Column('last_seen', sa.String(length=40), nullable=False),
    sa.PrimaryKeyConstraint('pk'),
    sa.UniqueConstraint('key')
    )
    op.create_table('entity_keys',
    sa.Column('key', sa.Text(), nullable=False, comment="An organisation's or place's matching key."),
    sa.Column('entity_id', sa.String(length=200), nullable=False),
    sa.ForeignKeyConstraint(['entity_id'], ['entities.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('key')
    )
    op.create_table('pages',
    sa.Column('pk', sa.Integer(), nullable=False),
    sa.Column('source_pk', sa.Integer(), nullable=False),
    sa.Column('content_hash', sa.String(length=64), nullable=False, comment='SHA-256 of the decoded page.'),
    sa.Column('format', sa.String(length=8), nullable=False),
    sa.Column('encoding', sa.String(length=40), nullable=True),
    sa.Column('bytes', sa.Integer(), nullable=False),
    sa.Column('fetched_at', sa.String(length=40), nullable=True),
    sa.Column('stored_at', sa.String(length=40), nullable=False),
    sa.Column('problems', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['source_pk'], ['sources.pk'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('pk'),
    sa.UniqueConstraint('content_hash'),
    sa.UniqueConstraint('source_pk')
    )
    op.create_table('articles',
    sa.Column('pk', sa.Integer(), nullable=False),
    sa.Column('page_pk', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('id', sa.String(length=20), nullable=False, comment="The article's own id: a-<16 hex>."),
    sa.Column('title', sa.Text(), nullable=True),
    sa.Column('published', sa.String(length=40), nullable=True),
    sa.Column('updated', sa.String(length=40), nullable=True),
    sa.Column('dateline', sa.Text(), nullable=True),
    sa.Column('byline', sa.Text(), nullable=True),
    sa.Column('agency', sa.Text(), nullable=True),
    sa.Column('url', sa.Text(), nullable=True),
    sa.Column('language', sa.String(length=8), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('record', sa.JSON(), nullable=False, comment='The whole article as to_dict gives it.'),
    sa.ForeignKeyConstraint(['page_pk'], ['pages.pk'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('pk'),
    sa.UniqueConstraint('page_pk', 'position')
    )
    with op.batch_alter_table('articles', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_articles_id'), ['id'], unique=False)
        batch_op.create_index(batch_op.f('ix_articles_published'), ['published'], unique=False)

    op.create_table('article_entities',
    sa.Column('pk', sa.Integer(), nullable=False),
    sa.Column('article_pk', sa.Integer(), nullable=False),
    sa.Column('entity_id', sa.String(length=200), nullable=False),
    sa.Column('type', sa.String(length=10), nullable=False),
    sa.Column('country', sa.String(length=3), nullable=True),
    sa.Column('aliases', sa.JSON(), nullable=False),
    sa.Column('titles', sa.JSON(), nullable=False),
    sa.Column('mentions', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['article_pk'], ['articles.pk'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['entity_id'], ['entities.id'], ),
    sa.PrimaryKeyConstraint('pk')
    )
    with op.batch_alter_table('article_entities', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_article_entities_article_pk'), ['article_pk'], unique=False)
        batch_op.create_index(batch_op.f('ix_article_entities_entity_id'), ['entity_id'], unique=False)

    op.create_table('counts',
    sa.Column('pk', sa.Integer(), nullable=False),
    sa.Column('article_pk', sa.Integer(), nullable=False),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('min', sa.Integer(), nullable=True),
    sa.Column('max', sa.Integer(), nullable=True),
    sa.Column('approximate', sa.Boolean(), nullable=False),
    sa.Column('object', sa.Text(), nullable=True),
    sa.Column('type', sa.String(length=20), nullable=True),
    sa.ForeignKeyConstraint(['article_pk'], ['articles.pk'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('pk')
    )
    with op.batch_alter_table('counts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_counts_article_pk'), ['article_pk'], unique=False)
        batch_op.create_index(batch_op.f('ix_counts_type'), ['type'], unique=False)

    op.create_table('entity_mentions',
    sa.Column('pk', sa.Integer(), nullable=False),
    sa.Column('article_pk', sa.Integer(), nullable=False),
    sa.Column('entity_id', sa.String(length=200), nullable=False),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['article_pk'], ['articles.pk'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('pk')
    )
    with op.batch_alter_table('entity_mentions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_entity_mentions_article_pk'), ['article_pk'], unique=False)
        batch_op.create_index(batch_op.f('ix_entity_mentions_entity_id'), ['entity_id'], unique=False)

    op.create_table('events',
    sa.Column('pk', sa.Integer(), nullable=False),
    sa.Column('article_pk', sa.Integer(), nullable=False),
    sa.Column('id', sa.String(length=12), nullable=False),
    sa.Column('type', sa.String(length=12), nullable=False),
    sa.Column('mode', sa.String(length=40), nullable=True),
    sa.Column('cameo', sa.String(length=8), nullable=True),
    sa.Column('quad_class', sa.Integer(), nullable=True),
    sa.Column('goldstein', sa.Float(), nullable=True),
    sa.Column('date', sa.String(length=40), nullable=True, comment="The event's own date, else its article's publication day."),
    sa.Column('place_name', sa.Text(), nullable=True),
    sa.Column('place_folded', sa.Text(), nullable=True),
    sa.Column('place_country', sa.String(length=3), nullable=True),
    sa.Column('place_lat', sa.Float(), nullable=True),
    sa.Column('place_lon', sa.Float(), nullable=True),
    sa.Column('negated', sa.Boolean(), nullable=False),
    sa.Column('hypothetical', sa.Boolean(), nullable=False),
    sa.Column('confidence', sa.Float(), nullable=False),
    sa.Column('merge_key', sa.Text(), nullable=False, comment='Events that may be one real event share it.'),
    sa.Column('collection_event_id', sa.String(length=40), nullable=True),
    sa.Column('record', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['article_pk'], ['articles.pk'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('pk')
    )
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_events_article_pk'), ['article_pk'], unique=False)
        batch_op.create_index(batch_op.f('ix_events_cameo'), ['cameo'], unique=False)
        batch_op.create_index(batch_op.f('ix_events_collection_event_id'), ['collection_event_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_events_merge_key'), ['merge_key'], unique=False)
        batch_op.create_index(batch_op.f('ix_events_place_folded'), ['place_folded'], unique=False)
        batch_op.create_index('ix_events_type_date', ['type', 'date'], unique=False)

    op.create_table('paragraphs',
    sa.Column('pk', sa.Integer(), nullable=False),
    sa.Column('article_pk', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.ForeignKeyConstraint(['article_pk'], ['articles.pk'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('pk')
    )
    with op.batch_alter_table('paragraphs', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_paragraphs_article_pk'), ['article_pk'], unique=False)

    op.create_table('places',
    sa.Column('pk', sa.Integer(), nullable=False),
    sa.Column('article_pk', sa.Integer(), nullable=False),
    sa.Column('id', sa.String(length=200), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('name_folded', sa.Text(), nullable=False),
    sa.Column('geonameid', sa.Integer(), nullable=True),
    sa.Column('lat', sa.Float(), nullable=True),
    sa.Column('lon', sa.Float(), nullable=True),
    sa.Column('country', sa.String(length=3), nullable=True),
    sa.Column('feature', sa.String(length=12), nullable=True),
    sa.Column('resolved', sa.Boolean(), nullable=False),
    sa.Column('dateline', sa.Boolean(), nullable=False),
    sa.Column('record', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['article_pk'], ['articles.pk'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('pk')
    )
    with op.batch_alter_table('places', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_places_article_pk'), ['article_pk'], unique=False)
        batch_op.create_index(batch_op.f('ix_places_id'), ['id'], unique=False)
        batch_op.create_index(batch_op.f('ix_places_name_folded'), ['name_folded'], unique=False)

    op.create_table('quotes',
    sa.Column('pk', sa.Integer(), nullable=False),
    sa.Column('article_pk', sa.Integer(), nullable=False),
    sa.Column('id', sa.String(length=12), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.Column('speaker_entity', sa.String(length=200), nullable=True),
    sa.Column('speaker_name', sa.Text(), nullable=True),
    sa.Column('speaker_folded', sa.Text(), nullable=True),
    sa.Column('addressee_entity', sa.String(length=200), nullable=True),
    sa.Column('addressee_name', sa.Text(), nullable=True),
    sa.Column('cue', sa.Text(), nullable=True),
    sa.Column('channel', sa.Text(), nullable=True),
    sa.Column('date', sa.String(length=40), nullable=True, comment="When it was said, else the article's publication."),
    sa.Column('record', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['article_pk'], ['articles.pk'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('pk')
    )
    with op.batch_alter_table('quotes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_quotes_article_pk'), ['article_pk'], unique=False)
        batch_op.create_index(batch_op.f('ix_quotes_date'), ['date'], unique=False)
        batch_op.create_index(batch_op.f('ix_quotes_speaker_entity'), ['speaker_entity'], unique=False)
        batch_op.create_index(batch_op.f('ix_quotes_speaker_folded'), ['speaker_folded'], unique=False)

    op.create_table('times',
    sa.Column('pk', sa.Integer(), nullable=False),
    sa.Column('article_pk', sa.Integer(), nullable=False),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('type', sa.String(length=10), nullable=False),
    sa.Column('value', sa.String(length=40), nullable=False),
    sa.Column('mod', sa.String(length=20), nullable=True),
    sa.ForeignKeyConstraint(['article_pk'], ['articles.pk'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('pk')
    )
    with op.batch_alter_table('times', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_times_article_pk'), ['article_pk'], unique=False)

    op.create_table('event_participants',
    sa.Column('pk', sa.Integer(), nullable=False),
    sa.Column('event_pk', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(length=10), nullable=False, comment='actor or recipient.'),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('name_folded', sa.Text(), nullable=False),
    sa.Column('entity_id', sa.String(length=200), nullable=True),
    sa.Column('code', sa.String(length=20), nullable=True),
    sa.Column('country', sa.String(length=3), nullable=True, comment='The first three letters of a country code.'),
    sa.ForeignKeyConstraint(['event_pk'], ['events.pk'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('pk')
    )
    with op.batch_alter_table('event_participants', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_event_participants_code'), ['code'], unique=False)
        batch_op.create_index(batch_op.f('ix_event_participants_country'), ['country'], unique=False)
        batch_op.create_index(batch_op.f('ix_event_participants_entity_id'), ['entity_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_event_participants_event_pk'), ['event_pk'], unique=False)
        batch_op.create_index(batch_op.f('ix_event_participants_name_folded'), ['name_folded'], unique=False)



    _create_search_indexes()

def downgrade() -> None:
    _drop_search_indexes()
    with op.batch_alter_table('event_participants', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_event_participants_name_folded'))
        batch_op.drop_index(batch_op.f('ix_event_participants_event_pk'))
        batch_op.drop_index(batch_op.f('ix_event_participants_entity_id'))
        batch_op.drop_index(batch_op.f('ix_event_participants_country'))
        batch_op.drop_index(batch_op.f('ix_event_participants_code'))

    op.drop_table('event_participants')
    with op.batch_alter_table('times', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_times_article_pk'))

    op.drop_table('times')
    with op.batch_alter_table('quotes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_quotes_speaker_folded'))
        batch_op.drop_index(batch_op.f('ix_quotes_speaker_entity'))
        batch_op.drop_index(batch_op.f('ix_quotes_date'))
        batch_op.drop_index(batch_op.f('ix_quotes_article_pk'))

    op.drop_table('quotes')
    with op.batch_alter_table('places', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_places_name_folded'))
        batch_op.drop_index(batch_op.f('ix_places_id'))
        batch_op.drop_index(batch_op.f('ix_places_article_pk'))

    op.drop_table('places')
    with op.batch_alter_table('paragraphs', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_paragraphs_article_pk'))

    op.drop_table('paragraphs')
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.drop_index('ix_events_type_date')
        batch_op.drop_index(batch_op.f('ix_events_place_folded'))
        batch_op.drop_index(batch_op.f('ix_events_merge_key'))
        batch_op.drop_index(batch_op.f('ix_events_collection_event_id'))
        batch_op.drop_index(batch_op.f('ix_events_cameo'))
        batch_op.drop_index(batch_op.f('ix_events_article_pk'))

    op.drop_table('events')
    with op.batch_alter_table('entity_mentions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_entity_mentions_entity_id'))
        batch_op.drop_index(batch_op.f('ix_entity_mentions_article_pk'))

    op.drop_table('entity_mentions')
    with op.batch_alter_table('counts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_counts_type'))
        batch_op.drop_index(batch_op.f('ix_counts_article_pk'))

    op.drop_table('counts')
    with op.batch_alter_table('article_entities', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_article_entities_entity_id'))
        batch_op.drop_index(batch_op.f('ix_article_entities_article_pk'))

    op.drop_table('article_entities')
    with op.batch_alter_table('articles', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_articles_published'))
        batch_op.drop_index(batch_op.f('ix_articles_id'))

    op.drop_table('articles')
    op.drop_table('pages')
    op.drop_table('entity_keys')
    op.drop_table('sources')
    with op.batch_alter_table('entity_initials', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_entity_initials_acronym'))

    op.drop_table('entity_initials')
    op.drop_table('merge_queue')
    with op.batch_alter_table('entities', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_entities_seq'))
        batch_op.drop_index(batch_op.f('ix_entities_name_folded'))

    op.drop_table('entities')
    with op.batch_alter_table('collection_events', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_collection_events_merge_key'))

    op.drop_table('collection_events')


# Full-text indexes: FTS5 tables keyed by the row's pk on SQLite (folding case and accents), tsvector tables with
# GIN indexes on PostgreSQL (filled with folded text, so both dialects match "Diaz-Canel" to "Díaz-Canel").
_SQLITE_SEARCH = (
    "CREATE VIRTUAL TABLE article_fts USING fts5(title, text, tokenize = 'unicode61 remove_diacritics 2')",
    "CREATE VIRTUAL TABLE quote_fts USING fts5(text, speaker, tokenize = 'unicode61 remove_diacritics 2')",
)
_POSTGRES_SEARCH = (
    "CREATE TABLE article_fts (pk integer PRIMARY KEY REFERENCES articles (pk) ON DELETE CASCADE, vector tsvector NOT NULL)",
    "CREATE INDEX ix_article_fts_vector ON article_fts USING gin (vector)",
    "CREATE TABLE quote_fts (pk integer PRIMARY KEY REFERENCES quotes (pk) ON DELETE CASCADE, vector tsvector NOT NULL)",
    "CREATE INDEX ix_quote_fts_vector ON quote_fts USING gin (vector)",
)


def _create_search_indexes() -> None:
    for statement in _SQLITE_SEARCH if op.get_bind().dialect.name == "sqlite" else _POSTGRES_SEARCH:
        op.execute(statement)


def _drop_search_indexes() -> None:
    op.execute("DROP TABLE IF EXISTS quote_fts")
    op.execute("DROP TABLE IF EXISTS article_fts")
