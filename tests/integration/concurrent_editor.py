"""One caseworker's program editing a shared database, as the desktop app does; run as a process.

    python concurrent_editor.py DATABASE WORKER EDITS START_FILE

Each edit opens a dossier (an audited read, its own transaction), autosaves a draft, and
saves the fields with the revision it opened, then discards the draft. Even edits touch
the worker's own dossier, odd ones the dossier every worker shares. Before the first
edit the worker waits for START_FILE, so all workers start at once. It prints one JSON
line: edits attempted, saved, refused politely (the stale-revision refusal) and failed,
with the distinct failure messages.
"""

from __future__ import annotations

import json
import sys
import time
from dataclasses import replace
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

from maatwerkdesk.domain.errors import ConcurrentEditError
from maatwerkdesk.domain.serialise import fields_to_dict
from maatwerkdesk.persistence.db import open_database
from maatwerkdesk.services import dossiers, drafts
from maatwerkdesk.services.context import Context

SHARED = "Gedeeld dossier"


def own_title(worker: int) -> str:
    return f"Dossier van werkplek {worker}"


def edit(database: object, context: Context, dossier_id: str, note: str) -> None:
    sessions = database.sessions  # type: ignore[attr-defined]
    with sessions.begin() as session:
        record = dossiers.open_dossier(session, context, dossier_id)
    fields = replace(record.fields, notes=note)
    with sessions.begin() as session:
        drafts.save_draft(session, context, dossier_id, record.revision, fields_to_dict(fields))
    with sessions.begin() as session:
        dossiers.update_dossier(
            session, context, dossier_id, fields, expected_revision=record.revision
        )
        drafts.discard_draft(session, context, dossier_id)


def main(path: str, worker: int, edits: int, start_file: str) -> None:
    database = open_database(path, migrate=False)
    context = Context(actor=f"werkplek {worker}", origin="concurrency-test")
    with database.reads() as session:
        by_title = {
            summary.title: summary.id
            for summary in dossiers.list_dossiers(session, dossiers.DossierQuery(), limit=None)
        }
    targets = (by_title[own_title(worker)], by_title[SHARED])
    while not Path(start_file).exists():
        time.sleep(0.001)
    counts = {"attempted": 0, "saved": 0, "refused": 0, "failed": 0}
    failures: set[str] = set()
    for number in range(edits):
        counts["attempted"] += 1
        try:
            edit(database, context, targets[number % 2], f"werkplek {worker}, wijziging {number}")
        except ConcurrentEditError:
            counts["refused"] += 1
        except SQLAlchemyError as error:
            counts["failed"] += 1
            failures.add(str(error.orig) if hasattr(error, "orig") else type(error).__name__)
        else:
            counts["saved"] += 1
    database.close()
    print(json.dumps({**counts, "failures": sorted(failures)}), flush=True)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4])
