"""The labels of the app's controls, read from its Designer forms (buttons, menu actions and
the columns of tables the caseworker fills in), so a test can assert that a text meant for
paper names none of them: a document has nothing to click.

A text names a control when it quotes its label (‘Opslaan’), gives the label of a button
that opens a dialog with its ellipsis ("Verschil vastleggen…"), or speaks of clicking or a
button at all.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

FORMS = Path(__file__).resolve().parents[1] / "forms"
BUTTONS = frozenset({"QPushButton", "QToolButton", "QCommandLinkButton"})
_CLICKING = re.compile(r"\b(?:dubbel)?klik|\bknop(?:pen)?\b", re.IGNORECASE)


def _label(text: str) -> str:
    """A form's text as it shows: its mnemonic marker dropped, a doubled one kept as '&'."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def _texts(elements: list[ET.Element]) -> set[str]:
    return {
        _label(string.text)
        for element in elements
        if element.get("name") == "text"
        and (string := element.find("string")) is not None
        and string.text
    }


def control_labels() -> frozenset[str]:
    """Every label of a button, menu action or fillable table column in forms/*.ui."""
    labels: set[str] = set()
    for form in sorted(FORMS.glob("*.ui")):
        root = ET.parse(form).getroot()
        for widget in root.iter("widget"):
            kind = widget.get("class")
            if kind in BUTTONS:
                labels |= _texts(widget.findall("property"))
            elif kind == "QTableWidget":
                for column in widget.findall("column"):
                    labels |= _texts(column.findall("property"))
        for action in root.iter("action"):
            labels |= _texts(action.findall("property"))
    return frozenset(label for label in labels if len(label) > 1)  # not '+' or '−'


CONTROL_LABELS = control_labels()


def named_controls(text: str) -> list[str]:
    """The controls `text` names, by label, or the word that speaks of clicking."""
    named = sorted(
        label
        for label in CONTROL_LABELS
        if f"‘{label.casefold()}’" in text.casefold() or (label.endswith("…") and label in text)
    )
    return named + [m.group(0) for m in _CLICKING.finditer(text)]
