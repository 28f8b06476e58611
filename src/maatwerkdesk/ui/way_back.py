"""The way back after following a precedent: "Terug naar MW-…" (Alt+Left).

Opening an earlier decision from the Precedenten or Afweging tab takes the editor to
another dossier; the trail of dossiers left that way is kept, so the caseworker returns to
the case they were deciding with one action instead of searching for it in the list.
Choosing a dossier in the list starts a new trail.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar, QWidget


class WayBack(QObject):
    """Signals: `requested(dossier_id)` when the person goes back to that dossier."""

    requested = Signal(str)

    def __init__(self, window: QWidget, menu: QMenu, toolbar: QToolBar) -> None:
        super().__init__(window)
        self.action = QAction(window)
        self.action.setShortcut(QKeySequence(QKeySequence.StandardKey.Back))
        self.action.setToolTip(
            self.tr("Terug naar het dossier waar u het precedent opende (Alt+Links)")
        )
        self.action.triggered.connect(self._on_action_triggered)
        menu.addSeparator()
        menu.addAction(self.action)
        toolbar.addAction(self.action)
        self._trail: list[tuple[str, str]] = []
        """(dossier id, reference) of the dossiers left by following a precedent, oldest first."""
        self._show()

    def followed(self, dossier_id: str, reference: str) -> None:
        """The person left `dossier_id` (shown as `reference`) to open a precedent."""
        self._trail.append((dossier_id, reference))
        self._show()

    def clear(self) -> None:
        self._trail.clear()
        self._show()

    def back_to(self) -> str | None:
        """The reference of the dossier going back leads to, if any."""
        return self._trail[-1][1] if self._trail else None

    @Slot()
    def _on_action_triggered(self) -> None:
        if self._trail:
            dossier_id, _reference = self._trail.pop()
            self._show()
            self.requested.emit(dossier_id)

    def _show(self) -> None:
        reference = self.back_to()
        self.action.setVisible(reference is not None)
        self.action.setEnabled(reference is not None)
        self.action.setText(
            self.tr("Terug naar {}").format(reference) if reference else self.tr("Terug")
        )
