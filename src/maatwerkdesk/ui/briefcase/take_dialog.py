""" "Meenemen": pick dossiers of the team database to take along on this laptop, until when,
and under which laptop name colleagues see them away."""

from __future__ import annotations

import logging
import socket
from collections.abc import Sequence
from datetime import datetime, time, timedelta
from functools import partial

from PySide6.QtCore import QDateTime, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QProgressDialog,
    QWidget,
)

from maatwerkdesk.domain.dossier import DossierSummary
from maatwerkdesk.services.briefcase import TakenAlong, take_along
from maatwerkdesk.services.workspace import Workspace
from maatwerkdesk.ui.common.dialogs import Dialogs
from maatwerkdesk.ui.common.plain_text import plain_labels
from maatwerkdesk.ui.common.service_calls import ServiceCaller
from maatwerkdesk.ui.common.tasks import TaskRunner
from maatwerkdesk.ui.common.vocabulary import shown_label
from maatwerkdesk.ui.dossier_choice import fill_choice, ticked_ids
from maatwerkdesk.ui.forms.ui_take_along_dialog import Ui_TakeAlongDialog
from maatwerkdesk.ui.recovery_key_dialog import show_recovery_keys

log = logging.getLogger(__name__)

WORKDAY_ENDS = time(17, 0)
MOST_DAYS = 30
"""How far ahead a loan may run (services/leases.py refuses more)."""


def default_until(now: datetime) -> datetime:
    """The end of the next working day, 17:00 local time."""
    day = now.date() + timedelta(days=1)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return datetime.combine(day, WORKDAY_ENDS).astimezone()


class TakeAlongDialog(QDialog):
    """Signal: `taken(TakenAlong)` once the dossiers are on the laptop; the dialog then
    closes itself."""

    taken = Signal(object)

    def __init__(
        self,
        workspace: Workspace,
        candidates: Sequence[DossierSummary],
        now: datetime,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_TakeAlongDialog()
        self.ui.setupUi(self)
        plain_labels(self)
        self.dialogs = Dialogs()
        """Message boxes; tests replace this with a scripted fake."""
        self._calls = ServiceCaller(self, workspace, lambda: self.dialogs)
        self._workspace = workspace
        self._runner = TaskRunner(self)
        self._busy = False
        self.progress: QProgressDialog | None = None
        self._take = self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        self._take.setText(self.tr("Meenemen"))
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Cancel).setText(
            self.tr("Annuleren")
        )
        rows = ((summary, shown_label(summary.status)) for summary in candidates)
        fill_choice(self.ui.dossier_tree, rows, ticked=False)
        until = self.ui.until_edit
        until.setMinimumDateTime(_qt_moment(now))
        until.setMaximumDateTime(_qt_moment(now + timedelta(days=MOST_DAYS)))
        until.setDateTime(_qt_moment(default_until(now)))
        self.ui.laptop_edit.setText(socket.gethostname())
        self.ui.dossier_tree.itemChanged.connect(self._update)
        self.ui.laptop_edit.textChanged.connect(self._update)
        self.ui.button_box.accepted.connect(self.take)
        self.ui.button_box.rejected.connect(self.reject)
        self._update()

    def chosen(self) -> list[str]:
        return ticked_ids(self.ui.dossier_tree)

    @Slot()
    def take(self) -> None:
        """Take the chosen dossiers along on a worker, with a window-modal progress."""
        ids = self.chosen()
        if not ids or self._busy:
            return
        self._busy = True
        progress = self.progress = QProgressDialog(self.tr("Dossiers meenemen…"), "", 0, 4, self)
        progress.setCancelButton(None)  # a build cut off is finished by the next one
        progress.setWindowTitle(self.tr("Meenemen"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setValue(0)
        self._update()
        until = self.ui.until_edit.dateTime().toPython().astimezone()
        work = partial(
            take_along,
            self._workspace,
            ids,
            self.ui.laptop_edit.text().strip(),
            until,
        )
        self._calls.start(
            self._runner,
            self.tr("Niet meegenomen"),
            work,
            self._on_taken,
            on_failed=lambda _error: self._finish(),
            what=self.tr("De dossiers zijn niet meegenomen; er is niets veranderd dat blijft."),
        )

    def done(self, result: int) -> None:
        self._runner.shutdown()
        super().done(result)

    def _on_taken(self, taken: TakenAlong) -> None:
        self._finish()
        log.info("Dossiers taken along (%d)", len(taken.leases))
        keys = (taken.new_key,) if taken.new_key is not None else ()
        show_recovery_keys(keys, self, then=lambda: self._close_with(taken))

    def _close_with(self, taken: TakenAlong) -> None:
        self.taken.emit(taken)
        self.accept()

    def _finish(self) -> None:
        self._busy = False
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        self._update()

    @Slot()
    def _update(self) -> None:
        chosen = len(self.chosen())
        named = bool(self.ui.laptop_edit.text().strip())
        self._take.setEnabled(chosen > 0 and named and not self._busy)
        if not self.ui.dossier_tree.topLevelItemCount():
            hint = self.tr("Er zijn geen open dossiers om mee te nemen.")
        elif not chosen:
            hint = self.tr("Vink aan welke dossiers u meeneemt.")
        elif not named:
            hint = self.tr(
                "Geef de naam van deze laptop, zodat collega's weten waar de dossiers zijn."
            )
        elif chosen == 1:
            hint = self.tr("1 dossier mee op deze laptop.")
        else:
            hint = self.tr("{} dossiers mee op deze laptop.").format(chosen)
        self.ui.hint_label.setText(hint)


def _qt_moment(moment: datetime) -> QDateTime:
    return QDateTime(moment)  # type: ignore[call-overload]  # PySide6 converts a datetime; its stubs lack that
