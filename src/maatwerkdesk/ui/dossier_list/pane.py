"""The left pane of the main window: search box, status and owner filters, and the list."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QByteArray,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtWidgets import QAbstractItemView, QApplication, QHeaderView, QLabel, QWidget

from maatwerkdesk.domain.identifiers import searched_bsn
from maatwerkdesk.domain.vocabulary import DossierStatus
from maatwerkdesk.ui.common.vocabulary import shown_label
from maatwerkdesk.ui.dossier_list.presentation import nothing_found
from maatwerkdesk.ui.forms.ui_dossier_list_pane import Ui_DossierListPane
from maatwerkdesk.ui.translation import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from collections.abc import Callable

    from maatwerkdesk.ui.dossier_list.model import DossierListModel

SEARCH_DELAY_MS = 250
"""Typing pauses this long before the list is queried again."""
BROWSE_DELAY_MS = 400
"""Arrow keys rest on a row this long before its dossier opens: browsing the list does
not open (and record as opened) every dossier passed on the way."""
ALL_STATUSES = QT_TRANSLATE_NOOP("DossierListPane", "Alle statussen")
ALL_OWNERS = QT_TRANSLATE_NOOP("DossierListPane", "Alle eigenaren")
"""The filters' first choices, translated (context "DossierListPane") where they are shown."""
COLUMN_SAMPLES = (
    "MW-2026-00000",
    "Terugvordering",
    "Ter bespreking",
    "28-11-2026 14:05",
    "F. El Amrani",
)
"""Typical contents of Kenmerk, Titel, Status, Laatst gewijzigd and Eigenaar: starting
widths, so that the first four fit a laptop's list (the title's tooltip shows it whole)."""
UPDATED_COLUMN = 3
"""`model.Column.UPDATED`: the list's first order (the model's module loads later)."""


class DossierListPane(QWidget):
    """Filters and list; the model is attached once the database is open.

    Signals: `dossier_chosen(dossier_id)` when the user selects a dossier,
    `count_changed(count)` whenever the list has been queried again.
    """

    dossier_chosen = Signal(str)
    count_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_DossierListPane()
        self.ui.setupUi(self)
        self._model: DossierListModel | None = None
        self._selected_id: str | None = None
        self._pending_row: int | None = None
        self._quiet = False
        self._header_state: QByteArray | None = None
        self.bsn_lookup: Callable[[str], bool] | None = None
        """Records a search by BSN in the audit trail before the list shows its dossiers
        (given by the window); False when it could not, and the list stays as it was."""

        self.ui.status_combo.addItem(self.tr(ALL_STATUSES), None)
        for status in DossierStatus:
            self.ui.status_combo.addItem(shown_label(status), status.value)
        self.ui.owner_combo.addItem(self.tr(ALL_OWNERS), None)
        self.nothing_label = QLabel(self)
        """Says that a search or filter found nothing, and how to find more."""
        self.nothing_label.setObjectName("nothing_label")
        self.nothing_label.setWordWrap(True)
        self.nothing_label.setTextFormat(Qt.TextFormat.PlainText)  # the search as typed
        self.nothing_label.setVisible(False)
        self.ui.pane_layout.insertWidget(
            self.ui.pane_layout.indexOf(self.ui.dossier_view), self.nothing_label
        )

        self._browse_timer = QTimer(self)
        self._browse_timer.setSingleShot(True)
        self._browse_timer.setInterval(BROWSE_DELAY_MS)
        self._browse_timer.timeout.connect(self._on_browse_timer_timeout)
        self._browsed: str | None = None
        """The dossier of the row the keyboard rests on, opened when it stays there."""
        self.ui.dossier_view.setTabKeyNavigation(False)  # Tab goes on to the editor
        self.ui.dossier_view.activated.connect(self._on_dossier_view_activated)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_filter)
        self.ui.search_edit.textChanged.connect(self._on_search_edit_text_changed)
        self.ui.search_edit.returnPressed.connect(self._apply_filter)
        self.ui.status_combo.currentIndexChanged.connect(self._apply_filter)
        self.ui.owner_combo.currentIndexChanged.connect(self._apply_filter)
        self.setEnabled(False)

    # ------------------------------------------------------------------ public API

    @property
    def view(self) -> QAbstractItemView:
        return self.ui.dossier_view

    def model(self) -> DossierListModel | None:
        return self._model

    def attach(self, model: DossierListModel) -> None:
        """Show `model` (already querying) and enable the filters."""
        self._model = model
        view = self.ui.dossier_view
        view.setModel(model)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setSortIndicator(UPDATED_COLUMN, Qt.SortOrder.DescendingOrder)
        metrics = view.fontMetrics()
        for column, sample in enumerate(COLUMN_SAMPLES):
            title = str(model.headerData(column, Qt.Orientation.Horizontal))
            # room for the text, the cell padding and the header's sort arrow
            width = max(metrics.horizontalAdvance(sample), metrics.horizontalAdvance(title))
            header.resizeSection(column, width + metrics.height() * 3 // 2)
        if self._header_state is not None:
            header.restoreState(self._header_state)
        # Fixed row heights: the view never measures 100,000 rows.
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
        view.setSortingEnabled(True)  # sorts through model.sort(): in SQL
        view.selectionModel().selectionChanged.connect(self._on_selection_model_selection_changed)
        model.reloaded.connect(self._on_model_reloaded)
        model.dossier_located.connect(self._on_model_dossier_located)
        model.owners_loaded.connect(self.set_owners)
        model.dataChanged.connect(self._on_model_data_changed)
        self._apply_filter()
        model.load_owners()
        self.setEnabled(True)

    def header_state(self) -> QByteArray:
        return self.ui.dossier_view.horizontalHeader().saveState()

    def restore_header_state(self, state: QByteArray) -> None:
        """Column widths and sort order from an earlier session (applied on `attach`)."""
        self._header_state = state

    @Slot(list)
    def set_owners(self, owners: list[str]) -> None:
        combo = self.ui.owner_combo
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr(ALL_OWNERS), None)
        for owner in owners:
            combo.addItem(owner, owner)
        index = combo.findData(current) if current is not None else 0
        if index < 0:  # the owner no longer occurs: show everyone again
            index = 0
        combo.setCurrentIndex(index)
        combo.blockSignals(False)
        if combo.currentData() != current:
            self._apply_filter()

    def select_dossier(self, dossier_id: str | None) -> None:
        """Show `dossier_id` as selected (found asynchronously), without `dossier_chosen`."""
        self._selected_id = dossier_id
        self._pending_row = None
        self._browse_timer.stop()  # the window chose: a row browsed to waits no longer
        self._browsed = None
        if dossier_id is None:
            self._select_row(-1)
        elif self._model is not None:
            self._model.locate(dossier_id)

    def selected_dossier_id(self) -> str | None:
        return self._selected_id

    def refresh(self) -> None:
        if self._model is not None:
            self._model.refresh()
            self._model.load_owners()

    def focus_search(self) -> None:
        self.ui.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.search_edit.selectAll()

    # ------------------------------------------------------------------ slots

    @Slot(str)
    def _on_search_edit_text_changed(self, _text: str) -> None:
        self._search_timer.start()

    @Slot()
    def _apply_filter(self) -> None:
        self._search_timer.stop()
        if self._model is None:
            return
        status = self.ui.status_combo.currentData()
        text = self.ui.search_edit.text()
        bsn = searched_bsn(text)
        if bsn and (self.bsn_lookup is None or not self.bsn_lookup(bsn)):
            return  # a search by BSN is recorded first, or not made
        self._model.set_filter(
            status=DossierStatus(status) if status else None,
            owner=self.ui.owner_combo.currentData(),
            text="" if bsn else text,
            bsn=bsn,
        )

    @Slot(QItemSelection, QItemSelection)
    def _on_selection_model_selection_changed(self, *_: QItemSelection) -> None:
        if self._quiet or self._model is None:
            return
        rows = self.ui.dossier_view.selectionModel().selectedRows()
        if not rows:
            return
        row = rows[0].row()
        dossier_id = self._model.dossier_id(row)
        if dossier_id is None:  # its page is still loading: choose it when it arrives
            self._pending_row = row
            return
        if QApplication.mouseButtons() != Qt.MouseButton.NoButton:
            self._browse_timer.stop()
            self._choose(dossier_id)  # a click: the person chose this one
        else:
            self._browsed = dossier_id
            self._browse_timer.start()

    @Slot()
    def _on_browse_timer_timeout(self) -> None:
        if self._browsed is not None:
            self._choose(self._browsed)

    @Slot(QModelIndex)
    def _on_dossier_view_activated(self, index: QModelIndex) -> None:
        dossier_id = self._model.dossier_id(index.row()) if self._model is not None else None
        if dossier_id is not None:  # Enter on a row: open it now
            self._browse_timer.stop()
            self._choose(dossier_id)

    @Slot(QModelIndex, QModelIndex)
    def _on_model_data_changed(self, top_left: QModelIndex, bottom_right: QModelIndex) -> None:
        row = self._pending_row
        if row is None or self._model is None or not top_left.row() <= row <= bottom_right.row():
            return
        dossier_id = self._model.dossier_id(row)
        if dossier_id is not None:
            self._pending_row = None
            self._choose(dossier_id)

    @Slot(int)
    def _on_model_reloaded(self, count: int) -> None:
        self._pending_row = None
        found_nothing = count == 0 and self._model is not None and self._model.is_filtered()
        if found_nothing:
            self.nothing_label.setText(nothing_found(self.ui.search_edit.text().strip()))
        self.nothing_label.setVisible(found_nothing)
        self.count_changed.emit(count)
        if self._selected_id is not None and self._model is not None:
            self._model.locate(self._selected_id)

    @Slot(str, int)
    def _on_model_dossier_located(self, dossier_id: str, row: int) -> None:
        if dossier_id == self._selected_id:
            self._select_row(row)

    # ------------------------------------------------------------------ helpers

    def _choose(self, dossier_id: str) -> None:
        if dossier_id != self._selected_id:
            self._selected_id = dossier_id
            self.dossier_chosen.emit(dossier_id)

    def _select_row(self, row: int) -> None:
        view = self.ui.dossier_view
        selection = view.selectionModel()
        if selection is None or self._model is None:
            return
        self._quiet = True
        try:
            if row < 0:
                selection.clearSelection()
            else:
                index = self._model.index(row, 0)
                flags = (
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows
                )
                selection.setCurrentIndex(index, flags)
                view.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
        finally:
            self._quiet = False
