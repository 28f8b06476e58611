"""The typeface of every exported document, shipped with the program.

A TrueType font is embedded (subset) in each PDF, so every Dutch character, the euro sign,
curly quotes and dashes render and extract the same on Windows, macOS and Linux; the
PDF base fonts cover only cp1252 and are not embedded. DejaVu Sans (Bitstream Vera
licence, resources/fonts/DejaVu-LICENSE.txt) covers far more than Dutch needs.
"""

from __future__ import annotations

import functools
import threading
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from maatwerkdesk import resources  # type: ignore[attr-defined]  # mapped from resources/ by pyproject's package-dir, which mypy does not read

FAMILY = "MaatwerkSans"
FONT_DIR = Path(resources.__file__).parent / "fonts"
_FACES = {
    (False, False): ("MaatwerkSans", "DejaVuSans.ttf"),
    (True, False): ("MaatwerkSans-Bold", "DejaVuSans-Bold.ttf"),
    (False, True): ("MaatwerkSans-Italic", "DejaVuSans-Oblique.ttf"),
    (True, True): ("MaatwerkSans-BoldItalic", "DejaVuSans-BoldOblique.ttf"),
}
_lock = threading.Lock()


def register_fonts() -> str:
    """Register the family once per process (safe from any thread); returns its name.

    Paragraphs may then use <b> and <i> in generated markup, mapped to the bold and
    italic faces."""
    with _lock:
        if FAMILY not in pdfmetrics.getRegisteredFontNames():
            for (bold, italic), (name, file_name) in _FACES.items():
                pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / file_name)))
                addMapping(FAMILY, 1 if bold else 0, 1 if italic else 0, name)
    return FAMILY


@functools.cache
def covered_code_points() -> frozenset[int]:
    """The characters both the regular and the bold face can print."""
    register_fonts()
    regular, bold = (
        pdfmetrics.getFont(_FACES[face][0]) for face in ((False, False), (True, False))
    )
    assert isinstance(regular, TTFont) and isinstance(bold, TTFont)  # as registered above
    return frozenset(regular.face.charToGlyph.keys() & bold.face.charToGlyph.keys())
