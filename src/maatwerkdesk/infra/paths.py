"""User directories from platformdirs under the app id, or all under one `--profile` folder.

`prepare_paths` runs before the desktop app's first window, so this module stays light:
platformdirs is imported only when the platform's folders are asked for, and `Paths` is a
NamedTuple rather than a dataclass (the dataclasses module and its generated methods cost
a few ms of start-up; docs/architecture.md, "Desktop app").

Everything the program keeps is the user's alone: `prepare_paths` makes the process create
files readable by their owner only (umask 077: folders 0700, files 0600: the database, its
journal, attachments, logs, exports, copies opened for viewing) and closes the folders that
an older version made with wider rights (docs/security.md).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import NamedTuple

from maatwerkdesk import APP_ID
from maatwerkdesk.domain.errors import DomainError

PRIVATE_FOLDER = 0o700
PRIVATE_UMASK = 0o077


class Paths(NamedTuple):
    data: Path
    config: Path
    logs: Path

    @property
    def database(self) -> Path:
        return self.data / "maatwerkdesk.sqlite3"

    @property
    def briefcase(self) -> Path:
        """The laptop's briefcase: the dossiers taken along (docs/briefcase.md)."""
        return self.data / "koffer.sqlite3"

    @property
    def attachments(self) -> Path:
        return self.data / "bijlagen"

    @property
    def log_file(self) -> Path:
        return self.logs / "maatwerkdesk.log"

    def create(self) -> None:
        """Make the folders (owner only); a DomainError says why one cannot be made."""
        for folder in (self.data, self.config, self.logs, self.attachments):
            try:
                folder.mkdir(mode=PRIVATE_FOLDER, parents=True, exist_ok=True)
                folder.chmod(PRIVATE_FOLDER)  # made earlier, perhaps with wider rights
            except OSError as error:
                raise DomainError(_why_not_made(folder, error)) from None


def _why_not_made(folder: Path, error: OSError) -> str:
    """Why `folder` could not be made, in words that say what to do (`--profile`)."""
    in_the_way = next((p for p in (folder, *folder.parents) if p.exists() and not p.is_dir()), None)
    if in_the_way is not None:
        return (
            f"De map {folder} kan niet worden gemaakt, want {in_the_way} is een bestand en geen "
            "map: geef bij --profile een map op (een map die er nog niet is, wordt gemaakt)."
        )
    reason = (
        "u mag daar niet schrijven"
        if isinstance(error, PermissionError)
        else f"het besturingssysteem weigert dat (foutcode {error.errno})"
    )
    return (
        f"De map {folder} kan niet worden gemaakt ({reason}): geef bij --profile een map op "
        "waarin u mag schrijven."
    )


def resolve_paths(profile: Path | None = None) -> Paths:
    """The platform's user dirs, or everything below `profile` (tests, portable use)."""
    if profile is not None:
        root = profile.expanduser().resolve()
        return Paths(data=root / "data", config=root / "config", logs=root / "logs")
    import platformdirs

    dirs = platformdirs.PlatformDirs(APP_ID, appauthor=False)
    return Paths(
        data=Path(dirs.user_data_dir),
        config=Path(dirs.user_config_dir),
        logs=Path(dirs.user_log_dir),
    )


def database_target(db: str | None, profile: Path | None = None) -> str:
    """The database a desktop start opens: what `--db` names, else the profile's file."""
    return db or str(resolve_paths(profile).database)


def prepare_paths(profile: Path | None, *, verbose: bool = False) -> Paths:
    """Resolve the folders, create them and send the log there: the first thing a run does."""
    # Imported here: `database_target` runs before the child is started, without logging.
    from maatwerkdesk.infra.logging_setup import configure_logging

    os.umask(PRIVATE_UMASK)
    paths = resolve_paths(profile)
    paths.create()
    configure_logging(paths.log_file, verbose=verbose)
    return paths
