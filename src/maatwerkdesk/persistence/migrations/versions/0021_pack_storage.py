"""The precedent index's pack is kept uncompressed on a PostgreSQL server.

A pack is one value of some tens of megabytes (27 MB at 100,000 decided cases), read a
megabyte at a time (persistence/pack_reading.py). PostgreSQL compresses a value that large
unless told not to, and a piece of a compressed value is found by decompressing it from its
start: reading a pack piece by piece decompressed it some fourteen times over, about a
second at 100,000 decided cases. Kept uncompressed (storage EXTERNAL), a piece is read from
its own part of the value alone. The packs already there are written again, to be kept so.

On SQLite nothing changes: it neither compresses nor reads a value from its start.

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-07 10:30:00
"""

from alembic import op

revision = "0021"
down_revision = "0020"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("ALTER TABLE case_index_pack ALTER COLUMN data SET STORAGE EXTERNAL")
    # A new value of the same bytes: stored anew, and so uncompressed.
    op.execute("UPDATE case_index_pack SET data = substring(data FROM 1)")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("ALTER TABLE case_index_pack ALTER COLUMN data SET STORAGE EXTENDED")
