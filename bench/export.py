"""Exported documents: the decision PDF of one dossier and the 25-dossier conference pack, on
a small demo database and on large ones.

What is measured, and why: a caseworker exports the motivated decision while the citizen or
a colleague waits (target: under 0.5 s), and a chair builds the pack for a meeting (target:
25 dossiers under 5 s, also with 200,000 decided dossiers). Everything runs through the
services the app and the CLI use, with the precedent index warm as it is in the app after
start-up (the warm-up's own time is printed apart).

The small database is filled by the demo generator (`--cases`). The large ones
(`--decided`) are built by `dataset.build_meeting`: decided dossiers whose decisions bind,
and a meeting's 25 open dossiers, each proposing a deviation under one of the common
articles. There the "similar deviations" indicator is measured per dossier against its
plain definition (`similar_deviations.plain_count`, which reads every decided dossier), and
the pack against the same pack with the indicator computed that way. The pack's time in the
precedent engine (`CaseBase.assess`) is printed apart.

On a PostgreSQL server (under scripts/postgres.sh, or `--server URL`) every database is
copied there (bench/server.py) and the same figures are measured on it, against the same
baselines (the plain definition on the SQLite file) and against the SQLite figures.

    .venv/bin/python bench/export.py [--cases 60] [--decided 100000 200000] [--runs 5]
    scripts/postgres.sh run .venv/bin/python bench/export.py   # and on a server

To try it out on small databases: `--cases 30 --decided 1000`.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

import dataset
from figures import Figure, interleaved, median, medians, print_figures, timed, with_server
from server import add_server_option, copy_to_server, server_url, tell_server

from maatwerkdesk.domain.case_base import CaseBase
from maatwerkdesk.infra.paths import prepare_paths
from maatwerkdesk.persistence.db import Database
from maatwerkdesk.persistence.mapping import read_record
from maatwerkdesk.persistence.models import DossierRow
from maatwerkdesk.reports.pdf_document import render_pdf
from maatwerkdesk.services import conference_pack, demo, dossier_check, dossiers
from maatwerkdesk.services.case_base_store import warm_case_bases
from maatwerkdesk.services.context import Context
from maatwerkdesk.services.decision_document import decision_document
from maatwerkdesk.services.dossier_check import load_check
from maatwerkdesk.services.similar_deviations import plain_count, similar_deviations
from maatwerkdesk.services.workspace import Workspace, open_workspace

TODAY = date(2026, 12, 1)
PACK_SIZE = 25
CONTEXT = Context(actor="benchmark", origin="bench/export")


def pack(database: Database, ids: list[str]) -> Callable[[], object]:
    def build() -> object:
        with database.sessions() as session:
            return conference_pack.build_pack(session, CONTEXT, ids[:PACK_SIZE], TODAY)

    return build


def small(cases: int, seed: int, runs: int, server: str | None) -> list[Figure]:
    """The decision export and the pack on a demo database of `cases` dossiers, and on its
    copy on the server."""
    with tempfile.TemporaryDirectory() as folder:
        paths = prepare_paths(Path(folder))
        workspace = open_workspace(paths, None)
        with workspace.database.sessions.begin() as session:
            demo.add_demo_dossiers(session, workspace.context("bench"), cases, seed)
        workspace.close()
        url = copy_to_server(paths.database, f"mw_bench_export_demo_{cases}", server)
        figures = exports(open_workspace(paths, None), cases, runs)
        served = exports(open_workspace(paths, url), cases, runs) if url else None
    return with_server(figures, served)


def exports(workspace: Workspace, cases: int, runs: int) -> list[Figure]:
    """The decision export and the pack on the workspace's demo database (closed after)."""
    database = workspace.database
    try:
        warm_case_bases(database.reads, TODAY)
        with database.sessions() as session:
            rows = dossiers.list_dossiers(session, dossiers.DossierQuery(), limit=None)
        ids = [r.id for r in rows]
        turn = iter(range(10**9))

        def decision() -> bytes:
            dossier_id = ids[next(turn) % len(ids)]
            with database.sessions() as session:
                record = read_record(dossiers.live_dossier(session, dossier_id))
                check = load_check(session, CONTEXT, dossier_id, audit_read=False)
            return render_pdf(decision_document(record, check, TODAY))

        exported, packed = medians(runs, timed(decision), timed(pack(database, ids)))
    finally:
        workspace.close()
    return [
        Figure(f"decision PDF, demo database of {cases}", exported, None, 500),
        Figure(f"pack of {PACK_SIZE}, demo database of {cases}", packed, None, 5000),
    ]


def plain_similar(session: Any, dossier_id: str) -> int:
    """`similar_deviations` by its plain definition."""
    dossier = session.get(DossierRow, dossier_id)
    if not dossier.regulation.strip():
        return 0
    regulation, article = dossier.regulation.strip().lower(), dossier.article.strip().lower()
    return plain_count(session, dossier_id, regulation, article)


@contextmanager
def plain_indicator() -> Iterator[None]:
    """The check counts similar deviations by the plain definition while inside."""
    dossier_check.similar_deviations = plain_similar
    try:
        yield
    finally:
        dossier_check.similar_deviations = similar_deviations


@contextmanager
def engine_time(spent: list[float]) -> Iterator[None]:
    """Adds the seconds spent in the precedent engine while inside to `spent[0]`."""
    original = CaseBase.assess

    def assess(self: CaseBase, *args: Any, **kwargs: Any) -> Any:
        started = time.perf_counter()
        try:
            return original(self, *args, **kwargs)
        finally:
            spent[0] += time.perf_counter() - started

    CaseBase.assess = assess  # type: ignore[method-assign]
    try:
        yield
    finally:
        CaseBase.assess = original  # type: ignore[method-assign]


def large(count: int, runs: int, server: str | None) -> list[Figure]:
    """The indicator and the pack beside `count` decided dossiers, and on their copy on
    the server against the same baselines."""
    path = dataset.build_meeting(dataset.location("meeting", count), count)
    url = copy_to_server(path, f"mw_bench_meeting_{count}", server)
    database = dataset.opened(path)
    figures = meeting(database, database, count, runs)
    served = None
    if url is not None:
        on_server = dataset.opened(url)
        served = meeting(on_server, database, count, runs)
        on_server.close()
    database.close()
    return with_server(figures, served)


def meeting(database: Database, baseline: Database, count: int, runs: int) -> list[Figure]:
    """The figures on `database`; the plain definition is counted on `baseline`."""
    ids = dataset.agenda_ids(database)
    warm = timed(lambda: warm_case_bases(database.reads, TODAY))()
    label = f"{count:,} decided"
    turn = iter(range(10**9))
    # As inside the check: the dossier is read already.
    with database.reads() as session, baseline.reads() as plain_session:
        found = [similar_deviations(session, i) for i in ids]
        assert found == [plain_similar(plain_session, i) for i in ids], "index ≠ definition"

        def one(count_: Callable[[Any, str], int], session: Any) -> Callable[[], int]:
            return lambda: count_(session, ids[next(turn) % len(ids)])

        indicator, plain = medians(
            max(runs, PACK_SIZE),
            timed(one(similar_deviations, session)),
            timed(one(plain_similar, plain_session)),
        )

    def our_pack() -> tuple[float, float]:
        """Milliseconds of the pack, and of those in the precedent engine."""
        spent = [0.0]
        with engine_time(spent):
            total = timed(pack(database, ids))()
        return total, spent[0] * 1000

    def plain_pack() -> object:
        with plain_indicator():
            return pack(baseline, ids)()

    ours, plain_packs = interleaved(runs, our_pack, timed(plain_pack))
    return [
        Figure(
            f"similar deviations of one dossier, {label} (up to {max(found):,} found)",
            indicator,
            plain,
            2,
            relative=False,
            note="baseline: the plain query over every decided dossier (the definition)",
        ),
        Figure(
            f"pack of {PACK_SIZE}, {label}",
            median([total for total, _ in ours]),
            median(plain_packs),
            5000,
            relative=False,
            note="baseline: the same pack with the indicator counted by the plain query",
        ),
        Figure(
            f"… of which in the precedent engine, {label}",
            median([engine for _, engine in ours]),
            None,
            None,
        ),
        Figure(
            f"… the pack without the precedent engine, {label}",
            median([total - engine for total, engine in ours]),
            None,
            5000,
        ),
        Figure(f"precedent index warm-up after start-up, {label}", warm, None, None),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=60)
    parser.add_argument("--decided", type=int, nargs="*", default=[100_000, 200_000])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--seed", type=int, default=3)
    add_server_option(parser)
    args = parser.parse_args()
    figures = small(args.cases, args.seed, args.runs, args.server)
    for count in args.decided:
        figures += large(count, args.runs, args.server)
    print(f"\nExported documents, median of {args.runs} runs")
    tell_server(server_url(args.server) is not None)
    print_figures(figures)


if __name__ == "__main__":
    main()
