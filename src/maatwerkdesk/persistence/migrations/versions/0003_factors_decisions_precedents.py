"""Factors on a dossier, the decision the case base learns from, imported precedents.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01 02:30:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def _record_columns() -> list[sa.Column]:
    return [
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
    ]


def _outcome_columns() -> list[sa.Column]:
    return [
        sa.Column("outcome", sa.String(length=16), nullable=False),
        sa.Column("outcome_type", sa.String(length=16), nullable=False),
        sa.Column("degree_unit", sa.String(length=16), nullable=True),
        sa.Column("degree_value", sa.Float(), nullable=True),
    ]


def upgrade() -> None:
    op.create_table(
        "dossier_factors",
        sa.Column("dossier_id", sa.String(length=36), nullable=False),
        sa.Column("catalogue_id", sa.String(length=100), nullable=False),
        sa.Column("catalogue_version", sa.String(length=32), nullable=False),
        sa.Column("factors", sa.JSON(), nullable=False),
        *_record_columns(),
        sa.ForeignKeyConstraint(
            ["dossier_id"], ["dossier.id"], name=op.f("fk_dossier_factors_dossier_id_dossier")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dossier_factors")),
        sa.UniqueConstraint("dossier_id", name=op.f("uq_dossier_factors_dossier_id")),
    )
    with op.batch_alter_table("dossier_factors", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_dossier_factors_catalogue_id"), ["catalogue_id"], unique=False
        )
        batch_op.create_index("ix_dossier_factors_updated_at", ["updated_at"], unique=False)

    op.create_table(
        "decision",
        sa.Column("dossier_id", sa.String(length=36), nullable=False),
        *_outcome_columns(),
        sa.Column("reason", sa.JSON(), nullable=True),
        sa.Column("distinctions", sa.JSON(), nullable=False),
        sa.Column("motivation", sa.Text(), nullable=False),
        sa.Column("decided_on", sa.Date(), nullable=True),
        *_record_columns(),
        sa.ForeignKeyConstraint(
            ["dossier_id"], ["dossier.id"], name=op.f("fk_decision_dossier_id_dossier")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_decision")),
        sa.UniqueConstraint("dossier_id", name=op.f("uq_decision_dossier_id")),
    )
    with op.batch_alter_table("decision", schema=None) as batch_op:
        batch_op.create_index("ix_decision_updated_at", ["updated_at"], unique=False)

    op.create_table(
        "imported_precedent",
        sa.Column("reference", sa.String(length=64), nullable=False),
        sa.Column("origin", sa.String(length=200), nullable=False),
        sa.Column("catalogue_id", sa.String(length=100), nullable=False),
        sa.Column("catalogue_version", sa.String(length=32), nullable=False),
        sa.Column("route", sa.String(length=64), nullable=True),
        sa.Column("factors", sa.JSON(), nullable=False),
        *_outcome_columns(),
        sa.Column("reason", sa.JSON(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("decided_on", sa.Date(), nullable=True),
        *_record_columns(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_imported_precedent")),
        sa.UniqueConstraint("reference", name=op.f("uq_imported_precedent_reference")),
    )
    with op.batch_alter_table("imported_precedent", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_imported_precedent_catalogue_id"), ["catalogue_id"], unique=False
        )
        batch_op.create_index("ix_imported_precedent_updated_at", ["updated_at"], unique=False)

    _create_case_base_revision()


CASE_BASE_TRIGGERS = {
    "decision": ("INSERT", "UPDATE", "DELETE"),
    "dossier_factors": ("INSERT", "UPDATE", "DELETE"),
    "imported_precedent": ("INSERT", "UPDATE", "DELETE"),
    "assessment": ("INSERT", "UPDATE OF route, superseded_at, deleted_at", "DELETE"),
    "dossier": ("UPDATE OF status, title, request, knelpunt, reference, deleted_at", "DELETE"),
}
"""What changes the case base (services/case_base_store.py): on SQLite a trigger per table
and event counts the change, so checking whether the cached index is current is one read."""


def _create_case_base_revision() -> None:
    op.create_table(
        "change_counter",
        sa.Column("name", sa.String(length=32), nullable=False),
        sa.Column("value", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_change_counter")),
    )
    op.execute("INSERT INTO change_counter (name, value) VALUES ('case_base', 0)")
    if op.get_bind().dialect.name != "sqlite":
        return
    for table, events in CASE_BASE_TRIGGERS.items():
        for number, event in enumerate(events):
            op.execute(
                f"CREATE TRIGGER case_base_{table}_{number} AFTER {event} ON {table} BEGIN "
                "UPDATE change_counter SET value = value + 1 WHERE name = 'case_base'; END"
            )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for table, events in CASE_BASE_TRIGGERS.items():
            for number in range(len(events)):
                op.execute(f"DROP TRIGGER case_base_{table}_{number}")
    op.drop_table("change_counter")
    with op.batch_alter_table("imported_precedent", schema=None) as batch_op:
        batch_op.drop_index("ix_imported_precedent_updated_at")
        batch_op.drop_index(batch_op.f("ix_imported_precedent_catalogue_id"))
    op.drop_table("imported_precedent")
    with op.batch_alter_table("decision", schema=None) as batch_op:
        batch_op.drop_index("ix_decision_updated_at")
    op.drop_table("decision")
    with op.batch_alter_table("dossier_factors", schema=None) as batch_op:
        batch_op.drop_index("ix_dossier_factors_updated_at")
        batch_op.drop_index(batch_op.f("ix_dossier_factors_catalogue_id"))
    op.drop_table("dossier_factors")
