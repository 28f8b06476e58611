"""Making a dossier in this database equal to an exchange document of it: what a sync does
with the version a laptop (or a merge of both sides) holds.

The document is read as strictly as an import reads it (domain/exchange.py), and only the
parts that differ from what the database holds are written: the fields, the betrokkene,
doenvermogen, timeline entries and attachment metadata (added, changed, removed), and the
record parts a laptop can change (route checks, factors, decision, weighing, proposal).
The conference's agenda is the team database's and is left as it is. Signed versions are
only ever added: one the database lacks is verified as an import verifies it (numbering,
content, the chair's signature) and checked for four eyes, then inserted as it is; on a
team database its triggers check it once more.

The services' rules hold as for an edit by hand: the acting user must be allowed to edit,
a stale revision is refused with the usual sentence, a dossier whose signed record was
tampered with is refused, facts a signed decision rests on stay as they are unless a new
signed version fixes them, and a dossier taken along by someone else is refused (the lease
check, with the tampering check: services/away.py). Writes go through the unit of work's session in one flush, many
rows per statement; one audit record "dossier.sync" names the parts that changed.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Table, bindparam, select, update
from sqlalchemy.orm import Session, selectinload

from maatwerkdesk.domain.dossier import descriptions, search_text
from maatwerkdesk.domain.errors import DomainError, ValidationError
from maatwerkdesk.domain.exchange import (
    Additions,
    ImportedDocument,
    ImportedDossier,
    entries_to_dict,
    ordered_entries,
    read_additions,
    read_document,
    timestamp,
)
from maatwerkdesk.domain.people import Permission, User, same_person
from maatwerkdesk.domain.sentence import said
from maatwerkdesk.persistence import search
from maatwerkdesk.persistence.base import utc_now
from maatwerkdesk.persistence.bulk import in_chunks, insert_records
from maatwerkdesk.persistence.mapping import (
    dossier_rows,
    insert_dossiers,
    read_fields,
    removed_part_ids,
    write_fields,
    write_subject,
)
from maatwerkdesk.persistence.models import (
    AgendaItemRow,
    AssessmentRow,
    AttachmentRow,
    DecisionRow,
    DossierFactorsRow,
    DossierRow,
    MeetingRow,
    ProposalRow,
    SubjectRow,
    TimelineEntryRow,
    WeighingRow,
)
from maatwerkdesk.services import assessments, group_links
from maatwerkdesk.services.audit import Action, AuditBatch
from maatwerkdesk.services.context import Context
from maatwerkdesk.services.decision_record import insert_versions
from maatwerkdesk.services.dossiers import (
    DOSSIER_PARTS,
    next_reference,
    refuse_stale_dossier,
    refuse_unsigned_changes,
    reindex,
)
from maatwerkdesk.services.exchange import dossier_document, dossier_documents
from maatwerkdesk.services.exchange_record import (
    RecordImport,
    RecordRows,
    check_consistent,
    with_catalogue_texts,
)
from maatwerkdesk.services.revisions import NOT_STORED
from maatwerkdesk.services.signed import (
    SignedDecisionError,
    refuse_any_tampered,
    refuse_if_signed,
    refuse_if_tampered,
)
from maatwerkdesk.services.users import require

SYNC_ACT = "dossier.sync"
SOURCE = said("dossier_apply", "synchronisatie")
"""How messages about the document name it."""

PARTS = {
    "reference": "ref",
    "fields": "fld",
    "subject": "subj",
    "doenvermogen": "doen",
    "timeline": "tl",
    "attachments": "att",
    "assessments": "assess",
    "factors": "fac",
    "decision": "dec",
    "weighing": "weigh",
    "proposal": "prop",
    "versions": "ver",
    "agenda": "agenda",
}
"""A part of a dossier, and how the audit record names it (all of them fit its 64
characters: docs/briefcase.md)."""
RECORD_PARTS = ("assessments", "factors", "decision", "weighing", "proposal")


@dataclass(frozen=True)
class Applied:
    dossier_id: str
    parts: tuple[str, ...]
    """The parts that changed (keys of `PARTS`), in that order; empty: nothing to do."""
    created: bool = False
    held: dict[str, Any] | None = None
    """The dossier's entry as this database now holds it, when known without reading it
    again (dossiers whose additions were written together)."""


def dossier_entry(document: Mapping[str, Any]) -> dict[str, Any]:
    """The one dossier of a document a sync handles."""
    dossiers = document.get("dossiers")
    if not isinstance(dossiers, list) or len(dossiers) != 1:
        raise ValidationError(
            "dossiers",
            said("dossier_apply", "{source}: het document bevat niet precies één dossier.").format(
                source=SOURCE
            ),
        )
    return dict(dossiers[0])


def changed_parts(before: Mapping[str, Any] | None, after: Mapping[str, Any]) -> tuple[str, ...]:
    """The parts of dossier entry `after` that differ from `before` (None: all of them)."""
    if before is None:
        return tuple(PARTS)

    def part(entry: Mapping[str, Any], name: str) -> Any:
        fields = dict(entry["fields"])
        if name == "reference":
            return entry.get("reference")
        if name == "fields":
            return {k: v for k, v in fields.items() if k not in ("subject", "doenvermogen")}
        if name in ("subject", "doenvermogen"):
            return fields.get(name)
        if name in ("timeline", "attachments"):
            return entry.get(name)
        return (entry.get("record") or {}).get(name)

    return tuple(name for name in PARTS if part(before, name) != part(after, name))


def apply_document(
    session: Session,
    context: Context,
    document: Mapping[str, Any],
    *,
    expected_revision: int,
) -> Applied:
    """Make the dossier of `document` (a `maatwerkdesk/3` document with one dossier) in
    this database equal to it; `expected_revision` is the revision it was read at here
    (`NOT_STORED`: a dossier new here, made on a laptop). Returns what changed."""
    user = require(session, context, Permission.EDIT_DOSSIER)
    read = _read(document, context)
    dossier = read.dossiers[0]
    entry = dossier_entry(document)
    row = session.get(DossierRow, dossier.id, options=DOSSIER_PARTS)
    if row is None:
        if expected_revision != NOT_STORED:
            raise DomainError(
                said(
                    "dossier_apply",
                    "Dossier {reference} bestaat niet (meer) op deze database; het is niet "
                    "bijgewerkt.",
                ).format(reference=dossier.reference)
            )
        return _create(session, context, user, dossier, read.parts)
    if row.deleted_at is not None:
        raise DomainError(
            said(
                "dossier_apply",
                "Dossier {reference} is verwijderd; het is niet bijgewerkt. Bewaar wat u nog "
                "nodig hebt en vraag uw functioneel beheerder.",
            ).format(reference=row.reference)
        )
    refuse_if_tampered(session, row.id)
    refuse_stale_dossier(session, row, expected_revision)
    current = dossier_entry(dossier_document(session, row.id))
    parts = changed_parts(current, entry)
    if not parts:
        if row.updated_at != dossier.updated_at:  # bookkeeping only: when it last changed
            row.updated_at = dossier.updated_at
            session.flush()
        return Applied(row.id, ())
    run = _Run(session, context, user, dossier, row)
    items = (
        run.agenda(read.parts, current["record"]["agenda"], entry["record"]["agenda"])
        if {"agenda", "versions"} & set(parts)
        else {}
    )
    run.versions(read.parts, len(current["record"]["versions"]), "versions" in parts, items)
    if "reference" in parts:  # given by the team database to a dossier made on a laptop
        row.reference = dossier.reference
    run.facts(parts)
    run.timeline("timeline" in parts)
    run.attachments("attachments" in parts)
    run.record([p for p in RECORD_PARTS if p in parts])
    row.updated_at = dossier.updated_at  # one revision for the whole sync, whatever changed
    session.flush()
    reindex(session, row)
    run.audit(Action.UPDATE, parts)
    _keep_group(session, context, dossier)
    session.flush()
    session.expire_all()  # rows were written past the loaded objects: read them afresh
    return Applied(row.id, parts)


def _keep_group(session: Session, context: Context, dossier: ImportedDossier) -> None:
    """The group the document names, kept here as an import keeps it; a sync never takes a
    dossier out of its group."""
    if dossier.record is not None and dossier.record.group is not None:
        group_links.keep_links(session, context, {dossier.id: dossier.record.group})


def _read(document: Mapping[str, Any], context: Context) -> ImportedDocument:
    """The document read as strictly as an import reads it; it holds one dossier."""
    read = read_document(dict(document), SOURCE, today=context.current_date())
    if len(read.dossiers) != 1:
        dossier_entry(document)  # raises the sentence
    return read


def apply_documents(
    session: Session,
    context: Context,
    documents: Sequence[tuple[Mapping[str, Any], int]],
    *,
    held: Mapping[str, Mapping[str, Any] | None] | None = None,
    removed: Mapping[str, Mapping[str, set[str]]] | None = None,
) -> list[Applied]:
    """`apply_document` for each (document, expected revision): a sync's hundred dossiers
    in one go. Those that only add timeline entries or attachments to a live dossier here
    (notes made on the road, the common case) are checked and written together, one
    statement per table for all of them; the others one by one, as `apply_document`.
    `held` are the documents of these dossiers as this unit of work read them (None for
    one not live here); read now when not given. `removed`: `removed_part_ids` of these
    dossiers as this unit of work read them; read now when not given."""
    require(session, context, Permission.EDIT_DOSSIER)
    entries = [dossier_entry(document) for document, _revision in documents]
    if held is None:
        held = dossier_documents(session, [entry["id"] for entry in entries])
    together, alone = [], []
    if removed is None:
        removed = removed_part_ids(
            session, [entry["id"] for entry in entries if held.get(entry["id"])]
        )
    for (document, revision), entry in zip(documents, entries, strict=True):
        current = held.get(entry["id"])
        current_entry = dossier_entry(current) if current else None
        parts = _added_parts(removed, current_entry, entry) if current_entry is not None else ()
        if parts and current_entry is not None:
            together.append((document, revision, parts, current_entry))
        else:
            alone.append((document, revision))
    applied = _add_together(session, context, together)
    applied += [  # a briefcase's base names its catalogues only (without_catalogue_texts)
        apply_document(session, context, with_catalogue_texts(session, d), expected_revision=r)
        for d, r in alone
    ]
    return applied


ADDABLE = ("timeline", "attachments")
"""The parts `apply_documents` writes for many dossiers together, when only added to."""


def _added_parts(
    removed: Mapping[str, Mapping[str, set[str]]],
    current: Mapping[str, Any],
    entry: Mapping[str, Any],
) -> tuple[str, ...]:
    """The parts of `entry` that differ from `current` (the dossier here, whose removed
    entries and attachments `removed` holds) when that is only timeline entries or
    attachments added, with ids new here; else ()."""
    parts = changed_parts(current, entry)
    if not set(parts) <= set(ADDABLE):
        return ()
    for part in parts:
        wanted = {item["id"]: item for item in entry[part]}
        if any(wanted.pop(item["id"], None) != item for item in current[part]):
            return ()  # changed or removed
        if removed[part].get(entry["id"], set()) & set(wanted):
            return ()  # removed here before: brought back one by one
    return parts


def _add_together(
    session: Session,
    context: Context,
    documents: list[tuple[Mapping[str, Any], int, tuple[str, ...], dict[str, Any]]],
) -> list[Applied]:
    """The timeline entries and attachments these documents add (`parts`) to their live
    dossiers here (whose entries are `current`), after the checks `apply_document` makes
    (the document read strictly, the revision it was read at, tampering and leases); one
    audit record each. What the dossier held already is the same in the document
    (`_added_parts`): only the additions, with the dossier's id and moments, are read (as
    strictly as an import reads them); the search index takes the added words."""
    if not documents:
        return []
    today, now = context.current_date(), datetime.now(UTC)
    dossiers = [
        read_additions(_only_added(document, current), SOURCE, today=today, now=now)
        for document, _revision, _parts, current in documents
    ]
    stored: dict[str, DossierRow] = {}  # as they are now, locked
    for chunk in in_chunks([dossier.id for dossier in dossiers]):
        stored.update(
            (row.id, row)
            for row in session.scalars(
                select(DossierRow)
                .where(DossierRow.id.in_(chunk))
                .order_by(DossierRow.id)
                .options(selectinload(DossierRow.subject))
                .with_for_update()
                .execution_options(populate_existing=True)
            )
        )
    rows: list[DossierRow] = []
    for dossier, (_document, revision, *_rest) in zip(dossiers, documents, strict=True):
        row = stored[dossier.id]
        assert row.deleted_at is None  # read live just now
        if row.revision != revision:
            refuse_stale_dossier(session, row, revision)
        rows.append(row)
    refuse_any_tampered(session, rows)
    session.flush()
    for model, values_of in (
        (TimelineEntryRow, _timeline_values),
        (AttachmentRow, _attachment_values),
    ):
        added = [
            {**values, "id": item_id, "dossier_id": d.id}
            for d in dossiers
            for item_id, values in values_of(d).items()
        ]
        insert_records(session, model, added)
    table = DossierRow.__table__
    assert isinstance(table, Table)
    session.execute(  # one revision for the whole sync, as `apply_document` makes
        update(table)
        .where(table.c.id == bindparam("dossier"))
        .values(updated_at=bindparam("updated"), revision=table.c.revision + 1),
        [{"dossier": d.id, "updated": d.updated_at} for d in dossiers],
    )
    held = [  # the entry as it was, with the additions, as a new read would give it
        {
            **current,
            "updated_at": timestamp(d.updated_at),
            **_with_added(current, entries_to_dict(d.timeline, d.attachments)),
        }
        for d, (_document, _revision, _parts, current) in zip(dossiers, documents, strict=True)
    ]
    search.extend_index(
        session,
        [
            (
                d.id,
                search_text(
                    row.reference, read_fields(row), [e["description"] for e in h["timeline"]]
                ),
                "\n".join(descriptions(d.timeline)),
            )
            for d, row, h in zip(dossiers, rows, held, strict=True)
        ],
    )
    batch = AuditBatch(session, context)
    for dossier, (_document, _revision, parts, _current) in zip(dossiers, documents, strict=True):
        names = ",".join(PARTS[p] for p in parts)
        batch.dossier_act(Action.UPDATE, SYNC_ACT, dossier.id, digest=names)
    batch.stage()
    session.flush()
    session.expire_all()  # rows were written past the loaded objects: read them afresh
    return [
        Applied(d.id, parts, held=h)
        for d, h, (_doc, _rev, parts, _current) in zip(dossiers, held, documents, strict=True)
    ]


def _only_added(document: Mapping[str, Any], current: Mapping[str, Any]) -> dict[str, Any]:
    """The dossier entry of `document` with only the timeline entries and attachments
    `current` does not hold."""
    entry = dossier_entry(document)
    for part in ADDABLE:
        held = {item["id"] for item in current[part]}
        entry[part] = [item for item in entry[part] if item["id"] not in held]
    return entry


def _with_added(
    current: Mapping[str, Any], added: Mapping[str, list[dict[str, Any]]]
) -> dict[str, list[dict[str, Any]]]:
    """`current`'s timeline entries and attachments with `added`, in the format's order."""
    return ordered_entries(
        [*current["timeline"], *added["timeline"]],
        [*current["attachments"], *added["attachments"]],
    )


def _create(
    session: Session, context: Context, user: User, dossier: ImportedDossier, parts: Any
) -> Applied:
    """A dossier made on a laptop: its rows as the document has them, under the next free
    reference here when another dossier has its reference (the laptop numbered it knowing
    only its own)."""
    reference = dossier.reference
    if session.scalar(select(DossierRow.id).where(DossierRow.reference == reference)):
        reference = next_reference(session, dossier.created_at.year)
    insert_dossiers(
        session,
        [
            dossier_rows(
                id=dossier.id,
                reference=reference,
                created_at=dossier.created_at,
                updated_at=dossier.updated_at,
                fields=dossier.fields,
                timeline=dossier.timeline,
                attachments=dossier.attachments,
            )
        ],
    )
    row = session.get(DossierRow, dossier.id, options=DOSSIER_PARTS)
    assert row is not None
    run = _Run(session, context, user, dossier, row)
    run.versions(parts, 0, True, run.agenda(parts, [], []))
    refuse_unsigned_changes(session, user, row, dossier.fields)
    run.record(list(RECORD_PARTS))
    session.flush()
    reindex(session, row)
    run.audit(Action.CREATE, tuple(PARTS))
    _keep_group(session, context, dossier)
    session.flush()
    session.expire_all()
    return Applied(row.id, tuple(PARTS), created=True)


def _make_equal(held: list[Any], wanted: Mapping[str, dict[str, Any]], model: Any) -> None:
    """The dossier's rows of `model` (timeline entries, attachments) as `wanted` has them
    by id: changed where they differ, marked removed where not wanted, added where new;
    written with the unit of work's next flush, many rows per statement."""
    now = utc_now()
    present = {row.id: row for row in held}
    for row_id, row in present.items():
        values = wanted.get(row_id)
        if values is None:
            if row.deleted_at is None:
                row.deleted_at = now
            continue
        for key, value in {**values, "deleted_at": None}.items():
            if getattr(row, key) != value:
                setattr(row, key, value)
    held.extend(model(id=i, **values) for i, values in wanted.items() if i not in present)


def _timeline_values(dossier: ImportedDossier | Additions) -> dict[str, dict[str, Any]]:
    """The dossier's timeline entries by id, as their rows' columns."""
    return {
        e.id: {
            "occurred_on": e.occurred_on,
            "kind": e.kind.value,
            "description": e.description,
            "author": e.author,
        }
        for e in dossier.timeline
    }


def _attachment_values(dossier: ImportedDossier | Additions) -> dict[str, dict[str, Any]]:
    """The dossier's attachments by id, as their rows' columns."""
    return {
        a.id: {
            "original_name": a.original_name,
            "size": a.size,
            "sha256": a.sha256,
            "description": a.description,
            "created_at": a.added_at,
        }
        for a in dossier.attachments
    }


class _Run:
    """One dossier's writes."""

    def __init__(
        self,
        session: Session,
        context: Context,
        user: User,
        dossier: ImportedDossier,
        row: DossierRow,
    ) -> None:
        self._session = session
        self._user = user
        self._dossier = dossier
        self._row = row
        self._records = RecordImport(session, context)
        self._batch = AuditBatch(session, context)
        self._signed_now = False

    def agenda(
        self, parts: Any, current: list[dict[str, Any]], wanted: list[dict[str, Any]]
    ) -> dict[str, str]:
        """The dossier's agenda items here by meeting reference, made as the document has
        them (the conference's record, which the versions it signed name)."""
        session, dossier = self._session, self._dossier
        agenda = session.execute(
            select(MeetingRow.reference, AgendaItemRow.id)
            .join(AgendaItemRow, AgendaItemRow.meeting_id == MeetingRow.id)
            .where(AgendaItemRow.dossier_id == dossier.id, AgendaItemRow.deleted_at.is_(None))
        )
        items = {reference: item_id for reference, item_id in agenda}
        old = {item["meeting"]: item for item in current}
        changed = {
            item["meeting"]
            for item in wanted
            if item["meeting"] in old and old[item["meeting"]] != item
        }
        self._records.synced_agenda(dossier, parts, items, changed)
        return items

    def versions(self, parts: Any, known: int, changed: bool, items: dict[str, str]) -> None:
        """Add the signed versions the database lacks; never change or remove one."""
        extras = self._dossier.record
        if not changed or extras is None or len(extras.versions) <= known:
            if extras is not None and len(extras.versions) < known:
                raise SignedDecisionError(
                    said(
                        "dossier_apply",
                        "Dossier {reference}: een ondertekende besluitversie kan niet "
                        "verdwijnen; het dossier is niet bijgewerkt.",
                    ).format(reference=self._dossier.reference)
                )
            return
        session, dossier = self._session, self._dossier
        rows, contents = self._records.added_versions(dossier, parts, known, items, self._batch)
        proposer = session.scalar(
            select(ProposalRow.proposed_by).where(ProposalRow.dossier_id == dossier.id)
        )
        for content in contents:
            signer = content.signer
            if signer is not None and (
                signer.user_id == proposer
                or same_person(User(signer.user_id, signer.name, ()), self._row.owner)
            ):
                raise SignedDecisionError(
                    said(
                        "dossier_apply",
                        "Dossier {reference}: versie {version} is ondertekend door wie het "
                        "voorstel inbracht of de behandelaar is; een ander moet ondertekenen "
                        "(vier ogen). Het dossier is niet bijgewerkt.",
                    ).format(reference=dossier.reference, version=content.version)
                )
        check_consistent(dossier, extras, contents)
        insert_versions(session, rows)
        self._signed_now = True

    def facts(self, parts: tuple[str, ...]) -> None:
        if not {"fields", "subject", "doenvermogen"} & set(parts):
            return
        row, clean = self._row, self._dossier.fields
        if not self._signed_now:
            refuse_unsigned_changes(self._session, self._user, row, clean)
        write_fields(row, clean)
        if row.subject is None:
            row.subject = SubjectRow()
        write_subject(row.subject, clean.subject)

    def timeline(self, changed: bool) -> None:
        if changed:
            _make_equal(self._row.timeline, _timeline_values(self._dossier), TimelineEntryRow)

    def attachments(self, changed: bool) -> None:
        if changed:
            _make_equal(self._row.attachments, _attachment_values(self._dossier), AttachmentRow)

    def record(self, parts: list[str]) -> None:
        """The route checks, factors, decision, weighing and proposal that changed."""
        if not parts:
            return
        if not self._signed_now and {"factors", "decision"} & set(parts):
            refuse_if_signed(self._session, self._dossier.id)
        rows = self._records.checked_record(self._dossier)
        session, dossier_id = self._session, self._dossier.id
        if "assessments" in parts:
            session.execute(
                update(AssessmentRow)
                .where(AssessmentRow.dossier_id == dossier_id, AssessmentRow.deleted_at.is_(None))
                .values(deleted_at=utc_now(), revision=AssessmentRow.revision + 1),
                execution_options={"synchronize_session": False},
            )
            assessments.insert_assessments(session, rows.assessments)
        for part, model, values in self._one_per_dossier(rows):
            if part in parts:
                self._put(model, values)

    @staticmethod
    def _one_per_dossier(rows: RecordRows) -> list[tuple[str, Any, dict[str, Any] | None]]:
        return [
            ("factors", DossierFactorsRow, rows.factors[0] if rows.factors else None),
            ("decision", DecisionRow, rows.decisions[0] if rows.decisions else None),
            ("weighing", WeighingRow, rows.weighings[0] if rows.weighings else None),
            ("proposal", ProposalRow, rows.proposals[0] if rows.proposals else None),
        ]

    def _put(self, model: Any, values: dict[str, Any] | None) -> None:
        """The dossier's one row of `model` set to `values` (None: withdrawn, where the
        table knows a withdrawal; a weighing or proposal is never removed by a sync)."""
        session, dossier_id = self._session, self._dossier.id
        existing = session.scalar(select(model).where(model.dossier_id == dossier_id))
        if values is None:
            if existing is not None and model in (DossierFactorsRow, DecisionRow):
                existing.deleted_at = utc_now()
            return
        if existing is None:
            insert_records(session, model, [values])
            return
        for key, value in {**values, "deleted_at": None}.items():
            if key != "dossier_id" and getattr(existing, key) != value:
                setattr(existing, key, value)

    def audit(self, action: Action, parts: tuple[str, ...]) -> None:
        names = ",".join(PARTS[p] for p in parts)
        self._batch.dossier_act(action, SYNC_ACT, self._dossier.id, digest=names)
        self._batch.stage()
