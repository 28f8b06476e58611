"""The first page read straight from the file is the page the services list, or nothing."""

from __future__ import annotations

from contextlib import closing
from pathlib import Path

import pytest
from backends import TEST_KEY, sqlite_connection
from sqlalchemy import text

from maatwerkdesk.domain.dossier import DossierFields
from maatwerkdesk.domain.vocabulary import DossierStatus
from maatwerkdesk.infra import store_keys
from maatwerkdesk.persistence import cipher
from maatwerkdesk.persistence.db import Database, open_database
from maatwerkdesk.persistence.first_page import read_first_page, read_listed_count
from maatwerkdesk.services import dossiers
from maatwerkdesk.services.context import Context
from maatwerkdesk.services.dossier_query import (
    DossierQuery,
    SortKey,
    count_from_file,
    first_page_from_file,
)

TITLES = ["Zorgkosten", "Huurschuld", "Ärger über Öl", "Huurschuld", "zorgkosten", "Ölkachel"]
OWNERS = ["B. Yilmaz", "A. de Vries", "B. Yilmaz", "", "C. Jansen", "A. de Vries"]

pytestmark = pytest.mark.sqlite_only


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


def file_of(database: Database) -> Path:
    assert database.file is not None
    return database.file


@pytest.fixture(autouse=True)
def in_the_keyring(database: Database) -> None:
    """The test database's key in the keyring, as the program keeps its own database's."""
    store_keys.store_key(cipher.salt_of(file_of(database)), TEST_KEY)


@pytest.mark.parametrize("sort", list(SortKey))
@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("size", [2, 200])
def test_the_page_is_the_one_the_services_list(
    database: Database, ids: list[str], sort: SortKey, descending: bool, size: int
) -> None:
    query = DossierQuery(sort=sort, descending=descending)
    page = first_page_from_file(str(file_of(database)), query, size)
    with database.reads() as session:
        assert page == dossiers.list_dossiers(session, query, limit=size)
        assert count_from_file(str(file_of(database)), query) == len(ids) - 1
        assert dossiers.count_dossiers(session, query) == len(ids) - 1


def test_a_filtered_list_is_left_to_the_database(database: Database, ids: list[str]) -> None:
    for query in (
        DossierQuery(text="huur"),
        DossierQuery(status=DossierStatus.ANALYSE),
        DossierQuery(owner="B. Yilmaz"),
    ):
        assert first_page_from_file(str(file_of(database)), query, 200) is None
        assert count_from_file(str(file_of(database)), query) is None


def test_nothing_is_read_from_a_server_or_a_missing_file(tmp_path: Path) -> None:
    missing = tmp_path / "nieuw.sqlite3"
    assert read_first_page(missing, TEST_KEY, "updated_at", True, 200) is None
    assert read_listed_count(missing, TEST_KEY) is None
    assert first_page_from_file(str(missing), DossierQuery(), 200) is None
    assert not missing.exists()  # not created: the database is made by its migrations
    server = "postgresql://team@server/maatwerk"
    assert first_page_from_file(server, DossierQuery(), 200) is None
    assert count_from_file(server, DossierQuery()) is None


def test_nothing_is_read_without_the_right_key(database: Database, ids: list[str]) -> None:
    assert read_first_page(file_of(database), bytes(32), "updated_at", True, 200) is None
    assert read_listed_count(file_of(database), None) is None
    store_keys.store_key(cipher.salt_of(file_of(database)), bytes(32))
    assert first_page_from_file(str(file_of(database)), DossierQuery(), 200) is None


def test_a_plaintext_file_is_never_read_ahead(tmp_path: Path, context: Context) -> None:
    """It is either an old database the opening will encrypt, or one put in the place of
    the encrypted one, which the opening refuses: neither may show before that."""
    plaintext = open_database(tmp_path / "klaar.sqlite3")
    with plaintext.sessions.begin() as session:
        dossiers.create_dossier(session, context, DossierFields(title="Onversleuteld"))
    plaintext.close()
    assert read_listed_count(tmp_path / "klaar.sqlite3", None) == 1  # readable as it is
    assert first_page_from_file(str(tmp_path / "klaar.sqlite3"), DossierQuery(), 200) is None
    assert count_from_file(str(tmp_path / "klaar.sqlite3"), DossierQuery()) is None


def test_a_schema_that_is_not_current_is_left_to_the_migrations(
    database: Database, ids: list[str]
) -> None:
    with database.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '0001'"))
    assert read_first_page(file_of(database), TEST_KEY, "updated_at", True, 200) is None
    assert read_listed_count(file_of(database), TEST_KEY) is None


def test_a_row_the_program_did_not_write_gives_no_page(database: Database, ids: list[str]) -> None:
    with database.engine.begin() as connection:
        connection.execute(
            text("UPDATE dossier SET status = 'verzonnen' WHERE id = :id"), {"id": ids[1]}
        )
    assert read_first_page(file_of(database), TEST_KEY, "updated_at", True, 200) is None


def test_only_list_columns_can_order_the_page(database: Database, ids: list[str]) -> None:
    assert read_first_page(file_of(database), TEST_KEY, "knelpunt", True, 200) is None
    drop = "title; DROP TABLE dossier"
    assert read_first_page(file_of(database), TEST_KEY, drop, True, 200) is None
    with closing(sqlite_connection(file_of(database))) as connection:
        assert connection.execute("SELECT count(*) FROM dossier").fetchone() == (len(ids),)


def test_a_write_under_way_elsewhere_neither_holds_the_page_up_nor_shows(
    database: Database, ids: list[str]
) -> None:
    writer = sqlite_connection(file_of(database), isolation_level=None)
    try:
        writer.execute("BEGIN IMMEDIATE")
        writer.execute("UPDATE dossier SET title = 'Nog niet opgeslagen'")
        page = read_first_page(file_of(database), TEST_KEY, "title", False, 200)
        assert page is not None and len(page) == len(ids) - 1  # None: it waited for the lock
        assert "Nog niet opgeslagen" not in {row.title for row in page}
        assert read_listed_count(file_of(database), TEST_KEY) == len(ids) - 1
    finally:
        writer.execute("ROLLBACK")
        writer.close()
