"""Several programs on one SQLite file: every edit is saved or politely refused, never 'locked'."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

from concurrent_editor import SHARED, own_title
from sqlalchemy import select

from maatwerkdesk.domain.dossier import DossierFields
from maatwerkdesk.persistence.db import open_database
from maatwerkdesk.persistence.models import DossierRow
from maatwerkdesk.services import dossiers
from maatwerkdesk.services.context import Context

WORKERS = 3
EDITS = 120
EDITOR = Path(__file__).with_name("concurrent_editor.py")


def run_editors(path: Path, tmp_path: Path, workers: int, edits: int) -> list[dict[str, object]]:
    start = tmp_path / "start"
    children = [
        subprocess.Popen(
            [sys.executable, str(EDITOR), str(path), str(worker), str(edits), str(start)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for worker in range(workers)
    ]
    time.sleep(1.0)  # every editor has opened the database and waits for the start
    start.touch()
    results = []
    for child in children:
        out, err = child.communicate(timeout=300)
        assert child.returncode == 0, err
        results.append(json.loads(out.strip().splitlines()[-1]))
    return results


def test_concurrent_editors_never_meet_a_locked_database(tmp_path: Path) -> None:
    path = tmp_path / "gedeeld.sqlite3"
    database = open_database(path)
    context = Context(actor="opzet", origin="test")
    with database.sessions.begin() as session:
        for title in [SHARED, *(own_title(worker) for worker in range(WORKERS))]:
            dossiers.create_dossier(session, context, DossierFields(title=title))
    database.close()

    results = run_editors(path, tmp_path, WORKERS, EDITS)

    total = {key: sum(int(r[key]) for r in results) for key in ("attempted", "saved", "refused")}
    failures = sorted({message for r in results for message in r["failures"]})  # type: ignore[attr-defined]
    print(f"\nconcurrent edits: {total}, failed: {sum(int(r['failed']) for r in results)}")
    assert failures == []
    assert total["attempted"] == WORKERS * EDITS
    assert total["saved"] + total["refused"] == total["attempted"]
    # Each editor's own dossier is never refused: only the shared one can be stale.
    assert total["saved"] >= WORKERS * EDITS // 2
    database = open_database(path, migrate=False)
    with database.reads() as session:
        revisions = session.scalars(select(DossierRow.revision)).all()
    database.close()
    # Every save raised a revision by one: nothing was written twice or lost.
    assert sum(revisions) - len(revisions) == total["saved"]
