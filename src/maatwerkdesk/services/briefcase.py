"""Taking dossiers along ("Meenemen"): the leases on the team database, then the laptop's
briefcase, its own encrypted database file, holding what working on them offline needs.

What travels (docs/briefcase.md, "What travels"):

- the leased dossiers whole: the dossier and each of its parts, their signed versions and
  integrity resolutions, their agenda items with the meetings and the advice on them,
  their open leases, with the server's ids and revisions; their groups (read-only on the
  laptop: services/groups.py changes them on the team database only);
- their attachments' files, from `attachment_content` into the briefcase's attachment
  store (`briefcase_attachments`);
- read-only copies of the users, the signing keys, the catalogue texts and the imported
  precedents; the precedent index (`case_index`, its packs and change sequence) and the
  count of deviations per regulation and article (`bound_deviation_count`): what the
  precedent check, the weighing's indicators and the decision document read of other
  dossiers; never those dossiers themselves;
- of the audit trail, the records that make the keys and the leased dossiers' signed
  versions count (key registrations, signings), chained onto the briefcase's own trail as
  they were made;
- the `briefcase` row and per dossier a `briefcase_dossier` row with the exchange
  document (`exchange.export_dossier`) and revision the laptop starts from. The document
  is made in the briefcase from the rows just copied, which are the server's with the
  same ids and revisions, so it is the server's export of the dossier; made on the server
  it would cost some 25 round trips per dossier.

The order makes a kill at any point safe: the leases are committed on the server first
(taking them again is a no-op for their holder); what the server holds is read in a
second transaction, one snapshot; the briefcase is written in a file beside the
final one (a copy of the current briefcase when there is one) and renamed over it only
once complete, after the index rows it carries are remembered as checked. A build cut off
leaves at most a file `*.bouw` that the next call throws away.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Sequence
from contextlib import closing
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import BindParameter, Connection, Select, Table, bindparam, delete, select, update
from sqlalchemy.orm import Session

from maatwerkdesk.domain.case_record import record_digest
from maatwerkdesk.domain.lease import Lease
from maatwerkdesk.domain.people import SYSTEM, User
from maatwerkdesk.infra import checked_cases
from maatwerkdesk.infra.attachment_store import AttachmentStore, attachment_key
from maatwerkdesk.persistence import cipher
from maatwerkdesk.persistence.base import Base, utc_now
from maatwerkdesk.persistence.bulk import in_chunks, insert_rows
from maatwerkdesk.persistence.case_index import record_of
from maatwerkdesk.persistence.db import Database, database_url, open_database
from maatwerkdesk.persistence.models import (
    AttachmentContentRow,
    AuditRow,
    BriefcaseDossierRow,
    BriefcaseRow,
    bound_deviation_count,
    case_index,
    case_index_pack,
    change_counter,
)
from maatwerkdesk.persistence.server import on_server, session_login
from maatwerkdesk.services import leases
from maatwerkdesk.services.audit import AuditBatch, chain_head
from maatwerkdesk.services.case_base_store import warm_case_bases
from maatwerkdesk.services.context import Context
from maatwerkdesk.services.exchange import export_dossier
from maatwerkdesk.services.exchange_record import without_catalogue_texts
from maatwerkdesk.services.progress import Progress
from maatwerkdesk.services.signed import BINDING_ACTS, KEY_ACTS
from maatwerkdesk.services.users import acting_user

if TYPE_CHECKING:
    from maatwerkdesk.services.store_keys import Unlocked
    from maatwerkdesk.services.workspace import Workspace

BUILDING = ".bouw"
"""The suffix of a briefcase being built beside the final file."""

REPLICAS = ("app_user", "signing_key", "catalogue_file", "imported_precedent")
"""Copied whole, read-only on the laptop: nobody's personal data as a citizen."""
DERIVED = (case_index, case_index_pack, bound_deviation_count, change_counter)
"""Replaced whole on every take: the precedent index and the deviations counted."""

Where = Callable[[Table, Sequence[str]], Any]
"""The rows of a table that belong to these dossiers (SQL)."""


def _of_dossiers(column: str) -> Where:
    return lambda table, ids: table.c[column].in_(ids)


def _via(column: str, parent: str, key: str, parent_column: str = "dossier_id") -> Where:
    def where(table: Table, ids: Sequence[str]) -> Any:
        owner = Base.metadata.tables[parent]
        return table.c[column].in_(select(owner.c[key]).where(owner.c[parent_column].in_(ids)))

    return where


DOSSIER_ROWS: dict[str, Where] = {
    "dossier": _of_dossiers("id"),
    "subject": _of_dossiers("dossier_id"),
    "timeline_entry": _of_dossiers("dossier_id"),
    "attachment": _of_dossiers("dossier_id"),
    "assessment": _of_dossiers("dossier_id"),
    "assessment_answer": _via("assessment_id", "assessment", "id"),
    "dossier_factors": _of_dossiers("dossier_id"),
    "decision": _of_dossiers("dossier_id"),
    "weighing": _of_dossiers("dossier_id"),
    "proposal": _of_dossiers("dossier_id"),
    "integrity_resolution": _of_dossiers("dossier_id"),
    "search_document": _of_dossiers("dossier_id"),
    "meeting": _via("id", "agenda_item", "meeting_id"),
    "meeting_member": _via("meeting_id", "agenda_item", "meeting_id"),
    "agenda_item": _of_dossiers("dossier_id"),
    "advice": _via("agenda_item_id", "agenda_item", "id"),
    "signed_decision": _of_dossiers("dossier_id"),
    "dossier_group": _via("id", "group_member", "group_id"),
    "group_member": _of_dossiers("dossier_id"),
    "intake_dismissal": _of_dossiers("dossier_id"),
    "loket_involvement": _of_dossiers("dossier_id"),
    "loket_referral": _of_dossiers("dossier_id"),
    "loket_consent": _of_dossiers("dossier_id"),
    "loket_sharing": _of_dossiers("dossier_id"),
}
"""The rows of the dossiers taken along, in the order they are written (parents first).
The loket's rows are there to read: its acts are refused in the briefcase."""
SHARED = ("meeting", "meeting_member", "dossier_group")
"""Of those, rows two dossiers may share: written once."""


def briefcase_attachments(laptop_path: Path, key: bytes) -> AttachmentStore:
    """The attachment store of the briefcase at `laptop_path`: a folder beside it, under
    the key derived from the briefcase's key."""
    return AttachmentStore(
        laptop_path.with_name(laptop_path.stem + "-bijlagen"), attachment_key(key)
    )


@dataclass
class Taken:
    """What the server gave for the dossiers taken along this time."""

    leases: dict[str, Lease]
    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    derived: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    audit: list[Any] = field(default_factory=list)
    files: dict[str, bytes] = field(default_factory=dict)
    holder: User = SYSTEM
    login: str = ""
    head: int = 0


def make_briefcase(
    server: Database,
    laptop_path: Path,
    key: bytes,
    context: Context,
    dossier_ids: Sequence[str],
    laptop_name: str,
    until: datetime,
    progress: Progress | None = None,
) -> list[Lease]:
    """Take the dossiers along onto the briefcase at `laptop_path` (made, or added to);
    the leases. Each step can be repeated: a call cut off anywhere is finished by the
    next one."""
    tell = progress or (lambda _what, _done, _total: None)
    wanted = list(dict.fromkeys(dossier_ids))
    tell("Dossiers uitlenen", 0, 4)
    with server.sessions.begin() as session:
        taken = leases.take(session, context, wanted, laptop_name, until)
    tell("Precedenten controleren", 1, 4)
    warm_case_bases(server.reads, context.current_date())
    present = _present(laptop_path, key)
    new = [dossier_id for dossier_id in wanted if dossier_id not in present]
    tell("Gegevens van de server lezen", 2, 4)
    with server.reads() as session:
        read = _read(session, context, new, {lease.dossier_id: lease for lease in taken})
    tell("Koffer schrijven", 3, 4)
    _build(laptop_path, key, context, read, server, laptop_name)
    tell("Koffer klaar", 4, 4)
    return taken


def _present(laptop_path: Path, key: bytes) -> set[str]:
    """The dossiers the briefcase holds already (a second call adds only the others)."""
    if not laptop_path.exists():
        return set()
    database = open_database(laptop_path, key=key)
    try:
        with database.reads() as session:
            return set(session.scalars(select(BriefcaseDossierRow.dossier_id)))
    finally:
        database.close()


def _read(
    session: Session, context: Context, dossier_ids: list[str], taken: dict[str, Lease]
) -> Taken:
    """Everything the briefcase gets from the server, in one snapshot."""
    user = acting_user(session, context)
    read = Taken(
        taken, holder=user, login=session_login(session).name if on_server(session) else ""
    )
    tables = Base.metadata.tables
    for name, where in DOSSIER_ROWS.items():
        read.rows[name] = _all(session, tables[name], where, dossier_ids)
    lease = tables["lease"]  # of every dossier taken, new or taken again
    read.rows["lease"] = _all(session, lease, _of_dossiers("dossier_id"), list(taken))
    for name in REPLICAS:
        read.rows[name] = [dict(row._mapping) for row in session.execute(select(tables[name]))]
    for table in DERIVED:
        read.derived[table.name] = [dict(row._mapping) for row in session.execute(select(table))]
    read.audit = list(session.scalars(_needed_records(dossier_ids).order_by(AuditRow.seq)))
    hashes = sorted({row["sha256"] for row in read.rows["attachment"]})
    for chunk in in_chunks(hashes):
        for sha256, content in session.execute(
            select(AttachmentContentRow.sha256, AttachmentContentRow.content).where(
                AttachmentContentRow.sha256.in_(chunk)
            )
        ):
            read.files[sha256] = content
    read.head = chain_head(session)[0]
    return read


def _all(session: Session, table: Table, where: Where, ids: Sequence[str]) -> list[dict[str, Any]]:
    found: dict[Any, dict[str, Any]] = {}
    key = next(iter(table.primary_key.columns)).name
    for chunk in in_chunks(list(ids)):
        for row in session.execute(select(table).where(where(table, chunk))):
            found[row._mapping[key]] = dict(row._mapping)
    return list(found.values())


def _needed_records(dossier_ids: Sequence[str]) -> Select[AuditRow]:
    """The audit records that make the keys count, and the leased dossiers' versions."""
    keys = AuditRow.name.in_(KEY_ACTS)
    versions = AuditRow.name.in_(BINDING_ACTS) & AuditRow.dossier_id.in_(list(dossier_ids))
    return select(AuditRow).where(keys | versions, AuditRow.result == "ok")


def _build(
    laptop_path: Path, key: bytes, context: Context, read: Taken, server: Database, laptop: str
) -> None:
    """Write the briefcase beside `laptop_path` and put it in its place once complete."""
    building = laptop_path.with_name(laptop_path.name + BUILDING)
    for leftover in (building, Path(f"{building}-wal"), Path(f"{building}-shm")):
        leftover.unlink(missing_ok=True)
    if laptop_path.exists():  # its WAL emptied into it first: the rename leaves none behind
        with closing(cipher.connect(laptop_path, key)) as source:
            source.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            cipher.copy_to(source, building, key, cipher.salt_of(laptop_path))
    database = open_database(building, key=key)
    try:
        with database.sessions.begin() as session:
            _write(session, context, read, server, laptop)
    finally:
        database.close()
    store = briefcase_attachments(laptop_path, key)
    for sha256, content in read.files.items():
        if not store.has(sha256):
            store.add_bytes(content)
    _remember_checked(server, laptop_path, read.derived)
    building.replace(laptop_path)


def _write(session: Session, context: Context, read: Taken, server: Database, laptop: str) -> None:
    connection = session.connection()
    tables = Base.metadata.tables
    for name in REPLICAS:
        _insert_missing(connection, tables[name], read.rows[name])
    for name in DOSSIER_ROWS:
        rows = read.rows[name]
        if name in SHARED:
            _insert_missing(connection, tables[name], rows)
        else:
            _insert(connection, tables[name], rows)
    lease = tables["lease"]
    connection.execute(delete(lease).where(lease.c.dossier_id.in_(list(read.leases))))
    _insert(connection, lease, read.rows["lease"])
    for table in DERIVED:  # after the dossiers, whose triggers touched these already
        if table is case_index:
            _upsert(connection, table, read.derived[table.name])
        else:
            connection.execute(delete(table))
            _insert(connection, table, read.derived[table.name])
    _copy_audit(session, read.audit)
    if session.get(BriefcaseRow, 1) is None:
        session.add(
            BriefcaseRow(
                id=1,
                server=server.describe(),
                laptop=laptop,
                holder_id=read.holder.id,
                login=read.login,
                made_at=utc_now(),
                pulled_seq=read.head,
            )
        )
    for row in read.rows["dossier"]:
        lease = read.leases[row["id"]]
        session.add(
            BriefcaseDossierRow(
                dossier_id=row["id"],
                lease_id=lease.id,
                base=without_catalogue_texts(
                    export_dossier(session, replace(context, user=read.holder), row["id"])
                ),
                base_revision=row["revision"],
                until=lease.until,
                handed_back=False,
                server_seq=read.head,  # the trail as far as this snapshot
            )
        )
    for dossier_id, lease in read.leases.items():  # taken again: the new `until`
        row = session.get(BriefcaseDossierRow, dossier_id)
        if row is not None:
            row.until, row.lease_id = lease.until, lease.id
    session.flush()
    head = chain_head(session)[0]  # the briefcase's trail up to here is the base's
    for row in read.rows["dossier"]:
        taken = session.get(BriefcaseDossierRow, row["id"])
        assert taken is not None
        taken.laptop_seq = head


def _insert(connection: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    insert_rows(connection, table, rows)


def _upsert(connection: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """The rows as the server has them, by key: a row of the precedent index is never
    deleted (its trigger would put it back stale), only changed."""
    held = set(connection.scalars(select(table.c.id)))
    _insert(connection, table, [row for row in rows if row["id"] not in held])
    changed = [{**row, "key": row["id"]} for row in rows if row["id"] in held]
    if changed:
        columns: dict[str, BindParameter[Any]] = {
            c.name: bindparam(c.name) for c in table.columns if c.name != "id"
        }
        statement = update(table).where(table.c.id == bindparam("key")).values(columns)
        connection.execute(statement, changed)


def _insert_missing(connection: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """Rows whose key the briefcase does not hold yet (replicas taken earlier stay)."""
    key = next(iter(table.primary_key.columns))
    held = set(connection.scalars(select(key)))
    _insert(connection, table, [row for row in rows if row[key.name] not in held])


def _copy_audit(session: Session, records: Iterable[AuditRow]) -> None:
    """The records not copied before, chained onto the briefcase's trail."""
    held = {
        (row.name, row.object_id, row.digest)
        for row in session.execute(select(AuditRow.name, AuditRow.object_id, AuditRow.digest))
    }
    batch = AuditBatch(session, Context(actor="", origin=""))
    for record in records:
        if (record.name, record.object_id, record.digest) not in held:
            batch.copied(record)
    batch.write()


def _remember_checked(
    server: Database, laptop_path: Path, derived: dict[str, list[dict[str, Any]]]
) -> None:
    """The index rows and packs this computer checked on the server count as checked in
    the briefcase too: the laptop carries no other dossiers' signed versions to check
    them against again (services/case_base_store.py)."""
    on_server_ = checked_cases.for_database(server.engine.url.render_as_string(hide_password=True))
    on_laptop = checked_cases.for_database(
        database_url(laptop_path).render_as_string(hide_password=True)
    )
    rows = [row for row in derived[case_index.name] if not row["stale"]]
    digests = [
        record_digest(row["catalogue_id"], record_of(_Row(row)), row["source_key"]) for row in rows
    ]
    on_laptop.add_rows(
        d for d, known in zip(digests, on_server_.known_rows(digests), strict=True) if known
    )
    for pack in derived[case_index_pack.name]:
        digest = hashlib.sha256(pack["data"]).digest()
        if on_server_.knows_pack(digest):
            on_laptop.add_pack(digest)


class _Row:
    """A row as a mapping, read by attribute (what `record_of` reads)."""

    def __init__(self, values: dict[str, Any]) -> None:
        self.__dict__.update(values)


@dataclass(frozen=True)
class TakenAlong:
    """What "Meenemen" did: the leases, and the briefcase's key when this made it (its
    recovery key is shown once, as for every new local database)."""

    leases: list[Lease]
    new_key: Unlocked | None


def take_along(
    workspace: Workspace,
    dossier_ids: Sequence[str],
    laptop_name: str,
    until: datetime,
    progress: Progress | None = None,
) -> TakenAlong:
    """Take the dossiers along from the team database `workspace` onto this computer's
    briefcase (the profile's `koffer.sqlite3`, made with a key of its own the first time)."""
    from maatwerkdesk.services import store_keys

    path = workspace.paths.briefcase
    unlocked = store_keys.unlock(path, recover=store_keys.recover_command(str(path)))
    context = workspace.context("desktop")
    taken = make_briefcase(
        workspace.database, path, unlocked.key, context, dossier_ids, laptop_name, until, progress
    )
    return TakenAlong(taken, unlocked if unlocked.news is not None else None)
