"""What this computer has checked of a database's precedent index, kept outside the database.

Whoever can write the database can also write any "checked" mark in it, so the marks live
in the user's profile: the fingerprints of index rows that were derived afresh from a
version whose signature (or audit digest) checked out, and of packs made of such rows.
Two append-only files per database; a torn last write is ignored, and a lost file only
means checking again.
"""

from __future__ import annotations

import hashlib
import logging
import threading
from collections.abc import Iterable
from pathlib import Path

log = logging.getLogger(__name__)

ROW_DIGEST = 16
PACK_DIGEST = 32

_lock = threading.Lock()
_root: list[Path | None] = [None]
_by_database: dict[str, CheckedCases] = {}


def remember_in(root: Path | None) -> None:
    """Keep what this computer checks below `root` (a folder in the user's profile), one
    folder per database; None: in this program's memory only."""
    with _lock:
        _root[0] = root
        _by_database.clear()


def for_database(url: str) -> CheckedCases:
    """What this computer checked of the database at `url`."""
    with _lock:
        found = _by_database.get(url)
        if found is None:
            root = _root[0]
            folder = root / hashlib.sha256(url.encode("utf-8")).hexdigest()[:24] if root else None
            found = _by_database[url] = CheckedCases(folder)
        return found


class CheckedCases:
    """The fingerprints checked for one database; in memory only when `folder` is None."""

    def __init__(self, folder: Path | None) -> None:
        self._folder = folder
        self._lock = threading.Lock()
        self._packs: set[bytes] | None = None
        self._rows: set[bytes] | None = None

    def knows_pack(self, digest: bytes) -> bool:
        with self._lock:
            return digest in self._loaded("packs", PACK_DIGEST)

    def add_pack(self, digest: bytes) -> None:
        self._add("packs", PACK_DIGEST, [digest])

    def known_rows(self, digests: Iterable[bytes]) -> list[bool]:
        with self._lock:
            rows = self._loaded("rows", ROW_DIGEST)
            return [digest in rows for digest in digests]

    def add_rows(self, digests: Iterable[bytes]) -> None:
        self._add("rows", ROW_DIGEST, list(digests))

    def _loaded(self, name: str, size: int) -> set[bytes]:
        attribute = "_" + name
        found: set[bytes] | None = getattr(self, attribute)
        if found is None:
            found = set()
            path = self._folder / name if self._folder is not None else None
            if path is not None and path.exists():
                data = path.read_bytes()
                found = {data[i : i + size] for i in range(0, len(data) - size + 1, size)}
            setattr(self, attribute, found)
        return found

    def _add(self, name: str, size: int, digests: list[bytes]) -> None:
        with self._lock:
            known = self._loaded(name, size)
            new = [d for d in dict.fromkeys(digests) if len(d) == size and d not in known]
            if not new:
                return
            known.update(new)
            if self._folder is None:
                return
            try:
                self._folder.mkdir(parents=True, exist_ok=True)
                path = self._folder / name
                if path.exists() and path.stat().st_size % size:
                    # A torn write: cut it off, so what follows stays aligned.
                    with path.open("r+b") as torn:
                        torn.truncate(path.stat().st_size - path.stat().st_size % size)
                with path.open("ab") as file:
                    file.write(b"".join(new))
            except OSError:
                log.warning("Could not remember the checked precedent index rows", exc_info=True)
