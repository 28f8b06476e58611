"""The signals report: hostile text prints as typed in the PDF, and no CSV cell can run as
a formula in a spreadsheet, whatever the signal says."""

from __future__ import annotations

import csv
import io
from datetime import date

from hostile_strings import hostile_strings
from hypothesis import given
from hypothesis import strategies as st
from pdf_text import needs_poppler, unread

from maatwerkdesk.reports.pdf_document import render_pdf
from maatwerkdesk.services.signal_report import (
    FORMULA_STARTS,
    ReportedSignal,
    SignalReport,
    report_csv,
    report_document,
    safe_cell,
)

TODAY = date(2026, 12, 7)


def _signal(number: int, *texts: str) -> ReportedSignal:
    title, description, response, owner, regulation = (*texts, "", "", "", "", "")[:5]
    return ReportedSignal(
        f"KS-2026-{number:04d}",
        "Hardheid in de regel",
        regulation or "Participatiewet",
        "art. 22a",
        owner or "Gemeenteraad",
        title[:200] or "titel",
        description or "beschrijving",
        "opgelost",
        TODAY,
        TODAY,
        TODAY,
        response,
        3,
        1,
    )


def _report(*signals: ReportedSignal) -> SignalReport:
    return SignalReport(date(2026, 1, 1), TODAY, signals)


@needs_poppler
def test_hostile_text_in_every_field_prints_as_typed() -> None:
    values = hostile_strings()
    per_signal = 5
    signals = [
        _signal(n, *values[start : start + per_signal])
        for n, start in enumerate(range(0, len(values), per_signal), start=1)
    ]
    missing: list[str] = []
    for start in range(0, len(signals), 40):
        document = report_document(_report(*signals[start : start + 40]), TODAY, "Gemeente <b>")
        data = render_pdf(document)
        assert data.startswith(b"%PDF")
        missing += [t[:60] for t in unread(document, data)]
    assert missing == []


def test_an_empty_period_says_so() -> None:
    document = report_document(_report(), TODAY, "Gemeente Voorbeeld")
    assert document.sections[-1].title == "Signalen"
    assert render_pdf(document).startswith(b"%PDF")


@given(st.lists(st.text(max_size=40), min_size=5, max_size=5))
def test_no_csv_cell_starts_a_formula_and_each_reads_back(texts: list[str]) -> None:
    data = report_csv(_report(_signal(1, *texts)))
    (header, row) = list(
        csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=";")
    )
    assert len(row) == len(header)
    for cell in row:
        assert not cell.startswith(FORMULA_STARTS)
    assert row[5] == safe_cell(texts[0][:200] or "titel")


def test_formula_starts_are_neutralised() -> None:
    for hostile in ('=HYPERLINK("http://x")', "+1+1", "-2", "@SUM(A1)", "\t=1", "\r=1"):
        assert safe_cell(hostile) == "'" + hostile
    assert safe_cell("Gewone tekst") == "Gewone tekst"
