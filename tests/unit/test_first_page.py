"""The first page read straight from the database with its driver is the page the services
list, or nothing: from an SQLite file and from a PostgreSQL server alike."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from backends import TEST_KEY, PostgresServer, sqlite_connection
from sqlalchemy import text

from maatwerkdesk.domain.dossier import DossierFields
from maatwerkdesk.domain.vocabulary import DossierStatus
from maatwerkdesk.infra import store_keys
from maatwerkdesk.persistence import cipher
from maatwerkdesk.persistence.db import Database, open_database
from maatwerkdesk.persistence.first_page import read_first_rows, read_listed_count
from maatwerkdesk.services import dossiers, list_ahead
from maatwerkdesk.services.context import Context
from maatwerkdesk.services.dossier_query import (
    PAGE_SIZE,
    DossierQuery,
    SortKey,
    count_ahead,
    first_page_ahead,
)

TITLES = ["Zorgkosten", "Huurschuld", "Ärger über Öl", "Huurschuld", "zorgkosten", "Ölkachel"]
OWNERS = ["B. Yilmaz", "A. de Vries", "B. Yilmaz", "", "C. Jansen", "A. de Vries"]


@pytest.fixture
def ids(database: Database, context: Context) -> list[str]:
    """Repeated titles, owners and statuses (ties), and one dossier deleted."""
    statuses = list(DossierStatus)
    with database.sessions.begin() as session:
        created = [
            dossiers.create_dossier(
                session,
                context,
                DossierFields(title=title, owner=owner, status=statuses[n % 3]),
            ).id
            for n, (title, owner) in enumerate(zip(TITLES, OWNERS, strict=True))
        ]
        dossiers.delete_dossier(session, context, created[2])
    with database.engine.begin() as connection:  # two moments alike: a tie on the default order
        connection.execute(
            text(
                "UPDATE dossier SET updated_at = (SELECT updated_at FROM dossier WHERE id = :a)"
                " WHERE id = :b"
            ),
            {"a": created[0], "b": created[4]},
        )
    return created


def file_of(database: Database) -> str:
    """What `--db` would name: the SQLite file, or the server URL (trust on loopback)."""
    if database.file is None:
        return database.engine.url.render_as_string(hide_password=False)
    return str(database.file)


def key_of(database: Database) -> bytes | None:
    """The test database's key: an SQLite file's; a server has none."""
    return TEST_KEY if database.is_sqlite else None


@pytest.fixture(autouse=True)
def in_the_keyring(database: Database) -> None:
    """The test database's key in the keyring, as the program keeps its own database's."""
    if database.file is not None:
        store_keys.store_key(cipher.salt_of(database.file), TEST_KEY)


@pytest.mark.parametrize("sort", list(SortKey))
@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("size", [2, 200])
def test_the_page_is_the_one_the_services_list(
    database: Database, ids: list[str], sort: SortKey, descending: bool, size: int
) -> None:
    query = DossierQuery(sort=sort, descending=descending)
    page = first_page_ahead(file_of(database), query, size)
    with database.reads() as session:
        assert page == dossiers.list_dossiers(session, query, limit=size)
        assert count_ahead(file_of(database), query) == len(ids) - 1
        assert dossiers.count_dossiers(session, query) == len(ids) - 1


def test_a_filtered_list_is_left_to_the_database(database: Database, ids: list[str]) -> None:
    for query in (
        DossierQuery(text="huur"),
        DossierQuery(status=DossierStatus.ANALYSE),
        DossierQuery(owner="B. Yilmaz"),
    ):
        assert first_page_ahead(file_of(database), query, 200) is None
        assert count_ahead(file_of(database), query) is None


def test_nothing_is_read_from_a_missing_file_or_server_or_another_kind(tmp_path: Path) -> None:
    missing = tmp_path / "nieuw.sqlite3"
    assert read_first_rows(str(missing), "updated_at", True, 200, key=TEST_KEY) is None
    assert read_listed_count(str(missing), key=TEST_KEY) is None
    assert first_page_ahead(str(missing), DossierQuery(), 200) is None
    assert not missing.exists()  # not created: the database is made by its migrations
    with socket.socket() as unused:
        unused.bind(("127.0.0.1", 0))
        nobody = f"postgresql://team@127.0.0.1:{unused.getsockname()[1]}/maatwerk"
        assert read_first_rows(nobody, "updated_at", True, 200) is None
        assert read_listed_count(nobody) is None
    assert read_first_rows("mysql://team@server/maatwerk", "updated_at", True, 200) is None


@pytest.mark.postgresql_only
def test_a_server_that_wants_a_password_it_was_not_given_gives_no_page(
    database: Database, ids: list[str], server: PostgresServer
) -> None:
    login = server.password_login("juist")
    server.grant_everything(str(database.engine.url.database), login)
    url = database.engine.url.set(username=login, password=None)
    target = url.render_as_string(hide_password=False)
    assert read_first_rows(target, "title", False, 200) is None
    assert read_first_rows(target, "title", False, 200, password="fout") is None
    page = read_first_rows(target, "title", False, 200, password="juist")
    assert page is not None and len(page) == len(ids) - 1


@pytest.mark.postgresql_only
def test_the_keyring_is_asked_for_the_password_only_when_the_server_wants_one(
    database: Database, ids: list[str], server: PostgresServer
) -> None:
    asked: list[str] = []

    def keyring(answer: str | None):
        def ask() -> str | None:
            asked.append("asked")
            return answer

        return ask

    trusted = file_of(database)
    assert read_first_rows(trusted, "title", False, 200, ask_password=keyring("x")) is not None
    assert read_listed_count(trusted, ask_password=keyring("x")) == len(ids) - 1
    assert asked == []  # a login the server lets in without one: the keyring stays unloaded
    login = server.password_login("juist")
    server.grant_everything(str(database.engine.url.database), login)
    target = database.engine.url.set(username=login, password=None).render_as_string(
        hide_password=False
    )
    page = read_first_rows(target, "title", False, 200, ask_password=keyring("juist"))
    assert page is not None and len(page) == len(ids) - 1 and asked == ["asked"]
    assert read_listed_count(target, ask_password=keyring("fout")) is None
    assert read_first_rows(target, "title", False, 200, ask_password=keyring(None)) is None
    assert (
        read_first_rows(target, "title", False, 200, password="fout", ask_password=keyring("juist"))
        is None
    )
    assert len(asked) == 3  # a password given and refused is not replaced by the keyring's


@pytest.mark.sqlite_only
def test_nothing_is_read_without_the_right_key(database: Database, ids: list[str]) -> None:
    assert read_first_rows(file_of(database), "updated_at", True, 200, key=bytes(32)) is None
    assert read_listed_count(file_of(database)) is None
    assert database.file is not None
    store_keys.store_key(cipher.salt_of(database.file), bytes(32))
    assert first_page_ahead(file_of(database), DossierQuery(), 200) is None


def test_a_plaintext_file_is_never_read_ahead(tmp_path: Path, context: Context) -> None:
    """It is either an old database the opening will encrypt, or one put in the place of
    the encrypted one, which the opening refuses: neither may show before that."""
    plaintext = open_database(tmp_path / "klaar.sqlite3")
    with plaintext.sessions.begin() as session:
        dossiers.create_dossier(session, context, DossierFields(title="Onversleuteld"))
    plaintext.close()
    assert read_listed_count(str(tmp_path / "klaar.sqlite3")) == 1  # readable as it is
    assert first_page_ahead(str(tmp_path / "klaar.sqlite3"), DossierQuery(), 200) is None
    assert count_ahead(str(tmp_path / "klaar.sqlite3"), DossierQuery()) is None


def test_a_schema_that_is_not_current_is_left_to_the_migrations(
    database: Database, ids: list[str]
) -> None:
    with database.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '0001'"))
    key = key_of(database)
    assert read_first_rows(file_of(database), "updated_at", True, 200, key=key) is None
    assert read_listed_count(file_of(database), key=key) is None


def test_a_row_the_program_did_not_write_gives_no_page(database: Database, ids: list[str]) -> None:
    with database.engine.begin() as connection:
        connection.execute(
            text("UPDATE dossier SET status = 'verzonnen' WHERE id = :id"), {"id": ids[1]}
        )
    assert first_page_ahead(file_of(database), DossierQuery(), 200) is None


def test_only_list_columns_can_order_the_page(database: Database, ids: list[str]) -> None:
    key = key_of(database)
    assert read_first_rows(file_of(database), "knelpunt", True, 200, key=key) is None
    drop = "title; DROP TABLE dossier"
    assert read_first_rows(file_of(database), drop, True, 200, key=key) is None
    with database.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM dossier")).scalar() == len(ids)


@pytest.mark.sqlite_only
def test_a_write_under_way_elsewhere_neither_holds_the_page_up_nor_shows(
    database: Database, ids: list[str]
) -> None:
    writer = sqlite_connection(file_of(database), isolation_level=None)
    try:
        writer.execute("BEGIN IMMEDIATE")
        writer.execute("UPDATE dossier SET title = 'Nog niet opgeslagen'")
        page = read_first_rows(file_of(database), "title", False, 200, key=TEST_KEY)
        assert page is not None and len(page) == len(ids) - 1  # None: it waited for the lock
        assert "Nog niet opgeslagen" not in {row[2] for row in page}
        assert read_listed_count(file_of(database), key=TEST_KEY) == len(ids) - 1
    finally:
        writer.execute("ROLLBACK")
        writer.close()


def test_a_process_of_its_own_reads_the_same_page_and_count(
    database: Database, ids: list[str]
) -> None:
    """What the app reads in a child while its window is built (services/list_ahead.py)."""
    ahead = list_ahead.start(file_of(database))
    assert ahead is not None
    assert ahead.page() == first_page_ahead(file_of(database), DossierQuery(), PAGE_SIZE)
    assert ahead.count() == len(ids) - 1


def test_the_process_says_nothing_but_its_two_answers(database: Database, ids: list[str]) -> None:
    """No log, no warning: only the page and the count, on the pipe to the app."""
    child = subprocess.run(
        [sys.executable, "-m", list_ahead.__name__, file_of(database)],
        capture_output=True,
        check=True,
        timeout=60,
    )
    assert child.stderr == b""
    page, count = child.stdout.decode().splitlines()
    assert len(json.loads(page)) == len(ids) - 1 and json.loads(count) == len(ids) - 1


@pytest.mark.postgresql_only
def test_the_process_loads_only_the_drivers_libpq_wrapper(
    database: Database, ids: list[str]
) -> None:
    """Of psycopg the child loads `pq` and `conninfo`, not the package's own `__init__`
    with all of the driver: about a quarter of its time."""
    child = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", list_ahead.__name__, file_of(database)],
        capture_output=True,
        check=True,
        timeout=60,
    )
    loaded = {line.rsplit("|", 1)[-1].strip() for line in child.stderr.decode().splitlines()}
    assert {"psycopg.pq", "psycopg.conninfo"} <= loaded
    assert "psycopg.connection" not in loaded and "psycopg.adapt" not in loaded
    page, count = child.stdout.decode().splitlines()
    assert len(json.loads(page)) == len(ids) - 1 and json.loads(count) == len(ids) - 1
