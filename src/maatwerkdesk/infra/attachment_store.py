"""Attachment files in the data directory, stored under their SHA-256, encrypted.

The original file name is never used to build a path: it is kept in the database for
display only. Identical files are stored once: the name is the SHA-256 of the content.

Each file is encrypted with AES-256-GCM under the store's key (`attachment_key`, derived
from the key of the profile's database, so the database's recovery key recovers it too),
in pieces of 1 MiB, so that a file of 50 MB is never held in memory whole:

    "MWB1" | key fingerprint (16) | nonce prefix (7) | piece 1 | piece 2 | … | last piece

Every piece is sealed with a nonce of the prefix, its number and whether it is the last,
and with the header as associated data: a piece moved, dropped, cut off or changed, or a
header changed, fails to open (`UnreadableAttachmentError`). A file without this header is
refused too: a plaintext file put in the store is never shown as an attachment.

`make_current` puts every file under the store's key: on the first start a plaintext
file (from before encryption) is encrypted, after a key change a file under the old key
is encrypted again. A file whose content does not match its name is left alone and
counted. Once all files are done, `versleuteld` in the folder names the key they are
under, so that later starts need not look at every file.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import logging
import os
import secrets
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Protocol

from maatwerkdesk.domain.errors import DomainError

log = logging.getLogger(__name__)

MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024
MAGIC = b"MWB1"
FINGERPRINT_BYTES = 16
NONCE_PREFIX_BYTES = 7
HEADER_BYTES = len(MAGIC) + FINGERPRINT_BYTES + NONCE_PREFIX_BYTES
PIECE = 1 << 20
TAG = 16
DONE_MARKER = "versleuteld"
"""A file in the store's folder naming the fingerprint of the key all files are under."""


class Readable(Protocol):
    def read(self, size: int, /) -> bytes: ...


class UnreadableAttachmentError(OSError):
    """The file is not an attachment this store wrote, or no key of it opens it."""


def attachment_key(database_key: bytes) -> bytes:
    """The store's key, derived from the key of the profile's database (HKDF-SHA256)."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(hashes.SHA256(), 32, salt=None, info=b"maatwerkdesk bijlagen v1").derive(
        database_key
    )


def fingerprint(key: bytes) -> bytes:
    """Names a key in a file's header without giving anything of it away."""
    return hashlib.sha256(b"maatwerkdesk bijlagesleutel " + key).digest()[:FINGERPRINT_BYTES]


def _nonce(prefix: bytes, number: int, last: bool) -> bytes:
    return prefix + number.to_bytes(4, "big") + (b"\x01" if last else b"\x00")


class AttachmentStore:
    def __init__(self, root: Path, key: bytes, *, also: Iterable[bytes] = ()) -> None:
        """`also`: other keys files may still be under (while the key changes)."""
        self.root = root
        self._key = key
        self._keys = {fingerprint(k): k for k in (*also, key)}

    def path_for(self, sha256: str) -> Path:
        if len(sha256) != 64 or any(ch not in "0123456789abcdef" for ch in sha256):
            raise ValueError("not a SHA-256 hex digest")
        return self.root / sha256[:2] / sha256

    def has(self, sha256: str) -> bool:
        return self.path_for(sha256).is_file()

    def add(self, source: Path) -> tuple[str, int]:
        """Encrypt `source` in; returns (sha256, size). Written atomically, checked for size."""
        try:
            size = source.stat().st_size
        except OSError as error:
            raise DomainError(
                f"Het bestand '{source.name}' kan niet worden gelezen ({error.strerror}). "
                "Controleer of het bestaat en of u het mag openen."
            ) from None
        if size > MAX_ATTACHMENT_BYTES:
            raise DomainError(
                f"Het bestand '{source.name}' is te groot ({size / 1_048_576:.0f} MB); "
                f"het maximum is {MAX_ATTACHMENT_BYTES // 1_048_576} MB. "
                "Verklein het bestand of bewaar het in het zaaksysteem en noteer de vindplaats."
            )
        with source.open("rb") as plain:
            return self._added(plain), size

    def add_bytes(self, content: bytes) -> str:
        """Encrypt a file's content in (fetched from the team database); its SHA-256."""
        return self._added(io.BytesIO(content))

    def _added(self, plain: Readable) -> str:
        self.root.mkdir(mode=0o700, parents=True, exist_ok=True)
        temp, digest = self._sealed(plain)
        target = self.path_for(digest)
        if target.exists():
            os.unlink(temp)
        else:
            self._put(temp, target)
        return digest

    def decrypt_to(self, sha256: str, target: Path) -> None:
        """Write the content of an attachment to `target` (a new file, owner only); nothing
        is left there when it cannot be read whole."""
        with self.path_for(sha256).open("rb") as sealed:
            fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            try:
                with os.fdopen(fd, "wb") as out:
                    for piece in self._opened(sealed):
                        out.write(piece)
            except BaseException:
                target.unlink()
                raise

    def remove(self, sha256: str) -> None:
        """The file goes (a dossier that referred to it was deleted); gone already is fine."""
        with contextlib.suppress(FileNotFoundError):
            self.path_for(sha256).unlink()

    def read(self, sha256: str) -> bytes:
        with self.path_for(sha256).open("rb") as sealed:
            return b"".join(self._opened(sealed))

    def make_current(self) -> int:
        """Put every file under this store's key (see the module docstring); how many files
        were encrypted anew. Files whose content does not match their name are skipped."""
        marker = self.root / DONE_MARKER
        current = fingerprint(self._key).hex()
        with contextlib.suppress(OSError):
            if marker.read_text(encoding="ascii") == current:
                return 0
        if not self.root.is_dir():
            return 0
        changed = skipped = 0
        for path in sorted(self.root.glob("??/*")):
            if not path.is_file() or path.name.startswith("."):
                continue
            outcome = self._make_current(path)
            changed += outcome is True
            skipped += outcome is None
        if skipped:
            log.warning("%d attachment files do not match their names; left as they are", skipped)
        else:
            marker.write_text(current, encoding="ascii")
        if changed:
            log.info("%d attachment files encrypted under the current key", changed)
        return changed

    def _make_current(self, path: Path) -> bool | None:
        """True when the file was encrypted anew, False when it needed nothing, None when
        its content does not match its name (or no key of this store opens it)."""
        with path.open("rb") as stream:
            header = stream.read(HEADER_BYTES)
            stream.seek(0)
            if header.startswith(MAGIC):
                if header[len(MAGIC) : len(MAGIC) + FINGERPRINT_BYTES] == fingerprint(self._key):
                    return False
                plain: Readable = _Pieces(self._opened(stream))
            else:
                plain = stream
            try:
                temp, digest = self._sealed(plain)
            except UnreadableAttachmentError:
                return None
        if digest != path.name:
            os.unlink(temp)
            return None
        self._put(temp, path)
        return True

    def _sealed(self, plain: Readable) -> tuple[Path, str]:
        """Encrypt `plain` into a temporary file in the store; its path and the SHA-256
        of the plaintext."""
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        aead = AESGCM(self._key)
        prefix = secrets.token_bytes(NONCE_PREFIX_BYTES)
        header = MAGIC + fingerprint(self._key) + prefix
        digest = hashlib.sha256()
        fd, name = tempfile.mkstemp(dir=self.root, prefix=".upload-")
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(header)
                piece = plain.read(PIECE)
                number = 0
                while True:
                    following = plain.read(PIECE)
                    digest.update(piece)
                    last = not following
                    out.write(aead.encrypt(_nonce(prefix, number, last), piece, header))
                    if last:
                        break
                    piece, number = following, number + 1
                out.flush()
                os.fsync(out.fileno())
        except BaseException:
            os.unlink(name)
            raise
        return Path(name), digest.hexdigest()

    def _opened(self, sealed: Readable) -> Iterator[bytes]:
        """The plaintext of a sealed file, a piece at a time; UnreadableAttachmentError if it
        is not whole and as this store wrote it."""
        from cryptography.exceptions import InvalidTag
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        header = sealed.read(HEADER_BYTES)
        key = self._keys.get(header[len(MAGIC) : len(MAGIC) + FINGERPRINT_BYTES])
        if len(header) != HEADER_BYTES or not header.startswith(MAGIC) or key is None:
            raise UnreadableAttachmentError("not an attachment of this store")
        aead = AESGCM(key)
        prefix = header[-NONCE_PREFIX_BYTES:]
        piece = sealed.read(PIECE + TAG)
        number = 0
        while True:
            following = sealed.read(PIECE + TAG)
            try:
                yield aead.decrypt(_nonce(prefix, number, not following), piece, header)
            except InvalidTag:
                raise UnreadableAttachmentError(
                    "an attachment file was changed or cut off"
                ) from None
            if not following:
                return
            piece, number = following, number + 1

    def _put(self, temp: Path, target: Path) -> None:
        target.parent.mkdir(mode=0o700, exist_ok=True)
        try:
            os.replace(temp, target)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temp)
            raise


class _Pieces:
    """The pieces of an iterator as a stream to `read` from (re-encrypting a file)."""

    def __init__(self, pieces: Iterator[bytes]) -> None:
        self._pieces = pieces
        self._buffer = b""

    def read(self, size: int) -> bytes:
        while len(self._buffer) < size:
            piece = next(self._pieces, None)
            if piece is None:
                break
            self._buffer += piece
        data, self._buffer = self._buffer[:size], self._buffer[size:]
        return data
