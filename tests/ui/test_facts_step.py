"""The Feiten step: amounts, third parties and rulings added, changed and removed as a
caseworker would, saved with the dossier, autosaved and checked in their dialogs."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

from editor_fakes import make_editor, store
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot
from samples import sample_facts

from maatwerkdesk.domain.case_facts import (
    Amount,
    AmountKind,
    CaseFacts,
    PartyRole,
    Period,
    Ruling,
    Stage,
    ThirdParty,
)
from maatwerkdesk.domain.dossier import DossierFields
from maatwerkdesk.domain.dossier_steps import StepState
from maatwerkdesk.domain.serialise import fields_from_dict
from maatwerkdesk.services import dossiers, drafts
from maatwerkdesk.services.workspace import Workspace
from maatwerkdesk.ui.dossier_editor import DossierEditor
from maatwerkdesk.ui.dossier_editor.fact_dialogs import AmountDialog, RulingDialog, ThirdPartyDialog

TODAY = date(2026, 11, 28)
CLAIM = Amount(AmountKind.CLAIM, Decimal("4312.17"), id="91a2b3c4-d5e6-4f70-8192-a3b4c5d6e7f8")
EMPLOYER = ThirdParty(
    PartyRole.EMPLOYER, "Bakkerij Dekkers", id="7f3e4d5c-6071-4c8d-ae9f-1a2b3c4d5e6f"
)
RULING = Ruling(
    "ECLI:NL:CRVB:2024:726", "Dringende redenen", "80f4e5d6-7182-4d9e-bfa0-2b3c4d5e6f70"
)


def _select(view: QTableView, row: int) -> None:
    view.selectionModel().select(
        view.model().index(row, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )


def _facts_step(editor: DossierEditor) -> StepState:
    return next(
        StepState(editor.ui.step_list.item(row).toolTip().split(": ")[1].split(" — ")[0])
        for row in range(editor.ui.step_list.count())
        if editor.ui.step_list.item(row).toolTip().startswith("Feiten:")
    )


def test_the_step_comes_after_knelpunt_and_may_stay_empty(
    qtbot: QtBot, workspace: Workspace
) -> None:
    editor, _fake = make_editor(qtbot, workspace)
    tabs = editor.ui.tabs
    titles = [tabs.tabText(i) for i in range(tabs.count())]
    assert titles[titles.index("Knelpunt") + 1] == "Feiten"
    assert _facts_step(editor) is StepState.OPTIONAL
    assert editor.form_to_fields().facts == CaseFacts()


def test_rows_are_added_changed_removed_and_saved(qtbot: QtBot, workspace: Workspace) -> None:
    editor, fake = make_editor(qtbot, workspace)
    record = store(workspace, DossierFields(title="Terugvordering"))
    assert editor.open_dossier(record.id)
    facts = editor._form.facts
    ui = facts.ui
    fake.fact_entries = [CLAIM, EMPLOYER, RULING]
    ui.amount_add_button.click()
    ui.party_add_button.click()
    ui.ruling_add_button.click()
    ui.stage_combo.setCurrentIndex(ui.stage_combo.findData(Stage.OBJECTION.value))
    assert fake.fact_edited == [None, None, None]  # each dialog was opened empty
    assert editor.is_modified() and _facts_step(editor) is StepState.DONE
    raised = replace(CLAIM, euros=Decimal("5000.00"))
    fake.fact_entries = [raised]
    _select(ui.amounts_view, 0)
    ui.amount_edit_button.click()
    assert fake.fact_edited[-1] == CLAIM  # the dialog was given the row to change
    _select(ui.parties_view, 0)
    ui.party_remove_button.click()
    assert editor.save()
    with workspace.database.reads() as session:
        saved = dossiers.open_dossier(session, workspace.context("test"), record.id).fields.facts
    assert saved == CaseFacts(Stage.OBJECTION, (raised,), (), (RULING,))
    assert not ui.party_edit_button.isEnabled()  # nothing chosen


def test_a_cancelled_dialog_changes_nothing(qtbot: QtBot, workspace: Workspace) -> None:
    editor, fake = make_editor(qtbot, workspace)
    fake.fact_entries = [None]
    editor._form.facts.ui.amount_add_button.click()
    assert not editor.is_modified() and editor.form_to_fields().facts == CaseFacts()


def test_the_facts_are_autosaved_and_reverted(qtbot: QtBot, workspace: Workspace) -> None:
    editor, fake = make_editor(qtbot, workspace)
    record = store(workspace, DossierFields(title="Met concept", facts=sample_facts()))
    assert editor.open_dossier(record.id)
    fake.fact_entries = [CLAIM]
    editor._form.facts.ui.amount_add_button.click()
    editor.flush_draft()
    with workspace.database.reads() as session:
        (draft,) = drafts.pending_drafts(session, workspace.context("test"))
    assert fields_from_dict(draft.payload).facts.amounts[-1] == CLAIM
    fake.answers = ["revert"]
    assert editor.revert_changes()
    assert editor.form_to_fields().facts == sample_facts()


def test_a_refused_value_points_at_the_feiten_step(qtbot: QtBot, workspace: Workspace) -> None:
    editor, _fake = make_editor(qtbot, workspace)
    future = CaseFacts(rulings=(Ruling("ECLI:NL:HR:2999:1", id=RULING.id),))
    editor.fields_to_form(DossierFields(title="Toekomst", facts=future))
    assert not editor.save()
    assert editor.ui.tabs.tabText(editor.ui.tabs.currentIndex()) == "Feiten"
    assert editor.ui.message_label.text().startswith("Feiten: Het jaartal")


def test_the_amount_dialog_checks_what_is_typed(qtbot: QtBot) -> None:
    dialog = AmountDialog(None)
    qtbot.addWidget(dialog)
    ui = dialog.ui
    ui.euros_edit.setText("-12")
    ui.button_box.accepted.emit()
    assert dialog.result() == 0 and "negatief" in ui.error_label.text()
    ui.euros_edit.setText("4.312,17")
    ui.period_combo.setCurrentIndex(ui.period_combo.findData(Period.MONTHLY.value))
    ui.starts_edit.setText("1-2-2026")
    ui.ends_edit.setText("31-01-2026")
    ui.button_box.accepted.emit()
    assert "vóór de begindatum" in ui.error_label.text()
    ui.ends_edit.setText("30-4-2026")
    ui.button_box.accepted.emit()
    amount = dialog.amount()
    assert dialog.result() == 1
    assert (amount.euros, amount.starts, amount.ends) == (
        Decimal("4312.17"),
        date(2026, 2, 1),
        date(2026, 4, 30),
    )
    again = AmountDialog(amount)
    qtbot.addWidget(again)
    assert again.amount() == amount  # shown as it is, the id kept


def test_the_party_and_ruling_dialogs_check_what_is_typed(qtbot: QtBot) -> None:
    party = ThirdPartyDialog(None)
    qtbot.addWidget(party)
    party.ui.button_box.accepted.emit()
    assert "Noem" in party.ui.error_label.text()
    party.ui.name_edit.setText("  Bakkerij Dekkers ")
    assert party.party().name == "Bakkerij Dekkers"
    ruling = RulingDialog(None, TODAY)
    qtbot.addWidget(ruling)
    ruling.ui.ecli_edit.setText("CRvB 18 april 2024")
    ruling.ui.button_box.accepted.emit()
    assert "geen ECLI" in ruling.ui.error_label.text()
    ruling.ui.ecli_edit.setText("ecli:nl:crvb:2024:726")
    assert ruling.ruling().ecli == "ECLI:NL:CRVB:2024:726"


def test_the_afweging_step_shows_the_recovery_against_the_income(
    qtbot: QtBot, workspace: Workspace
) -> None:
    editor, _fake = make_editor(qtbot, workspace)
    record = store(workspace, DossierFields(title="Terugvordering", facts=sample_facts()))
    assert editor.open_dossier(record.id)
    editor.ui.tabs.setCurrentWidget(editor.weighing)
    qtbot.waitUntil(lambda: editor.weighing.state() is not None)
    label = editor.weighing.ui.balance_burden_label
    assert label.isVisibleTo(editor) and label.text().startswith(
        "De (terug)vordering van € 4.312,17 is "
    )
    assert "3 jaar of langer" in label.text()  # 30 % or more
