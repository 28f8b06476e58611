"""The bundled typeface: every Dutch character, € and typographic quotes survive export."""

from __future__ import annotations

import shutil
import subprocess
from io import BytesIO
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate

from maatwerkdesk.reports.fonts import FAMILY, FONT_DIR, register_fonts

DUTCH = "Casuïstiek: één cliënt uit België, coördinatie, reünie, naïef, ideeën — € 12,50 ‘enkel’ “dubbel” – Zoë"


def test_the_fonts_and_their_licence_ship_with_the_program() -> None:
    assert (FONT_DIR / "DejaVu-LICENSE.txt").read_text("utf-8").find("bitstream-vera") >= 0
    assert register_fonts() == FAMILY == register_fonts()


@pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils is installed by bootstrap"
)
def test_dutch_text_renders_and_extracts_unchanged(tmp_path: Path) -> None:
    family = register_fonts()
    buffer = BytesIO()
    style = ParagraphStyle("body", fontName=family, fontSize=11)
    SimpleDocTemplate(buffer, pagesize=A4).build(
        [Paragraph(DUTCH, style), Paragraph(f"<b>{DUTCH}</b>", style)]
    )
    pdf = tmp_path / "fonts.pdf"
    pdf.write_bytes(buffer.getvalue())
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, check=True, text=True
    ).stdout
    assert " ".join(text.split()).count(DUTCH) == 2  # lines wrap where the page ends
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, check=True, text=True)
    embedded = [line for line in fonts.stdout.splitlines() if "DejaVuSans" in line]
    assert len(embedded) == 2 and all(" yes yes yes " in line for line in embedded)
