"""The Alt+letter accelerators (mnemonics) a window offers, to find letters taken twice.

A mnemonic is the letter after a single `&` in a label with a buddy, a button or check box,
a tab, a group box's title or a menu bar's menu. Qt answers Alt+letter with whichever of the
window's visible widgets holds it; when two do, the keystroke only moves the focus between
them, and a person typing on lands in the wrong field. The items of one menu have letters of
their own, while that menu is open.

A widget counts when it is on screen, or hidden only until its panel needs it (a button shown
once there is something to act on): it then shows with the widgets around it, so it must not
share their letters either. Pages of tabs and stacks that are not in front do not count; each
tab is brought to the front in turn.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QMenu,
    QMenuBar,
    QStackedWidget,
    QTabWidget,
    QWidget,
)


@dataclass(frozen=True)
class Accelerator:
    letter: str
    where: str
    """The kind of widget and its text, to find it in the form."""


def mnemonic(text: str) -> str | None:
    """The letter after the first single `&` of a text (`&&` is an ampersand), lower case."""
    index = 0
    while (index := text.find("&", index)) != -1 and index + 1 < len(text):
        if text[index + 1] != "&":
            return text[index + 1].lower()
        index += 2
    return None


def in_front(widget: QWidget, window: QWidget) -> bool:
    """The widget belongs to the window and to no page of a stack or tab that is behind."""
    if widget.window() is not window:
        return False
    while widget is not window:
        parent = widget.parentWidget()
        if isinstance(parent, QStackedWidget) and parent.currentWidget() is not widget:
            return False
        widget = parent
    return True


def _texts(widget: QWidget) -> list[tuple[str, str]]:
    """The texts that may carry a mnemonic, each with the kind of widget it is on."""
    if isinstance(widget, QMenuBar):
        return [(action.text(), "menu") for action in widget.actions() if action.isVisible()]
    if isinstance(widget, QLabel) and widget.buddy() is not None:
        return [(widget.text(), "label")]
    if isinstance(widget, QAbstractButton):
        return [(widget.text(), type(widget).__name__)]
    if isinstance(widget, QGroupBox):
        return [(widget.title(), "group box")]
    if isinstance(widget, QTabWidget):
        return [(widget.tabText(i), "tab") for i in range(widget.count()) if widget.isTabVisible(i)]
    return []


def window_accelerators(window: QWidget) -> Iterator[Accelerator]:
    """The accelerators of the window's widgets in front, menu bar included."""
    for widget in [window, *window.findChildren(QWidget)]:
        if in_front(widget, window):
            for text, kind in _texts(widget):
                if (letter := mnemonic(text)) is not None:
                    yield Accelerator(letter, f"{kind} {text!r}")


def menu_accelerators(menu: QMenu) -> Iterator[Accelerator]:
    for action in menu.actions():
        if action.isVisible() and (letter := mnemonic(action.text())) is not None:
            yield Accelerator(letter, f"menu item {action.text()!r}")


def duplicates(accelerators: Iterator[Accelerator]) -> list[str]:
    """One line for each letter taken more than once: the letter and who holds it."""
    holders: dict[str, list[str]] = {}
    for accelerator in accelerators:
        holders.setdefault(accelerator.letter, []).append(accelerator.where)
    return [
        f"Alt+{letter.upper()}: {', '.join(sorted(where))}"
        for letter, where in sorted(holders.items())
        if len(where) > 1
    ]


def literal_ampersands(window: QWidget) -> Iterator[str]:
    """Labels that would show a mnemonic's `&` as it is: a label needs a buddy for it."""
    for label in window.findChildren(QLabel):
        if (
            in_front(label, window)
            and label.buddy() is None
            and label.textFormat().name != "RichText"
            and mnemonic(label.text()) is not None
        ):
            yield f"label {label.text()!r} shows its & (it has no buddy)"


def window_problems(window: QWidget, state: str) -> list[str]:
    """The window's letters taken twice in its present state, those of each of its menus,
    and labels showing an `&`."""
    QApplication.processEvents()
    found = [f"{state}: {line}" for line in duplicates(window_accelerators(window))]
    for menu in window.findChildren(QMenu):
        title = menu.title()
        found += [
            f"{state}, menu {title!r}: {line}" for line in duplicates(menu_accelerators(menu))
        ]
    found += [f"{state}: {line}" for line in literal_ampersands(window)]
    return found


def _outer_tabs(window: QWidget, root: QWidget) -> list[QTabWidget]:
    """The tab widgets in front below `root` that no other tab widget below it holds."""
    outer = []
    for tabs in root.findChildren(QTabWidget):
        holder = tabs.parentWidget()
        while holder is not root and not isinstance(holder, QTabWidget):
            holder = holder.parentWidget()
        if holder is root and in_front(tabs, window):
            outer.append(tabs)
    return outer


def every_tab_problems(window: QWidget, state: str, root: QWidget | None = None) -> list[str]:
    """The window's problems with each page of each of its tab widgets in front in turn
    (those of a page's own tab widgets too); each tab widget is left as it was."""
    found = window_problems(window, state) if root is None else []
    for tabs in _outer_tabs(window, root or window):
        shown = tabs.currentIndex()
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            page = f"{state}, tab {tabs.tabText(index)!r}"
            found += window_problems(window, page)
            found += every_tab_problems(window, page, tabs.widget(index))
        tabs.setCurrentIndex(shown)
    return sorted(set(found))
