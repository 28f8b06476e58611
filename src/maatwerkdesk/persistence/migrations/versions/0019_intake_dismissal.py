"""Dismissed signals of possible maatwerk: the intake queue's "not maatwerk" per dossier.

- `intake_dismissal`: who dismissed which signals of a dossier, on which day, why, and
  under which signal catalogue version. Rows are only added: the latest one counts, and
  the earlier ones stay as the dossier's history.

On a PostgreSQL server, whatever client writes:

- row-level security lets a login add a dismissal in its own name only, and change one
  only by emptying its reason (what deleting the dossier does: services/erasure.py);
- the lease check of 0017 holds a dismissal as a part of its dossier: while a colleague
  has the dossier on loan, nobody else dismisses its signals.

Revision ID: 0019
Revises: 0017
Create Date: 2026-12-07 06:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None

POLICIES = ("intake_dismissal_read", "intake_dismissal_own", "intake_dismissal_erase")


def upgrade() -> None:
    op.create_table(
        "intake_dismissal",
        sa.Column("id", sa.String(length=36), primary_key=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("dossier_id", sa.String(length=36), sa.ForeignKey("dossier.id"), nullable=False),
        sa.Column("signals", sa.JSON(), nullable=False),
        sa.Column("catalogue_id", sa.String(length=100), nullable=False),
        sa.Column("catalogue_version", sa.String(length=40), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("dismissed_by", sa.String(length=36), nullable=False),
        sa.Column("dismissed_on", sa.Date(), nullable=False),
    )
    op.create_index("ix_intake_dismissal_dossier_id", "intake_dismissal", ["dossier_id"])
    if op.get_bind().dialect.name == "postgresql":
        for statement in _server_rules():
            op.execute(statement)


def _server_rules() -> list[str]:
    return [
        "ALTER TABLE intake_dismissal ENABLE ROW LEVEL SECURITY",
        "CREATE POLICY intake_dismissal_read ON intake_dismissal FOR SELECT USING (true)",
        "CREATE POLICY intake_dismissal_own ON intake_dismissal FOR INSERT "
        "WITH CHECK (dismissed_by = maatwerkdesk_user_id())",
        "CREATE POLICY intake_dismissal_erase ON intake_dismissal FOR UPDATE USING (true) "
        "WITH CHECK (reason = '')",
        "CREATE TRIGGER intake_dismissal_lease_guard_insert AFTER INSERT ON intake_dismissal "
        "REFERENCING NEW TABLE AS added FOR EACH STATEMENT "
        "EXECUTE FUNCTION maatwerkdesk_lease_guard_insert('dossier_id')",
    ]


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS intake_dismissal_lease_guard_insert ON intake_dismissal")
        for policy in POLICIES:
            op.execute(f"DROP POLICY IF EXISTS {policy} ON intake_dismissal")
    op.drop_index("ix_intake_dismissal_dossier_id", table_name="intake_dismissal")
    op.drop_table("intake_dismissal")
