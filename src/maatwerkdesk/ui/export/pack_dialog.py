"""Vergaderstukken: choose and order the dossiers, then build the pack with progress.

The pack is built on a worker thread with its own database session. Its progress
callback touches no widget: `PackBuild` turns each call into a queued signal, and raises
`PackCancelledError` once the caseworker pressed "Annuleren".
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from datetime import date
from functools import partial

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QProgressDialog,
    QWidget,
)

from maatwerkdesk.domain.dossier import DossierSummary
from maatwerkdesk.services.conference_pack import PackCancelledError
from maatwerkdesk.services.exports import Export
from maatwerkdesk.services.workspace import Workspace
from maatwerkdesk.ui.common.dialogs import Dialogs
from maatwerkdesk.ui.common.plain_text import plain_labels
from maatwerkdesk.ui.common.service_calls import ServiceCaller
from maatwerkdesk.ui.common.tasks import TaskRunner
from maatwerkdesk.ui.dossier_choice import fill_choice, ticked_ids
from maatwerkdesk.ui.export.building import pack_export
from maatwerkdesk.ui.forms.ui_pack_dialog import Ui_PackDialog

log = logging.getLogger(__name__)


def progress_text(done: int, total: int) -> str:
    """Each dossier is read first and laid out later: `total` is twice the dossiers."""
    count = max(1, total // 2)
    if done < count:
        return QCoreApplication.translate(
            "PackDialog", "Vergaderstukken maken… dossier {number} van {count} lezen"
        ).format(number=done + 1, count=count)
    return QCoreApplication.translate(
        "PackDialog", "Vergaderstukken maken… dossier {number} van {count} opmaken"
    ).format(number=min(done - count + 1, count), count=count)


def _unless_cancelled(work: Callable[[], Export]) -> Export | None:
    """Runs on the worker: the pack, or None once the caseworker pressed "Annuleren"."""
    try:
        return work()
    except PackCancelledError:
        return None


class PackBuild(QObject):
    """One build's progress and cancel, safe to reach from the worker thread."""

    progressed = Signal(int, int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cancelled = threading.Event()

    def cancel(self) -> None:
        self._cancelled.set()

    def is_cancelled(self) -> bool:
        return self._cancelled.is_set()

    def report(self, done: int, total: int) -> None:
        """The progress callback; runs on the worker, so it only emits (queued)."""
        if self._cancelled.is_set():
            raise PackCancelledError
        self.progressed.emit(done, total)


class PackDialog(QDialog):
    """Pick the "Ter bespreking" dossiers and their agenda order; "Maken" builds the pack.

    Signal: `built(Export)` once the pack is ready; the dialog then closes itself.
    """

    built = Signal(object)

    def __init__(
        self,
        workspace: Workspace,
        candidates: Sequence[DossierSummary],
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_PackDialog()
        self.ui.setupUi(self)
        plain_labels(self)
        self.dialogs = Dialogs()
        """Message boxes; tests replace this with a scripted fake."""
        self._calls = ServiceCaller(self, workspace, lambda: self.dialogs)
        self._workspace = workspace
        self._today = today
        self._runner = TaskRunner(self)
        self._build: PackBuild | None = None
        self.progress: QProgressDialog | None = None
        """Shown while the pack is built."""

        self._make = self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        self._make.setText(self.tr("Maken"))
        cancel = self.ui.button_box.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Annuleren"))
        rows = ((summary, summary.owner or "—") for summary in candidates)
        fill_choice(self.ui.dossier_tree, rows, ticked=True)
        if candidates:
            self.ui.dossier_tree.setCurrentItem(self.ui.dossier_tree.topLevelItem(0))

        self.ui.dossier_tree.itemChanged.connect(self._update)
        self.ui.dossier_tree.currentItemChanged.connect(self._update)
        self.ui.up_button.clicked.connect(partial(self._move, -1))
        self.ui.down_button.clicked.connect(partial(self._move, 1))
        self.ui.button_box.accepted.connect(self.make)
        self.ui.button_box.rejected.connect(self.reject)
        self._update()

    # ------------------------------------------------------------------ public API

    def agenda(self) -> list[str]:
        """The ids of the checked dossiers, in agenda order."""
        return ticked_ids(self.ui.dossier_tree)

    def is_building(self) -> bool:
        return self._build is not None

    @Slot()
    def make(self) -> None:
        """Build the pack on a worker; a window-modal progress dialog offers "Annuleren"."""
        ids = self.agenda()
        if not ids or self._build is not None:
            return
        build = self._build = PackBuild(self)
        progress = self.progress = QProgressDialog(
            progress_text(0, 2 * len(ids)), self.tr("Annuleren"), 0, 2 * len(ids), self
        )
        progress.setWindowTitle(self.tr("Vergaderstukken maken"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setAutoReset(False)
        progress.setAutoClose(False)
        progress.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)
        progress.canceled.connect(build.cancel)  # the button
        progress.rejected.connect(build.cancel)  # Escape
        build.progressed.connect(self._on_build_progressed)
        progress.setValue(0)
        self._update()
        work = partial(
            pack_export,
            self._workspace,
            ids,
            self._today,
            self.ui.pseudonymise_check.isChecked(),
            build.report,
        )
        self._calls.start(
            self._runner,
            self.tr("Vergaderstukken niet gemaakt"),
            partial(_unless_cancelled, work),
            self._on_built,
            on_failed=self._on_build_failed,
            what=self.tr("De vergaderstukken zijn niet gemaakt."),
        )

    # ------------------------------------------------------------------ events

    def done(self, result: int) -> None:
        if self._build is not None:
            self._build.cancel()
        self._runner.shutdown()
        super().done(result)

    # ------------------------------------------------------------------ slots

    @Slot(int, int)
    def _on_build_progressed(self, done: int, total: int) -> None:
        if self.progress is not None and not self.progress.wasCanceled():
            self.progress.setLabelText(progress_text(done, total))
            self.progress.setValue(done)

    def _on_built(self, export: Export | None) -> None:
        cancelled = self._finish_build()
        if export is None:
            log.info("Conference pack cancelled")
            return
        if cancelled:  # finished just as "Annuleren" was pressed: the caseworker wins
            return
        log.info("Conference pack built (%d dossiers)", len(export.dossier_ids))
        self.built.emit(export)
        self.accept()

    def _on_build_failed(self, _error: BaseException) -> None:
        self._finish_build()

    @Slot()
    def _update(self) -> None:
        tree = self.ui.dossier_tree
        row = tree.indexOfTopLevelItem(tree.currentItem()) if tree.currentItem() else -1
        self.ui.up_button.setEnabled(row > 0)
        self.ui.down_button.setEnabled(0 <= row < tree.topLevelItemCount() - 1)
        chosen = len(self.agenda())
        self._make.setEnabled(chosen > 0 and self._build is None)
        self.ui.hint_label.setText(self._hint(tree.topLevelItemCount(), chosen))

    # ------------------------------------------------------------------ helpers

    def _finish_build(self) -> bool:
        """Close the progress dialog; True if the build was cancelled."""
        cancelled = self._build is not None and self._build.is_cancelled()
        self._build = None
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        self._update()
        return cancelled

    def _move(self, step: int) -> None:
        tree = self.ui.dossier_tree
        item = tree.currentItem()
        if item is None:
            return
        row = tree.indexOfTopLevelItem(item)
        if not 0 <= row + step < tree.topLevelItemCount():
            return
        tree.takeTopLevelItem(row)
        tree.insertTopLevelItem(row + step, item)
        tree.setCurrentItem(item)

    def _hint(self, listed: int, chosen: int) -> str:
        if listed == 0:
            return self.tr(
                "Er zijn geen dossiers met de status ‘Ter bespreking’. Zet in een dossier de "
                "status op ‘Ter bespreking’ om het op de agenda te zetten."
            )
        if chosen == 0:
            return self.tr("Vink ten minste één dossier aan om vergaderstukken te maken.")
        return self.tr("Op de agenda: {chosen} van {listed}.").format(chosen=chosen, listed=listed)
