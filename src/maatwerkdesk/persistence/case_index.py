"""Writing the precedent index in the transaction that changes what binds.

After every flush that adds or changes signed versions or imported precedents, the
`case_index` rows of the dossiers and precedents it touched are written anew from what now
binds: the latest version of a dossier that was not voided, an imported precedent. That is
proportional to the change: never a rebuild, and nothing is checked here. Reading the
index, and checking it against its sources, is services/case_base_store.py's work.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, bindparam, event, insert, select, update
from sqlalchemy.orm import Session, UOWTransaction

from maatwerkdesk.domain.case_record import (
    IMPORTED_KEY,
    SIGNED_KEY,
    CaseRecord,
    ReasonMode,
    signed_record,
)
from maatwerkdesk.domain.decision import Degree, DegreeUnit, OutcomeType
from maatwerkdesk.domain.signed_record import ContentError, parse_content
from maatwerkdesk.domain.text import content_words
from maatwerkdesk.persistence.models import (
    ImportedPrecedentRow,
    SignedDecisionRow,
    case_index,
    change_counter,
)

SEQUENCE = "case_index"
"""The `change_counter` row that numbers the index's changes."""


@dataclass(frozen=True)
class Derived:
    """What one source contributes: the record under its catalogue, or nothing."""

    key: str
    catalogue_id: str | None
    record: CaseRecord | None
    key_id: str | None = None
    """The signing key of the version (the triggers mark its rows when the key changes)."""


def next_seq(connection: Connection) -> int:
    """Raise the index's change sequence; the value for the rows written now."""
    counter = change_counter.c
    connection.execute(
        update(change_counter).where(counter.name == SEQUENCE).values(value=counter.value + 1)
    )
    return connection.execute(select(counter.value).where(counter.name == SEQUENCE)).scalar_one()


def index_values(
    catalogue_id: str, key: str, record: CaseRecord | None, seq: int
) -> dict[str, Any]:
    """The column values of the row for `key` under `catalogue_id` (None: binds nothing)."""
    if record is None:
        return {
            "source_key": key,
            "catalogue_id": catalogue_id,
            "seq": seq,
            "live": False,
            "stale": False,
            "case_id": "",
            "version": "",
            "factors": [],
            "reason": [],
            "reason_mode": 0,
            "outcome_type": OutcomeType.GENERIC.value,
            "route": None,
            "degree_unit": None,
            "degree_value": None,
            "known_since": None,
            "summary": "",
            "words": "",
        }
    degree = record.degree
    return {
        "source_key": key,
        "catalogue_id": catalogue_id,
        "seq": seq,
        "live": True,
        "stale": False,
        "case_id": record.case_id,
        "version": record.version,
        "factors": sorted(record.factors),
        "reason": sorted(record.reason),
        "reason_mode": int(record.reason_mode),
        "outcome_type": record.outcome_type.value,
        "route": record.route,
        "degree_unit": degree.unit.value if degree is not None else None,
        "degree_value": degree.value if degree is not None else None,
        "known_since": record.known_since,
        "summary": record.summary,
        "words": " ".join(sorted(record.words)),
    }


def record_of(row: Any) -> CaseRecord | None:
    """The record a `case_index` row holds (None for a row that binds nothing)."""
    if not row.live:
        return None
    unit, value = row.degree_unit, row.degree_value
    return CaseRecord(
        case_id=row.case_id,
        key=row.source_key,
        version=row.version,
        factors=frozenset(_listed(row.factors)),
        reason=frozenset(_listed(row.reason)),
        reason_mode=ReasonMode(row.reason_mode),
        outcome_type=OutcomeType(row.outcome_type),
        route=row.route,
        degree=Degree(DegreeUnit(unit), value) if unit is not None and value is not None else None,
        summary=row.summary,
        imported=row.source_key.startswith(IMPORTED_KEY),
        words=frozenset(row.words.split()),
        known_since=row.known_since,
    )


def _listed(value: Any) -> list[str]:
    return json.loads(value) if isinstance(value, str) else list(value)


def imported_record(row: Any) -> CaseRecord:
    """What an imported precedent (a row of `imported_precedent`) contributes."""
    unit, value = row.degree_unit, row.degree_value
    return CaseRecord(
        case_id=row.reference,
        key=IMPORTED_KEY + row.id,
        version="",
        factors=frozenset(_listed(row.factors)),
        reason=frozenset(_listed(row.reason)),
        reason_mode=ReasonMode.AS_GIVEN,
        outcome_type=OutcomeType(row.outcome_type),
        route=row.route,
        degree=Degree(DegreeUnit(unit), value) if unit is not None and value is not None else None,
        summary=row.summary,
        imported=True,
        words=content_words(row.summary),
        known_since=row.created_at,
    )


def signed_derived(dossier_id: str, row: Any | None) -> Derived:
    """What the dossier's latest live version (`row`, None when it has none) contributes,
    as its content says; unreadable content contributes nothing."""
    key = SIGNED_KEY + dossier_id
    if row is None:
        return Derived(key, None, None)
    try:
        content = parse_content(row.content.encode("utf-8"))
    except ContentError:
        return Derived(key, None, None)
    return Derived(key, row.catalogue_id, signed_record(content, row.content_hash), row.key_id)


def latest_versions(connection: Connection, dossier_ids: Iterable[str]) -> dict[str, Any]:
    """The latest version that was not voided, per dossier that has one."""
    found: dict[str, Any] = {}
    table = SignedDecisionRow.__table__
    ids = sorted(set(dossier_ids))
    for start in range(0, len(ids), 500):
        rows = connection.execute(
            select(
                table.c.dossier_id,
                table.c.version,
                table.c.catalogue_id,
                table.c.content,
                table.c.content_hash,
                table.c.key_id,
            ).where(table.c.dossier_id.in_(ids[start : start + 500]), table.c.deleted_at.is_(None))
        )
        for row in rows:
            if row.dossier_id not in found or found[row.dossier_id].version < row.version:
                found[row.dossier_id] = row
    return found


def write(connection: Connection, derived: Iterable[Derived]) -> None:
    """Write the rows of each source: its record under its catalogue, and no longer under
    any other."""
    changes = list(derived)
    if not changes:
        return
    seq = next_seq(connection)
    keys = [d.key for d in changes]
    existing: dict[str, list[tuple[int, str]]] = {}
    for start in range(0, len(keys), 500):
        for row in connection.execute(
            select(case_index.c.id, case_index.c.source_key, case_index.c.catalogue_id).where(
                case_index.c.source_key.in_(keys[start : start + 500])
            )
        ):
            existing.setdefault(row.source_key, []).append((row.id, row.catalogue_id))
    inserts: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    updates: dict[tuple[str, ...], list[dict[str, Any]]] = {}

    def put(row_id: int | None, values: dict[str, Any]) -> None:
        if row_id is None:
            inserts.setdefault(tuple(values), []).append(values)
        else:
            updates.setdefault(tuple(values), []).append({**values, "row_id": row_id})

    for change in changes:
        rows = dict((catalogue, row_id) for row_id, catalogue in existing.get(change.key, []))
        for catalogue, row_id in rows.items():
            if catalogue != change.catalogue_id or change.record is None:
                put(row_id, index_values(catalogue, change.key, None, seq))
        if change.record is not None and change.catalogue_id is not None:
            values = index_values(change.catalogue_id, change.key, change.record, seq)
            values["key_id"] = change.key_id
            put(rows.get(change.catalogue_id), values)
    # One statement per shape of row, however many rows (an import writes thousands).
    for rows_ in inserts.values():
        connection.execute(insert(case_index), rows_)
    for columns, rows_ in updates.items():
        changed = update(case_index).where(case_index.c.id == bindparam("row_id"))
        connection.execute(changed.values({c: bindparam(c) for c in columns}), rows_)


def index_inserted(connection: Connection, table: Any, rows: Iterable[Mapping[str, Any]]) -> None:
    """Index signed versions or imported precedents written in bulk (persistence/bulk.py),
    which bypass the flush that indexes the ORM's writes."""
    if table is SignedDecisionRow.__table__:
        dossiers = {row["dossier_id"] for row in rows}
        latest = latest_versions(connection, dossiers)
        write(connection, [signed_derived(d, latest.get(d)) for d in sorted(dossiers)])
    elif table is ImportedPrecedentRow.__table__:
        ids = sorted(row["id"] for row in rows)
        written = [
            row
            for start in range(0, len(ids), 500)
            for row in connection.execute(
                select(table).where(table.c.id.in_(ids[start : start + 500]))
            )
        ]
        write(
            connection,
            [
                Derived(IMPORTED_KEY + row.id, row.catalogue_id, imported_record(row))
                for row in written
                if row.deleted_at is None
            ],
        )


@event.listens_for(Session, "after_flush")
def _reindex(session: Session, _flush: UOWTransaction) -> None:
    """Index what this flush changed among signed versions and imported precedents."""
    dossiers: set[str] = set()
    imported: list[ImportedPrecedentRow] = []
    for row in itertools.chain(session.new, session.dirty, session.deleted):
        if isinstance(row, SignedDecisionRow):
            dossiers.add(row.dossier_id)
        elif isinstance(row, ImportedPrecedentRow):
            imported.append(row)
    if not dossiers and not imported:
        return
    connection = session.connection()
    latest = latest_versions(connection, dossiers)
    derived = [signed_derived(d, latest.get(d)) for d in sorted(dossiers)]
    for row in imported:
        gone = row in session.deleted or row.deleted_at is not None
        record = None if gone else imported_record(row)
        derived.append(Derived(IMPORTED_KEY + row.id, row.catalogue_id, record))
    write(connection, derived)
