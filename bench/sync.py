"""The briefcase against plain bulk work on the same PostgreSQL server, in one run.

1. A first briefcase: `make_briefcase` of 500 open dossiers from a team database that also
   holds 100,000 decided cases (whose precedent index travels), timed from the call until
   the laptop's file is ready, on a computer that checked the server's index before (as
   one that worked online has). Target: under 30 s.
2. A push: on the laptop, 20 timeline entries are added to each of the 500 dossiers
   (10,000 new records) through the services; `sync` then pushes them to the team
   database and brings the laptop level. Baseline: a raw bulk insert of the same 10,000
   rows (psycopg `executemany`, one transaction) into `timeline_entry` on the same server,
   the table the push writes them to. Target: at most 3x. Median of `--runs` interleaved
   runs. Printed beside it, for comparison: the same insert into a bare copy of the
   table's columns.

Needs a server: `scripts/postgres.sh run .venv/bin/python bench/sync.py`, or `--server URL`
of one's own (a superuser that may create databases).

    scripts/postgres.sh run .venv/bin/python bench/sync.py [--runs 5] [--decided 100000]
    scripts/postgres.sh run .venv/bin/python bench/sync.py --decided 1000 --dossiers 50  # try
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
import uuid
from datetime import date, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

import dataset
from figures import Figure, interleaved, median, print_figures, target_at
from server import add_server_option, checked_profile, copy_to_server

from maatwerkdesk.domain.dossier import TimelineEntry
from maatwerkdesk.domain.people import Role
from maatwerkdesk.domain.vocabulary import DossierStatus, TimelineKind
from maatwerkdesk.infra import checked_cases
from maatwerkdesk.infra.paths import resolve_paths
from maatwerkdesk.persistence.base import utc_now
from maatwerkdesk.persistence.db import Database, open_database
from maatwerkdesk.services import briefcase, dossiers, sync, users
from maatwerkdesk.services.context import Context

DECIDED, DOSSIERS, ENTRIES = 100_000, 500, 20
WORK = Path(tempfile.gettempdir()) / "maatwerkdesk-bench"
TAKE_TARGET_S, PUSH_TARGET = 30.0, 3.0
TODAY = date.today()


def caseworker(server: Database) -> Context:
    """A caseworker of the team database to take the dossiers along as."""
    with server.sessions.begin() as session:
        system = Context("bench", "bench", TODAY)
        user = users.add_user(
            session, system, f"Bench Behandelaar {uuid.uuid4().hex[:6]}", Role.CASEWORKER
        )
    return Context(user.name, "bench", TODAY, user=user)


def open_ids(server: Database, count: int) -> list[str]:
    with server.reads() as session:
        listed = dossiers.list_dossiers(session, dossiers.DossierQuery(), limit=None)
    ids = [
        d.id for d in listed if d.status not in (DossierStatus.BESLOTEN, DossierStatus.AFGESLOTEN)
    ]
    assert len(ids) >= count, f"{len(ids)} open dossiers, {count} wanted"
    return ids[:count]


def take(
    server: Database, context: Context, ids: list[str], folder: Path
) -> tuple[float, Path, bytes]:
    """Seconds of a first briefcase of `ids`, the briefcase's file and key."""
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    path, key = folder / "koffer.sqlite3", os.urandom(32)
    until = utc_now() + timedelta(days=7)
    started = time.perf_counter()
    briefcase.make_briefcase(server, path, key, context, ids, "LT-bench", until)
    return time.perf_counter() - started, path, key


def add_entries(
    laptop: Database, context: Context, ids: list[str], per: int
) -> list[tuple[Any, ...]]:
    """`per` new timeline entries on each dossier, through the services, on the laptop;
    the rows as the team database will hold them, but for their ids (for the baseline)."""
    rows = []
    for dossier_id in ids:
        with laptop.sessions.begin() as session:
            for n in range(per):
                entry = TimelineEntry(
                    TODAY,
                    TimelineKind.NOTE,
                    f"Huisbezoek onderweg, notitie {n + 1}: afspraken over de betalingsregeling.",
                )
                dossiers.add_timeline_entry(session, context, dossier_id, entry)
                rows.append(
                    (
                        dossier_id,
                        entry.occurred_on,
                        entry.kind.value,
                        entry.description,
                        context.actor,
                    )
                )
    return rows


def push(server: Database, laptop: Database, context: Context) -> float:
    started = time.perf_counter()
    report = sync.sync(server, laptop, context)
    seconds = time.perf_counter() - started
    assert not report.failed, report.failed
    return seconds


def raw_insert(url: str, rows: list[tuple[Any, ...]], table: str = "timeline_entry") -> float:
    """The same rows with psycopg alone, in one transaction: into `timeline_entry` itself
    (its key, index, foreign key and lease trigger), where the push writes them, and taken
    out again afterwards (not timed); or into `table`, a bare copy of its columns (no key,
    no index, no trigger), emptied first."""
    import psycopg

    conninfo = url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(conninfo) as connection:
        if table != "timeline_entry":
            connection.execute(
                f"CREATE TABLE IF NOT EXISTS {table} (LIKE timeline_entry INCLUDING DEFAULTS)"
            )
            connection.execute(f"TRUNCATE {table}")
            connection.commit()
        now = utc_now()
        fresh = [(str(uuid.uuid4()), *row, now, now, 1) for row in rows]
        started = time.perf_counter()
        with connection.cursor() as cursor:
            cursor.executemany(
                f"INSERT INTO {table} (id, dossier_id, occurred_on, kind, description, "
                "author, created_at, updated_at, revision) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s)",
                fresh,
            )
        connection.commit()
        seconds = time.perf_counter() - started
        if table == "timeline_entry":  # out again, past the trigger that keeps entries
            connection.execute("ALTER TABLE timeline_entry DISABLE TRIGGER USER")
            connection.execute(
                "DELETE FROM timeline_entry WHERE id = ANY(%s)", ([row[0] for row in fresh],)
            )
            connection.execute("ALTER TABLE timeline_entry ENABLE TRIGGER USER")
            connection.commit()
        return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--decided", type=int, default=DECIDED)
    parser.add_argument("--dossiers", type=int, default=DOSSIERS)
    parser.add_argument("--entries", type=int, default=ENTRIES, help="new records per dossier")
    add_server_option(parser)
    options = parser.parse_args()
    runs = max(5, options.runs)
    base = dataset.build_decided(
        WORK / f"decided-{options.decided}-open-{options.dossiers}.sqlite3",
        options.decided,
        options.dossiers,
    )
    url = copy_to_server(base.path, f"mw_bench_sync_{options.decided}", options.server)
    if url is None:
        raise SystemExit("bench/sync.py needs a server: run it under scripts/postgres.sh run")
    profile = checked_profile(url, WORK / f"sync-{options.decided}.server-profile")
    checked_cases.remember_in(resolve_paths(profile).data / "precedent-index")
    server = open_database(url)
    context = caseworker(server)
    ids = open_ids(server, options.dossiers)
    folder = WORK / "sync-laptop"

    seconds, path, key = take(server, context, ids, folder)
    laptop = open_database(path, key=key)
    rows: list[tuple[Any, ...]] = []

    def pushed() -> float:
        rows[:] = add_entries(laptop, context, ids, options.entries)
        return push(server, laptop, context)

    pushes, inserts, bare = interleaved(
        runs, pushed, lambda: raw_insert(url, rows), lambda: raw_insert(url, rows, "bench_timeline")
    )
    laptop.close()
    server.close()
    records = options.dossiers * options.entries
    at_scale = options.decided >= DECIDED and options.dossiers >= DOSSIERS
    figures = [
        Figure(
            f"first briefcase: {options.dossiers:,} dossiers beside {options.decided:,} decided",
            seconds,
            None,
            target_at(at_scale, TAKE_TARGET_S),
            "s",
            note="one run, from the call until the laptop's file is ready",
        ),
        Figure(
            f"push of {records:,} new records ({options.dossiers:,} dossiers), sync",
            median(pushes),
            median(inserts),
            target_at(at_scale and records >= 10_000, PUSH_TARGET),
            "s",
            note=f"baseline: executemany of the same {records:,} rows into timeline_entry, "
            "one transaction",
        ),
        Figure(
            f"push of {records:,} new records, against a bare table",
            median(pushes),
            median(bare),
            None,
            "s",
            note="baseline: the same executemany into a copy of timeline_entry's columns "
            "without key, index or trigger (for comparison; not the target's)",
        ),
    ]
    print(f"\nThe briefcase on PostgreSQL, median of {runs} runs")
    print_figures(figures)


if __name__ == "__main__":
    main()
