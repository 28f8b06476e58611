"""A person may hold several roles, and on a team database is a server login.

`app_user.role` (one role) becomes `roles`, a list of role values; each user keeps the role
they had. `login` names the PostgreSQL login that is this person on a team database
(`maatwerkdesk server add-user`); on SQLite it stays empty.

The columns are added and dropped in place (SQLite 3.35 and newer drop a column itself), so
the table, which other tables refer to, is never rebuilt.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-10 09:00:00
"""

import json

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

USERS = sa.table(
    "app_user",
    sa.column("id", sa.String),
    sa.column("role", sa.String),
    sa.column("roles", sa.JSON),
)


def upgrade() -> None:
    op.add_column("app_user", sa.Column("roles", sa.JSON(), nullable=False, server_default="[]"))
    op.add_column("app_user", sa.Column("login", sa.String(length=63), nullable=True))
    op.create_index(op.f("ix_app_user_login"), "app_user", ["login"], unique=True)
    connection = op.get_bind()
    for user_id, role in connection.execute(sa.select(USERS.c.id, USERS.c.role)).all():
        connection.execute(
            sa.update(USERS).where(USERS.c.id == user_id).values(roles=[role] if role else [])
        )
    op.drop_column("app_user", "role")
    if connection.dialect.name != "sqlite":  # SQLite cannot drop a default in place
        op.alter_column("app_user", "roles", server_default=None)


def downgrade() -> None:
    op.add_column(
        "app_user",
        sa.Column("role", sa.String(length=32), nullable=False, server_default="lezer"),
    )
    connection = op.get_bind()
    for user_id, roles in connection.execute(sa.select(USERS.c.id, USERS.c.roles)).all():
        listed = json.loads(roles) if isinstance(roles, str) else roles
        if listed:
            connection.execute(sa.update(USERS).where(USERS.c.id == user_id).values(role=listed[0]))
    op.drop_index(op.f("ix_app_user_login"), table_name="app_user")
    op.drop_column("app_user", "login")
    op.drop_column("app_user", "roles")
