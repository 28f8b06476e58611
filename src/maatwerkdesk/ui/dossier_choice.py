"""A list of dossiers to tick, as the pack and the take-along dialogs show them: the
reference, the title (its whole text as a tooltip) and a third column of the dialog's own."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem

from maatwerkdesk.domain.dossier import DossierSummary
from maatwerkdesk.ui.common.cells import top_level_item
from maatwerkdesk.ui.common.plain_text import tooltip

ID_ROLE = Qt.ItemDataRole.UserRole


def fill_choice(
    tree: QTreeWidget, rows: Iterable[tuple[DossierSummary, str]], *, ticked: bool
) -> None:
    """One checkable row per (dossier, third column), ticked or not; the title stretches."""
    header = tree.header()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    state = Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
    for summary, third in rows:
        item = QTreeWidgetItem([summary.reference, summary.title, third])
        item.setData(0, ID_ROLE, summary.id)
        item.setToolTip(1, tooltip(summary.title))
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(0, state)
        tree.addTopLevelItem(item)


def ticked_ids(tree: QTreeWidget) -> list[str]:
    """The ids of the ticked dossiers, in the tree's order."""
    items = (top_level_item(tree, row) for row in range(tree.topLevelItemCount()))
    return [i.data(0, ID_ROLE) for i in items if i.checkState(0) == Qt.CheckState.Checked]
