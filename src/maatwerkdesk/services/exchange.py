"""Export and import of dossiers in the JSON exchange format (`maatwerkdesk/3`; files of
versions 1 and 2 are still read).

Import is all or nothing: the caller frames it as one transaction and commits once at the
end, or rolls back on the first error, so nothing partial is ever written. Documents are
taken one at a time: read, checked, checked against the database (which by then holds the
documents before it), and written many rows per statement, so memory stays flat however
many dossiers come in. A version 2 file carries the whole record behind the decision
(services/exchange_record.py), signatures included; a version 1 file carries only the
facts, so a dossier it calls 'Besloten' is imported as 'Afgesloten': without its signed
decision it binds nobody.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, joinedload

from maatwerkdesk.domain.dossier import AttachmentInfo, TimelineEntry, descriptions, search_text
from maatwerkdesk.domain.errors import DomainError, ValidationError
from maatwerkdesk.domain.exchange import (
    ImportedDocument,
    ImportedDossier,
    dossiers_to_document,
    parse_json,
    read_document,
)
from maatwerkdesk.domain.people import Permission
from maatwerkdesk.domain.sentence import Sentence, said
from maatwerkdesk.domain.vocabulary import DossierStatus
from maatwerkdesk.infra.attachment_store import AttachmentStore
from maatwerkdesk.infra.files import read_bounded
from maatwerkdesk.persistence import search
from maatwerkdesk.persistence.bulk import in_chunks
from maatwerkdesk.persistence.mapping import (
    dossier_rows,
    insert_dossiers,
    read_entries,
    read_record,
)
from maatwerkdesk.persistence.models import AttachmentRow, AuditRow, DossierRow, TimelineEntryRow
from maatwerkdesk.services import group_links
from maatwerkdesk.services.audit import Action, AuditBatch, record_dossier_act
from maatwerkdesk.services.context import Context
from maatwerkdesk.services.dossiers import live_dossier
from maatwerkdesk.services.exchange_record import RecordImport, exported_parts
from maatwerkdesk.services.kept_rows import kept
from maatwerkdesk.services.progress import Progress
from maatwerkdesk.services.users import require

MAX_IMPORT_BYTES = 20 * 1024 * 1024
"""Largest import file; checked before a byte is read (thousands of dossiers fit in it)."""


@dataclass(frozen=True)
class ImportReport:
    files: int
    references: tuple[str, ...]
    """The references of the imported dossiers, in file order."""
    timeline_entries: int
    attachments: int
    attachments_without_file: int
    """Attachments whose file is not in this workstation's store (the format carries none)."""
    closed_without_decision: tuple[str, ...] = ()
    """Dossiers a version 1 file called 'Besloten', imported as 'Afgesloten'."""

    @property
    def dossiers(self) -> int:
        return len(self.references)


def export_dossier(session: Session, context: Context, dossier_id: str) -> dict[str, Any]:
    """The dossier as a `maatwerkdesk/3` document with its whole record; the export is
    audited (NEN 7513 'E')."""
    require(session, context, Permission.EXPORT)
    document = dossier_document(session, dossier_id)
    record_dossier_act(session, context, Action.EXPORT, "dossier.export_json", dossier_id)
    return document


def dossier_document(session: Session, dossier_id: str) -> dict[str, Any]:
    """The live dossier as a `maatwerkdesk/3` document, unaudited: for a sync, which compares
    the dossier's two copies and audits what it applies, not each reading."""
    live_dossier(session, dossier_id)  # refuses one that is not (or no longer) here
    return dossier_documents(session, [dossier_id])[dossier_id]


def dossier_documents(session: Session, dossier_ids: Sequence[str]) -> dict[str, dict[str, Any]]:
    """`dossier_document` of each of these dossiers that is live here, read together: one
    statement per table for all of them (a sync reads a hundred at a time). The rows stay
    in the session, so a caller that goes on with them reads them there."""
    rows: list[DossierRow] = []
    for chunk in in_chunks(list(dict.fromkeys(dossier_ids))):
        rows += (
            kept(session, row)
            for row in session.scalars(
                select(DossierRow)
                .where(DossierRow.id.in_(chunk), DossierRow.deleted_at.is_(None))
                .options(joinedload(DossierRow.subject))
            )
        )
    ids = [row.id for row in rows]
    parts, entries = exported_parts(session, ids), read_entries(session, ids)
    documents = {}
    for row in rows:
        document = dossiers_to_document([read_record(row, entries=False)], parts[row.id])
        document["dossiers"][0].update(entries.get(row.id) or {"timeline": [], "attachments": []})
        documents[row.id] = document
    return documents


def read_import_bytes(path: Path, *, limit: int = MAX_IMPORT_BYTES) -> bytes:
    """The bytes of a JSON import file. The size is checked before reading, and reading
    stops at the limit even if the file grows meanwhile."""
    return read_bounded(path, limit, too_large=_too_large)


def read_import_file(path: Path, *, limit: int = MAX_IMPORT_BYTES) -> tuple[str, object]:
    """(name for messages, decoded JSON) of an import file."""
    source = str(path)
    return source, parse_json(read_import_bytes(path, limit=limit), source)


def _too_large(source: str, size: int, limit: int) -> str:
    return said(
        "exchange",
        "{source}: het bestand is te groot ({size} MB; maximaal {limit} MB). Splits de export "
        "in meerdere bestanden.",
    ).format(
        source=source,
        size=f"{size / 1_048_576:.1f}".removesuffix(".0"),
        limit=limit // 1_048_576,
    )


@dataclass(frozen=True)
class ImportSource:
    """One document to import: its name for messages, and how to read it (decoded JSON).
    It is read when its turn comes, and again only to name it in a message."""

    name: str
    load: Callable[[], object]


def file_source(path: Path, *, limit: int = MAX_IMPORT_BYTES) -> ImportSource:
    return ImportSource(str(path), lambda: read_import_file(path, limit=limit)[1])


def import_documents(
    session: Session,
    context: Context,
    documents: Iterable[tuple[str, object]],
    *,
    store: AttachmentStore | None = None,
) -> ImportReport:
    """Add every dossier of every (source, decoded JSON) document (see `import_sources`)."""
    sources = [ImportSource(name, partial(_given, data)) for name, data in documents]
    return import_sources(session, context, sources, store=store)


def import_sources(
    session: Session,
    context: Context,
    sources: Sequence[ImportSource],
    *,
    store: AttachmentStore | None = None,
    progress: Progress | None = None,
) -> ImportReport:
    """Add every dossier of every document to the session, one document at a time.

    Each document is read, checked and checked against the database (which by then holds
    the documents before it) before its rows are added; on any error a ValidationError
    names the file and the field, and the caller rolls back, so nothing is imported. Only
    one document is in memory at a time. Ids, references, timestamps, timeline and
    attachment metadata are kept exactly. Each dossier is audited as a create
    ('dossier.import') and indexed for search.
    """
    require(session, context, Permission.MANAGE_CATALOGUES)
    run = _ImportRun(session, context, store)
    today, now = context.current_date(), datetime.now(UTC)
    # One document at a time, read on this thread: reading on a second one while this one
    # writes would make the database wait for the interpreter lock between rows.
    for index, source in enumerate(sources):
        run.add(source, read_document(source.load(), source.name, today=today, now=now))
        if progress is not None:
            progress("Importeren", index + 1, len(sources))
    return run.report()


@dataclass(frozen=True)
class _Imported:
    """A document of this import: its dossiers' 'dossier.import' records are numbered
    from `first_seq` in the order of its `dossiers` list."""

    source: ImportSource
    first_seq: int
    count: int


class _ImportRun:
    def __init__(self, session: Session, context: Context, store: AttachmentStore | None):
        self._session = session
        self._context = context
        self._store = store
        self._records = RecordImport(session, context)
        self._done: list[_Imported] = []
        self._odd_references: dict[str, tuple[str, bool]] | None = None
        self._references: list[str] = []
        self._closed: list[str] = []
        self._timeline_entries = self._attachments = self._missing = 0

    def add(self, source: ImportSource, document: ImportedDocument) -> None:
        """Check the document read from `source` against the database, and add it."""
        dossiers = document.dossiers
        _check_entries(dossiers)
        self._check_database(dossiers)
        rows = []
        for dossier in dossiers:
            fields = dossier.fields
            if dossier.record is None and fields.status is DossierStatus.BESLOTEN:
                fields = replace(fields, status=DossierStatus.AFGESLOTEN)
                self._closed.append(dossier.reference)
            rows.append(
                dossier_rows(
                    id=dossier.id,
                    reference=dossier.reference,
                    created_at=dossier.created_at,
                    updated_at=dossier.updated_at,
                    fields=fields,
                    timeline=dossier.timeline,
                    attachments=dossier.attachments,
                )
            )
        try:
            insert_dossiers(self._session, rows)
        except IntegrityError:
            # Only possible when another program wrote the same ids meanwhile.
            raise DomainError(
                said(
                    "exchange",
                    "Tijdens het importeren heeft een ander programma dezelfde dossiers "
                    "opgeslagen; er is niets geïmporteerd. Probeer het opnieuw.",
                )
            ) from None
        search.add_to_index(
            self._session,
            (
                (d.id, search_text(d.reference, d.fields, descriptions(d.timeline)))
                for d in dossiers
            ),
        )
        batch = AuditBatch(self._session, self._context)
        for dossier in dossiers:
            batch.dossier_act(Action.CREATE, "dossier.import", dossier.id)
        last = batch.write()
        self._done.append(_Imported(source, last - len(dossiers) + 1, len(dossiers)))
        group_links.keep_links(
            self._session,
            self._context,
            {d.id: d.record.group for d in dossiers if d.record and d.record.group},
        )
        try:
            self._records.add(document)
        except IntegrityError:
            raise DomainError(
                said(
                    "exchange",
                    "{source}: het dossier verwijst naar gegevens die hier al anders bestaan "
                    "(een overleg of persoon); er is niets geïmporteerd.",
                ).format(source=document.source)
            ) from None
        attachments = [a for d in dossiers for a in d.attachments]
        if self._store is not None:
            store = self._store
            self._missing += sum(1 for a in attachments if not store.has(a.sha256))
        self._attachments += len(attachments)
        self._timeline_entries += sum(len(d.timeline) for d in dossiers)
        self._references.extend(d.reference for d in dossiers)

    def report(self) -> ImportReport:
        return ImportReport(
            files=len(self._done),
            references=tuple(self._references),
            timeline_entries=self._timeline_entries,
            attachments=self._attachments,
            attachments_without_file=self._missing,
            closed_without_decision=tuple(self._closed),
        )

    def _check_database(self, dossiers: list[ImportedDossier]) -> None:
        """Refuse what would overwrite or collide with what the database already holds,
        the documents imported before this one included."""
        session = self._session
        existing = _existing_dossiers(session, [d.id for d in dossiers])
        by_reference = self._existing_references([d.reference for d in dossiers])
        for dossier in dossiers:
            field_id, field_reference = f"{dossier.path}.id", f"{dossier.path}.reference"
            if dossier.id in existing:
                earlier = self._imported_at(dossier.id)
                if earlier is not None:
                    raise ValidationError(
                        field_id,
                        said(
                            "exchange",
                            "{where}: dossier {reference} staat ook in {earlier}; importeer het "
                            "maar één keer.",
                        ).format(
                            where=dossier.where("id"), reference=dossier.reference, earlier=earlier
                        ),
                    )
                reference, deleted = existing[dossier.id]
                raise ValidationError(
                    field_id,
                    _existing(reference != dossier.reference, deleted).format(
                        where=dossier.where("id"), reference=dossier.reference, known=reference
                    ),
                )
            other = by_reference.get(dossier.reference.upper())
            if other is not None:
                other_id, deleted = other
                earlier = self._imported_at(other_id)
                if earlier is not None:
                    raise ValidationError(
                        field_reference,
                        said(
                            "exchange",
                            "{where}: kenmerk {reference} wordt ook gebruikt in {earlier} voor "
                            "een ander dossier.",
                        ).format(
                            where=dossier.where("reference"),
                            reference=dossier.reference,
                            earlier=earlier,
                        ),
                    )
                if deleted:
                    in_use = said(
                        "exchange",
                        "{where}: kenmerk {reference} is in deze database al in gebruik door een "
                        "ander dossier (verwijderd) (id {id}); daarom is niets geïmporteerd.",
                    )
                else:
                    in_use = said(
                        "exchange",
                        "{where}: kenmerk {reference} is in deze database al in gebruik door een "
                        "ander dossier (id {id}); daarom is niets geïmporteerd.",
                    )
                raise ValidationError(
                    field_reference,
                    in_use.format(
                        where=dossier.where("reference"), reference=dossier.reference, id=other_id
                    ),
                )
        for kind, model in (("timeline", TimelineEntryRow), ("attachments", AttachmentRow)):
            wanted = [item.id for d in dossiers for item in getattr(d, kind)]
            taken = _existing_ids(session, model, wanted)
            if not taken:
                continue
            for dossier in dossiers:
                for index, item in enumerate(getattr(dossier, kind)):
                    owner = taken.get(item.id)
                    if owner is None:
                        continue
                    where = dossier.where(f"{kind}[{index}].id")
                    earlier = self._imported_at(owner, (kind, item.id))
                    if earlier is not None:
                        message = _USED_TWICE.format(where=where, earlier=earlier)
                    else:
                        message = said(
                            "exchange",
                            "{where}: deze id bestaat al in deze database (bij een ander "
                            "dossier); daarom is niets geïmporteerd.",
                        ).format(where=where)
                    field = f"{dossier.path}.{kind}[{index}].id"
                    raise ValidationError(field, message)

    def _existing_references(self, references: list[str]) -> dict[str, tuple[str, bool]]:
        """upper(reference) → (id, deleted) of the dossiers that use one of `references`.

        References are found through their index; the few stored in other than capitals
        (never written by the program) are read once per import and compared in upper case.
        """
        if self._odd_references is None:
            rows = self._session.execute(
                select(DossierRow.id, DossierRow.reference, DossierRow.deleted_at).where(
                    DossierRow.reference != func.upper(DossierRow.reference)
                )
            )
            self._odd_references = {
                r.reference.upper(): (r.id, r.deleted_at is not None) for r in rows
            }
        wanted = {r.upper() for r in references}
        found = {k: v for k, v in self._odd_references.items() if k in wanted}
        for chunk in in_chunks(sorted(wanted)):
            rows = self._session.execute(
                select(DossierRow.id, DossierRow.reference, DossierRow.deleted_at).where(
                    DossierRow.reference.in_(chunk)
                )
            )
            found.update({r.reference.upper(): (r.id, r.deleted_at is not None) for r in rows})
        return found

    def _imported_at(self, dossier_id: str, entry: tuple[str, str] | None = None) -> str | None:
        """Where in an earlier document of this import the dossier (or its timeline entry
        or attachment) is, as 'file: dossiers[3]'; None when it was there before."""
        if not self._done:
            return None
        seq = self._session.scalar(
            select(AuditRow.seq).where(
                AuditRow.dossier_id == dossier_id,
                AuditRow.name == "dossier.import",
                AuditRow.seq >= self._done[0].first_seq,
            )
        )
        imported = next(
            (i for i in self._done if seq is not None and 0 <= seq - i.first_seq < i.count), None
        )
        if seq is None or imported is None:
            return None
        position = seq - imported.first_seq
        where = f"{imported.source.name}: dossiers[{position}]"
        if entry is None:
            return where
        kind, entry_id = entry
        data: Any = imported.source.load()  # read again only to name the place
        items = data["dossiers"][position].get(kind, [])
        index = next(n for n, item in enumerate(items) if item["id"] == entry_id)
        return f"{where}.{kind}[{index}].id"


_USED_TWICE = said("exchange", "{where}: deze id wordt ook gebruikt in {earlier}.")


def _existing(renamed: bool, deleted: bool) -> Sentence:
    """The refusal of a dossier this database holds already (under another reference, or
    deleted): its fields `where`, `reference` and `known` (the reference here)."""
    if renamed and deleted:
        return said(
            "exchange",
            "{where}: dossier {reference} bestaat al in deze database onder kenmerk {known} "
            "(verwijderd, maar bewaard voor de audit). Importeren zou het overschrijven; daarom "
            "is niets geïmporteerd. Haal het dossier uit het bestand of importeer in een andere "
            "database.",
        )
    if renamed:
        return said(
            "exchange",
            "{where}: dossier {reference} bestaat al in deze database onder kenmerk {known}. "
            "Importeren zou het overschrijven; daarom is niets geïmporteerd. Haal het dossier "
            "uit het bestand of importeer in een andere database.",
        )
    if deleted:
        return said(
            "exchange",
            "{where}: dossier {reference} bestaat al in deze database (verwijderd, maar "
            "bewaard voor de audit). Importeren zou het overschrijven; daarom is niets "
            "geïmporteerd. Haal het dossier uit het bestand of importeer in een andere database.",
        )
    return said(
        "exchange",
        "{where}: dossier {reference} bestaat al in deze database. Importeren zou het "
        "overschrijven; daarom is niets geïmporteerd. Haal het dossier uit het bestand of "
        "importeer in een andere database.",
    )


def _existing_dossiers(session: Session, ids: list[str]) -> dict[str, tuple[str, bool]]:
    """id → (reference, deleted) of the dossiers among `ids` that exist (also tombstones)."""
    found = {}
    for chunk in in_chunks(ids):
        rows = session.execute(
            select(DossierRow.id, DossierRow.reference, DossierRow.deleted_at).where(
                DossierRow.id.in_(chunk)
            )
        )
        found.update({r.id: (r.reference, r.deleted_at is not None) for r in rows})
    return found


def _existing_ids(session: Session, model: Any, ids: list[str]) -> dict[str, str]:
    """id → dossier id of the timeline entries or attachments among `ids` that exist."""
    found: dict[str, str] = {}
    for chunk in in_chunks(ids):
        rows = session.execute(select(model.id, model.dossier_id).where(model.id.in_(chunk)))
        found.update({r.id: r.dossier_id for r in rows})
    return found


def _given(data: object) -> object:
    return data


def _check_entries(dossiers: list[ImportedDossier]) -> None:
    """Refuse a timeline entry or attachment id used twice in one document (the same
    dossier or reference twice is refused as it is read)."""
    entries: dict[str, str] = {}
    for dossier in dossiers:
        parts: tuple[tuple[str, tuple[TimelineEntry | AttachmentInfo, ...]], ...] = (
            ("timeline", dossier.timeline),
            ("attachments", dossier.attachments),
        )
        for kind, items in parts:
            for index, item in enumerate(items):
                where = dossier.where(f"{kind}[{index}].id")
                key = f"{kind}:{item.id}"
                if key in entries:
                    field = f"{dossier.path}.{kind}[{index}].id"
                    raise ValidationError(
                        field, _USED_TWICE.format(where=where, earlier=entries[key])
                    )
                entries[key] = where
