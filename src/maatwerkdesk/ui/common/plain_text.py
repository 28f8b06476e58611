"""Text that people typed or imported is shown exactly as it is: never as Qt rich text.

QLabel, QMessageBox and tooltips guess whether a text is HTML (`Qt::mightBeRichText`), so a
dossier titled `<img src="file:///…">` would load that image, and `<b>`, `&amp;` or
`<a href>` would be rendered rather than shown. So:

- every label of a form shows plain text (`plain_labels`), except the few whose own
  markup is static; where a label does use markup, the user's part is `escaped`;
- a tooltip that holds such text goes through `tooltip`, which escapes it;
- a message box is a `message_box`, which shows plain text;
- a label that must stay on one line gets its text through `one_line`, and a wrapped
  label that shows a title, name or motivation goes through `allow_long_words`: a long
  word (a pasted web address) is cut off at the label's edge instead of widening the
  window past the screen.

The main window uses this module before it is shown, so nothing here touches the `Qt`
enum namespace or loads more than it needs (see `main_window`).
"""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QWidget

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox


def escaped(text: str) -> str:
    """`text` for a place that reads rich text, so it shows literally. (`html.escape`
    without quotes; that module costs a millisecond before the first window.)"""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def tooltip(text: str) -> str:
    """A tooltip that shows `text` literally, its line breaks kept; empty stays empty."""
    if not text:
        return ""
    return f'<p style="white-space:pre-wrap">{escaped(text)}</p>'


def plain_labels(root: QWidget, *, rich: Collection[QLabel] = ()) -> None:
    """Make every label under `root` (a form after `setupUi`) show plain text.

    `rich` names the labels whose static text uses markup on purpose.
    """
    for label in root.findChildren(QLabel):
        if label not in rich:
            label.setProperty("textFormat", "PlainText")


def one_line(label: QLabel, text: str) -> None:
    """Show `text` on one line that never widens the window: cut off where it does not
    fit, and whole in the label's tooltip."""
    label.setText(text)
    label.setToolTip(tooltip(text))
    label.setMinimumWidth(1)


LONG_WORD_CHARS = 20
"""A wrapped label under `allow_long_words` is never narrower than this many characters."""


def allow_long_words(*labels: QLabel) -> None:
    """Let these word-wrapped labels be narrower than their longest word.

    Qt makes a wrapped label at least as wide as its longest word, so one long word in
    a title would widen the whole window.
    """
    for label in labels:
        label.setMinimumWidth(label.fontMetrics().averageCharWidth() * LONG_WORD_CHARS)


def message_box(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    detail: str = "",
) -> QMessageBox:
    """A message box whose text and detail are shown as plain text; the caller adds buttons."""
    from PySide6.QtWidgets import QMessageBox  # not needed before the first window

    box = QMessageBox(parent)
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setProperty("textFormat", "PlainText")  # its informative text follows
    box.setText(text)
    if detail:
        box.setInformativeText(detail)
    return box
