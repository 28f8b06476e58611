"""User directories from platformdirs under the app id, or all under one `--profile` folder."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import platformdirs

from maatwerkdesk import APP_ID


@dataclass(frozen=True)
class Paths:
    data: Path
    config: Path
    logs: Path

    @property
    def database(self) -> Path:
        return self.data / "maatwerkdesk.sqlite3"

    @property
    def attachments(self) -> Path:
        return self.data / "bijlagen"

    @property
    def log_file(self) -> Path:
        return self.logs / "maatwerkdesk.log"

    def create(self) -> None:
        for folder in (self.data, self.config, self.logs, self.attachments):
            folder.mkdir(parents=True, exist_ok=True)


def resolve_paths(profile: Path | None = None) -> Paths:
    """The platform's user dirs, or everything below `profile` (tests, portable use)."""
    if profile is not None:
        root = profile.expanduser().resolve()
        return Paths(data=root / "data", config=root / "config", logs=root / "logs")
    dirs = platformdirs.PlatformDirs(APP_ID, appauthor=False)
    return Paths(
        data=Path(dirs.user_data_dir),
        config=Path(dirs.user_config_dir),
        logs=Path(dirs.user_log_dir),
    )
