"""SQLCipher: the workstation's database file, encrypted at rest.

Every connection to a database file goes through `sqlcipher3` (SQLCipher 4) and gets its
key as its first statement: a raw 256-bit key, `PRAGMA key = "x'…'"`, which costs a tenth
of a millisecond (a passphrase would run PBKDF2 for some 75 ms on every connection). The
key is never part of a URL or a file name, which may be shown or logged.

The first 16 bytes of an encrypted file are its salt, which SQLCipher keeps in the clear.
This program chooses the salt when it creates a file, so that it can store the key under
it before the file exists (infra/store_keys.py): a copy, a backup or a moved file opens
with the same key, and no file is ever made whose key was not stored first. A plaintext
SQLite file starts with "SQLite format 3" instead (`kind_of`).

The functions here work on files and know nothing of keyrings or profiles, so that any
local database (the workstation's, a laptop's replica) is opened the same way.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from enum import StrEnum
from pathlib import Path
from typing import Any
from urllib.parse import quote

KEY_BYTES = 32
SALT_BYTES = 16
PLAINTEXT_HEADER = b"SQLite format 3\x00"
SIDE_FILES = ("-wal", "-shm", "-journal")
"""What SQLite keeps beside a database file while it is in use."""
NOT_A_DATABASE = "SQLITE_NOTADB"
"""SQLite's answer when a file does not decrypt with the key given (or is no database)."""
PRIVATE_FILE = 0o600


class FileKind(StrEnum):
    ABSENT = "absent"
    """No file, or an empty one (SQLite makes a new database of either)."""
    PLAINTEXT = "plaintext"
    ENCRYPTED = "encrypted"
    """Anything else: an encrypted file, or one that is no database at all."""


class ConversionError(Exception):
    """The encrypted copy of a plaintext database did not hold what the original held;
    the original is left as it was."""


class InUseError(Exception):
    """Another program has the database open, and what was asked needs it alone."""


def driver() -> Any:
    """The DB-API module: sqlcipher3's, imported when first needed."""
    from sqlcipher3 import dbapi2

    return dbapi2


def kind_of(path: Path) -> FileKind:
    try:
        with path.open("rb") as stream:
            head = stream.read(len(PLAINTEXT_HEADER))
    except FileNotFoundError:
        return FileKind.ABSENT
    if not head:
        return FileKind.ABSENT
    return FileKind.PLAINTEXT if head == PLAINTEXT_HEADER else FileKind.ENCRYPTED


def salt_of(path: Path) -> bytes:
    """The salt at the start of an encrypted file (raises OSError when it cannot be read)."""
    with path.open("rb") as stream:
        return stream.read(SALT_BYTES)


def key_statement(key: bytes, salt: bytes | None = None) -> str:
    """`PRAGMA key` with a raw key; with `salt` for a file that does not exist yet."""
    if len(key) != KEY_BYTES or (salt is not None and len(salt) != SALT_BYTES):
        raise ValueError("a raw SQLCipher key is 32 bytes, its salt 16")
    return f"PRAGMA key = \"x'{key.hex()}{salt.hex() if salt else ''}'\""


def apply_key(connection: Any, key: bytes | None, salt: bytes | None = None) -> None:
    """The first statements on a new connection: quiet SQLCipher's own logging (it prints
    a failed HMAC check of a wrong key to stderr), then the key."""
    connection.execute("PRAGMA cipher_log_level = NONE")
    if key is not None:
        connection.execute(key_statement(key, salt))


def read_only_uri(path: Path) -> str:
    return f"file:{quote(str(path))}?mode=ro"


def connect(
    path: Path, key: bytes | None, *, read_only: bool = False, salt: bytes | None = None, **kw: Any
) -> Any:
    """A driver connection to the file `path`, keyed (`key` None: a plaintext file)."""
    target = read_only_uri(path) if read_only else str(path)
    connection = driver().connect(target, uri=read_only, **kw)
    try:
        apply_key(connection, key, salt)
    except BaseException:
        connection.close()
        raise
    return connection


def opens_with(path: Path, key: bytes) -> bool:
    """Whether `key` decrypts the file `path`. Read-only: a wrong key changes no byte of
    it, and leaves no file beside it."""
    with contextlib.closing(connect(path, key, read_only=True, isolation_level=None)) as c:
        try:
            c.execute("SELECT count(*) FROM sqlite_schema").fetchone()
        except driver().DatabaseError as error:
            if getattr(error, "sqlite_errorname", "") == NOT_A_DATABASE:
                return False
            raise
    return True


def create(path: Path, key: bytes, salt: bytes) -> None:
    """A new, empty encrypted database at `path` with this salt, readable by its owner only."""
    with contextlib.closing(connect(path, key, salt=salt, isolation_level=None)) as c:
        c.execute("PRAGMA journal_mode=WAL")  # writes the first page, and so the salt
    path.chmod(PRIVATE_FILE)


def encrypt_in_place(path: Path, key: bytes, salt: bytes) -> None:
    """Replace the plaintext database `path` by an encrypted copy of it.

    The copy is made beside it (`sqlcipher_export`) while the original is locked against
    other programs, then checked: the same tables with the same number of rows, and an
    integrity check that passes. Only then does it take the original's place, in one
    rename; the original's journal files are gone by then. A crash at any moment leaves
    either the original or the encrypted file. Raises ConversionError when the check
    fails, leaving the original as it was.
    """
    work = path.with_name(f".{path.name}.versleuteld")
    _remove_with_side_files(work)
    source = connect(path, None, isolation_level=None)
    try:
        # One file without a journal beside it, locked until this connection closes.
        source.execute("PRAGMA busy_timeout = 1000")
        source.execute("PRAGMA locking_mode = EXCLUSIVE")
        if _leave_wal(source) != "delete":
            raise InUseError(path)
        secret = f"x'{key.hex()}{salt.hex()}'"
        source.execute("ATTACH DATABASE ? AS encrypted KEY ?", (str(work), secret))
        source.execute("SELECT sqlcipher_export('encrypted')").fetchall()
        source.execute("DETACH DATABASE encrypted")
        _check_copy(work, key, row_counts(source))
        _fsync(work)
        work.chmod(PRIVATE_FILE)
        for suffix in SIDE_FILES:
            _unlink(Path(f"{path}{suffix}"))
        os.replace(work, path)
    except BaseException:
        _remove_with_side_files(work)
        raise
    finally:
        source.close()
    _fsync_folder(path.parent)


def row_counts(connection: Any) -> dict[str, int]:
    """Every table of the database and its number of rows."""
    names = [
        name
        for (name,) in connection.execute(
            "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "ORDER BY name"
        )
    ]
    return {
        name: connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in names
    }


def _check_copy(copy: Path, key: bytes, expected: dict[str, int]) -> None:
    with contextlib.closing(connect(copy, key, isolation_level=None)) as connection:
        problems = connection.execute("PRAGMA integrity_check").fetchall()
        if problems != [("ok",)]:
            raise ConversionError("the encrypted copy does not pass its integrity check")
        if row_counts(connection) != expected:
            raise ConversionError("the encrypted copy does not hold the same rows")


@contextlib.contextmanager
def alone(path: Path, key: bytes) -> Iterator[Any]:
    """A connection to `path` that no other connection shares, or None while another
    program has the file open. In WAL mode every open connection holds on to the file;
    leaving WAL mode (for a rollback journal) is possible only for the last one, so
    whether it succeeds tells. WAL mode is back when the connection is closed."""
    connection = connect(path, key, isolation_level=None)
    try:
        connection.execute("PRAGMA busy_timeout = 1000")
        if _leave_wal(connection) != "delete":
            yield None
            return
        yield connection
        connection.execute("PRAGMA journal_mode = WAL")
    finally:
        connection.close()


def _leave_wal(connection: Any) -> str | None:
    """Switch to a rollback journal: the journal mode then, None when others hold the file."""
    try:
        return str(connection.execute("PRAGMA journal_mode = DELETE").fetchone()[0])
    except driver().OperationalError:
        return None  # busy: someone else is reading or writing


def rekey(connection: Any, new_key: bytes) -> None:
    """Encrypt the database of `connection` with `new_key` (one transaction: a crash
    leaves it under one key or the other). The salt stays, and so the file's name in the
    keyring."""
    connection.execute(f"PRAGMA rekey = \"x'{new_key.hex()}'\"").fetchall()


def copy_to(source: Any, target: Path, key: bytes | None, salt: bytes | None) -> None:
    """A copy of the open database `source` (a driver connection) at `target`, encrypted
    as the source is (the same key and salt), readable by its owner only (a backup)."""
    _remove_with_side_files(target)
    with contextlib.closing(connect(target, key, salt=salt)) as copy:
        source.backup(copy)
    target.chmod(PRIVATE_FILE)


def _fsync(path: Path) -> None:
    with path.open("rb") as stream:
        os.fsync(stream.fileno())


def _fsync_folder(folder: Path) -> None:
    """Make a rename in `folder` durable (POSIX; some file systems refuse, which is fine)."""
    if os.name == "posix":
        fd = os.open(folder, os.O_RDONLY)
        with contextlib.suppress(OSError):
            os.fsync(fd)
        os.close(fd)


def _unlink(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        path.unlink()


def _remove_with_side_files(path: Path) -> None:
    for suffix in ("", *SIDE_FILES):
        _unlink(Path(f"{path}{suffix}"))
