"""The log file. Messages name ids and actions only: personal data never goes in a log.

The file is rotated when the program starts rather than while it runs: the program logs
little, and a plain FileHandler keeps `logging.handlers` (and the socket and pickle modules
it pulls in) out of the start-up path.
"""

from __future__ import annotations

import logging
from pathlib import Path

FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"
MAX_BYTES = 2_000_000
GENERATIONS = 5


def rotate(log_file: Path, *, max_bytes: int = MAX_BYTES, generations: int = GENERATIONS) -> None:
    """When the file has grown past `max_bytes`, keep it as .1 (older ones shift up)."""
    try:
        if log_file.stat().st_size <= max_bytes:
            return
    except FileNotFoundError:
        return
    for number in range(generations - 1, 0, -1):
        older = log_file.with_name(f"{log_file.name}.{number}")
        if older.exists():
            older.replace(log_file.with_name(f"{log_file.name}.{number + 1}"))
    log_file.replace(log_file.with_name(f"{log_file.name}.1"))


def configure_logging(log_file: Path, *, verbose: bool = False) -> None:
    log_file.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    rotate(log_file)
    for kept in log_file.parent.glob(f"{log_file.name}*"):  # made by an older version
        kept.chmod(0o600)
    handler = logging.FileHandler(log_file, encoding="utf-8")
    handler.setFormatter(logging.Formatter(FORMAT))
    root = logging.getLogger()
    for old in root.handlers:
        old.close()
    root.handlers[:] = [handler]
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    logging.captureWarnings(True)
