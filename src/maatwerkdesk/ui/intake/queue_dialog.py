"""Mogelijk maatwerk: the open dossiers whose facts give signals of possible maatwerk, each
with its signals explained; a dossier opens on double-click or Enter, and a caseworker or
chair takes one off the list with a reason (services/intake_queue.py decides who may)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QTreeWidgetItem, QWidget

from maatwerkdesk.domain.lease import away_line
from maatwerkdesk.domain.people import Permission
from maatwerkdesk.services import intake_queue
from maatwerkdesk.services.intake_queue import IntakeQueue, QueueEntry, QueueOrder, sort_entries
from maatwerkdesk.ui.common.plain_text import plain_labels
from maatwerkdesk.ui.common.service_calls import ServiceCaller
from maatwerkdesk.ui.common.vocabulary import shown_label, shown_sentence
from maatwerkdesk.ui.forms.ui_intake_queue_dialog import Ui_IntakeQueueDialog
from maatwerkdesk.ui.translation import QT_TRANSLATE_NOOP

TITLE = QT_TRANSLATE_NOOP("IntakeQueueDialog", "Mogelijk maatwerk")
ID_ROLE = Qt.ItemDataRole.UserRole
ORDERS = {
    QueueOrder.HITS: QT_TRANSLATE_NOOP("IntakeQueueDialog", "meeste signalen"),
    QueueOrder.AGE: QT_TRANSLATE_NOOP("IntakeQueueDialog", "langst open"),
    QueueOrder.REFERENCE: QT_TRANSLATE_NOOP("IntakeQueueDialog", "kenmerk"),
}
"""The dialog's title and orders, translated (context "IntakeQueueDialog") where shown."""


def status_text(entry: QueueEntry) -> str:
    """'Intake', or 'Intake, onderweg bij … tot …' for a dossier on loan."""
    lease = entry.lease
    away = f", {shown_sentence(away_line(lease))}" if lease is not None else ""
    return shown_label(entry.status) + away


def hits_text(entry: QueueEntry) -> str:
    """Each signal with its explanation, one paragraph per signal."""
    return "\n\n".join(f"{hit.label}: {shown_sentence(hit.explanation)}" for hit in entry.hits)


def opened_text(entry: QueueEntry, today: date) -> str:
    days = entry.age_in_days(today)
    if days == 1:
        text = QCoreApplication.translate("IntakeQueueDialog", "{date} (1 dag)")
    else:
        text = QCoreApplication.translate("IntakeQueueDialog", "{date} ({days} dagen)")
    return text.format(date=f"{entry.opened:%d-%m-%Y}", days=days)


class IntakeQueueDialog(QDialog):
    def __init__(
        self,
        calls: ServiceCaller,
        *,
        show_dossier: Callable[[str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_IntakeQueueDialog()
        ui.setupUi(self)
        plain_labels(self)
        self._calls = ServiceCaller(self, calls.workspace, lambda: calls.dialogs)
        self._show_dossier = show_dossier
        self._queue: IntakeQueue | None = None
        for order, label in ORDERS.items():
            ui.order_combo.addItem(self.tr(label), order.value)
        ui.button_box.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Sluiten"))
        ui.button_box.rejected.connect(self.reject)
        ui.order_combo.currentIndexChanged.connect(self._show_queue)
        ui.queue_tree.currentItemChanged.connect(self._update)
        ui.queue_tree.itemActivated.connect(self._on_open_button_clicked)
        ui.open_button.clicked.connect(self._on_open_button_clicked)
        ui.refresh_button.clicked.connect(self.reload)
        ui.dismiss_button.clicked.connect(self._on_dismiss_button_clicked)
        ui.reason_edit.textChanged.connect(self._update)
        header = ui.queue_tree.header()
        header.setStretchLastSection(False)
        for column in range(ui.queue_tree.columnCount()):
            stretched = column in (1, 4)
            header.setSectionResizeMode(
                column,
                QHeaderView.ResizeMode.Stretch
                if stretched
                else QHeaderView.ResizeMode.ResizeToContents,
            )
        self.reload()

    def entry(self) -> QueueEntry | None:
        item = self.ui.queue_tree.currentItem()
        chosen = item.data(0, ID_ROLE) if item is not None else None
        entries = self._queue.entries if self._queue is not None else ()
        return next((e for e in entries if e.dossier_id == chosen), None)

    @Slot()
    def reload(self) -> None:
        """Read the queue again, keeping the chosen dossier chosen when it is still there."""
        chosen = self.entry()
        context = self._calls.context()
        self._queue = self._calls.run(
            self.tr(TITLE), lambda s: intake_queue.intake_queue(s, context)
        )
        catalogue = self._queue.catalogue if self._queue is not None else None
        self.ui.catalogue_label.setText(
            self.tr("Signalen volgens {}").format(catalogue) if catalogue else ""
        )
        self._show_queue(chosen.dossier_id if chosen is not None else None)

    @Slot()
    def _show_queue(self, select: str | int | None = None) -> None:
        order = QueueOrder(self.ui.order_combo.currentData())
        entries = sort_entries(self._queue.entries if self._queue else (), order)
        today = self._calls.context().current_date()
        tree = self.ui.queue_tree
        tree.blockSignals(True)
        tree.clear()
        for entry in entries:
            labels = ", ".join(hit.label for hit in entry.hits)
            item = QTreeWidgetItem(
                [
                    entry.reference,
                    entry.title,
                    status_text(entry),
                    opened_text(entry, today),
                    f"{len(entry.hits)}: {labels}",
                ]
            )
            item.setData(0, ID_ROLE, entry.dossier_id)
            item.setToolTip(4, hits_text(entry))
            tree.addTopLevelItem(item)
            if entry.dossier_id == select or tree.currentItem() is None:
                tree.setCurrentItem(item)
        tree.blockSignals(False)
        self.ui.queue_caption.setText(self.tr("&Dossiers met signalen ({})").format(len(entries)))
        self._update()

    @Slot()
    def _update(self) -> None:
        entry = self.entry()
        self.ui.hits_view.setPlainText(hits_text(entry) if entry is not None else "")
        self.ui.open_button.setEnabled(entry is not None)
        user = self._calls.workspace.user
        lease = entry.lease if entry is not None else None
        free = lease is None or (user is not None and lease.holder_id == user.id)
        may = (
            entry is not None and free and user is not None and user.may(Permission.DISMISS_SIGNALS)
        )
        self.ui.reason_edit.setEnabled(may)
        self.ui.dismiss_button.setEnabled(may and bool(self.ui.reason_edit.text().strip()))

    @Slot()
    def _on_open_button_clicked(self) -> None:
        entry = self.entry()
        if entry is not None:
            self._show_dossier(entry.dossier_id)

    @Slot()
    def _on_dismiss_button_clicked(self) -> None:
        entry, reason = self.entry(), self.ui.reason_edit.text()
        if entry is None:
            return
        context = self._calls.context()
        if self._calls.perform(
            self.tr(TITLE), lambda s: intake_queue.dismiss(s, context, entry.dossier_id, reason)
        ):
            self.ui.reason_edit.clear()
            self.reload()
