from __future__ import annotations

import keyring
from keyring.backends import fail
from memory_keyring import MemoryKeyring

from maatwerkdesk import APP_ID
from maatwerkdesk.infra import secrets
from maatwerkdesk.services.workspace import server_account


def test_passwords_live_under_the_app_id(memory_keyring: MemoryKeyring) -> None:
    account = secrets.database_account("team", "db.example", 5432, "maatwerk")
    assert secrets.set_password(account, "geheim")
    assert memory_keyring.items == {(APP_ID, "team@db.example:5432/maatwerk"): "geheim"}
    assert secrets.get_password(account) == "geheim"


def test_a_server_url_without_password_is_looked_up_under_its_login_and_database() -> None:
    url = "postgresql+psycopg://team@db.example:5432/maatwerk"
    assert server_account(url) == "team@db.example:5432/maatwerk"
    assert server_account("postgresql+psycopg://team:eigen@db.example/maatwerk") is None
    assert server_account("/pad/naar/bestand.sqlite3") is None


def test_no_keyring_degrades_to_none() -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        assert secrets.get_password("x") is None
        assert secrets.set_password("x", "y") is False
    finally:
        keyring.set_keyring(previous)
