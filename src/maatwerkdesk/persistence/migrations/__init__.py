"""Alembic migrations. HEAD_REVISION lets start-up skip importing alembic when nothing changed."""

HEAD_REVISION = "0022"
