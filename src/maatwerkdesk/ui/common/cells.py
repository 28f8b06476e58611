"""The items of the tables and trees that the windows fill themselves."""

from __future__ import annotations

from PySide6.QtWidgets import QTableWidget, QTableWidgetItem, QTreeWidget, QTreeWidgetItem


def cell(table: QTableWidget, row: int, column: int) -> QTableWidgetItem:
    """The item at `row`, `column`: the window put one in every cell of a row it added."""
    item = table.item(row, column)
    if item is None:
        raise LookupError(f"{table.objectName()}: no item at row {row}, column {column}")
    return item


def top_level_item(tree: QTreeWidget, row: int) -> QTreeWidgetItem:
    """The top-level item at `row`, which the window added."""
    item = tree.topLevelItem(row)
    if item is None:
        raise LookupError(f"{tree.objectName()}: no item at row {row}")
    return item
