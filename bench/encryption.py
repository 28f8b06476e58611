"""What encryption at rest costs: start-up, the list and a save, encrypted against plaintext.

The same data twice in one run: the bench's list database (`dataset.build`, encrypted as
the program keeps its own) and a plaintext copy of it (`sqlcipher_export` without a key).
Each figure is the median of `--runs` (at least 5) interleaved runs; the baseline is the
same program on the plaintext copy. Target: at most 1.2x each.

- start-up: the app, a fresh process on Qt's offscreen platform, from its start until a
  visible list shows its first dossier (bench/startup.py's driver), opened with `--db`.
  On the plaintext copy the app runs with SQLCipher's key left off every connection and
  the file taken for an encrypted one; everything else, the keyring lookup included (a
  file in the benches, the operating system's keyring on a desktop), is the same.
- list: every one of `--dossiers` (default 10,000) dossiers, as the list's services read
  them (`list_dossiers`, no limit), in a read unit of work.
- save: one dossier's fields saved from its revision, with its audit record, committed
  (WAL, synchronous=FULL) in a writing unit of work.

    .venv/bin/python bench/encryption.py [--runs 5] [--dossiers 10000]
    .venv/bin/python bench/encryption.py --dossiers 1000 --runs 5     # to try it out
"""

from __future__ import annotations

import argparse
import contextlib
import sys
import tempfile
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import dataset
from figures import Figure, child_env, medians, print_figures, timed
from startup import APP, measure, remembered_user

from maatwerkdesk.infra import store_keys
from maatwerkdesk.persistence import cipher
from maatwerkdesk.persistence.db import Database, open_database
from maatwerkdesk.services import dossiers
from maatwerkdesk.services.context import Context
from maatwerkdesk.services.store_keys import known_key
from maatwerkdesk.services.unit_of_work import reading, writing

TARGET = 1.2
CONTEXT = Context(actor="benchmark", origin="bench/encryption")
WATCH = 2.0
"""Seconds each app process runs after its event loop starts (first rows come well before)."""

PLAINTEXT = (
    """
import maatwerkdesk.persistence.cipher as cipher
keyed = cipher.apply_key
cipher.apply_key = lambda connection, key, salt=None: keyed(connection, None)
cipher.kind_of = lambda path: cipher.FileKind.ENCRYPTED if path.exists() else cipher.FileKind.ABSENT
"""
    + APP
)
"""The app without SQLCipher's encryption: no key on any connection, and the plaintext file
taken for an encrypted one whose 'salt' (its first 16 bytes) names a key in the keyring."""


def plaintext_copy(encrypted: Path) -> Path:
    """A plaintext copy beside the encrypted database, its 'key' stored (see PLAINTEXT)."""
    plain = encrypted.with_name(f"{encrypted.stem}.plaintext.sqlite3")
    for leftover in plain.parent.glob(f"{plain.name}*"):
        leftover.unlink()
    with contextlib.closing(cipher.connect(encrypted, known_key(encrypted))) as source:
        source.execute("ATTACH DATABASE ? AS plaintext KEY ''", (str(plain),))
        source.execute("SELECT sqlcipher_export('plaintext')").fetchall()
        source.execute("DETACH DATABASE plaintext")
    store_keys.store_key(cipher.salt_of(plain), bytes(32))
    return plain


def listed(database: Database) -> None:
    with reading(database) as session:
        rows = dossiers.list_dossiers(session, dossiers.DossierQuery(), limit=None)
    assert rows


def saver(database: Database) -> Callable[[], None]:
    """A save of one dossier, from the revision it has (each run changes the notes)."""
    with reading(database) as session:
        dossier_id = dossiers.list_dossiers(session, dossiers.DossierQuery(), limit=1)[0].id
    counter = iter(range(10**9))

    def save() -> None:
        with writing(database) as session:
            record = dossiers.open_dossier(session, CONTEXT, dossier_id)
            fields = replace(record.fields, notes=f"Opgeslagen {next(counter)}")
            dossiers.update_dossier(
                session, CONTEXT, dossier_id, fields, expected_revision=record.revision
            )

    return save


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--dossiers", type=int, default=10_000)
    parser.add_argument(
        "--work", type=Path, default=Path(tempfile.gettempdir()) / "maatwerkdesk-bench"
    )
    options = parser.parse_args()
    count = options.dossiers
    encrypted = dataset.build(options.work / dataset.location("list", count).name, count)
    runs = []
    for variant in ("encrypted", "plaintext"):  # profiles apart: each is made by its variant
        profile = options.work / f"encryption-{variant}-profile-{count}"
        remembered_user(encrypted, profile / "config" / "venster.ini")
        runs.append(profile)
    plain = plaintext_copy(encrypted)

    env = child_env(QT_QPA_PLATFORM="offscreen")
    started = [
        lambda code=code, path=path, profile=profile: (
            measure(code, ["--profile", str(profile), "--db", str(path)], WATCH, env)["first_rows"]
            * 1000
        )
        for code, path, profile in ((APP, encrypted, runs[0]), (PLAINTEXT, plain, runs[1]))
    ]
    first_rows, first_rows_plain = medians(options.runs, *started)

    secret, open_ = dataset.opened(encrypted), open_database(plain)
    try:
        listing, listing_plain = medians(
            options.runs, timed(lambda: listed(secret)), timed(lambda: listed(open_))
        )
        saving, saving_plain = medians(options.runs, timed(saver(secret)), timed(saver(open_)))
    finally:
        secret.close()
        open_.close()
    print(f"runs: {options.runs}, {count:,} dossiers, medians; baseline: the same, plaintext")
    print_figures(
        [
            Figure("start-up: first dossier rows", first_rows, first_rows_plain, TARGET),
            Figure(f"list of {count:,} dossiers", listing, listing_plain, TARGET),
            Figure("save of one dossier", saving, saving_plain, TARGET),
        ]
    )


if __name__ == "__main__":
    main()
