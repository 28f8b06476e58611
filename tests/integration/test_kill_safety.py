"""Killing the process at any moment loses no committed dossier and never corrupts the file."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

from backends import sqlite_connection

from maatwerkdesk.persistence.db import open_database
from maatwerkdesk.services import dossiers

WRITER = """
import sys
from maatwerkdesk.domain.dossier import DossierFields
from maatwerkdesk.persistence.db import open_database
from maatwerkdesk.services import dossiers
from maatwerkdesk.services.context import Context

database = open_database(sys.argv[1])
context = Context(actor="kill-test", origin="test")
while True:
    with database.sessions.begin() as session:
        record = dossiers.create_dossier(session, context, DossierFields(title="Kill-test " * 20))
    print(record.reference, flush=True)  # acknowledged only after COMMIT returned
"""


def test_kill_during_writes_loses_nothing_acknowledged(tmp_path: Path) -> None:
    path = tmp_path / "kill.sqlite3"
    open_database(path).close()
    acknowledged: set[str] = set()
    rng = random.Random(2026)
    for _ in range(8):
        child = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(path)], stdout=subprocess.PIPE, text=True
        )
        assert child.stdout is not None
        first = child.stdout.readline().strip()  # wait until it writes
        acknowledged.add(first)
        time.sleep(rng.uniform(0.01, 0.3))
        os.kill(child.pid, signal.SIGKILL)
        remaining, _ = child.communicate()
        acknowledged.update(line for line in remaining.splitlines() if line.strip())
    with closing(sqlite_connection(path)) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    database = open_database(path)
    with database.reads() as session:
        stored = {
            r.reference
            for r in dossiers.list_dossiers(session, dossiers.DossierQuery(), limit=None)
        }
    database.close()
    assert acknowledged <= stored
    assert len(acknowledged) > 8
