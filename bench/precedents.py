"""Precedent index and engine at scale, each figure against a baseline measured in this run.

The case base is synthetic but valid (bench/dataset.py `build_decided`): 100,000 decided
dossiers whose decisions bind (historic versions with their digest in the audit chain, one
in ten signed by a chair's registered key), 12 pro and 12 con factors of the terugvordering
catalogue with skewed prevalences, and 20 open query dossiers. Built once in `--work`.

1. Engine per dossier, at 1,000, 10,000, 100,000 and 200,000 cases: the full precedent
   result (`CaseBase.assess`: both outcomes' status, forcing, contradicting and conflicting
   precedents grouped with their differences, the inconsistent pairs, the twelve most
   similar cases), median over the query dossiers and `--runs` passes. Baseline: the
   definitions written plainly, precedents already in memory as frozensets, one loop over
   them computing forcing and conflicts (with differences) for both outcomes, no database.
   Both must give the same constraint for every query (asserted). At 100,000 the engine
   reads the index from the database as a program does; at the other sizes the same
   generator fills the columns in memory. Targets: under 10 ms and at least 20x faster
   than the baseline (a ratio of at most 0.05) at 100,000; not slower than it at 1,000.
2. Cold process: `maatwerkdesk assess CASE --json` as a whole process on the 100,000-case
   database against the same command on one with 100 decided cases (target at most 1.5x).
   Both profiles have checked their database's index before, as a computer does once.
   Apart, for information: the same command on a computer that never read the database
   (a new profile each run), which checks every version's signature or audit digest once,
   against the command where they were checked before.
3. A factor tick in the real precedent panel (Qt offscreen, in a process of its own, the
   case base warmed as the app does at start): the time from the tick until the panel
   shows the new result (target under 50 ms, on the median; the result is shown before
   the store ends, then the stored state replaces it), and the longest piece of work the
   GUI thread did for it until it was stored: the tick's handler, or showing a result with
   the paint that follows, in CPU time of that thread (target at most 16 ms, on the
   worst). The longest gap of a 1 ms heartbeat timer in that time is reported too: it also counts waiting for the
   interpreter lock and for other programs on the machine. Over `--runs` ticks and unticks.
4. Memory of the loaded index at 100,000: the growth of the resident set of a fresh process
   when it reads the case base, and the bytes of its arrays.

On a PostgreSQL server (under scripts/postgres.sh, or `--server URL`) both databases are
copied there (bench/server.py) and 2. to 4. are measured on them too, with a profile that
has checked the server's index before: `assess` at 100,000 against the same command on the
server's copy of the 100 cases (the target is about scale; what a server costs any command
shows in the row against SQLite), the rest against the same baselines and SQLite. The
engine has no database in its loop: the case base read from the server is asserted to be
the same and to give the same constraint for every query dossier.

    .venv/bin/python bench/precedents.py [--runs 7] [--work /tmp/maatwerkdesk-bench]
    scripts/postgres.sh run .venv/bin/python bench/precedents.py   # and on a server

To try it out on small databases (the targets are judged at 100,000 only):

    .venv/bin/python bench/precedents.py --cases 2000 --sizes 1000 2000
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

import dataset
from figures import (
    Figure,
    child_env,
    median,
    medians,
    print_figures,
    run_process,
    target_at,
    timed,
    with_server,
)
from server import add_server_option, checked_profile, copy_to_server, tell_server

from maatwerkdesk.domain.case_base import CaseBase, CaseQuery, PrecedentReport
from maatwerkdesk.domain.case_columns import CaseColumns
from maatwerkdesk.domain.case_record import CaseRecord, ReasonMode, dossier_text, signed_record
from maatwerkdesk.domain.factors import FactorCatalogue
from maatwerkdesk.domain.precedent import (
    FactorSides,
    Outcome,
    Precedent,
    Status,
    forces,
    inconsistent_with,
)
from maatwerkdesk.domain.text import content_words
from maatwerkdesk.infra import checked_cases
from maatwerkdesk.infra.paths import resolve_paths
from maatwerkdesk.services import catalogues
from maatwerkdesk.services.case_base_store import case_base

SIZES = (1_000, 10_000, 100_000, 200_000)
LARGE, SMALL = 100_000, 100
"""The sizes the targets are for: the database the processes, the tick and the memory are
measured on (`--cases`), and the small one the process is compared with."""
ENGINE_TARGET, RATIO_TARGET = 10.0, 1 / 20  # ms; at least 20x faster than the baseline
PROCESS_TARGET = 1.5
TICK_TARGET, BLOCK_TARGET = 50.0, 16.0  # ms


def progress(text: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {text}", file=sys.stderr, flush=True)


# --------------------------------------------------------------------------------------
# 1. Engine against the definitions written plainly
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Constraint:
    """The constraint on one outcome by precedent id: what engine and baseline share."""

    status: Status
    forcing: tuple[str, ...]
    contradicting: tuple[str, ...]
    conflicts: tuple[tuple[str, tuple[str, ...], bool], ...]


def baseline(
    precedents: Iterable[tuple[str | None, Precedent]], query: CaseQuery, sides: FactorSides
) -> dict[Outcome, Constraint]:
    """The definitions of domain/precedent.py as a developer writes them first: one loop
    over the precedents in memory (with the route each was decided under; only those under
    the query's route bind), both outcomes, forcing and conflicts with differences."""
    factors = query.factors
    forcing: dict[Outcome, list[str]] = {o: [] for o in Outcome}
    conflicts: dict[Outcome, list[tuple[str, tuple[str, ...], bool]]] = {o: [] for o in Outcome}
    ours = {o: sides.of(factors, o.side) for o in Outcome}
    for route, precedent in precedents:
        if route is None or route != query.route or precedent.id == query.exclude:
            continue
        for outcome in Outcome:
            if forces(factors, outcome, precedent, sides):
                forcing[outcome].append(precedent.id)
            theirs = ours[outcome.other]
            if precedent.outcome is outcome.other and precedent.reason <= theirs:
                differences = ours[outcome] - sides.of(precedent.factors, outcome.side)
                distinguished = not inconsistent_with(
                    factors, outcome, ours[outcome], precedent, sides
                )
                conflicts[outcome].append((precedent.id, tuple(sorted(differences)), distinguished))
    result = {}
    for outcome in Outcome:
        contradicting = forcing[outcome.other]
        status = (
            Status.INCONSISTENT
            if contradicting
            else Status.FORCED
            if forcing[outcome]
            else Status.FREE
        )
        result[outcome] = Constraint(
            status,
            tuple(sorted(forcing[outcome])),
            tuple(sorted(contradicting)),
            tuple(sorted(conflicts[outcome])),
        )
    return result


def engine_constraint(report: PrecedentReport) -> dict[Outcome, Constraint]:
    """The engine's answer listed in full (the panel never asks for all of it)."""
    return {
        outcome: Constraint(
            check.status,
            tuple(check.forcing_ids()),
            tuple(p.id for p in check.contradicting),
            tuple(
                sorted(
                    (case_id, tuple(sorted(group.differences)), group.distinguished)
                    for case_id, group in check.conflict_ids()
                )
            ),
        )
        for outcome, check in report.outcomes.items()
    }


def synthetic_records(
    catalogue: FactorCatalogue, model: dataset.FactorModel, count: int
) -> list[CaseRecord]:
    """The decided cases `build_decided` writes, as the index derives them."""
    return [
        signed_record(dataset.decided_content(case, case.reference, catalogue.ref, (0, "")), "")
        for case in dataset.synthetic_cases(model, catalogue.routes, count, seed=1)
    ]


def queries(catalogue: FactorCatalogue, model: dataset.FactorModel, count: int) -> list[CaseQuery]:
    """The open query dossiers of `build_decided`, as `load_precedents` asks about them."""
    found = []
    for case in dataset.open_cases(model, catalogue.routes, count, seed=1):
        facts = case.facts
        words = content_words(dossier_text(facts["title"], facts["request"], facts["knelpunt"]))
        found.append(CaseQuery(case.factors, case.route, words, exclude=case.reference))
    return found


def engine_figures(
    base_large: CaseBase,
    catalogue: FactorCatalogue,
    model: dataset.FactorModel,
    sizes: Iterable[int],
    runs: int,
) -> list[Figure]:
    sides = catalogue.sides
    asked = queries(catalogue, model, 20)
    figures = []
    for size in sizes:
        progress(f"engine and baseline at {size:,} cases")
        if size == len(base_large):
            base = base_large
            records = base.columns.records()
        else:
            records = synthetic_records(catalogue, model, size)
            base = CaseBase.of_columns(CaseColumns.of_records(records), sides)
        precedents = [
            (r.route, precedent)
            for r in records
            if (
                precedent := Precedent(
                    r.case_id, r.factors, r.outcome_type.outcome, _reason(r, sides)
                )
            ).reason  # as the index: a decision resting on no factor binds nothing
        ]
        engine_times, baseline_times = _timed(base, precedents, asked, sides, runs, size)
        engine, plain = median(engine_times), median(baseline_times)
        measure = f"engine per dossier, {size:,} cases"
        target = RATIO_TARGET if size == LARGE else 1 if size == 1_000 else None
        figures.append(Figure(measure, engine, plain, target))
        if size == LARGE:
            figures.append(Figure(f"{measure}, absolute", engine, None, ENGINE_TARGET))
    return figures


def _timed(
    base: CaseBase,
    precedents: list[tuple[str | None, Precedent]],
    asked: list[CaseQuery],
    sides: FactorSides,
    runs: int,
    size: int,
) -> tuple[list[float], list[float]]:
    """Engine and baseline milliseconds per query (the baseline once per query above
    100,000: it takes seconds), after asserting that both give the same constraint."""
    engine: list[float] = []
    plain: list[float] = []
    for query in asked:
        answer = baseline(precedents, query, sides)
        assert engine_constraint(base.assess(query)) == answer, f"they disagree at {size:,}"
        ours = timed(lambda q=query: base.assess(q))
        theirs = timed(lambda q=query: baseline(precedents, q, sides))
        engine += [ours() for _ in range(runs)]
        plain += [theirs() for _ in range(runs if size <= LARGE else 1)]
    return engine, plain


def _reason(record: CaseRecord, sides: FactorSides) -> frozenset[str]:
    """The reason that counts, as `Decision.reason_for` gives it."""
    if record.reason_mode is ReasonMode.AS_GIVEN:
        return record.reason
    winning = sides.of(record.factors, record.outcome_type.outcome.side)
    return winning if record.reason_mode is ReasonMode.ALL_PRESENT else record.reason & winning


# --------------------------------------------------------------------------------------
# 2. Cold process
# --------------------------------------------------------------------------------------


ENV = child_env(QT_QPA_PLATFORM="offscreen")


@dataclass(frozen=True)
class Where:
    """A decided database as a command opens it: `--db`, and the `--profile` that checked
    its precedent index before."""

    db: str
    profile: Path

    @staticmethod
    def of(base: dataset.DecidedBase) -> Where:
        return Where(str(base.path), base.profile)


def assess(where: Where, reference: str, profile: Path | None = None) -> float:
    """Milliseconds of `maatwerkdesk assess CASE --json` as a whole process."""
    command = [sys.executable, "-m", "maatwerkdesk", "--profile", str(profile or where.profile)]
    command += ["--db", where.db, "assess", reference, "--json"]
    return run_process(command, ENV).wall * 1000


def first_check(where: Where, reference: str) -> float:
    """`assess` on a computer that never read the database: a profile of its own, new."""
    profile = where.profile.with_name(where.profile.name + "-new")
    shutil.rmtree(profile, ignore_errors=True)
    return assess(where, reference, profile)


def process_figures(
    large: dataset.DecidedBase,
    small: dataset.DecidedBase,
    server: tuple[Where, Where] | None,
    runs: int,
) -> list[Figure]:
    """`assess` as whole processes at both sizes; on the server against its own copy of
    the small database (the target is about the number of cases, not the database)."""
    label = f"{large.cases:,} vs {small.cases:,} cases"
    progress(f"whole processes: assess --json, {label}, and on a new computer")
    reference = large.queries[0]
    measures = [
        lambda: assess(Where.of(large), reference),
        lambda: assess(Where.of(small), small.queries[0]),
        lambda: first_check(Where.of(large), reference),
    ]
    if server is not None:
        served_large, served_small = server
        measures += [
            lambda: assess(served_large, reference),
            lambda: assess(served_small, small.queries[0]),
            lambda: first_check(served_large, reference),
        ]
    big, little, new, *served = medians(runs, *measures)

    def figures(big: float, little: float, new: float) -> list[Figure]:
        return [
            Figure(
                f"assess CASE --json, whole process, {label}",
                big,
                little,
                target_at(large.cases == LARGE, PROCESS_TARGET),
            ),
            Figure(
                f"assess on a computer that never read the {large.cases:,} cases",
                new,
                big,
                None,
                note="every version's signature or audit digest checked once, and remembered; "
                "baseline: the same command where they were checked before",
            ),
        ]

    return with_server(figures(big, little, new), figures(*served) if served else None)


# --------------------------------------------------------------------------------------
# 3. A factor tick in the real panel, 4. memory (each in a process of its own)
# --------------------------------------------------------------------------------------

TICK_PROBE = """
import json, statistics, sys, time
from datetime import date
from pathlib import Path
from PySide6.QtCore import QEventLoop, QTimer, Qt
from PySide6.QtWidgets import QApplication

app = QApplication([])
from maatwerkdesk.infra.paths import resolve_paths
from maatwerkdesk.services import dossiers
from maatwerkdesk.services.case_base_store import warm_case_bases
from maatwerkdesk.services.workspace import open_workspace
from maatwerkdesk.ui.dossier_editor import DossierEditor

profile, db, reference, runs = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
workspace = open_workspace(resolve_paths(Path(profile)), db)
warm_case_bases(workspace.database.reads, date.today())  # the app does this at start
with workspace.database.reads() as session:
    dossier_id = dossiers.find_by_reference(session, reference)
editor = DossierEditor(workspace)
editor.resize(1100, 900)
editor.show()
editor.open_dossier(dossier_id)
editor.ui.tabs.setCurrentWidget(editor.precedents)
panel = editor.precedents
while panel.state() is None:
    app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
as_found = panel.state()
beats = []
heart = QTimer()
heart.timeout.connect(lambda: beats.append(time.perf_counter()))
heart.start(1)
shown, work = [], []
original = panel._show_state
def showing(state):
    cpu = time.thread_time()
    original(state)
    editor.repaint()  # the paint that follows, counted with the work that caused it
    work.append(time.thread_time() - cpu)
    shown.append(time.perf_counter())
panel._show_state = showing
view = panel.ui.pro_list
ROLE = Qt.ItemDataRole.UserRole
factor = next(view.item(i).data(ROLE) for i in range(view.count())
              if view.item(i).checkState() != Qt.CheckState.Checked)
results = []
for number in range(runs):
    until = time.perf_counter() + 0.1  # let the heart beat steadily first
    while time.perf_counter() < until:
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    shown.clear()
    work.clear()
    beats.append(time.perf_counter())
    item = next(view.item(i) for i in range(view.count()) if view.item(i).data(ROLE) == factor)
    started, cpu = time.perf_counter(), time.thread_time()
    item.setCheckState(Qt.CheckState.Checked if number % 2 == 0 else Qt.CheckState.Unchecked)
    tick = time.thread_time() - cpu
    while not shown or panel._ticks:  # the result shown, then stored (and shown again)
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    done = shown[0]
    until = time.perf_counter() + 0.005
    while time.perf_counter() < until:
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    window = [b for b in beats if b >= started - 0.0005] + [time.perf_counter()]
    gaps = [b - a for a, b in zip([started] + window, window)]
    results.append({"shown": done - started, "block": max(gaps), "work": max(tick, *work)})
panel.settle()
from maatwerkdesk.services import precedents
with workspace.database.sessions.begin() as session:  # leave the dossier as it was
    precedents.save_factors(
        session, workspace.context("bench"), dossier_id, as_found.catalogue.ref, as_found.factors
    )
print(json.dumps(results))
"""

MEMORY_PROBE = """
import json, sys
from pathlib import Path

def rss():
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024

from maatwerkdesk.infra import checked_cases
from maatwerkdesk.infra.paths import resolve_paths
from maatwerkdesk.persistence.db import open_database
from maatwerkdesk.services import catalogues
from maatwerkdesk.services.case_base_store import case_base
from maatwerkdesk.services.store_keys import known_key
from datetime import date
import numpy
profile, db, catalogue_id = sys.argv[1], sys.argv[2], sys.argv[3]
checked_cases.remember_in(resolve_paths(Path(profile)).data / "precedent-index")
database = open_database(db, key=known_key(Path(db)))
with database.reads() as session:
    catalogue = next(c for c in catalogues.known_catalogues(session).factor_choices(date.today())
                     if c.header.id == catalogue_id)
before = rss()
with database.reads() as session:
    base = case_base(session, catalogue)
after = rss()
columns = base.columns
arrays = sum(a.nbytes for a in vars(columns).values() if isinstance(a, numpy.ndarray))
print(json.dumps({"rss": after - before, "arrays": arrays, "cases": len(base)}))
"""


def probe(name: str, script: str, *arguments: object) -> Any:
    """Run `script` in a Python process of its own; what it printed last, as JSON."""
    output = subprocess.run(
        [sys.executable, "-c", script, *map(str, arguments)],
        capture_output=True,
        text=True,
        env=ENV,
    )
    if output.returncode:
        raise SystemExit(f"the {name} probe failed:\n{output.stderr}")
    return json.loads(output.stdout.strip().splitlines()[-1])


def tick_figures(large: dataset.DecidedBase, server: Where | None, runs: int) -> list[Figure]:
    progress(f"factor ticks in the precedent panel at {large.cases:,} cases")

    def figures(where: Where) -> list[Figure]:
        results = probe("tick", TICK_PROBE, where.profile, where.db, large.queries[1], runs)
        shown, blocks, work = (
            [r[key] * 1000 for r in results] for key in ("shown", "block", "work")
        )
        return [
            Figure(
                "factor tick: new result shown, median",
                median(shown),
                None,
                target_at(large.cases == LARGE, TICK_TARGET),
            ),
            Figure("factor tick: new result shown, worst", max(shown), None, None),
            Figure("factor tick: longest GUI-thread work, CPU, median", median(work), None, None),
            Figure(
                "factor tick: longest GUI-thread work, CPU, worst",
                max(work),
                None,
                target_at(large.cases == LARGE, BLOCK_TARGET),
            ),
            Figure(
                "factor tick: longest heartbeat gap, wall clock, worst",
                max(blocks),
                None,
                None,
                note=f"median {median(blocks):.1f} ms; it also counts waiting for the interpreter "
                "lock and for other programs on the machine",
            ),
        ]

    return with_server(figures(Where.of(large)), figures(server) if server else None)


def memory_figures(large: dataset.DecidedBase, server: Where | None) -> list[Figure]:
    progress("memory of the loaded index")
    mib = 1024 * 1024

    def figures(where: Where) -> list[Figure]:
        found = probe("memory", MEMORY_PROBE, where.profile, where.db, large.catalogue_id)
        label = f"({found['cases']:,} cases)"
        return [
            Figure(
                f"memory of the loaded index {label}: RSS growth",
                found["rss"] / mib,
                None,
                None,
                "MiB",
            ),
            Figure(
                f"memory of the loaded index {label}: arrays",
                found["arrays"] / mib,
                None,
                None,
                "MiB",
            ),
        ]

    return with_server(figures(Where.of(large)), figures(server) if server else None)


def on_server(large: dataset.DecidedBase, work: Path, given: str | None) -> Where | None:
    """The large database copied to the server, with a profile that has checked its index
    (None without a server)."""
    url = copy_to_server(large.path, f"mw_bench_decided_{large.cases}", given)
    if url is None:
        return None
    return Where(url, checked_profile(url, work / f"decided-{large.cases}.server-profile"))


def loaded(where: Where, catalogue_id: str) -> tuple[FactorCatalogue, CaseBase]:
    """The catalogue and its case base, read from the database as a program reads them."""
    checked_cases.remember_in(resolve_paths(where.profile).data / "precedent-index")
    database = dataset.opened(where.db)
    try:
        with database.reads() as session:
            catalogue = next(
                c
                for c in catalogues.known_catalogues(session).factor_choices(date.today())
                if c.header.id == catalogue_id
            )
            return catalogue, case_base(session, catalogue)
    finally:
        database.close()


# --------------------------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="passes per timed figure (>= 5)")
    parser.add_argument("--work", type=Path, default=Path("/tmp/maatwerkdesk-bench"))
    parser.add_argument(
        "--cases",
        type=int,
        default=LARGE,
        help="decided cases of the database for the processes, the tick and the memory",
    )
    parser.add_argument(
        "--sizes", type=int, nargs="+", default=SIZES, help="case bases the engine runs on"
    )
    add_server_option(parser)
    options = parser.parse_args()
    runs = max(5, options.runs)
    sizes, size = options.sizes, options.cases
    options.work.mkdir(parents=True, exist_ok=True)
    progress("building (or reusing) the databases")
    large = dataset.build_decided(options.work / f"decided-{size}.sqlite3", size)
    small = dataset.build_decided(options.work / f"decided-{SMALL}.sqlite3", SMALL)
    server = on_server(large, options.work, options.server)
    small_server = on_server(small, options.work, options.server) if server else None

    catalogue, base = loaded(Where.of(large), large.catalogue_id)
    model = dataset.FactorModel.of(catalogue, 1)
    assert model.ids == tuple(large.factors) and len(base) == size
    figures = engine_figures(base, catalogue, model, sizes, runs)
    print_figures(figures, file=sys.stderr)
    if server is not None:
        _, served = loaded(server, large.catalogue_id)
        assert served.columns.records() == base.columns.records(), "the server's case base"
        assert all(
            engine_constraint(served.assess(q)) == engine_constraint(base.assess(q))
            for q in queries(catalogue, model, 20)
        ), "the server's case base gives another constraint"
    for measured in (
        lambda: process_figures(
            large, small, (server, small_server) if server and small_server else None, runs
        ),
        lambda: tick_figures(large, server, runs),
        lambda: memory_figures(large, server),
    ):
        told = len(figures)
        figures += measured()
        print_figures(figures[told:], file=sys.stderr)

    print(f"\nprecedent index and engine ({runs} runs per figure, {os.cpu_count()} cores)")
    if size != LARGE:
        print(f"targets are for {LARGE:,} cases: not judged at {size:,}")
    tell_server(server is not None)
    if server is not None:
        print(
            f"the engine reads no database: the case base read from the server holds the same "
            f"{size:,} cases and gives the same constraint for every query dossier"
        )
    print_figures(figures)


if __name__ == "__main__":
    main()
