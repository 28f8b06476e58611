"""No two widgets of one window share an Alt+letter accelerator, in every window of the app
(see mnemonics.py): Alt+B once went to the BSN field as well as the Bestand menu."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

from editor_fakes import FakeDialogs
from mnemonics import every_tab_problems, mnemonic, window_problems
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from signing_helpers import give_key, sign_overriding

from maatwerkdesk.domain.conference import ItemRecord
from maatwerkdesk.domain.errors import PasswordNeededError
from maatwerkdesk.domain.people import Role, User
from maatwerkdesk.domain.sync_conflicts import SyncConflict
from maatwerkdesk.services import dossiers, meetings, precedents, signing_keys, users
from maatwerkdesk.services.demo.conference import CHAIRS
from maatwerkdesk.services.store_keys import KeyNews, Unlocked
from maatwerkdesk.services.workspace import Workspace
from maatwerkdesk.ui.briefcase.conflicts_dialog import SyncConflictsDialog
from maatwerkdesk.ui.briefcase.take_dialog import TakeAlongDialog
from maatwerkdesk.ui.common.service_calls import ServiceCaller
from maatwerkdesk.ui.conference import ConferenceWindow
from maatwerkdesk.ui.conference.plan_dialog import PlanDialog
from maatwerkdesk.ui.conference.review import ReviewDialog
from maatwerkdesk.ui.conference.review_texts import Mode
from maatwerkdesk.ui.conference.signing_key import SigningKeyDialog
from maatwerkdesk.ui.crash_dialog import CrashDialog
from maatwerkdesk.ui.dossier_editor.dialogs import TimelineEntryDialog
from maatwerkdesk.ui.dossier_editor.fact_dialogs import AmountDialog, RulingDialog, ThirdPartyDialog
from maatwerkdesk.ui.export.building import agenda_candidates, decision_export
from maatwerkdesk.ui.export.pack_dialog import PackDialog
from maatwerkdesk.ui.export.preview import PdfPreviewDialog
from maatwerkdesk.ui.groups.group_form import GroupFormDialog
from maatwerkdesk.ui.groups.groups_dialog import GroupsDialog
from maatwerkdesk.ui.intake.queue_dialog import IntakeQueueDialog
from maatwerkdesk.ui.integrity.resolve_dialog import ResolveDialog
from maatwerkdesk.ui.main_window import MainWindow
from maatwerkdesk.ui.password_prompt import PasswordDialog
from maatwerkdesk.ui.people.person_form import PersonDialog
from maatwerkdesk.ui.people.signing_keys import RegisterKeyDialog
from maatwerkdesk.ui.people.users_dialog import UsersDialog
from maatwerkdesk.ui.people.who_are_you import WhoAreYouDialog
from maatwerkdesk.ui.recovery_key_dialog import RecoveryKeyDialog
from maatwerkdesk.ui.signals.signal_form import SignalFormDialog
from maatwerkdesk.ui.signals.signals_dialog import SignalsDialog

TODAY = date.today()


def on_screen(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.addWidget(widget)
    if hasattr(widget, "dialogs"):
        widget.dialogs = FakeDialogs()  # type: ignore[attr-defined]
    widget.resize(1366, 768)
    widget.show()


def people(workspace: Workspace) -> dict[str, User]:
    with workspace.database.reads() as session:
        return {user.name: user for user in users.list_users(session)}


def in_role(workspace: Workspace, role: Role) -> User:
    return next(user for user in people(workspace).values() if role in user.roles)


def test_the_letter_is_the_one_after_a_single_ampersand() -> None:
    assert mnemonic("&Bestand") == "b"
    assert mnemonic("Be&werken") == "w"
    assert mnemonic("Zorg && &Welzijn") == "w"
    assert mnemonic("Zorg && welzijn") is None
    assert mnemonic("Bestand") is None and mnemonic("Einde&") is None


def test_a_letter_taken_twice_and_a_label_without_buddy_are_found(qtbot: QtBot) -> None:
    window = QWidget()
    label, field = QLabel("&Bestand:", window), QLineEdit(window)
    label.setBuddy(field)
    QPushButton("&Bewaren", window).move(0, 40)
    QLabel("&Huishouden:", window).move(0, 80)
    on_screen(qtbot, window)
    assert window_problems(window, "venster") == [
        "venster: Alt+B: QPushButton '&Bewaren', label '&Bestand:'",
        "venster: label '&Huishouden:' shows its & (it has no buddy)",
    ]


def test_the_main_window_with_a_dossier_open(
    qtbot: QtBot, demo_workspace: Workspace, settings: QSettings
) -> None:
    window = MainWindow(settings)
    on_screen(qtbot, window)
    window.attach_workspace(demo_workspace)
    qtbot.waitUntil(lambda: window.editor is not None)
    editor, model = window.editor, window.list_model
    assert editor is not None and model is not None and window.list_pane is not None
    editor.dialogs = FakeDialogs()  # type: ignore[assignment]
    qtbot.waitUntil(lambda: model.dossier_id(0) is not None)
    window.list_pane.dossier_chosen.emit(model.dossier_id(0))
    qtbot.waitUntil(lambda: editor.current_dossier_id() is not None)
    editor.ui.person_radio.setChecked(True)
    problems = every_tab_problems(window, "hoofdvenster")
    editor.ui.tabs.setCurrentWidget(editor.ui.subject_tab)
    editor.ui.bsn_show_button.click()  # '&Tonen' becomes '&Verbergen'
    problems += window_problems(window, "hoofdvenster, BSN getoond")
    window.shutdown()
    assert not problems, "\n".join(problems)


def signed_item(workspace: Workspace) -> str:
    """The first agenda item of the demo meeting with a proposal, recorded and signed."""
    chair = people(workspace)[CHAIRS[0].name]
    context = workspace.context("test", user=in_role(workspace, Role.SECRETARY))
    with workspace.database.sessions.begin() as session:
        meeting = meetings.list_meetings(session)[0]
        for item in meetings.load_meeting(session, meeting.id).agenda:
            proposal = precedents.load_precedents(session, context, item.dossier_id).decision
            if proposal is not None:
                meetings.record_item(session, context, item.id, ItemRecord(decision=proposal))
                give_key(session, chair)
                sign_overriding(session, workspace.context("test", user=chair), item.id)
                return item.id
    raise AssertionError("the demo meeting has no dossier with a proposal")


def test_the_conference_window_and_the_review_in_each_mode(
    qtbot: QtBot, demo_workspace: Workspace, settings: QSettings
) -> None:
    signed_id = signed_item(demo_workspace)
    with demo_workspace.database.reads() as session:
        meeting = meetings.list_meetings(session)[0]
        open_id = next(
            item.id
            for item in meetings.load_meeting(session, meeting.id).agenda
            if item.id != signed_id
        )
    problems: list[str] = []
    for role in (Role.SECRETARY, Role.MEMBER, Role.CHAIR):
        demo_workspace.user = (
            people(demo_workspace)[CHAIRS[0].name]
            if role is Role.CHAIR
            else in_role(demo_workspace, role)
        )
        window = ConferenceWindow(demo_workspace, settings)
        on_screen(qtbot, window)
        window.refresh(select=meeting.id)
        problems += every_tab_problems(window, f"overleg ({role.value})")
        window.shutdown()
        for item_id in (open_id, signed_id):
            review = ReviewDialog(demo_workspace, item_id, TODAY)
            on_screen(qtbot, review)
            qtbot.waitUntil(lambda r=review: r.review is not None and not r.is_loading())  # type: ignore[misc]
            problems += every_tab_problems(
                review, f"bespreking ({role.value}, {review.mode.value})"
            )
            if review.ui.amend_button.isVisible() and review.ui.amend_button.isEnabled():
                review.ui.amend_button.click()
                assert review.mode is Mode.AMEND
                problems += every_tab_problems(
                    review, f"bespreking ({role.value}, {review.mode.value})"
                )
            review.reject()
    assert not problems, "\n".join(problems)


def test_every_dialog(
    qtbot: QtBot, demo_workspace: Workspace, settings: QSettings, tmp_path: Path
) -> None:
    workspace = demo_workspace
    workspace.user = in_role(workspace, Role.ADMINISTRATOR)
    parent = QWidget()
    qtbot.addWidget(parent)
    calls = ServiceCaller(parent, workspace, FakeDialogs)
    everyone = list(people(workspace).values())
    chair = people(workspace)[CHAIRS[0].name]
    with workspace.database.sessions.begin() as session:
        pending = signing_keys.create_key(session, workspace.context("test", user=chair))
        summaries = dossiers.list_dossiers(session, dossiers.DossierQuery(), limit=None)
    first = summaries[0]
    conflict = SyncConflict(
        "c1",
        first.id,
        ("fields", "title"),
        "Huurschuld",
        "Zorgkosten",
        "LT-07",
        "Anouk",
        datetime(2026, 12, 6, 14, tzinfo=UTC),
    )
    try:
        raise ValueError("kapot")
    except ValueError as error:
        crash = CrashDialog(error, tmp_path / "maatwerkdesk.log")
    dialogs: dict[str, QWidget] = {
        "gebruikers": UsersDialog(calls),
        "gebruiker": PersonDialog(calls, everyone[0]),
        "nieuwe gebruiker": PersonDialog(calls, None),
        "sleutel registreren": RegisterKeyDialog(calls, pending),
        "mijn sleutel": SigningKeyDialog(calls),
        "wie bent u": WhoAreYouDialog(calls, everyone, None, first_start=False),
        "overleg plannen": PlanDialog(calls, everyone, TODAY),
        "voorbeeld": PdfPreviewDialog(
            workspace, settings, decision_export(workspace, first.id, TODAY)
        ),
        "vergaderstukken": PackDialog(workspace, agenda_candidates(workspace), TODAY),
        "tijdlijn": TimelineEntryDialog(TODAY),
        "bedrag": AmountDialog(None),
        "derde": ThirdPartyDialog(None),
        "uitspraak": RulingDialog(None, TODAY),
        "vrijgeven": ResolveDialog(
            calls, first.id, first.reference, ("Gewijzigd buiten het programma.",)
        ),
        "meenemen": TakeAlongDialog(workspace, summaries, datetime.now(UTC).astimezone()),
        "verschillen": SyncConflictsDialog(first.reference, (conflict, replace(conflict, id="c2"))),
        "wachtwoord": PasswordDialog(
            PasswordNeededError("…", user="anouk", address="db:5432/mw", refused=True)
        ),
        "herstelsleutel": RecoveryKeyDialog(
            Unlocked(tmp_path / "mw.sqlite3", bytes(32), KeyNews.NEW)
        ),
        "fout": crash,
        "groepen": GroupsDialog(calls, open_dossier=lambda: first.id, show_dossier=print),
        "groep": GroupFormDialog(calls, None),
        "knelpuntsignalen": SignalsDialog(calls, open_dossier=lambda: first.id, show_dossier=print),
        "knelpuntsignaal": SignalFormDialog(calls, None),
        "mogelijk maatwerk": IntakeQueueDialog(calls, show_dossier=print),
    }
    problems: list[str] = []
    for name, dialog in dialogs.items():
        on_screen(qtbot, dialog)
        problems += every_tab_problems(dialog, name)
    assert not problems, "\n".join(problems)
