"""The proportionality check (weighing) and the proposal's texts, safeguards and signal.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01 03:30:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "weighing",
        sa.Column("dossier_id", sa.String(length=36), nullable=False),
        sa.Column("nature", sa.String(length=16), nullable=False),
        sa.Column("aim", sa.Text(), nullable=False),
        sa.Column("steps", sa.JSON(), nullable=False),
        sa.Column("alternatives", sa.JSON(), nullable=False),
        sa.Column("interests", sa.JSON(), nullable=False),
        sa.Column("intensity", sa.JSON(), nullable=False),
        sa.Column("verdict", sa.String(length=16), nullable=False),
        sa.Column("intensity_level", sa.String(length=16), nullable=False),
        sa.Column("disproportion", sa.Float(), nullable=True),
        sa.Column("risk", sa.Float(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["dossier_id"], ["dossier.id"], name=op.f("fk_weighing_dossier_id_dossier")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_weighing")),
        sa.UniqueConstraint("dossier_id", name=op.f("uq_weighing_dossier_id")),
    )
    op.create_table(
        "proposal",
        sa.Column("dossier_id", sa.String(length=36), nullable=False),
        sa.Column("citizen_text", sa.Text(), nullable=False),
        sa.Column("review_date", sa.Date(), nullable=True),
        sa.Column("factor_motivations", sa.JSON(), nullable=False),
        sa.Column("deciders", sa.JSON(), nullable=False),
        sa.Column("conflicts_of_interest", sa.JSON(), nullable=False),
        sa.Column("zienswijze", sa.String(length=16), nullable=False),
        sa.Column("on_application", sa.Boolean(), nullable=False),
        sa.Column("signal_kind", sa.String(length=32), nullable=False),
        sa.Column("signal_rule", sa.String(length=200), nullable=False),
        sa.Column("signal_owner", sa.String(length=200), nullable=False),
        sa.Column("escalate", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["dossier_id"], ["dossier.id"], name=op.f("fk_proposal_dossier_id_dossier")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_proposal")),
        sa.UniqueConstraint("dossier_id", name=op.f("uq_proposal_dossier_id")),
    )


def downgrade() -> None:
    op.drop_table("proposal")
    op.drop_table("weighing")
