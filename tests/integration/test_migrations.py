"""Migrations: the schema they build equals the models, and existing databases survive them."""

from __future__ import annotations

import importlib
import json
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from backends import sqlite_connection
from sqlalchemy import create_engine, insert, select, text

from maatwerkdesk.domain.case_record import signed_record
from maatwerkdesk.domain.dossier import DossierFields
from maatwerkdesk.domain.people import Role
from maatwerkdesk.domain.signed_record import parse_content
from maatwerkdesk.persistence.base import Base
from maatwerkdesk.persistence.case_index import record_of
from maatwerkdesk.persistence.db import Database, open_database
from maatwerkdesk.persistence.migrate import MIGRATIONS_DIR, current_revision
from maatwerkdesk.persistence.migrations import HEAD_REVISION
from maatwerkdesk.persistence.models import (
    DossierRow,
    SignedDecisionRow,
    case_index,
    case_index_pack,
)
from maatwerkdesk.persistence.pack_reading import read_pack
from maatwerkdesk.services import audit, dossiers, integrity, users
from maatwerkdesk.services.context import Context
from maatwerkdesk.services.signed import signed_versions

CONTEXT = Context(actor="test", origin="test")


def alembic_config(connection) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


def test_head_constant_matches_the_scripts() -> None:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    assert ScriptDirectory.from_config(config).get_current_head() == HEAD_REVISION


def test_migrated_schema_matches_the_models(database: Database) -> None:
    with database.engine.connect() as connection:
        differences = compare_metadata(
            MigrationContext.configure(connection, opts={"compare_type": True}), Base.metadata
        )
    # The search indexes (FTS5 and its shadow tables on SQLite, trigrams on PostgreSQL) are
    # created by the migration on purpose.
    differences = [
        d for d in differences if "dossier_search" not in str(d) and "_trgm" not in str(d)
    ]
    assert differences == []


def test_downgrade_and_upgrade_round_trip_on_every_database(database: Database) -> None:
    """Every migration down to nothing and up again, triggers and all."""
    with database.engine.begin() as connection:
        command.downgrade(alembic_config(connection), "base")
    assert current_revision(database.engine) is None
    url = database.engine.url.render_as_string(hide_password=False)
    database.close()
    again = open_database(url, key=database.key)
    try:
        with again.sessions.begin() as session:
            dossiers.create_dossier(session, CONTEXT, DossierFields(title="Na herstel"))
        with again.reads() as session:
            found = dossiers.list_dossiers(session, dossiers.DossierQuery(text="herstel"))
        assert [d.title for d in found] == ["Na herstel"]
    finally:
        again.close()


def test_reopening_an_existing_database_keeps_its_data(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    database = open_database(path)
    with database.sessions.begin() as session:
        dossiers.create_dossier(session, CONTEXT, DossierFields(title="Blijft bestaan"))
    database.close()
    reopened = open_database(path)
    with reopened.reads() as session:
        assert [r.title for r in dossiers.list_dossiers(session, dossiers.DossierQuery())] == [
            "Blijft bestaan"
        ]
    assert current_revision(reopened.engine) == HEAD_REVISION
    reopened.close()


def test_an_older_database_is_backed_up_before_it_is_migrated(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    open_database(path).close()
    with closing(sqlite_connection(path)) as connection, connection:
        connection.execute("UPDATE alembic_version SET version_num = 'ouder'")
    engine = create_engine(f"sqlite:///{path}")
    from maatwerkdesk.persistence import migrate

    backups_before = list(tmp_path.glob("*.bak"))
    try:
        migrate.upgrade_to_head(engine)
    except Exception:  # 'ouder' is no real revision; only the backup matters here
        pass
    finally:
        engine.dispose()
    assert backups_before == []
    assert [p.name for p in tmp_path.glob("*.bak")] == ["db.sqlite3.voor-migratie-ouder.bak"]


def test_sqlite_runs_in_wal_mode_with_full_sync_and_foreign_keys(tmp_path: Path) -> None:
    database = open_database(tmp_path / "db.sqlite3")
    with database.engine.connect() as connection:
        pragma = lambda name: connection.exec_driver_sql(f"PRAGMA {name}").scalar()  # noqa: E731
        assert pragma("journal_mode") == "wal"
        assert pragma("synchronous") == 2  # FULL
        assert pragma("foreign_keys") == 1
    database.close()


LEGACY_ROWS = [
    "INSERT INTO app_user (id, created_at, updated_at, revision, name, role, active) VALUES "
    "('u1', '2026-01-01', '2026-01-01', 1, 'Karel Voorzitter', 'voorzitter', 1)",
    *(
        "INSERT INTO dossier (id, created_at, updated_at, revision, reference, title, status, "
        "owner, organisations, regulation, article, generic_outcome, knelpunt, request, notes, "
        f"doenvermogen) VALUES ('{d}', '2026-01-01', '2026-01-01', 1, 'MW-2025-0000{n}', "
        f"'Dossier {n}', 'besloten', '', '[]', 'Participatiewet', '58', '', '', '', '', '{{}}')"
        for n, d in ((1, "d1"), (2, "d2"), (3, "d3"))
    ),
    *(
        "INSERT INTO dossier_factors (id, created_at, updated_at, revision, dossier_id, "
        f"catalogue_id, catalogue_version, factors) VALUES ('f{d}', '2026-01-01', '2026-01-01', "
        f"1, '{d}', 'nl.test.factoren', '1.0', '[\"eigen-aandeel\", \"groot-bedrag\"]')"
        for d in ("d1", "d2")
    ),
    *(
        "INSERT INTO decision (id, created_at, updated_at, revision, dossier_id, outcome, "
        "outcome_type, reason, distinctions, motivation, decided_on) VALUES "
        f"('c{d}', '2026-01-01', '2026-01-01', 1, '{d}', 'deviate', 'full', "
        "'[\"eigen-aandeel\"]', '[]', 'Eerder besloten.', '2026-02-01')"
        for d in ("d1", "d2")
    ),
]


def test_decisions_from_before_signing_become_historic_precedents(tmp_path: Path) -> None:
    """A database from before personal signatures: a signed version and a decision taken
    before signing existed keep binding, as historic versions the audit trail vouches for; a
    'Besloten' dossier without a decision becomes 'Afgesloten'."""
    path = tmp_path / "db.sqlite3"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "0006")
        for statement in LEGACY_ROWS:
            connection.execute(text(statement))
        old = importlib.import_module(
            "maatwerkdesk.persistence.migrations.versions.0007_binding_decisions"
        )
        signed = {
            "id": "s1",
            "version": 1,
            "decision": {
                "outcome_type": "full",
                "degree": None,
                "reason": ["eigen-aandeel"],
                "distinctions": [],
                "motivation": "Eerder besloten.",
                "decided_on": "2026-02-01",
            },
            "factors": ["eigen-aandeel", "groot-bedrag"],
            "catalogue": "nl.test.factoren 1.0",
            "departed_from": [],
            "departure_motivation": "",
            "signed_by": "u1",
            "signed_at": datetime(2026, 2, 1, 10, 0, tzinfo=UTC),
        }
        fingerprint = old._old_fingerprint(old._Shaped(signed), "MW-2025-00001")
        connection.execute(
            text(
                "INSERT INTO signed_decision (id, created_at, updated_at, revision, dossier_id, "
                "version, decision, factors, catalogue, departed_from, departure_motivation, "
                "signed_by, signed_by_name, signed_at, meeting_reference, change_reason, "
                "fingerprint) VALUES ('s1', '2026-02-01', '2026-02-01', 1, 'd1', 1, :decision, "
                ":factors, 'nl.test.factoren 1.0', '[]', '', 'u1', 'Karel Voorzitter', "
                "'2026-02-01 10:00:00.000000', 'CO-2026-001', '', :fingerprint)"
            ),
            {
                "decision": json.dumps(signed["decision"]),
                "factors": json.dumps(signed["factors"]),
                "fingerprint": fingerprint,
            },
        )
    engine.dispose()
    database = open_database(path)  # upgrades to head
    with database.sessions() as session:
        assert audit.verify_trail(session).broken is None
        assert integrity.broken_dossiers(session) == []
        rows = session.scalars(select(SignedDecisionRow).order_by(SignedDecisionRow.dossier_id))
        found = [(r.dossier_id, r.kind) for r in rows]
        assert found == [("d1", "historic"), ("d2", "historic")]
        first = signed_versions(session, "d1")[0]
        assert first.intact and "Karel Voorzitter" in first.source
        statuses = {
            r.id: r.status for r in session.execute(select(DossierRow.id, DossierRow.status))
        }
        assert statuses == {"d1": "besloten", "d2": "besloten", "d3": "afgesloten"}
        # 0008 indexes what binds: a row per binding version, derived from its content.
        versions = {r.dossier_id: r for r in session.scalars(select(SignedDecisionRow))}
        indexed = session.execute(select(case_index).order_by(case_index.c.source_key)).all()
        assert [(r.source_key, r.live, r.stale, r.version) for r in indexed] == [
            (f"s:{d}", True, False, versions[d].content_hash) for d in ("d1", "d2")
        ]
        assert [record_of(r) for r in indexed] == [
            signed_record(parse_content(versions[d].content.encode()), versions[d].content_hash)
            for d in ("d1", "d2")
        ]
    database.close()


def test_each_user_keeps_their_one_role_as_their_roles(database: Database) -> None:
    """0011: `role` becomes `roles`; a user had one role and has it still, and no login."""
    with database.engine.begin() as connection:
        command.downgrade(alembic_config(connection), "0010")
        connection.execute(
            text(
                "INSERT INTO app_user (id, created_at, updated_at, revision, name, role, active) "
                "VALUES ('u1', :now, :now, 1, 'Karel Voorzitter', 'voorzitter', :yes)"
            ),
            {"now": datetime(2026, 1, 1, tzinfo=UTC), "yes": True},
        )
        command.upgrade(alembic_config(connection), "head")
    with database.reads() as session:
        (karel,) = users.list_users(session)
        login = session.scalar(text("SELECT login FROM app_user"))
    assert (karel.name, karel.roles, login) == ("Karel Voorzitter", (Role.CHAIR,), None)


@pytest.mark.postgresql_only
def test_a_server_keeps_the_precedent_pack_uncompressed(database: Database) -> None:
    """0021: a pack is read a piece at a time, which on a compressed value means
    decompressing it from its start for every piece; a pack stored before is stored anew."""
    pack = bytes(3 << 20)  # three megabytes of zeros: compressed unless told not to
    with database.engine.begin() as connection:
        command.downgrade(alembic_config(connection), "0020")
        connection.execute(insert(case_index_pack), {"catalogue_id": "oud", "seq": 1, "data": pack})
        assert _compression(connection, "oud") == "pglz"
        command.upgrade(alembic_config(connection), "head")
        connection.execute(
            insert(case_index_pack), {"catalogue_id": "nieuw", "seq": 1, "data": pack}
        )
    with database.engine.connect() as connection:
        assert _compression(connection, "oud") is None
        assert _compression(connection, "nieuw") is None
        assert read_pack(connection, "oud") == pack
        assert read_pack(connection, "nieuw") == pack


def _compression(connection, catalogue_id: str) -> str | None:
    return connection.execute(
        text("SELECT pg_column_compression(data) FROM case_index_pack WHERE catalogue_id = :c"),
        {"c": catalogue_id},
    ).scalar_one()
