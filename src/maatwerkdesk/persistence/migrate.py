"""Schema migrations with alembic, run on start. Alembic is imported only when needed."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

from maatwerkdesk.persistence.connection import OpenError, Problem
from maatwerkdesk.persistence.migrations import HEAD_REVISION

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _backup_sqlite(engine: Engine, revision: str) -> None:
    """Copy the file before changing its schema, so a failed migration can be undone by hand."""
    path = engine.url.database
    if not path or path == ":memory:":
        return
    target = Path(f"{path}.voor-migratie-{revision}.bak")
    source = sqlite3.connect(path)
    try:
        backup = sqlite3.connect(target)
        with backup:
            source.backup(backup)
        backup.close()
    finally:
        source.close()
    log.info("Backup before migration written next to the database (%s)", target.name)


def _config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def _refuse_newer(revision: str | None, config: Config) -> None:
    """Raise OpenError for a schema made by a newer program (one this one does not know)."""
    from alembic.script import ScriptDirectory

    known = {s.revision for s in ScriptDirectory.from_config(config).walk_revisions()}
    if revision is not None and revision not in known:
        raise OpenError(Problem.NEWER_SCHEMA, detail=revision)


def checked_revision(engine: Engine) -> str | None:
    """The schema's revision (None: no schema yet); raises OpenError for a schema newer
    than this program."""
    revision = current_revision(engine)
    if revision != HEAD_REVISION:
        _refuse_newer(revision, _config())
    return revision


def upgrade_to_head(engine: Engine) -> None:
    revision = current_revision(engine)
    if revision == HEAD_REVISION:
        return
    if revision is not None and engine.dialect.name == "sqlite":
        _backup_sqlite(engine, revision)
    from alembic import command

    config = _config()
    _refuse_newer(revision, config)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    log.info("Database schema migrated from %s to %s", revision or "empty", HEAD_REVISION)
