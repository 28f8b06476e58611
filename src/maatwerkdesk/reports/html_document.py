"""A `Document` as Qt rich text, so a view shows exactly what the PDF export says.

Every text in a document comes from people (caseworkers, members, citizens), so each one is
escaped here: typed markup stays visible as typed and never becomes formatting or a link.
Chapters are numbered as in the PDF and carry an anchor, so a view can jump to them. The
colours are the palette's the view is shown in (`maatwerkdesk.palette`); body text and
headings take the view's own.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from maatwerkdesk.domain.document import Block, Bullets, Document, Grid, Pairs, Section, Text, Tone
from maatwerkdesk.palette import STANDARD, Palette


@dataclass(frozen=True)
class Chapter:
    anchor: str
    title: str


@dataclass(frozen=True)
class RenderedDocument:
    html: str
    chapters: tuple[Chapter, ...]
    """The numbered chapters in reading order, for a "go to" list."""


def plain(text: str) -> str:
    """Escaped text with its line breaks kept."""
    return escape(text).replace("\n", "<br>")


def render_html(
    document: Document, *, with_header: bool = True, palette: Palette = STANDARD
) -> RenderedDocument:
    """The document as one rich-text page, with its numbered chapters for a "go to" list."""
    write = _Writer(palette)
    header = document.header
    parts: list[str] = []
    if with_header:
        parts.append(
            f"{write.note_start}{plain(header.kind)} · {plain(header.reference)}"
            f" · {header.issued_on:%d-%m-%Y}</p><h1>{plain(header.title)}</h1>"
        )
        if header.variant:
            parts.append(write.attention(plain(header.variant)))
    chapters: list[Chapter] = []
    number = 0
    for index, section in enumerate(document.sections):
        title = section.title
        if section.level == 1:
            number += section.numbered
            title = f"{number}. {title}" if section.numbered else title
            chapters.append(Chapter(f"s{index}", title))
        parts.append(write.section(section, title, f"s{index}"))
    if document.fingerprint:
        parts.append(
            f"{write.note_start}Vingerafdruk (SHA-256) van de inhoud: "
            f"<code>{plain(document.fingerprint)}</code></p>"
        )
    return RenderedDocument("".join(parts), tuple(chapters))


def render_html_section(section: Section, *, palette: Palette = STANDARD) -> str:
    """One section on its own, under its own title."""
    return _Writer(palette).section(section, section.title, "")


class _Writer:
    """Writes blocks in one palette's colours."""

    def __init__(self, palette: Palette) -> None:
        self._palette = palette
        self.note_start = f'<p style="color:{palette.muted_text};">'

    def section(self, section: Section, title: str, anchor: str) -> str:
        """`title` is the section's own or its numbered one; `anchor` names it for a jump."""
        tag = "h2" if section.level == 1 else "h3"
        name = f'<a name="{escape(anchor)}"></a>' if anchor else ""
        heading = f"<{tag}>{name}{plain(title)}</{tag}>"
        return heading + "".join(self.block(block) for block in section.blocks)

    def block(self, block: Block) -> str:
        if isinstance(block, Text):
            return self._text(block)
        if isinstance(block, Pairs):
            return self._pairs(block)
        if isinstance(block, Grid):
            return self._grid(block)
        return _bullets(block)

    def attention(self, body: str) -> str:
        box = self._palette.warning
        return (
            f'<table width="100%" cellpadding="6" bgcolor="{box.background}" '
            f'style="border: 1px solid {box.border};"><tr><td>{body}</td></tr></table>'
        )

    def _text(self, block: Text) -> str:
        lead = f"<b>{plain(block.lead)}</b>&nbsp; " if block.lead else ""
        body = lead + plain(block.text)
        if block.tone is Tone.ATTENTION:
            return self.attention(body)
        if block.tone is Tone.NOTE:
            return f"{self.note_start}<i>{body}</i></p>"
        return f"<p>{body}</p>"

    def _pairs(self, block: Pairs) -> str:
        if not block.rows:
            return ""
        rows = "".join(
            f'<tr><td width="30%" style="color:{self._palette.muted_text};">{plain(label)}</td>'
            f"<td>{plain(value)}</td></tr>"
            for label, value in block.rows
        )
        return f'<table cellpadding="2" width="100%">{rows}</table>'

    def _grid(self, block: Grid) -> str:
        head = "".join(f'<th align="left">{plain(column)}</th>' for column in block.columns)
        rows = "".join(
            "<tr>" + "".join(f"<td>{plain(cell)}</td>" for cell in row) + "</tr>"
            for row in block.rows
        )
        return (
            f'<table cellpadding="4" cellspacing="0" border="1" width="99%" '
            f'style="border-color:{self._palette.rule}; border-style:solid;">'
            f'<tr bgcolor="{self._palette.table_head}">{head}</tr>{rows}</table>'
        )


def _bullets(block: Bullets) -> str:
    return "<ul>" + "".join(f"<li>{plain(item)}</li>" for item in block.items) + "</ul>"
