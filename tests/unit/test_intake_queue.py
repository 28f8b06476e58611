"""The intake queue "Mogelijk maatwerk": which open dossiers it lists and in what order,
who may dismiss one and what brings it back, and that it reads 10,000 dossiers in a few
statements. Every rule is tried from the wrong side too."""

from __future__ import annotations

import time
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
from conference_team import Team, ship, signed_dossier
from sqlalchemy import insert, select
from statement_counts import counted

from maatwerkdesk.domain.case_facts import CaseFacts
from maatwerkdesk.domain.dossier import DimensionNote, Doenvermogen, DossierFields
from maatwerkdesk.domain.errors import DomainError, ValidationError
from maatwerkdesk.domain.lease import DossierAwayError
from maatwerkdesk.domain.people import PermissionDeniedError, Role, User
from maatwerkdesk.domain.serialise import doenvermogen_to_dict, facts_to_dict
from maatwerkdesk.domain.vocabulary import DoenDimension, DoenObservation, DossierStatus, Stressor
from maatwerkdesk.persistence.base import new_ids, utc_now
from maatwerkdesk.persistence.db import Database
from maatwerkdesk.persistence.models import (
    AuditRow,
    BriefcaseRow,
    DossierRow,
    IntakeDismissalRow,
)
from maatwerkdesk.services import catalogues, dossiers, intake_queue, leases, users
from maatwerkdesk.services.intake_queue import QueueOrder

SIGNALS = (catalogues.BUNDLED_DIR / "signalering-2026.1.toml").read_text("utf-8")
STACKED = Doenvermogen(stressors=frozenset({Stressor.DEBTS, Stressor.DIVORCE}))
CHILDREN = CaseFacts(minor_children=2)


@pytest.fixture(autouse=True)
def shipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ship(tmp_path, monkeypatch)
    (tmp_path / "catalogues" / "signalering-2026.1.toml").write_text(SIGNALS, "utf-8")


@pytest.fixture
def team(database: Database) -> Team:
    return Team(database)


def create(
    team: Team,
    title: str,
    facts: CaseFacts = CaseFacts(),  # noqa: B008 - frozen, never changed
    doen: Doenvermogen = Doenvermogen(),  # noqa: B008
) -> str:
    fields = DossierFields(title=title, facts=facts, doenvermogen=doen)
    return team.run(team.caseworker, lambda s, c: dossiers.create_dossier(s, c, fields).id)


def change(team: Team, dossier_id: str, **changes: object) -> None:
    def work(session, context):  # type: ignore[no-untyped-def]
        record = dossiers.open_dossier(session, context, dossier_id)
        fields = replace(record.fields, **changes)
        dossiers.update_dossier(
            session, context, dossier_id, fields, expected_revision=record.revision
        )

    team.run(team.caseworker, work)


def queue(team: Team, user: User | None = None, order: QueueOrder = QueueOrder.HITS):  # type: ignore[no-untyped-def]
    return team.run(user or team.caseworker, lambda s, c: intake_queue.intake_queue(s, c, order))


def listed(team: Team, order: QueueOrder = QueueOrder.HITS) -> list[str]:
    return [e.title for e in queue(team, order=order).entries]


def dismiss(team: Team, user: User, dossier_id: str, reason: str = "Past in de regel.") -> None:
    team.run(user, lambda s, c: intake_queue.dismiss(s, c, dossier_id, reason))


def test_the_queue_lists_open_dossiers_with_signals_and_explains_them(team: Team) -> None:
    create(team, "Zonder signaal")
    create(team, "Kinderen", CHILDREN)
    both = create(team, "Stapeling en kinderen", CHILDREN, STACKED)
    found = queue(team)
    assert str(found.catalogue) == "nl.maatwerkdesk.signalering versie 2026.1"
    assert [e.title for e in found.entries] == ["Stapeling en kinderen", "Kinderen"]
    first = found.entries[0]
    assert first.dossier_id == both and first.status is DossierStatus.INTAKE
    assert [h.signal_id for h in first.hits] == ["stapeling", "minderjarige-kinderen"]
    assert "schulden (schulden); ingrijpende gebeurtenis (scheiding)" in first.hits[0].explanation
    assert "(nl.maatwerkdesk.signalering versie 2026.1)" in first.hits[1].explanation
    assert first.lease is None


def test_the_queue_sorts_by_signals_age_and_reference(team: Team) -> None:
    create(team, "Eerste", CHILDREN)
    create(team, "Tweede", CHILDREN, STACKED)
    create(team, "Derde", CHILDREN)
    assert listed(team) == ["Tweede", "Eerste", "Derde"]
    assert listed(team, QueueOrder.AGE) == ["Eerste", "Tweede", "Derde"]
    assert listed(team, QueueOrder.REFERENCE) == ["Eerste", "Tweede", "Derde"]
    entries = queue(team).entries
    by_reference = intake_queue.sort_entries(entries[::-1], QueueOrder.REFERENCE)
    assert [e.reference for e in by_reference] == sorted(e.reference for e in entries)


def test_closed_decided_and_deleted_dossiers_are_not_in_the_queue(team: Team) -> None:
    closed = create(team, "Afgesloten", CHILDREN)
    change(team, closed, status=DossierStatus.AFGESLOTEN)
    deleted = create(team, "Verwijderd", CHILDREN)
    team.run(team.caseworker, lambda s, c: dossiers.delete_dossier(s, c, deleted))
    signed = signed_dossier(team, "Besloten")
    change_signed = CaseFacts(minor_children=3)
    with team.database.sessions.begin() as session:  # as if it had children all along
        session.get(DossierRow, signed).facts = facts_to_dict(change_signed)  # type: ignore[union-attr]
    assert listed(team) == []
    for dossier_id in (closed, signed):
        with pytest.raises(DomainError, match="niet meer open"):
            dismiss(team, team.caseworker, dossier_id)
    with pytest.raises(DomainError, match="bestaat niet"):
        dismiss(team, team.caseworker, deleted)


def test_a_dismissal_needs_a_reason_and_is_stored_and_audited(team: Team) -> None:
    dossier = create(team, "Kinderen", CHILDREN)
    for empty in ("", "   \n\t", "\u202e"):
        with pytest.raises(ValidationError, match="verplicht"):
            dismiss(team, team.caseworker, dossier, empty)
    dismiss(team, team.caseworker, dossier, "Het kind woont\nbij de andere ouder.")
    assert listed(team) == []
    with team.database.sessions() as session:
        row = session.scalars(select(IntakeDismissalRow)).one()
        assert row.signals == ["minderjarige-kinderen"]
        assert (row.catalogue_id, row.catalogue_version) == (
            "nl.maatwerkdesk.signalering",
            "2026.1",
        )
        assert row.reason == "Het kind woont\nbij de andere ouder."
        assert row.dismissed_by == team.caseworker.id
        audited = session.scalars(select(AuditRow).where(AuditRow.name == "intake.dismiss")).one()
        assert audited.dossier_id == dossier and audited.object_id == row.id
        assert "woont" not in str(audited.__dict__)  # the reason stays out of the trail


def test_deleting_a_dossier_empties_the_reasons_of_its_dismissals(team: Team) -> None:
    dossier = create(team, "Kinderen", CHILDREN)
    dismiss(team, team.caseworker, dossier, "Fictief: de moeder, Jans, redt het zelf.")
    team.run(team.caseworker, lambda s, c: dossiers.delete_dossier(s, c, dossier))
    with team.database.sessions() as session:
        row = session.scalars(select(IntakeDismissalRow)).one()
    assert row.reason == "" and row.signals == ["minderjarige-kinderen"]


def test_a_dismissed_dossier_comes_back_only_for_a_new_signal(team: Team) -> None:
    dossier = create(team, "Kinderen", CHILDREN)
    dismiss(team, team.chair, dossier)
    change(team, dossier, facts=CaseFacts(minor_children=4))  # the same signal, stronger
    assert listed(team) == []
    change(team, dossier, facts=replace(CHILDREN, organisation_share=True))
    [entry] = queue(team).entries
    assert [h.signal_id for h in entry.hits] == ["minderjarige-kinderen", "eigen-aandeel"]
    dismiss(team, team.caseworker, dossier, "Opnieuw bekeken.")
    assert listed(team) == []


@pytest.mark.parametrize("who", ["reader", "legal", "secretary", "admin"])
def test_only_a_caseworker_or_a_chair_dismisses(team: Team, who: str) -> None:
    dossier = create(team, "Kinderen", CHILDREN)
    other: User = getattr(team, who)
    assert [e.title for e in queue(team, other).entries] == ["Kinderen"]  # everyone reads it
    with pytest.raises(PermissionDeniedError):
        dismiss(team, other, dossier)
    with team.database.sessions() as session:
        assert session.scalars(select(IntakeDismissalRow)).all() == []
        refused = session.scalars(
            select(AuditRow.result).where(AuditRow.name == "intake_queue.dismiss")
        ).all()
    assert refused == ["refused"]


def test_a_dossier_without_signals_is_not_dismissed(team: Team) -> None:
    dossier = create(team, "Zonder signaal")
    with pytest.raises(DomainError, match="geen signalen"):
        dismiss(team, team.caseworker, dossier)


def test_a_leased_dossier_is_dismissed_by_its_holder_only(team: Team) -> None:
    dossier = create(team, "Kinderen", CHILDREN)
    colleague = team.run(
        team.admin, lambda s, c: users.add_user(s, c, "Bram Collega", Role.CASEWORKER)
    )
    until = utc_now() + timedelta(days=2)
    team.run(team.caseworker, lambda s, c: leases.take(s, c, [dossier], "LT-07", until))
    [entry] = queue(team, colleague).entries
    assert entry.lease is not None and entry.lease.holder == "Anouk Verhoef"
    for person in (colleague, team.chair):
        with pytest.raises(DossierAwayError):
            dismiss(team, person, dossier)
    dismiss(team, team.caseworker, dossier)
    assert listed(team) == []


def test_a_laptops_briefcase_refuses_a_dismissal(team: Team) -> None:
    dossier = create(team, "Kinderen", CHILDREN)
    with team.database.sessions.begin() as session:
        session.add(
            BriefcaseRow(
                id=1, server="postgresql://team", laptop="LT-07", holder_id="x", login="anouk"
            )
        )
    with pytest.raises(DomainError, match="teamdatabase"):
        dismiss(team, team.caseworker, dossier)


def test_unreadable_facts_keep_a_dossier_out_without_stopping_the_queue(team: Team) -> None:
    create(team, "Kinderen", CHILDREN)
    broken = create(team, "Kapot", CHILDREN)
    with team.database.sessions.begin() as session:
        session.get(DossierRow, broken).facts = {"minor_children": "veel"}  # type: ignore[union-attr]
    assert listed(team) == ["Kinderen"]


def test_ten_thousand_open_dossiers_are_read_in_a_few_statements(team: Team) -> None:
    count = 10_000
    now = utc_now()
    facts = [facts_to_dict(CaseFacts(minor_children=n % 3)) if n % 2 else {} for n in range(count)]
    doen = doenvermogen_to_dict(
        Doenvermogen(
            dimensions={DoenDimension.ACTION: DimensionNote(DoenObservation.NO_DIFFICULTY)}
        )
    )
    rows = [
        {
            "id": dossier_id,
            "created_at": now - timedelta(minutes=n),
            "updated_at": now,
            "revision": 1,
            "reference": f"MW-2026-{n:05d}",
            "title": f"Dossier {n}",
            "status": DossierStatus.ANALYSE.value,
            "owner": "",
            "organisations": [],
            "facts": facts[n],
            "doenvermogen": doen,
        }
        for n, dossier_id in enumerate(new_ids(count))
    ]
    with team.database.sessions.begin() as session:
        session.execute(insert(DossierRow), rows)
    with team.database.sessions.begin() as session:
        session.connection()
        started = time.perf_counter()
        with counted(team.database.engine) as statements:
            found = intake_queue.intake_queue(session, team.context(team.caseworker))
        elapsed = time.perf_counter() - started
    assert len(found.entries) == len([n for n in range(count) if n % 2 and n % 3])
    assert len(statements) <= 12, statements
    assert elapsed < 20, f"{elapsed:.1f} s for {count} dossiers"
