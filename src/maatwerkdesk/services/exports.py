"""Each document the program exports, made in one operation: the decision, the letter to
the citizen, a sharing's summary, the access report, the conference pack and the minutes.

An operation returns an `Export`: the document, its PDF, the dossiers it covers, and the
audit names of showing and of saving it. The desktop shows it in its preview (`previewed`
records that as a read) and saves or prints it from there; the command line writes it at
once (`written`). Neither renders a PDF itself. Each runs in the caller's unit of work.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from maatwerkdesk.domain.document import Document
from maatwerkdesk.reports.pdf_document import render_pdf
from maatwerkdesk.services import document_export, loket_export, meetings, minutes
from maatwerkdesk.services.conference_pack import Progress, build_pack
from maatwerkdesk.services.context import Context
from maatwerkdesk.services.unit_of_work import Session

UNSAFE_IN_FILE_NAME = re.compile(r'[\\/:*?"<>|\x00-\x1f]')


@dataclass(frozen=True)
class Export:
    """A rendered document and how showing and saving it are audited."""

    document: Document
    pdf: bytes
    dossier_ids: tuple[str, ...]
    action_name: str
    """The audit name of saving or writing it (an export of every dossier in it)."""
    name: str
    """The file name it is offered under, without the variant and extension."""
    preview_name: str | None = None
    """The audit name of showing it (a read of every dossier in it); None where making it
    already recorded its reads."""

    @property
    def pseudonymised(self) -> bool:
        return bool(self.document.header.variant)

    def title(self) -> str:
        header = self.document.header
        variant = " (gepseudonimiseerd)" if self.pseudonymised else ""
        return f"{header.kind} {header.reference}{variant}"

    def suggested_file_name(self) -> str:
        variant = " gepseudonimiseerd" if self.pseudonymised else ""
        return UNSAFE_IN_FILE_NAME.sub("-", f"{self.name}{variant}.pdf")


def previewed(session: Session, context: Context, export: Export) -> Export:
    """`export`, with its showing on screen recorded as a read of its dossiers."""
    if export.preview_name is not None:
        document_export.record_preview(session, context, export.dossier_ids, export.preview_name)
    return export


def written(session: Session, context: Context, export: Export, target: Path) -> None:
    """Write `export` to `target`, audited as an export of every dossier in it: if the
    file cannot be written, the caller's transaction rolls back and nothing is audited."""
    document_export.write_export(
        session, context, target, export.pdf, export.dossier_ids, export.action_name
    )


def decision_export(
    session: Session,
    context: Context,
    dossier_id: str,
    today: date,
    *,
    pseudonymised: bool = False,
    config: Path | None = None,
) -> Export:
    """The dossier's motivated decision (or proposal, while undecided)."""
    document = document_export.load_decision_document(
        session, context, dossier_id, today, pseudonymised=pseudonymised, config=config
    )
    action = (
        document_export.EXPORT_PDF_PSEUDONYMISED if pseudonymised else document_export.EXPORT_PDF
    )
    header = document.header
    return Export(
        document,
        render_pdf(document),
        (dossier_id,),
        action,
        f"{header.reference} {header.kind.lower()}",
        document_export.PREVIEW_PDF,
    )


def letter_export(
    session: Session, context: Context, dossier_id: str, today: date, config: Path
) -> Export:
    """The letter to the citizen of a decided dossier."""
    document = document_export.load_decision_letter(session, context, dossier_id, today, config)
    return Export(
        document,
        render_pdf(document),
        (dossier_id,),
        document_export.EXPORT_LETTER,
        f"{document.header.reference} besluitbrief",
        document_export.PREVIEW_LETTER,
    )


def summary_export(
    session: Session, context: Context, dossier_id: str, sharing_id: str, config: Path | None
) -> Export:
    """The summary of a recorded sharing, for the other organisation."""
    document = loket_export.summary_document(
        session, context, dossier_id, sharing_id, config=config
    )
    header = document.header
    return Export(
        document,
        render_pdf(document),
        (dossier_id,),
        loket_export.EXPORT_SUMMARY,
        f"{header.reference} samenvatting {header.title.split()[-1]}",
        loket_export.PREVIEW_SUMMARY,
    )


def access_export(
    session: Session, context: Context, bsn: str, today: date, config: Path | None
) -> Export:
    """The access report (art. 15 AVG) for the citizen with this BSN; making it records
    the reads of the dossiers in it. The BSN is not in its name: a file name is seen by
    many."""
    document, ids = loket_export.access_document(session, context, bsn, today, config)
    return Export(
        document,
        render_pdf(document),
        tuple(ids),
        loket_export.EXPORT_ACCESS,
        f"inzageoverzicht {today:%Y-%m-%d}",
    )


def pack_export(
    session: Session,
    context: Context,
    dossier_ids: Sequence[str],
    today: date,
    *,
    pseudonymised: bool = False,
    progress: Progress | None = None,
) -> Export:
    """The conference pack in agenda order; `progress` may raise PackCancelledError."""
    pack = build_pack(
        session, context, dossier_ids, today, pseudonymised=pseudonymised, progress=progress
    )
    header = pack.document.header
    return Export(
        pack.document,
        pack.pdf,
        pack.dossier_ids,
        document_export.EXPORT_PACK,
        f"{header.kind} {header.reference}",
        document_export.PREVIEW_PACK,
    )


def minutes_export(session: Session, meeting_id: str, today: date) -> Export:
    """The minutes of a meeting, covering every dossier on its agenda."""
    document = minutes.minutes_document(session, meeting_id, today)
    agenda = meetings.load_meeting(session, meeting_id).agenda
    header = document.header
    return Export(
        document,
        render_pdf(document),
        tuple(item.dossier_id for item in agenda),
        minutes.EXPORT_MINUTES,
        f"{header.kind} {header.reference}",
        document_export.PREVIEW_MINUTES,
    )
