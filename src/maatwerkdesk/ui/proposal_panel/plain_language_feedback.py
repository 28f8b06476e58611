"""Live B1 advice under the text for the citizen: readability, advice list, highlights.

The analysis runs a moment after typing stops, so typing stays fluent. It only advises:
nothing here stops the text from being stored.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import accumulate

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QIcon, QPixmap, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QPlainTextEdit, QTextEdit

from maatwerkdesk.domain.plain_language import (
    Analysis,
    Finding,
    FindingKind,
    ReadabilityBand,
    analyse,
)
from maatwerkdesk.ui import theme
from maatwerkdesk.ui.common.fitted_views import fit_height
from maatwerkdesk.ui.common.vocabulary import shown_label, shown_sentence
from maatwerkdesk.ui.translation import QT_TRANSLATE_NOOP

ANALYSIS_DELAY_MS = 300
ADVICE_MAX_HEIGHT = 150
EMPTY_TEXT = QT_TRANSLATE_NOOP(
    "PlainLanguageFeedback",
    "Taaladvies (B1) en leesbaarheid verschijnen zodra u hier tekst schrijft.",
)
SPAN = Qt.ItemDataRole.UserRole


class PlainLanguageFeedback(QObject):
    """Keeps the readability line, the advice list and the highlights in step with `edit`."""

    def __init__(
        self,
        edit: QPlainTextEdit,
        score_label: QLabel,
        advice_list: QListWidget,
    ) -> None:
        super().__init__(edit)
        self._edit, self._label, self._list = edit, score_label, advice_list
        self._cursors: list[QTextCursor] = []
        """One per advice row; a QTextCursor follows later edits, so a click stays on target."""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(ANALYSIS_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        edit.textChanged.connect(self._timer.start)
        advice_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        fit_height(advice_list, most=ADVICE_MAX_HEIGHT)  # longer advice scrolls in its list
        advice_list.itemClicked.connect(self._select)
        advice_list.itemActivated.connect(self._select)
        self._markers = {kind: _marker(colour) for kind, colour in kind_colours().items()}
        self.refresh()

    def refresh(self) -> None:
        """Analyse the text now (the timer calls this after typing stops)."""
        self._timer.stop()
        text = self._edit.toPlainText()
        analysis = analyse(text)
        position = _document_positions(text)
        self._cursors = [
            self._cursor(position(f.start), position(f.end)) for f in analysis.findings
        ]
        self._show_score(analysis)
        self._show_advice(analysis.findings)
        self._edit.setExtraSelections(
            [_highlight(f, c) for f, c in zip(analysis.findings, self._cursors, strict=True)]
        )

    def _cursor(self, start: int, end: int) -> QTextCursor:
        cursor = QTextCursor(self._edit.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def _show_score(self, analysis: Analysis) -> None:
        band, score = analysis.band, analysis.score
        if band is None or score is None:
            self._label.setText(self.tr(EMPTY_TEXT))
            self._label.setStyleSheet(theme.muted_label())
            return
        # The list shows the advice; say so only when there is none.
        line = (
            self.tr("Leesbaarheid (Flesch-Douma): {score} — {band}")
            if analysis.findings
            else self.tr("Leesbaarheid (Flesch-Douma): {score} — {band} · geen adviezen")
        )
        self._label.setText(line.format(score=round(score), band=shown_label(band)))
        self._label.setStyleSheet(theme.coloured_label(band_colour(band)))

    def _show_advice(self, findings: Sequence[Finding]) -> None:
        advice = self._list
        advice.clear()
        for row, finding in enumerate(findings):
            item = QListWidgetItem(self._markers[finding.kind], shown_sentence(finding.message))
            item.setData(SPAN, row)
            item.setToolTip(
                self.tr("{}: klik om de plek in de tekst te selecteren.").format(
                    shown_label(finding.kind)
                )
            )
            advice.addItem(item)
        advice.setVisible(bool(findings))

    def _select(self, item: QListWidgetItem) -> None:
        """Select the advice's span in the editor, so the caseworker can rewrite it."""
        self._edit.setTextCursor(self._cursors[item.data(SPAN)])
        self._edit.setFocus()
        self._edit.ensureCursorVisible()


def kind_colours() -> dict[FindingKind, str]:
    """The underline (and marker) of each kind of advice; a long sentence's marker has the
    colour that stands out, its text the faint background (`_highlight`)."""
    marks = theme.current().marks
    return {
        FindingKind.LONG_SENTENCE: marks.long_sentence,
        FindingKind.LONG_WORD: marks.long_word,
        FindingKind.PASSIVE: marks.passive,
        FindingKind.JARGON: marks.jargon,
    }


def band_colour(band: ReadabilityBand) -> str:
    """Easy reads as fine, fair as a warning, difficult as a finding of that severity."""
    palette = theme.current()
    return {
        ReadabilityBand.EASY: palette.ok.text,
        ReadabilityBand.FAIR: palette.warning.text,
        ReadabilityBand.DIFFICULT: palette.severity.high,
        ReadabilityBand.VERY_DIFFICULT: palette.severity.critical,
    }[band]


def _marker(colour: str) -> QIcon:
    """A small square in the colour of the kind's underline, linking advice and text."""
    pixmap = QPixmap(10, 10)
    pixmap.fill(theme.qcolor(colour))
    return QIcon(pixmap)


def _highlight(finding: Finding, cursor: QTextCursor) -> QTextEdit.ExtraSelection:
    char_format = QTextCharFormat()
    if finding.kind is FindingKind.LONG_SENTENCE:
        char_format.setBackground(theme.qcolor(theme.current().marks.long_sentence_background))
    else:
        char_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        char_format.setUnderlineColor(theme.qcolor(kind_colours()[finding.kind]))
    selection = QTextEdit.ExtraSelection()
    selection.cursor = cursor
    selection.format = char_format
    return selection


def _document_positions(text: str) -> Callable[[int], int]:
    """Map string indexes to document positions, which count UTF-16 units (an emoji is two)."""
    if text.isascii() or all(ord(c) <= 0xFFFF for c in text):
        return lambda index: index
    prefix = list(accumulate((2 if ord(c) > 0xFFFF else 1 for c in text), initial=0))
    return prefix.__getitem__
