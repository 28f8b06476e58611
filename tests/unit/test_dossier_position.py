"""dossier_position agrees with the order of list_dossiers, ties and filters included."""

from __future__ import annotations

import pytest

from maatwerkdesk.domain.dossier import DossierFields
from maatwerkdesk.domain.vocabulary import DossierStatus
from maatwerkdesk.services import dossiers
from maatwerkdesk.services.dossiers import DossierQuery, SortKey


@pytest.fixture
def ids(database, context) -> list[str]:
    owners = ["B. Yilmaz", "A. de Vries", "B. Yilmaz", "", "C. Jansen", "A. de Vries"]
    statuses = list(DossierStatus)
    with database.sessions.begin() as session:
        return [
            dossiers.create_dossier(
                session,
                context,
                DossierFields(
                    title=f"Dossier {(n * 7) % 4}",  # repeated titles: ties
                    owner=owner,
                    status=statuses[n % len(statuses)],
                ),
            ).id
            for n, owner in enumerate(owners)
        ]


@pytest.mark.parametrize("sort", list(SortKey))
@pytest.mark.parametrize("descending", [False, True])
def test_position_matches_the_listed_order(database, ids, sort, descending) -> None:
    query = DossierQuery(sort=sort, descending=descending)
    with database.reads() as session:
        listed = [row.id for row in dossiers.list_dossiers(session, query, limit=None)]
        positions = [dossiers.dossier_position(session, query, i) for i in listed]
    assert positions == list(range(len(ids)))


def test_a_dossier_outside_the_filter_or_deleted_has_no_position(database, context, ids) -> None:
    with database.sessions.begin() as session:
        dossiers.delete_dossier(session, context, ids[0])
    with database.reads() as session:
        assert dossiers.dossier_position(session, DossierQuery(), ids[0]) is None
        only_jansen = DossierQuery(owner="C. Jansen")
        assert dossiers.dossier_position(session, only_jansen, ids[4]) == 0
        assert dossiers.dossier_position(session, only_jansen, ids[1]) is None
