"""One theme: no colour is written in the ui or the renderers outside the palette and
ui/theme.py, the palette follows the system's contrast (or MAATWERKDESK_CONTRAST), and high
contrast dresses the whole application."""

from __future__ import annotations

import io
import re
import subprocess
import sys
import tokenize
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette

from maatwerkdesk.palette import HIGH_CONTRAST, STANDARD, Meaning
from maatwerkdesk.reports.html_document import render_html
from maatwerkdesk.ui import theme
from maatwerkdesk.ui.theme import CONTRAST_VARIABLE

PACKAGE = Path(theme.__file__).parents[1]
FORMS = PACKAGE.parents[1] / "forms"
THEME_FILES = {PACKAGE / "palette.py", PACKAGE / "ui" / "theme.py"}
CSS_NAMES = "red|green|blue|black|white|gr[ae]y|yellow|orange|purple|brown|pink|navy|maroon"
COLOUR = re.compile(
    r"#[0-9a-fA-F]{3}(?:[0-9a-fA-F]{3})?(?:[0-9a-fA-F]{2})?\b"  # #rgb, #rrggbb, #rrggbbaa
    r"|\b(?:rgba?|hsla?)\s*\("
    rf"|(?:color|background|border[a-z-]*)\s*[:=]\s*[^;}}]*\b(?:{CSS_NAMES})\b",
    re.IGNORECASE,
)
"""A colour written in a string: hex, a CSS function, or a colour's name in a style."""
QT_COLOUR = re.compile(rf"\bQColor\s*\(|\bGlobalColor\b|\bQt\s*\.\s*(?:{CSS_NAMES})\b")
"""A colour made in code: QColor(...) or one of Qt's named colours."""
TEXT = {tokenize.STRING, getattr(tokenize, "FSTRING_MIDDLE", tokenize.STRING)}
"""Tokens of written text (from Python 3.12 an f-string's text is a token of its own)."""


def colours_in(source: str) -> Iterator[str]:
    """The colours written in Python `source`: in its strings, or made in its code."""
    tokens = list(tokenize.generate_tokens(io.StringIO(source).readline))
    for token in tokens:
        if token.type in TEXT:
            yield from (match.group() for match in COLOUR.finditer(token.string))
    code = " ".join(t.string for t in tokens if t.type not in TEXT and t.type != tokenize.COMMENT)
    yield from (match.group() for match in QT_COLOUR.finditer(code))


def written_colours() -> Iterator[str]:
    sources = [*(PACKAGE / "ui").rglob("*.py"), *(PACKAGE / "reports").rglob("*.py")]
    for path in sorted(sources):
        if path not in THEME_FILES:
            for colour in colours_in(path.read_text(encoding="utf-8")):
                yield f"{path.relative_to(PACKAGE)}: {colour}"
    for form in sorted(FORMS.glob("*.ui")):
        for match in COLOUR.finditer(form.read_text(encoding="utf-8")):
            yield f"forms/{form.name}: {match.group()}"


@pytest.mark.parametrize(
    "source",
    [
        'STYLE = "QLabel { color: #555; }"',
        "BACK = '#fafafa'",
        'pen = QColor("#000000")',
        "page.fill(Qt.GlobalColor.white)",
        'label.setStyleSheet("color: red;")',
        "html = f\"<p style='color:{x}; background: rgb(1, 2, 3)'>\"",
    ],
)
def test_the_check_finds_a_written_colour(source: str) -> None:
    assert list(colours_in(source))


def test_the_check_leaves_other_text_alone() -> None:
    source = (
        "# a comment about #fff\n"
        'text = "Agendapunt 3 van 12: MW-2026-00001"\n'
        "colour = theme.qcolor(theme.current().paper)\n"
    )
    assert list(colours_in(source)) == []


def test_no_colour_is_written_outside_the_theme() -> None:
    assert list(written_colours()) == []


# ---------------------------------------------------------------------------- choosing


@pytest.mark.parametrize(
    ("environ", "preference", "high"),
    [
        ({}, Qt.ContrastPreference.NoPreference, False),
        ({}, Qt.ContrastPreference.HighContrast, True),
        ({CONTRAST_VARIABLE: "hoog"}, Qt.ContrastPreference.NoPreference, True),
        ({CONTRAST_VARIABLE: " Hoog "}, Qt.ContrastPreference.NoPreference, True),
        ({CONTRAST_VARIABLE: "normaal"}, Qt.ContrastPreference.HighContrast, False),
        ({CONTRAST_VARIABLE: "paars"}, Qt.ContrastPreference.HighContrast, True),
    ],
)
def test_the_variable_overrides_the_system_s_contrast(
    environ: dict[str, str], preference: Qt.ContrastPreference, high: bool
) -> None:
    assert theme.wants_high_contrast(environ, preference) is high


# Dresses an application as app.py does, in a process of its own (the palette, style and
# style sheet belong to the whole application), and reports what it got.
DRESSED = """
import os, sys
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QLineEdit
from maatwerkdesk.ui import theme
app = QApplication(sys.argv[:1])
chosen = theme.apply(app, os.environ)
window = app.palette().color(QPalette.ColorRole.Window).name()
text = app.palette().color(QPalette.ColorRole.WindowText).name()
print("|".join([chosen.name, theme.current().name, window, text, str(bool(app.styleSheet()))]))
"""


@pytest.mark.parametrize("chosen", ["hoog", "normaal"])
def test_the_application_is_dressed_in_the_chosen_palette(tmp_path: Path, chosen: str) -> None:
    env = {"QT_QPA_PLATFORM": "offscreen", CONTRAST_VARIABLE: chosen, "HOME": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-c", DRESSED], env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    palette, current, window, text, sheet = result.stdout.strip().split("|")
    if chosen == "hoog":
        assert palette == current == HIGH_CONTRAST.name
        assert (window, text) == (HIGH_CONTRAST.window, HIGH_CONTRAST.text)
        assert sheet == "True"
    else:
        assert palette == current == STANDARD.name
        assert sheet == "False"


def test_high_contrast_colours_every_role_of_the_application() -> None:
    shown = theme.application_palette(HIGH_CONTRAST)
    role = QPalette.ColorRole
    assert shown.color(role.Window).name() == shown.color(role.Base).name() == "#000000"
    assert shown.color(role.Text).name() == shown.color(role.ButtonText).name() == "#ffffff"
    assert shown.color(role.Highlight).name() == HIGH_CONTRAST.accent
    assert shown.color(role.HighlightedText).name() == HIGH_CONTRAST.window
    disabled = shown.color(QPalette.ColorGroup.Disabled, role.Text).name()
    assert disabled == HIGH_CONTRAST.disabled_text


# ---------------------------------------------------------------------------- using


@pytest.fixture
def high_contrast() -> Iterator[None]:
    theme.use(HIGH_CONTRAST)
    yield
    theme.use(STANDARD)


def test_styles_are_made_from_the_palette_in_use(high_contrast: None) -> None:
    box = theme.box(Meaning.CONFLICT)
    assert HIGH_CONTRAST.conflict.text in box and HIGH_CONTRAST.conflict.border in box
    assert HIGH_CONTRAST.muted_text in theme.muted_label()
    banner = theme.banner("QFrame#b", Meaning.WARNING)
    assert f"border-left: 6px solid {HIGH_CONTRAST.warning.border}" in banner
    theme.use(STANDARD)
    assert STANDARD.conflict.text in theme.box(Meaning.CONFLICT)


def test_the_review_s_rich_text_is_in_the_palette_it_is_shown_in() -> None:
    from datetime import date

    from maatwerkdesk.domain.document import Document, DocumentHeader, Section, Text, Tone

    header = DocumentHeader("Voorstel", "Titel", "Gemeente", "MW-1", "1", date(2026, 1, 5))
    document = Document(header, (Section("S", (Text("Let op", tone=Tone.ATTENTION),)),))
    high = render_html(document, palette=HIGH_CONTRAST).html
    standard = render_html(document).html
    assert HIGH_CONTRAST.warning.border in high and STANDARD.warning.border not in high
    assert STANDARD.warning.background in standard
