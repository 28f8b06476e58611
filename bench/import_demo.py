"""Import and demo at scale: `maatwerkdesk import` of 10,000 and 100,000 dossiers, and
`maatwerkdesk demo --cases 10000`, each against a plain bulk insert of the same rows.

What is measured, and why: an organisation that starts with MaatwerkDesk brings its
dossiers in with `import` (maatwerkdesk/3 files, signed and historic decisions included),
and a trainer fills a database with `demo`. An import must take at most twice as long as
writing the same rows plainly and not need more memory for more dossiers; the demo of
10,000 dossiers must end within a minute, saying how far it is while it runs.

The data: `demo --cases 10000 --seed 1` fills a source database; its dossiers are
exported in files of 1,000 (as `export` writes them, records included), and half of the
decided dossiers get their historic version replaced by one signed by a bench chair's key,
so the import verifies Ed25519 signatures as well as historic digests. For 100,000 the ten
files are copied ten times with new ids and references (the signed versions signed
again, by a key of their own). Everything is made once and kept in `--data`.

Every timed run is a whole process started afresh, as the user waits for it (start-up
included), on a fresh copy of an empty, migrated database file:

- import 10,000: `maatwerkdesk --db COPY import` of the ten files, median of `--repeat`
  runs. Baseline: a plain Python process that loads the very rows that import wrote (read
  back from its result beforehand, as the program holds them: datetimes, lists) and writes
  them into the same schema (the same indexes, full-text triggers and foreign keys) with
  SQLAlchemy Core's executemany, one per table, in one transaction: no checks, no ORM, as
  bench/dataset.py writes bulk rows. For information it also shows the driver's own
  executemany (sqlcipher3, keyed) of the rows as stored, already converted to text. Both
  write into the same encrypted database as the program. Target: at most 2x. Runs of the
  three alternate, so a busy moment of the machine hits all alike.
- import 100,000: one run of the 100 files; the peak resident set of the program (VmHWM,
  read as it ends) against the 500 MiB target; its baseline is the peak of the 10,000
  import, so the ratio shows how flat memory is.
- demo 10,000: one run of `maatwerkdesk demo --cases 10000`; its time against the 60 s
  target; baseline: the plain bulk insert of the rows the demo wrote. The lines of
  progress it printed on stderr are counted (stdout must hold only its result line).

On a PostgreSQL server (under scripts/postgres.sh, or `--server URL`) the same commands
run with `--db URL`, each on a fresh copy of an empty database migrated there: the import
of 10,000 in the same rounds as the others, the import of 100,000 and the demo once each.
Their baseline is the same plain script on the same server: the rows the server's run
wrote (the import's read back from a first, unmeasured run), written by SQLAlchemy Core's
executemany through `open_database(URL)` into a fresh copy of the same empty database, in
one transaction, timed as a whole process; for the import in the same rounds. Each server
figure is shown against SQLite's too; the driver's own executemany is SQLite's only.

The server's triggers stay on in that baseline, as they are for the program's import: the
bench's login is a superuser, whom the server's rules let through (the guards of signed
decisions, facts and leases pass the database's owner, the audit trail refuses only
changes and removal, and row-level security, forced on no table, does not apply to a
superuser), so no trigger refuses a plain row, and the triggers that derive rows (the
precedent index's change counter, the deviations per regulation and article) derive them
as on SQLite, so those tables are left out of the rows written on both. The audit records
are plain rows with the hashes the program's run chained (on the server its
`maatwerkdesk_audit` function chains them), and the head of the trail is set to the last,
as on SQLite; the full-text entries are the server's (words), with new keys.

`--dossiers`, `--per-file` and `--copies` change the sizes (to try the bench out, e.g.
`--dossiers 200 --per-file 50 --copies 2`); the targets are judged at the sizes above only.

    .venv/bin/python bench/import_demo.py [--repeat 5] [--data DIR] [--dossiers 10000]
    scripts/postgres.sh run .venv/bin/python bench/import_demo.py   # and on a server
"""

from __future__ import annotations

import argparse
import json
import math
import pickle
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

from dataset import opened
from figures import (
    Figure,
    child_env,
    interleaved,
    median,
    print_figures,
    run_process,
    target_at,
    with_server,
)
from server import add_server_option, fresh_database, tell_server
from sqlalchemy import select

from maatwerkdesk.domain.exchange import document_to_json, dossiers_to_document
from maatwerkdesk.domain.exchange_record import DocumentExtras
from maatwerkdesk.domain.signed_record import (
    RecordKind,
    SignedContent,
    Signer,
    content_bytes,
    parse_content,
)
from maatwerkdesk.infra.signatures import KeyPair, encode_public, new_key_pair
from maatwerkdesk.persistence.base import Base
from maatwerkdesk.persistence.mapping import read_record
from maatwerkdesk.persistence.models import AuditHeadRow, DossierRow, UserRow, search_document
from maatwerkdesk.services import demo
from maatwerkdesk.services.context import Context
from maatwerkdesk.services.exchange_record import exported_parts

DOSSIERS, PER_FILE, COPIES = 10_000, 1_000, 10
"""The sizes the targets are for: dossiers, dossiers per file, and how many times the
files are copied for the large import."""
MIB = 1024 * 1024
TODAY = date(2026, 11, 28)
SKIPPED = ("change_counter", "bound_deviation", "bound_deviation_count", "audit_head")
"""Kept by triggers (on SQLite and on a server alike), and the audit trail's head: the
baseline sets that one apart."""

PLAIN = r"""
import pickle, sys
from pathlib import Path
from sqlalchemy import insert, update
from maatwerkdesk.persistence import models
from maatwerkdesk.persistence.db import open_database
from maatwerkdesk.services.store_keys import known_key
with open(sys.argv[1], "rb") as stream:
    tables, head = pickle.load(stream)
target = sys.argv[2]
key = None if "://" in target else known_key(Path(target))  # a server's URL has no key
database = open_database(target, migrate=False, key=key)
with database.engine.begin() as connection:
    for name, rows in tables:
        connection.execute(insert(models.Base.metadata.tables[name]), rows)
    connection.execute(update(models.AuditHeadRow.__table__).values(seq=head[0], hash=head[1]))
database.close()
"""
"""The baseline: SQLAlchemy Core's executemany, as bench/dataset.py writes bulk rows, into
the same encrypted database, or into a database on the same server."""

RAW = r"""
import pickle, sys
from pathlib import Path
from maatwerkdesk.persistence import cipher
from maatwerkdesk.services.store_keys import known_key
with open(sys.argv[1], "rb") as stream:
    tables, head = pickle.load(stream)
path = Path(sys.argv[2])
connection = cipher.connect(path, known_key(path), isolation_level=None)
connection.execute("PRAGMA journal_mode=WAL")
connection.execute("PRAGMA synchronous=FULL")
connection.execute("PRAGMA foreign_keys=ON")
connection.execute("BEGIN IMMEDIATE")
for table, columns, rows in tables:
    marks = ", ".join("?" * len(columns))
    names = ", ".join(f'"{c}"' for c in columns)
    connection.executemany(f'INSERT INTO "{table}" ({names}) VALUES ({marks})', rows)
connection.execute("UPDATE audit_head SET seq = ?, hash = ?", head)
connection.execute("COMMIT")
"""
"""For information: the driver's own executemany of the rows as stored (text already), with
the key, as the program's own connections are made."""


@dataclass(frozen=True)
class Sizes:
    dossiers: int
    per_file: int
    copies: int

    @property
    def at_scale(self) -> bool:
        return (self.dossiers, self.per_file, self.copies) == (DOSSIERS, PER_FILE, COPIES)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="runs of the import (>= 5)")
    parser.add_argument(
        "--data",
        type=Path,
        default=Path(tempfile.gettempdir()) / "maatwerkdesk-bench-import",
        help="where the files and databases are made once and kept",
    )
    parser.add_argument("--dossiers", type=int, default=DOSSIERS)
    parser.add_argument("--per-file", type=int, default=PER_FILE)
    parser.add_argument("--copies", type=int, default=COPIES)
    add_server_option(parser)
    args = parser.parse_args()
    sys.stdout.reconfigure(line_buffering=True)  # type: ignore[union-attr]
    sizes = Sizes(args.dossiers, args.per_file, args.copies)
    data: Path = args.data / f"{sizes.dossiers}-{sizes.per_file}-{sizes.copies}"
    data.mkdir(parents=True, exist_ok=True)
    on_file = _file_copies(_empty_database(data))
    on_server = _server_copies(args.server)
    small, large = _import_files(data, sizes)
    files = f"{len(small)} files"
    figures: list[Figure] = []

    count = sizes.dossiers
    rows = _imported_rows(on_file, small, count, data, "")
    measures = [
        lambda: _import(on_file.fresh, small, count, data / "run"),
        lambda: _baseline(PLAIN, on_file.fresh, rows.plain, data / "plain"),
        lambda: _baseline(RAW, on_file.fresh, rows.raw, data / "raw"),
    ]
    if on_server is not None:
        served_rows = _imported_rows(on_server, small, count, data, "-server")
        measures += [
            lambda: _import(on_server.fresh, small, count, data / "run-server"),
            lambda: _baseline(PLAIN, on_server.fresh, served_rows.plain, data / "plain-server"),
        ]
    runs, plain, raw, *served = interleaved(args.repeat, *measures)

    def importing(runs: list[_Run], plain: list[float], rows: _Rows, where: str) -> Figure:
        return Figure(
            f"import {sizes.dossiers:,} dossiers ({files})",
            median([r.seconds for r in runs]),
            median(plain),
            target_at(sizes.at_scale, 2),
            "s",
            note=f"baseline: executemany of the same {rows.count:,} rows{where}",
        )

    ours = importing(runs, plain, rows, "")
    _add(
        figures,
        [ours],
        [importing(served[0], served[1], served_rows, " on the same server")] if served else None,
    )
    _add(
        figures,
        [
            Figure(
                f"import {sizes.dossiers:,} dossiers against the driver's own executemany",
                ours.figure,
                median(raw),
                None,
                "s",
                note="for information: the same rows as stored, already text, by the driver",
            ),
        ],
        None,
    )

    def peak(fresh: Fresh, own: list[_Run], label: str) -> list[Figure]:
        huge = _import(fresh, large, count * sizes.copies, data / f"run-large{label}")
        mine = "" if own is runs else f"; this server's {count:,} import: {_peak(own):,.0f} MiB"
        return [
            Figure(
                f"import {count * sizes.copies:,} dossiers ({len(large)} files), peak memory",
                huge.peak / MIB,
                _peak(runs),
                target_at(sizes.at_scale, 500),
                "MiB",
                note=f"one run, {huge.seconds:.0f} s; baseline: the peak of the {count:,} "
                f"import{mine}",
                relative=False,
            ),
        ]

    _add(
        figures,
        peak(on_file.fresh, runs, ""),
        peak(on_server.fresh, served[0], "-server") if on_server else None,
    )

    def demo(place: _Place, label: str, where: str) -> list[Figure]:
        shown = _demo(place.fresh, sizes.dossiers, data / f"run-demo{label}")
        written = _rows_written(place.empty, shown.database, data / f"rijen-demo{label}")
        baseline = _baseline(PLAIN, place.fresh, written.plain, data / f"plain-demo{label}")
        return [
            Figure(
                f"demo --cases {sizes.dossiers:,}, one run",
                shown.seconds,
                baseline,
                target_at(sizes.at_scale, 60),
                "s",
                note=f"{shown.progress} lines of progress; baseline: executemany of the same "
                f"{written.count:,} rows{where}",
                relative=False,
            ),
        ]

    _add(
        figures,
        demo(on_file, "", ""),
        demo(on_server, "-server", " on the same server") if on_server else None,
    )
    print("\nall together:")
    if not sizes.at_scale:
        print(f"targets are for {DOSSIERS:,} dossiers in files of {PER_FILE:,}, copied {COPIES}x")
    tell_server(on_server is not None)
    print_figures(figures)


def _add(figures: list[Figure], ours: list[Figure], on_server: list[Figure] | None) -> None:
    """Keep the figures (with the server's) for the table at the end, and show them at once."""
    rows = with_server(ours, on_server)
    figures += rows
    print_figures(rows)


def _peak(runs: list[_Run]) -> float:
    """The median peak memory of `runs`, in MiB."""
    return median([r.peak for r in runs]) / MIB


@dataclass
class _Run:
    database: str
    seconds: float
    peak: int
    """Bytes."""
    progress: int = 0


PEAK = r"""
import atexit, os, runpy, sys

def peak():
    with open("/proc/self/status") as status:
        kib = next(line.split()[1] for line in status if line.startswith("VmHWM:"))
    with open(os.environ["BENCH_PEAK_FILE"], "w") as out:
        out.write(kib)

atexit.register(peak)
sys.argv = ["maatwerkdesk", *sys.argv[1:]]
runpy.run_module("maatwerkdesk", run_name="__main__")
"""
"""Runs the command line and writes its peak resident set (VmHWM, of this program only:
not of the process it was forked from) when it ends."""


Fresh = Callable[[Path], str]
"""Makes a run's database, and its clean folder (for the profile): what `--db` names."""


@dataclass(frozen=True)
class _Place:
    """Where runs write: a fresh copy of an empty, migrated database each."""

    empty: Path | str
    """The empty database: a file, or a URL on the server."""
    fresh: Fresh


def _clean(folder: Path) -> None:
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)


def _fresh_copy(folder: Path, empty: Path, name: str) -> Path:
    """A clean `folder` with a copy of the empty database in it."""
    _clean(folder)
    database = folder / name
    shutil.copy(empty, database)
    return database


def _file_copies(empty: Path) -> _Place:
    """Each run on a copy of the empty database file."""
    return _Place(empty, lambda folder: str(_fresh_copy(folder, empty, "maatwerkdesk.sqlite3")))


def _server_copies(server: str | None) -> _Place | None:
    """Each run on a copy of an empty database migrated on the server, made here once;
    None without a server."""
    empty = fresh_database("mw_bench_import_empty", server)
    if empty is None:
        return None
    opened(empty).close()

    def fresh(folder: Path) -> str:
        _clean(folder)
        url = fresh_database(f"mw_bench_import_{folder.name.replace('-', '_')}", server, like=empty)
        assert url is not None
        return url

    return _Place(empty, fresh)


def _cli(folder: Path, fresh: Fresh, *arguments: str | Path) -> tuple[_Run, str, str]:
    """Run the command line as a user would, on a fresh copy of the empty database."""
    database = fresh(folder)
    command = [sys.executable, "-c", PEAK, "--profile", str(folder / "profiel")]
    command += ["--db", database, *map(str, arguments)]
    peak_file = folder / "peak.txt"
    started = time.perf_counter()
    result = subprocess.run(
        command, capture_output=True, text=True, env=child_env(BENCH_PEAK_FILE=str(peak_file))
    )
    seconds = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(map(str, arguments))[:200]} failed:\n{result.stderr}")
    peak = int(peak_file.read_text()) * 1024
    return _Run(database, seconds, peak), result.stdout, result.stderr


def _import(fresh: Fresh, files: list[Path], count: int, folder: Path) -> _Run:
    run, out, _err = _cli(folder, fresh, "import", *files)
    assert out.startswith(f"{count} dossiers geïmporteerd"), out
    return run


def _demo(fresh: Fresh, dossiers: int, folder: Path) -> _Run:
    run, out, err = _cli(folder, fresh, "demo", "--cases", str(dossiers), "--seed", "1")
    assert out == f"{dossiers} fictieve dossiers toegevoegd.\n", out
    run.progress = len([line for line in err.splitlines() if " van " in line])
    return run


def _baseline(script: str, fresh: Fresh, rows: Path, folder: Path) -> float:
    """Seconds of the plain bulk insert `script` of `rows` into a fresh copy."""
    database = fresh(folder)
    return run_process([sys.executable, "-c", script, str(rows), database], child_env()).wall


@dataclass(frozen=True)
class _Rows:
    plain: Path
    """Per table, parents first, the rows as the program holds them (datetimes, lists)."""
    raw: Path
    """The same rows as the database stores them (text), with their column names."""
    count: int


def _imported_rows(place: _Place, files: list[Path], count: int, data: Path, label: str) -> _Rows:
    """The rows an import of `files` writes at `place`: one unmeasured run, read back."""
    first = _import(place.fresh, files, count, data / f"run{label}")
    return _rows_written(place.empty, first.database, data / f"rijen-import{label}")


def _rows_written(empty: Path | str, database: str, target: Path) -> _Rows:
    """Every row the run added (the audit head apart), read back; kept as pickles."""
    before, after = opened(empty, migrate=False), opened(database, migrate=False)
    plain, raw, count = [], [], 0
    with before.engine.connect() as old, after.engine.connect() as new:
        for table in Base.metadata.sorted_tables:
            if table.name in SKIPPED:
                continue
            key = list(table.primary_key.columns)
            existing = {tuple(r) for r in old.execute(select(*key))}
            rows = [dict(r._mapping) for r in new.execute(select(table))]
            rows = [r for r in rows if tuple(r[c.key] for c in key) not in existing]
            if table is search_document:  # its key is the full-text index's rowid: new ones
                for row in rows:
                    del row["key"]
            if not rows:
                continue
            plain.append((table.name, rows))
            columns = list(rows[0])
            quoted = ", ".join(f'"{c}"' for c in [*(c.key for c in key), *columns])
            stored = new.exec_driver_sql(f'SELECT {quoted} FROM "{table.name}"')
            kept = [r[len(key) :] for r in stored if tuple(r[: len(key)]) not in existing]
            raw.append((table.name, columns, kept))
            count += len(rows)
        head = new.execute(select(AuditHeadRow.seq, AuditHeadRow.hash)).one()
    before.close()
    after.close()
    paths = target.with_suffix(".plain.pickle"), target.with_suffix(".raw.pickle")
    for path, tables in zip(paths, (plain, raw), strict=True):
        with path.open("wb") as stream:
            pickle.dump((tables, tuple(head)), stream, protocol=pickle.HIGHEST_PROTOCOL)
    return _Rows(paths[0], paths[1], count)


# --- the data, made once ---------------------------------------------------------------------


def _empty_database(data: Path) -> Path:
    """An empty database at the current schema (one kept from an earlier run is brought
    up to it)."""
    path = data / "leeg.sqlite3"
    opened(path).close()
    return path


def _import_files(data: Path, sizes: Sizes) -> tuple[list[Path], list[Path]]:
    small_dir, large_dir = data / "bestanden", data / "kopieen"
    small = sorted(small_dir.glob("*.json"))
    if len(small) != math.ceil(sizes.dossiers / sizes.per_file):
        small = _export_demo(data, small_dir, sizes)
    large = sorted(large_dir.glob("*.json"))
    if len(large) != sizes.copies * len(small):
        large = _copies(small, large_dir, sizes.copies)
    return small, large


def _export_demo(data: Path, folder: Path, sizes: Sizes) -> list[Path]:
    print(f"making {sizes.dossiers:,} demo dossiers and their export (once)…", file=sys.stderr)
    source = data / "bron.sqlite3"
    source.unlink(missing_ok=True)
    database = opened(source)
    context = Context(actor="bench", origin="bench", today=TODAY)
    with database.sessions.begin() as session:
        demo.add_demo_dossiers(session, context, sizes.dossiers, seed=1)
    pair = new_key_pair()
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    with database.reads() as session:
        chair = session.scalar(select(UserRow).where(UserRow.name == "Hanneke Zwart"))
        assert chair is not None
        ids = list(session.scalars(select(DossierRow.id).order_by(DossierRow.reference)))
        for number, start in enumerate(range(0, len(ids), sizes.per_file), start=1):
            chunk = ids[start : start + sizes.per_file]
            rows = session.scalars(
                select(DossierRow).where(DossierRow.id.in_(chunk)).order_by(DossierRow.reference)
            ).all()
            document = dossiers_to_document(
                [read_record(r) for r in rows], _together(exported_parts(session, chunk))
            )
            _sign_half(document, pair, chair)
            path = folder / f"export-{number:03d}.json"
            path.write_bytes(document_to_json(document))
            paths.append(path)
    database.close()
    return paths


def _together(parts: dict[str, DocumentExtras]) -> DocumentExtras:
    """One document's parts for the dossiers `parts` holds each document's parts of: every
    catalogue text, person, key and meeting once."""
    each = parts.values()

    def once(name: str) -> tuple[Any, ...]:
        return tuple(dict.fromkeys(item for part in each for item in getattr(part, name)))

    return DocumentExtras(
        *(once(name) for name in ("catalogues", "people", "keys", "meetings")),
        records={key: record for part in each for key, record in part.records.items()},
    )


def _sign_half(document: dict[str, Any], pair: KeyPair, chair: UserRow) -> None:
    """Every other decided dossier: its historic version becomes one the chair signed."""
    decided = [d for d in document["dossiers"] if d["record"]["versions"]]
    for dossier in decided[::2]:
        version = dossier["record"]["versions"][0]
        content = parse_content(version["content"].encode("utf-8"))
        signer = Signer(chair.id, chair.name, pair.id)
        _store(version, replace(content, kind=RecordKind.SIGNED, signer=signer, source=""), pair)
    _use_key(document, pair, chair.id)
    if chair.id not in {p["id"] for p in document["people"]}:
        document["people"].append(
            {
                "id": chair.id,
                "name": chair.name,
                "role": chair.roles[0],
                "discipline": chair.discipline,
            }
        )
        document["people"].sort(key=lambda p: p["id"])


def _store(version: dict[str, Any], content: SignedContent, pair: KeyPair) -> None:
    """`content` as the version's content; a signed one signed with `pair`."""
    signed = content.kind is RecordKind.SIGNED
    if signed:
        assert content.signer is not None
        content = replace(content, signer=replace(content.signer, key_id=pair.id))
    raw = content_bytes(content)
    version["content"] = raw.decode("utf-8")
    if signed:
        version.update(signature=pair.sign(raw), key=pair.id)


def _use_key(document: dict[str, Any], pair: KeyPair, user_id: str) -> None:
    """The document's one signing key: `pair`'s, of `user_id`."""
    document["keys"] = [
        {"key_id": pair.id, "user": user_id, "public_key": encode_public(pair.public)}
    ]


def _copies(small: list[Path], folder: Path, copies: int) -> list[Path]:
    """The files `copies` times, each copy with its own ids and references, the signed
    versions signed again by a key of its own."""
    print(f"copying the files {copies} times (once)…", file=sys.stderr)
    pair = new_key_pair()
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for copy in range(copies):
        for path in small:
            document = json.loads(path.read_bytes())
            for dossier in document["dossiers"]:
                _renumber(dossier, copy, pair)
            _use_key(document, pair, document["keys"][0]["user"])
            target = folder / f"kopie-{copy:02d}-{path.name}"
            target.write_bytes(document_to_json(document))
            paths.append(target)
    return paths


def _renumber(dossier: dict[str, Any], copy: int, pair: KeyPair) -> None:
    def new(old: str) -> str:
        return str(uuid.uuid5(uuid.UUID(old), str(copy)))

    ids = {dossier["id"]: new(dossier["id"])}
    for kind in ("timeline", "attachments"):
        for item in dossier[kind]:
            ids[item["id"]] = new(item["id"])
            item["id"] = ids[item["id"]]
    _prefix, year, number = dossier["reference"].split("-")
    reference = f"MW-{1000 + 10 * copy + int(year) % 10}-{number}"  # a year of its own
    dossier["id"], dossier["reference"] = ids[dossier["id"]], reference
    for assessment in dossier["record"]["assessments"]:
        for answer in assessment["answers"]:
            for link in answer["evidence"]:
                link["id"] = ids.get(link["id"], link["id"])
    for version in dossier["record"]["versions"]:
        content = parse_content(version["content"].encode("utf-8"))
        facts = replace(content.facts, reference=reference)
        _store(version, replace(content, dossier_id=dossier["id"], facts=facts), pair)


if __name__ == "__main__":
    main()
