"""What the timeline and attachment sections share: tables, hints, stored changes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QPushButton, QTableView

from maatwerkdesk.domain.dossier import DossierRecord
from maatwerkdesk.ui.common.service_calls import ServiceCaller
from maatwerkdesk.ui.dossier_editor.models import Role


def setup_table(view: QTableView, model: QAbstractItemModel, stretch: tuple[int, ...]) -> None:
    """Columns fit their contents, except the `stretch` ones that share the rest."""
    view.setModel(model)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    for column in stretch:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.setTabKeyNavigation(False)


def selected_item(view: QTableView) -> Any:
    """The item (`Role.ITEM`) of the selected row, or None."""
    selection = view.selectionModel()
    if selection is None:
        return None
    rows = selection.selectedRows()
    if not rows:
        return None
    return rows[0].data(Role.ITEM)


def show_saved_state(hint: QLabel, add_button: QPushButton, texts: tuple[str, str], saved: bool):
    """`texts` is (saved, not yet saved); the latter is bold, as adding is not possible yet."""
    hint.setText(texts[0] if saved else texts[1])
    font = hint.font()
    font.setBold(not saved)
    hint.setFont(font)
    add_button.setEnabled(saved)


def apply_change(
    calls: ServiceCaller,
    title: str,
    action: Callable[[Any], DossierRecord],
    adopt: Callable[[DossierRecord], None],
) -> None:
    """Run `action` (see `ServiceCaller.run`) and let the editor `adopt` the result."""
    updated = calls.run(title, action)
    if updated is not None:
        adopt(updated)
