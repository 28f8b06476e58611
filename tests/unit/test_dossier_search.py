"""Every page of a search is what the words and filters define, whichever way it is read.

A page of a search is read either from the matches (sorted) or by walking the dossiers in
the list's order and keeping the matches, depending on how common the matches are; the
count comes from the full-text index alone when no other filter applies. Both ways, at
every offset, must give the rows a plain filter and sort over all dossiers gives.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import text, update

from maatwerkdesk.domain.dossier import DossierFields
from maatwerkdesk.domain.vocabulary import DossierStatus
from maatwerkdesk.persistence import search
from maatwerkdesk.persistence.db import Database
from maatwerkdesk.persistence.models import DossierRow
from maatwerkdesk.services import dossiers
from maatwerkdesk.services.context import Context
from maatwerkdesk.services.dossiers import DossierQuery, SortKey

WORDS = {"terugvordering": 0.8, "zorgtoeslag": 0.3, "belgie": 0.06}
"""Title words and how often each occurs."""
QUERIES = ["", "terugvordering", "TERUG", "zorgtoeslag terugvordering", "belgie", "onbekend"]


@pytest.fixture
def listed(database: Database, context: Context) -> list[dict[str, Any]]:
    """60 dossiers, a few deleted (one outside the program), some saved at the same moment;
    returns the live ones as plain values."""
    rng = random.Random(3)
    created = []
    for number in range(60):
        words = [w for w, share in WORDS.items() if rng.random() < share]
        fields = DossierFields(
            title=" ".join(["Dossier", *words, str(number)]),
            status=rng.choice([DossierStatus.INTAKE, DossierStatus.ANALYSE]),
            owner=rng.choice(["Anna", "Piet"]),
        )
        with database.sessions.begin() as session:
            created.append((dossiers.create_dossier(session, context, fields).id, words))
    moment = datetime(2026, 5, 1, tzinfo=UTC)
    with database.sessions.begin() as session:
        for index, (dossier_id, _) in enumerate(created):
            at = moment + timedelta(hours=index // 3)  # three at a time: ties on the moment
            session.execute(
                update(DossierRow).where(DossierRow.id == dossier_id).values(updated_at=at)
            )
        for dossier_id, _ in created[5:8]:
            dossiers.delete_dossier(session, context, dossier_id)
    with database.sessions.begin() as session:
        fields = DossierFields(title=f"Weg {' '.join(WORDS)}")
        gone = dossiers.create_dossier(session, context, fields).id
    with database.engine.begin() as connection:  # deleted outside the program
        connection.execute(
            text("UPDATE dossier SET deleted_at = '2026-06-01 00:00:00' WHERE id = :id"),
            {"id": gone},
        )
    with database.reads() as session:
        rows = session.query(DossierRow).filter(DossierRow.deleted_at.is_(None)).all()
        words = dict(created)
        return [
            {
                "id": r.id,
                "words": ["dossier", *words[r.id]],
                **{key.value: getattr(r, key.value) for key in SortKey},
            }
            for r in rows
        ]


def expected(dossiers_: list[dict[str, Any]], query: DossierQuery) -> list[str]:
    terms = query.text.lower().split()
    found = [
        d
        for d in dossiers_
        if all(any(w.startswith(t) for w in d["words"]) for t in terms)
        and (query.status is None or d["status"] == query.status.value)
        and (query.owner is None or d["owner"] == query.owner)
    ]
    found.sort(key=lambda d: (d[query.sort.value], d["reference"]), reverse=query.descending)
    return [d["id"] for d in found]


def test_every_page_of_a_search_is_the_definition(
    database: Database, listed: list[dict[str, Any]], monkeypatch: pytest.MonkeyPatch
) -> None:
    ways: dict[str, int] = {"walked": 0, "sorted": 0}
    walked, collected = search.matches, search.matching_ids

    def walking(*args: Any) -> Any:
        ways["walked"] += 1
        return walked(*args)

    def collecting(*args: Any) -> Any:
        ways["sorted"] += 1
        return collected(*args)

    monkeypatch.setattr(search, "matches", walking)
    monkeypatch.setattr(search, "matching_ids", collecting)
    for text_ in QUERIES:
        for sort in SortKey:
            for descending in (False, True):
                for filters in ({}, {"status": DossierStatus.ANALYSE}, {"owner": "Piet"}):
                    query = DossierQuery(text=text_, sort=sort, descending=descending, **filters)
                    want = expected(listed, query)
                    for size in (3, 7):
                        with database.reads() as session:
                            assert dossiers.count_dossiers(session, query) == len(want)
                            known = len(want) if size == 7 else None  # as the list passes it
                            pages = [
                                dossiers.list_dossiers(
                                    session, query, offset=o, limit=size, count=known
                                )
                                for o in range(0, len(want) + size, size)
                            ]
                            first = dossiers.first_page(session, query, size)
                        assert [row.id for page in pages for row in page] == want
                        assert first == (len(want), pages[0])  # what the list shows first
    assert ways["sorted"] > 50
    # Both ways were taken, often, where the full-text index counts the matches (SQLite).
    assert ways["walked"] > 50 if database.is_sqlite else ways["walked"] == 0
