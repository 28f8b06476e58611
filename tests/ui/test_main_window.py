"""The main window with a real database, list and editor."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from maatwerkdesk.domain.dossier import DossierFields
from maatwerkdesk.domain.people import Role, User
from maatwerkdesk.domain.sentence import said
from maatwerkdesk.domain.vocabulary import DossierStatus
from maatwerkdesk.persistence.models import AuditRow
from maatwerkdesk.services import dossiers, list_ahead
from maatwerkdesk.services.dossiers import BSN_SEARCH
from maatwerkdesk.services.workspace import Workspace
from maatwerkdesk.ui.main_window import (
    LIST_STRETCH,
    PLACEHOLDER_CHOOSE,
    PLACEHOLDER_EMPTY,
    MainWindow,
)

STATUSES = list(DossierStatus)


class ScriptedDialogs:
    """Stands in for the editor's message boxes: answers questions from a list."""

    def __init__(self) -> None:
        self.answers: list[str] = []
        self.asked: list[str] = []

    def ask(self, parent: Any, title: str, text: str, choices: Any, **options: Any) -> str:
        self.asked.append(text)
        assert self.answers, f"unexpected question: {text}"
        return self.answers.pop(0)

    def inform(self, *args: Any, **options: Any) -> None:
        pass


def add_dossiers(workspace: Workspace, count: int) -> list[str]:
    """Dossier n: status n % 5, owner 'Eigenaar n % 3', title mentions 'huur' for odd n."""
    with workspace.database.sessions.begin() as session:
        return [
            dossiers.create_dossier(
                session,
                workspace.context("test"),
                DossierFields(
                    title=f"{'Huurschuld' if n % 2 else 'Zorgkosten'} dossier {n}",
                    status=STATUSES[n % 5],
                    owner=f"Eigenaar {n % 3}",
                ),
            ).id
            for n in range(count)
        ]


def settings_in(folder: Path) -> QSettings:
    return QSettings(str(folder / "venster.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def open_window(qtbot: QtBot, workspace: Workspace, tmp_path: Path) -> Iterator:
    windows: list[MainWindow] = []

    def open_() -> MainWindow:
        window = MainWindow(settings_in(tmp_path))
        qtbot.addWidget(window)
        window.show()
        window.attach_workspace(workspace)
        qtbot.waitUntil(lambda: window.editor is not None)  # built after the first rows
        window.editor.dialogs = ScriptedDialogs()
        assert window._count_label.text() != ""
        windows.append(window)
        return window

    yield open_
    for window in windows:
        window.shutdown()


def shown_count(window: MainWindow) -> str:
    return window._count_label.text()


def test_a_window_is_shown_before_the_database_is_open(qtbot: QtBot, tmp_path: Path) -> None:
    window = MainWindow(settings_in(tmp_path))
    qtbot.addWidget(window)
    window.show()
    assert window.ui.placeholder_label.text() == "Database openen…"
    assert window.ui.list_placeholder.text() == "Database openen…"
    assert window.list_pane is None  # built with the database
    assert not window.ui.action_new.isEnabled()
    assert window.editor is None


def test_the_first_window_is_set_up_without_qt_enum_values(qtbot: QtBot, tmp_path: Path) -> None:
    """Shortcuts and enum properties come by name (see main_window); check they all took."""
    window = MainWindow(settings_in(tmp_path))
    qtbot.addWidget(window)
    ui = window.ui
    shortcuts = [
        action.shortcut().toString()
        for action in (ui.action_new, ui.action_save, ui.action_close, ui.action_quit)
    ]
    assert shortcuts == ["Ctrl+N", "Ctrl+S", "Ctrl+W", "Ctrl+Q"]
    assert ui.action_undo.shortcut() == QKeySequence("Ctrl+Z")
    assert ui.splitter.orientation() == Qt.Orientation.Horizontal
    assert ui.main_toolbar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon
    assert window.toolBarArea(ui.main_toolbar) == Qt.ToolBarArea.TopToolBarArea
    for label in (ui.list_placeholder, ui.placeholder_label):
        assert label.alignment() == Qt.AlignmentFlag.AlignCenter
    flags = window._database_label.textInteractionFlags()
    assert flags == Qt.TextInteractionFlag.TextSelectableByMouse


def first_rows_window(
    qtbot: QtBot,
    folder: Path,
    target: Path,
    settings: QSettings | None = None,
    *,
    in_a_process: bool = False,
) -> tuple[MainWindow, list[str]]:
    """A window started as the app starts it: the first rows, read on a worker thread or
    `in_a_process` of their own, then (not here) the database."""
    ahead = list_ahead.start(str(target)) if in_a_process else None
    window = MainWindow(settings or settings_in(folder))
    qtbot.addWidget(window)
    window.show()
    opened: list[str] = []
    window.show_first_rows(str(target), then=lambda: opened.append("database"), ahead=ahead)
    qtbot.waitUntil(lambda: opened == ["database"])
    return window, opened


@pytest.mark.parametrize("in_a_process", [False, True])
def test_the_first_rows_show_before_the_database_is_opened(
    workspace: Workspace, qtbot: QtBot, tmp_path: Path, in_a_process: bool
) -> None:
    add_dossiers(workspace, 240)
    window, _ = first_rows_window(
        qtbot, tmp_path, workspace.paths.database, in_a_process=in_a_process
    )
    model = window.list_model
    assert model.loaded_row_count() == 200 and window.list_pane.isVisible()
    qtbot.waitUntil(lambda: model.rowCount() == 240)  # counted after the first page
    with workspace.database.reads() as session:
        newest = dossiers.list_dossiers(session, dossiers.DossierQuery(), limit=1)[0]
    assert model.data(model.index(0, 0)) == newest.reference
    assert window.editor is None and not window.ui.action_new.isEnabled()
    window.attach_workspace(workspace)
    qtbot.waitUntil(lambda: window.editor is not None)
    assert shown_count(window) == "240 dossiers"
    window.shutdown()


@pytest.mark.parametrize("in_a_process", [False, True])
def test_a_dossier_chosen_among_the_first_rows_opens_with_the_editor(
    workspace: Workspace, qtbot: QtBot, tmp_path: Path, in_a_process: bool
) -> None:
    add_dossiers(workspace, 5)
    window, _ = first_rows_window(
        qtbot, tmp_path, workspace.paths.database, in_a_process=in_a_process
    )
    chosen = window.list_model.dossier_id(2)
    window.list_pane.view.selectRow(2)
    qtbot.wait(50)  # nothing can open it yet
    assert window.editor is None
    window.attach_workspace(workspace)
    qtbot.waitUntil(lambda: window.editor is not None)
    window.editor.dialogs = ScriptedDialogs()
    qtbot.waitUntil(lambda: window.editor.current_dossier_id() == chosen)
    assert window.ui.editor_stack.currentWidget() is window.editor
    window.shutdown()


def test_the_first_rows_come_in_the_order_the_list_was_left_in(
    workspace: Workspace, qtbot: QtBot, tmp_path: Path
) -> None:
    add_dossiers(workspace, 12)
    settings = settings_in(tmp_path)
    earlier, _ = first_rows_window(qtbot, tmp_path / "earlier", workspace.paths.database)
    earlier.list_pane.view.sortByColumn(1, Qt.SortOrder.AscendingOrder)  # by title
    settings.setValue("dossier_list/header", earlier.list_pane.header_state())
    # The process started for the list's own order is stopped; the page is read in this one.
    window, _ = first_rows_window(
        qtbot, tmp_path, workspace.paths.database, settings, in_a_process=True
    )
    model = window.list_model
    query = dossiers.DossierQuery(sort=dossiers.SortKey.TITLE, descending=False)
    with workspace.database.reads() as session:
        by_title = [row.reference for row in dossiers.list_dossiers(session, query)]
    assert [model.data(model.index(row, 0)) for row in range(12)] == by_title
    for opened in (earlier, window):
        opened.shutdown()


@pytest.mark.parametrize("in_a_process", [False, True])
def test_without_a_database_file_the_list_waits_for_the_database(
    qtbot: QtBot, tmp_path: Path, in_a_process: bool
) -> None:
    window, _ = first_rows_window(
        qtbot, tmp_path, tmp_path / "nieuw.sqlite3", in_a_process=in_a_process
    )
    assert window.list_model.rowCount() == 0
    assert not (tmp_path / "nieuw.sqlite3").exists()
    window.shutdown()


def test_status_bar_names_the_database_and_counts_the_dossiers(open_window, workspace) -> None:
    add_dossiers(workspace, 12)
    window = open_window()
    assert shown_count(window) == "12 dossiers"
    assert window._database_label.text() == f"Database: {workspace.paths.database}"
    assert window.ui.placeholder_label.text() == PLACEHOLDER_CHOOSE
    assert window.windowTitle() == "MaatwerkDesk[*]"


def test_the_list_takes_the_place_of_its_placeholder(open_window, qtbot) -> None:
    window = open_window()
    splitter = window.ui.splitter
    assert [splitter.widget(0), splitter.widget(1)] == [window.list_pane, window.ui.editor_stack]
    assert window.list_pane.isVisible() and window.list_pane.isEnabled()
    assert window.list_pane.sizePolicy().horizontalStretch() == LIST_STRETCH
    qtbot.waitUntil(lambda: not shiboken6.isValid(window.ui.list_placeholder))  # deleted


def test_an_empty_database_says_how_to_begin(open_window) -> None:
    window = open_window()
    assert shown_count(window) == "Geen dossiers"
    assert window.ui.placeholder_label.text() == PLACEHOLDER_EMPTY


@pytest.mark.parametrize(
    ("count", "first"),
    [(0, "Er zijn nog geen dossiers."), (1, "Kies links een dossier om het te bekijken.")],
)
def test_a_reader_is_shown_the_way_to_a_caseworker_not_a_shortcut(
    open_window, workspace, count: int, first: str
) -> None:
    add_dossiers(workspace, count)
    workspace.user = User(id="lezer-1", name="Rik Lezer", roles=(Role.READER,))
    window = open_window()
    assert window.ui.placeholder_label.text() == (
        f"{first}\n\nU werkt als lezer: dossiers maken en wijzigen doet een behandelaar. Bent "
        "u dat, kies dan uzelf met Bestand\u00a0›\u00a0Gebruiker\u00a0wisselen…, of vraag de "
        "functioneel beheerder om die rol."
    )


def test_status_filter_and_search_narrow_the_list(open_window, workspace, qtbot) -> None:
    add_dossiers(workspace, 20)
    window = open_window()
    pane = window.list_pane
    pane.ui.status_combo.setCurrentIndex(pane.ui.status_combo.findText("Besloten"))
    qtbot.waitUntil(lambda: shown_count(window) == "4 dossiers")
    qtbot.keyClicks(pane.ui.search_edit, "HUUR")
    qtbot.waitUntil(lambda: shown_count(window) == "2 dossiers")  # n = 3 and 13
    qtbot.keyClicks(pane.ui.search_edit, "xyz")
    qtbot.waitUntil(lambda: shown_count(window) == "Geen dossiers")
    assert window.ui.placeholder_label.text() == PLACEHOLDER_CHOOSE  # not "no dossiers yet"
    pane.ui.search_edit.setText("huur")
    pane.ui.status_combo.setCurrentIndex(0)
    qtbot.waitUntil(lambda: shown_count(window) == "10 dossiers")


def test_ctrl_f_goes_to_the_search_box(open_window, qtbot) -> None:
    window = open_window()
    window.activateWindow()
    window.ui.action_find.trigger()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.list_pane.ui.search_edit)
    assert window.ui.action_find.shortcut() == QKeySequence("Ctrl+F")
    assert QKeySequence("Ctrl+Y") in window.ui.action_redo.shortcuts()
    assert QKeySequence("Ctrl+Shift+Z") in window.ui.action_redo.shortcuts()


def select_row(window: MainWindow, qtbot: QtBot, row: int) -> str:
    model = window.list_model
    qtbot.waitUntil(lambda: model.dossier_id(row) is not None)
    dossier_id = model.dossier_id(row)
    window.list_pane.view.selectRow(row)
    qtbot.waitUntil(lambda: window.editor.current_dossier_id() == dossier_id)
    return dossier_id


def test_selecting_a_row_opens_the_dossier(open_window, workspace, qtbot) -> None:
    add_dossiers(workspace, 5)
    window = open_window()
    assert not window.ui.action_close.isEnabled()
    dossier_id = select_row(window, qtbot, 1)
    assert window.ui.editor_stack.currentWidget() is window.editor
    assert window.ui.action_close.isEnabled()
    assert not window.ui.action_save.isEnabled()  # nothing changed yet

    window.ui.action_close.trigger()
    assert window.ui.editor_stack.currentWidget() is window.ui.placeholder_page
    assert window.list_pane.view.selectionModel().selectedRows() == []
    assert select_row(window, qtbot, 1) == dossier_id  # opens again after closing


def test_saving_refreshes_the_list_and_keeps_the_selection(open_window, workspace, qtbot) -> None:
    add_dossiers(workspace, 30)
    window = open_window()
    select_row(window, qtbot, 7)
    window.editor.ui.title_edit.setText("Nieuwe titel")
    qtbot.waitUntil(lambda: window.isWindowModified())
    assert window.ui.action_save.isEnabled()
    window.ui.action_save.trigger()
    # Sorted by 'last changed', the saved dossier moves to the top and stays selected.
    model = window.list_model
    qtbot.waitUntil(lambda: model.index(0, 1).data() == "Nieuwe titel")
    view = window.list_pane.view
    qtbot.waitUntil(lambda: [i.row() for i in view.selectionModel().selectedRows()] == [0])
    assert not window.isWindowModified()
    assert not window.ui.action_save.isEnabled()


def test_switching_with_unsaved_changes_can_be_cancelled(open_window, workspace, qtbot) -> None:
    add_dossiers(workspace, 10)
    window = open_window()
    first = select_row(window, qtbot, 2)
    window.editor.ui.title_edit.setText("Half af")
    dialogs = window.editor.dialogs
    dialogs.answers = ["cancel"]
    window.list_pane.view.selectRow(5)
    qtbot.waitUntil(lambda: dialogs.asked == ["Wijzigingen opslaan?"])
    view = window.list_pane.view
    qtbot.waitUntil(lambda: [i.row() for i in view.selectionModel().selectedRows()] == [2])
    assert window.editor.current_dossier_id() == first
    assert window.editor.ui.title_edit.text() == "Half af"

    dialogs.answers = ["discard"]
    second = window.list_model.dossier_id(5)
    window.list_pane.view.selectRow(5)
    qtbot.waitUntil(lambda: window.editor.current_dossier_id() == second)


def test_closing_asks_about_unsaved_changes(open_window, workspace, qtbot) -> None:
    add_dossiers(workspace, 3)
    window = open_window()
    select_row(window, qtbot, 0)
    window.editor.ui.title_edit.setText("Niet kwijtraken")
    window.editor.dialogs.answers = ["cancel"]
    assert not window.close()
    assert window.isVisible()
    window.editor.dialogs.answers = ["discard"]
    assert window.close()


def test_new_dossier_clears_the_selection(open_window, workspace, qtbot) -> None:
    add_dossiers(workspace, 3)
    window = open_window()
    select_row(window, qtbot, 0)
    window.ui.action_new.trigger()
    assert window.editor.current_dossier_id() is None
    assert window.ui.editor_stack.currentWidget() is window.editor
    assert window.list_pane.view.selectionModel().selectedRows() == []


def test_window_layout_is_remembered_in_the_given_settings(
    open_window, workspace, qtbot, tmp_path
) -> None:
    add_dossiers(workspace, 3)
    window = open_window()
    window.ui.splitter.setSizes([300, 700])
    window.list_pane.view.horizontalHeader().resizeSection(0, 222)
    assert window.close()
    stored = settings_in(tmp_path)
    assert stored.value("main_window/geometry") is not None

    again = open_window()
    assert again.ui.splitter.sizes()[0] == window.ui.splitter.sizes()[0]
    assert again.list_pane.view.horizontalHeader().sectionSize(0) == 222


def test_another_start_brings_a_minimised_window_forward(qtbot: QtBot, tmp_path: Path) -> None:
    window = MainWindow(QSettings(str(tmp_path / "venster.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    window.showMaximized()
    window.showMinimized()
    window.bring_forward()
    assert not window.isMinimized() and window.isMaximized() and window.isVisible()


def test_following_a_precedent_keeps_the_way_back(open_window, workspace, qtbot) -> None:
    add_dossiers(workspace, 3)
    window = open_window()
    editor = window.editor
    deciding = select_row(window, qtbot, 0)
    reference = editor.current_reference()
    back = window._way_back.action
    assert not back.isVisible()  # nowhere to go back to yet

    precedent = window.list_model.dossier_id(2)
    editor.dossier_requested.emit(precedent)  # "Beslissing openen" on a tab
    assert editor.current_dossier_id() == precedent
    assert back.isVisible() and back.text() == f"Terug naar {reference}"
    assert back.shortcut() == QKeySequence(QKeySequence.StandardKey.Back)  # Alt+Left

    back.trigger()
    assert editor.current_dossier_id() == deciding
    assert not back.isVisible()

    editor.dossier_requested.emit(precedent)
    select_row(window, qtbot, 1)  # a dossier chosen in the list starts a new trail
    assert not back.isVisible()


def test_a_bsn_finds_the_dossiers_about_that_person_and_the_search_is_audited(
    open_window, workspace, qtbot
) -> None:
    add_dossiers(workspace, 3)
    ids = []
    with workspace.database.sessions.begin() as session:
        for bsn in ("123456782", "111222333", "123456782"):
            fields = DossierFields(title="Fictief dossier")
            subject = replace(fields.subject, name="Fictief Persoon", bsn=bsn)
            created = dossiers.create_dossier(
                session, workspace.context("test"), replace(fields, subject=subject)
            )
            ids.append(created.id)
    window = open_window()
    pane = window.list_pane
    qtbot.keyClicks(pane.ui.search_edit, "1234 56 782")  # as it is often written
    qtbot.waitUntil(lambda: shown_count(window) == "2 dossiers")
    assert window.list_model.query().text == ""  # the BSN is not a word of the index
    with workspace.database.reads() as session:
        looked_up = sorted(
            session.scalars(select(AuditRow.dossier_id).where(AuditRow.name == BSN_SEARCH))
        )
    assert looked_up == sorted([ids[0], ids[2]])  # whose data was looked up, no BSN kept

    pane.ui.search_edit.setText("123456789")  # nine digits, not a BSN: an ordinary search
    qtbot.waitUntil(lambda: shown_count(window) == "Geen dossiers")
    with workspace.database.reads() as session:
        searches = session.scalar(
            select(func.count()).select_from(AuditRow).where(AuditRow.name == BSN_SEARCH)
        )
    assert searches == 2


@pytest.mark.parametrize("width", [1280, 1366])
def test_the_list_is_sorted_by_a_column_a_laptop_shows(
    open_window, workspace, qtbot, width: int
) -> None:
    add_dossiers(workspace, 3)
    window = open_window()
    window.resize(width, 768)
    view = window.list_pane.view
    header = view.horizontalHeader()
    qtbot.waitUntil(lambda: header.count() == 5)
    sorted_by = header.sortIndicatorSection()
    assert window.list_model.headerData(sorted_by, Qt.Orientation.Horizontal) == (
        "Laatst gewijzigd"
    )
    shown = header.sectionViewportPosition(sorted_by) + header.sectionSize(sorted_by)
    assert shown <= view.viewport().width()  # in sight without scrolling sideways


def test_the_demo_dossiers_say_how_far_they_are_while_the_database_opens(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window = MainWindow(settings_in(tmp_path))
    qtbot.addWidget(window)
    window.show()
    saving = said("filling", "Dossiers opslaan")  # as the demo says it
    told = threading.Thread(target=window.tell_progress, args=(saving, 8, 40))
    told.start()  # as the worker that opens the database tells it
    told.join()
    qtbot.waitUntil(lambda: "8 van 40" in window.ui.placeholder_label.text())
    assert "Voorbeelddossiers maken — dossiers opslaan" in window.ui.placeholder_label.text()


def test_the_demos_progress_is_told_in_english_in_an_english_window(
    qtbot: QtBot, tmp_path: Path, english: None
) -> None:
    window = MainWindow(settings_in(tmp_path))
    qtbot.addWidget(window)
    window.show()
    told = threading.Thread(
        target=window.tell_progress, args=(said("filling", "Dossiers opslaan"), 8, 40)
    )
    told.start()
    told.join()
    qtbot.waitUntil(lambda: "8 of 40" in window.ui.placeholder_label.text())
    assert "saving dossiers" in window.ui.placeholder_label.text()


def test_ctrl_page_down_and_up_go_through_the_dossiers_steps(open_window, workspace, qtbot) -> None:
    add_dossiers(workspace, 2)
    window = open_window()
    select_row(window, qtbot, 0)
    tabs = window.editor.ui.tabs
    tabs.setCurrentIndex(0)
    steps = {a.text(): a for a in window.ui.menu_edit.actions()}
    forward, back = steps["Volgende stap"], steps["Vorige stap"]
    assert QKeySequence("Ctrl+PgDown") in forward.shortcuts()
    assert QKeySequence("Ctrl+PgUp") in back.shortcuts()
    forward.trigger()
    forward.trigger()
    assert tabs.currentIndex() == 2
    back.trigger()
    assert tabs.currentIndex() == 1
    for _ in range(tabs.count() + 2):
        forward.trigger()
    assert tabs.currentIndex() == tabs.count() - 1  # stays at the last step
