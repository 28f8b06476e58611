"""The audit trail becomes a hash chain: sequence, previous hash, hash, content digest.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06 06:00:00
"""

from datetime import datetime

import sqlalchemy as sa
from alembic import op

from maatwerkdesk.domain.audit_chain import GENESIS, ChainedRecord, record_hash

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("audit_record", schema=None) as batch_op:
        batch_op.add_column(sa.Column("seq", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("digest", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("prev_hash", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("hash", sa.String(length=64), nullable=True))
    op.create_table(
        "audit_head",
        sa.Column("name", sa.String(length=16), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_audit_head")),
    )
    # Chain the records already there, oldest first, exactly as the program chains new ones.
    connection = op.get_bind()
    rows = connection.execute(
        sa.text(
            "SELECT id, at, action, name, object_type, object_id, dossier_id, result, origin, "
            "actor FROM audit_record ORDER BY at, created_at, id"
        )
    ).all()
    previous, seq = GENESIS, 0
    for row in rows:
        seq += 1
        record = ChainedRecord(
            seq=seq,
            id=row.id,
            at=_as_datetime(row.at),
            action=row.action,
            name=row.name,
            object_type=row.object_type,
            object_id=row.object_id,
            dossier_id=row.dossier_id,
            result=row.result,
            origin=row.origin,
            actor=row.actor,
            digest=None,
            prev_hash=previous,
        )
        digest = record_hash(record)
        connection.execute(
            sa.text(
                "UPDATE audit_record SET seq = :seq, prev_hash = :prev, hash = :hash WHERE id = :id"
            ),
            {"seq": seq, "prev": previous, "hash": digest, "id": row.id},
        )
        previous = digest
    connection.execute(
        sa.text("INSERT INTO audit_head (name, seq, hash) VALUES ('audit', :seq, :hash)"),
        {"seq": seq, "hash": previous},
    )
    with op.batch_alter_table("audit_record", schema=None) as batch_op:
        batch_op.alter_column("seq", existing_type=sa.Integer(), nullable=False)
        batch_op.alter_column("prev_hash", existing_type=sa.String(length=64), nullable=False)
        batch_op.alter_column("hash", existing_type=sa.String(length=64), nullable=False)
        batch_op.create_unique_constraint(batch_op.f("uq_audit_record_seq"), ["seq"])


def _as_datetime(value: datetime | str) -> datetime:
    """SQLite hands a DATETIME back as text through a plain SQL query."""
    return value if isinstance(value, datetime) else datetime.fromisoformat(value)


def downgrade() -> None:
    op.drop_table("audit_head")
    with op.batch_alter_table("audit_record", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_audit_record_seq"), type_="unique")
        batch_op.drop_column("hash")
        batch_op.drop_column("prev_hash")
        batch_op.drop_column("digest")
        batch_op.drop_column("seq")
