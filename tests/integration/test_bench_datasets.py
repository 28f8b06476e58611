"""The benches measure databases the program accepts: what bench/dataset.py writes in bulk
has an intact audit trail, no dossier changed outside the program, and every decided case
binds, with the precedent-index row the program itself derives from its version. The same
holds for a dataset copied to a PostgreSQL server (bench/server.py), which answers the
precedent check and the search as the SQLite file does."""

from __future__ import annotations

import importlib.util
import os
import sys
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from types import ModuleType
from typing import TypeVar

import keyring
import pytest
from backends import PostgresServer, connect
from profiles import Profile
from sqlalchemy import select, text
from test_cli import ok

from maatwerkdesk.domain.case_record import SIGNED_KEY
from maatwerkdesk.infra import checked_cases
from maatwerkdesk.persistence.case_index import latest_versions, record_of, signed_derived
from maatwerkdesk.persistence.db import Database
from maatwerkdesk.persistence.models import SignedDecisionRow, case_index
from maatwerkdesk.services import audit, catalogues, dossiers, integrity
from maatwerkdesk.services.case_base_store import case_base, forget_loaded
from maatwerkdesk.services.similar_deviations import plain_count, similar_deviations


def _load_bench(name: str) -> ModuleType:
    """The bench module `name`. Loading the benches' figures.py points this process and its
    children at the benches' keyring file; the tests' own (memory_keyring.py) is put back,
    or a child process of a later test would not find the keys of its databases."""
    path = Path(__file__).parents[2] / "bench" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"bench_{name}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look themselves up there
    environ, backend = dict(os.environ), keyring.get_keyring()
    try:
        spec.loader.exec_module(module)
    finally:
        os.environ.clear()
        os.environ.update(environ)
        keyring.set_keyring(backend)
    return module


T = TypeVar("T")
dataset = _load_bench("dataset")
bench_server = _load_bench("server")


@pytest.fixture(autouse=True)
def new_computer() -> Iterator[None]:
    """Nothing checked or held before, and nothing left for the next test."""
    checked_cases.remember_in(None)
    forget_loaded()
    yield
    checked_cases.remember_in(None)
    forget_loaded()


def assert_accepted(path: Path | str, decided: int) -> dict[str, int]:
    """The checks of `audit verify`, the index against its sources, and what binds on a
    computer that never read the file; the versions per kind."""
    checked_cases.remember_in(None)
    forget_loaded()
    database = dataset.opened(path)
    try:
        with database.reads() as session:
            assert audit.verify_trail(session).broken is None
            assert integrity.broken_dossiers(session) == []
            kinds = session.execute(select(SignedDecisionRow.kind)).scalars().all()
        with database.engine.connect() as connection:
            rows = connection.execute(select(case_index)).all()
            ids = [row.source_key.removeprefix(SIGNED_KEY) for row in rows]
            latest = latest_versions(connection, ids)
            for row, dossier_id in zip(rows, ids, strict=True):
                derived = signed_derived(dossier_id, latest.get(dossier_id))
                assert (derived.catalogue_id, derived.record, derived.key_id) == (
                    row.catalogue_id,
                    record_of(row),
                    row.key_id,
                )
        assert len(rows) == len(kinds) == decided
        with database.reads() as session:
            catalogue = next(
                c
                for c in catalogues.known_catalogues(session).factor_choices(date.today())
                if c.header.id == rows[0].catalogue_id
            )
            assert len(case_base(session, catalogue)) == decided
    finally:
        database.close()
    return {kind: kinds.count(kind) for kind in set(kinds)}


def test_decided_cases_bind_signed_and_historic_with_the_index_the_program_derives(
    tmp_path: Path,
) -> None:
    base = dataset.build_decided(tmp_path / "beslist.sqlite3", 150, dossiers=3)
    kinds = assert_accepted(base.path, 150)
    assert set(kinds) == {"signed", "historic"}
    assert len(base.queries) == 3
    # The build checked and packed the index for its profile: a bench reuses both.
    assert dataset.build_decided(base.path, 150, dossiers=3) == base


def test_a_meeting_against_decided_cases_counts_similar_deviations_as_defined(
    tmp_path: Path,
) -> None:
    path = dataset.build_meeting(tmp_path / "overleg.sqlite3", 120)
    assert assert_accepted(path, 120) == {"historic": 120}
    database = dataset.opened(path)
    try:
        agenda = dataset.agenda_ids(database)
        assert len(agenda) == dataset.AGENDA
        with database.reads() as session:
            counted = [similar_deviations(session, dossier_id) for dossier_id in agenda]
            regulations = [dataset.ARTICLES[n % 4][:2] for n in range(len(agenda))]
            plain = [
                plain_count(session, dossier_id, regulation.lower(), article.lower())
                for dossier_id, (regulation, article) in zip(agenda, regulations, strict=True)
            ]
        assert counted == plain and max(counted) > 0
    finally:
        database.close()


def test_the_list_database_holds_no_decided_dossier_without_its_decision(
    tmp_path: Path,
) -> None:
    path = dataset.build(tmp_path / "lijst.sqlite3", 300)
    database = dataset.opened(path)
    try:
        with database.reads() as session:
            assert audit.verify_trail(session).broken is None
            assert integrity.broken_dossiers(session) == []
    finally:
        database.close()


def copied(server: PostgresServer, name: str, path: Path) -> str:
    """The rows of the SQLite database `path` on the server's database `name`; its URL."""
    url = server.url_of(name)
    bench_server.copy_rows(path, url)
    return url


def test_decided_cases_copied_to_a_server_bind_and_check_as_on_sqlite(
    tmp_path: Path, server: PostgresServer, server_database: str
) -> None:
    base = dataset.build_decided(tmp_path / "beslist.sqlite3", 150, dossiers=3)
    url = copied(server, server_database, base.path)
    assert assert_accepted(url, 150) == assert_accepted(base.path, 150)
    on_file, on_server = (
        Profile(tmp_path / name, db) for name, db in (("a", str(base.path)), ("b", url))
    )
    verified = [ok(p, "audit", "verify") for p in (on_file, on_server)]
    assert verified[0] == verified[1] and "intact" in verified[0]
    for reference in base.queries:
        assert ok(on_server, "assess", reference, "--json") == ok(
            on_file, "assess", reference, "--json"
        )
    with connect(url) as connection:  # what the server adds next follows what was copied
        for table, key in (("case_index", "id"), ("search_document", "key")):
            after = connection.execute(
                text(f"SELECT nextval(pg_get_serial_sequence('{table}', '{key}'))")
            ).scalar_one()
            highest = connection.execute(text(f"SELECT max({key}) FROM {table}")).scalar_one()
            assert after > highest


def answers(targets: tuple[Path, str], ask: Callable[[Database], T]) -> list[T]:
    """What each database answers to `ask`: the SQLite file, then its copy on the server."""
    found = []
    for target in targets:
        database = dataset.opened(target)
        try:
            found.append(ask(database))
        finally:
            database.close()
    return found


def test_a_list_copied_to_a_server_finds_what_the_file_finds(
    tmp_path: Path, server: PostgresServer, server_database: str
) -> None:
    path = dataset.build(tmp_path / "lijst.sqlite3", 300)

    def found(database: Database) -> list[list[str]]:
        with database.reads() as session:
            assert audit.verify_trail(session).broken is None
            return [
                [s.id for s in dossiers.list_dossiers(session, query, limit=None)]
                for query in (
                    dossiers.DossierQuery(text=words)
                    for words in ("terugvordering", "zorgtoeslag belgie", "MW-2019", "")
                )
            ]

    on_file, on_server = answers((path, copied(server, server_database, path)), found)
    assert on_server == on_file and all(on_file[:3]) and len(on_file[3]) == 300


def test_a_meeting_copied_to_a_server_counts_similar_deviations_as_on_sqlite(
    tmp_path: Path, server: PostgresServer, server_database: str
) -> None:
    path = dataset.build_meeting(tmp_path / "overleg.sqlite3", 120)

    def counted(database: Database) -> list[int]:
        agenda = dataset.agenda_ids(database)
        with database.reads() as session:
            return [similar_deviations(session, dossier_id) for dossier_id in agenda]

    on_file, on_server = answers((path, copied(server, server_database, path)), counted)
    assert on_server == on_file and max(on_file) > 0
