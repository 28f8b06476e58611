"""The resolver shows both versions of each conflicting part and records a choice for
every one of them before it lets the person go on."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtWidgets import QDialogButtonBox, QRadioButton
from pytestqt.qtbot import QtBot

from maatwerkdesk.domain.briefcase_merge import ABSENT
from maatwerkdesk.domain.sync_conflicts import (
    Choice,
    SyncConflict,
    part_label,
    unwrapped,
    value_text,
    wrapped,
)
from maatwerkdesk.ui.briefcase.conflicts_dialog import SyncConflictsDialog

FOUND = datetime(2026, 12, 6, 14, 0, tzinfo=UTC)
ENTRY = "#00000000-0000-4000-8000-000000000001"


def conflict(number: int, path: tuple[str, ...], laptop: object, server: object) -> SyncConflict:
    return SyncConflict(f"c{number}", "d1", path, laptop, server, "LT-07", "Anouk Verhoef", FOUND)


CONFLICTS = (
    conflict(1, ("fields", "title"), "Huurschuld en zorgkosten", "Huurschuld"),
    conflict(2, ("fields", "subject", "name"), "J. de Vries-Öztürk", ""),
    conflict(
        3, ("timeline", ENTRY), ABSENT, {"description": "Huisbezoek", "occurred_on": "2026-12-01"}
    ),
)


def test_parts_and_values_read_as_the_editor_names_them() -> None:
    assert [part_label(c.path) for c in CONFLICTS] == [
        "Titel",
        "Betrokkene › naam",
        "Tijdlijn › een regel",
    ]
    assert part_label(("record", "factors", "factors", "+kinderen")) == "Factoren › kinderen"
    assert value_text(ABSENT) == "(verwijderd)" and value_text("") == "(leeg)"
    assert value_text(CONFLICTS[2].server) == "01-12-2026: Huisbezoek"
    assert value_text(True) == "aangevinkt" and value_text(["uwv", "svb"]) == "uwv, svb"
    assert unwrapped(wrapped(ABSENT)) is ABSENT and unwrapped(wrapped(None)) is None


def test_every_part_needs_a_choice_before_it_is_recorded(qtbot: QtBot) -> None:
    dialog = SyncConflictsDialog("MW-2026-00012", CONFLICTS)
    qtbot.addWidget(dialog)
    table = dialog.ui.parts_table
    assert table.rowCount() == 3
    assert table.item(0, 1).text() == "Huurschuld en zorgkosten"
    assert table.item(2, 1).text() == "(verwijderd)"
    assert "LT-07 (Anouk Verhoef)" in dialog.ui.heading_label.text()
    assert "3 onderdelen" in dialog.ui.heading_label.text()
    ok = dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    for row, choice in enumerate((Choice.LAPTOP, Choice.SERVER, Choice.LAPTOP)):
        buttons = table.cellWidget(row, 3).findChildren(QRadioButton)
        next(b for b in buttons if b.property("choice") == choice.value).setChecked(True)
        assert ok.isEnabled() is (row == 2)
    chosen = dialog.choices()
    assert [(c.id, choice) for c, choice in chosen] == [
        ("c1", Choice.LAPTOP),
        ("c2", Choice.SERVER),
        ("c3", Choice.LAPTOP),
    ]
    assert chosen[2][0].value(Choice.LAPTOP) is ABSENT
