"""Alembic's entry point for the store's migrations: always run with a connection the store opened."""

from __future__ import annotations

from alembic import context

from dateline.store.schema import metadata

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
