"""Gebruikers beheren: everyone who works with the program, their roles, who is active, and
the chairs' signing keys."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from maatwerkdesk.domain.people import User
from maatwerkdesk.services import users
from maatwerkdesk.ui.common.plain_text import plain_labels
from maatwerkdesk.ui.common.service_calls import ServiceCaller
from maatwerkdesk.ui.forms.ui_users_dialog import Ui_UsersDialog
from maatwerkdesk.ui.people.person_form import PersonDialog
from maatwerkdesk.ui.people.signing_keys import KeyList
from maatwerkdesk.ui.people.who_are_you import fit_columns, selected, user_item
from maatwerkdesk.ui.translation import QT_TRANSLATE_NOOP

TITLE = QT_TRANSLATE_NOOP("UsersDialog", "Gebruikers beheren")


class UsersDialog(QDialog):
    """List all users, inactive ones too; add, change and (de)activate through the services.

    The services decide who may: for anyone but a functional administrator (or the
    command line) every change is refused with a sentence that says so.
    """

    def __init__(self, calls: ServiceCaller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_UsersDialog()
        self.ui.setupUi(self)
        plain_labels(self)
        # Its warnings open over this dialog, not over the window behind it.
        self._calls = ServiceCaller(self, calls.workspace, lambda: calls.dialogs)
        self._users: list[User] = []
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Sluiten"))

        self.ui.user_tree.currentItemChanged.connect(self._update)
        self.ui.user_tree.itemActivated.connect(self._on_change_button_clicked)
        self.ui.add_button.clicked.connect(self._on_add_button_clicked)
        self.ui.change_button.clicked.connect(self._on_change_button_clicked)
        self.ui.active_button.clicked.connect(self._on_active_button_clicked)
        self.ui.button_box.rejected.connect(self.reject)
        self.keys = KeyList(self._calls, self.ui.key_tree, self.ui.register_button)
        """The chairs' signing keys, registered from here."""
        self.reload(None)
        self.keys.reload()

    def reload(self, select: str | None) -> None:
        """Read the users again and select the one with id `select` (or the first)."""
        found = self._calls.run(
            self.tr(TITLE), lambda s: users.list_users(s, include_inactive=True)
        )
        self._users = found if found is not None else []
        tree = self.ui.user_tree
        tree.clear()
        for user in self._users:
            item = user_item(user, [self.tr("actief") if user.active else self.tr("niet actief")])
            if not user.active:
                for column in range(tree.columnCount()):
                    item.setForeground(column, self.palette().placeholderText())
            tree.addTopLevelItem(item)
            if user.id == select or tree.currentItem() is None:
                tree.setCurrentItem(item)
        fit_columns(tree)
        self._update()

    def current(self) -> User | None:
        return selected(self.ui.user_tree, self._users)

    @Slot()
    def _update(self) -> None:
        user = self.current()
        self.ui.change_button.setEnabled(user is not None)
        self.ui.active_button.setEnabled(user is not None)
        active = user is None or user.active
        self.ui.active_button.setText(
            self.tr("&Niet actief maken") if active else self.tr("Weer &actief maken")
        )
        self.ui.active_button.setToolTip(
            self.tr("Deze gebruiker kan dan niet meer kiezen om in MaatwerkDesk te werken")
            if active
            else self.tr("Deze gebruiker kan weer kiezen om in MaatwerkDesk te werken")
        )

    @Slot()
    def _on_add_button_clicked(self) -> None:
        self._edit(None)

    @Slot()
    def _on_change_button_clicked(self) -> None:
        user = self.current()
        if user is not None:
            self._edit(user)

    @Slot()
    def _on_active_button_clicked(self) -> None:
        user = self.current()
        if user is None:
            return
        context = self._calls.context()
        changed = self._calls.run(
            self.tr(TITLE),
            lambda s: users.update_user(
                s, context, user.id, user.roles, user.discipline, active=not user.active
            ),
        )
        if changed is not None:
            self.reload(changed.id)

    def _edit(self, user: User | None) -> None:
        dialog = PersonDialog(self._calls, user, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.reload(dialog.user.id if dialog.user else None))
        dialog.open()
