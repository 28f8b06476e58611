"""The dossier names two articles: the one of the generic rule (`article`, the legal basis
of the generic outcome) and the clause that allows deviating from it (`deviation_article`,
a hardheidsclausule or dringende-redenenbepaling). Existing dossiers keep their one
article where it was; the new column starts empty.

On a PostgreSQL server the deviation clause is one of the facts a signed decision rests on:
`maatwerkdesk_dossier_guard()` and its trigger (0012) are made again with it in their list.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-14 09:00:00
"""

import importlib

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

_SERVER_RULES = importlib.import_module(
    "maatwerkdesk.persistence.migrations.versions.0012_server_rules"
)
FACTS = (*_SERVER_RULES.FACTS, "deviation_article")
"""services/dossiers.py FROZEN_WHEN_SIGNED from this revision on."""


def _make_dossier_guard(facts: tuple[str, ...]) -> None:
    connection = op.get_bind()
    if connection.dialect.name != "postgresql":
        return
    schema = connection.exec_driver_sql("SELECT quote_ident(current_schema())").scalar()
    op.execute("DROP TRIGGER IF EXISTS dossier_guard ON dossier")
    op.execute("DROP FUNCTION IF EXISTS maatwerkdesk_dossier_guard()")
    for statement in _SERVER_RULES.dossier_guard(f"{schema}, pg_temp", facts):
        op.execute(statement)


def upgrade() -> None:
    op.add_column(
        "dossier",
        sa.Column("deviation_article", sa.String(length=200), nullable=False, server_default=""),
    )
    _make_dossier_guard(FACTS)


def downgrade() -> None:
    _make_dossier_guard(_SERVER_RULES.FACTS)
    op.drop_column("dossier", "deviation_article")  # in place: the triggers on it stay
