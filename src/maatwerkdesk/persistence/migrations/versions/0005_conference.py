"""Users and roles, meetings of the casuïstiekoverleg, advice, signed decisions.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01 06:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def _record_columns() -> list[sa.Column]:
    """Every table's UUID key, timestamps, revision counter and tombstone (RecordMixin)."""
    return [
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
    ]


def upgrade() -> None:
    op.create_table(
        "app_user",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=32), nullable=False),
        sa.Column("discipline", sa.String(length=32), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        *_record_columns(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_app_user")),
        sa.UniqueConstraint("name", name=op.f("uq_app_user_name")),
    )
    op.create_table(
        "meeting",
        sa.Column("reference", sa.String(length=32), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("location", sa.String(length=200), nullable=False),
        sa.Column("chair_id", sa.String(length=36), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        *_record_columns(),
        sa.ForeignKeyConstraint(
            ["chair_id"], ["app_user.id"], name=op.f("fk_meeting_chair_id_app_user")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting")),
        sa.UniqueConstraint("reference", name=op.f("uq_meeting_reference")),
    )
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_meeting_held_on"), ["held_on"], unique=False)

    op.create_table(
        "agenda_item",
        sa.Column("meeting_id", sa.String(length=36), nullable=False),
        sa.Column("dossier_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("dissent", sa.Text(), nullable=False),
        sa.Column("conflicts", sa.JSON(), nullable=False),
        sa.Column("decision", sa.JSON(), nullable=True),
        sa.Column("departure_motivation", sa.Text(), nullable=False),
        sa.Column("actions", sa.JSON(), nullable=False),
        sa.Column("review_date", sa.Date(), nullable=True),
        sa.Column("signal", sa.JSON(), nullable=False),
        *_record_columns(),
        sa.ForeignKeyConstraint(
            ["dossier_id"], ["dossier.id"], name=op.f("fk_agenda_item_dossier_id_dossier")
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meeting.id"], name=op.f("fk_agenda_item_meeting_id_meeting")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agenda_item")),
        sa.UniqueConstraint("meeting_id", "dossier_id", name=op.f("uq_agenda_item_meeting_id")),
    )
    with op.batch_alter_table("agenda_item", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_agenda_item_dossier_id"), ["dossier_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_agenda_item_meeting_id"), ["meeting_id"], unique=False)

    op.create_table(
        "meeting_member",
        sa.Column("meeting_id", sa.String(length=36), nullable=False),
        sa.Column("user_id", sa.String(length=36), nullable=False),
        sa.Column("discipline", sa.String(length=32), nullable=True),
        sa.Column("present", sa.Boolean(), nullable=False),
        *_record_columns(),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meeting.id"], name=op.f("fk_meeting_member_meeting_id_meeting")
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["app_user.id"], name=op.f("fk_meeting_member_user_id_app_user")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_member")),
        sa.UniqueConstraint("meeting_id", "user_id", name=op.f("uq_meeting_member_meeting_id")),
    )
    with op.batch_alter_table("meeting_member", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_meeting_member_meeting_id"), ["meeting_id"], unique=False
        )

    op.create_table(
        "advice",
        sa.Column("agenda_item_id", sa.String(length=36), nullable=False),
        sa.Column("user_id", sa.String(length=36), nullable=False),
        sa.Column("discipline", sa.String(length=32), nullable=True),
        sa.Column("stance", sa.String(length=16), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        *_record_columns(),
        sa.ForeignKeyConstraint(
            ["agenda_item_id"],
            ["agenda_item.id"],
            name=op.f("fk_advice_agenda_item_id_agenda_item"),
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["app_user.id"], name=op.f("fk_advice_user_id_app_user")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_advice")),
        sa.UniqueConstraint("agenda_item_id", "user_id", name=op.f("uq_advice_agenda_item_id")),
    )
    with op.batch_alter_table("advice", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_advice_agenda_item_id"), ["agenda_item_id"], unique=False
        )

    op.create_table(
        "signed_decision",
        sa.Column("dossier_id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("agenda_item_id", sa.String(length=36), nullable=True),
        sa.Column("decision", sa.JSON(), nullable=False),
        sa.Column("factors", sa.JSON(), nullable=False),
        sa.Column("catalogue", sa.String(length=140), nullable=False),
        sa.Column("departed_from", sa.JSON(), nullable=False),
        sa.Column("departure_motivation", sa.Text(), nullable=False),
        sa.Column("signed_by", sa.String(length=36), nullable=False),
        sa.Column("signed_by_name", sa.String(length=200), nullable=False),
        sa.Column("signed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("meeting_reference", sa.String(length=32), nullable=False),
        sa.Column("change_reason", sa.Text(), nullable=False),
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        *_record_columns(),
        sa.ForeignKeyConstraint(
            ["agenda_item_id"],
            ["agenda_item.id"],
            name=op.f("fk_signed_decision_agenda_item_id_agenda_item"),
        ),
        sa.ForeignKeyConstraint(
            ["dossier_id"], ["dossier.id"], name=op.f("fk_signed_decision_dossier_id_dossier")
        ),
        sa.ForeignKeyConstraint(
            ["signed_by"], ["app_user.id"], name=op.f("fk_signed_decision_signed_by_app_user")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_signed_decision")),
        sa.UniqueConstraint("dossier_id", "version", name=op.f("uq_signed_decision_dossier_id")),
    )
    with op.batch_alter_table("signed_decision", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_signed_decision_dossier_id"), ["dossier_id"], unique=False
        )

    with op.batch_alter_table("proposal", schema=None) as batch_op:
        batch_op.add_column(sa.Column("proposed_by", sa.String(length=36), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("proposal", schema=None) as batch_op:
        batch_op.drop_column("proposed_by")

    with op.batch_alter_table("signed_decision", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_signed_decision_dossier_id"))

    op.drop_table("signed_decision")
    with op.batch_alter_table("advice", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_advice_agenda_item_id"))

    op.drop_table("advice")
    with op.batch_alter_table("meeting_member", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meeting_member_meeting_id"))

    op.drop_table("meeting_member")
    with op.batch_alter_table("agenda_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agenda_item_meeting_id"))
        batch_op.drop_index(batch_op.f("ix_agenda_item_dossier_id"))

    op.drop_table("agenda_item")
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meeting_held_on"))

    op.drop_table("meeting")
    op.drop_table("app_user")
