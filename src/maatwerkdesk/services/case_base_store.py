"""The case base of each factor catalogue, read from the precedent index and kept up to date.

The index (`case_index`, written in the transaction that signs, registers, imports or voids
a decision: persistence/case_index.py) holds per binding case what the case base reads of
it, with a change sequence. A program reads it once per catalogue: the pack (all rows as
columns, as of a sequence number) and the rows changed since. Afterwards a cheap read of
the sequence tells whether anything changed, and only the rows changed since are applied:
appended to the columns, the cases they replace or remove marked dead (`CaseColumns`).
The reading happens on a connection of its own, outside any caller's write transaction.

Only what was checked binds. A row counts as it stands when this computer has checked
its fingerprint before (kept in the user's profile: infra/checked_cases.py), or a pack when
it was made here from checked rows; any other row, and every row the triggers marked stale
because its source changed, is derived afresh from its source, whose signature (or audit
digest) must check out as on every read of a signed version (services/signed.py). So a
row is verified once per computer, and a start at 100,000 cases reads one pack.
"""

from __future__ import annotations

import hashlib
import logging
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import Connection, Engine, Integer, func, insert, literal_column, select, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from maatwerkdesk.domain.case_base import CaseBase
from maatwerkdesk.domain.case_columns import CaseColumns
from maatwerkdesk.domain.case_pack import PackError, decode, encode
from maatwerkdesk.domain.case_record import (
    IMPORTED_KEY,
    SIGNED_KEY,
    CaseRecord,
    record_digest,
    signed_record,
)
from maatwerkdesk.domain.factors import FactorCatalogue
from maatwerkdesk.infra import checked_cases
from maatwerkdesk.infra.checked_cases import CheckedCases
from maatwerkdesk.persistence.case_index import SEQUENCE, imported_record, record_of
from maatwerkdesk.persistence.connection import INSUFFICIENT_PRIVILEGE
from maatwerkdesk.persistence.db import READ_ONLY
from maatwerkdesk.persistence.models import (
    AuditRow,
    ImportedPrecedentRow,
    SignedDecisionRow,
    case_index,
    case_index_pack,
    change_counter,
)
from maatwerkdesk.persistence.pack_reading import read_blob, read_pack, read_pieces
from maatwerkdesk.services import catalogues
from maatwerkdesk.services.signed import BINDING_ACTS, known_keys, read_content, row_problems

log = logging.getLogger(__name__)

PACK_AFTER = 1024
"""Rows changed since the pack after which `pack_case_bases` writes a new one (or one
sixteenth of the cases, when that is more)."""
_BATCH = 500


@dataclass
class _Held:
    """One catalogue's case base in this program, and how far it has read the index."""

    lock: threading.Lock = field(default_factory=threading.Lock)
    columns: CaseColumns | None = None
    seq: int = -1
    pack_seq: int = 0
    pack_known: bool = False
    rows_since_pack: int = 0
    bases: dict[str, CaseBase] = field(default_factory=dict)
    """Per catalogue version (its sides), over the current columns."""


_lock = threading.Lock()
_held: dict[tuple[str, str], _Held] = {}


def forget_loaded() -> None:
    """Drop every case base this program holds, as if it had just started."""
    with _lock:
        _held.clear()


def case_base(session: Session, catalogue: FactorCatalogue) -> CaseBase:
    """The case base under `catalogue`'s id, read with its sides; brought up to date with
    the rows changed since it was last read (a factor tick changes none). Inside a
    transaction that itself changed what binds, those changes count too.

    When the caller's transaction sees the sequence this program last read, that is all:
    one statement, the usual case of a running program."""
    engine = session.get_bind()
    assert isinstance(engine, Engine)
    catalogue_id = catalogue.header.id
    held = _holder(engine, catalogue_id)
    own = session.execute(  # flushes what the session holds first
        select(change_counter.c.value).where(change_counter.c.name == SEQUENCE)
    ).scalar_one()
    with held.lock:
        if held.columns is None or own != held.seq:  # below: another database file
            _refresh(engine, held, catalogue_id)
        columns, seq = held.columns, held.seq
        assert columns is not None
        base = held.bases.get(catalogue.header.version)
        if base is None:
            base = held.bases[catalogue.header.version] = CaseBase.of_columns(
                columns, catalogue.sides
            )
    if own <= seq:
        return base
    # Rows this transaction wrote (not committed yet): applied to a copy of its own.
    rows = _rows_since(session.connection(), catalogue_id, seq)
    if not rows:
        return base
    added, removed = _checked_changes(session.connection(), _checked(engine), catalogue_id, rows)
    return CaseBase.of_columns(columns.changed(added, removed), catalogue.sides)


def warm_case_bases(reads: Callable[[], AbstractContextManager[Session]], today: date) -> int:
    """Read the case base of every factor catalogue in force, so the first dossier opened
    after start-up is checked at once, and pack what changed much since the last pack;
    returns the number of decided cases. `reads` opens a pure read (`database.reads`,
    `workspace.reading`): reads hold up no other program's writes."""
    indexed = 0
    with reads() as session:
        engine = session.get_bind()
        assert isinstance(engine, Engine)
        chosen = catalogues.known_catalogues(session).factor_choices(today)
        for catalogue in chosen:
            indexed += len(case_base(session, catalogue))
    for catalogue in chosen:
        pack_case_base(engine, catalogue.header.id)
    return indexed


def pack_case_bases(engine: Engine) -> list[str]:
    """Pack the case base of every catalogue whose index changed much since its last pack
    (after a demo or an import of many decisions); returns the catalogue ids packed."""
    packed = case_index_pack.c
    with _reading(engine) as connection:
        counts = connection.execute(
            select(case_index.c.catalogue_id, func.count())
            .select_from(
                case_index.outerjoin(
                    case_index_pack, packed.catalogue_id == case_index.c.catalogue_id
                )
            )
            .where(case_index.c.seq > func.coalesce(packed.seq, 0))
            .group_by(case_index.c.catalogue_id)
        ).all()
    return [c for c, changed in counts if changed >= PACK_AFTER and pack_case_base(engine, c)]


def pack_case_base(engine: Engine, catalogue_id: str, *, force: bool = False) -> bool:
    """Write the held case base as the catalogue's pack when the rows changed since the
    last pack are many (or the pack is not one this computer checked); in a short write
    transaction of its own, never inside a user's. Returns whether it wrote one: a login
    that may write nothing (a lezer on a team database) leaves packing to the others."""
    held = _holder(engine, catalogue_id)
    with held.lock:
        _refresh(engine, held, catalogue_id)
        columns, seq = held.columns, held.seq
        assert columns is not None
        due = max(PACK_AFTER, len(columns) // 16)
        if not force and held.pack_known and held.rows_since_pack < due:
            return False
        data = encode(catalogue_id, seq, columns)
        if not _write_pack(engine, catalogue_id, seq, data):
            return False
        _checked(engine).add_pack(hashlib.sha256(data).digest())
        held.pack_seq, held.pack_known, held.rows_since_pack = seq, True, 0
        return True


def _write_pack(engine: Engine, catalogue_id: str, seq: int, data: bytes) -> bool:
    """Whether the pack was written: not when another program packed a later state
    meanwhile, nor when the login may not write it."""
    writer = engine.execution_options(**{READ_ONLY: False})
    try:
        with writer.begin() as connection:
            current = connection.execute(
                select(case_index_pack.c.seq).where(case_index_pack.c.catalogue_id == catalogue_id)
            ).scalar()
            if current is None:
                connection.execute(
                    insert(case_index_pack).values(catalogue_id=catalogue_id, seq=seq, data=data)
                )
            elif current <= seq:
                connection.execute(
                    update(case_index_pack)
                    .where(case_index_pack.c.catalogue_id == catalogue_id)
                    .values(seq=seq, data=data)
                )
            else:
                return False  # another program packed a later state meanwhile
    except DBAPIError as error:
        if getattr(error.orig, "sqlstate", None) != INSUFFICIENT_PRIVILEGE:
            raise
        log.info("This login may not write the packed precedent index; others pack it")
        return False
    return True


# ---------------------------------------------------------------------- reading the index


def _url(engine: Engine) -> str:
    """The database's name here and in the profile (a hash of it): never with a password."""
    return engine.url.render_as_string(hide_password=True)


def _holder(engine: Engine, catalogue_id: str) -> _Held:
    with _lock:
        return _held.setdefault((_url(engine), catalogue_id), _Held())


def _checked(engine: Engine) -> CheckedCases:
    return checked_cases.for_database(_url(engine))


@contextmanager
def _reading(engine: Engine) -> Iterator[Connection]:
    """A connection of its own with a consistent snapshot of what was committed; on SQLite
    a plain BEGIN with `query_only`, so it neither waits for nor holds up a writer."""
    with (
        engine.execution_options(**{READ_ONLY: True}).connect() as connection,
        connection.begin(),
    ):
        yield connection


def _refresh(engine: Engine, held: _Held, catalogue_id: str) -> None:
    """Bring `held` up to the committed state of the index (caller holds `held.lock`)."""
    with _reading(engine) as connection:
        first = held.columns is None
        if first:  # the pack is needed too: read with the sequence
            seq, data = _sequence_and_pack(connection, catalogue_id)
        else:
            seq, data = _sequence(connection), None
            if seq == held.seq:
                return
        checks = _checked(engine)
        columns, since = held.columns, held.seq
        foreign = None
        if columns is None or seq < held.seq:  # first read, or another database file
            if not first:
                data = read_pack(connection, catalogue_id)
            columns, since, held.pack_known, foreign = _pack(data, checks, catalogue_id)
            held.pack_seq, held.rows_since_pack = since, 0
        rows = _rows_since(connection, catalogue_id, since)
        if rows:
            added, removed = _checked_changes(connection, checks, catalogue_id, rows)
            columns = columns.changed(added, removed)
            held.rows_since_pack += len(rows)
        if foreign is not None and _adopted(checks, catalogue_id, foreign, rows):
            held.pack_known = True
            held.pack_seq = decode(foreign).seq
            held.rows_since_pack = sum(row.seq > held.pack_seq for row in rows)
        if columns is not held.columns:
            held.bases = {}
        held.columns, held.seq = columns, seq


def _sequence(connection: Connection) -> int:
    return int(
        connection.execute(
            select(change_counter.c.value).where(change_counter.c.name == SEQUENCE)
        ).scalar_one()
    )


def _sequence_and_pack(
    connection: Connection, catalogue_id: str
) -> tuple[int, bytes | bytearray | None]:
    """The sequence and the catalogue's pack (None when there is none); one statement
    gives the sequence and finds the pack (its row on SQLite, its size on a server), which
    is then read a piece at a time (persistence/pack_reading.py)."""
    seq = select(change_counter.c.value).where(change_counter.c.name == SEQUENCE)
    if connection.dialect.name == "sqlite":
        rowid = select(literal_column("rowid", Integer)).select_from(case_index_pack)
        rowid = rowid.where(case_index_pack.c.catalogue_id == catalogue_id)
        row = connection.execute(select(seq.scalar_subquery(), rowid.scalar_subquery())).one()
        return row[0], None if row[1] is None else read_blob(connection, row[1])
    size = select(func.octet_length(case_index_pack.c.data))
    size = size.where(case_index_pack.c.catalogue_id == catalogue_id)
    row = connection.execute(select(seq.scalar_subquery(), size.scalar_subquery())).one()
    return row[0], None if row[1] is None else read_pieces(connection, catalogue_id, row[1])


def _rows_since(connection: Connection, catalogue_id: str, seq: int) -> list[Any]:
    return list(
        connection.execute(
            select(case_index)
            .where(case_index.c.catalogue_id == catalogue_id, case_index.c.seq > seq)
            .order_by(case_index.c.seq)
        )
    )


def _pack(
    data: bytes | bytearray | None, checks: CheckedCases, catalogue_id: str
) -> tuple[CaseColumns, int, bool, bytes | bytearray | None]:
    """The catalogue's pack (`data`), when it is one this computer made or checked: (its
    columns, its sequence, True, None); otherwise empty columns from sequence 0, so every
    row is read, and the pack's bytes if there is one (`_adopted` may vouch for it then)."""
    if data is None:
        return CaseColumns.empty(), 0, False, None
    if checks.knows_pack(hashlib.sha256(data).digest()):
        try:
            pack = decode(data)
        except PackError:
            log.warning("The packed precedent index is unreadable; reading every row")
        else:
            if pack.catalogue_id == catalogue_id:
                return pack.columns, pack.seq, True, None
    return CaseColumns.empty(), 0, False, data


def _adopted(
    checks: CheckedCases, catalogue_id: str, data: bytes | bytearray, rows: list[Any]
) -> bool:
    """Whether the pack another program wrote holds exactly what the rows held at its
    sequence, as this computer has just checked them (all rows were read): every live
    row of then in it as it stands, no row removed by then in it, and nothing in it this
    computer did not check. Then it is remembered, and the next start reads it."""
    try:
        pack = decode(data)
    except PackError:
        return False
    if pack.catalogue_id != catalogue_id:
        return False
    columns = pack.columns
    entries = {}
    for slot in range(columns.n):
        record = columns.record(slot)
        entries[record.key] = record_digest(catalogue_id, record, record.key)
    if not all(checks.known_rows(entries.values())):
        return False
    if not set(entries) <= {row.source_key for row in rows}:
        return False  # a case no row stands for
    for row in rows:
        if row.seq > pack.seq or row.stale:
            continue  # changed since the pack: read as a row in any case
        record = record_of(row)
        expected = record_digest(catalogue_id, record, row.source_key) if record else None
        if entries.get(row.source_key) != expected:
            return False
    checks.add_pack(hashlib.sha256(data).digest())
    return True


def _checked_changes(
    connection: Connection, checks: CheckedCases, catalogue_id: str, rows: list[Any]
) -> tuple[list[CaseRecord], list[str]]:
    """What the changed rows add and remove, each row either checked before (its
    fingerprint is known and it is not stale) or derived afresh from its source."""
    found: dict[str, CaseRecord | None] = {}
    fresh: list[tuple[str, bytes]] = []
    stored = [record_of(row) for row in rows]
    digests = [
        record_digest(catalogue_id, r, row.source_key) for r, row in zip(stored, rows, strict=True)
    ]
    known = checks.known_rows(digests)
    for row, record, digest, ok in zip(rows, stored, digests, known, strict=True):
        if ok and record is not None and not row.stale:
            found[row.source_key] = record
        else:
            found[row.source_key] = None
            fresh.append((row.source_key, digest))
    derived = _derive(connection, catalogue_id, [key for key, _ in fresh])
    checked = []
    for key, digest in fresh:
        record = derived.get(key)
        found[key] = record
        if record is not None and record_digest(catalogue_id, record, key) == digest:
            checked.append(digest)
    checks.add_rows(checked)
    added = [record for record in found.values() if record is not None]
    return added, [key for key, record in found.items() if record is None]


def _derive(
    connection: Connection, catalogue_id: str, keys: list[str]
) -> dict[str, CaseRecord | None]:
    """What binds under `catalogue_id` for each source key, from the source itself: the
    latest version of the dossier that was not voided, checked as every read checks it;
    or the imported precedent."""
    derived: dict[str, CaseRecord | None] = dict.fromkeys(keys)
    dossiers = [k.removeprefix(SIGNED_KEY) for k in keys if k.startswith(SIGNED_KEY)]
    imported = [k.removeprefix(IMPORTED_KEY) for k in keys if k.startswith(IMPORTED_KEY)]
    if dossiers:
        keys_by_id = known_keys(Session(bind=connection))
        for batch in _batches(dossiers):
            latest = _latest(connection, batch, catalogue_id)
            digests = _attested(connection, [row.content_hash for row in latest.values()])
            for dossier_id, row in latest.items():
                content = read_content(row)
                problems, _registered = row_problems(row, content, keys_by_id, digests)
                if content is None or problems:
                    log.warning("A signed decision version does not check out and binds nothing")
                    continue
                derived[SIGNED_KEY + dossier_id] = signed_record(content, row.content_hash)
    table = ImportedPrecedentRow.__table__
    for batch in _batches(imported):
        for row in connection.execute(
            select(table).where(
                table.c.id.in_(batch),
                table.c.deleted_at.is_(None),
                table.c.catalogue_id == catalogue_id,
            )
        ):
            derived[IMPORTED_KEY + row.id] = imported_record(row)
    return derived


def _latest(connection: Connection, dossier_ids: list[str], catalogue_id: str) -> dict[str, Any]:
    """The latest version that was not voided of each dossier, where it is one under
    `catalogue_id` (a later version under another catalogue takes the dossier out)."""
    table = SignedDecisionRow.__table__
    latest: dict[str, Any] = {}
    for row in connection.execute(
        select(table).where(table.c.dossier_id.in_(dossier_ids), table.c.deleted_at.is_(None))
    ):
        if row.dossier_id not in latest or latest[row.dossier_id].version < row.version:
            latest[row.dossier_id] = row
    return {d: row for d, row in latest.items() if row.catalogue_id == catalogue_id}


def _attested(connection: Connection, hashes: list[str]) -> set[str]:
    """Of `hashes`, those the audit trail recorded when a version was fixed."""
    if not hashes:
        return set()
    found = connection.execute(
        select(AuditRow.digest).where(
            AuditRow.digest.in_(hashes), AuditRow.name.in_(BINDING_ACTS), AuditRow.result == "ok"
        )
    ).scalars()
    return {digest for digest in found if digest}


def _batches(items: list[str]) -> Iterable[list[str]]:
    for start in range(0, len(items), _BATCH):
        yield items[start : start + _BATCH]
