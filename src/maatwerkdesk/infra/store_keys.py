"""The keys of this computer's encrypted database files, in the operating system's keyring.

Service: the app id, as for a server's password (infra/secrets.py). Accounts:

- `databasesleutel:<salt>`: the key of the file with that salt (persistence/cipher.py), as
  64 hexadecimal digits. A copy or a backup of the file has the same salt, and so the
  same key, wherever it is put.
- `databasesleutel:<salt>:nieuw`: the file's next key while `maatwerkdesk key rotate`
  replaces it; gone once the file is encrypted with it (services/store_keys.py).
- `databasebestand:<path>`: the salt of the encrypted file at that path, so that a
  plaintext file put in its place is noticed rather than taken as an old database to
  encrypt. The keyring, unlike a file beside the database, cannot be changed by whoever
  has only the disk.

Unlike a password, a key that cannot be stored or read is an error (`KeyringProblemError`):
a file whose key is lost can only be opened with its recovery key.
"""

from __future__ import annotations

import logging
from enum import StrEnum
from pathlib import Path

import keyring
from keyring.errors import KeyringError, KeyringLocked

from maatwerkdesk.infra.secrets import SERVICE

log = logging.getLogger(__name__)

KEY_BYTES = 32


class Trouble(StrEnum):
    NO_KEYRING = "no_keyring"
    """There is no keyring, or it does not keep what it is given."""
    LOCKED = "locked"
    DAMAGED = "damaged"
    """What the keyring holds for a key is no key (cut short, changed)."""


class KeyringProblemError(Exception):
    def __init__(self, trouble: Trouble) -> None:
        super().__init__(trouble.value)
        self.trouble = trouble


def _key_account(salt: bytes, *, pending: bool) -> str:
    return f"databasesleutel:{salt.hex()}{':nieuw' if pending else ''}"


def _file_account(path: Path) -> str:
    return f"databasebestand:{path}"


def _get(account: str) -> str | None:
    try:
        return keyring.get_password(SERVICE, account)
    except KeyringLocked:
        raise KeyringProblemError(Trouble.LOCKED) from None
    except KeyringError:
        raise KeyringProblemError(Trouble.NO_KEYRING) from None


def _set(account: str, value: str) -> None:
    """Store `value` and read it back: a keyring that drops it (the 'null' one of a
    headless machine) is no place for a key."""
    try:
        keyring.set_password(SERVICE, account, value)
    except KeyringLocked:
        raise KeyringProblemError(Trouble.LOCKED) from None
    except KeyringError:
        raise KeyringProblemError(Trouble.NO_KEYRING) from None
    if _get(account) != value:
        raise KeyringProblemError(Trouble.NO_KEYRING)


def _parse(stored: str | None, size: int) -> bytes | None:
    if stored is None:
        return None
    try:
        value = bytes.fromhex(stored)
    except ValueError:
        value = b""
    if len(value) != size:
        log.warning("A key in the keyring is not %d bytes long; it cannot be used", size)
        raise KeyringProblemError(Trouble.DAMAGED)
    return value


def read_key(salt: bytes, *, pending: bool = False) -> bytes | None:
    """The key of the file with this salt (or its next key), None when none is stored."""
    return _parse(_get(_key_account(salt, pending=pending)), KEY_BYTES)


def store_key(salt: bytes, key: bytes, *, pending: bool = False) -> None:
    _set(_key_account(salt, pending=pending), key.hex())


def forget_pending(salt: bytes) -> None:
    try:
        keyring.delete_password(SERVICE, _key_account(salt, pending=True))
    except KeyringError:
        log.info("No next key to forget in the keyring")


def expected_salt(path: Path) -> bytes | None:
    """The salt of the encrypted file last known at `path`; None when none was."""
    stored = _get(_file_account(path))
    try:
        return None if stored is None else bytes.fromhex(stored)
    except ValueError:
        return b""  # something was expected here, though what is unreadable


def expect(path: Path, salt: bytes) -> None:
    _set(_file_account(path), salt.hex())
