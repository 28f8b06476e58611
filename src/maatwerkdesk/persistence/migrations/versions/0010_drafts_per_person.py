"""Drafts belong to the person whose unsaved work they are, and say what they are a draft of.

On a database that several workstations share, one person's autosaved work must never be
offered to, or overwritten by, another: `owner_id` is the MaatwerkDesk user who wrote the
draft (drafts written before have none and stay offered to whoever works here, as before).
`kind` tells a dossier's unsaved fields from a concept of an agenda item's record.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06 09:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("draft", schema=None) as batch_op:
        batch_op.add_column(sa.Column("owner_id", sa.String(length=36), nullable=True))
        batch_op.add_column(
            sa.Column("kind", sa.String(length=16), nullable=False, server_default="dossier")
        )
        batch_op.create_index(batch_op.f("ix_draft_owner_id"), ["owner_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("draft", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_draft_owner_id"))
        batch_op.drop_column("kind")
        batch_op.drop_column("owner_id")
