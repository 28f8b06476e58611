"""The keys of this computer's encrypted database files: made, looked up, changed, recovered.

Every SQLite database this program opens through a workspace is encrypted
(persistence/cipher.py) with a random 256-bit key of its own, kept in the operating
system's keyring under the file's salt (infra/store_keys.py). `unlock` gives a file's key:

- no file yet: a new key, stored in the keyring before the file is made, and its
  recovery key to show once;
- a plaintext file where none was known: an old database from before encryption, which
  is encrypted now (and its recovery key shown);
- a plaintext file where an encrypted one was known: refused. It may have been put there
  to have the program read or write data someone else chose;
- an encrypted file: its key from the keyring, checked against the file read-only.

Whatever is refused (no keyring, a locked one, no key, a damaged or wrong key), the refusal
names the way back, `maatwerkdesk key recover`, and no file has been changed.

`rotate` gives a file a new key; `on_rekey` lets what depends on the key follow (the
profile's attachments, infra/attachment_store.py). The new key waits in the keyring
beside the old one until the file is encrypted with it, so an interrupted change is
settled by the next `unlock`: finished if the file already has the new key, undone if not.
"""

from __future__ import annotations

import contextlib
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from maatwerkdesk.domain import recovery_key
from maatwerkdesk.domain.errors import DatabaseBusyError, DatabaseUnavailableError, DomainError
from maatwerkdesk.domain.sentence import QT_TRANSLATE_NOOP, said
from maatwerkdesk.infra import store_keys
from maatwerkdesk.infra.store_keys import KeyringProblemError, Trouble
from maatwerkdesk.persistence import cipher
from maatwerkdesk.persistence.cipher import FileKind

Rekey = Callable[[bytes, bytes], None]
"""What follows a file's key from one key to the other: (from, to)."""
CLOSE_OTHERS = said(
    "store_keys",
    "Sluit MaatwerkDesk en andere opdrachten op deze database eerst af en probeer het dan "
    "opnieuw; er is niets veranderd.",
)


class KeyNews(StrEnum):
    """Why a recovery key is shown."""

    NEW = "new"
    """A new database."""
    ENCRYPTED = "encrypted"
    """A database from before encryption, encrypted now."""
    ROTATED = "rotated"
    """A change of key, finished now."""


@dataclass(frozen=True)
class Unlocked:
    path: Path
    key: bytes = field(repr=False)
    news: KeyNews | None = None
    """Set when the key is new to the user: its recovery key must be shown."""

    @property
    def recovery_key(self) -> str:
        return recovery_key.encode(self.key)


class KeyRefusedError(DatabaseUnavailableError):
    """The database file cannot be opened with a key from this computer's keyring; nothing
    was changed. The message names `maatwerkdesk key recover`."""


def recover_command(db: str | None) -> str:
    """How the user recovers the key of the profile's database, or of `--db PATH`."""
    return f"maatwerkdesk --db {db} key recover" if db else "maatwerkdesk key recover"


def unlock(path: Path, *, recover: str, on_rekey: Rekey | None = None) -> Unlocked:
    """The key of the database file `path` (see the module docstring). `recover` is the
    command that recovers it, as the refusals name it. Raises KeyRefusedError."""
    path = path.expanduser().resolve()
    try:
        return _unlock(path, recover, on_rekey)
    except KeyringProblemError as problem:
        raise _refusal(problem.trouble, path, recover) from None


def _unlock(path: Path, recover: str, on_rekey: Rekey | None) -> Unlocked:
    kind = cipher.kind_of(path)
    expected = store_keys.expected_salt(path)
    if kind is FileKind.PLAINTEXT and expected is not None:
        raise KeyRefusedError(
            said(
                "store_keys",
                "Op de plaats van de versleutelde database staat een onversleuteld bestand "
                "({path}). MaatwerkDesk opent het niet, want iemand kan het daar hebben "
                "neergezet om het programma zijn gegevens te laten lezen; er is niets aan "
                "veranderd. Meld het bij uw functioneel beheerder. Hebt u zelf een oude kopie "
                "teruggezet, zet dan de versleutelde database terug (de herstelsleutel opent "
                "hem: {recover}).",
            ).format(path=str(path), recover=recover)
        )
    if kind is not FileKind.ENCRYPTED:
        key, salt = secrets.token_bytes(cipher.KEY_BYTES), secrets.token_bytes(cipher.SALT_BYTES)
        store_keys.store_key(salt, key)  # before the file exists: never a file without its key
        if kind is FileKind.ABSENT:
            path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            cipher.create(path, key, salt)
        else:
            try:
                cipher.encrypt_in_place(path, key, salt)
            except cipher.InUseError:
                raise DatabaseBusyError(
                    said(
                        "store_keys",
                        "MaatwerkDesk wil de database ({path}) nu versleutelen, maar een ander "
                        "programma heeft hem open. {advice}",
                    ).format(path=str(path), advice=CLOSE_OTHERS)
                ) from None
        store_keys.expect(path, salt)
        return Unlocked(path, key, KeyNews.NEW if kind is FileKind.ABSENT else KeyNews.ENCRYPTED)
    salt = cipher.salt_of(path)
    key = store_keys.read_key(salt)
    if key is None:
        raise KeyRefusedError(
            said(
                "store_keys",
                "De sleutel van het databasebestand {path} staat niet in de sleutelbos van deze "
                "computer, dus MaatwerkDesk kan het niet openen; er is niets aan veranderd. "
                "Herstel de sleutel met de herstelsleutel die u bij het instellen bewaarde: "
                "{recover}",
            ).format(path=str(path), recover=recover)
        )
    pending = store_keys.read_key(salt, pending=True)
    if pending is not None:
        return _settle(path, salt, key, pending, on_rekey, recover)
    if not cipher.opens_with(path, key):
        raise _wrong_key(path, recover)
    if expected != salt:
        store_keys.expect(path, salt)
    return Unlocked(path, key)


def _wrong_key(path: Path, recover: str) -> KeyRefusedError:
    return KeyRefusedError(
        said(
            "store_keys",
            "De sleutel in de sleutelbos past niet op het databasebestand {path}: het bestand "
            "is vervangen of beschadigd, of de sleutel is veranderd. Er is niets aan veranderd. "
            "Herstel de sleutel met uw herstelsleutel: {recover}. Lukt dat niet, meld het dan "
            "bij uw functioneel beheerder.",
        ).format(path=str(path), recover=recover)
    )


def _refusal(trouble: Trouble, path: Path, recover: str) -> KeyRefusedError:
    if trouble is Trouble.LOCKED:
        return KeyRefusedError(
            said(
                "store_keys",
                "De sleutelbos van het besturingssysteem is vergrendeld, zodat MaatwerkDesk de "
                "sleutel van zijn database niet kan lezen; er is niets veranderd. Ontgrendel de "
                "sleutelbos (of meld u opnieuw aan) en start MaatwerkDesk opnieuw. Is de "
                "sleutel verloren, herstel hem dan met uw herstelsleutel: {recover}",
            ).format(recover=recover)
        )
    if trouble is Trouble.DAMAGED:
        return KeyRefusedError(
            said(
                "store_keys",
                "De sleutel van het databasebestand {path} in de sleutelbos is beschadigd; er "
                "is niets aan het bestand veranderd. Herstel de sleutel met uw herstelsleutel: "
                "{recover}",
            ).format(path=str(path), recover=recover)
        )
    return KeyRefusedError(
        said(
            "store_keys",
            "MaatwerkDesk versleutelt zijn database en bewaart de sleutel in de sleutelbos van "
            "het besturingssysteem, maar op deze computer is geen sleutelbos die sleutels "
            "bewaart; er is niets veranderd. Start MaatwerkDesk op een bureaublad met een "
            "sleutelbos (zoals GNOME-sleutelbos, KWallet, de macOS-sleutelhanger of Windows "
            "Referentiebeheer). Staat de sleutel daar niet, herstel hem dan met uw "
            "herstelsleutel: {recover}",
        ).format(recover=recover)
    )


def _settle(
    path: Path, salt: bytes, key: bytes, pending: bytes, on_rekey: Rekey | None, recover: str
) -> Unlocked:
    """A change of key that was cut short: finished when the file has the new key already,
    undone otherwise."""
    if cipher.opens_with(path, pending):
        if on_rekey is not None:
            on_rekey(key, pending)
        store_keys.store_key(salt, pending)
        store_keys.forget_pending(salt)
        return Unlocked(path, pending, KeyNews.ROTATED)
    if on_rekey is not None:
        on_rekey(pending, key)
    store_keys.forget_pending(salt)
    if not cipher.opens_with(path, key):
        raise _wrong_key(path, recover)
    return Unlocked(path, key)


def rotate(path: Path, *, recover: str, on_rekey: Rekey | None = None) -> Unlocked:
    """Give the file `path` a new key; what is returned carries its recovery key.

    Refused while another program has the file open: its connections hold the old key.
    """
    unlocked = unlock(path, recover=recover, on_rekey=on_rekey)
    path = unlocked.path
    if cipher.kind_of(path) is not FileKind.ENCRYPTED:
        raise DomainError(
            said("store_keys", "Er is geen versleutelde database op {path}.").format(path=str(path))
        )
    salt = cipher.salt_of(path)
    new = secrets.token_bytes(cipher.KEY_BYTES)
    try:
        with cipher.alone(path, unlocked.key) as connection:
            if connection is None:
                raise DatabaseBusyError(
                    said("store_keys", "De database is nog in gebruik. {advice}").format(
                        advice=CLOSE_OTHERS
                    )
                )
            store_keys.store_key(salt, new, pending=True)
            try:
                if on_rekey is not None:
                    on_rekey(unlocked.key, new)
                cipher.rekey(connection, new)  # from here on the file has the new key
            except BaseException:
                with contextlib.suppress(Exception):
                    _settle(path, salt, unlocked.key, new, on_rekey, recover)
                raise
        store_keys.store_key(salt, new)
        store_keys.forget_pending(salt)
    except KeyringProblemError as problem:
        raise _refusal(problem.trouble, path, recover) from None
    return Unlocked(path, new, KeyNews.ROTATED)


def recover(path: Path, text: str) -> None:
    """Store the key written in the recovery key `text` for the file `path`, once it is
    checked against the file (which is not changed). Raises a DomainError that says
    what is wrong: a typo (and in which group), the wrong file's key, no keyring."""
    key = recovery_key.decode(text)
    path = path.expanduser().resolve()
    if cipher.kind_of(path) is not FileKind.ENCRYPTED:
        raise DomainError(
            said(
                "store_keys",
                "Op {path} staat geen versleuteld databasebestand, dus er is geen sleutel om te "
                "herstellen.",
            ).format(path=str(path))
        )
    if not cipher.opens_with(path, key):
        raise DomainError(
            said(
                "store_keys",
                "Deze herstelsleutel hoort niet bij het databasebestand {path}. Controleer of u "
                "de herstelsleutel van deze database hebt (bij een sleutelwissel hoort een "
                "nieuwe) en of u de juiste map of --db gebruikt.",
            ).format(path=str(path))
        )
    salt = cipher.salt_of(path)
    try:
        store_keys.store_key(salt, key)
        store_keys.forget_pending(salt)
        store_keys.expect(path, salt)
    except KeyringProblemError as problem:
        raise _refusal(problem.trouble, path, "maatwerkdesk key recover") from None


def known_key(path: Path) -> bytes | None:
    """The key of the encrypted file `path` as the keyring holds it, without changing or
    checking anything; None for any other file or when it cannot be read. For reading
    ahead only (the first page of the list), never to write."""
    try:
        if cipher.kind_of(path) is not FileKind.ENCRYPTED:
            return None
        return store_keys.read_key(cipher.salt_of(path))
    except (KeyringProblemError, OSError):
        return None


RECOVERY_NEWS = {
    KeyNews.NEW: QT_TRANSLATE_NOOP(
        "RecoveryKeyDialog",
        "MaatwerkDesk heeft een nieuwe, versleutelde database gemaakt ({path}).",
    ),
    KeyNews.ENCRYPTED: QT_TRANSLATE_NOOP(
        "RecoveryKeyDialog", "MaatwerkDesk heeft de database ({path}) versleuteld."
    ),
    KeyNews.ROTATED: QT_TRANSLATE_NOOP(
        "RecoveryKeyDialog",
        "De database ({path}) heeft een nieuwe sleutel; de vorige herstelsleutel werkt niet meer.",
    ),
}
RECOVERY_ADVICE = QT_TRANSLATE_NOOP(
    "RecoveryKeyDialog",
    "De sleutel staat in de sleutelbos van deze computer. Bewaar de herstelsleutel op papier "
    "of in een kluis, niet op deze computer: gaat de sleutelbos verloren, dan opent alleen de "
    "herstelsleutel de database en de bijlagen nog (maatwerkdesk key recover). U ziet hem maar "
    "één keer.",
)


def recovery_message(unlocked: Unlocked, translate: Callable[[str], str] = str) -> str:
    """Why the recovery key of `unlocked` is shown, and what to do with it: in Dutch, or
    through `translate` (a window's, in its context "RecoveryKeyDialog")."""
    news = translate(RECOVERY_NEWS[unlocked.news or KeyNews.NEW]).format(path=unlocked.path)
    return f"{news} {translate(RECOVERY_ADVICE)}"
