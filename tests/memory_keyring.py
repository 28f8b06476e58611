"""A keyring in memory: each test gets its own, so no test reads or writes the real one.

The keys of encrypted database files (accounts `database…`, infra/store_keys.py) are kept
in a keyring file of the whole run instead (bench/file_keyring.py), which the test's child
processes use too: a profile made by a command in a child process opens here, and the
other way round. Their accounts hold random salts and paths of the test's own, so tests
do not meet each other's. Everything else (a server's password, a chair's signing key)
stays in this test's memory.
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

import file_keyring
from keyring.backend import KeyringBackend

SHARED_PREFIX = "database"
_FOLDER = Path(tempfile.mkdtemp(prefix="maatwerkdesk-test-keyring-"))
atexit.register(shutil.rmtree, _FOLDER, ignore_errors=True)
SHARED_KEYRING = _FOLDER / "keyring.json"
"""The keyring file of this run: every child process gets it (in its environment)."""
os.environ.update(file_keyring.child_env(SHARED_KEYRING))


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self, shared: Path | None = None) -> None:
        """`shared`: the keyring file whose database keys this one reads and writes."""
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}
        self.shared = shared

    def get_password(self, service: str, username: str) -> str | None:
        if self.shared is not None and username.startswith(SHARED_PREFIX):
            return file_keyring.read(self.shared, service, username)
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        if self.shared is not None and username.startswith(SHARED_PREFIX):
            file_keyring.write(self.shared, service, username, password)
        else:
            self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.shared is not None and username.startswith(SHARED_PREFIX):
            file_keyring.write(self.shared, service, username, None)
        else:
            self.items.pop((service, username), None)
