"""Exported documents: the decision PDF of one dossier and the 25-dossier conference pack.

What is measured, and why: a caseworker exports the motivated decision while the citizen
or a colleague waits (target: under 0.5 s), and a chair builds the pack for a meeting
(target: 25 dossiers under 5 s, with progress). Both run against a fresh temporary SQLite
database filled with the demo generator, through the same services the app and the CLI
use, with the precedent index warm as it is in the app after start-up.

Reported per phase: median, p90 and min over `--repeat` runs. "decision" is the whole
export of one dossier (reading the check, building the document, laying out the PDF),
cycling over the decided dossiers, and split into "check" (reading) and "layout"; "pack"
builds the 25-dossier pack; "pack (pseudonymised)" the same with names replaced.

    .venv/bin/python bench/export.py [--cases 60] [--repeat 10] [--seed 3]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from maatwerkdesk.infra.paths import prepare_paths
from maatwerkdesk.persistence.mapping import read_record
from maatwerkdesk.reports.pdf_document import render_document
from maatwerkdesk.services import conference_pack, demo, dossiers
from maatwerkdesk.services.case_base_store import warm_case_bases
from maatwerkdesk.services.decision_document import decision_document
from maatwerkdesk.services.dossier_check import load_check
from maatwerkdesk.services.workspace import Workspace, open_workspace

TODAY = date(2026, 12, 1)
PACK_SIZE = 25


def _times(action: Callable[[int], object], repeat: int) -> list[float]:
    spent = []
    for run in range(repeat):
        started = time.perf_counter()
        action(run)
        spent.append(time.perf_counter() - started)
    return spent


def _report(name: str, spent: list[float], target: float | None = None) -> None:
    ordered = sorted(spent)
    p90 = ordered[min(len(ordered) - 1, int(0.9 * len(ordered)))]
    median = statistics.median(ordered)
    verdict = "" if target is None else (" — doel gehaald" if median < target else " — DOEL GEMIST")
    print(
        f"{name:<28} median {median * 1000:7.1f} ms   p90 {p90 * 1000:7.1f} ms   "
        f"min {ordered[0] * 1000:7.1f} ms{verdict}"
    )


def _bench(workspace: Workspace, repeat: int) -> None:
    context = workspace.context("bench")
    sessions = workspace.database.sessions
    with sessions() as session:
        rows = dossiers.list_dossiers(session, dossiers.DossierQuery(), limit=None)
    ids = [r.id for r in rows]
    pack_ids = ids[:PACK_SIZE]

    def decision(run: int) -> bytes:
        with sessions() as session:
            dossier_id = ids[run % len(ids)]
            record = read_record(dossiers.live_dossier(session, dossier_id))
            check = load_check(session, context, dossier_id, audit_read=False)
        return render_document(decision_document(record, check, TODAY))

    def check_only(run: int) -> object:
        with sessions() as session:
            return load_check(session, context, ids[run % len(ids)], audit_read=False)

    documents = []
    for dossier_id in ids[:repeat]:
        with sessions() as session:
            record = read_record(dossiers.live_dossier(session, dossier_id))
            check = load_check(session, context, dossier_id, audit_read=False)
        documents.append(decision_document(record, check, TODAY))

    def pack(pseudonymised: bool) -> Callable[[int], object]:
        def run(_run: int) -> object:
            with sessions() as session:
                return conference_pack.build_pack(
                    session, context, pack_ids, TODAY, pseudonymised=pseudonymised
                )

        return run

    decision(0)  # fonts registered, modules imported: the app has done this before export
    _report("decision (whole export)", _times(decision, repeat), 0.5)
    _report("  check (reading)", _times(check_only, repeat))
    _report(
        "  layout (PDF)",
        _times(lambda run: render_document(documents[run % len(documents)]), repeat),
    )
    pages = [render_document(d).count(b"/Type /Page\n") for d in documents]
    print(f"{'':<28} decisions have {min(pages)}–{max(pages)} pages")
    _report(f"pack ({PACK_SIZE} dossiers)", _times(pack(False), repeat), 5.0)
    _report(f"pack ({PACK_SIZE}, pseudonymised)", _times(pack(True), repeat), 5.0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=60)
    parser.add_argument("--repeat", type=int, default=10)
    parser.add_argument("--seed", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        workspace = open_workspace(prepare_paths(Path(folder)), None)
        try:
            with workspace.database.sessions.begin() as session:
                demo.add_demo_dossiers(session, workspace.context("bench"), args.cases, args.seed)
            warm_case_bases(workspace.database.sessions, TODAY)
            print(f"{args.cases} demo dossiers, seed {args.seed}, {args.repeat} runs per phase")
            _bench(workspace, args.repeat)
        finally:
            workspace.close()


if __name__ == "__main__":
    main()
