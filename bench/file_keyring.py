"""A keyring in a plain JSON file, for the child processes of the benches and the tests.

The program keeps the keys of its encrypted databases in the operating system's keyring;
a bench or a test runs it on a machine without one, in processes of its own. Each of them
is given this backend (`PYTHON_KEYRING_BACKEND=file_keyring.FileKeyring`, this folder on
`PYTHONPATH`) and the file (`MAATWERKDESK_FILE_KEYRING`), so that they all see the keys
the others stored. The file holds keys in the clear: never use it for real data.
"""

from __future__ import annotations

import fcntl
import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from keyring.backend import KeyringBackend

VARIABLE = "MAATWERKDESK_FILE_KEYRING"
BACKEND = "file_keyring.FileKeyring"
FOLDER = Path(__file__).parent


def child_env(file: Path) -> dict[str, str]:
    """What a child process needs in its environment to use the keyring in `file`."""
    path = os.environ.get("PYTHONPATH", "")
    return {
        "PYTHON_KEYRING_BACKEND": BACKEND,
        VARIABLE: str(file),
        "PYTHONPATH": os.pathsep.join(p for p in (str(FOLDER), path) if p),
    }


@contextmanager
def _items(file: Path, *, write: bool) -> Iterator[dict[str, str]]:
    """The file's items under a lock (several processes may store keys at once)."""
    file.parent.mkdir(parents=True, exist_ok=True)
    with open(file, "a+", encoding="utf-8") as stream:
        fcntl.flock(stream, fcntl.LOCK_EX if write else fcntl.LOCK_SH)
        stream.seek(0)
        text = stream.read()
        items: dict[str, str] = json.loads(text) if text else {}
        yield items
        if write:
            stream.seek(0)
            stream.truncate()
            json.dump(items, stream)


def read(file: Path, service: str, account: str) -> str | None:
    with _items(file, write=False) as items:
        return items.get(f"{service}\n{account}")


def write(file: Path, service: str, account: str, value: str | None) -> None:
    with _items(file, write=True) as items:
        if value is None:
            items.pop(f"{service}\n{account}", None)
        else:
            items[f"{service}\n{account}"] = value


class FileKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    @property
    def file(self) -> Path:
        return Path(os.environ[VARIABLE])

    def get_password(self, service: str, username: str) -> str | None:
        return read(self.file, service, username)

    def set_password(self, service: str, username: str, password: str) -> None:
        write(self.file, service, username, password)

    def delete_password(self, service: str, username: str) -> None:
        write(self.file, service, username, None)
