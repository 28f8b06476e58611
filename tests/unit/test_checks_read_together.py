"""Checks read together for many dossiers (a conference pack) are the checks read one by
one, and so are the signed records `audit verify` lists: no part of one dossier ends up in
another's, also when some records were changed outside the program and others were not."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from sqlalchemy import text

from maatwerkdesk.domain.vocabulary import DossierStatus
from maatwerkdesk.persistence.db import Database
from maatwerkdesk.persistence.mapping import read_record
from maatwerkdesk.services import dossiers
from maatwerkdesk.services.assess_report import assess_document
from maatwerkdesk.services.context import Context
from maatwerkdesk.services.demo import add_demo_dossiers
from maatwerkdesk.services.dossier_check import Checked, load_check, load_checked
from maatwerkdesk.services.integrity import broken_dossiers
from maatwerkdesk.services.signed import integrity_problems

TODAY = date(2026, 12, 1)
CONTEXT = Context(actor="test", origin="test", today=TODAY)


@pytest.fixture
def demo(database: Database) -> Iterator[Database]:
    with database.sessions.begin() as session:
        add_demo_dossiers(session, CONTEXT, 30, 3)
    yield database


def _shown(checked: Checked) -> dict[str, Any]:
    record, check = checked
    meeting, item = check.agenda or (None, None)
    return {
        "record": record,
        "check": assess_document(check, check.versions),
        "integrity": check.integrity,
        "meeting": meeting,
        "item": item,
    }


def _by_status(database: Database) -> dict[DossierStatus, list[str]]:
    with database.reads() as session:
        rows = dossiers.list_dossiers(session, dossiers.DossierQuery(), limit=None)
    found: dict[DossierStatus, list[str]] = {}
    for row in rows:
        found.setdefault(row.status, []).append(row.id)
    return found


def test_checks_read_together_are_the_checks_read_one_by_one(demo: Database) -> None:
    statuses = _by_status(demo)
    decided = statuses[DossierStatus.BESLOTEN] + statuses[DossierStatus.AFGESLOTEN]
    changed, emptied = decided[0], decided[1]
    with demo.engine.begin() as connection:  # as someone outside the program would
        connection.execute(
            text("UPDATE dossier SET title = title || ' (gewijzigd)' WHERE id = :d"), {"d": changed}
        )
        connection.execute(
            text("DELETE FROM signed_decision WHERE dossier_id = :d"), {"d": emptied}
        )
    ids = [i for group in statuses.values() for i in group]
    with demo.reads() as session:
        together = [_shown(c) for c in load_checked(session, CONTEXT, ids)]
    one_by_one = []
    for dossier_id in ids:
        with demo.reads() as session:
            check = load_check(session, CONTEXT, dossier_id, audit_read=False)
            record = read_record(dossiers.live_dossier(session, dossier_id))
            one_by_one.append(_shown(Checked(record, check)))
            assert check.integrity == integrity_problems(session, dossier_id)
    assert [shown["record"].id for shown in together] == ids
    assert together == one_by_one
    problems = {i: shown["integrity"] for i, shown in zip(ids, together, strict=True)}
    assert problems[changed] and problems[emptied]
    assert sum(bool(p) for p in problems.values()) == 2
    assert any(shown["item"] is not None for shown in together)


def test_an_audited_check_records_its_read_once_per_dossier(demo: Database) -> None:
    ids = _by_status(demo)[DossierStatus.TER_BESPREKING][:3]
    with demo.sessions.begin() as session:
        load_checked(session, CONTEXT, [*ids, ids[0]], audit_read=True)
    with demo.reads() as session:
        read = session.execute(
            text("SELECT dossier_id FROM audit_record WHERE name = 'assessment.read'")
        ).scalars()
        assert sorted(read) == sorted(ids)


def test_the_broken_records_listed_together_are_those_found_one_by_one(demo: Database) -> None:
    statuses = _by_status(demo)
    changed, emptied, gone = (
        statuses[DossierStatus.BESLOTEN] + statuses[DossierStatus.AFGESLOTEN]
    )[:3]
    with demo.engine.begin() as connection:  # as someone outside the program would
        for dossier_id in (changed, gone):
            connection.execute(
                text("UPDATE decision SET motivation = 'Anders.' WHERE dossier_id = :d"),
                {"d": dossier_id},
            )
        connection.execute(
            text("DELETE FROM signed_decision WHERE dossier_id = :d"), {"d": emptied}
        )
        connection.execute(
            text("UPDATE dossier SET deleted_at = '2026-11-30 12:00:00' WHERE id = :d"), {"d": gone}
        )
    with demo.reads() as session:
        listed = broken_dossiers(session)
        expected = sorted(
            (dossiers.live_dossier(session, i).reference, integrity_problems(session, i))
            for i in (changed, emptied)
        )
    assert listed == expected
    assert all(problems for _reference, problems in listed)
