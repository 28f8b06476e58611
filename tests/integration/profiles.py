"""Profiles for the command line in subprocesses: a `--profile` folder and its database.

On SQLite the database is the folder's own file, as for a user; on PostgreSQL it is a
database of the test server, passed as `--db URL` with every command.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest
from backends import Databases


@dataclass(frozen=True)
class Profile:
    folder: Path
    db: str | None = None
    """What `--db` names (a server database, or another file); None: the profile's own file."""

    @property
    def target(self) -> str:
        """The database, as `backends.connect` and `open_database` take it."""
        return self.db or str(self.folder / "data" / "maatwerkdesk.sqlite3")

    def args(self) -> list[str]:
        return ["--profile", str(self.folder), *(["--db", self.db] if self.db else [])]


@dataclass(frozen=True)
class Profiles:
    databases: Databases
    folders: pytest.TempPathFactory

    def new(self, label: str) -> Profile:
        folder = self.folders.mktemp(label)
        return Profile(folder, self.databases.fresh(label) if self.databases.is_postgres else None)

    def copy(self, profile: Profile, label: str) -> Profile:
        """A copy of the profile's folder and of its database."""
        folder = self.folders.mktemp(label) / "profiel"
        shutil.copytree(profile.folder, folder)
        db = None if profile.db is None else self.databases.copy(profile.db, label)
        return Profile(folder, db)
