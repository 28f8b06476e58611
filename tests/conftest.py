"""Shared fixtures: Qt runs headless, and no test touches the real profile or keyring.

Child processes (the command line, the app) get a keyring in a file of this run's own
(bench/file_keyring.py), which the tests' in-memory keyrings share the keys of database
files with (memory_keyring.py).
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).parents[1] / "bench"))  # file_keyring

from collections.abc import Callable, Iterator

import keyring
import pytest
from backends import (
    BACKENDS,
    POSTGRESQL,
    SQLITE,
    TEST_KEY,
    Databases,
    PostgresServer,
    postgres_required,
    server_url,
    unavailable_reason,
)
from memory_keyring import SHARED_KEYRING, MemoryKeyring
from team_logins import TeamDatabase

from maatwerkdesk.infra.paths import prepare_paths
from maatwerkdesk.persistence.db import Database, open_database
from maatwerkdesk.services.workspace import Workspace, open_workspace


@pytest.fixture(autouse=True)
def _private_user_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Point HOME and the XDG folders into tmp_path, so platformdirs never finds the real ones."""
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    monkeypatch.setenv("HOME", str(home))
    for name, sub in (
        ("XDG_DATA_HOME", ".local/share"),
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_CACHE_HOME", ".cache"),
        ("XDG_STATE_HOME", ".local/state"),
    ):
        folder = home / sub
        folder.mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv(name, str(folder))
    runtime = home / "runtime"
    runtime.mkdir(mode=0o700, exist_ok=True)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    # QSettings reads its folders once per process, so point them here for every test.
    from PySide6.QtCore import QSettings

    settings = str(home / ".config")
    for format_ in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
            QSettings.setPath(format_, scope, settings)


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    """A keyring of this test's own, in memory; database keys shared with child processes."""
    previous = keyring.get_keyring()
    backend = MemoryKeyring(SHARED_KEYRING)
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer | None]:
    url = server_url()
    if url is None:
        yield None
        return
    server = PostgresServer(url)
    yield server
    server.close()


@pytest.hookimpl(tryfirst=True)
def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """A test marked `sqlite_only` (about SQLite itself: its file, its locks) runs on SQLite,
    one marked `postgresql_only` (about the server itself) on PostgreSQL."""
    if "backend_name" not in metafunc.fixturenames:
        return
    for marker, backend in (("sqlite_only", SQLITE), ("postgresql_only", POSTGRESQL)):
        if metafunc.definition.get_closest_marker(marker):
            only = pytest.mark.parametrize("backend_name", [backend], scope="module")
            metafunc.definition.add_marker(only)  # in place of the fixture's parameters


def _require_server() -> None:
    """Without a PostgreSQL server, skip the test, or fail it where it must run (CI)."""
    if server_url() is None:
        if postgres_required():
            pytest.fail(unavailable_reason())
        pytest.skip(unavailable_reason())


@pytest.fixture(scope="module", params=BACKENDS)
def backend_name(request: pytest.FixtureRequest) -> str:
    """The database the test runs on; every test that opens a database runs on each."""
    if request.param == POSTGRESQL:
        _require_server()
    return request.param


@pytest.fixture
def server(postgres_server: PostgresServer | None) -> PostgresServer:
    """The PostgreSQL server, for a test about servers alone."""
    _require_server()
    assert postgres_server is not None
    return postgres_server


@pytest.fixture
def server_database(server: PostgresServer) -> Iterator[str]:
    """The name of a fresh database on the server, at the current schema."""
    name = server.fresh("server")
    yield name
    server.drop([name])


@pytest.fixture
def team_database(server: PostgresServer) -> Iterator[TeamDatabase]:
    """A team database set up by `server init`, for people with logins of their own."""
    team = TeamDatabase(server)
    yield team
    team.close()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An SQLite file migrated to the current schema once per run, for `database` to copy."""
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    open_database(str(path), key=TEST_KEY).close()
    return path


def _databases(
    backend: str, folder: Path, server: PostgresServer | None, template: Path
) -> Databases:
    if backend == POSTGRESQL:
        return Databases(backend, folder, server)
    return Databases(backend, folder, template=template)


@pytest.fixture
def databases(
    backend_name: str,
    postgres_server: PostgresServer | None,
    sqlite_template: Path,
    tmp_path: Path,
) -> Iterator[Databases]:
    """Fresh databases of this test's own, on the backend it runs on."""
    made = _databases(backend_name, tmp_path, postgres_server, sqlite_template)
    yield made
    made.close()


@pytest.fixture(scope="module")
def module_databases(
    backend_name: str,
    postgres_server: PostgresServer | None,
    sqlite_template: Path,
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[Databases]:
    """Fresh databases shared by the tests of one module (a module-scoped fixture's)."""
    folder = tmp_path_factory.mktemp("databases")
    made = _databases(backend_name, folder, postgres_server, sqlite_template)
    yield made
    made.close()


@pytest.fixture
def database(databases: Databases) -> Iterator[Database]:
    """A fresh database of this test's own, at the current schema."""
    db = open_database(databases.migrated(), key=databases.key)
    yield db
    db.close()


@pytest.fixture
def open_workspaces(tmp_path: Path) -> Iterator[Callable[[str | None], Workspace]]:
    """Opens workspaces on the test's profile, as the app and the command line do: on the
    profile's own database (None), or on the database `--db` names, made if it is a file
    that is not there yet (as with `--create`)."""
    opened: list[Workspace] = []

    def open_(db: str | None, *, password: str | None = None) -> Workspace:
        paths = prepare_paths(tmp_path / "profile")
        opened.append(open_workspace(paths, db, create=True, password=password))
        return opened[-1]

    yield open_
    for ws in opened:
        ws.close()
    # prepare_paths() points the root logger at the profile's log file; close it again.
    root = logging.getLogger()
    for handler in root.handlers[:]:
        handler.close()
        root.removeHandler(handler)


@pytest.fixture
def workspace(open_workspaces: Callable[[str | None], Workspace]) -> Workspace:
    return open_workspaces(None)


LONGEST_FILES = (  # longest first
    "test_sync_stateful.py",
    "test_signed_exchange.py",
    "test_catalogue_fuzz.py",
    "test_signal_report.py",
    "test_pdf_document.py",
    "test_decision_export.py",
)
"""The files whose tests take a minute or more together. The workers take a file at a time
in the order collected (scripts/test.sh: --dist loadfile); these go first, so that no worker
is still in one of them while the other has run out of files."""


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Tests that need a QApplication get the `gui` marker: `pytest -m "not gui"` skips them.
    Without a PostgreSQL server where none is required, its tests are marked skipped at once
    (reported once per file, and no module sets up for them). The longest files go first."""
    order = {name: place for place, name in enumerate(LONGEST_FILES)}
    items.sort(key=lambda item: order.get(item.path.name, len(order)))  # stable: else as found
    skip = None if server_url() or postgres_required() else pytest.mark.skip(unavailable_reason())
    for item in items:
        fixtures = set(getattr(item, "fixturenames", ()))
        if {"qtbot", "qapp", "qtmodeltester"} & fixtures:
            item.add_marker(pytest.mark.gui)
        callspec = getattr(item, "callspec", None)
        on_server = "server" in fixtures or (
            callspec is not None and callspec.params.get("backend_name") == POSTGRESQL
        )
        if skip is not None and on_server:
            item.add_marker(skip)
