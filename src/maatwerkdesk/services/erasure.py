"""What deleting a dossier wipes: its personal data, from the rows and from the file.

A deleted dossier keeps a tombstone (its id, reference, status, owner and when it was
deleted: for the audit trail and synchronisation, docs/architecture.md "Records"); what it
said about the betrokkene goes. In the same transaction as the delete, every text the
dossier and its work hold is emptied: the title, the facts, the betrokkene (name, BSN,
date of birth, contact, household), the timeline, the attachments' names, the answers'
motivations, the decision's, the weighing's and the proposal's texts, the reasons its
signals of possible maatwerk were dismissed, the loket's notes and referral questions,
and every draft of it. What a casuïstiekoverleg recorded about it stays with the meeting,
and what was shared with whom stays recorded (without free text).

In the file, SQLite overwrites what it frees (`PRAGMA secure_delete`, persistence/db.py)
and the full-text index forgets deleted words (FTS5 `secure-delete`). Once the delete is
committed, the write-ahead log is emptied into the file (`truncate_wal`), so that the old
pages do not linger there, and attachment files no other dossier refers to are removed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, event, select, update
from sqlalchemy.orm import Session

from maatwerkdesk.persistence.base import utc_now
from maatwerkdesk.persistence.db import truncate_wal
from maatwerkdesk.persistence.models import (
    AssessmentAnswerRow,
    AssessmentRow,
    AttachmentRow,
    DecisionRow,
    DossierRow,
    DraftRow,
    IntakeDismissalRow,
    LoketConsentRow,
    LoketInvolvementRow,
    LoketReferralRow,
    ProposalRow,
    SubjectRow,
    TimelineEntryRow,
    WeighingRow,
)

if TYPE_CHECKING:
    from maatwerkdesk.infra.attachment_store import AttachmentStore


def erase(session: Session, dossier_id: str, store: AttachmentStore | None) -> None:
    """Empty what the dossier `dossier_id` says (see the module docstring); its files and
    the write-ahead log follow once the transaction has committed."""
    now = utc_now()
    quietly = {"synchronize_session": False}
    files = set(
        session.scalars(select(AttachmentRow.sha256).where(AttachmentRow.dossier_id == dossier_id))
    )
    session.execute(
        update(DossierRow)
        .where(DossierRow.id == dossier_id)
        .values(
            title="",
            organisations=[],
            generic_outcome="",
            knelpunt="",
            request="",
            notes="",
            doenvermogen={},
            facts={},
        ),
        execution_options=quietly,
    )
    emptied: tuple[tuple[Any, dict[str, Any]], ...] = (
        (
            SubjectRow,
            dict(name="", bsn="", kvk_number="", date_of_birth=None, contact="", household=""),
        ),
        (TimelineEntryRow, dict(description="")),
        (AttachmentRow, dict(original_name="", description="", sha256="")),
        (DecisionRow, dict(motivation="", distinctions=[])),
        (WeighingRow, dict(aim="", steps={}, alternatives={}, interests={}, intensity={})),
        (ProposalRow, dict(citizen_text="", factor_motivations={}, conflicts_of_interest=[])),
        (IntakeDismissalRow, dict(reason="")),
        (LoketInvolvementRow, dict(note="")),
        (LoketReferralRow, dict(purpose="")),
        (LoketConsentRow, dict(note="")),
    )
    for model, values in emptied:
        where = model.dossier_id == dossier_id
        session.execute(update(model).where(where).values(**values), execution_options=quietly)
    for model in (SubjectRow, TimelineEntryRow, AttachmentRow):
        session.execute(
            update(model)
            .where(model.dossier_id == dossier_id, model.deleted_at.is_(None))
            .values(deleted_at=now),
            execution_options=quietly,
        )
    assessments = select(AssessmentRow.id).where(AssessmentRow.dossier_id == dossier_id)
    session.execute(
        update(AssessmentAnswerRow)
        .where(AssessmentAnswerRow.assessment_id.in_(assessments))
        .values(motivation="", notes={}),
        execution_options=quietly,
    )
    session.execute(delete(DraftRow).where(DraftRow.dossier_id == dossier_id))
    used = select(AttachmentRow.sha256).where(AttachmentRow.sha256.in_(files))
    unused = files - set(session.scalars(used))

    def after_commit(committed: Session) -> None:
        truncate_wal(committed.get_bind())
        if store is not None:
            for sha256 in unused:
                store.remove(sha256)

    event.listen(session, "after_commit", after_commit, once=True)
