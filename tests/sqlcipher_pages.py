"""Every page of an SQLCipher 4 file (and of its write-ahead log) decrypted, free ones too.

SQLite shows only what is live; whoever holds the key (a recovery key found in a drawer)
and reads the pages themselves sees what was deleted but not yet overwritten. SQLCipher 4
with a raw key: 4096-byte pages, each encrypted with AES-256-CBC under the key itself,
its IV in the last 80 bytes it reserves (IV 16, HMAC 64); the first 16 bytes of the file
are the salt, in the clear. A WAL frame is a 24-byte header and such a page.
"""

from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE = 4096
RESERVE = 80
SALT = 16
WAL_HEADER = 32
FRAME_HEADER = 24


def _page(page: bytes, key: bytes, *, first: bool) -> bytes:
    iv = page[PAGE - RESERVE : PAGE - RESERVE + 16]
    body = page[SALT if first else 0 : PAGE - RESERVE]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(body) + decryptor.finalize()


def decrypted_pages(path: Path, key: bytes) -> bytes:
    """The database file's pages, decrypted, one after the other."""
    data = path.read_bytes()
    return b"".join(
        _page(data[start : start + PAGE], key, first=start == 0)
        for start in range(0, len(data) - PAGE + 1, PAGE)
    )


def decrypted_wal(path: Path, key: bytes) -> bytes:
    """The pages in the write-ahead log beside `path` (there or not), decrypted."""
    wal = Path(f"{path}-wal")
    data = wal.read_bytes() if wal.exists() else b""
    pages = []
    start = WAL_HEADER
    while start + FRAME_HEADER + PAGE <= len(data):
        number = int.from_bytes(data[start : start + 4], "big")
        page = data[start + FRAME_HEADER : start + FRAME_HEADER + PAGE]
        pages.append(_page(page, key, first=number == 1))
        start += FRAME_HEADER + PAGE
    return b"".join(pages)
