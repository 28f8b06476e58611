"""An exported document as plain values: what it says, not how it is laid out.

The decision, the conference pack and the minutes are built as a `Document` of sections
holding a few kinds of blocks; `maatwerkdesk.reports` lays them out as PDF. Keeping the
content apart from the layout lets every text be checked, pseudonymised and fingerprinted
in one place, and lets tests read a document without rendering it.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum


class Tone(StrEnum):
    """How a paragraph reads: ordinary text, a quiet note, or a boxed remark that must be seen."""

    BODY = "body"
    NOTE = "note"
    ATTENTION = "attention"


@dataclass(frozen=True)
class Text:
    """A paragraph of free text; `lead` is printed bold before it (a term, a date)."""

    text: str
    lead: str = ""
    tone: Tone = Tone.BODY


@dataclass(frozen=True)
class Pairs:
    """Short labelled values, printed as a two-column list (label: value)."""

    rows: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Grid:
    """A table of short values with a header row. Long free text belongs in `Text`:
    a table row cannot break across pages."""

    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...] = ()
    """Relative column widths; empty means equal."""


@dataclass(frozen=True)
class Bullets:
    items: tuple[str, ...]


Block = Text | Pairs | Grid | Bullets


@dataclass(frozen=True)
class Section:
    title: str
    blocks: tuple[Block, ...]
    level: int = 1
    """1 for a chapter, 2 for a part within one."""
    new_page: bool = False
    numbered: bool = True
    """Chapters are numbered 1, 2, 3 …; an agenda item carries its own number."""


@dataclass(frozen=True)
class DocumentHeader:
    """What every page's head and the title block carry."""

    kind: str
    """What the document is: "Besluit", "Voorstel", "Vergaderstukken"."""
    title: str
    organisation: str
    reference: str
    version: str
    issued_on: date
    classification: str = "Vertrouwelijk"
    variant: str = ""
    """A remark on the variant, e.g. that names were replaced by roles."""
    version_label: str = "Versie"
    """What `version` counts, as the title block and every page's foot name it."""


@dataclass(frozen=True)
class Document:
    header: DocumentHeader
    sections: tuple[Section, ...]
    fingerprint: str = field(default="")
    """SHA-256 of the content (see `content_fingerprint`); set by `with_fingerprint`."""
    attestation: str = ""
    """The signed version the PDF carries for `maatwerkdesk verify` (domain/attestation.py);
    empty for documents that fix no decision and for the pseudonymised variant."""


def _block_values(block: Block) -> list[object]:
    if isinstance(block, Text):
        return ["text", block.lead, block.text, block.tone.value]
    if isinstance(block, Pairs):
        return ["pairs", [list(row) for row in block.rows]]
    if isinstance(block, Grid):
        return ["grid", list(block.columns), [list(row) for row in block.rows]]
    return ["bullets", list(block.items)]


def content_fingerprint(document: Document) -> str:
    """SHA-256 over the reference, kind, title and every section, as canonical JSON.

    The print date, version label and layout are left out, so two exports of unchanged
    content have the same fingerprint, and any change in what the document says changes it."""
    header = document.header
    content = {
        "reference": header.reference,
        "kind": header.kind,
        "title": header.title,
        "sections": [
            [section.title, [_block_values(block) for block in section.blocks]]
            for section in document.sections
        ],
    }
    canonical = json.dumps(content, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def with_fingerprint(document: Document) -> Document:
    return replace(document, fingerprint=content_fingerprint(document))


def _map_block(block: Block, change: Callable[[str], str]) -> Block:
    if isinstance(block, Text):
        return replace(block, text=change(block.text), lead=change(block.lead))
    if isinstance(block, Pairs):
        return Pairs(tuple((change(k), change(v)) for k, v in block.rows))
    if isinstance(block, Grid):
        rows = tuple(tuple(change(cell) for cell in row) for row in block.rows)
        return replace(block, columns=tuple(change(c) for c in block.columns), rows=rows)
    return Bullets(tuple(change(item) for item in block.items))


def map_section(section: Section, change: Callable[[str], str]) -> Section:
    """The section with `change` applied to its title and every text in it."""
    blocks = tuple(_map_block(block, change) for block in section.blocks)
    return replace(section, title=change(section.title), blocks=blocks)


def map_texts(document: Document, change: Callable[[str], str]) -> Document:
    """The document with `change` applied to every text in it, headers included.

    The fingerprint is cleared: it described the old content."""
    header = document.header
    new_header = replace(
        header,
        title=change(header.title),
        organisation=change(header.organisation),
        reference=change(header.reference),
    )
    return Document(new_header, tuple(map_section(s, change) for s in document.sections))


def texts(document: Document) -> list[str]:
    """Every text in the document, in reading order (for checks and tests)."""
    seen: list[str] = []

    def collect(value: str) -> str:
        seen.append(value)
        return value

    map_texts(document, collect)
    return seen
