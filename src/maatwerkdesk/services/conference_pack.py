"""The conference pack (vergaderstukken): an agenda page, then a summary per dossier.

Long work: the caller gets progress as (done, total) over loading the dossiers and laying
out their pages, and may cancel from the progress callback by raising `PackCancelledError`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from maatwerkdesk.domain.document import (
    Block,
    Bullets,
    Document,
    DocumentHeader,
    Grid,
    Section,
    Text,
    Tone,
    map_section,
    with_fingerprint,
)
from maatwerkdesk.domain.dossier import DossierRecord
from maatwerkdesk.domain.pseudonymise import VARIANT_REMARK, Pseudonymiser
from maatwerkdesk.reports.pdf_document import render_pdf
from maatwerkdesk.services.context import Context
from maatwerkdesk.services.decision_document import (
    citizen_text_section,
    knelpunt_section,
    question_section,
    summary_section,
)
from maatwerkdesk.services.dossier_check import DossierCheck, load_checked

Progress = Callable[[int, int], None]


class PackCancelledError(Exception):
    """Raised from a progress callback to stop building the pack."""


@dataclass(frozen=True)
class Pack:
    document: Document
    pdf: bytes
    dossier_ids: tuple[str, ...]


def _identity(text: str) -> str:
    return text


def _dossier_sections(
    number: int, record: DossierRecord, check: DossierCheck, change: Callable[[str], str]
) -> list[Section]:
    """One dossier's summary, starting on a page of its own."""
    summary = summary_section(record, check)
    opening = Section(
        f"Agendapunt {number}: {record.reference} — {record.fields.title}",
        summary.blocks,
        new_page=True,
        numbered=False,
    )
    findings: list[Block] = (
        [
            Bullets(
                tuple(
                    f"{f.severity.label.capitalize()}: {check.written(f)}" for f in check.findings
                )
            )
        ]
        if check.findings
        else [Text("Geen open signalen.", tone=Tone.NOTE)]
    )
    parts = [
        opening,
        _as_part(question_section(record, check)),
        _as_part(knelpunt_section(record, check)),
        Section("Open willekeur-signalen", tuple(findings), level=2),
        _as_part(citizen_text_section(check)),
    ]
    return [map_section(part, change) for part in parts]


def _as_part(section: Section) -> Section:
    return Section(section.title, section.blocks, level=2)


def _agenda_row(number: int, record: DossierRecord, check: DossierCheck) -> tuple[str, ...]:
    decision = check.precedents.decision
    proposed = decision.outcome_type.label if decision is not None else "Nog geen voorstel"
    if check.proposal.escalate:
        proposed = "Escaleren"
    return (
        str(number),
        record.reference,
        record.fields.title,
        record.fields.owner or "—",
        proposed,
    )


def build_pack(
    session: Session,
    context: Context,
    dossier_ids: Sequence[str],
    today: date,
    *,
    pseudonymised: bool = False,
    progress: Progress | None = None,
) -> Pack:
    """The pack for the dossiers in agenda order; reads only (saving it is the export)."""
    ids = tuple(dict.fromkeys(dossier_ids))
    total = 2 * len(ids)
    report = progress or (lambda _done, _total: None)
    agenda: list[tuple[str, ...]] = []
    sections: list[Section] = []
    for number, (record, check) in enumerate(load_checked(session, context, ids), start=1):
        fields = record.fields
        change = (
            Pseudonymiser.for_subject(fields.subject, fields.facts.third_parties)
            if pseudonymised
            else _identity
        )
        agenda.append(tuple(change(cell) for cell in _agenda_row(number, record, check)))
        sections += _dossier_sections(number, record, check, change)
        report(number, total)
    agenda_section = Section(
        "Agenda",
        (
            Text("Per agendapunt volgt een samenvatting op een eigen pagina."),
            Grid(
                ("Nr", "Kenmerk", "Onderwerp", "Behandelaar", "Voorstel"),
                tuple(agenda),
                (0.5, 1.9, 4, 1.6, 1.6),
            ),
        ),
        numbered=False,
    )
    header = DocumentHeader(
        kind="Vergaderstukken",
        title=f"Casuïstiekoverleg: agenda en samenvattingen, {len(ids)} dossiers",
        organisation="Casuïstiekoverleg",
        reference=f"{today:%d-%m-%Y}",
        version="1",
        issued_on=today,
        variant=VARIANT_REMARK if pseudonymised else "",
    )
    document = with_fingerprint(Document(header, (agenda_section, *sections)))
    pdf = render_pdf(
        document, lambda done, chapters: report(len(ids) + done * len(ids) // chapters, total)
    )
    return Pack(document, pdf, ids)
