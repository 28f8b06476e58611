"""The demo is the same for a seed in any process, and what it promises follows from its
construction, not from a lucky seed: every situation of the precedent panel, and a pattern
proposal left waiting.

A set of strings is iterated in an order that follows their hashes, which differ per
process (PYTHONHASHSEED); the demo draws nothing in such an order, so two processes with
other hashes write the same demo for the same seed.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import demo_dump
import pytest
from sqlalchemy import select

from maatwerkdesk.domain.precedent import Status
from maatwerkdesk.domain.signal_patterns import PatternRule
from maatwerkdesk.persistence.models import DossierFactorsRow, DossierRow
from maatwerkdesk.services import precedents
from maatwerkdesk.services.demo import add_demo_dossiers
from maatwerkdesk.services.demo.generation import PATTERN_ARTICLES, PATTERN_SCENARIO
from maatwerkdesk.services.signal_proposals import signal_proposals

WRITTEN = {
    "dossier",
    "subject",
    "timeline_entry",
    "assessment",
    "dossier_factors",
    "decision",
    "imported_precedent",
    "signed_decision",
    "weighing",
    "proposal",
    "meeting",
    "agenda_item",
    "dossier_group",
    "policy_signal",
    "loket_consent",
}


def test_one_seed_gives_the_same_demo_whatever_the_hashes_of_strings(tmp_path: Path) -> None:
    runs = {
        hash_seed: subprocess.Popen(
            [sys.executable, demo_dump.__file__, tmp_path / f"demo-{hash_seed}.sqlite3", "40", "3"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
            env={**os.environ, "PYTHONHASHSEED": str(hash_seed)},
        )
        for hash_seed in (1, 2)
    }
    dumps = []
    for process in runs.values():
        out, err = process.communicate(timeout=120)
        assert process.returncode == 0, err
        dumps.append(json.loads(out))
    first, second = dumps
    assert first.keys() >= WRITTEN
    differing = sorted(t for t in first.keys() | second.keys() if first.get(t) != second.get(t))
    assert not differing, f"the demo differs between processes in {differing}"


@pytest.mark.parametrize(("count", "seed"), [(10, 1), (20, 5), (25, 8)])
def test_the_demo_leaves_its_pattern_waiting(database, context, count: int, seed: int) -> None:
    """Its pattern's dossiers deviated from one article on the same reason, each signed."""
    with database.sessions.begin() as session:
        add_demo_dossiers(session, context, count, seed=seed)
        found = signal_proposals(session, context)
    article = [p for p in found if p.rule is PatternRule.ARTICLE]
    assert [(p.regulation, p.article) for p in article] == [
        (PATTERN_SCENARIO.regulation, PATTERN_ARTICLES[0])
    ]
    assert len(article[0].dossiers) >= 3


@pytest.mark.parametrize(("count", "seed"), [(15, 2), (20, 6)])
def test_open_dossiers_show_every_situation_of_the_panel(
    database, context, count: int, seed: int
) -> None:
    """An outcome forced, one that conflicts with a precedent unless a difference is named,
    and a free decision on new ground, in a case base that holds no contradiction."""
    with database.sessions.begin() as session:
        add_demo_dossiers(session, context, count, seed=seed)
        status = {
            row.id: row.status for row in session.execute(select(DossierRow.id, DossierRow.status))
        }
        states = [
            precedents.load_precedents(session, context, dossier_id)
            for dossier_id in session.scalars(select(DossierFactorsRow.dossier_id))
        ]
    assert all(s.report is not None and not s.report.base_conflicts for s in states)
    checks = [
        check
        for s in states
        if status[s.dossier_id] in ("analyse", "ter_bespreking") and s.report is not None
        for check in s.report.outcomes.values()
    ]
    assert any(c.status is Status.FORCED for c in checks)
    assert any(c.status is Status.FREE and any(x.differences for x in c.conflicts) for c in checks)
    assert any(c.status is Status.FREE and not c.conflicts for c in checks)
