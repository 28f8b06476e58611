"""Working offline: where the team database does not answer, a laptop with a briefcase of
it opens the briefcase, works as the person who took the dossiers along, and says how many
changes wait for the next sync."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

import pytest
from backends import TEST_KEY
from briefcases import make_briefcase
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QRadioButton
from pytestqt.qtbot import QtBot
from test_sync import Office, as_user

from maatwerkdesk.app import open_for_desktop
from maatwerkdesk.domain.errors import NotFoundError, ServerUnreachableError
from maatwerkdesk.infra.attachment_store import AttachmentStore
from maatwerkdesk.infra.paths import Paths, resolve_paths
from maatwerkdesk.persistence.db import open_database
from maatwerkdesk.services import dossiers, store_keys
from maatwerkdesk.services.sync import SyncReport, sync
from maatwerkdesk.services.workspace import Workspace, open_briefcase, server_place
from maatwerkdesk.ui.briefcase import actions
from maatwerkdesk.ui.briefcase.actions import sync_summary
from maatwerkdesk.ui.briefcase.conflicts_dialog import SyncConflictsDialog
from maatwerkdesk.ui.briefcase.status import offline_text
from maatwerkdesk.ui.dossier_editor import DossierEditor
from maatwerkdesk.ui.main_window import MainWindow

AWAY = "postgresql+psycopg://averhoef@127.0.0.1:1/maatwerk"
"""The team database, out of reach (nothing listens on port 1)."""


@pytest.fixture
def laptop(tmp_path: Path) -> tuple[Paths, Office, str]:
    """A profile whose briefcase, of the team database AWAY, holds one dossier."""
    team = tmp_path / "team.sqlite3"
    office = Office(open_database(team, key=TEST_KEY))
    dossier_id = office.new_dossier("Onderweg")
    paths = resolve_paths(tmp_path / "profiel")
    paths.briefcase.parent.mkdir(parents=True, exist_ok=True)
    key = store_keys.unlock(paths.briefcase, recover="herstel").key
    made = make_briefcase(
        office.server,
        paths.briefcase,
        as_user(office.holder),
        [dossier_id],
        server_name=AWAY,
        key=key,
    )
    made.close()
    return paths, office, dossier_id


def test_the_briefcase_opens_as_the_person_who_took_it_along(
    laptop: tuple[Paths, Office, str],
) -> None:
    paths, office, dossier_id = laptop
    workspace = open_briefcase(paths, of=AWAY)
    try:
        assert workspace.user == office.holder and workspace.briefcase_of == AWAY
        with workspace.reading() as session:
            listed = dossiers.list_dossiers(session, dossiers.DossierQuery(), limit=None)
        assert [d.id for d in listed] == [dossier_id]
    finally:
        workspace.close()
    with pytest.raises(NotFoundError, match="andere teamdatabase"):
        open_briefcase(paths, of="postgresql+psycopg://averhoef@elders:5432/maatwerk")


def test_without_a_briefcase_there_is_nothing_to_open(tmp_path: Path) -> None:
    with pytest.raises(NotFoundError, match="geen koffer"):
        open_briefcase(resolve_paths(tmp_path / "leeg"))


def test_the_app_works_offline_on_the_briefcase_when_the_server_does_not_answer(
    laptop: tuple[Paths, Office, str],
) -> None:
    paths, _office, _dossier_id = laptop
    opened: list[Workspace] = []
    workspace = open_for_desktop(paths, AWAY, True, opened)
    try:
        assert workspace.briefcase_of == AWAY and opened == [workspace]
        with workspace.reading() as session:  # no demo dossiers in a briefcase
            assert dossiers.count_dossiers(session, dossiers.DossierQuery()) == 1
    finally:
        workspace.close()
    other = resolve_paths(paths.data.parent.parent / "ander-profiel")
    with pytest.raises(ServerUnreachableError, match="niet bereikbaar"):
        open_for_desktop(other, AWAY, False, [])


@contextmanager
def window_on(qtbot: QtBot, paths: Paths, folder: Path) -> Iterator[tuple[MainWindow, Workspace]]:
    """The main window at work in the briefcase of `paths`; shut down afterwards."""
    workspace = open_briefcase(paths)
    window = MainWindow(QSettings(str(folder / "venster.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    try:
        window.attach_workspace(workspace)
        yield window, workspace
    finally:
        window.shutdown()
        workspace.close()


def test_the_status_bar_says_how_many_changes_wait(
    qtbot: QtBot, laptop: tuple[Paths, Office, str], tmp_path: Path
) -> None:
    paths, office, dossier_id = laptop
    with window_on(qtbot, paths, tmp_path) as (window, workspace):
        label = window._database_label
        qtbot.waitUntil(lambda: "geen wijzigingen wachten" in label.text())
        office.edit(workspace.database, office.holder, dossier_id, title="Onderweg bijgewerkt")
        window._count_waiting()
        qtbot.waitUntil(lambda: "1 wijziging wacht" in label.text())
        assert label.text() == offline_text(1, AWAY)
        assert window.ui.action_sync.isEnabled()  # offline: nothing to take along from
        assert not window.ui.action_take_along.isEnabled()


def test_the_offline_line_counts_in_dutch() -> None:
    assert offline_text(None, "s").startswith("Offline — de koffer wordt nagekeken")
    assert "geen wijzigingen wachten" in offline_text(0, "s")
    assert "1 wijziging wacht op" in offline_text(1, "s")
    assert "3 wijzigingen wachten op" in offline_text(3, "s")
    synced = offline_text(0, "s", datetime(2026, 12, 6, 14, 5))
    assert synced.startswith("Koffer — geen wijzigingen") and "gesynchroniseerd om 14:05" in synced


def test_the_offline_line_names_the_server_not_the_driver_or_the_login() -> None:
    line = offline_text(2, AWAY)
    assert "(maatwerk op 127.0.0.1:1, nu niet bereikbaar)" in line
    assert "postgresql" not in line and "averhoef" not in line
    assert server_place("postgresql+psycopg://a:geheim@db.gemeente.nl:5432/mw") == (
        "mw op db.gemeente.nl"
    )
    assert server_place("postgresql://a@[::1]:6543/mw") == "mw op [::1]:6543"
    assert server_place("postgresql://db.gemeente.nl") == "de database op db.gemeente.nl"
    assert server_place("/pad/naar/koffer.sqlite3") == "/pad/naar/koffer.sqlite3"


def keyed(path: Path) -> bytes:
    """A key for a new database file at `path`, in the keyring as the program keeps one."""
    return store_keys.unlock(path, recover="herstel").key


def test_the_briefcase_synchronises_by_itself_once_the_team_database_answers(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    team = tmp_path / "team.sqlite3"
    office = Office(open_database(team, key=keyed(team)))
    dossier_id = office.new_dossier("Onderweg")
    paths = resolve_paths(tmp_path / "profiel")
    paths.briefcase.parent.mkdir(parents=True, exist_ok=True)
    made = make_briefcase(
        office.server,
        paths.briefcase,
        as_user(office.holder),
        [dossier_id],
        server_name=str(team),
        key=keyed(paths.briefcase),
    )
    office.edit(made, office.holder, dossier_id, title="Onderweg bijgewerkt")
    made.close()
    monkeypatch.setattr(actions, "FIRST_TRY_MS", 10)
    with window_on(qtbot, paths, tmp_path) as (window, _workspace):
        label = window._database_label
        qtbot.waitUntil(
            lambda: (
                "geen wijzigingen wachten" in label.text() and "gesynchroniseerd om" in label.text()
            ),
            timeout=20_000,
        )
        assert office.title(office.server, dossier_id) == "Onderweg bijgewerkt"
        told = window.ui.status_bar.currentMessage()
        assert told.startswith("Automatisch gesynchroniseerd. Dossiers: 1 naar de teamdatabase")


def test_out_of_reach_the_briefcase_waits_quietly(
    qtbot: QtBot, laptop: tuple[Paths, Office, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths, office, dossier_id = laptop
    monkeypatch.setattr(actions, "FIRST_TRY_MS", 10)
    tried: list[object] = []
    reach = actions._when_reachable
    monkeypatch.setattr(actions, "_when_reachable", lambda *a: tried.append(reach(*a)))
    with window_on(qtbot, paths, tmp_path) as (window, _workspace):
        qtbot.waitUntil(lambda: tried == [None], timeout=20_000)
        qtbot.wait(50)
        label = window._database_label
        assert label.text().startswith("Offline — ") and "nu niet bereikbaar" in label.text()
        assert window.ui.status_bar.currentMessage() == ""  # no news, no message box
        assert office.title(office.server, dossier_id) == "Onderweg"


def test_a_sync_is_reported_in_a_caseworkers_words() -> None:
    quiet = sync_summary(SyncReport(pushed=2, pulled=1))
    assert quiet == "Gesynchroniseerd. Dossiers: 2 naar de teamdatabase gebracht, 1 opgehaald."
    told = sync_summary(SyncReport(pushed=1, returned=1, conflicts=1, failed=["MW-2026-00003."]))
    assert "1 teruggegeven" in told and "Eén onderdeel" in told and "MW-2026-00003" in told
    assert "3 onderdelen zijn" in sync_summary(SyncReport(conflicts=3))


def test_a_dossier_changed_on_both_sides_offers_the_choice_and_records_it(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    office = Office(open_database(tmp_path / "team.sqlite3", key=TEST_KEY))
    dossier_id = office.new_dossier("Huurschuld")
    laptop = make_briefcase(
        office.server, tmp_path / "koffer.sqlite3", as_user(office.holder), [dossier_id]
    )
    office.edit(laptop, office.holder, dossier_id, title="Op de laptop")
    office.edit(office.server, office.colleague, dossier_id, title="Op kantoor")
    assert sync(office.server, laptop, as_user(office.holder)).conflicts == 1
    laptop.close()
    paths = resolve_paths(tmp_path / "werkplek")
    store = AttachmentStore(paths.attachments, bytes(32))
    workspace = Workspace(paths, office.server, store, user=office.holder)
    editor = DossierEditor(workspace)
    qtbot.addWidget(editor)
    editor.show()
    editor.open_dossier(dossier_id)
    banner = editor.conflicts_banner
    assert banner.isVisible() and banner.label.text().startswith("Eén onderdeel")
    assert editor.ui.title_edit.text() == "Op kantoor"  # the server's, until someone chooses

    def keep_the_laptops(dialog: SyncConflictsDialog) -> int:
        table = dialog.ui.parts_table
        for row in range(table.rowCount()):
            buttons = table.cellWidget(row, 3).findChildren(QRadioButton)
            next(b for b in buttons if b.property("choice") == "laptop").setChecked(True)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SyncConflictsDialog, "exec", keep_the_laptops)
    banner.button.click()
    assert office.title(office.server, dossier_id) == "Op de laptop"
    assert editor.ui.title_edit.text() == "Op de laptop" and not banner.isVisible()
