"""Alembic environment: always run with the connection handed over by maatwerkdesk.persistence.migrate."""

from alembic import context

from maatwerkdesk.persistence import models  # noqa: F401  (registers the tables)
from maatwerkdesk.persistence.base import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    context.run_migrations()
