"""The precedent index in the database: one row per binding case with what the case base
reads of it, a change sequence, packed columns per catalogue, and triggers that
mark a row stale when its source is changed by anything but the index's own writes.

Existing databases get a row for the latest valid-looking version of every dossier and for
every imported precedent; whether a version's signature checks out is decided when the
index is read (services/case_base_store.py), once per row and computer.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-06 10:00:00
"""

import sqlalchemy as sa
from alembic import op

from maatwerkdesk.persistence.case_index import (
    Derived,
    imported_record,
    index_values,
    latest_versions,
    signed_derived,
)
from maatwerkdesk.persistence.migrations.triggers import (
    Dialect,
    create_trigger,
    dialect,
    drop_trigger,
)
from maatwerkdesk.persistence.models import case_index

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

_BUMP = "UPDATE change_counter SET value = value + 1 WHERE name = 'case_index'"
_SEQ = "(SELECT value FROM change_counter WHERE name = 'case_index')"
_COLUMNS = (
    "source_key, catalogue_id, seq, live, stale, case_id, version, key_id, factors, reason, "
    "reason_mode, outcome_type, route, degree_unit, degree_value, known_since, summary, words"
)


def triggers(sql: Dialect) -> dict[str, tuple[str, str, str | None, str]]:
    """Name: (event, table, condition, the rows to mark)."""
    return {
        # A new, changed or removed version: the dossier's row must be derived again.
        "case_index_signed_insert": (
            "INSERT",
            "signed_decision",
            None,
            "source_key = 's:' || NEW.dossier_id",
        ),
        "case_index_signed_update": (
            "UPDATE",
            "signed_decision",
            None,
            "source_key IN ('s:' || OLD.dossier_id, 's:' || NEW.dossier_id)",
        ),
        "case_index_signed_delete": (
            "DELETE",
            "signed_decision",
            None,
            "source_key = 's:' || OLD.dossier_id",
        ),
        "case_index_imported_update": (
            "UPDATE",
            "imported_precedent",
            None,
            "source_key IN ('i:' || OLD.id, 'i:' || NEW.id)",
        ),
        "case_index_imported_delete": (
            "DELETE",
            "imported_precedent",
            None,
            "source_key = 'i:' || OLD.id",
        ),
        # A key that changes in a way that can make its signatures fail. Revoking it now (a
        # newer key) keeps every earlier signature valid and marks nothing.
        "case_index_key_changed": (
            "UPDATE",
            "signing_key",
            f"NEW.key_id {sql.is_not} OLD.key_id "
            f"OR NEW.user_id {sql.is_not} OLD.user_id OR NEW.public_key {sql.is_not} OLD.public_key "
            f"OR (NEW.status = 'pending' AND OLD.status {sql.is_not} 'pending')",
            "key_id IN (OLD.key_id, NEW.key_id)",
        ),
        "case_index_key_revoked": (
            "UPDATE OF revoked_at",
            "signing_key",
            "NEW.revoked_at IS NOT NULL "
            "AND (OLD.revoked_at IS NULL OR NEW.revoked_at < OLD.revoked_at)",
            "key_id = NEW.key_id AND known_since >= NEW.revoked_at",
        ),
        "case_index_key_delete": ("DELETE", "signing_key", None, "key_id = OLD.key_id"),
        # The audit trail attests keys (digest = key id) and historic versions (content hash).
        "case_index_audit_update": (
            "UPDATE",
            "audit_record",
            None,
            "version IN (OLD.digest, NEW.digest) OR key_id IN (OLD.digest, NEW.digest)",
        ),
        "case_index_audit_delete": (
            "DELETE",
            "audit_record",
            None,
            "version = OLD.digest OR key_id = OLD.digest",
        ),
        # A row deleted comes back stale: deleting it cannot hide a case.
        "case_index_kept": (
            "DELETE",
            "case_index",
            None,
            f"INSERT INTO case_index ({_COLUMNS}) VALUES ("
            + ", ".join(
                sql.true if c == "stale" else _SEQ if c == "seq" else f"OLD.{c}"
                for c in _COLUMNS.split(", ")
            )
            + ")",
        ),
    }


OLD_TRIGGERS = {
    "imported_precedent": ("INSERT", "UPDATE", "DELETE"),
    "signed_decision": ("INSERT", "UPDATE", "DELETE"),
    "signing_key": ("INSERT", "UPDATE", "DELETE"),
}
"""The change counter 'case_base' that the index of 0003 and 0007 watched."""


def _trigger_body(sql: Dialect, name: str, where: str) -> str:
    """Mark the rows `where` selects stale with a new sequence number (or, for
    `case_index_kept`, put the deleted row back stale)."""
    if name == "case_index_kept":
        return f"{_BUMP}; {where};"
    return (
        f"{_BUMP} AND EXISTS (SELECT 1 FROM case_index WHERE {where}); "
        f"UPDATE case_index SET stale = {sql.true}, seq = {_SEQ} WHERE {where};"
    )


def upgrade() -> None:
    connection = op.get_bind()
    sqlite = connection.dialect.name == "sqlite"
    op.create_table(
        "case_index",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("source_key", sa.String(length=40), nullable=False),
        sa.Column("catalogue_id", sa.String(length=100), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("live", sa.Boolean(), nullable=False),
        sa.Column("stale", sa.Boolean(), nullable=False),
        sa.Column("case_id", sa.String(length=64), nullable=False),
        sa.Column("version", sa.String(length=64), nullable=False),
        sa.Column("key_id", sa.String(length=64), nullable=True),
        sa.Column("factors", sa.JSON(), nullable=False),
        sa.Column("reason", sa.JSON(), nullable=False),
        sa.Column("reason_mode", sa.Integer(), nullable=False),
        sa.Column("outcome_type", sa.String(length=16), nullable=False),
        sa.Column("route", sa.String(length=64), nullable=True),
        sa.Column("degree_unit", sa.String(length=16), nullable=True),
        sa.Column("degree_value", sa.Float(), nullable=True),
        sa.Column("known_since", sa.DateTime(timezone=True), nullable=True),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("words", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_index")),
        sa.UniqueConstraint("source_key", "catalogue_id", name=op.f("uq_case_index_source_key")),
    )
    for column in ("seq", "version", "key_id"):
        op.create_index(op.f(f"ix_case_index_{column}"), "case_index", [column], unique=False)
    op.create_table(
        "case_index_pack",
        sa.Column("catalogue_id", sa.String(length=100), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("catalogue_id", name=op.f("pk_case_index_pack")),
    )
    op.create_index(op.f("ix_audit_record_digest"), "audit_record", ["digest"], unique=False)
    if sqlite:
        for table, events in OLD_TRIGGERS.items():
            for number in range(len(events)):
                op.execute(f"DROP TRIGGER IF EXISTS case_base_{table}_{number}")
    op.execute("DELETE FROM change_counter WHERE name = 'case_base'")
    op.execute("INSERT INTO change_counter (name, value) VALUES ('case_index', 1)")

    dossier_ids = connection.execute(
        sa.text("SELECT DISTINCT dossier_id FROM signed_decision WHERE deleted_at IS NULL")
    ).scalars()
    latest = latest_versions(connection, dossier_ids)
    derived = [signed_derived(d, row) for d, row in latest.items()]
    imported = sa.table(
        "imported_precedent",
        *(
            sa.column(name)
            for name in (
                "id",
                "reference",
                "catalogue_id",
                "route",
                "factors",
                "outcome_type",
                "degree_unit",
                "degree_value",
                "reason",
                "summary",
                "deleted_at",
            )
        ),
        sa.column("created_at", sa.DateTime(timezone=True)),
    )
    for row in connection.execute(sa.select(imported).where(imported.c.deleted_at.is_(None))):
        derived.append(Derived("i:" + row.id, row.catalogue_id, imported_record(row)))
    rows = []
    for item in derived:
        if item.record is not None and item.catalogue_id is not None:
            values = index_values(item.catalogue_id, item.key, item.record, 1)
            values["key_id"] = item.key_id
            rows.append(values)
    if rows:
        connection.execute(sa.insert(case_index), rows)

    sql = dialect()
    for name, (event, table, when, where) in triggers(sql).items():
        create_trigger(name, event, table, _trigger_body(sql, name, where), when)


def downgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    for name, (_event, table, _when, _where) in triggers(dialect()).items():
        drop_trigger(name, table)
    op.drop_index(op.f("ix_audit_record_digest"), table_name="audit_record")
    op.drop_table("case_index_pack")
    for column in ("seq", "version", "key_id"):
        op.drop_index(op.f(f"ix_case_index_{column}"), table_name="case_index")
    op.drop_table("case_index")
    op.execute("DELETE FROM change_counter WHERE name = 'case_index'")
    op.execute("INSERT INTO change_counter (name, value) VALUES ('case_base', 0)")
    if sqlite:
        for table, events in OLD_TRIGGERS.items():
            for number, event in enumerate(events):
                op.execute(
                    f"CREATE TRIGGER case_base_{table}_{number} AFTER {event} ON {table} "
                    "BEGIN UPDATE change_counter SET value = value + 1 "
                    "WHERE name = 'case_base'; END"
                )
