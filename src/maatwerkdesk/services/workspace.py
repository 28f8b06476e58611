"""Everything one running program works with: its folders, its database, its attachment store."""

from __future__ import annotations

import getpass
import logging
from dataclasses import dataclass
from pathlib import Path

from maatwerkdesk import __version__
from maatwerkdesk.infra.attachment_store import AttachmentStore
from maatwerkdesk.infra.logging_setup import configure_logging
from maatwerkdesk.infra.paths import Paths, resolve_paths
from maatwerkdesk.persistence.db import Database, open_database
from maatwerkdesk.services.context import Context

log = logging.getLogger(__name__)


@dataclass
class Workspace:
    paths: Paths
    database: Database
    attachments: AttachmentStore

    def context(self, origin: str) -> Context:
        return Context(actor=current_user(), origin=f"{origin}/{__version__}")

    def close(self) -> None:
        self.database.close()


def current_user() -> str:
    """The workstation account; replaced by MaatwerkDesk's own users and roles later."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "onbekend"


def prepare_paths(profile: Path | None, *, verbose: bool = False) -> Paths:
    paths = resolve_paths(profile)
    paths.create()
    configure_logging(paths.log_file, verbose=verbose)
    return paths


def open_workspace(paths: Paths, db: str | None) -> Workspace:
    database = open_database(db or paths.database)
    log.info("Database opened (%s)", database.engine.dialect.name)
    return Workspace(paths, database, AttachmentStore(paths.attachments))
