"""The dossier editor, driven as a caseworker would: type, save, restore, add to the timeline."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from editor_fakes import FakeDialogs, make_editor, store
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QLabel, QTableView, QWidget
from pytestqt.qtbot import QtBot

from maatwerkdesk.domain.dossier import (
    DimensionNote,
    Doenvermogen,
    DossierFields,
    DossierRecord,
    Subject,
    TimelineEntry,
)
from maatwerkdesk.domain.identifiers import mask_bsn
from maatwerkdesk.domain.people import Role
from maatwerkdesk.domain.text import SHORT_TEXT_LIMIT
from maatwerkdesk.domain.vocabulary import (
    DoenDimension,
    DoenObservation,
    DossierStatus,
    Organisation,
    Stressor,
    SubjectKind,
    TimelineKind,
)
from maatwerkdesk.services import dossiers, drafts, users
from maatwerkdesk.services.context import person_of
from maatwerkdesk.services.workspace import Workspace
from maatwerkdesk.ui.dossier_editor import DossierEditor
from maatwerkdesk.ui.dossier_editor.models import AttachmentModel, TimelineModel
from maatwerkdesk.ui.dossier_editor.presentation import (
    BsnState,
    bsn_feedback,
    format_size,
    is_risky_file,
    viewing_name,
    with_mnemonic,
)

VALID_BSN = "111222333"


@pytest.fixture
def editor(qtbot: QtBot, workspace: Workspace) -> DossierEditor:
    return make_editor(qtbot, workspace)[0]


def fake(editor: DossierEditor) -> FakeDialogs:
    assert isinstance(editor.dialogs, FakeDialogs)
    return editor.dialogs


def stored(workspace: Workspace, dossier_id: str) -> DossierRecord:
    with workspace.database.sessions.begin() as session:
        return dossiers.open_dossier(session, workspace.context("test"), dossier_id)


def pending(workspace: Workspace) -> list[drafts.Draft]:
    with workspace.database.sessions.begin() as session:
        return drafts.pending_drafts(session, workspace.context("test"))


def full_fields() -> DossierFields:
    return DossierFields(
        title="Terugvordering huurtoeslag",
        status=DossierStatus.ANALYSE,
        owner="j.jansen",
        organisations=(Organisation.GEMEENTE, Organisation.TOESLAGEN),
        regulation="Awir",
        deviation_article="art. 47",
        generic_outcome="Terugvordering van € 4.200 ineens.",
        knelpunt="Mevrouw raakt haar woning kwijt.\nDe kinderen moeten van school.",
        request="Een betalingsregeling van € 50 per maand.",
        notes="Bellen na het MDO.",
        subject=Subject(
            kind=SubjectKind.PERSON,
            name="A. de Vries",
            bsn=VALID_BSN,
            date_of_birth=date(1985, 3, 15),
            contact="06-12345678",
            household="Alleenstaande ouder, twee kinderen",
        ),
        doenvermogen=Doenvermogen(
            dimensions={
                DoenDimension.PLAN: DimensionNote(
                    DoenObservation.SOME_DIFFICULTY, "Geen overzicht"
                ),
                DoenDimension.SETBACK: DimensionNote(DoenObservation.SERIOUS_DIFFICULTY, ""),
                DoenDimension.ACTION: DimensionNote(DoenObservation.NOT_OBSERVED, "Belt wel terug"),
            },
            stressors=frozenset({Stressor.DEBTS, Stressor.DIVORCE}),
            support="Wijkteam",
        ),
    )


def select_row(view: QTableView, row: int) -> None:
    index = view.model().index(row, 0)
    view.selectionModel().select(
        index,
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )


def tab_of(editor: DossierEditor, widget: QWidget) -> int:
    for index in range(editor.ui.tabs.count()):
        if editor.ui.tabs.widget(index).isAncestorOf(widget):
            return index
    raise AssertionError("widget is on no tab")


# ---------------------------------------------------------------------- form and fields


def test_a_new_editor_shows_an_empty_unmodified_dossier(
    editor: DossierEditor, workspace: Workspace
) -> None:
    assert editor.current_dossier_id() is None
    assert not editor.is_modified()
    assert editor.ui.reference_edit.text() == "nieuw"
    assert editor.ui.owner_edit.text() == person_of(workspace.context("desktop").actor)
    assert editor.ui.heading_label.text() == "Nieuw dossier"
    assert not editor.ui.timeline_add_button.isEnabled()
    assert not editor.ui.attachments_add_button.isEnabled()
    assert "Sla het dossier eerst op" in editor.ui.timeline_hint_label.text()


def test_a_new_dossier_is_owned_by_the_person_not_by_the_account(
    qtbot: QtBot, workspace: Workspace
) -> None:
    with workspace.database.sessions.begin() as session:
        workspace.user = users.add_user(
            session, workspace.context("test"), "Anouk Verhoef", Role.CASEWORKER
        )
    assert workspace.context("desktop").actor.startswith("Anouk Verhoef (account ")
    editor, _fake = make_editor(qtbot, workspace)
    assert editor.ui.owner_edit.text() == "Anouk Verhoef"


def test_fields_survive_the_form_unchanged(editor: DossierEditor) -> None:
    fields = full_fields()
    editor.fields_to_form(fields)
    assert editor.form_to_fields() == fields


def test_conversion_never_validates(editor: DossierEditor, qtbot: QtBot) -> None:
    editor.ui.tabs.setCurrentWidget(editor.ui.subject_tab)
    qtbot.keyClicks(editor.ui.bsn_edit, "1234")
    editor.ui.kvk_edit.setText("12")
    fields = editor.form_to_fields()
    assert fields.subject.bsn == "1234"
    assert fields.subject.kvk_number == "12"


def test_line_edits_carry_the_domain_limits(editor: DossierEditor) -> None:
    ui = editor.ui
    for edit in (
        ui.title_edit,
        ui.owner_edit,
        ui.regulation_edit,
        ui.article_edit,
        ui.deviation_article_edit,
        ui.name_edit,
    ):
        assert edit.maxLength() == SHORT_TEXT_LIMIT


def test_every_mnemonic_label_has_a_buddy(editor: DossierEditor) -> None:
    labels = [label for label in editor.findChildren(QLabel) if "&" in label.text()]
    assert len(labels) > 15
    for label in labels:
        assert label.buddy() is not None, label.text()


def test_the_dossier_tab_is_walked_top_down_with_tab(editor: DossierEditor, qtbot: QtBot) -> None:
    ui = editor.ui
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    ui.title_edit.setFocus()
    order = [
        ui.status_combo,
        ui.owner_edit,
        ui.organisations_list,
        ui.regulation_edit,
        ui.article_edit,
        ui.deviation_article_edit,
    ]
    for expected in order:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is expected


def test_button_mnemonics_act_on_the_visible_tab_only(
    editor: DossierEditor, workspace: Workspace, qtbot: QtBot
) -> None:
    """Alt+T is 'Toevoegen…' on both Tijdlijn and Bijlagen (and 'Titel', 'Tonen'):
    only the widget on the tab in view may react."""
    editor.open_dossier(store(workspace, full_fields()).id)
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    editor.ui.tabs.setCurrentWidget(editor.ui.timeline_tab)
    editor.ui.timeline_view.setFocus()
    fake(editor).entries = [TimelineEntry(date(2026, 1, 1), TimelineKind.NOTE, "Via Alt+T")]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: editor.ui.timeline_view.model().rowCount() == 1)
    assert fake(editor).informed == []


def test_status_and_organisations_use_dutch_labels(editor: DossierEditor) -> None:
    ui = editor.ui
    assert [ui.status_combo.itemText(i) for i in range(ui.status_combo.count())] == [
        s.label for s in DossierStatus
    ]
    labels = [ui.organisations_list.item(i).text() for i in range(ui.organisations_list.count())]
    assert labels == [
        "Gemeente",
        "UWV",
        "SVB",
        "IND",
        "Dienst Toeslagen",
        "Belastingdienst",
        "Andere organisatie",
    ]


def test_kvk_number_is_only_shown_for_a_business(editor: DossierEditor, qtbot: QtBot) -> None:
    ui = editor.ui
    editor.ui.tabs.setCurrentWidget(ui.subject_tab)
    assert not ui.kvk_edit.isVisible()
    qtbot.mouseClick(ui.business_radio, Qt.MouseButton.LeftButton)
    assert ui.kvk_edit.isVisible()
    assert editor.form_to_fields().subject.kind is SubjectKind.BUSINESS
    qtbot.mouseClick(ui.person_radio, Qt.MouseButton.LeftButton)
    assert not ui.kvk_edit.isVisible()


def test_birth_date_can_be_left_empty_and_cleared(editor: DossierEditor, qtbot: QtBot) -> None:
    ui = editor.ui
    editor.ui.tabs.setCurrentWidget(ui.subject_tab)
    assert editor.form_to_fields().subject.date_of_birth is None
    assert ui.birth_date_edit.text() == "niet ingevuld"
    ui.birth_date_edit.setFocus()
    qtbot.keyClicks(ui.birth_date_edit, "15031985")
    assert editor.form_to_fields().subject.date_of_birth == date(1985, 3, 15)
    qtbot.mouseClick(ui.birth_date_clear_button, Qt.MouseButton.LeftButton)
    assert editor.form_to_fields().subject.date_of_birth is None


def test_doenvermogen_is_descriptive(editor: DossierEditor) -> None:
    ui = editor.ui
    assert ui.doen_hint_label.text() == "Beschrijf wat u ziet; dit is geen oordeel over de persoon."
    combos = [ui.doen_tab.findChild(QWidget, f"doen_{d.value}_observation") for d in DoenDimension]
    assert all(combo is not None for combo in combos)
    assert combos[0].itemText(0) == DoenObservation.NOT_OBSERVED.label
    boxes = [ui.doen_tab.findChild(QWidget, f"stressor_{s.value}") for s in Stressor]
    assert [box.text().replace("&", "") for box in boxes] == [s.label for s in Stressor]


# ---------------------------------------------------------------------- BSN


def test_bsn_is_shown_masked_until_tonen(
    editor: DossierEditor, workspace: Workspace, qtbot: QtBot
) -> None:
    record = store(workspace, full_fields())
    editor.open_dossier(record.id)
    ui = editor.ui
    assert ui.bsn_edit.text() == mask_bsn(VALID_BSN)
    assert ui.bsn_edit.isReadOnly()
    qtbot.mouseClick(ui.bsn_show_button, Qt.MouseButton.LeftButton)
    assert ui.bsn_edit.text() == VALID_BSN
    assert not ui.bsn_edit.isReadOnly()
    assert ui.bsn_show_button.text() == "&Verbergen"
    qtbot.mouseClick(ui.bsn_show_button, Qt.MouseButton.LeftButton)
    assert ui.bsn_edit.text() == mask_bsn(VALID_BSN)
    assert editor.form_to_fields().subject.bsn == VALID_BSN
    assert not editor.is_modified()


def test_bsn_typed_in_is_masked_when_leaving_the_field(editor: DossierEditor, qtbot: QtBot) -> None:
    ui = editor.ui
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    ui.tabs.setCurrentWidget(ui.subject_tab)
    ui.bsn_edit.setFocus()
    qtbot.keyClicks(ui.bsn_edit, VALID_BSN)
    assert ui.bsn_edit.text() == VALID_BSN
    ui.name_edit.setFocus()
    assert ui.bsn_edit.text() == mask_bsn(VALID_BSN)
    assert editor.form_to_fields().subject.bsn == VALID_BSN


def test_bsn_message_tells_invalid_from_unverified(editor: DossierEditor, qtbot: QtBot) -> None:
    ui = editor.ui
    ui.tabs.setCurrentWidget(ui.subject_tab)
    ui.bsn_show_button.setChecked(True)
    qtbot.keyClicks(ui.bsn_edit, "111222334")
    assert ui.bsn_message_label.isVisible()
    assert ui.bsn_message_label.text().startswith("Ongeldig nummer")
    ui.bsn_edit.clear()
    qtbot.keyClicks(ui.bsn_edit, VALID_BSN)
    assert "vergewisplicht" in ui.bsn_message_label.text()
    assert "Ongeldig" not in ui.bsn_message_label.text()
    ui.bsn_edit.clear()
    assert not ui.bsn_message_label.isVisible()


# ---------------------------------------------------------------------- saving


def test_saving_a_new_dossier_creates_it(
    editor: DossierEditor, workspace: Workspace, qtbot: QtBot
) -> None:
    qtbot.keyClicks(editor.ui.title_edit, "Schuld bij CJIB")
    assert editor.is_modified()
    with qtbot.waitSignal(editor.saved) as saved:
        assert editor.save()
    dossier_id = saved.args[0]
    assert editor.current_dossier_id() == dossier_id
    assert not editor.is_modified()
    assert stored(workspace, dossier_id).fields.title == "Schuld bij CJIB"
    assert editor.ui.reference_edit.text().startswith("MW-")
    assert editor.ui.heading_label.text().endswith("Schuld bij CJIB")
    assert editor.ui.timeline_add_button.isEnabled()


def test_saving_an_existing_dossier_updates_it(
    editor: DossierEditor, workspace: Workspace, qtbot: QtBot
) -> None:
    record = store(workspace, full_fields())
    assert editor.open_dossier(record.id)
    assert editor.form_to_fields() == record.fields
    editor.ui.tabs.setCurrentWidget(editor.ui.knelpunt_tab)
    editor.ui.request_edit.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(editor.ui.request_edit, " Graag snel.")
    assert editor.save()
    after = stored(workspace, record.id)
    assert after.fields.request.endswith("Graag snel.")
    assert after.revision > record.revision


def test_modified_changed_is_emitted_both_ways(editor: DossierEditor, qtbot: QtBot) -> None:
    with qtbot.waitSignal(editor.modified_changed) as became:
        qtbot.keyClicks(editor.ui.title_edit, "x")
    assert became.args == [True]
    with qtbot.waitSignal(editor.modified_changed) as back:
        qtbot.keyClick(editor.ui.title_edit, Qt.Key.Key_Backspace)
    assert back.args == [False]


def test_a_validation_error_points_at_the_field(editor: DossierEditor, qtbot: QtBot) -> None:
    ui = editor.ui
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    qtbot.keyClicks(ui.title_edit, "Dossier met fout")
    ui.tabs.setCurrentWidget(ui.subject_tab)
    qtbot.keyClicks(ui.bsn_edit, "111222334")
    ui.tabs.setCurrentWidget(ui.notes_tab)
    assert not editor.save()
    assert ui.tabs.currentIndex() == tab_of(editor, ui.bsn_edit)
    assert QApplication.focusWidget() is ui.bsn_edit
    assert ui.bsn_edit.property("invalid") is True
    assert not ui.bsn_edit.isReadOnly()  # revealed, so it can be corrected
    assert ui.message_label.isVisible()
    assert ui.message_label.text().startswith("Betrokkene › BSN: ")
    assert "ongeldig" in ui.message_label.text()
    assert editor.current_dossier_id() is None
    # Correcting the field clears the highlight.
    ui.bsn_edit.selectAll()
    qtbot.keyClicks(ui.bsn_edit, VALID_BSN)
    assert ui.bsn_edit.property("invalid") is False
    assert not ui.message_label.isVisible()
    assert editor.save()


def test_a_missing_title_points_at_the_title(editor: DossierEditor) -> None:
    editor.ui.tabs.setCurrentWidget(editor.ui.doen_tab)
    assert not editor.save()
    assert editor.ui.tabs.currentIndex() == 0
    assert editor.ui.title_edit.property("invalid") is True
    assert "titel" in editor.ui.message_label.text()


def test_a_concurrent_edit_is_reported_not_overwritten(
    editor: DossierEditor, workspace: Workspace, qtbot: QtBot
) -> None:
    record = store(workspace, full_fields())
    editor.open_dossier(record.id)
    with workspace.database.sessions.begin() as session:
        dossiers.update_dossier(
            session,
            workspace.context("test"),
            record.id,
            replace(record.fields, title="Door collega gewijzigd"),
            expected_revision=record.revision,
        )
    qtbot.keyClicks(editor.ui.title_edit, " (mijn versie)")
    fake(editor).answers = ["concept"]
    assert not editor.save()
    assert "is gewijzigd door" in fake(editor).asked[0]["text"]
    assert editor.is_modified()
    assert editor.ui.title_edit.text().endswith(" (mijn versie)")
    assert stored(workspace, record.id).fields.title == "Door collega gewijzigd"


def test_opening_a_missing_dossier_says_so(editor: DossierEditor) -> None:
    assert not editor.open_dossier("00000000-0000-0000-0000-000000000000")
    assert "bestaat niet" in fake(editor).informed[0][1]


# ---------------------------------------------------------------------- leaving, reverting, undo


def test_maybe_save_cancel_keeps_everything(editor: DossierEditor, qtbot: QtBot) -> None:
    qtbot.keyClicks(editor.ui.title_edit, "Half werk")
    fake(editor).answers = ["cancel"]
    assert not editor.maybe_save()
    question = fake(editor).asked[0]
    assert question["text"] == "Wijzigingen opslaan?"
    assert question["keys"] == ["save", "discard", "cancel"]
    assert editor.is_modified()
    assert editor.ui.title_edit.text() == "Half werk"


def test_maybe_save_discard_drops_changes_and_draft(
    editor: DossierEditor, workspace: Workspace, qtbot: QtBot
) -> None:
    qtbot.keyClicks(editor.ui.title_edit, "Weg ermee")
    editor.flush_draft()
    assert len(pending(workspace)) == 1
    fake(editor).answers = ["discard"]
    assert editor.maybe_save()
    assert not editor.is_modified()
    assert editor.ui.title_edit.text() == ""
    assert pending(workspace) == []


def test_maybe_save_save_stores_the_dossier(
    editor: DossierEditor, workspace: Workspace, qtbot: QtBot
) -> None:
    qtbot.keyClicks(editor.ui.title_edit, "Bewaren")
    fake(editor).answers = ["save"]
    assert editor.maybe_save()
    assert editor.current_dossier_id() is not None
    assert not editor.is_modified()


def test_maybe_save_does_not_ask_without_changes(editor: DossierEditor) -> None:
    assert editor.maybe_save()
    assert fake(editor).asked == []


def test_opening_another_dossier_asks_first(
    editor: DossierEditor, workspace: Workspace, qtbot: QtBot
) -> None:
    record = store(workspace, full_fields())
    qtbot.keyClicks(editor.ui.title_edit, "Niet klaar")
    fake(editor).answers = ["cancel"]
    assert not editor.open_dossier(record.id)
    assert editor.current_dossier_id() is None


def test_revert_changes_goes_back_to_the_saved_state(
    editor: DossierEditor, workspace: Workspace, qtbot: QtBot
) -> None:
    record = store(workspace, full_fields())
    editor.open_dossier(record.id)
    editor.ui.tabs.setCurrentWidget(editor.ui.notes_tab)
    qtbot.keyClicks(editor.ui.notes_edit, " En nog iets.")
    editor.ui.status_combo.setCurrentIndex(4)
    assert editor.ui.revert_button.isEnabled()
    fake(editor).answers = ["revert"]
    qtbot.mouseClick(editor.ui.revert_button, Qt.MouseButton.LeftButton)
    assert editor.form_to_fields() == record.fields
    assert not editor.is_modified()
    assert not editor.ui.revert_button.isEnabled()


def test_undo_and_redo_act_on_the_focused_field(editor: DossierEditor, qtbot: QtBot) -> None:
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    editor.ui.title_edit.setFocus()
    qtbot.keyClicks(editor.ui.title_edit, "Titel")
    editor.undo()
    assert editor.ui.title_edit.text() == ""
    assert not editor.is_modified()
    editor.redo()
    assert editor.ui.title_edit.text() == "Titel"
    assert editor.is_modified()


# ---------------------------------------------------------------------- autosave and restore


def test_autosave_lets_a_new_editor_restore_the_text(qtbot: QtBot, workspace: Workspace) -> None:
    first, _ = make_editor(qtbot, workspace)
    first.ui.tabs.setCurrentWidget(first.ui.knelpunt_tab)
    qtbot.keyClicks(first.ui.title_edit, "Na een crash")
    qtbot.keyClicks(first.ui.knelpunt_edit, "De regel pakt hier onredelijk uit.")
    with qtbot.waitSignal(first._autosave.due, timeout=5000):
        pass  # the debounce timer fires by itself
    assert [d.dossier_id for d in pending(workspace)] == [None]
    assert "automatisch bewaard" in first.ui.state_label.text()

    second, dialogs = make_editor(qtbot, workspace)  # as after a kill and restart
    dialogs.answers = ["restore"]
    assert second.restore_drafts()
    question = dialogs.asked[0]["text"]
    assert question.startswith("Er is niet-opgeslagen werk gevonden van ")
    assert question.endswith("Wilt u het terugzetten?")
    assert second.ui.knelpunt_edit.toPlainText() == "De regel pakt hier onredelijk uit."
    assert second.ui.title_edit.text() == "Na een crash"
    assert second.is_modified()
    assert second.current_dossier_id() is None
    assert second.save()
    assert pending(workspace) == []


def test_both_articles_are_kept_apart_through_a_draft_and_a_save(
    qtbot: QtBot, workspace: Workspace
) -> None:
    first, _ = make_editor(qtbot, workspace)
    qtbot.keyClicks(first.ui.title_edit, "Terugvordering")
    qtbot.keyClicks(first.ui.article_edit, "art. 58 lid 1")
    qtbot.keyClicks(first.ui.deviation_article_edit, "art. 58 lid 8")
    with qtbot.waitSignal(first._autosave.due, timeout=5000):
        pass
    second, dialogs = make_editor(qtbot, workspace)
    dialogs.answers = ["restore"]
    assert second.restore_drafts()
    assert second.ui.article_edit.text() == "art. 58 lid 1"
    assert second.ui.deviation_article_edit.text() == "art. 58 lid 8"
    assert second.save()
    dossier_id = second.current_dossier_id()
    assert dossier_id is not None
    with workspace.database.sessions.begin() as session:
        fields = dossiers.open_dossier(session, workspace.context("test"), dossier_id).fields
    assert (fields.article, fields.deviation_article) == ("art. 58 lid 1", "art. 58 lid 8")
    assert second.ui.article_label.text() == "&Artikel van de algemene regel:"


def test_declining_a_restore_discards_the_draft(qtbot: QtBot, workspace: Workspace) -> None:
    first, _ = make_editor(qtbot, workspace)
    qtbot.keyClicks(first.ui.title_edit, "Weggooien")
    first.flush_draft()
    second, dialogs = make_editor(qtbot, workspace)
    dialogs.answers = ["discard"]
    assert not second.restore_drafts()
    assert pending(workspace) == []
    assert second.ui.title_edit.text() == ""
    assert not second.is_modified()


def test_restore_overlays_an_existing_dossier_and_warns_when_it_changed(
    qtbot: QtBot, workspace: Workspace
) -> None:
    record = store(workspace, full_fields())
    first, _ = make_editor(qtbot, workspace)
    first.open_dossier(record.id)
    first.ui.tabs.setCurrentWidget(first.ui.notes_tab)
    first.ui.notes_edit.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(first.ui.notes_edit, " Concepttekst.")
    first.flush_draft()
    (draft,) = pending(workspace)
    assert (draft.dossier_id, draft.base_revision) == (record.id, record.revision)
    with workspace.database.sessions.begin() as session:  # a colleague saves meanwhile
        dossiers.update_dossier(
            session,
            workspace.context("test"),
            record.id,
            replace(record.fields, status=DossierStatus.TER_BESPREKING),
            expected_revision=record.revision,
        )

    second, dialogs = make_editor(qtbot, workspace)
    dialogs.answers = ["restore"]
    assert second.restore_drafts()
    assert second.current_dossier_id() == record.id
    assert second.ui.notes_edit.toPlainText() == "Bellen na het MDO. Concepttekst."
    assert second.is_modified()
    assert any("gewijzigd" in text for _title, text in dialogs.informed)
    assert second.save()  # saved over the newer revision, after the warning
    assert stored(workspace, record.id).fields.notes.endswith("Concepttekst.")


def test_restore_without_changes_meanwhile_does_not_warn(
    qtbot: QtBot, workspace: Workspace
) -> None:
    record = store(workspace, full_fields())
    first, _ = make_editor(qtbot, workspace)
    first.open_dossier(record.id)
    qtbot.keyClicks(first.ui.title_edit, "!")
    first.flush_draft()
    second, dialogs = make_editor(qtbot, workspace)
    dialogs.answers = ["restore"]
    assert second.restore_drafts()
    assert dialogs.informed == []
    assert second.ui.title_edit.text() == record.fields.title + "!"


def test_opening_a_dossier_offers_its_earlier_draft(qtbot: QtBot, workspace: Workspace) -> None:
    record = store(workspace, full_fields())
    first, _ = make_editor(qtbot, workspace)
    first.open_dossier(record.id)
    qtbot.keyClicks(first.ui.title_edit, " (concept)")
    first.flush_draft()
    second, dialogs = make_editor(qtbot, workspace)
    dialogs.answers = ["restore"]
    assert second.open_dossier(record.id)
    assert second.ui.title_edit.text().endswith("(concept)")
    assert second.is_modified()


def test_a_draft_of_a_deleted_dossier_comes_back_as_a_new_one(
    qtbot: QtBot, workspace: Workspace
) -> None:
    """Deleting wipes what was kept of the dossier, its drafts too (services/erasure.py);
    what a colleague still types into it afterwards is kept, and comes back as new."""
    record = store(workspace, full_fields())
    first, _ = make_editor(qtbot, workspace)
    first.open_dossier(record.id)
    qtbot.keyClicks(first.ui.title_edit, " gered")
    first.flush_draft()
    with workspace.database.sessions.begin() as session:
        dossiers.delete_dossier(session, workspace.context("test"), record.id)
    assert pending(workspace) == []
    qtbot.keyClicks(first.ui.title_edit, "!")
    first.flush_draft()
    second, dialogs = make_editor(qtbot, workspace)
    dialogs.answers = ["restore"]
    assert second.restore_drafts()
    assert "bestaat niet meer" in dialogs.informed[0][1]
    assert second.current_dossier_id() is None
    assert second.ui.title_edit.text().endswith(" gered!")
    assert second.save()
    assert pending(workspace) == []


def test_an_unreadable_draft_is_never_dropped_silently(qtbot: QtBot, workspace: Workspace) -> None:
    with workspace.database.sessions.begin() as session:
        drafts.save_draft(session, workspace.context("test"), None, None, {"title": 12})
    editor, dialogs = make_editor(qtbot, workspace)
    dialogs.answers = ["keep"]
    assert not editor.restore_drafts()
    assert dialogs.asked[0]["keys"] == ["discard", "keep"]
    assert len(pending(workspace)) == 1
    dialogs.answers = ["discard"]
    assert not editor.restore_drafts()
    assert pending(workspace) == []


def test_autosave_never_overwrites_an_earlier_pending_draft(
    qtbot: QtBot, workspace: Workspace
) -> None:
    first, _ = make_editor(qtbot, workspace)
    qtbot.keyClicks(first.ui.title_edit, "Van gisteren")
    first.flush_draft()
    second, _dialogs = make_editor(qtbot, workspace)
    qtbot.keyClicks(second.ui.title_edit, "Te vroeg getypt")
    second.flush_draft()
    (draft,) = pending(workspace)
    assert draft.payload["title"] == "Van gisteren"


def test_undoing_all_edits_removes_the_draft(
    editor: DossierEditor, workspace: Workspace, qtbot: QtBot
) -> None:
    qtbot.keyClicks(editor.ui.title_edit, "ab")
    editor.flush_draft()
    assert len(pending(workspace)) == 1
    qtbot.keyClick(editor.ui.title_edit, Qt.Key.Key_Backspace)
    qtbot.keyClick(editor.ui.title_edit, Qt.Key.Key_Backspace)
    editor.flush_draft()
    assert pending(workspace) == []


def test_continuous_typing_still_writes_a_draft(
    editor: DossierEditor, workspace: Workspace, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    import maatwerkdesk.ui.dossier_editor.autosave as autosave_module

    clock = iter(range(0, 1000, 3))
    monkeypatch.setattr(autosave_module, "_now", lambda: float(next(clock)))
    for letter in "abcdef":  # keys 3 s apart on a fake clock; the 2 s timer never gets to fire
        qtbot.keyClick(editor.ui.title_edit, letter)
    # The first key opened the window at t=0; the key at t=12 is past the 10 s maximum.
    assert [d.payload["title"] for d in pending(workspace)] == ["abcde"]


# ---------------------------------------------------------------------- timeline


def test_the_timeline_needs_a_saved_dossier(editor: DossierEditor) -> None:
    editor._timeline.add_entry()
    assert fake(editor).informed == [
        ("Tijdlijn", "Sla het dossier eerst op om de tijdlijn bij te houden.")
    ]


def test_timeline_entries_are_added_and_removed(
    editor: DossierEditor, workspace: Workspace, qtbot: QtBot
) -> None:
    record = store(workspace, full_fields())
    editor.open_dossier(record.id)
    ui = editor.ui
    ui.tabs.setCurrentWidget(ui.timeline_tab)
    fake(editor).entries = [
        TimelineEntry(date(2026, 3, 2), TimelineKind.HOME_VISIT, "Huisbezoek gebracht.\nVeel post.")
    ]
    qtbot.mouseClick(ui.timeline_add_button, Qt.MouseButton.LeftButton)
    model = ui.timeline_view.model()
    assert model.rowCount() == 1
    assert [model.index(0, c).data() for c in range(4)] == [
        "02-03-2026",
        "Huisbezoek",
        "Huisbezoek gebracht. …",
        workspace.context("desktop").actor,
    ]
    assert not ui.timeline_remove_button.isEnabled()
    select_row(ui.timeline_view, 0)
    assert ui.timeline_remove_button.isEnabled()
    fake(editor).answers = ["cancel"]
    qtbot.mouseClick(ui.timeline_remove_button, Qt.MouseButton.LeftButton)
    assert model.rowCount() == 1
    select_row(ui.timeline_view, 0)
    fake(editor).answers = ["remove"]
    qtbot.mouseClick(ui.timeline_remove_button, Qt.MouseButton.LeftButton)
    assert model.rowCount() == 0
    assert stored(workspace, record.id).timeline == ()


def test_a_timeline_entry_keeps_unsaved_edits_saveable(
    editor: DossierEditor, workspace: Workspace, qtbot: QtBot
) -> None:
    record = store(workspace, full_fields())
    editor.open_dossier(record.id)
    qtbot.keyClicks(editor.ui.title_edit, " bijgewerkt")
    fake(editor).entries = [TimelineEntry(date(2026, 3, 2), TimelineKind.CONTACT, "Gebeld.")]
    editor._timeline.add_entry()
    assert editor.is_modified()
    assert editor.ui.title_edit.text().endswith(" bijgewerkt")
    assert editor.save()
    after = stored(workspace, record.id)
    assert after.fields.title.endswith(" bijgewerkt")
    assert len(after.timeline) == 1


# ---------------------------------------------------------------------- attachments


def test_attachments_are_added_opened_and_removed(
    editor: DossierEditor, workspace: Workspace, qtbot: QtBot, tmp_path: Path
) -> None:
    record = store(workspace, full_fields())
    editor.open_dossier(record.id)
    ui = editor.ui
    ui.tabs.setCurrentWidget(ui.attachments_tab)
    source = tmp_path / "brief.pdf"
    source.write_bytes(b"%PDF-1.4 " + b"x" * 3000)
    dialogs = fake(editor)
    dialogs.files = [source]
    dialogs.texts = ["Brief van de Belastingdienst"]
    qtbot.mouseClick(ui.attachments_add_button, Qt.MouseButton.LeftButton)
    model = ui.attachments_view.model()
    assert model.rowCount() == 1
    assert model.index(0, AttachmentModel.NAME).data() == "brief.pdf"
    assert model.index(0, AttachmentModel.SIZE).data() == "3 kB"
    assert model.index(0, AttachmentModel.DESCRIPTION).data() == "Brief van de Belastingdienst"
    assert dialogs.opened == []  # never opened by itself

    select_row(ui.attachments_view, 0)
    qtbot.mouseClick(ui.attachments_open_button, Qt.MouseButton.LeftButton)
    (opened,) = dialogs.opened
    assert opened.name == "brief.pdf"
    assert opened.read_bytes() == source.read_bytes()
    assert dialogs.asked == []  # a PDF needs no warning

    dialogs.answers = ["remove"]
    qtbot.mouseClick(ui.attachments_remove_button, Qt.MouseButton.LeftButton)
    assert model.rowCount() == 0
    assert stored(workspace, record.id).attachments == ()


def test_executable_attachments_warn_before_opening(
    editor: DossierEditor, workspace: Workspace, qtbot: QtBot, tmp_path: Path
) -> None:
    record = store(workspace, full_fields())
    editor.open_dossier(record.id)
    source = tmp_path / "factuur.pdf.exe"
    source.write_bytes(b"MZ")
    dialogs = fake(editor)
    dialogs.files = [source]
    editor._attachments.add()
    select_row(editor.ui.attachments_view, 0)
    dialogs.answers = ["cancel"]
    editor._attachments.open_selected()
    assert dialogs.opened == []
    assert "programma" in dialogs.asked[0]["text"]
    dialogs.answers = ["open"]
    editor._attachments.open_selected()
    assert [p.name for p in dialogs.opened] == ["factuur.pdf.exe"]


def test_a_missing_attachment_file_is_reported(
    editor: DossierEditor, workspace: Workspace, tmp_path: Path
) -> None:
    record = store(workspace, full_fields())
    editor.open_dossier(record.id)
    source = tmp_path / "notitie.txt"
    source.write_text("tekst")
    fake(editor).files = [source]
    editor._attachments.add()
    for blob in workspace.paths.attachments.rglob("*"):
        if blob.is_file():
            blob.unlink()
    select_row(editor.ui.attachments_view, 0)
    editor._attachments.open_selected()
    assert fake(editor).opened == []
    assert "kan niet worden gelezen" in fake(editor).informed[-1][1]


# ---------------------------------------------------------------------- models and wording


def test_the_table_models_pass_the_model_tester(
    editor: DossierEditor, workspace: Workspace, qtmodeltester: Any, tmp_path: Path
) -> None:
    record = store(workspace, full_fields())
    editor.open_dossier(record.id)
    fake(editor).entries = [TimelineEntry(date(2026, 1, 5), TimelineKind.NOTE, "Notitie")]
    editor._timeline.add_entry()
    timeline = editor.ui.timeline_view.model()
    assert isinstance(timeline, TimelineModel)
    qtmodeltester.check(timeline)
    qtmodeltester.check(editor.ui.attachments_view.model())


@pytest.mark.parametrize(
    ("size", "shown"),
    [(0, "0 kB"), (10, "1 kB"), (3000, "3 kB"), (2_500_000, "2,4 MB")],
)
def test_sizes_are_shown_in_dutch(size: int, shown: str) -> None:
    assert format_size(size) == shown


@pytest.mark.parametrize(
    ("name", "risky"),
    [
        ("brief.pdf", False),
        ("run.EXE", True),
        ("factuur.pdf.exe", True),
        ("macro.docm", True),
        ("sneaky.exe. ", True),
        ("script.ps1", True),
        ("geen_punt", False),
    ],
)
def test_risky_file_types_are_recognised(name: str, risky: bool) -> None:
    assert is_risky_file(name) is risky


def test_viewing_names_are_safe() -> None:
    assert viewing_name("brief.pdf") == "brief.pdf"
    assert viewing_name("../../etc/passwd") == ".._.._etc_passwd"
    assert viewing_name("CON.txt") == "_CON.txt"
    assert viewing_name("a\u202egnp.exe") == "a_gnp.exe"
    long = viewing_name("x" * 300 + ".pdf")
    assert len(long) == 120 and long.endswith(".pdf")


def test_bsn_feedback_states() -> None:
    assert bsn_feedback("", typing=False).state is BsnState.EMPTY
    assert bsn_feedback("1234", typing=True).state is BsnState.INCOMPLETE
    assert bsn_feedback("1234", typing=False).state is BsnState.INVALID
    assert bsn_feedback("12a", typing=True).state is BsnState.INVALID
    assert bsn_feedback("1112.22.333", typing=False).state is BsnState.WELL_FORMED


def test_mnemonics_pick_free_letters() -> None:
    used = {"o"}
    assert with_mnemonic("Omgaan met tegenslag", used) == "Omgaan &met tegenslag"
    assert with_mnemonic("Ontslag", used) == "O&ntslag"
