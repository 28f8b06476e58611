"""Knelpuntsignalen: what single cases teach about a rule, for the rule's owner.

- `policy_signal`: reference, kind, regulation and article, owner, title, the description
  written for sharing, the state in its life cycle, and the key of the pattern proposal it
  was made from (empty when written by hand).
- `policy_signal_link`: a dossier or a group dossier a signal rests on (exactly one of the
  two); unlinking sets `deleted_at`.
- `policy_signal_transition`: each step of the life cycle with its date, who took it and
  the owner's response.
- `signal_dismissal`: a pattern proposal judged not to be a knelpunt, by its key, with the
  reason; the same proposal is not offered again.

On a PostgreSQL server the life cycle holds whatever client writes: row-level security lets
a signal be made as a concept only and a step beyond the concept be taken (and recorded)
by a voorzitter or functioneel beheerder only; `maatwerkdesk_signal_guard()` refuses a
step the life cycle does not have and a change of what a signal says once it was sent.
The grants of persistence/server_setup.py say who writes which table at all. The database's
owner is not bound, as in 0012.

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-07 06:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None

LIVE = "deleted_at IS NULL"
REFUSED = "ERRCODE = 'insufficient_privilege'"
GUARD = "maatwerkdesk_signal_guard()"
STEPS = (
    ("concept", "gemeld"),
    ("gemeld", "in_behandeling"),
    ("gemeld", "niet_overgenomen"),
    ("in_behandeling", "opgelost"),
    ("in_behandeling", "niet_overgenomen"),
)
"""domain/policy_signals.py TRANSITIONS as of this revision."""
CONTENT = ("category", "regulation", "article", "owner", "title", "description")
FOLLOWS = "maatwerkdesk_has_role('voorzitter') OR maatwerkdesk_has_role('functioneel_beheerder')"
"""Who takes a signal beyond the concept: the one who speaks for the team to the owner."""
POLICIES = {
    "policy_signal": (
        "policy_signal_read",
        "policy_signal_create",
        "policy_signal_edit",
        "policy_signal_follow",
    ),
    "policy_signal_transition": ("signal_transition_read", "signal_transition_add"),
}


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
        "policy_signal",
        *_record_columns(),
        sa.Column("reference", sa.String(length=32), nullable=False, unique=True),
        sa.Column("category", sa.String(length=16), nullable=False),
        sa.Column("regulation", sa.String(length=200), nullable=False),
        sa.Column("article", sa.String(length=200), nullable=False),
        sa.Column("owner", sa.String(length=200), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("state", sa.String(length=32), nullable=False),
        sa.Column("proposal_key", sa.String(length=64), nullable=True),
    )
    op.create_index("ix_policy_signal_proposal_key", "policy_signal", ["proposal_key"])
    op.create_table(
        "policy_signal_link",
        *_record_columns(),
        sa.Column(
            "signal_id", sa.String(length=36), sa.ForeignKey("policy_signal.id"), nullable=False
        ),
        sa.Column("dossier_id", sa.String(length=36), sa.ForeignKey("dossier.id"), nullable=True),
        sa.Column(
            "group_id", sa.String(length=36), sa.ForeignKey("dossier_group.id"), nullable=True
        ),
        sa.CheckConstraint(
            "(dossier_id IS NULL) <> (group_id IS NULL)", name="ck_policy_signal_link_one"
        ),
    )
    op.create_index("ix_policy_signal_link_signal_id", "policy_signal_link", ["signal_id"])
    op.create_table(
        "policy_signal_transition",
        *_record_columns(),
        sa.Column(
            "signal_id", sa.String(length=36), sa.ForeignKey("policy_signal.id"), nullable=False
        ),
        sa.Column("state", sa.String(length=32), nullable=False),
        sa.Column("occurred_on", sa.Date(), nullable=False),
        sa.Column("by_name", sa.String(length=200), nullable=False),
        sa.Column("response", sa.Text(), nullable=False),
    )
    op.create_index(
        "ix_policy_signal_transition_signal_id", "policy_signal_transition", ["signal_id"]
    )
    op.create_table(
        "signal_dismissal",
        *_record_columns(),
        sa.Column("key", sa.String(length=64), nullable=False, unique=True),
        sa.Column("rule", sa.String(length=16), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("dismissed_on", sa.Date(), nullable=False),
        sa.Column("by_name", sa.String(length=200), nullable=False),
    )
    connection = op.get_bind()
    if connection.dialect.name == "postgresql":
        schema = connection.exec_driver_sql("SELECT quote_ident(current_schema())").scalar()
        for statement in [*_policies(), *_guard(f"{schema}, pg_temp")]:
            op.execute(statement)


def _guard(path: str) -> list[str]:
    steps = ", ".join(f"('{old}', '{new}')" for old, new in STEPS)
    new = ", ".join(f"NEW.{c}" for c in CONTENT)
    old = ", ".join(f"OLD.{c}" for c in CONTENT)
    return [
        f"CREATE FUNCTION {GUARD} RETURNS trigger LANGUAGE plpgsql "
        f"SET search_path = {path} AS $$ "
        "BEGIN "
        "IF maatwerkdesk_privileged() THEN RETURN NEW; END IF; "
        f"IF OLD.state <> 'concept' AND ROW({new}) IS DISTINCT FROM ROW({old}) THEN "
        f"RAISE EXCEPTION 'a signal sent to its owner stays as it was sent' USING {REFUSED}; "
        "END IF; "
        f"IF NEW.state <> OLD.state AND (OLD.state, NEW.state) NOT IN ({steps}) THEN "
        f"RAISE EXCEPTION 'a signal goes from % to no %', OLD.state, NEW.state USING {REFUSED}; "
        "END IF; "
        "RETURN NEW; END $$",
        f"CREATE TRIGGER policy_signal_guard BEFORE UPDATE ON policy_signal "
        f"FOR EACH ROW EXECUTE FUNCTION {GUARD}",
    ]


def _policies() -> list[str]:
    return [
        *(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY" for table in POLICIES),
        "CREATE POLICY policy_signal_read ON policy_signal FOR SELECT USING (true)",
        "CREATE POLICY policy_signal_create ON policy_signal FOR INSERT "
        "WITH CHECK (state = 'concept')",
        "CREATE POLICY policy_signal_edit ON policy_signal FOR UPDATE "
        "USING (state = 'concept') WITH CHECK (state = 'concept')",
        f"CREATE POLICY policy_signal_follow ON policy_signal FOR UPDATE USING ({FOLLOWS}) "
        f"WITH CHECK ({FOLLOWS})",
        "CREATE POLICY signal_transition_read ON policy_signal_transition FOR SELECT USING (true)",
        "CREATE POLICY signal_transition_add ON policy_signal_transition FOR INSERT "
        f"WITH CHECK (state = 'concept' OR {FOLLOWS})",
    ]


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS policy_signal_guard ON policy_signal")
        op.execute(f"DROP FUNCTION IF EXISTS {GUARD}")
        for table, policies in POLICIES.items():
            for policy in policies:
                op.execute(f"DROP POLICY IF EXISTS {policy} ON {table}")
            op.execute(f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY")
    op.drop_table("signal_dismissal")
    op.drop_index("ix_policy_signal_transition_signal_id", table_name="policy_signal_transition")
    op.drop_table("policy_signal_transition")
    op.drop_index("ix_policy_signal_link_signal_id", table_name="policy_signal_link")
    op.drop_table("policy_signal_link")
    op.drop_index("ix_policy_signal_proposal_key", table_name="policy_signal")
    op.drop_table("policy_signal")
