"""The question who works here: choose from the users, or register as the very first."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTreeWidget, QTreeWidgetItem, QWidget

from maatwerkdesk.domain.people import Role, User
from maatwerkdesk.services import users
from maatwerkdesk.ui.common.plain_text import plain_labels
from maatwerkdesk.ui.common.service_calls import ServiceCaller
from maatwerkdesk.ui.common.vocabulary import roles_text, shown_label
from maatwerkdesk.ui.forms.ui_who_are_you import Ui_WhoAreYouDialog
from maatwerkdesk.ui.people.person_form import PersonForm, capitalised
from maatwerkdesk.ui.people.workstation import guest
from maatwerkdesk.ui.translation import QT_TRANSLATE_NOOP

ID_ROLE = Qt.ItemDataRole.UserRole
MISSING = QT_TRANSLATE_NOOP(
    "WhoAreYouDialog",
    "Staat uw naam er niet bij? Vraag de functioneel beheerder om u toe te voegen.",
)


def user_item(user: User, columns: Sequence[str] = ()) -> QTreeWidgetItem:
    """A row of name, roles, discipline and any further columns; the user's id as its data."""
    discipline = capitalised(shown_label(user.discipline)) if user.discipline else ""
    item = QTreeWidgetItem([user.name, capitalised(roles_text(user)), discipline, *columns])
    item.setData(0, ID_ROLE, user.id)
    return item


def selected(tree: QTreeWidget, people: Sequence[User]) -> User | None:
    """The user of the tree's current row."""
    item = tree.currentItem()
    chosen = item.data(0, ID_ROLE) if item is not None else None
    return next((user for user in people if user.id == chosen), None)


def fit_columns(tree: QTreeWidget) -> None:
    """Each column as wide as its widest text plus some air; the last takes what is left."""
    air = 2 * tree.fontMetrics().averageCharWidth()
    for column in range(tree.columnCount() - 1):
        tree.resizeColumnToContents(column)
        tree.setColumnWidth(column, tree.columnWidth(column) + air)


class WhoAreYouDialog(QDialog):
    """Choose who works at this workstation.

    With users in the database it lists the active ones; in a database without any user
    it registers the first, which the services allow to anyone. Cancelling means working
    as a reader at the first start, and keeping the current user when switching.
    """

    def __init__(
        self,
        calls: ServiceCaller,
        everyone: Sequence[User],
        current: User | None,
        *,
        first_start: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_WhoAreYouDialog()
        self.ui.setupUi(self)
        plain_labels(self, rich=(self.ui.register_intro_label,))
        # Its warnings open over this dialog, not over the window behind it.
        self._calls = ServiceCaller(self, calls.workspace, lambda: calls.dialogs)
        self._active = [user for user in everyone if user.active]
        self.user: User | None = None
        """The chosen or registered user, once accepted."""
        # The first person sets the program up and usually works in it too: both roles,
        # so that they can make dossiers as well as add the others.
        self.person = PersonForm((Role.CASEWORKER, Role.ADMINISTRATOR), self.ui.register_page)
        self.ui.person_slot.addWidget(self.person)

        self._ok = self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        cancel = self.ui.button_box.button(QDialogButtonBox.StandardButton.Cancel)
        if first_start:
            cancel.setText(self.tr("Verder als lezer"))
        else:
            cancel.setText(self.tr("Annuleren"))
            self.setWindowTitle(self.tr("Gebruiker wisselen"))
            self.ui.missing_label.setText(self.tr(MISSING))
        tree = self.ui.user_tree
        for user in self._active:
            tree.addTopLevelItem(user_item(user))
            if current is not None and user.id == current.id:
                tree.setCurrentItem(tree.topLevelItem(tree.topLevelItemCount() - 1))
        fit_columns(tree)
        if everyone:
            self._ok.setText(self.tr("Kiezen"))
            if tree.currentItem() is None and self._active:
                tree.setCurrentItem(tree.topLevelItem(0))
            tree.setFocus()
        else:
            self._ok.setText(self.tr("Aanmelden"))
            self.ui.pages.setCurrentWidget(self.ui.register_page)
            self.person.ui.name_edit.setFocus()
            self.adjustSize()  # the list's room is not needed

        tree.currentItemChanged.connect(self._update)
        tree.itemActivated.connect(self._on_button_box_accepted)
        self.ui.button_box.accepted.connect(self._on_button_box_accepted)
        self.ui.button_box.rejected.connect(self.reject)
        self._update()

    def is_registering(self) -> bool:
        return self.ui.pages.currentWidget() is self.ui.register_page

    @Slot()
    def _update(self) -> None:
        self._ok.setEnabled(self.is_registering() or self.ui.user_tree.currentItem() is not None)

    @Slot()
    def _on_button_box_accepted(self) -> None:
        if self.is_registering():
            self.user = self._register()
        else:
            self.user = selected(self.ui.user_tree, self._active)
        if self.user is not None:
            self.accept()

    def _register(self) -> User | None:
        # As a reader, not as the command line: should someone else have registered
        # meanwhile, adding needs a functional administrator again.
        context = self._calls.workspace.context("desktop", user=guest())
        form = self.person
        return form.submit(
            self._calls,
            self.tr("Aanmelden"),
            self.tr("Aanmelden is niet gelukt."),
            lambda s: users.add_user(s, context, form.name(), form.roles(), form.discipline()),
        )
