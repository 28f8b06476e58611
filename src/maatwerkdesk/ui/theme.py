"""The palette (`maatwerkdesk.palette`) in Qt: which one is used, its colours, the
application's palette in high contrast, and the style-sheet snippets the windows share.

The palette is chosen once per start (`apply`, by app.py once the first window is painted
and before the database is opened): high contrast when the system asks for more contrast
(Qt's accessibility hints), unless the environment variable MAATWERKDESK_CONTRAST says
otherwise ("hoog" or "normaal"). Windows build their styles from `current()` when they
are made, so a change of the system's setting counts from the next start. No colour is
written anywhere else in the ui (tests/ui/test_theme.py).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from maatwerkdesk.palette import HIGH_CONTRAST, STANDARD, Meaning, Palette, Swatch

log = logging.getLogger(__name__)

CONTRAST_VARIABLE = "MAATWERKDESK_CONTRAST"
CONTRAST_CHOICES = {"hoog": True, "normaal": False}
"""The values of CONTRAST_VARIABLE: high contrast, or the standard palette."""
HIGH_CONTRAST_STYLE = "Fusion"
"""The style that draws every control in the application's palette on every system."""

_chosen = [STANDARD]
"""The palette in use: one entry, replaced by `use`."""


def current() -> Palette:
    return _chosen[0]


def use(palette: Palette) -> None:
    """Use `palette` for everything built from now on."""
    _chosen[0] = palette


def swatch(meaning: Meaning) -> Swatch:
    return current().swatch(meaning)


def qcolor(colour: str) -> QColor:
    return QColor.fromString(colour)


# ---------------------------------------------------------------------------- choosing


def wants_high_contrast(environ: Mapping[str, str], preference: Qt.ContrastPreference) -> bool:
    """The variable's choice if it makes one, else the system's preference."""
    chosen = environ.get(CONTRAST_VARIABLE, "").strip().lower()
    if chosen in CONTRAST_CHOICES:
        return CONTRAST_CHOICES[chosen]
    if chosen:
        log.warning("%s=%r is neither 'hoog' nor 'normaal'; ignored", CONTRAST_VARIABLE, chosen)
    return preference == Qt.ContrastPreference.HighContrast


def apply(app: QApplication, environ: Mapping[str, str]) -> Palette:
    """Choose the palette for this run and dress the application in it.

    High contrast sets the whole application's palette (white on black, yellow selection)
    in a style that follows it, with visible outlines. The standard palette is drawn for a light window, so the
    application asks for the light colour scheme rather than a dark one it would be
    unreadable on."""
    hints = app.styleHints()
    high = wants_high_contrast(environ, hints.accessibility().contrastPreference())
    palette = HIGH_CONTRAST if high else STANDARD
    use(palette)
    if high:
        hints.setColorScheme(Qt.ColorScheme.Dark)
        app.setStyle(HIGH_CONTRAST_STYLE)
        app.setPalette(application_palette(palette))
        app.setStyleSheet(outlines(palette))
    else:
        hints.setColorScheme(Qt.ColorScheme.Light)
    log.info("Palette: %s", palette.name)
    return palette


def application_palette(palette: Palette) -> QPalette:
    """Every role of Qt's palette in `palette`'s colours."""
    role = QPalette.ColorRole
    window, text, muted = qcolor(palette.window), qcolor(palette.text), qcolor(palette.muted_text)
    accent = qcolor(palette.accent)
    shown = QPalette()
    for roles, colour in (
        ((role.Window, role.Base, role.Button, role.ToolTipBase, role.Shadow), window),
        ((role.WindowText, role.Text, role.ButtonText, role.ToolTipText, role.Light), text),
        ((role.BrightText, role.Highlight, role.Accent), accent),
        ((role.HighlightedText,), window),
        ((role.PlaceholderText, role.Mid, role.Midlight, role.Dark), muted),
        ((role.AlternateBase,), qcolor(palette.table_head)),
        ((role.Link, role.LinkVisited), qcolor(palette.info.text)),
    ):
        for each in roles:
            shown.setColor(each, colour)
    disabled = qcolor(palette.disabled_text)
    for each in (role.WindowText, role.Text, role.ButtonText):
        shown.setColor(QPalette.ColorGroup.Disabled, each, disabled)
    return shown


def outlines(palette: Palette) -> str:
    """Borders in the text's colour around every field, list and button, and in the
    accent's around the one with the focus: on a black window the style's own shaded
    borders (a shade darker than the window) cannot be seen."""
    fields = (
        "QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox, QComboBox, "
        "QAbstractItemView, QPushButton, QToolButton"
    )
    names = [name.strip() for name in fields.split(",")]
    focused = ", ".join(f"{name}:focus" for name in names)
    disabled = ", ".join(f"{name}:disabled" for name in names)
    return (
        f"{fields} {{ border: 1px solid {palette.text}; }}"
        f" QPushButton, QToolButton {{ padding: 3px 8px; }}"
        f" {focused} {{ border: 2px solid {palette.accent}; }}"
        f" {disabled} {{ border: 1px dashed {palette.disabled_text}; }}"
    )


# ---------------------------------------------------------------------------- style sheets


def box(meaning: Meaning) -> str:
    """Declarations for a label that says something by its colour, in its own frame: in
    high contrast its background is the window's, so the border keeps it a box."""
    colours = swatch(meaning)
    return (
        f"background: {colours.background}; color: {colours.text}; "
        f"border: 1px solid {colours.border}; border-radius: 3px;"
    )


def box_label(meaning: Meaning, font: QFont) -> str:
    """A label's style sheet: `box(meaning)` in `font`. The font is part of the style sheet
    because one set on the label is lost when Qt polishes it again under the application's
    style sheet (high contrast)."""
    weight = "bold" if font.bold() else "normal"
    return (
        f"QLabel {{ {box(meaning)} font-weight: {weight}; font-size: {font.pointSizeF():.1f}pt; }}"
    )


def banner(selector: str, meaning: Meaning) -> str:
    """A frame across a window with a broad left edge (`selector`), and its labels."""
    colours = swatch(meaning)
    return (
        f"{selector} {{ background: {colours.background}; color: {colours.text};"
        f" border: 1px solid {colours.border}; border-left: 6px solid {colours.border};"
        f" border-radius: 3px; }}"
        f" {selector} QLabel {{ color: {colours.text}; background: transparent; border: none; }}"
    )


def framed(selector: str, meaning: Meaning) -> str:
    """A frame around the fields of one part of a form (`selector`)."""
    colours = swatch(meaning)
    return (
        f"{selector} {{ background: {colours.background};"
        f" border: 1px solid {colours.border}; border-radius: 3px; }}"
    )


def coloured_label(colour: str, *, bold: bool = False) -> str:
    weight = " font-weight: bold;" if bold else ""
    return f"QLabel {{ color: {colour};{weight} }}"


def meaning_label(meaning: Meaning, *, bold: bool = False) -> str:
    """A label whose text says something by its colour, on the window's background."""
    return coloured_label(swatch(meaning).text, bold=bold)


def muted_label() -> str:
    """A hint or note beside the main text."""
    return coloured_label(current().muted_text)


def invalid_border(width: int = 2) -> str:
    """Declarations that mark a field whose value is refused."""
    return f"border: {width}px solid {current().error};"
