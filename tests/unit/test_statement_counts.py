"""How many SQL statements each use case sends: on a team database each is a round trip.

Counted from the service call, as the command line and the app make it, with the caller's
transaction already begun, and with the precedent index already read by this program (as
in the running app; the first read in a program adds a few statements once, see
docs/architecture.md, "Round trips"). A use case that starts reading per row, per agenda
item or per service again fails here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from conference_team import Team, plan, prepare, ship
from sqlalchemy import select
from sqlalchemy.orm import Session
from statement_counts import Statements, counted

from maatwerkdesk.domain.conference import Stance
from maatwerkdesk.domain.vocabulary import DossierStatus
from maatwerkdesk.persistence.db import Database
from maatwerkdesk.persistence.models import DossierRow
from maatwerkdesk.services import (
    conference_pack,
    document_export,
    dossiers,
    meetings,
    precedents,
    signing,
)
from maatwerkdesk.services.case_base_store import forget_loaded, pack_case_bases
from maatwerkdesk.services.context import Context
from maatwerkdesk.services.demo import add_demo_dossiers
from maatwerkdesk.services.dossier_check import load_check
from maatwerkdesk.services.integrity import broken_dossiers
from maatwerkdesk.services.minutes import minutes_document

TODAY = date(2026, 12, 1)
CONTEXT = Context(actor="test", origin="test", today=TODAY)
DOCUMENT = 15
"""Statements for one decision document, whatever the dossier's state."""
PACK_PER_DOSSIER = 5
"""Statements a conference pack takes for each dossier on it (besides a few in all)."""


@pytest.fixture
def demo(database: Database) -> Iterator[Database]:
    with database.sessions.begin() as session:
        add_demo_dossiers(session, CONTEXT, 30, 3)
    yield database


@pytest.fixture
def team(database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Team:
    ship(tmp_path, monkeypatch)
    return Team(database)


def statements(
    database: Database,
    use_case: Callable[[Session], Any],
    *,
    writes: bool = False,
    first_read: bool = False,
) -> Statements:
    """What `use_case` sends inside a transaction that has begun; the precedent index is
    read first, as a running program has it. `first_read`: as a program that has not
    read the index yet (the command line), on a computer that checked it before."""
    sessions = database.sessions if writes else database.reads
    for counting in (False, True):
        if counting and first_read:
            forget_loaded()
        with sessions() as session, session.begin():
            session.connection()
            with counted(database.engine) as sent:
                use_case(session)
                session.flush()  # what the use case wrote is sent at the latest on commit
            session.rollback()
    assert counting
    return sent


def _ids(database: Database, *statuses: DossierStatus) -> list[str]:
    with database.reads() as session:
        rows = dossiers.list_dossiers(session, dossiers.DossierQuery(), limit=None)
    return [r.id for r in rows if not statuses or r.status in statuses]


def _dossier_reads(sent: Statements) -> int:
    """The statements that read dossier rows whole (a count or a title are not that)."""
    return sum("dossier.knelpunt" in statement for statement in sent)


def _document(dossier_id: str, context: Context = CONTEXT) -> Callable[[Session], Any]:
    return lambda s: document_export.load_decision_document(s, context, dossier_id, TODAY)


def test_the_counter_sees_lazy_loads_and_autoflushes(demo: Database) -> None:
    with demo.sessions() as session, session.begin():
        session.connection()
        with counted(demo.engine) as sent:
            row = session.scalars(select(DossierRow).limit(1)).one()
            assert row.timeline is not None  # a lazy load
        assert len(sent) == 2
        with counted(demo.engine) as sent:
            row.title = "Gewijzigd"
            dossiers.owners(session)  # flushes the change first
        assert len(sent) == 2 and sent[0].startswith("UPDATE")
        session.rollback()


@pytest.mark.parametrize(
    "query",
    [
        dossiers.DossierQuery(),
        dossiers.DossierQuery(sort=dossiers.SortKey.TITLE, descending=False),
        dossiers.DossierQuery(status=DossierStatus.TER_BESPREKING),
        dossiers.DossierQuery(owner="Anouk Verhoef", text="uitkering"),
        dossiers.DossierQuery(text="uitkering", sort=dossiers.SortKey.TITLE),
    ],
)
def test_the_first_page_of_the_list_is_one_statement(
    demo: Database, query: dossiers.DossierQuery
) -> None:
    sent = statements(demo, lambda s: dossiers.first_page(s, query, 200))
    assert len(sent) == 1, sent


def test_a_search_the_full_text_index_counts_takes_two(demo: Database) -> None:
    """Its count decides whether the page is read walking the list's order; where there
    is no such index (a server), a search is counted with the rows like any filter."""
    query = dossiers.DossierQuery(text="uitkering")
    sent = statements(demo, lambda s: dossiers.first_page(s, query, 200))
    assert len(sent) == (2 if demo.is_sqlite else 1), sent


@pytest.mark.parametrize("status", list(DossierStatus))
def test_a_decision_document_reads_each_part_once(demo: Database, status: DossierStatus) -> None:
    for dossier_id in _ids(demo, status)[:3]:
        sent = statements(demo, _document(dossier_id))
        assert len(sent) <= DOCUMENT, sent
        assert _dossier_reads(sent) == 1, sent


def test_the_command_line_reads_the_precedent_index_within_the_bound(demo: Database) -> None:
    """Its first read in a program takes the pack and the rows changed since."""
    pack_case_bases(demo.engine)
    for status in (DossierStatus.TER_BESPREKING, DossierStatus.BESLOTEN):
        dossier_id = _ids(demo, status)[0]
        warm = statements(demo, _document(dossier_id))
        sent = statements(demo, _document(dossier_id), first_read=True)
        assert len(sent) <= DOCUMENT, sent
        assert "case_index" not in warm.tables() and "case_index" in sent.tables()
        assert any("case_index_pack" in statement for statement in sent)


def test_a_signed_decision_with_advice_and_versions_reads_each_part_once(team: Team) -> None:
    dossier_id = prepare(team)
    _meeting, item_id = plan(team, dossier_id)
    for member in (team.legal, team.income):
        team.run(
            member, lambda s, c: meetings.give_advice(s, c, item_id, Stance.SUPPORT, "Akkoord.")
        )
    team.run(team.chair, lambda s, c: signing.sign(s, c, item_id))
    sent = statements(team.database, _document(dossier_id, team.context(team.reader)))
    assert len(sent) <= DOCUMENT, sent
    assert {"meeting_member", "advice", "signing_key", "signed_decision"} <= set(sent.tables())


def test_a_pack_takes_a_few_statements_per_dossier(demo: Database) -> None:
    ids = _ids(demo)

    def pack(count: int) -> Statements:
        return statements(
            demo, lambda s: conference_pack.build_pack(s, CONTEXT, ids[:count], TODAY).document
        )

    one, ten = pack(1), pack(10)
    per_dossier = (len(ten) - len(one)) / 9
    assert per_dossier <= PACK_PER_DOSSIER, (one, ten)
    assert len(one) <= DOCUMENT, one
    assert _dossier_reads(ten) == 1, ten


def test_the_minutes_read_the_meeting_and_its_versions_at_once(demo: Database) -> None:
    with demo.reads() as session:
        (meeting,) = meetings.list_meetings(session)
    assert meeting.items >= 5
    sent = statements(demo, lambda s: minutes_document(s, meeting.id, TODAY))
    assert len(sent) <= 5, sent


def test_audit_verify_checks_the_signed_records_together(demo: Database) -> None:
    assert len(_ids(demo, DossierStatus.BESLOTEN, DossierStatus.AFGESLOTEN)) >= 10
    sent = statements(demo, broken_dossiers)
    assert len(sent) <= 8, sent


def test_the_checks_the_app_and_assess_make_stay_few(team: Team) -> None:
    """Not bound by a promise, but by what they take now (writes included), so that they
    do not grow: a tab's check, the audited check of `assess`, saving the factors, and
    opening a dossier in the editor."""
    dossier_id = prepare(team)
    plan(team, dossier_id)
    reader, caseworker = team.context(team.reader), team.context(team.caseworker)
    tab = statements(team.database, lambda s: load_check(s, reader, dossier_id, audit_read=False))
    assert len(tab) <= 12, tab
    audited = statements(team.database, lambda s: load_check(s, reader, dossier_id), writes=True)
    assert len(audited) <= 15, audited
    with team.database.reads() as session:
        state = precedents.load_precedents(session, caseworker, dossier_id)
    assert state.catalogue is not None and len(state.factors) > 1
    ref, fewer = state.catalogue.ref, state.factors - {min(state.factors)}
    saved = statements(
        team.database,
        lambda s: precedents.save_factors(s, caseworker, dossier_id, ref, fewer),
        writes=True,
    )
    # the decision loses a reason: written too; and whether a colleague has it on loan
    assert len(saved) <= 20, saved
    opened = statements(
        team.database, lambda s: dossiers.open_dossier(s, caseworker, dossier_id), writes=True
    )
    assert len(opened) <= 7, opened
