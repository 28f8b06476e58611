"""A sync reads a dossier whole only where the audit trails say it must: notes added on
the road are pushed from the laptop's trail and the base; a dossier with any other act on
the laptop, or any act on the team database since the base, is read whole; a briefcase
without marks is read whole once and then has them. And a note the team database removed
after a sync was cut off does not come back."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, update
from test_sync import Office, as_user, briefcase
from test_sync_chunks import add_notes, entries

from maatwerkdesk.persistence.db import Database
from maatwerkdesk.persistence.models import BriefcaseDossierRow, SyncConflictRow
from maatwerkdesk.services import dossiers, leases, sync_journal
from maatwerkdesk.services import sync as sync_module
from maatwerkdesk.services.audit import chain_head
from maatwerkdesk.services.dossier_apply import dossier_entry
from maatwerkdesk.services.exchange import dossier_document
from maatwerkdesk.services.sync import pending_changes, sync


@dataclass
class Made:
    """The dossiers each sync made from base and trail, per side."""

    laptop: list[set[str]] = field(default_factory=list)
    server: list[set[str]] = field(default_factory=list)


@pytest.fixture
def made(monkeypatch: pytest.MonkeyPatch) -> Iterator[Made]:
    seen = Made()

    def with_additions(session: Any, bases: Any) -> Any:
        documents = sync_journal.with_additions(session, bases)
        seen.laptop.append(set(documents))
        return documents

    def unchanged(session: Any, bases: Any, revisions: Any) -> Any:
        documents = sync_journal.unchanged(session, bases, revisions)
        seen.server.append(set(documents))
        return documents

    monkeypatch.setattr(sync_module, "with_additions", with_additions)
    monkeypatch.setattr(sync_module, "unchanged", unchanged)
    yield seen


@pytest.fixture
def office(database: Database) -> Office:
    return Office(database)


def marks(laptop: Database) -> dict[str, tuple[int | None, int | None]]:
    with laptop.reads() as session:
        return {
            row.dossier_id: (row.server_seq, row.laptop_seq)
            for row in session.scalars(select(BriefcaseDossierRow))
        }


def same_everywhere(office: Office, laptop: Database, dossier_id: str) -> None:
    """The laptop's copy, its base and the team database's copy are one dossier."""
    with office.server.reads() as session:
        server = dossier_entry(dossier_document(session, dossier_id))
    with laptop.reads() as session:
        mine = dossier_entry(dossier_document(session, dossier_id))
        row = session.get(BriefcaseDossierRow, dossier_id)
        assert row is not None and row.base is not None
        base = dossier_entry(row.base)
    assert mine == server == base


def test_notes_made_on_the_road_are_pushed_from_the_trail(
    office: Office, tmp_path: Path, made: Made
) -> None:
    ids = sorted(office.new_dossier(f"Huurschuld {n}") for n in range(3))
    laptop = briefcase(office, tmp_path, *ids)
    try:
        add_notes(laptop, office.holder, ids, per=2)
        report = sync(office.server, laptop, as_user(office.holder))

        assert (report.pushed, report.pulled, report.failed) == (3, 0, [])
        assert made.laptop == [set(ids)] and made.server == [set(ids)]
        assert [entries(office.server, d) for d in ids] == [2, 2, 2]
        for dossier_id in ids:
            same_everywhere(office, laptop, dossier_id)
        with office.server.reads() as session:
            head = chain_head(session)[0]
        assert {m[0] for m in marks(laptop).values()} == {head}

        again = sync(office.server, laptop, as_user(office.holder))  # nothing new
        assert (again.pushed, again.pulled) == (0, 0)
        assert made.laptop[1] == set() and made.server[1] == set(ids)

        add_notes(laptop, office.holder, ids[:1], per=1)  # and on again
        sync(office.server, laptop, as_user(office.holder))
        assert made.laptop[2] == {ids[0]} and made.server[2] == set(ids)
        assert [entries(office.server, d) for d in ids] == [3, 2, 2]
        assert pending_changes(laptop) == 0
    finally:
        laptop.close()


def test_any_other_act_on_either_side_reads_the_dossier_whole(
    office: Office, tmp_path: Path, made: Made
) -> None:
    edited_here, edited_there, notes_only = ids = [
        office.new_dossier(f"Huurschuld {n}") for n in range(3)
    ]
    laptop = briefcase(office, tmp_path, *ids)
    try:
        add_notes(laptop, office.holder, ids, per=1)
        office.edit(laptop, office.holder, edited_here, notes="Op locatie bijgewerkt")
        office.edit(office.server, office.colleague, edited_there, title="Op kantoor gewijzigd")

        report = sync(office.server, laptop, as_user(office.holder))

        assert report.failed == []
        assert made.laptop == [{edited_there, notes_only}]
        assert made.server == [{edited_here, notes_only}]
        assert office.title(laptop, edited_there) == "Op kantoor gewijzigd"
        assert [entries(office.server, d) for d in ids] == [1, 1, 1]
        for dossier_id in ids:
            same_everywhere(office, laptop, dossier_id)
    finally:
        laptop.close()


def test_a_briefcase_without_marks_is_read_whole_once_and_then_has_them(
    office: Office, tmp_path: Path, made: Made
) -> None:
    ids = [office.new_dossier(f"Huurschuld {n}") for n in range(2)]
    laptop = briefcase(office, tmp_path, *ids)
    try:
        with laptop.sessions.begin() as session:  # as made before the marks were kept
            session.execute(update(BriefcaseDossierRow).values(server_seq=None, laptop_seq=None))
        add_notes(laptop, office.holder, ids, per=1)

        sync(office.server, laptop, as_user(office.holder))
        assert made.laptop == [set()] and made.server == [set()]
        assert all(None not in m for m in marks(laptop).values())

        add_notes(laptop, office.holder, ids, per=1)
        sync(office.server, laptop, as_user(office.holder))
        assert made.laptop[1] == set(ids) and made.server[1] == set(ids)
        assert [entries(office.server, d) for d in ids] == [2, 2]
    finally:
        laptop.close()


class CutOffError(Exception):
    pass


def sync_cut_off_after_the_server(office: Office, laptop: Database) -> None:
    """A sync that stops once the server's step is done, before the laptop's."""

    def cut_off(label: str, _done: int, _total: int) -> None:
        if label == "Koffer bijwerken":
            raise CutOffError

    with pytest.raises(CutOffError):
        sync(office.server, laptop, as_user(office.holder), cut_off)


def test_a_note_removed_on_the_server_after_a_sync_was_cut_off_stays_removed(
    office: Office, tmp_path: Path
) -> None:
    (dossier_id,) = ids = [office.new_dossier()]
    laptop = briefcase(office, tmp_path, *ids)
    try:
        add_notes(laptop, office.holder, ids, per=2)
        sync_cut_off_after_the_server(office, laptop)
        with office.server.sessions.begin() as session:  # the chair ends the loan ...
            leases.break_lease(session, as_user(office.chair), dossier_id)
        with office.server.reads() as session:
            first = dossier_document(session, dossier_id)["dossiers"][0]["timeline"][0]["id"]
        with office.server.sessions.begin() as session:  # ... and a colleague removes one
            dossiers.remove_timeline_entry(session, as_user(office.colleague), dossier_id, first)

        report = sync(office.server, laptop, as_user(office.holder))

        assert (report.failed, report.conflicts) == ([], 0)
        assert entries(office.server, dossier_id) == 1
        assert entries(laptop, dossier_id) == 1
        with office.server.reads() as session:
            assert session.scalars(select(SyncConflictRow)).all() == []
        same_everywhere(office, laptop, dossier_id)
    finally:
        laptop.close()


def test_a_note_removed_on_the_laptop_after_a_sync_was_cut_off_stays_removed(
    office: Office, tmp_path: Path
) -> None:
    (dossier_id,) = ids = [office.new_dossier()]
    laptop = briefcase(office, tmp_path, *ids)
    try:
        add_notes(laptop, office.holder, ids, per=2)
        sync_cut_off_after_the_server(office, laptop)
        assert entries(office.server, dossier_id) == 2  # pushed, but the laptop never knew
        with laptop.reads() as session:
            first = dossier_document(session, dossier_id)["dossiers"][0]["timeline"][0]["id"]
        with laptop.sessions.begin() as session:  # the holder removes one on the road
            dossiers.remove_timeline_entry(session, as_user(office.holder), dossier_id, first)

        report = sync(office.server, laptop, as_user(office.holder))

        assert (report.failed, report.conflicts) == ([], 0)
        assert entries(office.server, dossier_id) == 1
        assert entries(laptop, dossier_id) == 1
        same_everywhere(office, laptop, dossier_id)
    finally:
        laptop.close()
