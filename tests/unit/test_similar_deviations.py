"""The "similar deviations" count read from its index equals the definition, whoever writes.

The index (`bound_deviation` and its counts per regulation and article) is kept by
triggers, so it must follow every way the rows it depends on change: the services, a functioneel beheerder voiding a version, and a database
changed outside the program. A seeded random history of such changes is replayed, and after
every step the indexed count of every dossier is compared with the plain query.
"""

from __future__ import annotations

import contextlib
import random
from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config
from catalogue_samples import ship_samples
from precedent_fixtures import TEST_FACTORS, decided, new_dossier
from sqlalchemy import inspect, select, text
from sqlalchemy.exc import IntegrityError

from maatwerkdesk.domain.decision import Decision, OutcomeType
from maatwerkdesk.domain.dossier import DossierFields
from maatwerkdesk.domain.errors import DomainError
from maatwerkdesk.domain.vocabulary import DossierStatus
from maatwerkdesk.persistence.db import Database
from maatwerkdesk.persistence.migrate import MIGRATIONS_DIR
from maatwerkdesk.persistence.models import DossierRow
from maatwerkdesk.services import dossiers, precedents
from maatwerkdesk.services.context import Context
from maatwerkdesk.services.historic import register_historic
from maatwerkdesk.services.similar_deviations import plain_count, similar_deviations

REGULATIONS = [*["Participatiewet"] * 3, "PARTICIPATIEWET ", "Wet Één", "wet één", ""]
ARTICLES = [*["58"] * 3, "Art. 58", "art. 58 ", ""]
"""Spelled as people type them: case, spaces and letters that only Python lowers differ."""
DEVIATIONS = [
    Decision(OutcomeType.FULL, reason=frozenset({"eigen-aandeel"})),
    Decision(OutcomeType.PARTIAL),
]
DECISIONS = [*DEVIATIONS, Decision(OutcomeType.REFUSE, reason=frozenset({"groot-bedrag"}))]
"""Only deviations are registered as binding, so that none contradicts another."""
FACTORS = frozenset({"eigen-aandeel", "kinderen", "groot-bedrag"})
OUTSIDE = [  # changes made outside the program: the triggers must follow them too
    "UPDATE dossier SET regulation = :text WHERE id = :id",
    "UPDATE dossier SET article = :text WHERE id = :id",
    "UPDATE dossier SET deleted_at = CURRENT_TIMESTAMP WHERE id = :id",
    "UPDATE dossier SET deleted_at = NULL WHERE id = :id",
    "UPDATE decision SET outcome = 'generic' WHERE dossier_id = :id",
    "UPDATE decision SET outcome = 'deviate' WHERE dossier_id = :id",
    "UPDATE decision SET deleted_at = CURRENT_TIMESTAMP WHERE dossier_id = :id",
    "UPDATE decision SET deleted_at = NULL WHERE dossier_id = :id",
    "UPDATE signed_decision SET deleted_at = CURRENT_TIMESTAMP WHERE dossier_id = :id",
    "UPDATE signed_decision SET deleted_at = NULL WHERE dossier_id = :id",
    "DELETE FROM decision WHERE dossier_id = :id",
    "DELETE FROM signed_decision WHERE dossier_id = :id",
    "UPDATE decision SET dossier_id = :other WHERE dossier_id = :id "
    "AND NOT EXISTS (SELECT 1 FROM decision WHERE dossier_id = :other)",
    "UPDATE signed_decision SET dossier_id = :other WHERE dossier_id = :id "
    "AND NOT EXISTS (SELECT 1 FROM signed_decision WHERE dossier_id = :other)",
]


@pytest.fixture(autouse=True)
def shipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ship_samples(tmp_path / "catalogues", monkeypatch)


def create(database: Database, context: Context, rng: random.Random) -> str:
    fields = DossierFields(
        title="Terugvordering", regulation=rng.choice(REGULATIONS), article=rng.choice(ARTICLES)
    )
    with database.sessions.begin() as session:
        dossier_id = dossiers.create_dossier(session, context, fields).id
        precedents.save_factors(session, context, dossier_id, TEST_FACTORS, FACTORS)
    return dossier_id


def through_the_program(
    database: Database, context: Context, rng: random.Random, dossier_id: str
) -> None:
    """One change a caseworker or the command line can make, if the program allows it.
    (After a version was voided outside the program, registering the decision again may
    collide with the voided version: the database refuses, which is beside the point here.)"""
    with contextlib.suppress(DomainError, IntegrityError), database.sessions.begin() as session:
        step = rng.choices(range(5), [6, 2, 1, 2, 1])[0]
        if step == 0:
            precedents.save_decision(session, context, dossier_id, rng.choice(DEVIATIONS))
            register_historic(session, context, dossier_id, "Besluit uit het zaaksysteem")
        elif step == 1:
            precedents.save_decision(session, context, dossier_id, rng.choice(DECISIONS))
        elif step == 2:
            precedents.save_decision(session, context, dossier_id, None)
        elif step == 3:
            record = dossiers.open_dossier(session, context, dossier_id)
            row = session.get(DossierRow, dossier_id)
            assert row is not None
            fields = DossierFields(
                title=record.fields.title,
                status=DossierStatus.ANALYSE,
                regulation=rng.choice(REGULATIONS),
                article=rng.choice(ARTICLES),
            )
            dossiers.update_dossier(
                session, context, dossier_id, fields, expected_revision=row.revision
            )
        else:
            dossiers.delete_dossier(session, context, dossier_id)


def assert_index_matches_definition(database: Database) -> list[int]:
    """Compare every live dossier's count; returns the counts."""
    counts = []
    with database.reads() as session:
        live = session.execute(
            select(DossierRow.id, DossierRow.regulation, DossierRow.article).where(
                DossierRow.deleted_at.is_(None)
            )
        ).all()
        for dossier_id, regulation, article in live:
            expected = (
                plain_count(
                    session, dossier_id, regulation.strip().lower(), article.strip().lower()
                )
                if regulation.strip()
                else 0
            )
            assert similar_deviations(session, dossier_id) == expected
            counts.append(expected)
    return counts


def test_the_indexed_count_equals_the_definition_after_every_change(
    database: Database, context: Context
) -> None:
    rng = random.Random(14)
    ids = [create(database, context, rng) for _ in range(16)]
    highest = 0
    for _ in range(150):
        if rng.random() < 0.05:
            ids.append(create(database, context, rng))
        elif rng.random() < 0.75:
            through_the_program(database, context, rng, rng.choice(ids))
        else:
            with database.engine.begin() as connection:
                signed = set(connection.scalars(text("SELECT dossier_id FROM signed_decision")))
                bound = [i for i in ids if i in signed]
                connection.execute(
                    text(rng.choice(OUTSIDE)),
                    {
                        "id": rng.choice(bound if bound and rng.random() < 0.6 else ids),
                        "other": rng.choice(ids),
                        "text": rng.choice(REGULATIONS + ARTICLES),
                    },
                )
        highest = max(highest, *assert_index_matches_definition(database))
    assert highest >= 3  # the history reached dossiers with several similar deviations


def test_the_schema_upgrade_indexes_the_deviations_already_there(
    database: Database, context: Context
) -> None:
    for _ in range(3):
        decided(database, context, {"eigen-aandeel"}, Decision(OutcomeType.FULL))
    decided(database, context, {"groot-bedrag"}, Decision(OutcomeType.REFUSE))
    new_dossier(database, context)
    before = assert_index_matches_definition(database)
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0008")  # from before the index
        assert "bound_deviation" not in inspect(connection).get_table_names()
        command.upgrade(config, "head")
    assert assert_index_matches_definition(database) == before and max(before) == 3
