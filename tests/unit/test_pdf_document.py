"""The PDF layout: every text comes out exactly as typed, never as markup, and the same
document always gives the same bytes."""

from __future__ import annotations

import time
from datetime import date

from hostile_strings import LONG_TEXTS, hostile_strings
from pdf_text import body, expected, needs_poppler, page_count, pdf_text

from maatwerkdesk.domain.document import (
    Bullets,
    Document,
    DocumentHeader,
    Grid,
    Pairs,
    Section,
    Text,
    Tone,
    with_fingerprint,
)
from maatwerkdesk.reports.pdf_document import render_pdf

HEADER = DocumentHeader(
    kind="Voorstel",
    title="Terugvordering na verhuizing",
    organisation="Gemeente",
    reference="MW-2026-00001",
    version="3",
    issued_on=date(2026, 12, 1),
)


def _marked(number: int, value: str) -> str:
    return f"«{number}»{value}«/{number}»"


def _document(values: list[str]) -> Document:
    """Every value in every kind of block, and as a section title."""
    short = [v for v in values if v not in LONG_TEXTS]
    sections = []
    for n, value in enumerate(values):
        marked = _marked(n, value)
        sections.append(
            Section(
                _marked(n, value[:200]),
                (
                    Text(marked, lead=_marked(n, value[:80])),
                    Text(marked, tone=Tone.ATTENTION),
                    Text(marked, tone=Tone.NOTE),
                ),
            )
        )
    rows = tuple((_marked(n, v[:120]), _marked(n + 1000, v)) for n, v in enumerate(short))
    cells = tuple((str(n), _marked(n, v), "—") for n, v in enumerate(short))
    sections.append(
        Section(
            "Tabellen",
            (
                Pairs(rows),
                Grid(("Nr", "Waarde", "Stand"), cells, (0.5, 5, 1)),
                Bullets(tuple(_marked(n, v) for n, v in enumerate(short))),
            ),
            level=2,
        )
    )
    return with_fingerprint(Document(HEADER, tuple(sections)))


@needs_poppler
def test_hostile_text_prints_exactly_as_typed_in_every_kind_of_block() -> None:
    values = hostile_strings()
    assert len(values) >= 200
    document = _document(values)
    data = render_pdf(document)
    text = body(data, HEADER)
    missing = []
    for section in document.sections:
        for block in section.blocks:
            if isinstance(block, Text):
                parts = [block.lead, block.text]
            elif isinstance(block, Pairs | Grid):
                parts = [v for row in block.rows for v in row]
            else:
                parts = list(block.items)
            missing += [p[:60] for p in parts if p and expected(p) not in text]
        if expected(section.title) not in text:
            missing.append(section.title[:60])
    assert not missing


def test_the_same_document_gives_the_same_bytes() -> None:
    document = _document(["Eén zin met € en ‘quotes’.", "<b>geen markup</b>"])
    first = render_pdf(document)
    assert first.startswith(b"%PDF")
    assert render_pdf(document) == first


@needs_poppler
def test_pages_are_numbered_x_of_y_and_the_fingerprint_is_printed() -> None:
    document = _document(list(LONG_TEXTS[:1]))
    data = render_pdf(document)
    pages = page_count(data)
    assert pages > 3
    text = pdf_text(data)
    assert all(f"pagina {n} van {pages}" in text for n in range(1, pages + 1))
    assert document.fingerprint in text
    assert text.count("VERTROUWELIJK") == pages


def test_progress_follows_the_chapters_and_can_cancel() -> None:
    document = _document([f"dossier {n}" for n in range(5)])
    heard: list[tuple[int, int]] = []
    render_pdf(document, lambda done, total: heard.append((done, total)))
    assert heard == [(n, 5) for n in range(1, 6)]

    class StopError(Exception):
        pass

    def cancel(done: int, total: int) -> None:
        raise StopError

    started = time.perf_counter()
    try:
        render_pdf(document, cancel)
    except StopError:
        pass
    else:
        raise AssertionError("the build should have stopped")
    assert time.perf_counter() - started < 5
