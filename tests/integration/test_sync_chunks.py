"""A sync takes the briefcase's dossiers a hundred at a time: the team database hears a
number of statements that does not grow with the dossiers that changed, and a dossier
that cannot be synchronised keeps none of the others in its hundred back."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from briefcases import make_briefcase
from sqlalchemy import func, select
from statement_counts import Statements, counted
from test_sync import TODAY, Office, as_user

from maatwerkdesk.domain.dossier import TimelineEntry
from maatwerkdesk.domain.people import User
from maatwerkdesk.domain.vocabulary import TimelineKind
from maatwerkdesk.persistence.base import utc_now
from maatwerkdesk.persistence.db import Database
from maatwerkdesk.persistence.models import (
    AuditRow,
    BriefcaseDossierRow,
    DossierRow,
    TimelineEntryRow,
)
from maatwerkdesk.services import dossiers, leases
from maatwerkdesk.services.dossier_apply import dossier_entry
from maatwerkdesk.services.exchange import dossier_documents
from maatwerkdesk.services.sync import CHUNK, pending_changes, sync

MANY = 2 * CHUNK


class Team(Office):
    """The office of the sync's tests, with many dossiers at once."""

    def new_dossiers(self, count: int) -> list[str]:
        return [self.new_dossier(f"Huurschuld {n}") for n in range(count)]


def add_notes(laptop: Database, holder: User, dossier_ids: list[str], per: int) -> None:
    with laptop.sessions.begin() as session:
        for dossier_id in dossier_ids:
            for n in range(per):
                entry = TimelineEntry(TODAY, TimelineKind.NOTE, f"Huisbezoek, notitie {n + 1}")
                dossiers.add_timeline_entry(session, as_user(holder), dossier_id, entry)


def entries(database: Database, dossier_id: str) -> int:
    with database.reads() as session:
        return (
            session.scalar(
                select(func.count())
                .select_from(TimelineEntryRow)
                .where(
                    TimelineEntryRow.dossier_id == dossier_id, TimelineEntryRow.deleted_at.is_(None)
                )
            )
            or 0
        )


@pytest.fixture
def team(database: Database) -> Team:
    return Team(database)


def test_a_sync_of_many_dossiers_sends_as_many_statements_for_few_changed_as_for_all(
    team: Team, tmp_path: Path
) -> None:
    ids = sorted(team.new_dossiers(MANY))  # in the order the sync takes them
    laptop = make_briefcase(team.server, tmp_path / "koffer.sqlite3", as_user(team.holder), ids)
    try:
        few = ids[:: CHUNK // 2]  # two in each hundred
        counts = []
        for changed in (few, ids):
            add_notes(laptop, team.holder, changed, per=2)
            with counted(team.server.engine) as statements:
                report = sync(team.server, laptop, as_user(team.holder))
            assert (report.pushed, report.failed) == (len(changed), [])
            counts.append([s for s in statements if not s.startswith("PRAGMA")])  # a new
            # connection's set-up on SQLite: not the sync's
        some, every = counts
        # Two hundred dossiers with four hundred new entries: fewer statements than
        # dossiers, and no more than for four of them changed (per hundred, not per one).
        assert len(every) < MANY, every
        assert len(every) <= len(some), (Statements(some), Statements(every))
        assert [entries(team.server, d) for d in ids] == [4 if d in few else 2 for d in ids]
        assert pending_changes(laptop) == 0
        # What the laptop keeps as the server's copy, known without reading it again after
        # the additions were written together, is what the server holds, read afresh.
        with team.server.reads() as session:
            held = dossier_documents(session, ids)
            revisions = {
                i: r for i, r in session.execute(select(DossierRow.id, DossierRow.revision))
            }
        with laptop.reads() as session:
            bases = {row.dossier_id: row for row in session.scalars(select(BriefcaseDossierRow))}
        for dossier_id in ids:
            base = bases[dossier_id]
            assert base.base is not None and base.base_revision == revisions[dossier_id]
            assert dossier_entry(base.base) == dossier_entry(held[dossier_id]), dossier_id
        with team.server.reads() as session:
            synced = session.scalar(
                select(func.count()).select_from(AuditRow).where(AuditRow.name == "dossier.sync")
            )
        assert synced == len(few) + MANY  # one record per dossier and sync, bulk or not
    finally:
        laptop.close()


def test_a_dossier_that_cannot_be_synchronised_keeps_none_of_the_others_back(
    team: Team, tmp_path: Path
) -> None:
    ids = team.new_dossiers(3)
    away = ids[1]
    laptop = make_briefcase(team.server, tmp_path / "koffer.sqlite3", as_user(team.holder), ids)
    try:
        add_notes(laptop, team.holder, ids, per=1)
        with team.server.sessions.begin() as session:  # the chair hands it to a colleague
            leases.break_lease(session, as_user(team.chair), away)
        with team.server.sessions.begin() as session:
            until = utc_now() + timedelta(days=3)
            leases.take(session, as_user(team.colleague), [away], "laptop-2", until)

        report = sync(team.server, laptop, as_user(team.holder))

        assert report.pushed == 2
        assert len(report.failed) == 1 and "Cor Collega" in report.failed[0], report.failed
        assert [entries(team.server, d) for d in ids] == [1, 0, 1]
        assert entries(laptop, away) == 1  # kept on the laptop, tried again next time
        assert pending_changes(laptop) == 1
    finally:
        laptop.close()
