"""What a widget tree shows a person, as text: rich text rendered, mnemonics taken out,
items and tooltips of every view included; and whether a text was shown literally."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from hostile_workspace import MARKUP
from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex
from PySide6.QtGui import Qt, QTextDocument  # mightBeRichText is in QtGui
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

SCREEN = (1366, 768)


@dataclass(frozen=True)
class Shown:
    where: str
    raw: str
    """The string handed to Qt."""
    text: str
    """What a person sees: rich text rendered, mnemonics taken out."""


def rendered(html: str) -> str:
    document = QTextDocument()
    document.setHtml(html)
    return document.toPlainText()


def as_tooltip(where: str, tip: str) -> Shown:
    return Shown(where, tip, rendered(tip) if Qt.mightBeRichText(tip) else tip)


def without_mnemonic(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def label_text(label: QLabel) -> str:
    raw, kind = label.text(), label.textFormat()
    if kind == Qt.TextFormat.PlainText:
        return raw
    if kind == Qt.TextFormat.AutoText and not Qt.mightBeRichText(raw):
        return raw
    return rendered(raw)


def columns(model: QAbstractItemModel, parent: QModelIndex) -> int:
    """A list model's column count is private in Qt: it has one."""
    return 1 if isinstance(model, QAbstractListModel) else model.columnCount(parent)


def model_texts(where: str, model: QAbstractItemModel) -> Iterator[Shown]:
    for orientation in (Qt.Orientation.Horizontal, Qt.Orientation.Vertical):
        count = (
            columns(model, QModelIndex())
            if orientation == Qt.Orientation.Horizontal
            else model.rowCount(QModelIndex())
        )
        for section in range(count):
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.headerData(section, orientation, role)
                if isinstance(value, str):
                    yield Shown(f"{where} header", value, value)

    def walk(parent: QModelIndex) -> Iterator[Shown]:
        for row in range(model.rowCount(parent)):
            for column in range(columns(model, parent)):
                index = model.index(row, column, parent)
                display = index.data(Qt.ItemDataRole.DisplayRole)
                if isinstance(display, str):
                    yield Shown(f"{where} [{row},{column}]", display, display)
                tip = index.data(Qt.ItemDataRole.ToolTipRole)
                if isinstance(tip, str):
                    yield as_tooltip(f"{where} [{row},{column}] tooltip", tip)
                if column == 0:
                    yield from walk(index)

    yield from walk(QModelIndex())


def widget_texts(root: QWidget) -> Iterator[Shown]:
    """Every text `root` and the widgets in it show, as a person would read it."""
    for widget in [root, *root.findChildren(QWidget)]:
        where = f"{type(widget).__name__} {widget.objectName()}".strip()
        if widget.isWindow():
            yield Shown(f"{where} window title", widget.windowTitle(), widget.windowTitle())
        if widget.toolTip():
            yield as_tooltip(f"{where} tooltip", widget.toolTip())
        if isinstance(widget, QLabel):
            yield Shown(where, widget.text(), label_text(widget))
        elif isinstance(widget, QAbstractButton):
            yield Shown(where, widget.text(), without_mnemonic(widget.text()))
        elif isinstance(widget, QGroupBox):
            yield Shown(where, widget.title(), without_mnemonic(widget.title()))
        elif isinstance(widget, QLineEdit):
            yield Shown(where, widget.text(), widget.text())
        elif isinstance(widget, QTextEdit):
            yield Shown(where, widget.toHtml(), widget.toPlainText())
        elif isinstance(widget, QPlainTextEdit):
            yield Shown(where, widget.toPlainText(), widget.toPlainText())
        elif isinstance(widget, QTabWidget):
            for tab in range(widget.count()):
                text = widget.tabText(tab)
                yield Shown(f"{where} tab {tab}", text, without_mnemonic(text))
                yield as_tooltip(f"{where} tab {tab} tooltip", widget.tabToolTip(tab))
        elif isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):
            model = widget.model()
            if model is not None:
                yield from model_texts(where, model)


def flat(text: str) -> str:
    return " ".join(text.split())


MIN_SHOWN = 20
"""A list that cuts a long line off must still show this much of it after the marker."""


def misshown(shown: Shown, values: dict[str, str]) -> list[str]:
    """How `shown` fails to show the texts it was given literally (markup rendered, an image
    loaded, characters lost). A list may cut a long line off, but not right after the marker."""
    problems = []
    text = flat(shown.text)
    for marker, value in values.items():
        if marker not in shown.raw:
            continue
        expected = flat(value.split("\n")[0])[: len(marker) + len(MARKUP)]
        rest = text[text.find(marker) :] if marker in text else ""
        same = 0
        while same < min(len(rest), len(expected)) and rest[same] == expected[same]:
            same += 1
        cut = same == len(rest) or rest[same] == "…"
        if "\ufffc" in shown.text or (
            same < len(expected) and not (cut and same >= len(marker) + MIN_SHOWN)
        ):
            problems.append(f"{shown.where}: {marker} shown as {rest[: len(expected)]!r}")
    return problems


@dataclass
class Walk:
    values: dict[str, str]
    problems: list[str]
    seen: set[str]
    screenshots: Path | None

    def check(self, root: QWidget, name: str) -> None:
        """What `root` shows; a window must also still fit the screen, long texts or not."""
        QApplication.processEvents()  # laid out as on screen
        if root.isWindow() and (root.width() > SCREEN[0] or root.height() > SCREEN[1]):
            self.problems.append(f"{name}: {root.width()}×{root.height()} does not fit {SCREEN}")
        for shown in widget_texts(root):
            self.problems.extend(misshown(shown, self.values))
            self.seen.update(m for m in self.values if m in flat(shown.text))
        if self.screenshots is not None:
            root.grab().save(str(self.screenshots / f"{name}.png"))
