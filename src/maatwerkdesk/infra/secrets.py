"""Passwords in the operating system's keyring, under the app id as service name.

Without a usable keyring (a headless Linux box without Secret Service) the lookup
returns None and the caller asks the user instead; secrets are never written to disk
by this program.
"""

from __future__ import annotations

import logging

import keyring
from keyring.errors import KeyringError

from maatwerkdesk import APP_ID

log = logging.getLogger(__name__)

SERVICE = APP_ID


def database_account(username: str, host: str, port: int | None, database: str) -> str:
    """The keyring account name of a database login, e.g. 'team@db.example:5432/maatwerk'."""
    return f"{username}@{host}:{port or ''}/{database}"


def get_password(account: str) -> str | None:
    try:
        return keyring.get_password(SERVICE, account)
    except KeyringError:
        log.warning("No usable keyring; the database password must be given another way")
        return None


def set_password(account: str, password: str) -> bool:
    """Store a password; False when no keyring is available (the caller tells the user)."""
    try:
        keyring.set_password(SERVICE, account, password)
    except KeyringError:
        log.warning("No usable keyring; the password was not stored")
        return False
    return True
