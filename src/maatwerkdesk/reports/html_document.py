"""A `Document` as Qt rich text, so a view shows exactly what the PDF export says.

Every text in a document comes from people (caseworkers, members, citizens), so each one is
escaped here: typed markup stays visible as typed and never becomes formatting or a link.
Chapters are numbered as in the PDF and carry an anchor, so a view can jump to them.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from maatwerkdesk.domain.document import Block, Bullets, Document, Grid, Pairs, Section, Text, Tone

NOTE_COLOUR = "#5a5a5a"
ATTENTION_STYLE = 'bgcolor="#fdf1d6" style="border: 1px solid #c08a00;"'
GRID_HEAD = "#e4e9ef"
RULE = "#c9d1da"


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


def render_html(document: Document, *, with_header: bool = True) -> RenderedDocument:
    """The document as one rich-text page, with its numbered chapters for a "go to" list."""
    header = document.header
    parts: list[str] = []
    if with_header:
        parts.append(
            f'<p style="color:{NOTE_COLOUR};">{plain(header.kind)} · {plain(header.reference)}'
            f" · {header.issued_on:%d-%m-%Y}</p><h1>{plain(header.title)}</h1>"
        )
        if header.variant:
            parts.append(_attention(plain(header.variant)))
    chapters: list[Chapter] = []
    number = 0
    for index, section in enumerate(document.sections):
        title = section.title
        if section.level == 1:
            number += section.numbered
            title = f"{number}. {title}" if section.numbered else title
            chapters.append(Chapter(f"s{index}", title))
        parts.append(render_html_section(section, title, f"s{index}"))
    if document.fingerprint:
        parts.append(
            f'<p style="color:{NOTE_COLOUR};">Vingerafdruk (SHA-256) van de inhoud: '
            f"<code>{plain(document.fingerprint)}</code></p>"
        )
    return RenderedDocument("".join(parts), tuple(chapters))


def render_html_section(section: Section, title: str | None = None, anchor: str = "") -> str:
    """One section; `title` replaces its own (a chapter's number), `anchor` names it for a jump."""
    tag = "h2" if section.level == 1 else "h3"
    name = f'<a name="{escape(anchor)}"></a>' if anchor else ""
    heading = f"<{tag}>{name}{plain(section.title if title is None else title)}</{tag}>"
    return heading + "".join(render_block(block) for block in section.blocks)


def render_block(block: Block) -> str:
    if isinstance(block, Text):
        return _text(block)
    if isinstance(block, Pairs):
        return _pairs(block)
    if isinstance(block, Grid):
        return _grid(block)
    return _bullets(block)


def _text(block: Text) -> str:
    lead = f"<b>{plain(block.lead)}</b>&nbsp; " if block.lead else ""
    body = lead + plain(block.text)
    if block.tone is Tone.ATTENTION:
        return _attention(body)
    if block.tone is Tone.NOTE:
        return f'<p style="color:{NOTE_COLOUR};"><i>{body}</i></p>'
    return f"<p>{body}</p>"


def _attention(body: str) -> str:
    return f'<table width="100%" cellpadding="6" {ATTENTION_STYLE}><tr><td>{body}</td></tr></table>'


def _pairs(block: Pairs) -> str:
    if not block.rows:
        return ""
    rows = "".join(
        f'<tr><td width="30%" style="color:{NOTE_COLOUR};">{plain(label)}</td>'
        f"<td>{plain(value)}</td></tr>"
        for label, value in block.rows
    )
    return f'<table cellpadding="2" width="100%">{rows}</table>'


def _grid(block: Grid) -> str:
    head = "".join(f'<th align="left">{plain(column)}</th>' for column in block.columns)
    rows = "".join(
        "<tr>" + "".join(f"<td>{plain(cell)}</td>" for cell in row) + "</tr>" for row in block.rows
    )
    return (
        f'<table cellpadding="4" cellspacing="0" border="1" width="99%" '
        f'style="border-color:{RULE}; border-style:solid;">'
        f'<tr bgcolor="{GRID_HEAD}">{head}</tr>{rows}</table>'
    )


def _bullets(block: Bullets) -> str:
    return "<ul>" + "".join(f"<li>{plain(item)}</li>" for item in block.items) + "</ul>"
