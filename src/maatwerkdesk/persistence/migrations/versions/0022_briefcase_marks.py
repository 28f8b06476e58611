"""How far each side's audit trail was taken into a briefcase dossier's base.

- `briefcase_dossier.server_seq`: the sequence number of the dossier's last changing act
  (not a read or an export) on the team database when its `base` was taken there;
  `laptop_seq`: how far the laptop's own trail had been read then. NULL in briefcases made
  before: their dossiers are read whole at the next sync, which sets both
  (services/sync_journal.py).
- On a PostgreSQL server, `maatwerkdesk_audit_hold()`: the push of a sync holds the trail's
  head with it, so that no act is audited on the server between reading the trail and
  committing. It needs the head's row lock, which the program's roles may not take
  themselves (they may not change `audit_head`), hence a function that runs as its owner.

Revision ID: 0022
Revises: 0021
Create Date: 2026-12-07 17:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0022"
down_revision = "0021"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("briefcase_dossier") as table:
        table.add_column(sa.Column("server_seq", sa.Integer(), nullable=True))
        table.add_column(sa.Column("laptop_seq", sa.Integer(), nullable=True))
    connection = op.get_bind()
    if connection.dialect.name != "postgresql":
        return
    path = connection.exec_driver_sql("SELECT quote_ident(current_schema())").scalar()
    op.execute(
        "CREATE FUNCTION maatwerkdesk_audit_hold() RETURNS integer LANGUAGE plpgsql "
        f"SECURITY DEFINER SET search_path = {path}, pg_temp AS $$ "
        "DECLARE v_seq integer; BEGIN "
        "INSERT INTO audit_head (name, seq, hash) VALUES ('audit', 0, repeat('0', 64)) "
        "ON CONFLICT (name) DO NOTHING; "
        "SELECT seq INTO v_seq FROM audit_head WHERE name = 'audit' FOR UPDATE; "
        "RETURN v_seq; END $$"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP FUNCTION maatwerkdesk_audit_hold()")
    with op.batch_alter_table("briefcase_dossier") as table:
        table.drop_column("laptop_seq")
        table.drop_column("server_seq")
