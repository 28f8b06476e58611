"""The chairs' signing keys in "Gebruikers beheren", and registering one.

A functioneel beheerder registers a key only after the chair has read its fingerprint out,
in person or by phone. So the list leaves out the first 16 characters of a key that waits
for registration, and the confirmation asks for exactly those, as the chair reads them: a
key that someone else slipped into the database does not match what the chair reads.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import Enum
from types import MappingProxyType

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from maatwerkdesk.palette import Meaning
from maatwerkdesk.services import signing_keys
from maatwerkdesk.services.signed import KeyStatus
from maatwerkdesk.services.signing_keys import FINGERPRINT_CHECKED, SigningKey, typed_fingerprint
from maatwerkdesk.ui import theme
from maatwerkdesk.ui.common.formatting import format_moment
from maatwerkdesk.ui.common.plain_text import plain_labels
from maatwerkdesk.ui.common.service_calls import ServiceCaller
from maatwerkdesk.ui.forms.ui_register_key_dialog import Ui_RegisterKeyDialog
from maatwerkdesk.ui.people.who_are_you import fit_columns
from maatwerkdesk.ui.translation import QT_TRANSLATE_NOOP

KEY_ROLE = Qt.ItemDataRole.UserRole
# The texts kept in constants are marked for translation in the context of the module's
# dialog, "RegisterKeyDialog", and translated where they are shown.
TITLE = QT_TRANSLATE_NOOP("RegisterKeyDialog", "Ondertekeningssleutels")
STATUS_LABELS: Mapping[str, str] = MappingProxyType(
    {
        KeyStatus.PENDING: QT_TRANSLATE_NOOP("RegisterKeyDialog", "wacht op registratie"),
        KeyStatus.REGISTERED: QT_TRANSLATE_NOOP("RegisterKeyDialog", "geregistreerd"),
        KeyStatus.REVOKED: QT_TRANSLATE_NOOP("RegisterKeyDialog", "vervangen"),
        KeyStatus.IMPORTED: QT_TRANSLATE_NOOP("RegisterKeyDialog", "meegekomen met een import"),
    }
)
HIDDEN_GROUP = "····"
HIDDEN_TIP = QT_TRANSLATE_NOOP(
    "RegisterKeyDialog", "De eerste 16 tekens hoort u van de voorzitter, die ze voorleest."
)


def _translated(text: str) -> str:
    """A text of this module's constants in the language of the windows."""
    return QCoreApplication.translate("RegisterKeyDialog", text)


def listed_fingerprint(key: SigningKey) -> str:
    """The fingerprint as the list shows it: of a key waiting for registration without
    the characters the chair reads out."""
    if key.status != KeyStatus.PENDING:
        return key.fingerprint
    groups = key.fingerprint.split()
    hidden = FINGERPRINT_CHECKED // 4
    return " ".join([HIDDEN_GROUP] * hidden + groups[hidden:])


def _status_label(status: str) -> str:
    label = STATUS_LABELS.get(status)
    return _translated(label) if label is not None else status


class Match(Enum):
    SHORT = "short"
    SAME = "same"
    DIFFERENT = "different"


def compare(typed: str, key_id: str) -> Match:
    """What was typed against the key. Judged only once the first 16 characters are there,
    so the answer never gives them away one by one."""
    text = typed_fingerprint(typed)
    if len(text) < FINGERPRINT_CHECKED:
        return Match.SHORT
    return Match.SAME if key_id.startswith(text) else Match.DIFFERENT


class KeyList:
    """The keys in the users dialog: every chair's keys, newest first, and "Registreren…"."""

    def __init__(self, calls: ServiceCaller, tree: QTreeWidget, register: QPushButton) -> None:
        self._calls = calls
        self.tree = tree
        self._register = register
        self.dialog: RegisterKeyDialog | None = None
        tree.currentItemChanged.connect(self._update)
        tree.itemActivated.connect(self._on_register_clicked)
        register.clicked.connect(self._on_register_clicked)

    def reload(self, select: str | None = None) -> None:
        found = self._calls.read(_translated(TITLE), signing_keys.list_keys)
        tree = self.tree
        tree.clear()
        for key in found or []:
            item = QTreeWidgetItem(
                [
                    key.user_name,
                    listed_fingerprint(key),
                    _status_label(key.status),
                    format_moment(key.created_at),
                ]
            )
            item.setData(0, KEY_ROLE, key)
            if key.status == KeyStatus.PENDING:
                item.setToolTip(1, _translated(HIDDEN_TIP))
            tree.addTopLevelItem(item)
            if key.key_id == select or tree.currentItem() is None:
                tree.setCurrentItem(item)
        fit_columns(tree)
        self._update()

    def current(self) -> SigningKey | None:
        item = self.tree.currentItem()
        return item.data(0, KEY_ROLE) if item is not None else None

    @Slot()
    def _update(self, *_args: object) -> None:
        key = self.current()
        self._register.setEnabled(key is not None and key.status == KeyStatus.PENDING)

    @Slot()
    def _on_register_clicked(self, *_args: object) -> None:
        key = self.current()
        if key is None or key.status != KeyStatus.PENDING:
            return
        dialog = self.dialog = RegisterKeyDialog(self._calls, key, self.tree.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def finished(_result: int) -> None:
            self.dialog = None
            self.reload(key.key_id)

        dialog.finished.connect(finished)
        dialog.open()


class RegisterKeyDialog(QDialog):
    """Register one pending key once the fingerprint the chair reads out matches it."""

    def __init__(self, calls: ServiceCaller, key: SigningKey, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_RegisterKeyDialog()
        self.ui.setupUi(self)
        plain_labels(self)
        # Its warnings open over this dialog, not over the window behind it.
        self._calls = ServiceCaller(self, calls.workspace, lambda: calls.dialogs)
        self.key = key
        self.registered: SigningKey | None = None
        self._ok = self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        self._ok.setText(self.tr("Registreren"))
        cancel = self.ui.button_box.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Annuleren"))
        self.ui.heading_label.setText(self.tr("Sleutel van {} registreren").format(key.user_name))
        self.ui.heading_label.setStyleSheet("QLabel { font-size: 12pt; font-weight: bold; }")
        self.ui.created_label.setText(format_moment(key.created_at))
        self.ui.known_label.setText(listed_fingerprint(key))
        self.ui.known_label.setToolTip(self.tr(HIDDEN_TIP))
        fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        fixed.setPointSizeF(self.font().pointSizeF() * 1.2)
        for widget in (self.ui.known_label, self.ui.typed_edit):
            widget.setFont(fixed)
        self.ui.result_label.setMinimumHeight(2 * self.fontMetrics().lineSpacing())
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 100)
        self.ui.typed_edit.textChanged.connect(self._on_typed)
        self.ui.button_box.accepted.connect(self._on_accepted)
        self.ui.button_box.rejected.connect(self.reject)
        self._on_typed("")

    @Slot(str)
    def _on_typed(self, typed: str) -> None:
        match = compare(typed, self.key.key_id)
        label = self.ui.result_label
        if match is Match.SHORT:
            left = FINGERPRINT_CHECKED - len(typed_fingerprint(typed))
            if left == 1:
                label.setText(self.tr("Nog 1 teken te gaan."))
            else:
                label.setText(self.tr("Nog {} tekens te gaan.").format(left))
            label.setStyleSheet("")
        elif match is Match.SAME:
            label.setText(
                self.tr(
                    "Komt overeen met de vingerafdruk van deze sleutel. U kunt hem registreren."
                )
            )
            label.setStyleSheet(theme.meaning_label(Meaning.OK, bold=True))
        else:
            label.setText(
                self.tr(
                    "Komt niet overeen met deze sleutel. Registreer hem niet: controleer de "
                    "vingerafdruk met de voorzitter, of laat hem een nieuwe sleutel aanmaken."
                )
            )
            label.setStyleSheet(theme.meaning_label(Meaning.CONFLICT, bold=True))
        self._ok.setEnabled(match is Match.SAME)

    @Slot()
    def _on_accepted(self) -> None:
        if compare(self.ui.typed_edit.text(), self.key.key_id) is not Match.SAME:
            return
        context, key_id = self._calls.context(), self.key.key_id
        self.registered = self._calls.run(
            self.tr("Sleutel niet geregistreerd"),
            lambda s: signing_keys.register_key(s, context, key_id),
        )
        if self.registered is not None:
            self.accept()
