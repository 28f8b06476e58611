"""Schema migrations with alembic, run on start. Alembic is imported only when needed."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

from maatwerkdesk.persistence import cipher
from maatwerkdesk.persistence.connection import OpenError, Problem
from maatwerkdesk.persistence.migrations import HEAD_REVISION

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
BACKUPS_KEPT = 2
"""Backups before a migration beside the database: the newest ones, the rest removed."""


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _backup_sqlite(engine: Engine, revision: str, key: bytes | None) -> None:
    """Copy the file before changing its schema, so a failed migration can be undone by hand.

    The copy is encrypted as the file is (the same key and salt: it opens as the file
    does), readable by its owner only; of these copies the newest `BACKUPS_KEPT` stay.
    """
    path = engine.url.database
    if not path or path == ":memory:":
        return
    target = Path(f"{path}.voor-migratie-{revision}.bak")
    salt = cipher.salt_of(Path(path)) if key is not None else None
    source = engine.raw_connection()
    try:
        cipher.copy_to(source.driver_connection, target, key, salt)
    finally:
        source.close()
    log.info("Backup before migration written next to the database (%s)", target.name)
    backups = sorted(
        Path(path).parent.glob(f"{Path(path).name}.voor-migratie-*.bak"),
        key=lambda backup: backup.stat().st_mtime_ns,
    )
    for old in backups[:-BACKUPS_KEPT]:
        old.unlink()


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


def upgrade_to_head(engine: Engine, key: bytes | None = None) -> None:
    """Migrate to the newest schema; an SQLite file (keyed with `key`) is backed up first."""
    revision = current_revision(engine)
    if revision == HEAD_REVISION:
        return
    if revision is not None and engine.dialect.name == "sqlite":
        _backup_sqlite(engine, revision, key)
    from alembic import command

    config = _config()
    _refuse_newer(revision, config)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    log.info("Database schema migrated from %s to %s", revision or "empty", HEAD_REVISION)
