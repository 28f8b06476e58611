"""The record behind the decision through a sync: a decision signed on the team database
reaches the laptop whole and checks out there, a forged version is refused, the record
parts a laptop changes go up and merge with the server's, and applying a dossier costs
the same few statements however many entries changed."""

from __future__ import annotations

import base64
import copy
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from briefcases import make_briefcase
from conference_team import Team, plan, prepare, ship
from statement_counts import counted

from maatwerkdesk.domain.errors import DomainError
from maatwerkdesk.domain.vocabulary import TimelineKind
from maatwerkdesk.domain.weighing import Weighing
from maatwerkdesk.persistence.db import Database
from maatwerkdesk.persistence.models import DossierRow
from maatwerkdesk.services import leases, meetings, proposals, signing
from maatwerkdesk.services.dossier_apply import apply_document
from maatwerkdesk.services.exchange import dossier_document
from maatwerkdesk.services.integrity import broken_dossiers
from maatwerkdesk.services.sync import sync
from maatwerkdesk.services.weighing import save_weighing


@pytest.fixture(autouse=True)
def shipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ship(tmp_path, monkeypatch)


@pytest.fixture
def team(database: Database) -> Team:
    return Team(database)


def entry(database: Database, dossier_id: str) -> dict[str, object]:
    with database.reads() as session:
        return dossier_document(session, dossier_id)["dossiers"][0]


def taken_along(team: Team, tmp_path: Path, dossier_id: str) -> Database:
    return make_briefcase(
        team.database, tmp_path / "koffer.sqlite3", team.context(team.caseworker), [dossier_id]
    )


def test_the_conference_and_its_signed_decision_reach_the_laptop_and_check_out(
    team: Team, tmp_path: Path
) -> None:
    dossier_id = prepare(team)
    laptop = taken_along(team, tmp_path, dossier_id)
    caseworker = team.context(team.caseworker)
    try:
        meeting_id, item_id = plan(team, dossier_id)
        assert sync(team.database, laptop, caseworker).pulled == 1  # on the agenda

        def record(session, context):  # type: ignore[no-untyped-def]
            item = meetings.load_meeting(session, meeting_id).item(item_id)
            assert item is not None
            meetings.record_item(
                session, context, item_id, replace(item.record, dissent="Fictief: twijfel.")
            )

        team.run(team.secretary, record)
        assert sync(team.database, laptop, caseworker).pulled == 1  # the minutes changed
        team.run(team.chair, lambda s, c: leases.break_lease(s, c, dossier_id))  # to sign it
        team.run(team.chair, lambda s, c: signing.sign(s, c, item_id))

        report = sync(team.database, laptop, caseworker)

        assert (report.pulled, report.failed) == (1, [])
        assert entry(laptop, dossier_id) == entry(team.database, dossier_id)
        assert len(entry(laptop, dossier_id)["record"]["versions"]) == 1  # type: ignore[index]
        with laptop.reads() as session:
            assert broken_dossiers(session) == []
        assert sync(team.database, laptop, caseworker).pulled == 0
    finally:
        laptop.close()


def test_a_forged_version_is_refused_and_nothing_is_written(team: Team, tmp_path: Path) -> None:
    dossier_id = prepare(team)
    laptop = taken_along(team, tmp_path, dossier_id)
    try:
        _meeting, item_id = plan(team, dossier_id)
        team.run(team.chair, lambda s, c: leases.break_lease(s, c, dossier_id))  # to sign it
        signed = team.run(team.chair, lambda s, c: signing.sign(s, c, item_id))
        with team.database.reads() as session:
            document = dossier_document(session, dossier_id)
        version = document["dossiers"][0]["record"]["versions"][0]
        forged = bytearray(base64.b64decode(version["signature"]))
        forged[0] ^= 1
        version["signature"] = base64.b64encode(bytes(forged)).decode()
        before = entry(laptop, dossier_id)
        with laptop.reads() as session:
            revision = session.get(DossierRow, dossier_id).revision  # type: ignore[union-attr]
        with pytest.raises(DomainError, match="handtekening"), laptop.sessions.begin() as session:
            apply_document(
                session, team.context(team.caseworker), document, expected_revision=revision
            )
        assert entry(laptop, dossier_id) == before
        assert signed.content.version == 1
    finally:
        laptop.close()


def test_record_parts_changed_on_each_side_merge(team: Team, tmp_path: Path) -> None:
    dossier_id = prepare(team)
    laptop = taken_along(team, tmp_path, dossier_id)
    try:
        cw = team.caseworker

        def new_text(session, context):  # type: ignore[no-untyped-def]
            proposal = proposals.load_proposal(session, dossier_id)
            proposals.save_proposal(
                session, context, dossier_id, replace(proposal, citizen_text="Onderweg: de helft.")
            )

        with laptop.sessions.begin() as session:
            new_text(session, team.context(cw))
        team.run(
            cw,
            lambda s, c: save_weighing(s, c, dossier_id, Weighing(aim="Op kantoor herzien.")),
        )

        report = sync(team.database, laptop, team.context(cw))

        assert (report.pushed, report.conflicts, report.failed) == (1, 0, [])
        server = entry(team.database, dossier_id)
        assert server["record"]["proposal"]["citizen_text"] == "Onderweg: de helft."  # type: ignore[index]
        assert server["record"]["weighing"]["aim"] == "Op kantoor herzien."  # type: ignore[index]
        assert entry(laptop, dossier_id) == server
    finally:
        laptop.close()


def test_applying_costs_the_same_statements_for_one_entry_or_twenty(
    team: Team, tmp_path: Path
) -> None:
    counts = []
    for added in (1, 20):
        dossier_id = prepare(team, f"Dossier met {added}")
        with team.database.reads() as session:
            document = dossier_document(session, dossier_id)
            revision = session.get(DossierRow, dossier_id).revision  # type: ignore[union-attr]
        changed = copy.deepcopy(document)
        changed["dossiers"][0]["fields"]["notes"] = "Bijgewerkt"
        changed["dossiers"][0]["timeline"] += [
            {
                "id": f"00000000-0000-4000-8000-{added:06d}{n:06d}",
                "occurred_on": date(2026, 11, 1).isoformat(),
                "kind": TimelineKind.NOTE.value,
                "description": f"Notitie {n}",
                "author": "Anouk Verhoef",
            }
            for n in range(added)
        ]
        with team.database.sessions.begin() as session:
            session.connection()
            with counted(team.database.engine) as statements:
                apply_document(
                    session, team.context(team.caseworker), changed, expected_revision=revision
                )
        counts.append(len(statements))
        assert len(entry(team.database, dossier_id)["timeline"]) == added  # type: ignore[arg-type]
    assert counts[0] == counts[1], counts
