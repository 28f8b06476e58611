"""Attachment files in the data directory, stored under their SHA-256.

The original file name is never used to build a path: it is kept in the database for
display only. Identical files are stored once.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

from maatwerkdesk.domain.errors import DomainError

MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024


class AttachmentStore:
    def __init__(self, root: Path) -> None:
        self.root = root

    def path_for(self, sha256: str) -> Path:
        if len(sha256) != 64 or any(ch not in "0123456789abcdef" for ch in sha256):
            raise ValueError("not a SHA-256 hex digest")
        return self.root / sha256[:2] / sha256

    def add(self, source: Path) -> tuple[str, int]:
        """Copy `source` in; returns (sha256, size). Written atomically, checked for size."""
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
        self.root.mkdir(parents=True, exist_ok=True)
        digest = hashlib.sha256()
        fd, temp_name = tempfile.mkstemp(dir=self.root, prefix=".upload-")
        try:
            with os.fdopen(fd, "wb") as out, source.open("rb") as src:
                while chunk := src.read(1 << 20):
                    digest.update(chunk)
                    out.write(chunk)
                out.flush()
                os.fsync(out.fileno())
            target = self.path_for(digest.hexdigest())
            target.parent.mkdir(exist_ok=True)
            if target.exists():
                os.unlink(temp_name)
            else:
                os.replace(temp_name, target)
        except BaseException:
            if os.path.exists(temp_name):
                os.unlink(temp_name)
            raise
        return digest.hexdigest(), size
