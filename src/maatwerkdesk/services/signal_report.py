"""The signals of a period for the periodic knelpuntenbrief: a PDF through the document
machinery (domain/document.py, reports/), or CSV for a spreadsheet.

The report goes to policy owners outside the organisation, so it is anonymised twice over:
it names no dossier or group (only how many a signal rests on), and every text of a
signal, though checked when it was written, is passed through the pseudonymiser of each
person of the dossiers it rests on (and of no one in particular) before it is printed: a
text changed outside the program leaks nothing either.

A CSV cell starting with = + - @ (or a tab or carriage return) would be run as a formula by
a spreadsheet; it is prefixed with an apostrophe, and every cell is quoted.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from maatwerkdesk.domain.document import (
    Document,
    DocumentHeader,
    Pairs,
    Section,
    Text,
    Tone,
    with_fingerprint,
)
from maatwerkdesk.domain.dossier import Subject
from maatwerkdesk.domain.people import Permission
from maatwerkdesk.domain.policy_signals import PolicySignal, SignalState
from maatwerkdesk.domain.pseudonymise import Pseudonymiser
from maatwerkdesk.services.audit import Action
from maatwerkdesk.services.context import Context
from maatwerkdesk.services.policy_signals import People, audit_signal, list_signals, people_of
from maatwerkdesk.services.users import require

EXPORT_REPORT = "signal.report"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
CSV_COLUMNS = (
    "kenmerk",
    "soort",
    "regeling",
    "artikel",
    "eigenaar",
    "titel",
    "status",
    "geschreven op",
    "gemeld op",
    "afgehandeld op",
    "antwoord van de eigenaar",
    "aantal dossiers",
    "aantal groepen",
    "beschrijving",
)


@dataclass(frozen=True)
class ReportedSignal:
    """A signal as the report gives it: its texts anonymised, its dossiers counted."""

    reference: str
    kind: str
    regulation: str
    article: str
    owner: str
    title: str
    description: str
    state: str
    written: date | None
    reported: date | None
    closed: date | None
    response: str
    dossiers: int
    groups: int


@dataclass(frozen=True)
class SignalReport:
    since: date | None
    until: date | None
    signals: tuple[ReportedSignal, ...]


def _scrubber(people: People) -> Callable[[str], str]:
    steps = [Pseudonymiser.for_subject(subject, parties) for subject, parties in people]
    steps.append(Pseudonymiser.for_subject(Subject()))

    def change(text: str) -> str:
        for step in steps:
            text = step(text)
        return text

    return change


def reported(signal: PolicySignal, people: People) -> ReportedSignal:
    change = _scrubber(people)
    fields = signal.fields
    return ReportedSignal(
        signal.reference,
        fields.category.label,
        change(fields.regulation),
        change(fields.article),
        change(fields.owner),
        change(fields.title),
        change(fields.description),
        signal.state.label,
        signal.since(SignalState.CONCEPT),
        signal.reported_on,
        signal.since(SignalState.RESOLVED) or signal.since(SignalState.NOT_ADOPTED),
        change(signal.response),
        len(signal.dossiers),
        len(signal.groups),
    )


def load_report(
    session: Session, context: Context, since: date | None, until: date | None
) -> SignalReport:
    """The signals written in the period (both days included), anonymised; each one's
    export is audited, in the caller's transaction (a failed write audits nothing)."""
    require(session, context, Permission.EXPORT)
    found = []
    for signal in list_signals(session, context, since=since, until=until):
        found.append(reported(signal, people_of(session, signal.id)))
        audit_signal(session, context, EXPORT_REPORT, signal.id, action=Action.EXPORT)
    return SignalReport(since, until, tuple(found))


def _day(value: date | None) -> str:
    return f"{value:%d-%m-%Y}" if value is not None else ""


def _period(report: SignalReport) -> str:
    if report.since is None and report.until is None:
        return "alle signalen"
    if report.until is None:
        return f"geschreven vanaf {_day(report.since)}"
    if report.since is None:
        return f"geschreven tot en met {_day(report.until)}"
    return f"geschreven van {_day(report.since)} tot en met {_day(report.until)}"


def _counts(signals: Sequence[ReportedSignal]) -> Section:
    states = [s.label for s in SignalState]
    rows = tuple((state, str(sum(1 for s in signals if s.state == state))) for state in states)
    return Section("Overzicht", (Pairs((("Aantal signalen", str(len(signals))), *rows)),))


def _signal_section(signal: ReportedSignal) -> Section:
    rule = f"{signal.regulation}, {signal.article}" if signal.article else signal.regulation
    rows = [
        ("Soort", signal.kind),
        ("Regel", rule),
        ("Eigenaar van de regel", signal.owner),
        ("Status", signal.state),
        ("Geschreven op", _day(signal.written) or "—"),
        ("Gemeld op", _day(signal.reported) or "nog niet gemeld"),
        ("Berust op", f"{signal.dossiers} dossier(s), {signal.groups} groep(en)"),
    ]
    if signal.closed is not None:
        rows.append(("Afgehandeld op", _day(signal.closed)))
    blocks: list[Text | Pairs] = [Pairs(tuple(rows)), Text(signal.description, lead="Knelpunt")]
    if signal.response:
        blocks.append(Text(signal.response, lead="Antwoord van de eigenaar"))
    return Section(f"{signal.reference} — {signal.title}", tuple(blocks))


def report_document(report: SignalReport, today: date, organisation: str) -> Document:
    """The knelpuntenbrief's annex: an overview, then each signal."""
    header = DocumentHeader(
        kind="Knelpuntsignalen",
        title=f"Knelpuntsignalen, {_period(report)}",
        organisation=organisation,
        reference=f"KS-{today:%Y%m%d}",
        version="1",
        issued_on=today,
        classification="Openbaar na vaststelling",
        variant="Geanonimiseerd: het overzicht noemt geen dossiers en geen personen.",
    )
    intro = Text(
        "Dit overzicht geeft de knelpunten die de uitvoering bij de toepassing van regels "
        "tegenkwam, voor de eigenaar van elke regel. Elk signaal berust op dossiers die "
        "hier niet worden genoemd.",
        tone=Tone.NOTE,
    )
    sections = [Section("Over dit overzicht", (intro,)), _counts(report.signals)]
    sections += [_signal_section(s) for s in report.signals]
    if not report.signals:
        sections.append(Section("Signalen", (Text("Geen signalen in deze periode."),)))
    return with_fingerprint(Document(header, tuple(sections)))


def safe_cell(value: str) -> str:
    """A spreadsheet runs a cell starting with = + - @ as a formula: never ours."""
    return f"'{value}" if value.startswith(FORMULA_STARTS) else value


def report_pdf(report: SignalReport, today: date, organisation: str) -> bytes:
    """`report_document` as a PDF."""
    from maatwerkdesk.reports.pdf_document import render_pdf  # reportlab: only here

    return render_pdf(report_document(report, today, organisation))


def report_csv(report: SignalReport) -> bytes:
    """UTF-8 with a byte-order mark (so a spreadsheet reads the accents), ; separated as
    Dutch spreadsheets expect, every cell quoted and safe."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for s in report.signals:
        row = (
            s.reference,
            s.kind,
            s.regulation,
            s.article,
            s.owner,
            s.title,
            s.state,
            _day(s.written),
            _day(s.reported),
            _day(s.closed),
            s.response,
            str(s.dossiers),
            str(s.groups),
            s.description,
        )
        writer.writerow([safe_cell(cell) for cell in row])
    return ("\ufeff" + out.getvalue()).encode("utf-8")
