"""The audit trail: every read, create, update, delete and export of a dossier, and every
attempt the services refused.

Records are added to the caller's session, so they commit (or roll back) together with the
change they describe; an attempt that fails is recorded afterwards in a transaction of its
own (`watch_attempt`). They hold ids and action names, never personal data. The records
form a hash chain (domain/audit_chain.py) that `verify_trail` walks.

On SQLite the program chains the records itself. On a PostgreSQL server the server does:
the program hands the records to its audit function (persistence/server.py), which numbers
and hashes them the same way and takes the actor from the login; the program's roles may
not write the trail in any other way.
"""

from __future__ import annotations

from collections.abc import Generator, Sequence
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from maatwerkdesk.domain.audit_chain import (
    GENESIS,
    ChainedRecord,
    ChainReport,
    record_hash,
    verify_chain,
)
from maatwerkdesk.domain.errors import (
    ConcurrentEditError,
    DomainError,
    NotFoundError,
    ValidationError,
)
from maatwerkdesk.persistence.base import new_id, utc_now
from maatwerkdesk.persistence.bulk import insert_records
from maatwerkdesk.persistence.models import AuditHeadRow, AuditRow
from maatwerkdesk.persistence.server import hold_audit, on_server, write_audit
from maatwerkdesk.services.context import Context

HEAD = "audit"


class Action(StrEnum):
    """NEN 7513 action codes."""

    CREATE = "C"
    READ = "R"
    UPDATE = "U"
    DELETE = "D"
    EXPORT = "E"


class Result(StrEnum):
    """What came of an act, in the `result` column."""

    OK = "ok"
    REFUSED = "refused"
    """Not allowed: the role, a signed decision, four eyes, a rule of the conference."""
    INVALID = "invalid"
    """A value that breaks a rule."""
    CONFLICT = "conflict"
    """Someone else saved the same record in the meantime."""
    NOT_FOUND = "not_found"
    ERROR = "error"
    """An unexpected failure (a bug, the database); nothing was changed."""


@dataclass(frozen=True)
class AuditEntry:
    at: datetime
    action: Action
    name: str
    object_type: str
    object_id: str
    dossier_id: str | None
    result: str
    origin: str
    actor: str


class AuditBatch:
    """Records chained in memory onto the trail's head and written with one statement.

    An import or the demo records thousands of acts; each would otherwise read and write
    the head row. While records wait to be written nothing else may record in the same
    session (it would chain onto the head the batch has moved past): `write` them first.
    Once written, the batch goes on from the head row as it then is.

    On a server the records wait unchained and the server's function chains them when
    they are written (persistence/server.py); asking for the head writes them first.
    """

    def __init__(self, session: Session, context: Context) -> None:
        self._session = session
        self._context = context
        self._rows: list[dict[str, object]] = []
        self._server = on_server(session)
        if self._server:
            return
        head = session.get(AuditHeadRow, HEAD, with_for_update=True)
        if head is None:
            head = AuditHeadRow(name=HEAD, seq=0, hash=GENESIS)
            session.add(head)
        self._head_row = head
        self._head = (head.seq, head.hash)

    @property
    def head(self) -> tuple[int, str]:
        """The sequence number and hash of the last record, written or not."""
        if self._server:
            self.write()
            return chain_head(self._session)
        if not self._rows:  # someone may have recorded since the last write
            self._head = (self._head_row.seq, self._head_row.hash)
        return self._head

    def add(
        self,
        action: Action,
        name: str,
        *,
        object_type: str,
        object_id: str,
        dossier_id: str | None,
        result: Result = Result.OK,
        digest: str | None = None,
    ) -> None:
        context = self._context
        fields: dict[str, object] = {
            "action": action.value,
            "name": name,
            "object_type": object_type,
            "object_id": object_id,
            "dossier_id": dossier_id,
            "result": result.value,
            "origin": context.origin,
            "actor": context.actor,
            "digest": digest,
        }
        if self._server:
            self._rows.append(fields)
            return
        self._chain(fields, utc_now())

    def copied(self, row: AuditRow) -> None:
        """A record another database wrote, chained onto this one's trail as it was made
        (when, by whom, from where): what a laptop's briefcase needs of the team
        database's trail to check the signed versions and keys it carries."""
        assert not self._server, "a team database's trail is the server's"
        names = ("action", "name", "object_type", "object_id", "dossier_id", "result")
        fields = {name: getattr(row, name) for name in (*names, "origin", "actor", "digest")}
        self._chain(fields, row.at)

    def _chain(self, fields: dict[str, object], at: datetime) -> None:
        seq, previous = self.head
        chained = ChainedRecord(seq=seq + 1, id=new_id(), at=at, prev_hash=previous, **fields)  # type: ignore[arg-type]  # the other fields, typed where `add` names them
        hashed = record_hash(chained)
        self._rows.append({**vars(chained), "hash": hashed})
        self._head = (chained.seq, hashed)

    def dossier_act(
        self, action: Action, name: str, dossier_id: str, *, digest: str | None = None
    ) -> None:
        """An act on the dossier as a whole (see `record_dossier_act`)."""
        self.add(
            action,
            name,
            object_type="dossier",
            object_id=dossier_id,
            dossier_id=dossier_id,
            digest=digest,
        )

    def part_act(self, name: str, part: str, dossier_id: str) -> None:
        """A change of one part of the dossier: its route check, weighing or proposal."""
        self.add(Action.UPDATE, name, object_type=part, object_id=dossier_id, dossier_id=dossier_id)

    def write(self) -> int:
        """Write the records added so far, in one statement, and move the head row; the
        sequence number of the last record. Those written at once are numbered in a row."""
        if self._server:
            if not self._rows:
                return chain_head(self._session)[0]
            last = write_audit(self._session, self._rows)
            self._rows = []
            return last
        if self._rows:
            insert_records(self._session, AuditRow, self._rows)
            self._done()
        return self.head[0]

    def stage(self) -> None:
        """Add the records to the session instead: written with its next flush, like
        every other change of the unit of work (on a server: written now)."""
        if self._server:
            self.write()
        elif self._rows:
            self._session.add_all(AuditRow(**row) for row in self._rows)
            self._done()

    def _done(self) -> None:
        self._rows = []
        self._head_row.seq, self._head_row.hash = self._head


def record(
    session: Session,
    context: Context,
    action: Action,
    name: str,
    *,
    object_type: str,
    object_id: str,
    dossier_id: str | None,
    result: Result = Result.OK,
    digest: str | None = None,
) -> None:
    """Add a record to the end of the chain. Writers queue on the chain's head row, so two
    transactions never chain onto the same record."""
    batch = AuditBatch(session, context)
    batch.add(
        action,
        name,
        object_type=object_type,
        object_id=object_id,
        dossier_id=dossier_id,
        result=result,
        digest=digest,
    )
    batch.stage()


def record_dossier_act(
    session: Session,
    context: Context,
    action: Action,
    name: str,
    dossier_id: str,
    *,
    digest: str | None = None,
) -> None:
    """Record an act on the dossier as a whole (create, open, update, delete, export)."""
    record(
        session,
        context,
        action,
        name,
        object_type="dossier",
        object_id=dossier_id,
        dossier_id=dossier_id,
        digest=digest,
    )


def record_listing(session: Session, context: Context, name: str = "dossier.list") -> None:
    """Record that a list of dossiers was shown or printed (which filter is not recorded:
    search words may contain a name)."""
    record(session, context, Action.READ, name, object_type="query", object_id="", dossier_id=None)


def result_of(error: BaseException) -> Result:
    if isinstance(error, ValidationError):
        return Result.INVALID
    if isinstance(error, ConcurrentEditError | StaleDataError):  # a stale revision
        return Result.CONFLICT
    if isinstance(error, NotFoundError):
        return Result.NOT_FOUND
    if isinstance(error, DomainError):
        return Result.REFUSED
    return Result.ERROR


def watch_attempt(session: Session, context: Context, act: str, action: Action) -> None:
    """Have a failure of this unit of work recorded as a refused (or failed) attempt.

    The failed transaction is rolled back with everything in it, so the session
    (persistence/db.py) hands this hook a new one to write the record in. The record names
    the first dossier the attempt touched (`note_dossier`). A later act in the same unit
    of work takes the place of an earlier one: it is the one that was under way.
    """

    def on_failure(fresh: Session, error: BaseException, info: dict[str, object]) -> None:
        dossier_id = info.get("dossier_id")
        assert dossier_id is None or isinstance(dossier_id, str)
        record(
            fresh,
            context,
            action,
            act,
            object_type="dossier" if dossier_id else "attempt",
            object_id=dossier_id or "",
            dossier_id=dossier_id,
            result=result_of(error),
        )

    session.info["on_failure"] = on_failure


def note_dossier(session: Session, dossier_id: str) -> None:
    """Remember the first dossier a unit of work touched, for the record of a failure."""
    session.info.setdefault("dossier_id", dossier_id)


def trail(session: Session, dossier_id: str) -> Sequence[AuditEntry]:
    """The audit records of one dossier, oldest first."""
    rows = session.scalars(
        select(AuditRow).where(AuditRow.dossier_id == dossier_id).order_by(AuditRow.seq)
    )
    return [
        AuditEntry(
            row.at,
            Action(row.action),
            row.name,
            row.object_type,
            row.object_id,
            row.dossier_id,
            row.result,
            row.origin,
            row.actor,
        )
        for row in rows
    ]


def _chained(session: Session) -> Generator[tuple[ChainedRecord, str | None]]:
    rows = session.execute(
        select(AuditRow).order_by(AuditRow.seq).execution_options(yield_per=2000)
    )
    with rows:  # a walk that stops at a broken record must still release the cursor
        for (row,) in rows:
            yield (
                ChainedRecord(
                    seq=row.seq,
                    id=row.id,
                    at=row.at,
                    action=row.action,
                    name=row.name,
                    object_type=row.object_type,
                    object_id=row.object_id,
                    dossier_id=row.dossier_id,
                    result=row.result,
                    origin=row.origin,
                    actor=row.actor,
                    digest=row.digest,
                    prev_hash=row.prev_hash,
                ),
                row.hash,
            )


def verify_trail(session: Session) -> ChainReport:
    """Walk the whole chain; the first broken record, if any, is in the report."""
    head = _head(session)
    with closing(_chained(session)) as records:
        return verify_chain(records, head=head)


def hash_at(session: Session, seq: int) -> str | None:
    """The stored hash of record `seq`, if there is one."""
    return session.scalar(select(AuditRow.hash).where(AuditRow.seq == seq))


def _head(session: Session) -> tuple[int, str] | None:
    """The head row as stored now (a row the session holds may be behind the server's)."""
    row = session.execute(
        select(AuditHeadRow.seq, AuditHeadRow.hash).where(AuditHeadRow.name == HEAD)
    ).one_or_none()
    return (row.seq, row.hash) if row is not None else None


def hold_trail(session: Session) -> None:
    """No other act is audited until this transaction ends, so what it reads of the trail
    stays true until it commits. A writing transaction on SQLite holds the whole file
    already; on a server the head's row is locked."""
    if on_server(session):
        hold_audit(session)


def chain_head(session: Session) -> tuple[int, str]:
    """The last record's sequence number and hash (0 and GENESIS for an empty trail)."""
    return _head(session) or (0, GENESIS)
