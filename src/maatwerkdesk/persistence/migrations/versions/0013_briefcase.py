"""Taking dossiers along on a laptop: leases, attachment contents on the team database,
conflicts between a laptop's version and the server's, and a briefcase's own bookkeeping.

- `lease`: who took which dossier to which laptop, until when; at most one open lease per
  dossier (returned or broken ones stay, as history).
- `attachment_content`: the files themselves on a team database, by SHA-256 (on a single
  workstation they stay in its encrypted attachment store only).
- `sync_conflict`: a part both a laptop and the server changed, differently; at most one
  open conflict per part of a dossier.
- `briefcase` and `briefcase_dossier`: used in a laptop's briefcase file only: the team
  database it belongs to, and per dossier taken along the version both sides started from.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-12 09:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

OPEN_LEASE = "returned_at IS NULL AND broken_at IS NULL AND deleted_at IS NULL"
OPEN_CONFLICT = "resolved_at IS NULL AND deleted_at IS NULL"


def _record_columns() -> list[sa.Column[object]]:
    return [
        sa.Column("id", sa.String(length=36), primary_key=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
    ]


def upgrade() -> None:
    op.create_table(
        "lease",
        *_record_columns(),
        sa.Column("dossier_id", sa.String(length=36), sa.ForeignKey("dossier.id"), nullable=False),
        sa.Column("holder_id", sa.String(length=36), sa.ForeignKey("app_user.id"), nullable=False),
        sa.Column("laptop", sa.String(length=200), nullable=False),
        sa.Column("until", sa.DateTime(timezone=True), nullable=False),
        sa.Column("returned_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("broken_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("broken_by", sa.String(length=36), nullable=True),
    )
    op.create_index("ix_lease_dossier_id", "lease", ["dossier_id"])
    op.create_index("ix_lease_holder_id", "lease", ["holder_id"])
    op.create_index(
        "ix_lease_open_per_dossier",
        "lease",
        ["dossier_id"],
        unique=True,
        sqlite_where=sa.text(OPEN_LEASE),
        postgresql_where=sa.text(OPEN_LEASE),
    )
    op.create_table(
        "attachment_content",
        sa.Column("sha256", sa.String(length=64), primary_key=True),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "sync_conflict",
        *_record_columns(),
        sa.Column("dossier_id", sa.String(length=36), sa.ForeignKey("dossier.id"), nullable=False),
        sa.Column("path", sa.JSON(), nullable=False),
        sa.Column("path_key", sa.String(length=1000), nullable=False),
        sa.Column("base", sa.JSON(), nullable=False),
        sa.Column("laptop", sa.JSON(), nullable=False),
        sa.Column("server", sa.JSON(), nullable=False),
        sa.Column("laptop_name", sa.String(length=200), nullable=False),
        sa.Column("holder_id", sa.String(length=36), nullable=True),
        sa.Column("resolved_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("resolved_by", sa.String(length=36), nullable=True),
        sa.Column("choice", sa.JSON(), nullable=True),
    )
    op.create_index("ix_sync_conflict_dossier_id", "sync_conflict", ["dossier_id"])
    op.create_index(
        "ix_sync_conflict_open_per_part",
        "sync_conflict",
        ["dossier_id", "path_key"],
        unique=True,
        sqlite_where=sa.text(OPEN_CONFLICT),
        postgresql_where=sa.text(OPEN_CONFLICT),
    )
    op.create_table(
        "briefcase",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("server", sa.String(length=500), nullable=False),
        sa.Column("laptop", sa.String(length=200), nullable=False),
        sa.Column("holder_id", sa.String(length=36), nullable=False),
        sa.Column("login", sa.String(length=200), nullable=False),
        sa.Column("made_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("synced_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("pulled_seq", sa.Integer(), nullable=False),
    )
    op.create_table(
        "briefcase_dossier",
        sa.Column("dossier_id", sa.String(length=36), primary_key=True),
        sa.Column("lease_id", sa.String(length=36), nullable=True),
        sa.Column("base", sa.JSON(), nullable=True),
        sa.Column("base_revision", sa.Integer(), nullable=True),
        sa.Column("until", sa.DateTime(timezone=True), nullable=True),
        sa.Column("handed_back", sa.Boolean(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("briefcase_dossier")
    op.drop_table("briefcase")
    op.drop_index("ix_sync_conflict_open_per_part", table_name="sync_conflict")
    op.drop_index("ix_sync_conflict_dossier_id", table_name="sync_conflict")
    op.drop_table("sync_conflict")
    op.drop_table("attachment_content")
    op.drop_index("ix_lease_open_per_dossier", table_name="lease")
    op.drop_index("ix_lease_holder_id", table_name="lease")
    op.drop_index("ix_lease_dossier_id", table_name="lease")
    op.drop_table("lease")
