"""Group dossiers: one shared knelpunt, one group decision, each member checked on its own.

- `dossier_group`: reference, title, regulation and article, the shared pattern, and the
  group decision (outcome type, degree, motivation) with a version that goes up with each
  change of it.
- `group_member`: a dossier in a group with its individual check; at most one live row
  per dossier (a dossier belongs to at most one group).

On a PostgreSQL server, whatever client writes:

- `maatwerkdesk_group_member_guard()` on `group_member` refuses a change of the membership
  or check of a dossier whose decision is signed (its group link stays as it was signed),
  except by the database's owner, as in 0012.
- the lease guard of 0013 holds a member row as a part of its dossier: while a colleague
  has the dossier on loan, nobody else changes its check.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-14 09:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None

LIVE = "deleted_at IS NULL"
REFUSED = "ERRCODE = 'insufficient_privilege'"
GUARD = "maatwerkdesk_group_member_guard()"


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
        "dossier_group",
        *_record_columns(),
        sa.Column("reference", sa.String(length=32), nullable=False, unique=True),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("regulation", sa.String(length=200), nullable=False),
        sa.Column("article", sa.String(length=200), nullable=False),
        sa.Column("pattern", sa.Text(), nullable=False),
        sa.Column("outcome_type", sa.String(length=16), nullable=True),
        sa.Column("degree_unit", sa.String(length=16), nullable=True),
        sa.Column("degree_value", sa.Float(), nullable=True),
        sa.Column("motivation", sa.Text(), nullable=False),
        sa.Column("decision_version", sa.Integer(), nullable=False),
    )
    op.create_table(
        "group_member",
        *_record_columns(),
        sa.Column(
            "group_id", sa.String(length=36), sa.ForeignKey("dossier_group.id"), nullable=False
        ),
        sa.Column("dossier_id", sa.String(length=36), sa.ForeignKey("dossier.id"), nullable=False),
        sa.Column("check_state", sa.String(length=16), nullable=False),
        sa.Column("circumstances", sa.Text(), nullable=False),
        sa.Column("checked_by", sa.String(length=36), nullable=True),
        sa.Column("checked_on", sa.Date(), nullable=True),
        sa.Column("checked_version", sa.Integer(), nullable=False),
    )
    op.create_index("ix_group_member_group_id", "group_member", ["group_id"])
    op.create_index(
        "ix_group_member_one_group",
        "group_member",
        ["dossier_id"],
        unique=True,
        sqlite_where=sa.text(LIVE),
        postgresql_where=sa.text(LIVE),
    )
    connection = op.get_bind()
    if connection.dialect.name == "postgresql":
        schema = connection.exec_driver_sql("SELECT quote_ident(current_schema())").scalar()
        for statement in _server_rules(f"{schema}, pg_temp"):
            op.execute(statement)


def _server_rules(path: str) -> list[str]:
    guard = (
        f"CREATE FUNCTION {GUARD} RETURNS trigger LANGUAGE plpgsql "
        f"SET search_path = {path} AS $$ "
        "DECLARE v_row jsonb; "
        "BEGIN "
        "IF NOT maatwerkdesk_privileged() THEN "
        "FOR v_row IN SELECT r FROM unnest(ARRAY[to_jsonb(OLD), to_jsonb(NEW)]) AS r "
        "WHERE r IS NOT NULL LOOP "
        "IF EXISTS (SELECT 1 FROM signed_decision WHERE dossier_id = v_row->>'dossier_id' "
        "AND deleted_at IS NULL) THEN "
        "RAISE EXCEPTION 'the group membership of a signed dossier stays as signed' "
        f"USING {REFUSED}; END IF; "
        "END LOOP; END IF; "
        "IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; RETURN NEW; END $$"
    )
    return [
        guard,
        "CREATE TRIGGER group_member_guard BEFORE INSERT OR UPDATE OR DELETE ON group_member "
        f"FOR EACH ROW EXECUTE FUNCTION {GUARD}",
        "CREATE TRIGGER group_member_lease_guard BEFORE INSERT OR UPDATE OR DELETE ON "
        "group_member FOR EACH ROW EXECUTE FUNCTION maatwerkdesk_lease_guard('dossier_id')",
    ]


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS group_member_lease_guard ON group_member")
        op.execute("DROP TRIGGER IF EXISTS group_member_guard ON group_member")
        op.execute(f"DROP FUNCTION IF EXISTS {GUARD}")
    op.drop_index("ix_group_member_one_group", table_name="group_member")
    op.drop_index("ix_group_member_group_id", table_name="group_member")
    op.drop_table("group_member")
    op.drop_table("dossier_group")
