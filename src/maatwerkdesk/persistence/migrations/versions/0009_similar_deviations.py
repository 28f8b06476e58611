"""Indexes that keep the dossier list's search and the "similar deviations" indicator fast
at scale, without scanning every dossier.

`bound_deviation` lists each dossier whose binding decision deviates, under its regulation
and article in lower case, and `bound_deviation_count` how many there are per regulation
and article; triggers keep both in step with `dossier`, `decision` and
`signed_decision` in the transaction that changes them, touching only the dossier changed
and its count. A trigger also takes a dossier's entry out of the full-text index when the
dossier is deleted, so counting the index's matches counts live dossiers. The audit trail
is indexed by act, so finding the registered signing keys reads a few records, not all.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-08 09:00:00
"""

import sqlalchemy as sa
from alembic import op

from maatwerkdesk.persistence.migrations.triggers import create_trigger, drop_trigger

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

DEVIATION_TRIGGERS = {
    # table: (the events, the column that names the dossier)
    "dossier": ("UPDATE OF id, regulation, article, deleted_at", "id"),
    "decision": ("UPDATE OF dossier_id, outcome, deleted_at", "dossier_id"),
    "signed_decision": ("UPDATE OF dossier_id, deleted_at", "dossier_id"),
}
"""Each table gets a trigger for INSERT, DELETE and the UPDATE that can change membership."""


def _refresh(dossier: str) -> str:
    """SQL that makes `bound_deviation` right for one dossier (`dossier` names its id)."""
    return (
        f"DELETE FROM bound_deviation WHERE dossier_id = {dossier}; "
        "INSERT INTO bound_deviation (dossier_id, regulation, article) "
        "SELECT d.id, lower(d.regulation), lower(d.article) FROM dossier AS d "
        f"WHERE d.id = {dossier} AND d.deleted_at IS NULL "
        "AND EXISTS (SELECT 1 FROM decision AS c WHERE c.dossier_id = d.id "
        "AND c.deleted_at IS NULL AND c.outcome = 'deviate') "
        "AND EXISTS (SELECT 1 FROM signed_decision AS s WHERE s.dossier_id = d.id "
        "AND s.deleted_at IS NULL);"
    )


_INCREMENT = (
    "INSERT INTO bound_deviation_count (regulation, article, deviations) "
    "VALUES (NEW.regulation, NEW.article, 1) "
    "ON CONFLICT (regulation, article) DO UPDATE SET deviations = bound_deviation_count.deviations + 1;"
)
_DECREMENT = (
    "UPDATE bound_deviation_count SET deviations = deviations - 1 "
    "WHERE regulation = OLD.regulation AND article = OLD.article; "
    "DELETE FROM bound_deviation_count "
    "WHERE regulation = OLD.regulation AND article = OLD.article AND deviations = 0;"
)


COUNT_TRIGGERS = {
    "bound_deviation_ai": ("INSERT", _INCREMENT),
    "bound_deviation_ad": ("DELETE", _DECREMENT),
    "bound_deviation_au": ("UPDATE", f"{_DECREMENT} {_INCREMENT}"),
}
"""`bound_deviation_count` follows `bound_deviation`, whoever changes it: name, (event,
statements)."""


def _trigger_names() -> list[tuple[str, str]]:
    """(name, table) of every trigger made here."""
    changes = [
        (f"bound_deviation_{t}_{e}", t) for t in DEVIATION_TRIGGERS for e in ("ai", "au", "ad")
    ]
    return [*changes, *((name, "bound_deviation") for name in COUNT_TRIGGERS)]


def upgrade() -> None:
    op.create_table(
        "bound_deviation",
        sa.Column("dossier_id", sa.String(length=36), nullable=False),
        sa.Column("regulation", sa.String(length=200), nullable=False),
        sa.Column("article", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("dossier_id", name=op.f("pk_bound_deviation")),
    )
    op.create_table(
        "bound_deviation_count",
        sa.Column("regulation", sa.String(length=200), nullable=False),
        sa.Column("article", sa.String(length=200), nullable=False),
        sa.Column("deviations", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("regulation", "article", name=op.f("pk_bound_deviation_count")),
    )
    op.create_index("ix_audit_record_name", "audit_record", ["name"], unique=False)
    for name, (event, body) in COUNT_TRIGGERS.items():
        create_trigger(name, event, "bound_deviation", body)
    for table, (updates, column) in DEVIATION_TRIGGERS.items():
        prefix = f"bound_deviation_{table}"
        create_trigger(f"{prefix}_ai", "INSERT", table, _refresh(f"NEW.{column}"))
        create_trigger(
            f"{prefix}_au",
            updates,
            table,
            f"{_refresh(f'OLD.{column}')} {_refresh(f'NEW.{column}')}",
        )
        create_trigger(f"{prefix}_ad", "DELETE", table, _refresh(f"OLD.{column}"))
    op.execute(
        "INSERT INTO bound_deviation (dossier_id, regulation, article) "
        "SELECT d.id, lower(d.regulation), lower(d.article) FROM dossier AS d "
        "JOIN decision AS c ON c.dossier_id = d.id "
        "WHERE d.deleted_at IS NULL AND c.deleted_at IS NULL AND c.outcome = 'deviate' "
        "AND EXISTS (SELECT 1 FROM signed_decision AS s WHERE s.dossier_id = d.id "
        "AND s.deleted_at IS NULL)"
    )
    create_trigger(
        "search_document_dossier_deleted",
        "UPDATE OF deleted_at",
        "dossier",
        "DELETE FROM search_document WHERE dossier_id = NEW.id;",
        "NEW.deleted_at IS NOT NULL",
    )
    op.execute(
        "DELETE FROM search_document WHERE dossier_id IN "
        "(SELECT id FROM dossier WHERE deleted_at IS NOT NULL)"
    )


def downgrade() -> None:
    for name, table in [*_trigger_names(), ("search_document_dossier_deleted", "dossier")]:
        drop_trigger(name, table)
    op.drop_index("ix_audit_record_name", table_name="audit_record")
    op.drop_table("bound_deviation_count")
    op.drop_table("bound_deviation")
