"""The besluitbrief in the app (preview, save, audit; a refusal for an undecided dossier)
and the organisation settings dialog, which only a functioneel beheerder opens and saves."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from editor_fakes import FakeDialogs
from mnemonics import window_problems
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from test_export_ui import audited, ids_with

from maatwerkdesk.domain.organisation import NO_SETTINGS
from maatwerkdesk.domain.people import Role, User
from maatwerkdesk.domain.vocabulary import DossierStatus, Organisation
from maatwerkdesk.persistence.models import AuditRow
from maatwerkdesk.services import document_export, users
from maatwerkdesk.services.organisation import UPDATE_SETTINGS, read_settings, settings_path
from maatwerkdesk.services.workspace import Workspace
from maatwerkdesk.ui.common.service_calls import ServiceCaller
from maatwerkdesk.ui.export.building import letter_export
from maatwerkdesk.ui.export.preview import PdfPreviewDialog
from maatwerkdesk.ui.main_window import MainWindow
from maatwerkdesk.ui.organisation_dialog import (
    ORGANISATION,
    OrganisationDialog,
    open_organisation_dialog,
)

TODAY = date(2026, 12, 1)


def person(workspace: Workspace, role: Role) -> User:
    with workspace.database.reads() as session:
        return next(u for u in users.list_users(session) if u.roles == (role,))


def caller(qtbot: QtBot, workspace: Workspace) -> tuple[ServiceCaller, FakeDialogs]:
    parent = QWidget()
    qtbot.addWidget(parent)
    dialogs = FakeDialogs()
    return ServiceCaller(parent, workspace, lambda: dialogs), dialogs


def updates(workspace: Workspace) -> list[str]:
    """The results of the audited saves of the settings."""
    with workspace.database.reads() as session:
        query = select(AuditRow.result).where(AuditRow.name == UPDATE_SETTINGS)
        return list(session.scalars(query))


# ---------------------------------------------------------------------- settings dialog


def test_a_functioneel_beheerder_sets_the_organisation(
    qtbot: QtBot, demo_workspace: Workspace
) -> None:
    demo_workspace.user = person(demo_workspace, Role.ADMINISTRATOR)
    calls, dialogs = caller(qtbot, demo_workspace)
    dialog = open_organisation_dialog(calls)
    assert dialog is not None and dialogs.informed == []
    qtbot.addWidget(dialog)
    assert window_problems(dialog, "organisatiegegevens") == []
    ui = dialog.ui
    ui.name_edit.setText("Gemeente Voorbeeld")
    ui.address_edit.setPlainText("Postbus 1\n1000 AA Voorbeeld")
    ui.add_body_button.click()
    ui.body_table.item(0, 0).setText("Opiumwet, drugs")
    ui.body_table.item(0, 2).setText("De burgemeester van Voorbeeld")
    choice = ui.body_table.cellWidget(0, ORGANISATION)
    choice.setCurrentIndex(choice.findData(Organisation.GEMEENTE.value))
    ui.add_body_button.click()  # left empty: dropped
    ui.term_spin.setValue(28)
    ui.button_box.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialogs.informed == []
    saved = read_settings(demo_workspace.paths.config)
    assert saved.name == "Gemeente Voorbeeld" and saved.asylum.days == 28
    (body,) = saved.bodies
    assert body.regulation == ("Opiumwet", "drugs")
    assert body.organisation is Organisation.GEMEENTE
    assert updates(demo_workspace) == ["ok"]


def test_anyone_else_is_refused_before_the_dialog_and_at_the_save(
    qtbot: QtBot, demo_workspace: Workspace
) -> None:
    demo_workspace.user = person(demo_workspace, Role.CASEWORKER)
    calls, dialogs = caller(qtbot, demo_workspace)
    assert open_organisation_dialog(calls) is None
    assert dialogs.informed and "functioneel beheerder" in dialogs.informed[0][1]
    # Around the check: the dialog made by hand, and its save pressed.
    dialog = OrganisationDialog(calls, NO_SETTINGS)
    qtbot.addWidget(dialog)
    dialog.ui.name_edit.setText("Nep")
    dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save).click()
    assert len(dialogs.informed) == 2
    assert not settings_path(demo_workspace.paths.config).exists()
    assert "ok" not in updates(demo_workspace)


@pytest.mark.parametrize(
    ("role", "enabled"), [(Role.CASEWORKER, False), (Role.ADMINISTRATOR, True)]
)
def test_the_window_offers_the_settings_to_the_beheerder_only(
    qtbot: QtBot, demo_workspace: Workspace, settings: QSettings, role: Role, enabled: bool
) -> None:
    demo_workspace.user = person(demo_workspace, role)
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.attach_workspace(demo_workspace)
    qtbot.waitUntil(lambda: window.editor is not None)
    window._show_user()
    assert window.ui.action_organisation.isEnabled() is enabled
    window.shutdown()


# ---------------------------------------------------------------------- the letter


def test_the_letter_is_previewed_then_saved_and_audited(
    qtbot: QtBot, demo_workspace: Workspace, settings: QSettings, tmp_path: Path
) -> None:
    dossier_id = ids_with(demo_workspace, DossierStatus.BESLOTEN)[0]
    export = letter_export(demo_workspace, dossier_id, TODAY)
    assert export.action_name == document_export.EXPORT_LETTER
    assert audited(demo_workspace, document_export.PREVIEW_LETTER) == [dossier_id]  # a read
    assert audited(demo_workspace, document_export.EXPORT_LETTER) == []  # nothing left yet
    dialog = PdfPreviewDialog(demo_workspace, settings, export)
    qtbot.addWidget(dialog)
    dialog.dialogs = FakeDialogs()  # type: ignore[assignment]
    assert not dialog.ui.pseudonymise_check.isVisibleTo(dialog)  # it goes to the citizen
    offered: list[Path] = []

    def choose(suggested: Path) -> Path:
        offered.append(suggested)
        return tmp_path / "brief.pdf"

    dialog.choose_target = choose
    dialog.ui.save_button.click()
    assert offered[0].name.endswith("besluitbrief.pdf")
    assert (tmp_path / "brief.pdf").read_bytes() == export.pdf
    assert audited(demo_workspace, document_export.EXPORT_LETTER) == [dossier_id]


def test_the_window_makes_the_letter_or_says_to_sign_first(
    qtbot: QtBot, demo_workspace: Workspace, settings: QSettings
) -> None:
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    window.attach_workspace(demo_workspace)
    qtbot.waitUntil(lambda: window.editor is not None)
    assert not window.ui.action_export_letter.isEnabled()  # no dossier open
    undecided = ids_with(demo_workspace, DossierStatus.TER_BESPREKING)[0]
    window.list_pane.dossier_chosen.emit(undecided)
    qtbot.waitUntil(window.ui.action_export_letter.isEnabled)
    exports = window._export_actions()
    exports.dialogs = FakeDialogs()  # type: ignore[assignment]
    window.ui.action_export_letter.trigger()
    qtbot.waitUntil(lambda: bool(exports.dialogs.informed), timeout=30_000)
    assert "ondertekenen" in exports.dialogs.informed[0][1]
    assert not window.findChildren(PdfPreviewDialog)

    decided = ids_with(demo_workspace, DossierStatus.BESLOTEN)[0]
    window.list_pane.dossier_chosen.emit(decided)
    qtbot.waitUntil(lambda: window.editor.current_dossier_id() == decided)
    window.ui.action_export_letter.trigger()
    qtbot.waitUntil(lambda: bool(window.findChildren(PdfPreviewDialog)), timeout=30_000)
    preview = window.findChild(PdfPreviewDialog)
    assert preview.export.action_name == document_export.EXPORT_LETTER
    assert preview.export.dossier_ids == (decided,)
    preview.close()
    window.shutdown()
