"""Name, roles and discipline of one user, as the services take them."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import MappingProxyType

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from maatwerkdesk.domain.errors import DatabaseError, DomainError
from maatwerkdesk.domain.people import (
    PERSON_ROLES,
    Discipline,
    Permission,
    Role,
    User,
    permissions_of,
)
from maatwerkdesk.domain.text import SHORT_TEXT_LIMIT
from maatwerkdesk.services import users
from maatwerkdesk.services.unit_of_work import Session
from maatwerkdesk.ui import theme
from maatwerkdesk.ui.common.plain_text import plain_labels
from maatwerkdesk.ui.common.service_calls import ServiceCaller
from maatwerkdesk.ui.common.vocabulary import shown_error, shown_label
from maatwerkdesk.ui.forms.ui_person_form import Ui_PersonForm
from maatwerkdesk.ui.translation import QT_TRANSLATE_NOOP

RIGHTS: Mapping[Permission, str] = MappingProxyType(
    {
        Permission.READ: QT_TRANSLATE_NOOP("PersonForm", "dossiers inzien"),
        Permission.EDIT_DOSSIER: QT_TRANSLATE_NOOP("PersonForm", "dossiers vastleggen en wijzigen"),
        Permission.EXPORT: QT_TRANSLATE_NOOP("PersonForm", "stukken exporteren of afdrukken"),
        Permission.PLAN_MEETING: QT_TRANSLATE_NOOP("PersonForm", "overleggen plannen"),
        Permission.RECORD_MEETING: QT_TRANSLATE_NOOP("PersonForm", "het verslag vastleggen"),
        Permission.ADVISE: QT_TRANSLATE_NOOP("PersonForm", "advies geven"),
        Permission.SIGN: QT_TRANSLATE_NOOP("PersonForm", "besluiten ondertekenen"),
        Permission.MANAGE_USERS: QT_TRANSLATE_NOOP("PersonForm", "gebruikers beheren"),
        Permission.MANAGE_CATALOGUES: QT_TRANSLATE_NOOP(
            "PersonForm", "catalogi installeren of dossiers importeren"
        ),
        Permission.RESOLVE_INTEGRITY: QT_TRANSLATE_NOOP(
            "PersonForm", "buiten het programma gewijzigde dossiers beoordelen"
        ),
        Permission.MANAGE_ORGANISATION: QT_TRANSLATE_NOOP(
            "PersonForm", "de gegevens van de organisatie wijzigen"
        ),
        Permission.WRITE_SIGNAL: QT_TRANSLATE_NOOP("PersonForm", "knelpuntsignalen schrijven"),
        Permission.FOLLOW_SIGNAL: QT_TRANSLATE_NOOP(
            "PersonForm", "knelpuntsignalen melden en volgen"
        ),
        Permission.DISMISS_SIGNALS: QT_TRANSLATE_NOOP(
            "PersonForm", "signalen van mogelijk maatwerk afwijzen"
        ),
    }
)
"""What each permission lets a person do, in the words of the role hint (translated where
shown, in the context "PersonForm")."""
NO_DISCIPLINE = QT_TRANSLATE_NOOP("PersonForm", "— geen —")
CHOOSE_DISCIPLINE = QT_TRANSLATE_NOOP("PersonForm", "— kies een discipline —")


def capitalised(label: str) -> str:
    return label[:1].upper() + label[1:]


def rights_text(roles: tuple[Role, ...]) -> str:
    """'Mag: dossiers inzien, … en exporteren.', in the order of `Permission`: what any of
    the roles allows."""
    allowed = permissions_of(roles)
    rights = [
        QCoreApplication.translate("PersonForm", RIGHTS[p]) for p in Permission if p in allowed
    ]
    if not rights:
        return QCoreApplication.translate("PersonForm", "Kies ten minste één rol.")
    listed = rights[0]
    if len(rights) > 1:  # the last two joined by the language's "and"
        listed = QCoreApplication.translate("PersonForm", "{listed} en {last}").format(
            listed=", ".join(rights[:-1]), last=rights[-1]
        )
    return QCoreApplication.translate("PersonForm", "Mag: {}.").format(listed)


class PersonForm(QWidget):
    """Edit one user's name (new users only), roles and discipline.

    A refusal from the services is shown under the fields, so the person can correct it
    without losing what they typed.
    """

    def __init__(self, roles: tuple[Role, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PersonForm()
        self.ui.setupUi(self)
        plain_labels(self)
        self.ui.name_edit.setMaxLength(SHORT_TEXT_LIMIT)
        for each in PERSON_ROLES:
            item = QListWidgetItem(capitalised(shown_label(each)), self.ui.role_list)
            item.setData(Qt.ItemDataRole.UserRole, each.value)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
        rows = self.ui.role_list.sizeHintForRow(0) * len(PERSON_ROLES)
        self.ui.role_list.setFixedHeight(rows + 2 * self.ui.role_list.frameWidth())
        self.ui.discipline_combo.addItem(self.tr(NO_DISCIPLINE), None)
        for discipline in Discipline:
            self.ui.discipline_combo.addItem(capitalised(shown_label(discipline)), discipline.value)
        self.ui.error_label.setStyleSheet(theme.coloured_label(theme.current().error))
        # Room for the longest role's rights in two lines, so a longer text never
        # overlaps the next row.
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 90)
        self.ui.rights_label.setMinimumHeight(2 * self.fontMetrics().lineSpacing())
        self.set_roles(roles)
        self.ui.role_list.itemChanged.connect(self._on_role_list_item_changed)
        self.ui.name_edit.textEdited.connect(self.ui.error_label.hide)
        self.ui.discipline_combo.currentIndexChanged.connect(self.ui.error_label.hide)
        self._on_role_list_item_changed()

    def show_user(self, user: User) -> None:
        """Fill in a stored user; the name stays as it is (the services cannot rename)."""
        self.ui.name_edit.setText(user.name)
        self.ui.name_edit.setReadOnly(True)
        self.set_roles(user.roles)
        value = user.discipline.value if user.discipline else None
        self.ui.discipline_combo.setCurrentIndex(self.ui.discipline_combo.findData(value))

    def name(self) -> str:
        return self.ui.name_edit.text()

    def set_roles(self, roles: tuple[Role, ...]) -> None:
        for row, role in enumerate(PERSON_ROLES):
            checked = Qt.CheckState.Checked if role in roles else Qt.CheckState.Unchecked
            self.ui.role_list.item(row).setCheckState(checked)

    def roles(self) -> tuple[Role, ...]:
        """The ticked roles, in the order of `Role`."""
        return tuple(
            role
            for row, role in enumerate(PERSON_ROLES)
            if self.ui.role_list.item(row).checkState() == Qt.CheckState.Checked
        )

    def discipline(self) -> Discipline | None:
        value = self.ui.discipline_combo.currentData()
        return Discipline(value) if value else None

    def submit(
        self, calls: ServiceCaller, title: str, failed: str, action: Callable[[Session], User]
    ) -> User | None:
        """Store through a service in one transaction; None if it was refused or failed. A
        failure of the database is told under `title`, after the sentence `failed`."""
        self.ui.error_label.hide()
        try:
            return calls.attempt(action)
        except DatabaseError as error:
            calls.tell(title, error, failed)
        except DomainError as error:  # a rule about the person: shown beside the fields
            self.ui.error_label.setText(shown_error(error))
            self.ui.error_label.show()
        return None

    @Slot()
    def _on_role_list_item_changed(self) -> None:
        roles = self.roles()
        self.ui.rights_label.setText(rights_text(roles))
        none = CHOOSE_DISCIPLINE if Role.MEMBER in roles else NO_DISCIPLINE
        self.ui.discipline_combo.setItemText(0, self.tr(none))
        self.ui.error_label.hide()


class PersonDialog(QDialog):
    """Add a user, or change the roles and discipline of one (functional administrator)."""

    def __init__(self, calls: ServiceCaller, user: User | None, parent: QWidget | None = None):
        super().__init__(parent)
        # Its warnings open over this dialog, not over the window behind it.
        self._calls = ServiceCaller(self, calls.workspace, lambda: calls.dialogs)
        self._stored = user
        self.user: User | None = None
        """The user as stored, once "Toevoegen" or "Opslaan" succeeded."""
        self.form = PersonForm(user.roles if user else (Role.CASEWORKER,), self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button: QPushButton = buttons.addButton(
            self.tr("Opslaan") if user else self.tr("Toevoegen"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(buttons)
        if user is None:
            self.setWindowTitle(self.tr("Gebruiker toevoegen"))
        else:
            self.setWindowTitle(self.tr("Gebruiker wijzigen"))
            self.form.show_user(user)

    @Slot()
    def _on_buttons_accepted(self) -> None:
        form, context = self.form, self._calls.context()
        stored = self._stored
        if stored is None:
            self.user = form.submit(
                self._calls,
                self.tr("Toevoegen"),
                self.tr("Toevoegen is niet gelukt."),
                lambda s: users.add_user(s, context, form.name(), form.roles(), form.discipline()),
            )
        else:
            self.user = form.submit(
                self._calls,
                self.tr("Wijzigen"),
                self.tr("Wijzigen is niet gelukt."),
                lambda s: users.update_user(
                    s, context, stored.id, form.roles(), form.discipline(), active=stored.active
                ),
            )
        if self.user is not None:
            self.accept()
