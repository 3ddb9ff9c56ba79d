"""Staged pages: what a cluster's workers read, written by them, before the writer links it to the collection.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "staged_pages",
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("source_key", sa.Text(), nullable=False),
        sa.Column("parsed", sa.JSON(), nullable=False,
                  comment="The page as read, with page-local entity ids, and what they were resolved from."),
        sa.Column("staged_at", sa.String(length=40), nullable=False),
        sa.PrimaryKeyConstraint("content_hash"),
        comment="Pages a cluster's workers read and wrote, waiting for the one writer to give them the collection's ids.",
    )


def downgrade() -> None:
    op.drop_table("staged_pages")
