"""Being woken when another program may have changed the database.

A `ChangeSignal` only says *that* something may have changed; what changed is read from the
audit trail (services/changes.py), which records every change in the transaction that makes
it. On SQLite, several programs share one file: `PRAGMA data_version` on a connection of the
signal's own changes whenever another connection commits, and asking costs no disk read, so
it is asked a few times a second. Any other server is asked every `SERVER_POLL_S` until a
server-side notification takes its place.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from typing import Protocol

from maatwerkdesk.persistence.db import Database

SQLITE_POLL_S = 0.25
"""How often the SQLite file is asked whether another connection committed."""
SERVER_POLL_S = 1.0
"""How often a database server's audit trail is looked at, without notifications."""


class ChangeSignal(Protocol):
    def wait(self, timeout: float) -> bool:
        """Block up to `timeout` seconds; True as soon as something may have changed."""
        ...

    def close(self) -> None: ...


class DataVersionSignal:
    """SQLite: another connection's commit changes `PRAGMA data_version` on this one."""

    def __init__(self, path: str) -> None:
        # Used by one watcher at a time, which may run on any thread of its pool.
        self._connection = sqlite3.connect(
            f"file:{path}?mode=ro", uri=True, check_same_thread=False, isolation_level=None
        )
        self._version = self._read()

    def _read(self) -> int:
        return int(self._connection.execute("PRAGMA data_version").fetchone()[0])

    def wait(self, timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        while True:
            version = self._read()
            if version != self._version:
                self._version = version
                return True
            left = deadline - time.monotonic()
            if left <= 0:
                return False
            time.sleep(min(SQLITE_POLL_S, left))

    def close(self) -> None:
        self._connection.close()


class PollSignal:
    """Any other database: look every `interval` seconds."""

    def __init__(self, interval: float = SERVER_POLL_S) -> None:
        self._interval = interval
        self._closed = threading.Event()

    def wait(self, timeout: float) -> bool:
        return not self._closed.wait(min(timeout, self._interval))

    def close(self) -> None:
        self._closed.set()


def change_signal(database: Database) -> ChangeSignal:
    path = database.engine.url.database
    if database.is_sqlite and path and path != ":memory:":
        return DataVersionSignal(path)
    return PollSignal()
