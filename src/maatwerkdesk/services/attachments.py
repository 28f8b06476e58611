"""Adding and removing attachments of a dossier.

A workstation keeps the files in its own encrypted store. On a team database the file goes
to the database too (`attachment_content`, by SHA-256), so a colleague's workstation and a
laptop that takes the dossier along have it: a workstation that lacks a file fetches it
from there when it is opened."""

from __future__ import annotations

import hashlib
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.orm import Session

from maatwerkdesk.domain.dossier import DossierRecord
from maatwerkdesk.domain.errors import NotFoundError
from maatwerkdesk.domain.people import Permission
from maatwerkdesk.domain.sentence import said
from maatwerkdesk.domain.text import SHORT_TEXT_LIMIT, clean_text
from maatwerkdesk.infra.attachment_store import AttachmentStore
from maatwerkdesk.persistence.base import utc_now
from maatwerkdesk.persistence.mapping import read_record
from maatwerkdesk.persistence.models import AttachmentContentRow, AttachmentRow, DossierRow
from maatwerkdesk.persistence.server import on_server
from maatwerkdesk.services.audit import Action, record
from maatwerkdesk.services.context import Context
from maatwerkdesk.services.dossiers import live_dossier
from maatwerkdesk.services.signed import refuse_if_signed, refuse_if_tampered
from maatwerkdesk.services.users import require


def add_attachment(
    session: Session,
    context: Context,
    store: AttachmentStore,
    dossier_id: str,
    source: Path,
    description: str = "",
) -> DossierRecord:
    require(session, context, Permission.EDIT_DOSSIER)
    refuse_if_tampered(session, dossier_id)
    row = live_dossier(session, dossier_id)
    display_name = clean_text(source.name, "attachment.name", limit=255, multiline=False)
    description = clean_text(
        description, "attachment.description", limit=SHORT_TEXT_LIMIT, multiline=False
    )
    sha256, size = store.add(source)
    if on_server(session):
        _share(session, sha256, size, store.read(sha256))
    attachment = AttachmentRow(
        original_name=display_name or "bijlage", size=size, sha256=sha256, description=description
    )
    row.attachments.append(attachment)
    row.updated_at = utc_now()
    session.flush()
    record(
        session,
        context,
        Action.UPDATE,
        "attachment.add",
        object_type="attachment",
        object_id=attachment.id,
        dossier_id=row.id,
    )
    return read_record(row)


def _live_attachment(row: DossierRow, attachment_id: str) -> AttachmentRow:
    for attachment in row.attachments:
        if attachment.id == attachment_id and attachment.deleted_at is None:
            return attachment
    raise NotFoundError(said("attachments", "Deze bijlage hoort niet (meer) bij het dossier."))


def remove_attachment(
    session: Session, context: Context, dossier_id: str, attachment_id: str
) -> DossierRecord:
    require(session, context, Permission.EDIT_DOSSIER)
    refuse_if_signed(session, dossier_id)
    row = live_dossier(session, dossier_id)
    attachment = _live_attachment(row, attachment_id)
    attachment.deleted_at = utc_now()
    row.updated_at = utc_now()
    session.flush()
    record(
        session,
        context,
        Action.DELETE,
        "attachment.remove",
        object_type="attachment",
        object_id=attachment_id,
        dossier_id=row.id,
    )
    return read_record(row)


def open_attachment(
    session: Session,
    context: Context,
    store: AttachmentStore,
    dossier_id: str,
    attachment_id: str,
    target: Path,
) -> None:
    """Decrypt an attachment into the new file `target`, to be opened by another program;
    opening is a read of the dossier and is audited. A file that cannot be read whole
    raises OSError (and leaves no `target`); the audit record is then rolled back too."""
    row = live_dossier(session, dossier_id)
    attachment = _live_attachment(row, attachment_id)
    record(
        session,
        context,
        Action.READ,
        "attachment.open",
        object_type="attachment",
        object_id=attachment_id,
        dossier_id=row.id,
    )
    if not store.has(attachment.sha256) and on_server(session):
        _fetch(session, store, attachment.sha256)
    store.decrypt_to(attachment.sha256, target)


def _share(session: Session, sha256: str, size: int, content: bytes) -> None:
    """The file on the team database, once whoever adds it first."""
    session.execute(
        pg_insert(AttachmentContentRow)
        .values(sha256=sha256, size=size, content=content, created_at=utc_now())
        .on_conflict_do_nothing(index_elements=["sha256"])
    )


def _fetch(session: Session, store: AttachmentStore, sha256: str) -> None:
    """Put the file from the team database into this workstation's store, when it is there
    and is what its hash says."""
    content = session.scalar(
        select(AttachmentContentRow.content).where(AttachmentContentRow.sha256 == sha256)
    )
    if content is not None and hashlib.sha256(content).hexdigest() == sha256:
        store.add_bytes(content)
