"""Export and import of dossiers in the JSON exchange format (`maatwerkdesk/2`; version 1
files are still read).

Import is all or nothing: every file is read and checked, then checked against the
database, and only then are rows added, all to the caller's session. The caller commits
once at the end, or rolls back on the first error, so nothing partial is ever written.
A version 2 file carries the whole record behind the decision (services/exchange_record.py),
signatures included; a version 1 file carries only the facts, so a dossier it calls
'Besloten' is imported as 'Afgesloten': without its signed decision it binds nobody.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from maatwerkdesk.domain.dossier import search_text
from maatwerkdesk.domain.errors import DomainError, ValidationError
from maatwerkdesk.domain.exchange import (
    ImportedDocument,
    ImportedDossier,
    dossiers_to_document,
    parse_json,
    read_document,
)
from maatwerkdesk.domain.people import Permission
from maatwerkdesk.domain.vocabulary import DossierStatus
from maatwerkdesk.infra.attachment_store import AttachmentStore
from maatwerkdesk.infra.files import read_bounded
from maatwerkdesk.persistence import search
from maatwerkdesk.persistence.mapping import build_dossier_row, read_record
from maatwerkdesk.persistence.models import AttachmentRow, DossierRow, TimelineEntryRow
from maatwerkdesk.services.audit import Action, record_dossier_act
from maatwerkdesk.services.context import Context
from maatwerkdesk.services.dossiers import live_dossier
from maatwerkdesk.services.exchange_record import exported_parts, import_parts
from maatwerkdesk.services.users import require

MAX_IMPORT_BYTES = 20 * 1024 * 1024
"""Largest import file; checked before a byte is read (thousands of dossiers fit in it)."""

_CHUNK = 500
"""Ids per IN (...) query, well below every database's parameter limit."""


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
    """The dossier as a `maatwerkdesk/2` document with its whole record; the export is
    audited (NEN 7513 'E')."""
    require(session, context, Permission.EXPORT)
    row = live_dossier(session, dossier_id)
    record_dossier_act(session, context, Action.EXPORT, "dossier.export_json", row.id)
    return dossiers_to_document([read_record(row)], exported_parts(session, [row.id]))


def read_import_bytes(path: Path, *, limit: int = MAX_IMPORT_BYTES) -> bytes:
    """The bytes of a JSON import file. The size is checked before reading, and reading
    stops at the limit even if the file grows meanwhile."""
    return read_bounded(path, limit, too_large=_too_large)


def read_import_file(path: Path, *, limit: int = MAX_IMPORT_BYTES) -> tuple[str, object]:
    """(name for messages, decoded JSON) of an import file."""
    source = str(path)
    return source, parse_json(read_import_bytes(path, limit=limit), source)


def _too_large(source: str, size: int, limit: int) -> str:
    return (
        f"{source}: het bestand is te groot ({size / 1_048_576:.1f} MB; maximaal "
        f"{limit // 1_048_576} MB). Splits de export in meerdere bestanden."
    ).replace(".0 MB", " MB")


def in_chunks(values: Sequence[str]) -> Iterable[Sequence[str]]:
    """`values` in slices small enough for one IN (...) query on every database."""
    for start in range(0, len(values), _CHUNK):
        yield values[start : start + _CHUNK]


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


def _existing_references(session: Session, references: list[str]) -> dict[str, tuple[str, bool]]:
    """upper(reference) → (id, deleted) of the dossiers that use one of `references`."""
    found = {}
    upper = [r.upper() for r in references]
    for chunk in in_chunks(upper):
        rows = session.execute(
            select(DossierRow.id, DossierRow.reference, DossierRow.deleted_at).where(
                func.upper(DossierRow.reference).in_(chunk)
            )
        )
        found.update({r.reference.upper(): (r.id, r.deleted_at is not None) for r in rows})
    return found


def _existing_ids(session: Session, column: Any, ids: list[str]) -> set[str]:
    found: set[str] = set()
    for chunk in in_chunks(ids):
        found.update(session.scalars(select(column).where(column.in_(chunk))))
    return found


def _check_batch(dossiers: list[ImportedDossier]) -> None:
    """Refuse the same dossier, reference or entry twice across the files of one import."""
    ids: dict[str, ImportedDossier] = {}
    references: dict[str, ImportedDossier] = {}
    entries: dict[str, str] = {}
    for dossier in dossiers:
        earlier = ids.get(dossier.id)
        if earlier is not None:
            raise ValidationError(
                f"{dossier.path}.id",
                f"{dossier.where('id')}: dossier {dossier.reference} staat ook in "
                f"{earlier.where()}; importeer het maar één keer.",
            )
        earlier = references.get(dossier.reference.upper())
        if earlier is not None:
            raise ValidationError(
                f"{dossier.path}.reference",
                f"{dossier.where('reference')}: kenmerk {dossier.reference} wordt ook gebruikt "
                f"in {earlier.where()} voor een ander dossier.",
            )
        ids[dossier.id] = references[dossier.reference.upper()] = dossier
        for kind, items in (("timeline", dossier.timeline), ("attachments", dossier.attachments)):
            for index, item in enumerate(items):
                where = dossier.where(f"{kind}[{index}].id")
                key = f"{kind}:{item.id}"
                if key in entries:
                    raise ValidationError(
                        f"{dossier.path}.{kind}[{index}].id",
                        f"{where}: deze id wordt ook gebruikt in {entries[key]}.",
                    )
                entries[key] = where


def _check_database(session: Session, dossiers: list[ImportedDossier]) -> None:
    """Refuse what would overwrite or collide with what the database already holds."""
    existing = _existing_dossiers(session, [d.id for d in dossiers])
    by_reference = _existing_references(session, [d.reference for d in dossiers])
    for dossier in dossiers:
        if dossier.id in existing:
            reference, deleted = existing[dossier.id]
            known = "" if reference == dossier.reference else f" onder kenmerk {reference}"
            state = " (verwijderd, maar bewaard voor de audit)" if deleted else ""
            raise ValidationError(
                f"{dossier.path}.id",
                f"{dossier.where('id')}: dossier {dossier.reference} bestaat al in deze "
                f"database{known}{state}. Importeren zou het overschrijven; daarom is niets "
                "geïmporteerd. Haal het dossier uit het bestand of importeer in een andere "
                "database.",
            )
        other = by_reference.get(dossier.reference.upper())
        if other is not None:
            other_id, deleted = other
            state = " (verwijderd)" if deleted else ""
            raise ValidationError(
                f"{dossier.path}.reference",
                f"{dossier.where('reference')}: kenmerk {dossier.reference} is in deze "
                f"database al in gebruik door een ander dossier{state} (id {other_id}); "
                "daarom is niets geïmporteerd.",
            )
    for kind, column, attribute in (
        ("timeline", TimelineEntryRow.id, "timeline"),
        ("attachments", AttachmentRow.id, "attachments"),
    ):
        wanted = [item.id for d in dossiers for item in getattr(d, attribute)]
        taken = _existing_ids(session, column, wanted)
        if not taken:
            continue
        for dossier in dossiers:
            for index, item in enumerate(getattr(dossier, attribute)):
                if item.id in taken:
                    where = dossier.where(f"{kind}[{index}].id")
                    raise ValidationError(
                        f"{dossier.path}.{kind}[{index}].id",
                        f"{where}: deze id bestaat al in deze database (bij een ander "
                        "dossier); daarom is niets geïmporteerd.",
                    )


def import_documents(
    session: Session,
    context: Context,
    documents: list[tuple[str, object]],
    *,
    store: AttachmentStore | None = None,
) -> ImportReport:
    """Add every dossier of every (source, decoded JSON) document to the session.

    Everything is checked before the first row is added; on any error a ValidationError
    names the file and the field, and the caller rolls back. Ids, references, timestamps,
    timeline and attachment metadata are kept exactly. Each dossier is audited as a
    create ('dossier.import') and indexed for search.
    """
    require(session, context, Permission.MANAGE_CATALOGUES)
    today = context.current_date()
    now = datetime.now(UTC)
    read = [read_document(data, source, today=today, now=now) for source, data in documents]
    dossiers = [dossier for document in read for dossier in document.dossiers]
    _check_batch(dossiers)
    _check_database(session, dossiers)
    closed: list[str] = []
    for dossier in dossiers:
        fields = dossier.fields
        if dossier.record is None and fields.status is DossierStatus.BESLOTEN:
            fields = replace(fields, status=DossierStatus.AFGESLOTEN)
            closed.append(dossier.reference)
        row = build_dossier_row(
            id=dossier.id,
            reference=dossier.reference,
            created_at=dossier.created_at,
            updated_at=dossier.updated_at,
            fields=fields,
            timeline=dossier.timeline,
            attachments=dossier.attachments,
        )
        session.add(row)
    try:
        session.flush()
    except IntegrityError:
        # Only possible when another program wrote the same ids meanwhile.
        raise DomainError(
            "Tijdens het importeren heeft een ander programma dezelfde dossiers opgeslagen; "
            "er is niets geïmporteerd. Probeer het opnieuw."
        ) from None
    search.add_to_index(
        session, ((d.id, search_text(d.reference, d.fields, d.timeline)) for d in dossiers)
    )
    for dossier in dossiers:
        record_dossier_act(session, context, Action.CREATE, "dossier.import", dossier.id)
    for document in read:
        _import_record(session, context, document)
    attachments = [a for d in dossiers for a in d.attachments]
    missing = 0
    if store is not None:
        missing = sum(1 for a in attachments if not store.path_for(a.sha256).exists())
    return ImportReport(
        files=len(documents),
        references=tuple(d.reference for d in dossiers),
        timeline_entries=sum(len(d.timeline) for d in dossiers),
        attachments=len(attachments),
        attachments_without_file=missing,
        closed_without_decision=tuple(closed),
    )


def _import_record(session: Session, context: Context, document: ImportedDocument) -> None:
    try:
        import_parts(session, context, document)
    except IntegrityError:
        raise DomainError(
            f"{document.source}: het dossier verwijst naar gegevens die hier al anders "
            "bestaan (een overleg of persoon); er is niets geïmporteerd."
        ) from None
