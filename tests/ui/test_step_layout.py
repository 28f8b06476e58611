"""The four legal steps fit the page a 13-inch laptop leaves them, on a filled-in dossier.

Each step is one column in one scroll area: at 620 logical pixels wide (what is left of a
1366x768 screen beside the dossier list and the step list) and wider, nothing lies outside
the page, nothing scrolls sideways and no scroll area sits inside another.
"""

from __future__ import annotations

import pytest
from editor_fakes import FakeDialogs
from layout_check import layout_problems
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QSplitter, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from maatwerkdesk.domain.dossier import DossierRecord
from maatwerkdesk.domain.vocabulary import DossierStatus
from maatwerkdesk.services import dossiers
from maatwerkdesk.services.dossier_query import DossierQuery
from maatwerkdesk.services.workspace import Workspace
from maatwerkdesk.ui.common.dossier_tab import DossierTab
from maatwerkdesk.ui.common.service_calls import ServiceCaller
from maatwerkdesk.ui.criteria_panel import CriteriaPanel
from maatwerkdesk.ui.precedent_panel import PrecedentPanel
from maatwerkdesk.ui.proposal_panel import ProposalPanel
from maatwerkdesk.ui.weighing_panel import WeighingPanel

STEPS = (CriteriaPanel, PrecedentPanel, WeighingPanel, ProposalPanel)
WIDTHS = (620, 900)
HEIGHT = 700


def _records(workspace: Workspace, status: DossierStatus | None = None) -> list[DossierRecord]:
    context = workspace.context("test")
    with workspace.database.sessions.begin() as session:
        rows = dossiers.list_dossiers(session, DossierQuery(status=status))
        return [dossiers.open_dossier(session, context, row.id) for row in rows]


def _step_page(qtbot: QtBot, kind: type[DossierTab], workspace: Workspace, width: int) -> QWidget:
    """A page of `width` x HEIGHT that holds only the step, showing a dossier that went
    through every step (the richest to lay out)."""
    page = QWidget()
    qtbot.addWidget(page)
    dialogs = FakeDialogs()
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    step = kind(ServiceCaller(page, workspace, lambda: dialogs), page)
    layout.addWidget(step)
    page.resize(width, HEIGHT)
    page.show()
    qtbot.waitExposed(page)
    _show(qtbot, step, _records(workspace, DossierStatus.BESLOTEN)[0])
    return page


def _show(qtbot: QtBot, step: DossierTab, record: DossierRecord) -> None:
    step.show_record(record)
    qtbot.waitUntil(lambda: step.state() is not None)
    QApplication.processEvents()
    qtbot.wait(50)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("kind", STEPS, ids=lambda kind: kind.title)
def test_a_step_of_a_decided_dossier_fits_a_laptop_page(
    qtbot: QtBot, demo_workspace: Workspace, kind: type[DossierTab], width: int
) -> None:
    page = _step_page(qtbot, kind, demo_workspace, width)
    assert (page.width(), page.height()) == (width, HEIGHT)
    assert layout_problems(page, page) == []
    assert page.findChildren(QSplitter) == []  # one column: no columns side by side


@pytest.mark.parametrize("width", WIDTHS)
def test_the_balance_chart_stands_beside_the_verdict(
    qtbot: QtBot, demo_workspace: Workspace, width: int
) -> None:
    page = _step_page(qtbot, WeighingPanel, demo_workspace, width)
    step = page.findChild(WeighingPanel)
    chart, verdict = step._chart, step.ui.verdict_label
    at = chart.mapTo(page, QPoint(0, 0))
    beside = verdict.mapTo(page, QPoint(verdict.width(), 0))
    assert chart.isVisible()
    assert at.x() >= beside.x()
    assert abs(at.y() - beside.y()) < verdict.height()
    assert at.y() + chart.height() <= HEIGHT  # seen without scrolling


@pytest.mark.parametrize("width", WIDTHS)
def test_every_criterion_of_every_demo_dossier_fits(
    qtbot: QtBot, demo_workspace: Workspace, width: int
) -> None:
    """Criteria differ most: weighing factors to note, evidence to tick, long guidance."""
    page = _step_page(qtbot, CriteriaPanel, demo_workspace, width)
    step = page.findChild(CriteriaPanel)
    criteria = step.ui.criteria_list
    found: dict[str, list[str]] = {}
    noted = False
    for record in _records(demo_workspace):
        _show(qtbot, step, record)
        for row in range(criteria.count()):
            criteria.setCurrentRow(row)
            QApplication.processEvents()
            qtbot.wait(10)
            noted |= step.ui.considerations_group.isVisibleTo(page)
            problems = layout_problems(page, page)
            if problems:
                found[f"{record.id} {criteria.item(row).text()}"] = problems
    assert found == {}
    assert noted  # a criterion with weighing factors was among them


@pytest.mark.parametrize("kind", STEPS[1:], ids=lambda kind: kind.title)
def test_every_demo_dossier_fits_the_narrowest_page(
    qtbot: QtBot, demo_workspace: Workspace, kind: type[DossierTab]
) -> None:
    """Dossiers in every state: undecided, with conflicting precedents, with long texts."""
    page = _step_page(qtbot, kind, demo_workspace, WIDTHS[0])
    step = page.findChild(kind)
    found: dict[str, list[str]] = {}
    for record in _records(demo_workspace):
        _show(qtbot, step, record)
        problems = layout_problems(page, page)
        if problems:
            found[record.id] = problems
    assert found == {}
