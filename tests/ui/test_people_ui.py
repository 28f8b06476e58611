"""Who works here: the first-start question, remembering the choice, roles in the window."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot
from team_logins import TeamDatabase

from maatwerkdesk.domain.dossier import DossierFields
from maatwerkdesk.domain.people import PERSON_ROLES, SYSTEM, Discipline, Permission, Role, User
from maatwerkdesk.services import dossiers, signing_keys, users
from maatwerkdesk.services.signing_keys import SigningKey
from maatwerkdesk.services.workspace import Workspace
from maatwerkdesk.ui.main_window import MainWindow
from maatwerkdesk.ui.people.person_form import PersonDialog, PersonForm, rights_text
from maatwerkdesk.ui.people.users_dialog import UsersDialog
from maatwerkdesk.ui.people.who_are_you import WhoAreYouDialog
from maatwerkdesk.ui.people.workstation import GUEST_ID, SETTINGS_KEY
from tests.ui.test_main_window import ScriptedDialogs, settings_in

W = TypeVar("W", bound=QWidget)


class RecordingDialogs:
    """Stands in for message boxes: records warnings instead of showing them."""

    def __init__(self) -> None:
        self.warnings: list[str] = []

    def inform(self, parent: Any, title: str, text: str, **options: Any) -> None:
        self.warnings.append(text)


def add_user(
    workspace: Workspace, name: str, role: Role, discipline: Discipline | None = None
) -> User:
    """Added by the command line's SYSTEM, which may manage users."""
    with workspace.database.sessions.begin() as session:
        return users.add_user(session, workspace.context("test"), name, role, discipline)


@pytest.fixture
def start(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path
) -> Iterator[Callable[..., MainWindow]]:
    """Start the window as the app does, asking who works here unless this workstation
    `remembered` someone."""
    windows: list[MainWindow] = []

    def start_(remembered: User | None = None) -> MainWindow:
        settings = settings_in(tmp_path)
        if remembered is not None:
            settings.setValue(SETTINGS_KEY, remembered.id)
        window = MainWindow(settings)
        qtbot.addWidget(window)
        window.show()
        workspace.keys_to_show = ()  # shown at the first start (tests/ui/test_recovery_key_dialog.py)
        window.attach_workspace(workspace, identify=True)
        windows.append(window)
        return window

    yield start_
    for window in windows:
        window.shutdown()


def shown(qtbot: QtBot, parent: QWidget, kind: type[W]) -> W:
    """The visible dialog of this kind that `parent` opened."""
    found: list[W] = []

    def visible() -> bool:
        found[:] = [w for w in parent.findChildren(kind) if w.isVisible()]
        return len(found) == 1

    qtbot.waitUntil(visible)
    return found[0]


def manage_users(start, workspace: Workspace, qtbot: QtBot) -> tuple[MainWindow, UsersDialog]:
    """The users dialog, opened by the functional administrator Fatima el Amrani."""
    window = start(add_user(workspace, "Fatima el Amrani", Role.ADMINISTRATOR))
    window.ui.action_manage_users.trigger()
    return window, shown(qtbot, window, UsersDialog)


def press(dialog: WhoAreYouDialog, button: QDialogButtonBox.StandardButton) -> None:
    dialog.ui.button_box.button(button).click()


def fill(form: PersonForm, name: str, *roles: Role, discipline: Discipline | None = None) -> None:
    """Type the name and tick exactly `roles`, as a person would."""
    form.ui.name_edit.setText(name)
    for row in range(form.ui.role_list.count()):
        item = form.ui.role_list.item(row)
        wanted = Role(item.data(Qt.ItemDataRole.UserRole)) in roles
        item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)
    value = discipline.value if discipline else None
    form.ui.discipline_combo.setCurrentIndex(form.ui.discipline_combo.findData(value))


def test_the_first_start_registers_the_first_user(start, workspace, qtbot, tmp_path) -> None:
    window = start()
    dialog = shown(qtbot, window, WhoAreYouDialog)
    assert dialog.is_registering()
    assert "functioneel beheerder" in dialog.ui.register_intro_label.text()
    # The usual first user sets the program up and works in it: both roles, unless changed.
    assert set(dialog.person.roles()) == {Role.CASEWORKER, Role.ADMINISTRATOR}
    assert window.editor is None  # waits for the answer

    dialog.person.ui.name_edit.setText("Anouk Verhoef")  # only the name, as a tired user
    press(dialog, QDialogButtonBox.StandardButton.Ok)

    user = workspace.user
    assert user is not None and user.name == "Anouk Verhoef"
    assert set(user.roles) == {Role.CASEWORKER, Role.ADMINISTRATOR}
    assert settings_in(tmp_path).value(SETTINGS_KEY) == user.id
    assert window._user_label.text() == "Anouk Verhoef (behandelaar en functioneel beheerder)"
    assert window.ui.action_manage_users.isEnabled()
    assert window.ui.action_new.isEnabled()  # and the window's Ctrl+N makes the first dossier
    qtbot.waitUntil(lambda: window.editor is not None)
    assert "Ctrl+N" in window.ui.placeholder_label.text()


def test_an_administrator_alone_is_not_told_to_press_what_is_greyed(
    start, workspace, qtbot
) -> None:
    window = start(add_user(workspace, "Fatima el Amrani", Role.ADMINISTRATOR))
    qtbot.waitUntil(lambda: window.editor is not None)
    assert not window.ui.action_new.isEnabled()  # an administrator does not edit dossiers
    text = window.ui.placeholder_label.text()
    assert "Ctrl+N" not in text and "Gebruiker\u00a0wisselen" in text and "behandelaar" in text


def test_registering_refuses_a_member_without_discipline(start, workspace, qtbot) -> None:
    window = start()
    dialog = shown(qtbot, window, WhoAreYouDialog)
    fill(dialog.person, "Jan de Vries", Role.MEMBER)
    assert dialog.person.ui.discipline_combo.currentText() == "— kies een discipline —"
    press(dialog, QDialogButtonBox.StandardButton.Ok)
    assert dialog.isVisible() and workspace.user is None
    assert dialog.person.ui.error_label.text() == (
        "Een lid van het overleg heeft een discipline. Kies er een."
    )


def test_a_chosen_user_is_remembered_for_the_next_start(start, workspace, qtbot, tmp_path) -> None:
    add_user(workspace, "Anouk Verhoef", Role.CASEWORKER)
    chair = add_user(workspace, "Bram Kok", Role.CHAIR, Discipline.LEGAL)
    add_user(workspace, "Weg Gegaan", Role.READER)
    with workspace.database.sessions.begin() as session:
        gone = users.find_user(session, "Weg Gegaan")
        users.update_user(
            session, workspace.context("test"), gone.id, Role.READER, None, active=False
        )

    window = start()
    dialog = shown(qtbot, window, WhoAreYouDialog)
    tree = dialog.ui.user_tree
    rows = [
        [tree.topLevelItem(r).text(c) for c in range(3)] for r in range(tree.topLevelItemCount())
    ]
    assert rows == [["Anouk Verhoef", "Behandelaar", ""], ["Bram Kok", "Voorzitter", "Juridisch"]]
    tree.setCurrentItem(tree.topLevelItem(1))
    press(dialog, QDialogButtonBox.StandardButton.Ok)
    assert workspace.user == chair
    assert settings_in(tmp_path).value(SETTINGS_KEY) == chair.id
    window.close()

    workspace.user = None
    again = start()
    assert workspace.user == chair  # asked no question
    qtbot.waitUntil(lambda: again.editor is not None)
    assert again.findChildren(WhoAreYouDialog) == []
    assert again._user_label.text() == "Bram Kok (voorzitter, juridisch)"


def test_cancelling_the_first_question_means_reading(start, workspace, qtbot, tmp_path) -> None:
    add_user(workspace, "Anouk Verhoef", Role.CASEWORKER)
    window = start()
    dialog = shown(qtbot, window, WhoAreYouDialog)
    cancel = dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.text() == "Verder als lezer"
    cancel.click()

    assert workspace.user is not None
    assert (workspace.user.id, workspace.user.roles) == (GUEST_ID, (Role.READER,))
    assert settings_in(tmp_path).value(SETTINGS_KEY) is None  # asked again next time
    assert "Bestand › Gebruiker wisselen…" in window._user_label.text()
    assert not window.ui.action_new.isEnabled()
    assert window.ui.action_switch_user.isEnabled()
    qtbot.waitUntil(lambda: window.editor is not None)
    assert "Ctrl+N" not in window.ui.placeholder_label.text()  # the way on is named instead
    assert "Gebruiker\u00a0wisselen" in window.ui.placeholder_label.text()


def test_a_user_who_left_is_asked_again(start, workspace, qtbot) -> None:
    user = add_user(workspace, "Anouk Verhoef", Role.CASEWORKER)
    with workspace.database.sessions.begin() as session:
        users.update_user(
            session, workspace.context("test"), user.id, user.roles, None, active=False
        )
    window = start(user)
    assert shown(qtbot, window, WhoAreYouDialog).ui.user_tree.topLevelItemCount() == 0
    assert workspace.user is None


def test_a_chair_reads_and_switching_to_a_caseworker_allows_editing(
    start, workspace, qtbot
) -> None:
    with workspace.database.sessions.begin() as session:
        dossiers.create_dossier(session, workspace.context("test"), DossierFields(title="Huur"))
    chair = add_user(workspace, "Bram Kok", Role.CHAIR, Discipline.LEGAL)
    add_user(workspace, "Anouk Verhoef", Role.CASEWORKER)
    window = start(chair)
    qtbot.waitUntil(lambda: window.editor is not None)
    editor = window.editor
    assert not window.ui.action_new.isEnabled()
    assert not window.ui.action_manage_users.isEnabled()
    model = window.list_model
    qtbot.waitUntil(lambda: model.dossier_id(0) is not None)
    window.list_pane.view.selectRow(0)
    qtbot.waitUntil(lambda: editor.current_dossier_id() == model.dossier_id(0))
    assert editor.locked_notice.isVisible()
    assert editor.locked_notice.text() == (
        "U werkt als voorzitter: u kunt dit dossier bekijken, niet wijzigen. Dossiers "
        "wijzigen kan een behandelaar; vraag die rol aan de functioneel beheerder."
    )
    assert not editor.ui.save_button.isVisible()

    editor.ui.title_edit.setText("Huur, gewijzigd")
    qtbot.waitUntil(lambda: window.isWindowModified())
    assert not window.ui.action_save.isEnabled()
    editor.dialogs = scripted = ScriptedDialogs()
    scripted.answers = ["discard"]  # switching first asks about the unsaved change

    window.ui.action_switch_user.trigger()
    assert scripted.asked == ["Wijzigingen opslaan?"]
    dialog = shown(qtbot, window, WhoAreYouDialog)
    assert dialog.ui.user_tree.currentItem().text(0) == "Bram Kok"  # the current user
    assert dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Annuleren"
    dialog.ui.user_tree.setCurrentItem(dialog.ui.user_tree.topLevelItem(0))
    press(dialog, QDialogButtonBox.StandardButton.Ok)
    assert workspace.user.name == "Anouk Verhoef"
    assert not editor.locked_notice.isVisible() and editor.ui.save_button.isVisible()
    assert window.ui.action_new.isEnabled()


def test_the_administrator_adds_and_deactivates_users(start, workspace, qtbot) -> None:
    _window, dialog = manage_users(start, workspace, qtbot)
    assert dialog.ui.user_tree.topLevelItemCount() == 1

    dialog.ui.add_button.click()
    person = shown(qtbot, dialog, PersonDialog)
    fill(person.form, "Jan de Vries", Role.MEMBER, discipline=Discipline.DEBTS)
    person.ok_button.click()
    qtbot.waitUntil(lambda: dialog.ui.user_tree.topLevelItemCount() == 2)
    current = dialog.ui.user_tree.currentItem()
    assert [current.text(c) for c in range(4)] == [
        "Jan de Vries",
        "Lid van het overleg",
        "Schulden",
        "actief",
    ]

    dialog.ui.active_button.click()
    assert dialog.ui.user_tree.currentItem().text(3) == "niet actief"
    assert dialog.ui.active_button.text() == "Weer &actief maken"
    with workspace.database.reads() as session:
        assert [u.name for u in users.list_users(session)] == ["Fatima el Amrani"]


def test_an_administrator_cannot_deactivate_themselves(start, workspace, qtbot) -> None:
    window, dialog = manage_users(start, workspace, qtbot)
    window._people.dialogs = recorded = RecordingDialogs()
    dialog.ui.active_button.click()
    assert recorded.warnings == [
        "U kunt uw eigen beheerrol niet intrekken; laat een andere beheerder dat doen."
    ]
    assert dialog.ui.user_tree.currentItem().text(3) == "actief"


def test_managing_users_is_for_administrators_only(start, workspace) -> None:
    caseworker = add_user(workspace, "Anouk Verhoef", Role.CASEWORKER)
    window = start(caseworker)
    assert not window.ui.action_manage_users.isEnabled()
    assert window.ui.action_new.isEnabled()
    assert window._user_label.text() == "Anouk Verhoef (behandelaar)"


@pytest.mark.parametrize("role", PERSON_ROLES)
def test_every_role_says_what_it_may(role: Role) -> None:
    text = rights_text((role,))
    assert text.startswith("Mag: dossiers inzien") and text.endswith(".")
    assert ("dossiers vastleggen en wijzigen" in text) == (role is Role.CASEWORKER)


def test_a_person_with_two_roles_may_what_either_allows(start, workspace, qtbot) -> None:
    """Ticking a second role adds its rights; the user is stored with both, shown with both."""
    _window, dialog = manage_users(start, workspace, qtbot)
    dialog.ui.add_button.click()
    person = shown(qtbot, dialog, PersonDialog)
    fill(person.form, "Karin Smit", Role.CASEWORKER, Role.CHAIR)
    rights = person.form.ui.rights_label.text()
    assert "dossiers vastleggen en wijzigen" in rights and "besluiten ondertekenen" in rights
    person.ok_button.click()
    qtbot.waitUntil(lambda: dialog.ui.user_tree.topLevelItemCount() == 2)
    assert dialog.ui.user_tree.currentItem().text(1) == "Behandelaar en voorzitter"
    with workspace.database.reads() as session:
        (karin,) = [u for u in users.list_users(session) if u.name == "Karin Smit"]
    assert karin.roles == (Role.CASEWORKER, Role.CHAIR)
    assert karin.may(Permission.EDIT_DOSSIER) and karin.may(Permission.SIGN)

    dialog.ui.change_button.click()
    again = shown(qtbot, dialog, PersonDialog)
    assert again.form.roles() == (Role.CASEWORKER, Role.CHAIR)  # both kept when editing
    fill(again.form, "Karin Smit")
    again.ok_button.click()
    assert again.isVisible()
    assert again.form.ui.error_label.text().startswith("Kies een of meer rollen")


# ----------------------------------------------------------------- signing keys


def make_key(workspace: Workspace, chair: User) -> SigningKey:
    """The chair makes a key on their own workstation (the test's memory keyring)."""
    with workspace.database.sessions.begin() as session:
        return signing_keys.create_key(session, workspace.context("test", user=chair))


def key_rows(dialog: UsersDialog) -> list[list[str]]:
    tree = dialog.ui.key_tree
    return [
        [tree.topLevelItem(r).text(c) for c in range(3)] for r in range(tree.topLevelItemCount())
    ]


def test_the_administrator_registers_a_key_only_with_what_the_chair_reads_out(
    start, workspace, qtbot
) -> None:
    chair = add_user(workspace, "Bram Kok", Role.CHAIR, Discipline.LEGAL)
    key = make_key(workspace, chair)
    _window, dialog = manage_users(start, workspace, qtbot)
    groups = key.fingerprint.split()
    [[name, listed, status]] = key_rows(dialog)
    assert (name, status) == ("Bram Kok", "wacht op registratie")
    assert listed == " ".join(["····"] * 4 + groups[4:])  # what the chair reads out is left out
    assert not any(group in listed for group in groups[:4])
    assert dialog.ui.register_button.isEnabled()

    dialog.ui.register_button.click()
    register = dialog.keys.dialog
    assert register is not None and register.isVisible()
    assert "".join(groups[:4]) not in register.ui.known_label.text().replace(" ", "")
    ok = register.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    read_out = " ".join(groups[:4]).lower()
    register.ui.typed_edit.setText(read_out[:-1])
    assert register.ui.result_label.text() == "Nog 1 teken te gaan."
    wrong = read_out[:-1] + ("0" if read_out[-1] != "0" else "1")
    register.ui.typed_edit.setText(wrong)
    assert register.ui.result_label.text().startswith("Komt niet overeen met deze sleutel.")
    assert not ok.isEnabled()
    register.ui.typed_edit.setText(read_out)
    assert register.ui.result_label.text().startswith("Komt overeen")
    assert ok.isEnabled() and ok.text() == "Registreren"
    ok.click()
    qtbot.waitUntil(lambda: dialog.keys.dialog is None)

    assert register.registered is not None and register.registered.status == "registered"
    with workspace.database.reads() as session:
        assert [k.status for k in signing_keys.list_keys(session)] == ["registered"]
    assert key_rows(dialog) == [["Bram Kok", key.fingerprint, "geregistreerd"]]
    assert not dialog.ui.register_button.isEnabled()


def test_a_key_that_is_not_a_chairs_is_refused_in_the_dialog(start, workspace, qtbot) -> None:
    chair = add_user(workspace, "Bram Kok", Role.CHAIR, Discipline.LEGAL)
    key = make_key(workspace, chair)
    window, dialog = manage_users(start, workspace, qtbot)
    window._people.dialogs = recorded = RecordingDialogs()
    with workspace.database.sessions.begin() as session:  # no longer a chair meanwhile
        users.update_user(
            session, workspace.context("test", user=SYSTEM), chair.id, Role.READER, None
        )
    dialog.ui.register_button.click()
    register = dialog.keys.dialog
    assert register is not None
    register.ui.typed_edit.setText(key.key_id[:16])
    register.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).click()
    assert recorded.warnings == [
        "Deze sleutel hoort niet bij een actieve voorzitter; registreren heeft geen zin."
    ]
    assert register.isVisible() and register.registered is None


def test_on_a_team_database_the_login_works_here_and_nobody_is_asked(
    qtbot: QtBot,
    team_database: TeamDatabase,
    open_workspaces: Callable[[str | None], Workspace],
    tmp_path: Path,
) -> None:
    """Who works here is the login: not the user chosen here before, and no one to switch to."""
    anouk = team_database.add("Anouk Verhoef", Role.CASEWORKER)
    other = team_database.add("Rik Lezer", Role.READER)
    workspace = open_workspaces(team_database.url(anouk))
    settings = settings_in(tmp_path)
    settings.setValue(SETTINGS_KEY, other.id)
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    workspace.keys_to_show = ()  # the profile's new key: shown at the first start
    window.attach_workspace(workspace, identify=True)
    try:
        qtbot.waitUntil(lambda: window.editor is not None)
        assert workspace.user == anouk
        assert window.findChildren(WhoAreYouDialog) == []
        assert window._user_label.text() == "Anouk Verhoef (behandelaar)"
        assert window.ui.action_new.isEnabled()
        assert not window.ui.action_switch_user.isEnabled()
    finally:
        window.shutdown()
