"""Synchronising a briefcase with the team database: edits go up and come down, a clash
is one conflict however often a sync runs, a conflict is resolved by choice, a dossier
handed back leaves the laptop, and the records the sync writes say what it did."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from briefcases import make_briefcase
from sqlalchemy import func, select

from maatwerkdesk.domain.dossier import DossierFields, Subject, TimelineEntry
from maatwerkdesk.domain.errors import ConcurrentEditError
from maatwerkdesk.domain.people import Role, User
from maatwerkdesk.domain.sync_conflicts import part_label
from maatwerkdesk.domain.vocabulary import DossierStatus, TimelineKind
from maatwerkdesk.persistence.db import Database
from maatwerkdesk.persistence.models import (
    AuditRow,
    BriefcaseDossierRow,
    DossierRow,
    LeaseRow,
    SubjectRow,
    SyncConflictRow,
)
from maatwerkdesk.services import assessments, dossiers, leases, users
from maatwerkdesk.services.context import Context
from maatwerkdesk.services.dossier_apply import apply_document
from maatwerkdesk.services.exchange import dossier_document
from maatwerkdesk.services.sync import (
    Choice,
    Typed,
    open_conflicts,
    pending_changes,
    resolve_conflict,
    sync,
)

TODAY = date(2026, 11, 28)


def as_user(user: User) -> Context:
    return Context(actor=user.name, origin="test", today=TODAY, user=user)


class Office:
    """A team database with a caseworker who takes dossiers along and a colleague."""

    def __init__(self, database: Database) -> None:
        self.server = database
        first = Context(actor="beheer", origin="test", today=TODAY)
        with database.sessions.begin() as session:
            admin = users.add_user(session, first, "Bea Beheer", Role.ADMINISTRATOR)
            self.holder = users.add_user(session, as_user(admin), "Anouk Verhoef", Role.CASEWORKER)
            self.colleague = users.add_user(session, as_user(admin), "Cor Collega", Role.CASEWORKER)
            self.chair = users.add_user(session, as_user(admin), "Karel Voorzitter", Role.CHAIR)

    def new_dossier(self, title: str = "Huurschuld") -> str:
        fields = DossierFields(
            title=title,
            status=DossierStatus.INTAKE,
            owner="Anouk Verhoef",
            subject=Subject(name="Fictief Persoon"),
        )
        with self.server.sessions.begin() as session:
            return dossiers.create_dossier(session, as_user(self.holder), fields).id

    def edit(self, database: Database, user: User, dossier_id: str, **changes: str) -> None:
        """`user` changes the dossier; a colleague on the team database after the chair
        ended its loan (while it is on loan, only its holder may)."""
        if database is self.server and user != self.holder:
            with database.sessions.begin() as session:
                if dossier_id in leases.open_leases(session, [dossier_id]):
                    leases.break_lease(session, as_user(self.chair), dossier_id)
        with database.sessions.begin() as session:
            record = dossiers.open_dossier(session, as_user(user), dossier_id)
            fields = replace(record.fields, **changes)
            dossiers.update_dossier(
                session, as_user(user), dossier_id, fields, expected_revision=record.revision
            )

    def title(self, database: Database, dossier_id: str) -> str:
        with database.reads() as session:
            row = session.get(DossierRow, dossier_id)
            assert row is not None
            return row.title


@pytest.fixture
def office(database: Database) -> Office:
    return Office(database)


def briefcase(office: Office, tmp_path: Path, *dossier_ids: str) -> Database:
    made = make_briefcase(
        office.server, tmp_path / "koffer.sqlite3", as_user(office.holder), dossier_ids
    )
    return made


def test_an_edit_on_the_laptop_reaches_the_server_and_one_there_the_laptop(
    office: Office, tmp_path: Path
) -> None:
    first, second = office.new_dossier("Eerste"), office.new_dossier("Tweede")
    laptop = briefcase(office, tmp_path, first, second)
    try:
        assert pending_changes(laptop) == 0
        office.edit(laptop, office.holder, first, title="Op de laptop")
        with laptop.sessions.begin() as session:
            dossiers.add_timeline_entry(
                session,
                as_user(office.holder),
                first,
                TimelineEntry(date(2026, 11, 20), TimelineKind.CONTACT, "Gebeld"),
            )
        assert pending_changes(laptop) == 1
        office.edit(office.server, office.colleague, second, notes="Op de server")

        report = sync(office.server, laptop, as_user(office.holder))

        assert (report.pushed, report.pulled, report.conflicts) == (1, 1, 0)
        assert office.title(office.server, first) == "Op de laptop"
        with office.server.reads() as session:
            server_doc = dossier_document(session, first)
            assert [e["description"] for e in server_doc["dossiers"][0]["timeline"]] == ["Gebeld"]
            synced = session.scalars(
                select(AuditRow.digest).where(AuditRow.name == "dossier.sync")
            ).all()
            assert synced == ["fld,tl"]  # the parts, no personal data
        with laptop.reads() as session:
            assert session.get(DossierRow, second).notes == "Op de server"  # type: ignore[union-attr]
            assert dossier_document(session, first)["dossiers"] == server_doc["dossiers"]
        assert pending_changes(laptop) == 0
        again = sync(office.server, laptop, as_user(office.holder))
        assert (again.pushed, again.pulled, again.conflicts) == (0, 0, 0)
    finally:
        laptop.close()


def test_a_clash_is_one_conflict_however_often_it_syncs_and_is_resolved_by_choice(
    office: Office, tmp_path: Path
) -> None:
    dossier_id = office.new_dossier()
    laptop = briefcase(office, tmp_path, dossier_id)
    try:
        office.edit(laptop, office.holder, dossier_id, title="Laptop", notes="Alleen laptop")
        office.edit(office.server, office.colleague, dossier_id, title="Server")

        first = sync(office.server, laptop, as_user(office.holder))
        second = sync(office.server, laptop, as_user(office.holder))

        assert (first.conflicts, second.conflicts) == (1, 0)
        assert office.title(office.server, dossier_id) == "Server"
        assert office.title(laptop, dossier_id) == "Server"
        with office.server.sessions.begin() as session:
            row = session.get(DossierRow, dossier_id)
            assert row is not None and row.notes == "Alleen laptop"  # different fields merge
            (conflict,) = open_conflicts(session, dossier_id)
            assert (conflict.path, conflict.laptop, conflict.server) == (
                ("fields", "title"),
                "Laptop",
                "Server",
            )
            assert (part_label(conflict.path), conflict.holder) == ("Titel", "Anouk Verhoef")
            resolve_conflict(session, as_user(office.colleague), conflict.id, Choice.LAPTOP)
            assert open_conflicts(session, dossier_id) == []
        assert office.title(office.server, dossier_id) == "Laptop"
        third = sync(office.server, laptop, as_user(office.holder))
        assert third.conflicts == 0
        assert office.title(laptop, dossier_id) == "Laptop"
        with office.server.reads() as session:
            assert session.scalar(select(func.count()).select_from(SyncConflictRow)) == 1
    finally:
        laptop.close()


def test_a_typed_choice_and_the_servers_value_resolve_too(office: Office, tmp_path: Path) -> None:
    dossier_id = office.new_dossier()
    laptop = briefcase(office, tmp_path, dossier_id)
    try:
        office.edit(laptop, office.holder, dossier_id, title="Laptop", request="L")
        office.edit(office.server, office.colleague, dossier_id, title="Server", request="S")
        assert sync(office.server, laptop, as_user(office.holder)).conflicts == 2
        with office.server.sessions.begin() as session:
            request, title = sorted(open_conflicts(session, dossier_id), key=lambda c: c.path)
            resolve_conflict(session, as_user(office.holder), title.id, Typed("Getypt"))
            resolve_conflict(session, as_user(office.holder), request.id, Choice.SERVER)
            row = session.get(DossierRow, dossier_id)
            assert row is not None and (row.title, row.request) == ("Getypt", "S")
            with pytest.raises(Exception, match="al opgelost"):
                resolve_conflict(session, as_user(office.holder), title.id, Choice.SERVER)
    finally:
        laptop.close()


def test_a_dossier_handed_back_returns_its_lease_and_leaves_no_personal_data(
    office: Office, tmp_path: Path
) -> None:
    dossier_id = office.new_dossier()
    laptop = briefcase(office, tmp_path, dossier_id)
    try:
        office.edit(laptop, office.holder, dossier_id, title="Laatste versie")
        with laptop.sessions.begin() as session:
            session.get(BriefcaseDossierRow, dossier_id).handed_back = True  # type: ignore[union-attr]

        report = sync(office.server, laptop, as_user(office.holder))

        assert (report.pushed, report.returned) == (1, 1)
        assert office.title(office.server, dossier_id) == "Laatste versie"
        with office.server.reads() as session:
            lease = session.scalar(select(LeaseRow).where(LeaseRow.dossier_id == dossier_id))
            assert lease is not None and lease.returned_at is not None
        with laptop.reads() as session:
            assert session.get(BriefcaseDossierRow, dossier_id) is None
            row = session.get(DossierRow, dossier_id)
            assert row is not None and row.deleted_at is not None and row.title == ""
            subject = session.scalar(select(SubjectRow).where(SubjectRow.dossier_id == dossier_id))
            assert subject is not None and subject.name == ""
    finally:
        laptop.close()


def test_a_dossier_made_on_the_laptop_is_created_on_the_server_with_a_lease(
    office: Office, tmp_path: Path
) -> None:
    laptop = briefcase(office, tmp_path)
    office.new_dossier("Op kantoor gemaakt")  # takes the reference the laptop gives too
    try:
        fields = DossierFields(
            title="Nieuw onderweg", status=DossierStatus.INTAKE, owner="Anouk Verhoef"
        )
        with laptop.sessions.begin() as session:
            made = dossiers.create_dossier(session, as_user(office.holder), fields)
            session.add(BriefcaseDossierRow(dossier_id=made.id))
        assert pending_changes(laptop) == 1

        report = sync(office.server, laptop, as_user(office.holder))
        sync(office.server, laptop, as_user(office.holder))

        assert report.created == 1
        assert office.title(office.server, made.id) == "Nieuw onderweg"
        with office.server.reads() as session, laptop.reads() as on_laptop:
            server_row = session.get(DossierRow, made.id)
            assert server_row is not None and server_row.reference == "MW-2026-00002"
            assert on_laptop.get(DossierRow, made.id).reference == "MW-2026-00002"  # type: ignore[union-attr]
        with office.server.reads() as session:
            leases = session.scalars(select(LeaseRow).where(LeaseRow.dossier_id == made.id)).all()
            assert len(leases) == 1 and leases[0].holder_id == office.holder.id
        assert pending_changes(laptop) == 0
    finally:
        laptop.close()


def test_apply_refuses_a_stale_revision_and_a_reader(office: Office, tmp_path: Path) -> None:
    dossier_id = office.new_dossier()
    with office.server.sessions.begin() as session:
        document = dossier_document(session, dossier_id)
        revision = session.get(DossierRow, dossier_id).revision  # type: ignore[union-attr]
    document["dossiers"][0]["fields"]["title"] = "Nieuw"
    office.edit(office.server, office.colleague, dossier_id, notes="Tussendoor")
    with (
        pytest.raises(ConcurrentEditError, match="Cor Collega"),
        office.server.sessions.begin() as session,
    ):
        apply_document(session, as_user(office.holder), document, expected_revision=revision)
    assert office.title(office.server, dossier_id) == "Huurschuld"


def test_a_kill_between_the_servers_commit_and_the_laptops_loses_nothing_and_tells_once(
    office: Office, tmp_path: Path
) -> None:
    dossier_id = office.new_dossier()
    laptop = briefcase(office, tmp_path, dossier_id)
    try:
        office.edit(laptop, office.holder, dossier_id, title="Laptop", notes="L")
        office.edit(office.server, office.colleague, dossier_id, title="Server")

        def kill(label: str, _done: int, _total: int) -> None:
            if label == "Koffer bijwerken":
                raise KeyboardInterrupt

        with pytest.raises(KeyboardInterrupt):
            sync(office.server, laptop, as_user(office.holder), kill)
        assert office.title(laptop, dossier_id) == "Laptop"  # the laptop's step did not run
        report = sync(office.server, laptop, as_user(office.holder))

        assert report.conflicts == 0  # told by the sync that was killed
        with office.server.reads() as session:
            assert len(open_conflicts(session, dossier_id)) == 1
            assert session.get(DossierRow, dossier_id).notes == "L"  # type: ignore[union-attr]
        assert office.title(laptop, dossier_id) == "Server"
    finally:
        laptop.close()


def test_a_part_clashing_again_gets_a_new_conflict_and_keeps_the_old_value(
    office: Office, tmp_path: Path
) -> None:
    dossier_id = office.new_dossier()
    laptop = briefcase(office, tmp_path, dossier_id)
    try:
        office.edit(laptop, office.holder, dossier_id, title="Laptop 1")
        office.edit(office.server, office.colleague, dossier_id, title="Server 1")
        sync(office.server, laptop, as_user(office.holder))
        office.edit(laptop, office.holder, dossier_id, title="Laptop 2")
        office.edit(office.server, office.colleague, dossier_id, title="Server 2")

        assert sync(office.server, laptop, as_user(office.holder)).conflicts == 1

        with office.server.reads() as session:
            rows = session.scalars(select(SyncConflictRow).order_by(SyncConflictRow.created_at))
            told = [(r.laptop, r.base, r.server, r.choice) for r in rows]
            assert [c.laptop for c in open_conflicts(session, dossier_id)] == ["Laptop 2"]
        assert told == [
            (
                {"value": "Laptop 1"},
                {"value": "Huurschuld"},
                {"value": "Server 1"},
                {"superseded": True},
            ),
            ({"value": "Laptop 2"}, {"value": "Server 1"}, {"value": "Server 2"}, None),
        ]
    finally:
        laptop.close()


def test_notes_made_offline_merge_with_a_change_on_the_server_of_an_assessed_dossier(
    office: Office, tmp_path: Path
) -> None:
    """A base names its catalogues without their texts (the briefcase holds them): a sync
    of an assessed dossier changed on both sides merges as with whole ones."""
    dossier_id = office.new_dossier()
    with office.server.sessions.begin() as session:
        loaded = assessments.load_assessment(session, as_user(office.holder), dossier_id)
        assessments.save_assessment(session, as_user(office.holder), dossier_id, loaded.assessment)
    laptop = briefcase(office, tmp_path, dossier_id)
    try:
        with laptop.reads() as session:
            (base,) = session.scalars(select(BriefcaseDossierRow.base)).all()
        assert base["catalogues"] and all("content" not in c for c in base["catalogues"])
        with laptop.sessions.begin() as session:
            entry = TimelineEntry(date(2026, 11, 20), TimelineKind.NOTE, "Huisbezoek")
            dossiers.add_timeline_entry(session, as_user(office.holder), dossier_id, entry)
        office.edit(office.server, office.colleague, dossier_id, notes="Op de server")

        report = sync(office.server, laptop, as_user(office.holder))

        assert (report.failed, report.pushed, report.conflicts) == ([], 1, 0)
        for database in (office.server, laptop):
            with database.reads() as session:
                (merged,) = dossier_document(session, dossier_id)["dossiers"]
                assert [e["description"] for e in merged["timeline"]] == ["Huisbezoek"]
                assert merged["record"]["assessments"], "with its assessment"
                assert session.get_one(DossierRow, dossier_id).notes == "Op de server"
        with laptop.reads() as session:  # the new base, too
            (base,) = session.scalars(select(BriefcaseDossierRow.base)).all()
        assert base["catalogues"] and all("content" not in c for c in base["catalogues"])
    finally:
        laptop.close()
