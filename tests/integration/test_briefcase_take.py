"""Taking dossiers along onto a laptop's briefcase from a team database (PostgreSQL): the
checks read the same on both sides, no other dossier's personal data travels, and a build
cut off half-way is finished by the next call."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from backends import TEST_KEY
from conference_team import Team, prepare, ship, signed_dossier
from sqlalchemy import inspect, select, text
from team_logins import TeamDatabase

from maatwerkdesk.domain.document import texts
from maatwerkdesk.domain.dossier import Subject
from maatwerkdesk.infra.attachment_store import AttachmentStore
from maatwerkdesk.persistence.base import utc_now
from maatwerkdesk.persistence.db import Database, open_database
from maatwerkdesk.persistence.models import (
    BriefcaseDossierRow,
    BriefcaseRow,
    IntakeDismissalRow,
    LeaseRow,
)
from maatwerkdesk.services import attachments, briefcase, dossiers, precedents, weighing
from maatwerkdesk.services.assess_report import assess_document
from maatwerkdesk.services.audit import verify_trail
from maatwerkdesk.services.document_export import load_decision_document
from maatwerkdesk.services.dossier_check import load_check
from maatwerkdesk.services.exchange import export_dossier
from maatwerkdesk.services.exchange_record import with_catalogue_texts, without_catalogue_texts
from maatwerkdesk.services.signed import integrity_problems

TODAY = date(2026, 11, 28)
OTHERS = {"Pieter Precedent": "111222333", "Greta Geweest": "123456782"}
"""The betrokkenen of dossiers that are not taken along, and their BSNs."""
TAKEN = ("Tessa Meegenomen", "232262536")


@pytest.fixture(autouse=True)
def shipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ship(tmp_path, monkeypatch)


def _subject(team: Team, dossier_id: str, name: str, bsn: str) -> None:
    def work(session, context):  # type: ignore[no-untyped-def]
        record = dossiers.open_dossier(session, context, dossier_id)
        fields = replace(record.fields, subject=Subject(name=name, bsn=bsn))
        dossiers.update_dossier(
            session, context, dossier_id, fields, expected_revision=record.revision
        )

    team.run(team.caseworker, work)


@pytest.fixture
def team(team_database: TeamDatabase) -> Team:
    return Team(team_database.open_owner())


@pytest.fixture
def case(team: Team) -> dict[str, str]:
    """Two signed dossiers not taken along (the case base), a signed one and an open one
    that are."""
    found = {}
    for n, (name, bsn) in enumerate(OTHERS.items()):
        found[name] = signed_dossier(team, f"Terugvordering {n}")
        _subject(team, found[name], name, bsn)
    found["signed"] = signed_dossier(team, "Meegenomen besluit")
    found["open"] = prepare(team, "Meegenomen voorstel")
    _subject(team, found["open"], *TAKEN)
    return found


UNTIL = utc_now() + timedelta(days=5)


def _take(team: Team, path: Path, ids: list[str]) -> None:
    briefcase.make_briefcase(
        team.database, path, TEST_KEY, team.context(team.caseworker), ids, "LT-07", UNTIL
    )


def _views(database: Database, team: Team, dossier_id: str) -> dict[str, Any]:
    """What assess --json, the precedent check, the weighing and the decision document say."""
    context = team.context(team.caseworker)
    with database.sessions.begin() as session:
        check = load_check(session, context, dossier_id, audit_read=False)
        state = precedents.load_precedents(session, context, dossier_id)
        return {
            "assess": assess_document(check, check.versions),
            "precedents": _precedents(state),
            "weighing": weighing.load_weighing(session, dossier_id),
            "document": texts(load_decision_document(session, context, dossier_id, TODAY)),
            "integrity": integrity_problems(session, dossier_id),
        }


def _precedents(state: precedents.PrecedentState) -> object:
    """The report as plain values: per outcome its status and the precedents it names."""
    if state.report is None:
        return None
    return {
        outcome: (result.status, result.forcing, result.contradicting, result.conflicts)
        for outcome, result in state.report.outcomes.items()
    }


def test_the_briefcase_checks_as_the_server_and_carries_no_one_elses_data(
    team: Team, case: dict[str, str], tmp_path: Path
) -> None:
    path = tmp_path / "koffer.sqlite3"
    taken = [case["open"], case["signed"]]
    _take(team, path, taken)
    laptop = open_database(path, key=TEST_KEY)
    try:
        for dossier_id in taken:
            on_server, on_laptop = (
                _views(team.database, team, dossier_id),
                _views(laptop, team, dossier_id),
            )
            assert on_laptop == on_server
        forced = _views(laptop, team, case["open"])["precedents"]
        assert any(forcing for _status, forcing, _against, _conflicts in forced.values())
        found = _scan(laptop, [*OTHERS, *OTHERS.values()])
        assert found == {}, found
        assert _scan(laptop, list(TAKEN)), "the taken dossier's own data is there"
        with laptop.reads() as session:
            assert session.get_one(BriefcaseRow, 1).holder_id == team.caseworker.id
            rows = session.scalars(select(BriefcaseDossierRow)).all()
            assert {row.dossier_id for row in rows} == set(taken)
            bases = {row.dossier_id: row.base for row in rows}
            whole = {i: with_catalogue_texts(session, base) for i, base in bases.items()}
        with team.database.sessions.begin() as session:  # the server's own export of each
            context = team.context(team.caseworker)
            for dossier_id in taken:
                exported = export_dossier(session, context, dossier_id)
                assert exported["catalogues"], "the dossier uses catalogues"
                assert all("content" not in c for c in bases[dossier_id]["catalogues"])
                lean = without_catalogue_texts(exported)
                assert {**bases[dossier_id], "exported_at": ""} == {**lean, "exported_at": ""}
                # the briefcase's own catalogues make the base whole again
                assert {**whole[dossier_id], "exported_at": ""} == {**exported, "exported_at": ""}
        with laptop.reads() as session:
            assert verify_trail(session).broken is None
    finally:
        laptop.close()


def test_a_dismissal_goes_along_with_its_dossier_only(
    team: Team, case: dict[str, str], tmp_path: Path
) -> None:
    """The laptop's queue Mogelijk maatwerk leaves out what the team dismissed; another
    dossier's dismissal, and its reason, stay on the server."""
    with team.database.sessions.begin() as session:
        for dossier_id in (case["open"], case["signed"]):
            session.add(
                IntakeDismissalRow(
                    dossier_id=dossier_id,
                    signals=["minderjarige-kinderen"],
                    catalogue_id="nl.maatwerkdesk.signalering",
                    catalogue_version="2026.1",
                    reason=f"Fictief: reden voor {dossier_id}.",
                    dismissed_by=team.caseworker.id,
                    dismissed_on=TODAY,
                )
            )
    path = tmp_path / "koffer.sqlite3"
    _take(team, path, [case["open"]])
    laptop = open_database(path, key=TEST_KEY)
    try:
        with laptop.reads() as session:
            rows = session.scalars(select(IntakeDismissalRow)).all()
        assert [(r.dossier_id, r.reason) for r in rows] == [
            (case["open"], f"Fictief: reden voor {case['open']}.")
        ]
    finally:
        laptop.close()


def _scan(database: Database, words: list[str]) -> dict[str, list[str]]:
    """Where in the briefcase any of `words` occurs: table → words."""
    found: dict[str, list[str]] = {}
    with database.engine.connect() as connection:
        for table in inspect(connection).get_table_names():
            rows = connection.execute(text(f'SELECT * FROM "{table}"')).all()
            dump = repr(rows)
            hits = [word for word in words if word in dump]
            if hits:
                found[table] = hits
    return found


TABLES = ("dossier", "subject", "signed_decision", "case_index", "app_user", "lease", "attachment")


def _contents(path: Path) -> dict[str, list[Any]]:
    database = open_database(path, key=TEST_KEY)
    try:
        with database.engine.connect() as connection:
            return {
                table: sorted(
                    repr(row) for row in connection.execute(text(f"SELECT * FROM {table}"))
                )
                for table in TABLES
            }
    finally:
        database.close()


def test_a_build_cut_off_is_finished_by_the_next_call(
    team: Team, case: dict[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    clean, resumed = tmp_path / "schoon.sqlite3", tmp_path / "hervat.sqlite3"
    _take(team, clean, [case["open"]])
    written = briefcase._insert

    def cut_off(connection, table, rows):  # type: ignore[no-untyped-def]
        if table.name == "signed_decision":
            raise KeyboardInterrupt  # the laptop's power goes
        written(connection, table, rows)

    monkeypatch.setattr(briefcase, "_insert", cut_off)
    with pytest.raises(KeyboardInterrupt):
        _take(team, resumed, [case["open"], case["signed"]])
    assert not resumed.exists()  # nothing that looks finished
    monkeypatch.setattr(briefcase, "_insert", written)
    _take(team, resumed, [case["open"], case["signed"]])
    _take(team, clean, [case["open"], case["signed"]])  # a second call adds the other
    assert _contents(resumed) == _contents(clean)
    with team.database.reads() as session:
        leases = session.scalars(select(LeaseRow).where(LeaseRow.returned_at.is_(None))).all()
    assert {lease.dossier_id for lease in leases} == {case["open"], case["signed"]}


def test_files_go_through_the_team_database_to_colleagues_and_the_briefcase(
    team: Team, case: dict[str, str], tmp_path: Path
) -> None:
    source = tmp_path / "brief.txt"
    source.write_bytes(b"Fictieve brief van de betrokkene")
    here = AttachmentStore(tmp_path / "werkplek-a", bytes(32))
    elsewhere = AttachmentStore(tmp_path / "werkplek-b", bytes(range(1, 33)))

    def add(session, context):  # type: ignore[no-untyped-def]
        record = attachments.add_attachment(session, context, here, case["open"], source)
        return record.attachments[0]

    added = team.run(team.caseworker, add)
    assert not elsewhere.has(added.sha256)
    opened = tmp_path / "geopend.txt"
    team.run(
        team.caseworker,
        lambda s, c: attachments.open_attachment(s, c, elsewhere, case["open"], added.id, opened),
    )
    assert opened.read_bytes() == source.read_bytes()  # fetched from the team database
    path = tmp_path / "koffer.sqlite3"
    _take(team, path, [case["open"]])
    assert briefcase.briefcase_attachments(path, TEST_KEY).read(added.sha256) == source.read_bytes()
