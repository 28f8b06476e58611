"""Reading exported PDFs back as text, the way a reader's copy-and-paste or a search would."""

from __future__ import annotations

import itertools
import re
import shutil
import subprocess
import tempfile
import unicodedata
from pathlib import Path

import pytest

from maatwerkdesk.domain.document import Document, DocumentHeader, Grid, texts
from maatwerkdesk.reports.safe_text import printable

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils is installed by bootstrap"
)


def pdf_text(data: bytes) -> str:
    """The text in the order it was drawn (-raw): table cells do not interleave, and a
    hyphen at the end of a line is not taken for a word break."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "document.pdf"
        path.write_bytes(data)
        return subprocess.run(
            ["pdftotext", "-raw", "-enc", "UTF-8", str(path), "-"],
            capture_output=True,
            check=True,
            text=True,
        ).stdout


def page_count(data: bytes) -> int:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "document.pdf"
        path.write_bytes(data)
        info = subprocess.run(
            ["pdfinfo", str(path)], capture_output=True, check=True, text=True
        ).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.MULTILINE).group(1))  # type: ignore[union-attr]


def squash(text: str) -> str:
    """Without any white space: lines wrap and long words split where the page ends."""
    return "".join(unicodedata.normalize("NFC", text).split())


def expected(value: str) -> str:
    """What a value must look like in the extracted text."""
    return squash(printable(value))


def page_bodies(data: bytes, header: DocumentHeader) -> list[str]:
    """The squashed text of each page without the running head and foot."""
    pages = []
    for page in pdf_text(data).split("\f"):
        page = re.sub(r"pagina \d+ van \d+", "", page)
        for running in (
            f"{header.organisation} · {header.kind} {header.reference}",
            header.classification.upper(),
            f"{header.version_label} {header.version} · {header.issued_on:%d-%m-%Y}",
        ):
            page = page.replace(running, "")
        pages.append(squash(page))
    return pages


def body(data: bytes, header: DocumentHeader) -> str:
    """The squashed text of all pages without the running head and foot."""
    return "".join(page_bodies(data, header))


def unread(document: Document, data: bytes) -> list[str]:
    """The document's texts that the PDF does not give back as typed.

    A table row may split over a page break: the next page then starts with the table's
    head drawn again, and a cell's second part follows it (after the other cells' second
    parts). Such a cell reads back when its longest beginning on the one page and the rest
    on the next one make up the whole text. (Table cells are short: a cell that runs over
    more than one page break is reported.)"""
    pages = page_bodies(data, document.header)
    whole = "".join(pages)
    heads = {
        expected("".join(block.columns))
        for section in document.sections
        for block in section.blocks
        if isinstance(block, Grid)
    }
    continued = [
        (page, following[len(head) :])
        for page, following in itertools.pairwise(pages)
        for head in heads
        if following.startswith(head)
    ]

    def split_cell(want: str) -> bool:
        for page, rest in continued:
            cut = max(c for c in range(len(want)) if want[:c] in page)
            if cut and want[cut:] in rest:
                return True
        return False

    return [t for t in texts(document) if expected(t) not in whole and not split_cell(expected(t))]
