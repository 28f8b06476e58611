"""The colours of MaatwerkDesk, named by what they mean, as plain hex strings.

One place for every colour, so the windows, the rich text of a document and its PDF agree,
and so a second palette can stand in for the first: `HIGH_CONTRAST` (white and strong
colours on black) for people who need more contrast than `STANDARD` gives. Plain Python,
outside the layers: `reports` (the PDF and the rich text) and `ui` (which turns these into
Qt colours and style sheets in `ui/theme.py`) both read it. A PDF is always printed in
`STANDARD`: paper is white.

Every text colour is checked against the background it is drawn on
(tests/unit/test_palette.py): WCAG AA (4.5:1) for `STANDARD`, AAA (7:1) for `HIGH_CONTRAST`.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Meaning(Enum):
    """What a coloured box or text says; each palette gives it its `Swatch`."""

    OK = "ok"
    WARNING = "warning"
    CONFLICT = "conflict"
    INFO = "info"
    NEUTRAL = "neutral"
    PRO = "pro"
    CON = "con"


@dataclass(frozen=True)
class Swatch:
    """A box that says something by its colour: its text on its background, in its border."""

    background: str
    text: str
    border: str


@dataclass(frozen=True)
class Severities:
    """Text colours of the indicators' findings, from critical to informative."""

    critical: str
    high: str
    medium: str
    low: str
    info: str


@dataclass(frozen=True)
class ChartColours:
    """The balance chart and the signal bars: plot area, frame, guides and text."""

    background: str
    frame: str
    guide: str
    """The dashed middle lines, and the bars of concept signals."""
    quiet_text: str
    """The names of the quarters; the bars of reported signals."""
    text: str
    marker: str
    """This dossier's diamond; the bars of signals in progress."""
    marker_outline: str


@dataclass(frozen=True)
class LanguageMarks:
    """The plain-language advice in the text for the citizen: a background for a long
    sentence, a wavy underline in its own colour for each other kind of advice."""

    long_sentence_background: str
    long_sentence: str
    long_word: str
    passive: str
    jargon: str


@dataclass(frozen=True)
class Palette:
    name: str
    high_contrast: bool
    window: str
    """The background of windows, views and the page."""
    text: str
    muted_text: str
    """Hints and notes beside the main text."""
    disabled_text: str
    """A control that cannot be used now: set apart from text that can be read and used."""
    accent: str
    """Headings of a document; in high contrast also the selection and focus."""
    rule: str
    """Lines between the rows of a table."""
    table_head: str
    """The background of a table's header row."""
    paper: str
    """A printed page, whatever the screen shows."""
    error: str
    """An invalid field's border and the sentence that says what is wrong."""
    ok: Swatch
    """Proportionate, applicable, signed: nothing stands in the way."""
    warning: Swatch
    """Undecided, still open, a notice to read."""
    conflict: Swatch
    """Disproportionate, not applicable, changed outside the program, a motivation missing."""
    info: Swatch
    """Bound by a precedent, a new version being made."""
    neutral: Swatch
    """Information that binds nothing (a later precedent)."""
    pro: Swatch
    """A factor for deviating from the generic rule (and a deviating decision)."""
    con: Swatch
    """A factor for the generic rule (and a decision following it)."""
    severity: Severities
    chart: ChartColours
    marks: LanguageMarks

    def swatch(self, meaning: Meaning) -> Swatch:
        return {
            Meaning.OK: self.ok,
            Meaning.WARNING: self.warning,
            Meaning.CONFLICT: self.conflict,
            Meaning.INFO: self.info,
            Meaning.NEUTRAL: self.neutral,
            Meaning.PRO: self.pro,
            Meaning.CON: self.con,
        }[meaning]


STANDARD = Palette(
    name="standaard",
    high_contrast=False,
    window="#ffffff",
    text="#1d2733",
    muted_text="#56606b",
    disabled_text="#8c939b",
    accent="#154273",  # the dark blue of Dutch government documents
    rule="#b9c2cc",
    table_head="#e8edf2",
    paper="#ffffff",
    error="#b3261e",
    ok=Swatch("#dcefdc", "#1e4d1e", "#3f7f4a"),
    warning=Swatch("#fbefd0", "#5c4200", "#c08a00"),
    conflict=Swatch("#f6dada", "#7a1414", "#b3261e"),
    info=Swatch("#dcebf7", "#123f66", "#3d6ea8"),
    neutral=Swatch("#eef1f4", "#2b3a4a", "#b7c3cf"),
    pro=Swatch("#e1f1e5", "#1b5230", "#1b5230"),
    con=Swatch("#f9e5d8", "#7a2e0b", "#7a2e0b"),
    severity=Severities(
        critical="#8b0000", high="#a33600", medium="#6e5100", low="#2f5d8a", info="#4a4a4a"
    ),
    chart=ChartColours(
        background="#fafafa",
        frame="#999999",
        guide="#bbbbbb",
        quiet_text="#666666",
        text="#333333",
        marker="#f2c200",
        marker_outline="#000000",
    ),
    marks=LanguageMarks(
        long_sentence_background="#fbf1d3",
        long_sentence="#d9a520",
        long_word="#2f5d8a",
        passive="#6a3d8f",
        jargon="#a33600",
    ),
)

HIGH_CONTRAST = Palette(
    name="hoog contrast",
    high_contrast=True,
    window="#000000",
    text="#ffffff",
    muted_text="#d9d9d9",
    disabled_text="#a0a0a0",
    accent="#ffff00",
    rule="#ffffff",
    table_head="#262626",
    paper="#ffffff",
    error="#ff9090",
    ok=Swatch("#000000", "#80ff80", "#80ff80"),
    warning=Swatch("#000000", "#ffff00", "#ffff00"),
    conflict=Swatch("#000000", "#ff9090", "#ff9090"),
    info=Swatch("#000000", "#8fd3ff", "#8fd3ff"),
    neutral=Swatch("#000000", "#ffffff", "#ffffff"),
    pro=Swatch("#000000", "#80ff80", "#80ff80"),
    con=Swatch("#000000", "#ffc080", "#ffc080"),
    severity=Severities(
        critical="#ff9090", high="#ffc080", medium="#ffff00", low="#8fd3ff", info="#ffffff"
    ),
    chart=ChartColours(
        background="#000000",
        frame="#ffffff",
        guide="#bfbfbf",
        quiet_text="#ffffff",
        text="#ffffff",
        marker="#ffff00",
        marker_outline="#ffffff",
    ),
    marks=LanguageMarks(
        long_sentence_background="#404000",
        long_sentence="#ffff00",
        long_word="#8fd3ff",
        passive="#e6b3ff",
        jargon="#ffc080",
    ),
)
