"""The key of an encrypted database file: made on the first start, found again, refused in
every way it can go wrong without a byte of any file changing, changed, and recovered.
An attacker's moves: a plaintext file put in the encrypted one's place, a key cut short
or replaced in the keyring, a recovery key with typos."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail, null
from keyring.errors import KeyringLocked
from memory_keyring import MemoryKeyring

from maatwerkdesk import APP_ID
from maatwerkdesk.domain.dossier import DossierFields
from maatwerkdesk.domain.errors import DatabaseBusyError
from maatwerkdesk.domain.recovery_key import RecoveryKeyError, decode, encode
from maatwerkdesk.infra import store_keys as keyring_keys
from maatwerkdesk.persistence import cipher
from maatwerkdesk.persistence.cipher import FileKind
from maatwerkdesk.persistence.db import open_database
from maatwerkdesk.services import dossiers
from maatwerkdesk.services.context import Context
from maatwerkdesk.services.store_keys import (
    KeyNews,
    KeyRefusedError,
    known_key,
    recover,
    rotate,
    unlock,
)

RECOVER = "maatwerkdesk key recover"
CONTEXT = Context(actor="test", origin="test")


class LockedKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        raise KeyringLocked("locked")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise KeyringLocked("locked")

    def delete_password(self, service: str, username: str) -> None:
        raise KeyringLocked("locked")


@pytest.fixture
def keyring_as() -> Iterator[object]:
    """Swap the test's keyring for another for the rest of the test."""
    previous = keyring.get_keyring()
    yield lambda backend: keyring.set_keyring(backend)
    keyring.set_keyring(previous)


def files(folder: Path) -> dict[str, tuple[int, str]]:
    """Every file below `folder`: its modification time and its content's hash."""
    return {
        str(path.relative_to(folder)): (
            path.stat().st_mtime_ns,
            hashlib.sha256(path.read_bytes()).hexdigest(),
        )
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def made(tmp_path: Path, title: str = "Mevrouw Jansen") -> Path:
    """An encrypted database with one dossier, made as the program makes its own."""
    path = tmp_path / "data" / "maatwerkdesk.sqlite3"
    unlocked = unlock(path, recover=RECOVER)
    database = open_database(path, key=unlocked.key)
    with database.sessions.begin() as session:
        dossiers.create_dossier(session, CONTEXT, DossierFields(title=title))
    database.close()
    return path


def titles(path: Path, key: bytes | None) -> list[str]:
    database = open_database(path, key=key)
    try:
        with database.reads() as session:
            return [d.title for d in dossiers.list_dossiers(session, dossiers.DossierQuery())]
    finally:
        database.close()


def refused(path: Path, match: str) -> KeyRefusedError:
    """`unlock` refuses with a sentence naming the way back, and changes no file."""
    before = files(path.parent)
    with pytest.raises(KeyRefusedError, match=match) as raised:
        unlock(path, recover=RECOVER)
    assert RECOVER in str(raised.value)
    assert files(path.parent) == before
    return raised.value


def test_a_new_database_gets_a_key_stored_before_the_file_is_made(tmp_path: Path) -> None:
    path = tmp_path / "data" / "maatwerkdesk.sqlite3"
    unlocked = unlock(path, recover=RECOVER)
    assert unlocked.news is KeyNews.NEW
    assert decode(unlocked.recovery_key) == unlocked.key
    assert cipher.kind_of(path) is FileKind.ENCRYPTED
    assert path.stat().st_mode & 0o777 == 0o600
    stored = keyring.get_password(APP_ID, f"databasesleutel:{cipher.salt_of(path).hex()}")
    assert stored is not None and bytes.fromhex(stored) == unlocked.key
    again = unlock(path, recover=RECOVER)
    assert (again.key, again.news) == (unlocked.key, None)
    assert repr(unlocked.key.hex()) not in repr(unlocked)  # never in a log line or traceback


def test_without_a_keyring_nothing_is_made(tmp_path: Path, keyring_as) -> None:
    for backend in (fail.Keyring(), null.Keyring(), LockedKeyring()):
        keyring_as(backend)
        with pytest.raises(KeyRefusedError, match="sleutelbos"):
            unlock(tmp_path / "data" / "maatwerkdesk.sqlite3", recover=RECOVER)
        assert not (tmp_path / "data" / "maatwerkdesk.sqlite3").exists()


@pytest.mark.parametrize(
    ("backend", "match"),
    [
        (fail.Keyring, "geen sleutelbos die sleutels bewaart"),
        (null.Keyring, "staat niet in de sleutelbos"),
        (LockedKeyring, "vergrendeld"),
    ],
)
def test_no_keyring_or_a_locked_one_refuses_and_touches_nothing(
    tmp_path: Path, keyring_as, backend: type[KeyringBackend], match: str
) -> None:
    path = made(tmp_path)
    keyring_as(backend())
    refused(path, match)


def test_a_missing_key_refuses_and_touches_nothing(tmp_path: Path, keyring_as) -> None:
    path = made(tmp_path)
    keyring_as(MemoryKeyring())  # another computer, or a keyring wiped
    refused(path, "staat niet in de sleutelbos")


@pytest.mark.parametrize(
    "tamper",
    [
        lambda key: key[:40],  # cut short
        lambda key: key + "00",  # too long
        lambda key: "zz" + key[2:],  # not hexadecimal
        lambda key: "",
    ],
)
def test_a_damaged_key_refuses_and_touches_nothing(tmp_path: Path, tamper) -> None:
    path = made(tmp_path)
    account = f"databasesleutel:{cipher.salt_of(path).hex()}"
    keyring.set_password(APP_ID, account, tamper(keyring.get_password(APP_ID, account)))
    refused(path, "beschadigd")


def test_a_wrong_key_refuses_and_touches_nothing(tmp_path: Path) -> None:
    path = made(tmp_path)
    keyring_keys.store_key(cipher.salt_of(path), bytes(32))
    error = refused(path, "past niet op het databasebestand")
    assert "niets aan veranderd" in str(error)


def test_a_plaintext_file_where_the_encrypted_one_was_is_refused(tmp_path: Path) -> None:
    """An attacker replaces the file with one of their own, unencrypted, to have the
    program show (or sign, or export) what they wrote: refused, never encrypted as if it
    were an old database."""
    path = made(tmp_path)
    planted = tmp_path / "geplant.sqlite3"
    database = open_database(planted)
    with database.sessions.begin() as session:
        dossiers.create_dossier(session, CONTEXT, DossierFields(title="Door een ander"))
    database.close()
    for leftover in path.parent.glob(f"{path.name}*"):
        leftover.unlink()
    planted.replace(path)
    refused(path, "onversleuteld bestand")
    assert known_key(path) is None  # nor read ahead for the first rows


def test_an_encrypted_file_of_someone_else_is_refused(tmp_path: Path) -> None:
    path = made(tmp_path)
    theirs = tmp_path / "ander"
    cipher.create(theirs, bytes(32), bytes(16))
    theirs.replace(path)
    refused(path, "staat niet in de sleutelbos")


def test_an_old_plaintext_database_is_encrypted_on_the_first_start(tmp_path: Path) -> None:
    running = tmp_path / "draait.sqlite3"
    database = open_database(running)
    with database.sessions.begin() as session:
        for title in ("Meneer de Vries", "Mevrouw Jansen"):
            dossiers.create_dossier(session, CONTEXT, DossierFields(title=title))
    with closing(database.engine.raw_connection()) as connection:
        counts = cipher.row_counts(connection.driver_connection)
    # As a program that crashed leaves it: the last changes still in its -wal.
    path = tmp_path / "data" / "maatwerkdesk.sqlite3"
    path.parent.mkdir()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").write_bytes(Path(f"{running}{suffix}").read_bytes())
    database.close()
    assert Path(f"{path}-wal").stat().st_size > 0
    unlocked = unlock(path, recover=RECOVER)
    assert unlocked.news is KeyNews.ENCRYPTED
    assert cipher.kind_of(path) is FileKind.ENCRYPTED
    assert b"Jansen" not in path.read_bytes()
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]
    with closing(cipher.connect(path, unlocked.key)) as connection:
        assert cipher.row_counts(connection) == counts
    assert titles(path, unlocked.key) == ["Mevrouw Jansen", "Meneer de Vries"]


def test_a_conversion_that_does_not_check_out_leaves_the_original(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "data" / "maatwerkdesk.sqlite3"
    database = open_database(path)
    with database.sessions.begin() as session:
        dossiers.create_dossier(session, CONTEXT, DossierFields(title="Mevrouw Jansen"))
    database.close()
    monkeypatch.setattr(cipher, "row_counts", lambda connection: {"a": id(connection)})
    with pytest.raises(cipher.ConversionError):
        unlock(path, recover=RECOVER)
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]
    assert cipher.kind_of(path) is FileKind.PLAINTEXT
    assert titles(path, None) == ["Mevrouw Jansen"]


def test_a_plaintext_database_in_use_elsewhere_is_not_converted_under_it(tmp_path: Path) -> None:
    path = tmp_path / "data" / "maatwerkdesk.sqlite3"
    database = open_database(path)
    try:
        with database.reads() as session:  # another program reading it
            dossiers.list_dossiers(session, dossiers.DossierQuery())
            before = files(path.parent)
            with pytest.raises(DatabaseBusyError, match="ander programma heeft hem open"):
                unlock(path, recover=RECOVER)
            assert files(path.parent) == before
    finally:
        database.close()


def test_a_recovery_key_with_a_typo_names_its_group(tmp_path: Path) -> None:
    key = bytes(range(32))
    shown = encode(key)
    groups = shown.split("-")
    groups[6] = groups[6][:2] + ("Z" if groups[6][2] != "Z" else "Y") + groups[6][3:]
    with pytest.raises(RecoveryKeyError, match="Groep 7") as raised:
        decode("-".join(groups))
    assert raised.value.group == 7
    # What a tired user does: lower case, spaces, O for 0 and I or L for 1.
    sloppy = shown.lower().replace("-", " ").replace("0", "o").replace("1", "l")
    assert decode(sloppy) == key
    with pytest.raises(RecoveryKeyError, match="65 in totaal"):
        decode(shown[:-6])
    with pytest.raises(RecoveryKeyError, match="U"):
        decode(shown.replace(shown[0], "U", 1))


def test_every_single_typo_is_caught_before_or_by_the_file(tmp_path: Path) -> None:
    """A change of one character passes its group's check once in 32 times; then the
    file itself refuses the key. Never is a wrong key stored."""
    path = made(tmp_path)
    key = keyring_keys.read_key(cipher.salt_of(path))
    assert key is not None
    shown = encode(key)
    caught_by_group = 0
    for at in range(0, len(shown), 3):
        if shown[at] == "-":
            continue
        typo = shown[:at] + ("7" if shown[at] != "7" else "8") + shown[at + 1 :]
        try:
            recover(path, typo)
        except RecoveryKeyError:
            caught_by_group += 1
        except Exception as error:
            assert "hoort niet bij" in str(error)
        else:
            raise AssertionError(f"a typo at {at} was taken")
    assert caught_by_group > 0
    assert keyring_keys.read_key(cipher.salt_of(path)) == key


def test_the_recovery_key_puts_a_lost_key_back_without_touching_the_file(
    tmp_path: Path, keyring_as
) -> None:
    path = made(tmp_path)
    key = keyring_keys.read_key(cipher.salt_of(path))
    assert key is not None
    keyring_as(MemoryKeyring())
    before = path.read_bytes(), path.stat().st_mtime_ns
    with pytest.raises(Exception, match="hoort niet bij"):
        recover(path, encode(bytes(32)))
    recover(path, encode(key))
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before
    assert unlock(path, recover=RECOVER).key == key


def test_a_new_key_opens_the_file_and_the_old_recovery_key_does_not(tmp_path: Path) -> None:
    path = made(tmp_path)
    old = unlock(path, recover=RECOVER)
    followed: list[tuple[bytes, bytes]] = []
    new = rotate(path, recover=RECOVER, on_rekey=lambda a, b: followed.append((a, b)))
    assert new.news is KeyNews.ROTATED and new.key != old.key
    assert followed == [(old.key, new.key)]
    assert cipher.salt_of(path) == cipher.salt_of(path)  # the same name in the keyring
    assert unlock(path, recover=RECOVER).key == new.key
    assert titles(path, new.key) == ["Mevrouw Jansen"]
    assert not cipher.opens_with(path, old.key)
    with pytest.raises(Exception, match="hoort niet bij"):
        recover(path, old.recovery_key)


def test_no_new_key_while_another_program_has_the_file_open(tmp_path: Path) -> None:
    path = made(tmp_path)
    key = unlock(path, recover=RECOVER).key
    running = open_database(path, key=key)
    try:
        titles_before = titles(path, key)
        with pytest.raises(Exception, match="nog in gebruik"):
            rotate(path, recover=RECOVER)
        assert keyring_keys.read_key(cipher.salt_of(path), pending=True) is None
        with running.reads() as session:
            assert len(dossiers.list_dossiers(session, dossiers.DossierQuery())) == 1
    finally:
        running.close()
    assert unlock(path, recover=RECOVER).key == key
    assert titles(path, key) == titles_before


@pytest.mark.parametrize("rekeyed", [False, True])
def test_a_change_of_key_cut_short_is_settled_on_the_next_start(
    tmp_path: Path, rekeyed: bool
) -> None:
    """The new key waits in the keyring beside the old one: undone while the file has the
    old key, finished (and its recovery key shown) once it has the new one."""
    path = made(tmp_path)
    old = unlock(path, recover=RECOVER).key
    salt, new = cipher.salt_of(path), bytes(range(1, 33))
    keyring_keys.store_key(salt, new, pending=True)
    if rekeyed:
        with cipher.alone(path, old) as connection:
            cipher.rekey(connection, new)
    followed: list[tuple[bytes, bytes]] = []
    unlocked = unlock(path, recover=RECOVER, on_rekey=lambda a, b: followed.append((a, b)))
    assert unlocked.key == (new if rekeyed else old)
    assert unlocked.news is (KeyNews.ROTATED if rekeyed else None)
    assert followed == [(old, new) if rekeyed else (new, old)]
    assert keyring_keys.read_key(salt, pending=True) is None
    assert titles(path, unlocked.key) == ["Mevrouw Jansen"]
