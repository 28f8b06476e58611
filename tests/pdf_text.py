"""Reading exported PDFs back as text, the way a reader's copy-and-paste or a search would."""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
import unicodedata
from pathlib import Path

import pytest

from maatwerkdesk.domain.document import DocumentHeader
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


def body(data: bytes, header: DocumentHeader) -> str:
    """The squashed text of all pages without the running head and foot."""
    text = pdf_text(data)
    text = re.sub(r"pagina \d+ van \d+", "", text)
    for running in (
        f"{header.organisation} · {header.kind} {header.reference}",
        header.classification.upper(),
        f"Versie {header.version} · {header.issued_on:%d-%m-%Y}",
    ):
        text = text.replace(running, "")
    return squash(text)
