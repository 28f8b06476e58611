""" "Meenemen" in the app: pick dossiers, until when and the laptop's name; they land in this
computer's briefcase, on loan, and the briefcase's new key is shown once."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from conference_team import Team, prepare, ship
from PySide6.QtCore import QDateTime, Qt
from pytestqt.qtbot import QtBot
from team_logins import TeamDatabase

from maatwerkdesk.infra.attachment_store import AttachmentStore
from maatwerkdesk.infra.paths import resolve_paths
from maatwerkdesk.persistence.db import open_database
from maatwerkdesk.persistence.models import BriefcaseDossierRow
from maatwerkdesk.services import dossiers, leases, store_keys
from maatwerkdesk.services.briefcase import TakenAlong
from maatwerkdesk.services.workspace import Workspace
from maatwerkdesk.ui.briefcase.take_dialog import TakeAlongDialog, default_until
from maatwerkdesk.ui.recovery_key_dialog import RecoveryKeyDialog

pytestmark = pytest.mark.postgresql_only


@pytest.fixture(autouse=True)
def shipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ship(tmp_path, monkeypatch)


def test_the_end_of_the_next_working_day_is_offered() -> None:
    friday = datetime(2026, 12, 4, 10, 0).astimezone()
    assert default_until(friday).date().isoformat() == "2026-12-07"  # monday
    assert default_until(friday).hour == 17


def test_chosen_dossiers_go_into_the_briefcase_on_loan(
    qtbot: QtBot, team_database: TeamDatabase, tmp_path: Path
) -> None:
    team = Team(team_database.open_owner())
    taken_id, left_id = prepare(team, "Mee"), prepare(team, "Blijft")
    paths = resolve_paths(tmp_path / "profiel")
    workspace = Workspace(
        paths, team.database, AttachmentStore(paths.attachments, bytes(32)), user=team.caseworker
    )
    with team.database.reads() as session:
        candidates = dossiers.list_dossiers(session, dossiers.DossierQuery(), limit=None)
    now = datetime.now(UTC).astimezone()
    dialog = TakeAlongDialog(workspace, candidates, now)
    qtbot.addWidget(dialog)
    dialog.show()
    ok = dialog._take
    assert not ok.isEnabled() and "Vink aan" in dialog.ui.hint_label.text()
    tree = dialog.ui.dossier_tree
    item = next(
        tree.topLevelItem(r)
        for r in range(tree.topLevelItemCount())
        if tree.topLevelItem(r).data(0, Qt.ItemDataRole.UserRole) == taken_id
    )
    item.setCheckState(0, Qt.CheckState.Checked)
    dialog.ui.laptop_edit.setText("LT-07")
    dialog.ui.until_edit.setDateTime(QDateTime(now + timedelta(days=3)))
    assert ok.isEnabled() and dialog.ui.hint_label.text() == "1 dossier mee op deze laptop."
    results: list[TakenAlong] = []
    dialog.taken.connect(results.append)
    ok.click()
    qtbot.waitUntil(lambda: bool(dialog.findChildren(RecoveryKeyDialog)), timeout=30_000)
    dialog.findChildren(RecoveryKeyDialog)[0].accept()  # the briefcase's key, shown once
    qtbot.waitUntil(lambda: bool(results), timeout=10_000)
    (taken,) = results
    assert [lease.dossier_id for lease in taken.leases] == [taken_id]
    assert taken.leases[0].laptop == "LT-07"
    with team.database.reads() as session:
        assert set(leases.open_leases(session, [taken_id, left_id])) == {taken_id}
    key = store_keys.known_key(paths.briefcase)
    assert key is not None
    briefcase = open_database(paths.briefcase, key=key)
    try:
        with briefcase.reads() as session:
            assert [r.dossier_id for r in session.query(BriefcaseDossierRow)] == [taken_id]
    finally:
        briefcase.close()
