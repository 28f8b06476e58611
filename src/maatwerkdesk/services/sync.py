"""Synchronising a laptop's briefcase with the team database (docs/briefcase.md,
"Synchroniseren").

The dossiers taken along go a hundred at a time (`CHUNK`), in three steps, each its own
short transaction for the whole hundred:

1. read the laptop's copies (a read: nothing written);
2. on the team database, in one transaction: lock the dossiers' rows, read the server's
   copies, merge each laptop copy with the server's and the version both started from
   (`briefcase_dossier.base`, domain/briefcase_merge.py), apply the results (those that
   only add timeline entries or attachments together, the others one by one:
   services/dossier_apply.py), record each clash as a `sync_conflict` (a clash already
   told is not told again), take leases for dossiers made on the laptop, return the
   leases of those handed back; commit;
3. on the laptop, in one transaction: make its copies equal to what the server now holds
   and move `base`/`base_revision` along, or, for a dossier handed back, erase it from
   the briefcase; commit.

A dossier that cannot be synchronised (a DomainError) rolls its hundred back; that
hundred is then taken one dossier at a time, so only that one is reported as failed.

Then the pull: the read-only reference data (people, keys, catalogue texts) is brought up
to date. A kill at any moment leaves a state the next sync completes: a step that did not
commit did nothing (the hundreds before it are done), and each step that did is found
done again by the next run (step 2's merge then yields what the server holds, so nothing
is applied twice; a clash already told is recognised by its part, the laptop's value and
the base; returning a lease that is returned, or taking one that is held, does nothing).
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import Table, bindparam, select, update
from sqlalchemy.orm import Session

from maatwerkdesk.domain.briefcase_merge import Clash, Path, merge, resolve
from maatwerkdesk.domain.errors import DomainError, NotFoundError, ValidationError
from maatwerkdesk.domain.people import Permission
from maatwerkdesk.domain.sentence import said
from maatwerkdesk.domain.sync_conflicts import Choice, SyncConflict, unwrapped, wrapped
from maatwerkdesk.persistence import search
from maatwerkdesk.persistence.base import utc_now
from maatwerkdesk.persistence.bulk import in_chunks
from maatwerkdesk.persistence.db import Database
from maatwerkdesk.persistence.mapping import removed_part_ids
from maatwerkdesk.persistence.models import (
    BriefcaseDossierRow,
    BriefcaseRow,
    CatalogueFileRow,
    DossierRow,
    SigningKeyRow,
    SyncConflictRow,
    UserRow,
)
from maatwerkdesk.services import dossiers, leases
from maatwerkdesk.services.audit import Action, AuditBatch, chain_head, hold_trail, record
from maatwerkdesk.services.context import Context
from maatwerkdesk.services.dossier_apply import apply_document, apply_documents, dossier_entry
from maatwerkdesk.services.erasure import erase
from maatwerkdesk.services.exchange import dossier_documents
from maatwerkdesk.services.exchange_record import without_catalogue_texts
from maatwerkdesk.services.progress import Progress
from maatwerkdesk.services.revisions import NOT_STORED
from maatwerkdesk.services.signed import KEY_ACTS
from maatwerkdesk.services.sync_journal import (
    Based,
    unchanged,
    with_additions,
)
from maatwerkdesk.services.unit_of_work import reading, writing
from maatwerkdesk.services.users import require

if TYPE_CHECKING:
    from maatwerkdesk.infra.paths import Paths

CHUNK = 100
"""Dossiers synchronised together: one transaction on each side for all of them."""
NEW_LEASE = timedelta(days=14)
"""How long a lease taken for a dossier made on the laptop holds."""


@dataclass
class SyncReport:
    pushed: int = 0
    """Dossiers the team database took changes of."""
    pulled: int = 0
    """Dossiers the laptop took changes of."""
    created: int = 0
    """Dossiers made on the laptop, now on the team database too."""
    conflicts: int = 0
    """Clashes told now (as `sync_conflict` rows on the team database)."""
    returned: int = 0
    """Dossiers handed back: lease returned, erased from the briefcase."""
    failed: list[str] = field(default_factory=list)
    """A sentence per dossier that could not be synchronised now (tried again next time)."""


# --- the briefcase's dossiers ------------------------------------------------------------------


def _document(session: Session, dossier_id: str) -> tuple[dict[str, Any] | None, int]:
    """The live dossier's document and revision; (None, NOT_STORED) when it is not (or no
    longer) here."""
    return _documents(session, [dossier_id])[dossier_id]


def _documents(
    session: Session, dossier_ids: Sequence[str]
) -> dict[str, tuple[dict[str, Any] | None, int]]:
    """`_document` of each of these dossiers, read together."""
    documents = dossier_documents(session, dossier_ids)
    found: dict[str, tuple[dict[str, Any] | None, int]] = {}
    for dossier_id in dossier_ids:
        row = session.get(DossierRow, dossier_id) if dossier_id in documents else None
        found[dossier_id] = (documents[dossier_id], row.revision) if row else (None, NOT_STORED)
    return found


def _entry(document: Mapping[str, Any] | None) -> dict[str, Any] | None:
    return dossier_entry(document) if document is not None else None


def _wrapped(envelope: Mapping[str, Any], entry: Mapping[str, Any]) -> dict[str, Any]:
    """`entry` in the document `envelope` came in (its catalogues, people and keys)."""
    return {**envelope, "dossiers": [dict(entry)]}


def pending_changes(laptop: Database) -> int:
    """How many dossiers in the briefcase hold changes the team database has not seen
    (for the status bar: "offline — N wijzigingen wachten")."""
    with reading(laptop) as session:
        count = 0
        briefcase = list(session.scalars(select(BriefcaseDossierRow)))
        for start in range(0, len(briefcase), CHUNK):
            chunk = briefcase[start : start + CHUNK]
            documents = _documents(session, [taken.dossier_id for taken in chunk])
            for taken in chunk:
                document, _revision = documents[taken.dossier_id]
                if (
                    taken.handed_back
                    or taken.base is None
                    or _entry(document) != _entry(taken.base)
                ):
                    count += 1
        return count


@dataclass(frozen=True)
class _Taken:
    """A briefcase_dossier row as the sync read it."""

    dossier_id: str
    lease_id: str | None
    base: dict[str, Any] | None
    base_revision: int | None
    handed_back: bool
    server_seq: int | None
    laptop_seq: int | None


def sync(
    server: Database,
    laptop: Database,
    context: Context,
    progress: Progress | None = None,
) -> SyncReport:
    """Synchronise the briefcase `laptop` with the team database `server`, acting as
    `context` on both (the briefcase's holder). `progress` hears of every step; an
    exception it raises stops the sync there, as a kill would."""
    tell: Progress = progress or (lambda _label, _done, _total: None)
    with reading(laptop) as session:
        briefcase = session.scalar(select(BriefcaseRow))
        if briefcase is None:
            raise NotFoundError(
                said("sync", "Dit is geen koffer: er staan geen meegenomen dossiers in.")
            )
        laptop_name = briefcase.laptop
        taken = [
            _Taken(
                t.dossier_id,
                t.lease_id,
                t.base,
                t.base_revision,
                t.handed_back,
                t.server_seq,
                t.laptop_seq,
            )
            for t in session.scalars(
                select(BriefcaseDossierRow).order_by(BriefcaseDossierRow.dossier_id)
            )
        ]
    report = SyncReport()
    run = _Run(server, laptop, context, laptop_name, report, tell)
    for start in range(0, len(taken), CHUNK):
        tell("Synchroniseren", start, len(taken))
        chunk = taken[start : start + CHUNK]
        try:
            run.chunk(chunk)
        except DomainError as error:
            if len(chunk) == 1:
                report.failed.append(_message(error))
                continue
            for dossier in chunk:  # each alone: one that fails keeps no other back
                try:
                    run.chunk([dossier])
                except DomainError as alone:
                    report.failed.append(_message(alone))
    tell("Synchroniseren", len(taken), len(taken))
    pull_reference(server, laptop, context, tell)
    with writing(laptop) as session:
        row = session.scalar(select(BriefcaseRow))
        assert row is not None
        row.synced_at = utc_now()
    return report


def _message(error: DomainError) -> str:
    """The error's message as it was made: a marked sentence stays translatable."""
    message = error.args[0] if len(error.args) == 1 else None
    return message if isinstance(message, str) else str(error)


@dataclass(frozen=True)
class _After:
    """What the team database holds of a dossier after step 2."""

    document: dict[str, Any] | None
    revision: int
    lease_id: str | None
    server_seq: int
    """How far the team database's trail is in what it holds."""


class _Run:
    def __init__(
        self,
        server: Database,
        laptop: Database,
        context: Context,
        laptop_name: str,
        report: SyncReport,
        tell: Progress,
    ) -> None:
        self._server = server
        self._laptop = laptop
        self._context = context
        self._laptop_name = laptop_name
        self._report = report
        self._tell = tell

    def chunk(self, chunk: list[_Taken]) -> None:
        """The three steps for these dossiers together."""
        ids = [taken.dossier_id for taken in chunk]
        with reading(self._laptop) as session:
            quick = with_additions(
                session,
                {
                    t.dossier_id: Based(t.base, t.laptop_seq)
                    for t in chunk
                    if t.base is not None and t.laptop_seq is not None
                },
            )
            mine = {**_documents(session, [i for i in ids if i not in quick]), **quick}
            removed_on_laptop = removed_part_ids(session, ids)
            read_to = chain_head(session)[0]
        pushed = SyncReport()
        with writing(self._server) as session:
            after = self._push(session, chunk, mine, removed_on_laptop, pushed)
            self._tell("Team-database bijgewerkt", 0, 1)  # a kill here: rolled back
        for name in ("pushed", "created", "conflicts"):
            setattr(self._report, name, getattr(self._report, name) + getattr(pushed, name))
        self._tell("Koffer bijwerken", 0, 1)  # a kill here: the server's step is done
        with writing(self._laptop) as session:
            self._bring_along(session, chunk, mine, after, read_to)
            self._tell("Koffer bijgewerkt", 1, 1)  # a kill here: rolled back

    def _push(
        self,
        session: Session,
        chunk: list[_Taken],
        mine: Mapping[str, tuple[dict[str, Any] | None, int]],
        removed_on_laptop: Mapping[str, Mapping[str, set[str]]],
        report: SyncReport,
    ) -> dict[str, _After]:
        """Step 2: the laptop's changes onto the team database; what it holds then.
        `removed_on_laptop`: `removed_part_ids` of these dossiers on the laptop, as step 1
        read them."""
        ids = [taken.dossier_id for taken in chunk]
        hold_trail(session)  # what the trail says of these dossiers holds until commit
        stored: dict[str, int] = {}
        for part in in_chunks(ids):
            stored.update(
                session.execute(
                    select(DossierRow.id, DossierRow.revision)
                    .where(DossierRow.id.in_(part))
                    .order_by(DossierRow.id)
                    .with_for_update()
                ).all()
            )
        quick = unchanged(
            session,
            {
                t.dossier_id: Based(t.base, t.server_seq, t.base_revision)
                for t in chunk
                if t.base is not None and t.server_seq is not None
            },
            stored,
        )
        theirs = {**_documents(session, [i for i in ids if i not in quick]), **quick}
        removed_here = removed_part_ids(session, ids)
        changed: list[tuple[dict[str, Any], int]] = []
        clashes: dict[str, tuple[Clash, ...]] = {}
        kept: dict[str, bool] = {}
        for taken in chunk:
            dossier_id = taken.dossier_id
            my_document, their_document = mine[dossier_id][0], theirs[dossier_id][0]
            merged = merge(
                _seen(
                    _entry(taken.base),
                    _entry(my_document),
                    _entry(their_document),
                    removed_here,
                    removed_on_laptop,
                ),
                _entry(my_document),
                _entry(their_document),
            )
            clashes[dossier_id] = merged.clashes
            kept[dossier_id] = merged.document is not None
            if merged.document is None and their_document is not None:  # deleted on the laptop
                dossiers.delete_dossier(session, self._context, dossier_id)
            if merged.document is not None and merged.document != _entry(their_document):
                envelope = my_document if my_document is not None else their_document
                assert envelope is not None
                revision = theirs[dossier_id][1] if dossier_id in stored else NOT_STORED
                changed.append((_wrapped(envelope, merged.document), revision))
        held = {dossier_id: document for dossier_id, (document, _revision) in theirs.items()}
        # What the server holds afterwards, where that is known without reading it again:
        # the dossiers it had and left alone, and those whose additions were written together.
        known = {
            taken.dossier_id: theirs[taken.dossier_id]
            for taken in chunk
            if kept[taken.dossier_id] and not taken.handed_back and taken.lease_id is not None
        }
        applied_all = apply_documents(
            session, self._context, changed, held=held, removed=removed_here
        )
        for applied in applied_all:
            known.pop(applied.dossier_id, None)
            if applied.created:
                report.created += 1
            elif applied.parts:
                report.pushed += 1
            if applied.held is not None:
                envelope, revision = theirs[applied.dossier_id]
                assert envelope is not None
                known[applied.dossier_id] = (_wrapped(envelope, applied.held), revision + 1)
        for dossier_id, told in clashes.items():
            report.conflicts += _tell_clashes(
                session, self._context, dossier_id, told, self._laptop_name
            )
        lease_ids = {taken.dossier_id: taken.lease_id for taken in chunk}
        made_here = [
            taken.dossier_id for taken in chunk if taken.lease_id is None and kept[taken.dossier_id]
        ]
        if made_here:  # made on the laptop: leased to its maker as it arrives
            until = utc_now() + NEW_LEASE
            for lease in leases.take(session, self._context, made_here, self._laptop_name, until):
                lease_ids[lease.dossier_id] = lease.id
        for taken in chunk:
            lease_id = lease_ids[taken.dossier_id]
            if taken.handed_back and lease_id is not None:
                leases.give_back(session, self._context, lease_id)
        after = {**known, **_documents(session, [i for i in ids if i not in known])}
        session.flush()
        head = chain_head(session)[0]  # the trail is held: nothing after it is in `after`
        return {i: _After(*after[i], lease_ids[i], head) for i in ids}

    def _bring_along(
        self,
        session: Session,
        chunk: list[_Taken],
        mine: Mapping[str, tuple[dict[str, Any] | None, int]],
        after: Mapping[str, _After],
        read_to: int,
    ) -> None:
        """Step 3: the laptop's copies made equal to what the server now holds, `base` and
        `base_revision` moved along; a dossier handed back (or deleted) leaves. Step 1 read
        the laptop's trail up to `read_to`; when nothing was audited here since, this
        step's own acts are taken as read too."""
        before = chain_head(session)[0]
        staying = [
            taken
            for taken in chunk
            if not taken.handed_back and after[taken.dossier_id].document is not None
        ]
        for taken in chunk:
            if taken not in staying:
                _leave_briefcase(session, self._context, taken.dossier_id)
                self._report.returned += taken.handed_back
        pulls, bases = [], {}
        for taken in staying:
            document, (my_document, my_revision) = (
                after[taken.dossier_id].document,
                mine[taken.dossier_id],
            )
            assert document is not None
            bases[taken.dossier_id] = without_catalogue_texts(document)
            if _entry(document) != _entry(my_document):
                pulls.append((document, my_revision))
        self._report.pulled += len(apply_documents(session, self._context, pulls))
        session.flush()
        seen = chain_head(session)[0] if before == read_to else read_to
        table = BriefcaseDossierRow.__table__
        assert isinstance(table, Table)
        if staying:  # written, not read first: the old base is of no use any more
            session.execute(
                update(table)
                .where(table.c.dossier_id == bindparam("dossier"))
                .values(
                    base=bindparam("held"),
                    base_revision=bindparam("held_revision"),
                    lease_id=bindparam("held_lease"),
                    server_seq=bindparam("server_seq"),
                    laptop_seq=bindparam("laptop_seq"),
                ),
                [
                    {
                        "dossier": taken.dossier_id,
                        "held": bases[taken.dossier_id],
                        "held_revision": after[taken.dossier_id].revision,
                        "held_lease": after[taken.dossier_id].lease_id,
                        "server_seq": after[taken.dossier_id].server_seq,
                        "laptop_seq": seen,
                    }
                    for taken in staying
                ],
            )


def _seen(
    base: dict[str, Any] | None,
    mine: dict[str, Any] | None,
    theirs: dict[str, Any] | None,
    removed_here: Mapping[str, Mapping[str, set[str]]],
    removed_on_laptop: Mapping[str, Mapping[str, set[str]]],
) -> dict[str, Any] | None:
    """`base` with the laptop's timeline entries and attachments that both sides saw
    beyond it: those a sync cut off after the server's step had pushed (the laptop never
    took the new base) and that one side removed since. A laptop makes their ids, so the
    team database only knows one that a push brought, and the laptop keeps the row of one
    it removed. Such an entry is in `base` as the merge reads it, so its removal stands;
    without this the other side's copy would come back as an addition:

    - the team database holds it as removed and the laptop still has it: the laptop's;
    - the laptop holds it as removed and the team database still has it: the server's."""
    if base is None or mine is None or theirs is None:
        return base
    seen = dict(base)
    for part in ("timeline", "attachments"):
        in_base = {item["id"] for item in base[part]}
        removed_there = removed_here[part].get(base["id"], set()) - in_base
        removed_by_holder = removed_on_laptop[part].get(base["id"], set()) - in_base
        both_saw = [
            *(item for item in mine[part] if item["id"] in removed_there),
            *(item for item in theirs[part] if item["id"] in removed_by_holder),
        ]
        if both_saw:
            seen[part] = [*base[part], *both_saw]
    return seen


def _leave_briefcase(session: Session, context: Context, dossier_id: str) -> None:
    """A dossier handed back leaves the laptop: what it says is erased from the file."""
    row = session.get(DossierRow, dossier_id)
    if row is not None and row.deleted_at is None:
        row.deleted_at = utc_now()
        search.remove_from_index(session, dossier_id)
        erase(session, dossier_id, None)
    taken = session.get(BriefcaseDossierRow, dossier_id)
    if taken is not None:
        session.delete(taken)
    record(
        session,
        context,
        Action.DELETE,
        "briefcase.return",
        object_type="dossier",
        object_id=dossier_id,
        dossier_id=dossier_id,
    )


# --- conflicts ---------------------------------------------------------------------------------


def path_key(path: Path) -> str:
    return json.dumps(list(path), ensure_ascii=False)


def _tell_clashes(
    session: Session,
    context: Context,
    dossier_id: str,
    clashes: tuple[Clash, ...],
    laptop: str,
) -> int:
    """Record each clash not told before; how many were new. A clash is told once: while a
    conflict on its part is open (it then holds the laptop's latest value), and after one
    was resolved for the same laptop value and base (the laptop had not synced since)."""
    if not clashes:
        return 0
    keys = [path_key(c.path) for c in clashes]
    known = session.scalars(
        select(SyncConflictRow).where(
            SyncConflictRow.dossier_id == dossier_id,
            SyncConflictRow.path_key.in_(keys),
            SyncConflictRow.deleted_at.is_(None),
        )
    ).all()
    holder = require(session, context, Permission.EDIT_DOSSIER).id
    batch = AuditBatch(session, context)
    told = 0
    now = utc_now()
    for clash, key in zip(clashes, keys, strict=True):
        same = [k for k in known if k.path_key == key]
        laptop_value, base_value = wrapped(clash.laptop), wrapped(clash.base)
        told_before = next(
            (k for k in same if k.laptop == laptop_value and k.base == base_value), None
        )
        if told_before is not None:  # the same clash, still open or already resolved
            if told_before.resolved_at is None and told_before.server != wrapped(clash.server):
                told_before.server = wrapped(clash.server)
            continue
        for superseded in (k for k in same if k.resolved_at is None):
            # The laptop changed the part again (after taking the server's value): a new
            # clash. The old one stays, settled as outdated, so its value is not lost.
            superseded.resolved_at, superseded.choice = now, {"superseded": True}
        session.flush()
        conflict = SyncConflictRow(
            dossier_id=dossier_id,
            path=list(clash.path),
            path_key=key,
            base=base_value,
            laptop=laptop_value,
            server=wrapped(clash.server),
            laptop_name=laptop,
            holder_id=holder,
        )
        session.add(conflict)
        session.flush()
        batch.add(
            Action.CREATE,
            "conflict.record",
            object_type="sync_conflict",
            object_id=conflict.id,
            dossier_id=dossier_id,
        )
        told += 1
    batch.stage()
    session.flush()
    return told


@dataclass(frozen=True)
class Typed:
    """A value a person typed for a conflicting part, instead of either side's."""

    value: Any


def _conflict(row: SyncConflictRow, holder: str | None) -> SyncConflict:
    return SyncConflict(
        row.id,
        row.dossier_id,
        tuple(row.path),
        unwrapped(row.laptop),
        unwrapped(row.server),
        row.laptop_name,
        holder or "",
        row.created_at,
    )


def open_conflicts(session: Session, dossier_id: str) -> list[SyncConflict]:
    """The dossier's conflicts nobody chose for yet, oldest first (the resolver's rows)."""
    rows = session.execute(
        select(SyncConflictRow, UserRow.name)
        .outerjoin(UserRow, UserRow.id == SyncConflictRow.holder_id)
        .where(
            SyncConflictRow.dossier_id == dossier_id,
            SyncConflictRow.resolved_at.is_(None),
            SyncConflictRow.deleted_at.is_(None),
        )
        .order_by(SyncConflictRow.created_at, SyncConflictRow.path_key)
    )
    return [_conflict(row, name) for row, name in rows]


def resolve_conflict(
    session: Session, context: Context, conflict_id: str, choice: Choice | Typed
) -> SyncConflict:
    """Settle one conflict: the dossier's part becomes the server's value (`Choice.SERVER`),
    the laptop's (`Choice.LAPTOP`) or a typed one (`Typed(value)`), written as a sync
    writes, and the conflict is marked resolved, by whom and when."""
    user = require(session, context, Permission.EDIT_DOSSIER)
    row = session.get(SyncConflictRow, conflict_id, with_for_update=True)
    if row is None or row.deleted_at is not None or row.resolved_at is not None:
        raise NotFoundError(said("sync", "Dit conflict bestaat niet (meer) of is al opgelost."))
    if isinstance(choice, Typed):
        value, chosen = choice.value, {"typed": wrapped(choice.value)}
    elif choice in (Choice.SERVER, Choice.LAPTOP):
        value = unwrapped(row.server if choice is Choice.SERVER else row.laptop)
        chosen = {Choice(choice).value: True}
    else:
        raise ValidationError(
            "choice",
            said("sync", "Kies de waarde van de teamdatabase, die van de laptop, of typ er een."),
        )
    document, revision = _document(session, row.dossier_id)
    if document is None:
        raise NotFoundError(said("sync", "Dit dossier bestaat niet (meer)."))
    entry = dossier_entry(document)
    resolved = resolve(entry, [(tuple(row.path), value)])
    if resolved != entry:
        apply_document(session, context, _wrapped(document, resolved), expected_revision=revision)
    row.resolved_at, row.resolved_by, row.choice = utc_now(), user.id, chosen
    session.flush()
    record(
        session,
        context,
        Action.UPDATE,
        "conflict.resolve",
        object_type="sync_conflict",
        object_id=row.id,
        dossier_id=row.dossier_id,
    )
    return _conflict(row, user.name)


# --- the pull ----------------------------------------------------------------------------------


REFERENCE = (UserRow, SigningKeyRow, CatalogueFileRow)
"""The read-only reference data a briefcase keeps up to date: people, chairs' public keys,
catalogue texts (what assess, the weighing and the decision PDF read of them)."""


def pull_reference(server: Database, laptop: Database, context: Context, tell: Progress) -> None:
    """Bring the laptop's reference data level with the team database's: one read there,
    one transaction here. A key new here is recorded as imported (`signing_key.import`),
    as an import records one, so that the laptop's checks of a signature count it."""
    with reading(server) as session:
        wanted = {model: _rows_of(session, model) for model in REFERENCE}
    tell("Naslaggegevens ophalen", 0, 1)
    with writing(laptop) as session:
        batch = AuditBatch(session, context)
        for model in REFERENCE:
            held = _held_rows(session, model)
            for values in wanted[model]:
                row = held.get(values["id"])
                if row is None:
                    session.add(model(**values))
                    if model is SigningKeyRow:
                        batch.add(
                            Action.CREATE,
                            KEY_ACTS[1],
                            object_type="signing_key",
                            object_id=values["key_id"][:36],
                            dossier_id=None,
                            digest=values["key_id"],
                        )
                elif any(getattr(row, k) != v for k, v in values.items()):
                    for key, value in values.items():
                        setattr(row, key, value)
            session.flush()
        batch.stage()
        tell("Naslaggegevens ophalen", 1, 1)  # a kill here: rolled back


def _held_rows(session: Session, model: Any) -> dict[str, Any]:
    return {row.id: row for row in session.scalars(select(model))}


def _rows_of(session: Session, model: Any) -> list[dict[str, Any]]:
    columns = [c.key for c in model.__table__.columns if c.key != "revision"]
    return [{c: getattr(row, c) for c in columns} for row in session.scalars(select(model))]


__all__ = [
    "Choice",
    "SyncReport",
    "Typed",
    "open_conflicts",
    "pending_changes",
    "pull_reference",
    "resolve_conflict",
    "sync",
]


def synchronise(paths: Paths, db: str | None, progress: Progress | None = None) -> SyncReport:
    """This computer's briefcase with its team database (`db`, or the one it was made
    from), as the person who took the dossiers along. The briefcase is opened before the
    team database and nothing is written until both are open: a server that cannot be
    reached or refuses the login changes nothing."""
    from maatwerkdesk.services.workspace import open_briefcase, open_workspace

    laptop = open_briefcase(paths)
    team = None
    try:
        holder = laptop.user.id if laptop.user is not None else None
        team = open_workspace(paths, db or laptop.briefcase_of)
        if team.user is None:  # a team database without logins: act as the holder
            team.user = laptop.user
        if team.user is None or team.user.id != holder:
            raise DomainError(
                said(
                    "sync",
                    "Deze koffer hoort bij een andere gebruiker dan de aanmelding op de "
                    "teamdatabase; synchroniseer met de login van wie de dossiers meenam.",
                )
            )
        return sync(team.database, laptop.database, team.context("sync"), progress)
    finally:
        laptop.close()
        if team is not None:
            team.close()
