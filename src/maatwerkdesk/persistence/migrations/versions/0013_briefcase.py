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

On a PostgreSQL server the lease is the server's rule too, whatever client writes:

- `maatwerkdesk_lease_guard()` on `dossier` and each of its parts refuses a write to a
  dossier that an open, unexpired lease holds for another user than the login's
  (`maatwerkdesk_user_id()`), with SQLSTATE `MW001` (services/unit_of_work.py tells it
  as the dossier being away). The database's owner is not bound, as in 0012.
- `maatwerkdesk_lease_rules()` on `lease`: a login takes a lease for itself only; its
  holder returns or extends it; a chair only breaks it (as themselves); anyone may close
  an expired one as broken by nobody. Its dossier and holder never change.

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
REFUSED = "ERRCODE = 'insufficient_privilege'"
AWAY = "ERRCODE = 'MW001'"
"""The SQLSTATE of a write to a dossier on loan to someone else (services/unit_of_work.py)."""
DOSSIER_PARTS = {
    "dossier": "id",
    "subject": "dossier_id",
    "timeline_entry": "dossier_id",
    "attachment": "dossier_id",
    "assessment": "dossier_id",
    "assessment_answer": "assessment_id",
    "dossier_factors": "dossier_id",
    "decision": "dossier_id",
    "weighing": "dossier_id",
    "proposal": "dossier_id",
}
"""The tables a lease holds, and the column that names the dossier (an answer names its
assessment, whose dossier it is)."""
FUNCTIONS = (
    "maatwerkdesk_lease_guard()",
    "maatwerkdesk_lease_rules()",
    "maatwerkdesk_away(text)",
)
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

    connection = op.get_bind()
    if connection.dialect.name == "postgresql":
        schema = connection.exec_driver_sql("SELECT quote_ident(current_schema())").scalar()
        for statement in _server_rules(f"{schema}, pg_temp"):
            op.execute(statement)


def _server_rules(path: str) -> list[str]:
    away = (
        # Whether an open, unexpired lease holds the dossier for someone else than the login.
        "CREATE FUNCTION maatwerkdesk_away(p_dossier text) RETURNS boolean LANGUAGE sql "
        f"STABLE SET search_path = {path} AS $$ "
        "SELECT EXISTS (SELECT 1 FROM lease WHERE dossier_id = p_dossier "
        f"AND {OPEN_LEASE} AND until > now() "
        "AND holder_id IS DISTINCT FROM maatwerkdesk_user_id()) $$"
    )
    guard = (
        "CREATE FUNCTION maatwerkdesk_lease_guard() RETURNS trigger LANGUAGE plpgsql "
        f"SET search_path = {path} AS $$ "
        "DECLARE v_row jsonb; v_dossier text; "
        "BEGIN "
        "IF NOT maatwerkdesk_privileged() THEN "
        "FOR v_row IN SELECT r FROM unnest(ARRAY[to_jsonb(OLD), to_jsonb(NEW)]) AS r "
        "WHERE r IS NOT NULL LOOP "
        "v_dossier := v_row->>TG_ARGV[0]; "
        "IF TG_TABLE_NAME = 'assessment_answer' THEN "
        "SELECT dossier_id INTO v_dossier FROM assessment WHERE id = v_dossier; END IF; "
        "IF maatwerkdesk_away(v_dossier) THEN "
        "RAISE EXCEPTION 'dossier % is on loan to someone else', v_dossier "
        f"USING {AWAY}; END IF; "
        "END LOOP; END IF; "
        "IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; RETURN NEW; END $$"
    )
    unchanged = " AND ".join(
        f"NEW.{column} IS NOT DISTINCT FROM OLD.{column}"
        for column in ("id", "dossier_id", "holder_id", "laptop", "until", "returned_at")
    )
    rules = (
        "CREATE FUNCTION maatwerkdesk_lease_rules() RETURNS trigger LANGUAGE plpgsql "
        f"SET search_path = {path} AS $$ "
        "DECLARE v_user text; "
        "BEGIN "
        "IF maatwerkdesk_privileged() THEN RETURN NEW; END IF; "
        "v_user := maatwerkdesk_user_id(); "
        "IF TG_OP = 'INSERT' THEN "
        "IF v_user IS NOT NULL AND NEW.holder_id = v_user THEN RETURN NEW; END IF; "
        f"RAISE EXCEPTION 'a dossier is taken along by its holder only' USING {REFUSED}; "
        "END IF; "
        "IF NEW.id IS DISTINCT FROM OLD.id OR NEW.dossier_id IS DISTINCT FROM OLD.dossier_id "
        "OR NEW.holder_id IS DISTINCT FROM OLD.holder_id THEN "
        f"RAISE EXCEPTION 'a lease keeps its dossier and holder' USING {REFUSED}; END IF; "
        "IF v_user IS NOT NULL AND OLD.holder_id = v_user THEN RETURN NEW; END IF; "
        f"IF OLD.broken_at IS NULL AND NEW.broken_at IS NOT NULL AND {unchanged} "
        "AND NEW.deleted_at IS NOT DISTINCT FROM OLD.deleted_at THEN "
        "IF maatwerkdesk_has_role('voorzitter') AND NEW.broken_by = v_user THEN "
        "RETURN NEW; END IF; "
        "IF OLD.until <= now() AND NEW.broken_by IS NULL THEN RETURN NEW; END IF; "
        "END IF; "
        f"RAISE EXCEPTION 'only its holder returns a lease, a chair breaks it' USING {REFUSED}; "
        "END $$"
    )
    return [
        away,
        guard,
        *(
            f"CREATE TRIGGER {table}_lease_guard BEFORE INSERT OR UPDATE OR DELETE ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION maatwerkdesk_lease_guard('{column}')"
            for table, column in DOSSIER_PARTS.items()
        ),
        rules,
        "CREATE TRIGGER lease_rules BEFORE INSERT OR UPDATE ON lease FOR EACH ROW "
        "EXECUTE FUNCTION maatwerkdesk_lease_rules()",
    ]


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS lease_rules ON lease")
        for table in DOSSIER_PARTS:
            op.execute(f"DROP TRIGGER IF EXISTS {table}_lease_guard ON {table}")
        for function in FUNCTIONS:
            op.execute(f"DROP FUNCTION IF EXISTS {function}")
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
