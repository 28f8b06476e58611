"""Being woken when another program may have changed the database.

A `ChangeSignal` only says *that* something may have changed; what changed is read from the
audit trail (services/changes.py), which records every change in the transaction that makes
it. On SQLite, several programs share one file: `PRAGMA data_version` on a connection of the
signal's own changes whenever another connection commits, and asking costs no disk read, so
it is asked a few times a second. PostgreSQL tells its listeners: every change recorded in
the audit trail sends a notification on `CHANNEL` when its transaction commits, and a
connection of the signal's own listens for it (`NotifySignal`); it still looks every
`SAFETY_S` in case a notification was missed while that connection was being replaced.
"""

from __future__ import annotations

import logging
import threading
import time
from pathlib import Path
from typing import Any, Protocol

from maatwerkdesk.persistence import cipher
from maatwerkdesk.persistence.db import Database

SQLITE_POLL_S = 0.25
"""How often the SQLite file is asked whether another connection committed."""
SERVER_POLL_S = 1.0
"""How often a database server's audit trail is looked at, without notifications."""
CHANNEL = "maatwerkdesk_changes"
"""PostgreSQL's notification channel of changes recorded in the audit trail."""
SAFETY_S = 30.0
"""How often a listener looks anyway: a notification sent while it reconnected is lost."""

log = logging.getLogger(__name__)


class ChangeSignal(Protocol):
    def wait(self, timeout: float) -> bool:
        """Block up to `timeout` seconds; True as soon as something may have changed."""
        ...

    def close(self) -> None: ...


class DataVersionSignal:
    """SQLite: another connection's commit changes `PRAGMA data_version` on this one."""

    def __init__(self, path: Path, key: bytes | None) -> None:
        # Used by one watcher at a time, which may run on any thread of its pool.
        self._connection = cipher.connect(
            path, key, read_only=True, check_same_thread=False, isolation_level=None
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


class NotifySignal:
    """PostgreSQL: woken by a notification on `CHANNEL` from another connection's commit.

    The listening connection is the database's own kind (same settings, same login) but is
    taken out of its pool: it stays in autocommit, listening, for as long as the signal
    lives. When it breaks (the server restarted, the network went), the next wait says
    something may have changed, so that the feed reads the trail, and listens again.
    """

    def __init__(self, database: Database, safety: float = SAFETY_S) -> None:
        self._database = database
        self._safety = safety
        self._listener: Any = None
        self._looked = time.monotonic()
        self._listen()

    def _listen(self) -> None:
        connection = self._database.engine.raw_connection()
        driver = connection.driver_connection
        assert driver is not None  # a connection just taken from the pool is open
        connection.detach()  # never handed to a unit of work: it keeps listening
        driver.autocommit = True
        driver.execute(f"LISTEN {CHANNEL}")
        self._listener = driver

    def wait(self, timeout: float) -> bool:
        import psycopg

        try:
            if self._listener is None:
                self._listen()
                return True  # what was sent meanwhile was missed: look
            left = max(0.0, min(timeout, self._looked + self._safety - time.monotonic()))
            told = any(True for _ in self._listener.notifies(timeout=left, stop_after=1))
            if told:
                for _ in self._listener.notifies(timeout=0.0):  # one look for them all
                    pass
        except psycopg.Error as error:
            log.info("Listening for changes stopped (%s); listening again", type(error).__name__)
            self._drop()
            return True
        if told or time.monotonic() >= self._looked + self._safety:
            self._looked = time.monotonic()
            return True
        return False

    def _drop(self) -> None:
        if self._listener is not None:
            self._listener.close()
            self._listener = None

    def close(self) -> None:
        self._drop()


def change_signal(database: Database) -> ChangeSignal:
    if database.is_sqlite:
        path = database.file
        return DataVersionSignal(path, database.key) if path is not None else PollSignal()
    if database.engine.dialect.name == "postgresql":
        return NotifySignal(database)
    return PollSignal()
