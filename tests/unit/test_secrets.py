from __future__ import annotations

from collections.abc import Iterator

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail

from maatwerkdesk import APP_ID
from maatwerkdesk.infra import secrets
from maatwerkdesk.services.workspace import server_password


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.items.pop((service, username), None)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def test_passwords_live_under_the_app_id(memory_keyring: MemoryKeyring) -> None:
    account = secrets.database_account("team", "db.example", 5432, "maatwerk")
    assert secrets.set_password(account, "geheim")
    assert memory_keyring.items == {(APP_ID, "team@db.example:5432/maatwerk"): "geheim"}
    assert secrets.get_password(account) == "geheim"


def test_server_url_without_password_takes_it_from_the_keyring(memory_keyring) -> None:
    secrets.set_password("team@db.example:5432/maatwerk", "geheim")
    assert server_password("postgresql+psycopg://team@db.example:5432/maatwerk") == "geheim"
    assert server_password("postgresql+psycopg://team:eigen@db.example/maatwerk") is None
    assert server_password("/pad/naar/bestand.sqlite3") is None


def test_no_keyring_degrades_to_none() -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        assert secrets.get_password("x") is None
        assert secrets.set_password("x", "y") is False
    finally:
        keyring.set_keyring(previous)
