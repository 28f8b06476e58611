"""The lease check on insert once per statement instead of once per row.

A sync pushes thousands of timeline entries in a few statements; the row-level lease
guard of 0013 ran for each of them (a JSON copy of the row, the login's rights looked up
anew). On insert the guard now runs once per statement, after it, over the rows it added
(a transition table): the statement is refused, with the same SQLSTATE `MW001`, when any
of its rows belongs to a dossier that an open, unexpired lease holds for someone else than
the login. A refused statement writes nothing, as before. Updates and deletes keep the
row-level guard (a statement-level one would need both the old and the new rows of each).

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-07 03:00:00
"""

from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None

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
"""As in 0013: the tables a lease holds, and the column that names the dossier (an answer
names its assessment, whose dossier it is)."""
GUARD = "maatwerkdesk_lease_guard"
INSERT_GUARD = "maatwerkdesk_lease_guard_insert"


def upgrade() -> None:
    connection = op.get_bind()
    if connection.dialect.name != "postgresql":
        return
    schema = connection.exec_driver_sql("SELECT quote_ident(current_schema())").scalar()
    op.execute(_insert_guard(f"{schema}, pg_temp"))
    for table, column in DOSSIER_PARTS.items():
        op.execute(f"DROP TRIGGER {table}_lease_guard ON {table}")
        op.execute(
            f"CREATE TRIGGER {table}_lease_guard BEFORE UPDATE OR DELETE ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION {GUARD}('{column}')"
        )
        op.execute(
            f"CREATE TRIGGER {table}_lease_guard_insert AFTER INSERT ON {table} "
            "REFERENCING NEW TABLE AS added FOR EACH STATEMENT "
            f"EXECUTE FUNCTION {INSERT_GUARD}('{column}')"
        )


def _insert_guard(path: str) -> str:
    """The first dossier (by id) among the added rows' that is away refuses the statement;
    the database's owner is not bound, as in 0012."""
    return (
        f"CREATE FUNCTION {INSERT_GUARD}() RETURNS trigger LANGUAGE plpgsql "
        f"SET search_path = {path} AS $$ "
        "DECLARE v_dossier text; "
        "BEGIN "
        "IF maatwerkdesk_privileged() THEN RETURN NULL; END IF; "
        "SELECT named.dossier INTO v_dossier FROM ("
        "SELECT DISTINCT CASE WHEN TG_TABLE_NAME = 'assessment_answer' "
        "THEN (SELECT dossier_id FROM assessment WHERE id = to_jsonb(a)->>TG_ARGV[0]) "
        "ELSE to_jsonb(a)->>TG_ARGV[0] END AS dossier FROM added AS a) AS named "
        "WHERE maatwerkdesk_away(named.dossier) ORDER BY named.dossier LIMIT 1; "
        "IF FOUND THEN "
        "RAISE EXCEPTION 'dossier % is on loan to someone else', v_dossier "
        "USING ERRCODE = 'MW001'; END IF; "
        "RETURN NULL; END $$"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table, column in DOSSIER_PARTS.items():
        op.execute(f"DROP TRIGGER {table}_lease_guard_insert ON {table}")
        op.execute(f"DROP TRIGGER {table}_lease_guard ON {table}")
        op.execute(
            f"CREATE TRIGGER {table}_lease_guard BEFORE INSERT OR UPDATE OR DELETE ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION {GUARD}('{column}')"
        )
    op.execute(f"DROP FUNCTION {INSERT_GUARD}()")
