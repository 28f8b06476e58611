"""The loket across organisations (domain/loket.py).

- `loket_involvement`: an organisation involved in a dossier, in a role.
- `loket_referral`: a referral or warm handover, its status and the date of each step.
- `loket_consent`: the citizen's consent to share field groups with one organisation,
  and its withdrawal.
- `loket_sharing`: what was shared with whom on which basis; the program's roles may
  insert a row but never change or delete one (persistence/server_setup.py).

On a PostgreSQL server the lease guards of 0013 and 0017 hold these rows as parts of
their dossier: while a colleague has the dossier on loan, nobody else changes them.

Revision ID: 0020
Revises: 0017
Create Date: 2026-12-07 06:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None

TABLES = ("loket_involvement", "loket_referral", "loket_consent", "loket_sharing")


def _record_columns() -> list[sa.Column[object]]:
    return [
        sa.Column("id", sa.String(length=36), primary_key=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("dossier_id", sa.String(length=36), sa.ForeignKey("dossier.id"), nullable=False),
        sa.Column("organisation", sa.String(length=32), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "loket_involvement",
        *_record_columns(),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
    )
    op.create_table(
        "loket_referral",
        *_record_columns(),
        sa.Column("purpose", sa.Text(), nullable=False),
        sa.Column("warm", sa.Boolean(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("proposed_on", sa.Date(), nullable=False),
        sa.Column("sent_on", sa.Date(), nullable=True),
        sa.Column("received_on", sa.Date(), nullable=True),
        sa.Column("started_on", sa.Date(), nullable=True),
        sa.Column("ended_on", sa.Date(), nullable=True),
    )
    op.create_table(
        "loket_consent",
        *_record_columns(),
        sa.Column("groups", sa.JSON(), nullable=False),
        sa.Column("given_on", sa.Date(), nullable=False),
        sa.Column("withdrawn_on", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
    )
    op.create_table(
        "loket_sharing",
        *_record_columns(),
        sa.Column("groups", sa.JSON(), nullable=False),
        sa.Column("ground", sa.String(length=1), nullable=False),
        sa.Column(
            "consent_id", sa.String(length=36), sa.ForeignKey("loket_consent.id"), nullable=True
        ),
        sa.Column("provision", sa.String(length=200), nullable=False),
        sa.Column("shared_on", sa.Date(), nullable=False),
        sa.Column("shared_by", sa.String(length=36), nullable=False),
    )
    for table in TABLES:
        op.create_index(f"ix_{table}_dossier_id", table, ["dossier_id"])
    if op.get_bind().dialect.name == "postgresql":
        for table in TABLES:
            op.execute(
                f"CREATE TRIGGER {table}_lease_guard BEFORE UPDATE OR DELETE ON {table} "
                "FOR EACH ROW EXECUTE FUNCTION maatwerkdesk_lease_guard('dossier_id')"
            )
            op.execute(
                f"CREATE TRIGGER {table}_lease_guard_insert AFTER INSERT ON {table} "
                "REFERENCING NEW TABLE AS added FOR EACH STATEMENT "
                "EXECUTE FUNCTION maatwerkdesk_lease_guard_insert('dossier_id')"
            )


def downgrade() -> None:
    postgresql = op.get_bind().dialect.name == "postgresql"
    for table in reversed(TABLES):
        if postgresql:
            op.execute(f"DROP TRIGGER IF EXISTS {table}_lease_guard_insert ON {table}")
            op.execute(f"DROP TRIGGER IF EXISTS {table}_lease_guard ON {table}")
        op.drop_index(f"ix_{table}_dossier_id", table_name=table)
        op.drop_table(table)
