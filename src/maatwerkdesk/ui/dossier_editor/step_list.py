"""The dossier's steps as a vertical list beside the pages, each with its state.

The pages stay in the form's `QTabWidget` (its tab bar hidden): the list and the tab
widget follow each other, so code that turns to a page by `tabs.setCurrentWidget` moves
the list along, and a click or the arrow keys in the list turn the page.

The pages' titles are the steps' titles (`dossier_steps.STEP_TITLES`), translated in the
context "DossierEditor": the form's and the editor's tabs are. A step is found by its
translated title, so the list works in every language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt, Slot
from PySide6.QtGui import QBrush, QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QTabWidget

from maatwerkdesk.domain.dossier_steps import Step, StepState
from maatwerkdesk.ui.common.vocabulary import shown_sentence

WIDTH_MARGIN = 24
"""Room beside the widest step's text: the frame, the item's padding, a little air."""
STEP_SPACING = 2
"""Pixels around each step, so that the list reads as steps rather than a table."""


class StepList:
    """Keeps `view` and `tabs` on the same step; `show_steps` gives each its state."""

    def __init__(self, view: QListWidget, tabs: QTabWidget) -> None:
        self._view = view
        self._tabs = tabs
        tabs.tabBar().hide()
        tabs.setDocumentMode(True)
        view.setSpacing(STEP_SPACING)
        for index in range(tabs.count()):
            item = QListWidgetItem(tabs.tabText(index))
            item.setData(Qt.ItemDataRole.UserRole, tabs.tabText(index))
            view.addItem(item)
        view.setCurrentRow(tabs.currentIndex())
        view.currentRowChanged.connect(self._on_row_changed)
        tabs.currentChanged.connect(self._on_page_changed)
        self._fit_width()

    def show_steps(self, steps: tuple[Step, ...]) -> None:
        """Put each step's state before its name; a step that needs a look stands out."""
        by_title = {_shown_title(step.title): step for step in steps}
        for row in range(self._view.count()):
            item = self._view.item(row)
            title = item.data(Qt.ItemDataRole.UserRole)
            step = by_title.get(title)
            if step is not None:
                self._show(item, title, step)

    def _show(self, item: QListWidgetItem, title: str, step: Step) -> None:
        item.setText(_line(step.state, title))
        said = f"{title}: {shown_sentence(step.state.word)} — {shown_sentence(step.reason)}"
        item.setToolTip(said)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, said)
        font = QFont(self._view.font())
        font.setBold(step.state is StepState.ATTENTION)
        item.setFont(font)
        palette = self._view.palette()
        role = (
            QPalette.ColorRole.PlaceholderText
            if step.state is StepState.OPTIONAL
            else QPalette.ColorRole.Text
        )
        item.setForeground(QBrush(palette.color(role)))

    def _fit_width(self) -> None:
        """As wide as the widest step with any mark, in bold: the list keeps its width
        whatever the states are."""
        bold = QFont(self._view.font())
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        titles = [self._tabs.tabText(index) for index in range(self._tabs.count())]
        widest = max(
            (
                metrics.horizontalAdvance(_line(state, title))
                for state in StepState
                for title in titles
            ),
            default=0,
        )
        self._view.setFixedWidth(widest + WIDTH_MARGIN)

    @Slot(int)
    def _on_row_changed(self, row: int) -> None:
        if row >= 0:
            self._tabs.setCurrentIndex(row)

    @Slot(int)
    def _on_page_changed(self, index: int) -> None:
        with QSignalBlocker(self._view):
            self._view.setCurrentRow(index)


def _shown_title(title: str) -> str:
    """A step's title as its tab shows it."""
    return QCoreApplication.translate("DossierEditor", title)


def _line(state: StepState, title: str) -> str:
    return f"{state.mark}  {title}"
