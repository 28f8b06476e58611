"""Every widget that paints itself says what it shows to a screen reader: an accessible
name, and a description in words that follows its data."""

from __future__ import annotations

import ast
from pathlib import Path

from main_windows import main_window_with_editor
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from maatwerkdesk.domain.chart import QUADRANTS, ChartData, ChartPoint
from maatwerkdesk.domain.policy_signals import Count, SignalState
from maatwerkdesk.services.workspace import Workspace
from maatwerkdesk.ui import theme
from maatwerkdesk.ui.signals.chart import SignalBars
from maatwerkdesk.ui.signals.signals_dialog import SignalsDialog
from maatwerkdesk.ui.weighing_panel.chart import BalanceChart

UI = Path(theme.__file__).parent


def painting_classes() -> set[str]:
    """The ui's classes that define paintEvent, read from the source."""
    found = set()
    for path in UI.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef) and any(
                isinstance(item, ast.FunctionDef) and item.name == "paintEvent"
                for item in node.body
            ):
                found.add(node.name)
    return found


def paints_itself(widget: QWidget) -> bool:
    return any(
        "paintEvent" in vars(cls) and cls.__module__.startswith("maatwerkdesk.")
        for cls in type(widget).__mro__
    )


def test_every_self_painted_widget_in_the_windows_says_what_it_shows(
    qtbot: QtBot, demo_workspace: Workspace, settings: QSettings
) -> None:
    window, editor = main_window_with_editor(qtbot, demo_workspace, settings)
    model = window.list_model
    assert model is not None
    qtbot.waitUntil(lambda: model.dossier_id(0) is not None)
    pane = window.list_pane
    assert pane is not None
    pane.view.selectRow(0)
    qtbot.waitUntil(lambda: editor.current_dossier_id() == model.dossier_id(0))
    editor.ui.tabs.setCurrentWidget(editor.weighing)
    qtbot.waitUntil(lambda: editor.weighing.state() is not None)
    window.ui.action_signals.trigger()
    signals = window.findChild(SignalsDialog)
    assert signals is not None
    qtbot.waitUntil(lambda: bool(signals.chart.counts()))

    painted = [w for w in window.findChildren(QWidget) if paints_itself(w)]
    assert {type(w).__name__ for w in painted} == painting_classes()
    silent = [
        type(w).__name__
        for w in painted
        if not w.accessibleName().strip() or not w.accessibleDescription().strip()
    ]
    assert silent == []
    described = signals.chart.accessibleDescription()
    assert signals.ui.chart_caption.text() in described
    assert signals.chart.counts()[0].key in described
    signals.close()
    window.shutdown()


def test_the_balance_chart_s_description_follows_its_data(qtbot: QtBot) -> None:
    chart = BalanceChart()
    qtbot.addWidget(chart)
    assert "nog geen route" in chart.accessibleDescription()
    chart.show_data(
        ChartData(
            (
                ChartPoint("MW-1", 0.8, 0.1, True),
                ChartPoint("MW-2", 0.2, 0.2, False),
                ChartPoint("MW-3", 0.3, 0.3, False),
                ChartPoint("MW-9", 0.8, 0.7, None, True),
            ),
            "pw-58-8",
        )
    )
    text = chart.accessibleDescription()
    assert f"in het kwart ‘{QUADRANTS[(True, True)]}’" in text
    assert "onevenredigheid 80 van 100, risico op willekeur 70 van 100" in text
    assert (
        "3 besloten dossiers van dezelfde route: 1 met maatwerk, 2 volgens de algemene regel"
        in text
    )
    assert f"{QUADRANTS[(False, False)]} 2; {QUADRANTS[(True, False)]} 1;" in text
    chart.show_data(ChartData((ChartPoint("MW-9", 0.2, 0.2, None, True),), "pw-58-8"))
    assert "nog geen besloten dossiers" in chart.accessibleDescription()
    assert chart.accessibleName() == "Balansgrafiek"


def test_the_signal_bars_description_follows_the_counts(qtbot: QtBot) -> None:
    bars = SignalBars()
    qtbot.addWidget(bars)
    assert bars.accessibleDescription() == "Nog geen signalen."
    counts = [
        Count("Participatiewet", ((SignalState.REPORTED, 2), (SignalState.RESOLVED, 3))),
        Count("Wet op de huurtoeslag", ((SignalState.CONCEPT, 1), (SignalState.REPORTED, 0))),
    ]
    bars.show_counts(counts, "Aantal signalen per regeling, naar status")
    assert bars.accessibleDescription() == (
        "Aantal signalen per regeling, naar status. Participatiewet: 5 (2 gemeld, 3 opgelost); "
        "Wet op de huurtoeslag: 1 (1 concept)."
    )
