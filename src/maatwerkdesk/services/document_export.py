"""Exported documents: build them, write them to a file, and audit what left the program.

Building a document only reads; it is the save or the print that counts as an export
(NEN 7513 'E'), recorded in the same transaction as the write, so a failed write leaves
no audit record and an audit record always means a file was written.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from maatwerkdesk.domain.document import Document, with_fingerprint
from maatwerkdesk.domain.dossier import DossierRecord
from maatwerkdesk.domain.errors import DomainError
from maatwerkdesk.domain.organisation import NO_SETTINGS
from maatwerkdesk.domain.people import Permission
from maatwerkdesk.domain.pseudonymise import pseudonymise
from maatwerkdesk.domain.sentence import said
from maatwerkdesk.infra.files import write_atomically
from maatwerkdesk.services.audit import Action, record_dossier_act
from maatwerkdesk.services.context import Context
from maatwerkdesk.services.decision_document import Conference, decision_document
from maatwerkdesk.services.decision_letter import decision_letter
from maatwerkdesk.services.dossier_check import DossierCheck, load_checked
from maatwerkdesk.services.organisation import read_settings
from maatwerkdesk.services.users import require

EXPORT_PDF = "dossier.export_pdf"
EXPORT_PDF_PSEUDONYMISED = "dossier.export_pdf_pseudonymised"
EXPORT_PACK = "dossier.export_pack"
PRINT = "dossier.print"
PREVIEW_PDF = "dossier.preview_pdf"
PREVIEW_PACK = "dossier.preview_pack"
PREVIEW_MINUTES = "dossier.preview_minutes"
EXPORT_LETTER = "dossier.export_letter"
PREVIEW_LETTER = "dossier.preview_letter"


def load_decision_document(
    session: Session,
    context: Context,
    dossier_id: str,
    today: date,
    *,
    pseudonymised: bool = False,
    config: Path | None = None,
) -> Document:
    """The dossier's motivated decision; pseudonymised, names and numbers become roles.
    `config` is the profile's folder with the organisation settings (none: nothing set).

    The pseudonymised variant carries the fingerprint of what it says, not of the full
    content: with the full fingerprint a reader could test guesses of the hidden BSN."""
    settings = read_settings(config) if config is not None else NO_SETTINGS
    record, check, conference = _checked(session, context, dossier_id)
    document = decision_document(record, check, today, conference, settings)
    if pseudonymised:
        fields = record.fields
        document = with_fingerprint(
            pseudonymise(document, fields.subject, fields.facts.third_parties)
        )
    return document


def load_decision_letter(
    session: Session, context: Context, dossier_id: str, today: date, config: Path
) -> Document:
    """The letter to the citizen of a decided dossier, with the organisation settings of
    the profile's `config` folder; a DomainError saying what to do for an undecided one."""
    settings = read_settings(config)
    record, check, conference = _checked(session, context, dossier_id)
    return decision_letter(record, check, today, conference, settings)


def _checked(
    session: Session, context: Context, dossier_id: str
) -> tuple[DossierRecord, DossierCheck, Conference]:
    """The dossier, its check, and the meeting and signed versions a document names."""
    ((record, check),) = load_checked(session, context, [dossier_id])
    meeting, item = check.agenda or (None, None)
    return record, check, Conference(meeting, item, check.versions)


def write_file(target: Path, data: bytes) -> None:
    """Write atomically, or raise a DomainError saying what to do instead."""
    if target.is_dir():
        raise DomainError(
            said("document_export", "{target} is een map; geef een bestandsnaam op.").format(
                target=str(target)
            )
        )
    if not target.parent.is_dir():
        raise DomainError(
            said("document_export", "De map {folder} bestaat niet. Kies een andere map.").format(
                folder=str(target.parent)
            )
        )
    try:
        write_atomically(target, data)
    except OSError as error:
        raise DomainError(
            said(
                "document_export",
                "{target}: het bestand kan niet worden geschreven ({reason}). Kies een andere "
                "map, of sluit het bestand als het in een ander programma open is.",
            ).format(target=str(target), reason=str(error.strerror or error))
        ) from None


def write_export(
    session: Session,
    context: Context,
    target: Path,
    data: bytes,
    dossier_ids: Iterable[str],
    action_name: str,
) -> None:
    """Audit the export for every dossier in it and write the file, in the caller's
    transaction: if the write fails, the transaction rolls back and nothing is audited."""
    require(session, context, Permission.EXPORT)
    for dossier_id in dict.fromkeys(dossier_ids):
        record_dossier_act(session, context, Action.EXPORT, action_name, dossier_id)
    write_file(target, data)


def record_preview(
    session: Session, context: Context, dossier_ids: Iterable[str], action_name: str
) -> None:
    """Showing a document on screen is a read of every dossier in it."""
    require(session, context, Permission.READ)
    for dossier_id in dict.fromkeys(dossier_ids):
        record_dossier_act(session, context, Action.READ, action_name, dossier_id)


def record_print(
    session: Session, context: Context, dossier_ids: Iterable[str], action_name: str = PRINT
) -> None:
    """Printing is an export too: paper leaves the program."""
    require(session, context, Permission.EXPORT)
    for dossier_id in dict.fromkeys(dossier_ids):
        record_dossier_act(session, context, Action.EXPORT, action_name, dossier_id)
