"""A `Document` laid out as an A4 PDF, the way a careful government document looks.

Every page carries the organisation, the kind and reference of the document and its
classification at the top, and the version, date and "pagina x van y" at the bottom. The
output is deterministic (reportlab's invariant mode): the same document gives the same bytes,
so exports can be compared.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from functools import partial
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from maatwerkdesk.domain.document import (
    Block,
    Document,
    DocumentHeader,
    Grid,
    Pairs,
    Section,
    Text,
    Tone,
)
from maatwerkdesk.palette import STANDARD
from maatwerkdesk.reports.fonts import register_fonts
from maatwerkdesk.reports.safe_text import paragraph_text, printable

MARGIN_X = 22 * mm
MARGIN_TOP = 27 * mm
MARGIN_BOTTOM = 22 * mm
PRINTED = STANDARD
"""Paper is white: a PDF is printed in the standard palette, whatever the screen shows."""
INK = colors.HexColor(PRINTED.text)
QUIET = colors.HexColor(PRINTED.muted_text)
RULE = colors.HexColor(PRINTED.rule)
ACCENT = colors.HexColor(PRINTED.accent)
ATTENTION_BACK = colors.HexColor(PRINTED.warning.background)
ATTENTION_BORDER = colors.HexColor(PRINTED.warning.border)
GRID_HEAD = colors.HexColor(PRINTED.table_head)

Progress = Callable[[int, int], None]
"""Called with (done, total) while a long document is built; it may raise to cancel."""


class _Styles:
    def __init__(self) -> None:
        family = register_fonts()
        bold = f"{family}-Bold"
        base = ParagraphStyle(
            "body",
            fontName=family,
            fontSize=10,
            leading=14,
            textColor=INK,
            alignment=TA_LEFT,
            spaceAfter=5,
        )
        self.body = base
        self.note = ParagraphStyle("note", base, fontSize=8.5, leading=12, textColor=QUIET)
        self.attention = ParagraphStyle(
            "attention",
            base,
            backColor=ATTENTION_BACK,
            borderColor=ATTENTION_BORDER,
            borderWidth=0.6,
            borderPadding=(5, 6, 5, 6),  # type: ignore[arg-type]  # reportlab takes one per side too; its stubs say one number
            leftIndent=6,
            rightIndent=6,
            spaceBefore=6,
            spaceAfter=11,
        )
        self.kind = ParagraphStyle(
            "kind", base, fontName=bold, fontSize=20, leading=25, textColor=ACCENT, spaceAfter=4
        )
        self.title = ParagraphStyle("title", base, fontName=bold, fontSize=13, leading=17)
        self.h1 = ParagraphStyle(
            "h1",
            base,
            fontName=bold,
            fontSize=13,
            leading=17,
            textColor=ACCENT,
            spaceBefore=12,
            spaceAfter=6,
        )
        self.h2 = ParagraphStyle(
            "h2", base, fontName=bold, fontSize=10.5, leading=14, spaceBefore=6, spaceAfter=3
        )
        self.label = ParagraphStyle("label", base, fontName=bold, textColor=QUIET, spaceAfter=0)
        self.cell = ParagraphStyle("cell", base, fontSize=9, leading=12, spaceAfter=0)
        self.head_cell = ParagraphStyle("head_cell", self.cell, fontName=bold)
        self.bullet = ParagraphStyle("bullet", base, leftIndent=12, bulletIndent=2, spaceAfter=3)
        self.fingerprint = ParagraphStyle(
            "fingerprint", self.note, fontName=family, fontSize=8, leading=11
        )


def _lead(lead: str, text: str) -> str:
    if not lead:
        return paragraph_text(text)
    return f"<b>{paragraph_text(lead)}</b>  {paragraph_text(text)}"


def _text(block: Text, styles: _Styles) -> Flowable:
    style = {Tone.BODY: styles.body, Tone.NOTE: styles.note, Tone.ATTENTION: styles.attention}
    return Paragraph(_lead(block.lead, block.text), style[block.tone])


def _table(rows: list[list[Any]], widths: Sequence[float], style: list[Any], head: int) -> Table:
    table = Table(rows, colWidths=list(widths), repeatRows=head, splitInRow=1, hAlign="LEFT")
    table.setStyle(TableStyle(style))
    return table


def _pairs(block: Pairs, styles: _Styles, width: float) -> Flowable:
    rows = [
        [Paragraph(paragraph_text(k), styles.label), Paragraph(paragraph_text(v), styles.body)]
        for k, v in block.rows
    ]
    style = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
    ]
    return _table(rows, (0.3 * width, 0.7 * width), style, head=0)


def _grid(block: Grid, styles: _Styles, width: float) -> Flowable:
    count = len(block.columns)
    weights = block.widths if len(block.widths) == count else (1.0,) * count
    widths = [width * w / sum(weights) for w in weights]
    rows = [[Paragraph(paragraph_text(c), styles.head_cell) for c in block.columns]]
    rows += [[Paragraph(paragraph_text(c), styles.cell) for c in row] for row in block.rows]
    style = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), GRID_HEAD),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    return _table(rows, widths, style, head=1)


def _block(block: Block, styles: _Styles, width: float) -> list[Flowable]:
    if isinstance(block, Text):
        return [_text(block, styles)]
    if isinstance(block, Pairs):
        return [_pairs(block, styles, width), Spacer(0, 5)] if block.rows else []
    if isinstance(block, Grid):
        return [_grid(block, styles, width), Spacer(0, 6)]
    return [Paragraph(paragraph_text(item), styles.bullet, bulletText="•") for item in block.items]


def _section(section: Section, number: int, styles: _Styles, width: float) -> list[Flowable]:
    """A chapter is numbered, unless it says otherwise; a part within one is not."""
    title = paragraph_text(section.title)
    if section.level == 1:
        heading = Paragraph(f"{number}. {title}" if section.numbered else title, styles.h1)
    else:
        heading = Paragraph(title, styles.h2)
    body = [f for block in section.blocks for f in _block(block, styles, width)]
    start: list[Flowable] = [PageBreak()] if section.new_page else [CondPageBreak(40 * mm)]
    if not section.title:  # a letter's address block: set apart, without a heading
        return [*start, Spacer(0, 10), *body]
    # A heading never ends a page: it stays with the start of its text.
    return [*start, KeepTogether([heading, *body[:1]]), *body[1:]]


def _title_block(header: DocumentHeader, styles: _Styles, width: float) -> list[Flowable]:
    rows = [
        ("Organisatie", header.organisation),
        ("Kenmerk", header.reference),
        ("Datum", f"{header.issued_on:%d-%m-%Y}"),
        (header.version_label, header.version),
        ("Classificatie", header.classification),
    ]
    flowables: list[Flowable] = [
        Paragraph(paragraph_text(header.kind), styles.kind),
        Paragraph(paragraph_text(header.title), styles.title),
        Spacer(0, 8),
        _pairs(Pairs(tuple(rows)), styles, width),
    ]
    if header.variant:
        flowables += [Spacer(0, 4), Paragraph(paragraph_text(header.variant), styles.attention)]
    return flowables


def _fingerprint(document: Document, styles: _Styles) -> list[Flowable]:
    if not document.fingerprint:
        return []
    text = (
        "Vingerafdruk (SHA-256) van de inhoud van dit document. Een latere versie met dezelfde "
        "vingerafdruk zegt inhoudelijk hetzelfde; elke wijziging geeft een andere."
    )
    return [
        Spacer(0, 10),
        Paragraph(paragraph_text(text), styles.note),
        Paragraph(paragraph_text(document.fingerprint), styles.fingerprint),
    ]


class _Milestone(Flowable):
    """Reports progress when layout reaches it; the callback may raise to cancel the build."""

    def __init__(self, report: Callable[[], None]) -> None:
        super().__init__()
        self._report = report

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self._report()


def document_story(
    document: Document, styles: _Styles, width: float, progress: Progress | None = None
) -> list[Flowable]:
    """The flowables of the document; `progress` hears of each chapter as it is laid out."""
    story = _title_block(document.header, styles, width)
    chapters = sum(1 for section in document.sections if section.level == 1)
    reached = number = 0
    for section in document.sections:
        if section.level == 1:
            if progress is not None and reached:
                story.append(_Milestone(partial(progress, reached, chapters)))
            reached += 1
            number += section.numbered
        story += _section(section, number, styles, width)
    if progress is not None:
        story.append(_Milestone(lambda: progress(chapters, chapters)))
    return story + _fingerprint(document, styles)


class _NumberedCanvas(Canvas):
    """Holds the pages back until the end, so each can say "pagina x van y"."""

    def __init__(self, *args: Any, header: DocumentHeader, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._header = header
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()  # type: ignore[attr-defined]  # reportlab's own page reset, not in its stubs

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self._draw_running_text(number, total)
            super().showPage()
        super().save()

    def _draw_running_text(self, number: int, total: int) -> None:
        header = self._header
        family = register_fonts()
        width, height = A4
        top = height - 15 * mm
        self.setFillColor(QUIET)
        self.setFont(family, 8)
        head = printable(f"{header.organisation} · {header.kind} {header.reference}")
        self.drawString(MARGIN_X, top, head)
        self.setFont(f"{family}-Bold", 8)
        self.drawRightString(width - MARGIN_X, top, printable(header.classification.upper()))
        self.setStrokeColor(RULE)
        self.setLineWidth(0.5)
        self.line(MARGIN_X, top - 3 * mm, width - MARGIN_X, top - 3 * mm)
        bottom = 12 * mm
        self.line(MARGIN_X, bottom + 4 * mm, width - MARGIN_X, bottom + 4 * mm)
        self.setFont(family, 8)
        foot = printable(f"{header.version_label} {header.version} · {header.issued_on:%d-%m-%Y}")
        self.drawString(MARGIN_X, bottom, foot)
        self.drawRightString(width - MARGIN_X, bottom, f"pagina {number} van {total}")


def render_pdf(document: Document, progress: Progress | None = None) -> bytes:
    """The document as PDF bytes; `progress` (done, total) follows its chapters."""
    header = document.header
    buffer = io.BytesIO()
    template = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=printable(f"{header.kind} {header.reference}"),
        author=printable(header.organisation),
        subject=printable(header.title),
        creator="MaatwerkDesk",
        keywords=document.attestation,  # type: ignore[arg-type]  # a text is written as it is; the stubs say only a list
        invariant=1,
    )
    frame = Frame(
        template.leftMargin,
        template.bottomMargin,
        template.width,
        template.height,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    template.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    story = document_story(document, _Styles(), template.width, progress)
    template.build(story, canvasmaker=_canvas_maker(header))
    return buffer.getvalue()


def _canvas_maker(header: DocumentHeader) -> Callable[..., Canvas]:
    def make(*args: Any, **kwargs: Any) -> Canvas:
        return _NumberedCanvas(*args, header=header, **kwargs)

    return make
