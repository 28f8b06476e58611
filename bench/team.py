"""Many workstations at once: a team of caseworkers' programs on one database.

Twenty workstations (one process each, each its own user) do a caseworker's mix for a
minute, with a moment between one action and the next (`--think`, on average a second; 0
makes it a stress test): open a dossier, edit and save it (autosaved as a draft first, saved from the
revision it was opened at), assess a dossier (the whole check, as `maatwerkdesk assess`),
list and search. A third of the edits go to a few dossiers everyone works on, so saves
meet each other. A save refused because a colleague saved first is the friendly conflict:
the workstation keeps its version, puts it on top of the colleague's (as "Mijn versie
bewaren als concept" does) and saves again. Every other failure counts as an error.

Afterwards every save that succeeded is looked up: each appended a mark of its own to the
dossier's notes, so a save that a later one overwrote would be missing (a lost update).

Run against SQLite (one file, the baseline) and against a PostgreSQL server in the same
run: a throwaway one on loopback that scripts/postgres.sh starts, or the empty database
`--server URL` names; the table gives the server's figures against SQLite's.

    scripts/postgres.sh run .venv/bin/python bench/team.py [--workers 20] [--seconds 60]
    scripts/postgres.sh run .venv/bin/python bench/team.py --workers 4 --seconds 10  # try it
    .venv/bin/python bench/team.py --server postgresql+psycopg://…  # a server of your own
"""

from __future__ import annotations

import argparse
import multiprocessing
import random
import statistics
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

from figures import Figure, print_figures
from server import NOT_MEASURED, fresh_database

DOSSIERS = 200
SHARED = 5
"""Dossiers every workstation edits now and then: where saves meet."""
SHARED_EDITS = 1 / 3
MIX = {"open": 30, "edit": 25, "assess": 15, "list": 15, "search": 15}
"""A caseworker's day, in proportions."""
WORDS = ("huur", "bijstand", "terugvordering", "schuld", "toeslag", "zorg")
RETRIES = 5
"""Saves of one edit after conflicts, before the workstation gives it up (and says so)."""


@dataclass
class Tally:
    """What one workstation did and how long it took."""

    done: Counter[str] = field(default_factory=Counter)
    conflicts: int = 0
    given_up: int = 0
    errors: Counter[str] = field(default_factory=Counter)
    latency: dict[str, list[float]] = field(default_factory=dict)
    saved: list[tuple[str, str]] = field(default_factory=list)
    """(dossier id, mark) of every save that succeeded."""

    def timed(self, kind: str, seconds: float) -> None:
        self.latency.setdefault(kind, []).append(seconds * 1000)
        self.done[kind] += 1


# ---------------------------------------------------------------------- one workstation


def workstation(
    target: str, number: int, start_at: float, seconds: float, think: float, queue: Any
) -> None:
    """One caseworker's program: its own process, user and connections."""
    from dataset import opened

    from maatwerkdesk.domain.errors import ConcurrentEditError, DomainError
    from maatwerkdesk.services import dossiers, users
    from maatwerkdesk.services.context import Context, acting_as
    from maatwerkdesk.services.unit_of_work import reading

    database = opened(target, migrate=False)
    with reading(database) as session:
        user = users.find_user(session, caseworker(number))
        ids = [s.id for s in dossiers.list_dossiers(session, dossiers.DossierQuery(), limit=None)]
    context = Context(actor=acting_as(user.name, f"werkplek-{number}"), origin="bench", user=user)
    shared, own = ids[:SHARED], ids[SHARED:]
    rng = random.Random(number)
    tally = Tally()
    kinds = list(MIX)
    weights = [MIX[k] for k in kinds]
    while time.time() < start_at:
        time.sleep(0.005)
    ends = start_at + seconds
    marks = 0
    while time.time() < ends:
        time.sleep(rng.uniform(0, 2 * think))  # reading, typing, thinking
        kind = rng.choices(kinds, weights)[0]
        dossier_id = rng.choice(shared if rng.random() < SHARED_EDITS else own)
        try:
            if kind == "edit":
                marks += 1
                edit(database, context, dossier_id, f"[w{number}:{marks}]", tally)
            else:
                started = time.perf_counter()
                act(database, context, kind, dossier_id, rng)
                tally.timed(kind, time.perf_counter() - started)
        except ConcurrentEditError:
            tally.conflicts += 1  # only edit() saves, and it handles its own
        except DomainError as error:
            tally.errors[type(error).__name__] += 1
        except Exception as error:  # counted, not hidden: the bench's verdict
            tally.errors[f"{type(error).__name__} (bug)"] += 1
    database.close()
    queue.put(tally)


def act(database: Any, context: Any, kind: str, dossier_id: str, rng: random.Random) -> None:
    from maatwerkdesk.services import dossiers
    from maatwerkdesk.services.audit import record_listing
    from maatwerkdesk.services.dossier_check import load_check
    from maatwerkdesk.services.unit_of_work import writing

    with writing(database) as session:  # every one of these is an audited act
        if kind == "open":
            dossiers.open_dossier(session, context, dossier_id)
        elif kind == "assess":
            load_check(session, context, dossier_id)
        else:
            record_listing(session, context)
            words = rng.choice(WORDS) if kind == "search" else ""
            dossiers.list_dossiers(session, dossiers.DossierQuery(text=words), limit=50)


def edit(database: Any, context: Any, dossier_id: str, mark: str, tally: Tally) -> None:
    """As the editor: open, type (autosaved as a draft), save from the revision opened.
    When a colleague saved first, keep one's own change on top of theirs and save again."""
    from maatwerkdesk.domain.errors import ConcurrentEditError
    from maatwerkdesk.domain.serialise import fields_to_dict
    from maatwerkdesk.services import dossiers, drafts
    from maatwerkdesk.services.unit_of_work import writing

    with writing(database) as session:
        record = dossiers.open_dossier(session, context, dossier_id)
    for _attempt in range(RETRIES):
        fields = replace(record.fields, notes=f"{record.fields.notes} {mark}".strip())
        with writing(database) as session:
            drafts.save_draft(session, context, dossier_id, record.revision, fields_to_dict(fields))
        started = time.perf_counter()
        try:
            with writing(database) as session:
                dossiers.update_dossier(
                    session, context, dossier_id, fields, expected_revision=record.revision
                )
                drafts.discard_draft(session, context, dossier_id)
        except ConcurrentEditError:
            tally.conflicts += 1
            with writing(database) as session:  # the colleague's version, to put ours on
                record = dossiers.open_dossier(session, context, dossier_id)
            continue
        tally.timed("save", time.perf_counter() - started)
        tally.saved.append((dossier_id, mark))
        return
    tally.given_up += 1


def caseworker(number: int) -> str:
    return f"Behandelaar {number:02d}"


# ---------------------------------------------------------------------- the run


def prepare(target: str, workers: int) -> None:
    """Demo dossiers and one caseworker per workstation, on an empty database."""
    from dataset import opened

    from maatwerkdesk.domain.people import Role
    from maatwerkdesk.services import demo, users
    from maatwerkdesk.services.context import Context
    from maatwerkdesk.services.unit_of_work import writing

    database = opened(target)
    context = Context(actor="bench", origin="bench")
    with writing(database) as session:
        demo.add_demo_dossiers(session, context, DOSSIERS, 7)
        for number in range(workers):
            users.add_user(session, context, caseworker(number), Role.CASEWORKER)
    database.close()


def lost_updates(target: str, saved: list[tuple[str, str]]) -> int:
    """Saves that succeeded but whose mark is no longer in the dossier's notes."""
    from dataset import opened
    from sqlalchemy import select

    from maatwerkdesk.persistence.models import DossierRow
    from maatwerkdesk.services.unit_of_work import reading

    database = opened(target, migrate=False)
    with reading(database) as session:
        rows = session.execute(select(DossierRow.id, DossierRow.notes))
        notes = {dossier_id: text for dossier_id, text in rows}
    database.close()
    return sum(1 for dossier_id, mark in saved if mark not in notes[dossier_id])


@dataclass(frozen=True)
class Outcome:
    operations: int
    conflicts: int
    given_up: int
    errors: Counter[str]
    lost: int
    latency: dict[str, list[float]]

    def percentile(self, kind: str, share: float) -> float | None:
        values = sorted(self.latency.get(kind, []))
        if not values:
            return None
        if share == 0.5:
            return statistics.median(values)
        return values[min(len(values) - 1, int(share * len(values)))]


def run(target: str, workers: int, seconds: float, think: float) -> Outcome:
    prepare(target, workers)
    spawn = multiprocessing.get_context("spawn")
    queue = spawn.Queue()
    start_at = time.time() + 3 + workers * 0.25  # every program has opened the database
    processes = [
        spawn.Process(target=workstation, args=(target, n, start_at, seconds, think, queue))
        for n in range(workers)
    ]
    for process in processes:
        process.start()
    tallies = [queue.get(timeout=seconds + 600) for _ in processes]
    for process in processes:
        process.join()
    saved = [s for t in tallies for s in t.saved]
    latency: dict[str, list[float]] = {}
    for tally in tallies:
        for kind, values in tally.latency.items():
            latency.setdefault(kind, []).extend(values)
    return Outcome(
        operations=sum(sum(t.done.values()) for t in tallies),
        conflicts=sum(t.conflicts for t in tallies),
        given_up=sum(t.given_up for t in tallies),
        errors=sum((t.errors for t in tallies), Counter()),
        lost=lost_updates(target, saved),
        latency=latency,
    )


def figures(server: Outcome | None, sqlite: Outcome) -> list[Figure]:
    """Counts per database, each judged on its own; times of the server against SQLite's."""
    rows = []
    for name, outcome in (("server", server), ("SQLite", sqlite)):
        counts = (
            ("operations", lambda o: o.operations, None, "ops"),
            ("friendly conflicts", lambda o: o.conflicts, None, "saves"),
            ("edits given up", lambda o: o.given_up, None, "edits"),
            ("errors", lambda o: sum(o.errors.values()), 0, ""),
            ("lost updates", lambda o: o.lost, 0, ""),
        )
        for measure, value, target, unit in counts:
            figure = value(outcome) if outcome is not None else None
            rows.append(Figure(f"{measure}, {name}", figure, None, target, unit=unit))
    for kind in ("save", "assess", "open", "list", "search"):
        for share, label in ((0.5, "p50"), (0.95, "p95")):
            figure = server.percentile(kind, share) if server is not None else None
            rows.append(Figure(f"{kind} {label}", figure, sqlite.percentile(kind, share), None))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--think", type=float, default=1.0, help="mean seconds between actions")
    parser.add_argument("--server", help="an empty server database: postgresql+psycopg://…")
    parser.add_argument("--work", type=Path, default=Path(tempfile.mkdtemp(prefix="team-")))
    options = parser.parse_args()
    print(
        f"{options.workers} workstations, {options.seconds:g} s, {options.think:g} s between "
        f"actions on average, {DOSSIERS} dossiers"
    )
    pace = (options.workers, options.seconds, options.think)
    sqlite = run(str(options.work / "team.sqlite3"), *pace)
    target = options.server or fresh_database("mw_bench_team")
    server = run(target, *pace) if target else None
    print("times: the server's figure against SQLite's (one file) in the same run")
    if server is None:
        print(NOT_MEASURED)
    print_figures(figures(server, sqlite))
    for name, outcome in (("SQLite", sqlite), ("server", server)):
        if outcome is not None and outcome.errors:
            print(f"errors ({name}): {dict(outcome.errors)}")


if __name__ == "__main__":
    main()
