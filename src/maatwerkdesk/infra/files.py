"""Files: written so that a crash never leaves a half-written one, read within a limit."""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path

from maatwerkdesk.domain.errors import DomainError


def write_atomically(target: Path, data: bytes) -> None:
    """Write `data` to `target`: a temporary file in the same folder, fsync, then rename.

    Either the old file (or none) or the complete new one is there afterwards. Raises
    OSError like `open` would; the temporary file is removed on failure.
    """
    folder = target.parent
    fd, temp_name = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp_name, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise
    _fsync_folder(folder)


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); Windows has no directory handles for this."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems refuse fsync on a directory; the data itself is synced
    finally:
        os.close(fd)


def read_bounded(path: Path, limit: int, *, too_large: Callable[[str, int, int], str]) -> bytes:
    """The bytes of a user-chosen file, refused when over `limit` (checked before reading,
    and reading stops at the limit even if the file grows meanwhile). Failures are
    DomainErrors in Dutch naming the file; `too_large(name, size, limit)` words that one.
    """
    source = str(path)
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise DomainError(f"{source}: dit is geen gewoon bestand (maar een map of apparaat).")
        if info.st_size > limit:
            raise DomainError(too_large(source, info.st_size, limit))
        with path.open("rb") as stream:
            raw = stream.read(limit + 1)
    except FileNotFoundError:
        raise DomainError(f"{source}: dit bestand bestaat niet.") from None
    except PermissionError:
        raise DomainError(f"{source}: u hebt geen toestemming om dit bestand te lezen.") from None
    except OSError as error:
        raise DomainError(
            f"{source}: het bestand kan niet worden gelezen ({error.strerror or error})."
        ) from None
    if len(raw) > limit:
        raise DomainError(too_large(source, len(raw), limit))
    return raw
