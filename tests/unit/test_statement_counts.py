"""How many SQL statements each use case sends: on a team database each is a round trip.

Counted from the service call, as the command line and the app make it, with the caller's
transaction already begun; the bounds are what the program promises (docs/architecture.md,
"Round trips"). A use case that starts reading per row or per item again fails here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session
from statement_counts import Statements, counted

from maatwerkdesk.domain.vocabulary import DossierStatus
from maatwerkdesk.persistence.db import Database
from maatwerkdesk.persistence.models import DossierRow
from maatwerkdesk.services import dossiers
from maatwerkdesk.services.context import Context
from maatwerkdesk.services.demo import add_demo_dossiers

TODAY = date(2026, 12, 1)
CONTEXT = Context(actor="test", origin="test", today=TODAY)


@pytest.fixture
def demo(database: Database) -> Iterator[Database]:
    with database.sessions.begin() as session:
        add_demo_dossiers(session, CONTEXT, 30, 3)
    yield database


def statements(database: Database, use_case: Callable[[Session], Any]) -> Statements:
    """What `use_case` sends inside a read transaction that has begun."""
    with database.reads() as session, session.begin():
        session.connection()
        with counted(database.engine) as sent:
            use_case(session)
    return sent


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
    """Its count decides whether the page is read walking the list's order."""
    query = dossiers.DossierQuery(text="uitkering")
    sent = statements(demo, lambda s: dossiers.first_page(s, query, 200))
    assert len(sent) == 2, sent
