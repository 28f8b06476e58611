"""The fields of a decision: outcome, degree, decisive factors and motivation.

Shared by the precedent panel (the caseworker's decision) and the conference's review view
(the conference's decision), so both show and read a decision the same way.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
)

from maatwerkdesk.domain.decision import Decision, Degree, DegreeUnit, Distinction, OutcomeType
from maatwerkdesk.domain.factors import Factor, FactorCatalogue
from maatwerkdesk.domain.precedent import Outcome
from maatwerkdesk.ui import theme
from maatwerkdesk.ui.common.plain_text import tooltip
from maatwerkdesk.ui.common.vocabulary import shown_label
from maatwerkdesk.ui.precedent_panel.presentation import SIDE_MEANINGS, SIDE_SIGNS
from maatwerkdesk.ui.translation import QT_TRANSLATE_NOOP

ID_ROLE = Qt.ItemDataRole.UserRole
NO_UNIT = ""
# Shown by DecisionFields, a plain class: translated in its context (QCoreApplication.translate).
NO_OUTCOME = QT_TRANSLATE_NOOP("DecisionFields", "Nog geen uitkomst gekozen")


class DecisionFields:
    """Fills and reads the widgets of a decision form; the form's owner keeps the widgets."""

    def __init__(
        self,
        outcome_combo: QComboBox,
        degree_spin: QDoubleSpinBox,
        unit_combo: QComboBox,
        reason_list: QListWidget,
        motivation_edit: QPlainTextEdit,
    ) -> None:
        self.outcome_combo = outcome_combo
        self.degree_spin = degree_spin
        self.unit_combo = unit_combo
        self.reason_list = reason_list
        self.motivation_edit = motivation_edit
        outcome_combo.addItem(QCoreApplication.translate("DecisionFields", NO_OUTCOME), None)
        for outcome_type in OutcomeType:
            outcome_combo.addItem(shown_label(outcome_type), outcome_type.value)
        unit_combo.addItem(QCoreApplication.translate("DecisionFields", "geen"), NO_UNIT)
        for unit in DegreeUnit:
            unit_combo.addItem(shown_label(unit), unit.value)

    def show(
        self, decision: Decision | None, catalogue: FactorCatalogue | None, factors: frozenset[str]
    ) -> None:
        """Show `decision` (or an empty form); the reason list offers the factors present."""
        combo = self.outcome_combo
        combo.setCurrentIndex(
            max(0, combo.findData(decision.outcome_type.value)) if decision else 0
        )
        degree = decision.degree if decision else None
        self.unit_combo.setCurrentIndex(
            max(0, self.unit_combo.findData(degree.unit.value if degree else NO_UNIT))
        )
        self.degree_spin.setValue(degree.value if degree else 0.0)
        self.motivation_edit.setPlainText(decision.motivation if decision else "")
        self.show_reason(catalogue, factors, decision.outcome if decision else None, decision)

    def show_reason(
        self,
        catalogue: FactorCatalogue | None,
        factors: frozenset[str],
        outcome: Outcome | None,
        decision: Decision | None,
    ) -> None:
        """The factors present for `outcome`'s side, ticked as `decision` chose them (all of
        them when it chose another outcome or none)."""
        view = self.reason_list
        view.blockSignals(True)
        view.clear()
        if catalogue is not None and outcome is not None:
            present = catalogue.on_side(factors, outcome.side)
            chosen = (
                decision.reason_for(factors, catalogue.sides)
                if decision is not None and decision.outcome is outcome
                else frozenset(f.id for f in present)
            )
            fill_factor_list(view, present, chosen)
        view.blockSignals(False)

    def outcome_type(self) -> OutcomeType | None:
        value = self.outcome_combo.currentData()
        return OutcomeType(value) if value is not None else None

    def outcome(self) -> Outcome | None:
        chosen = self.outcome_type()
        return chosen.outcome if chosen is not None else None

    def degree(self) -> Degree | None:
        unit = self.unit_combo.currentData()
        return Degree(DegreeUnit(unit), self.degree_spin.value()) if unit else None

    def reason(self, catalogue: FactorCatalogue, factors: frozenset[str]) -> frozenset[str] | None:
        """The ticked factors; None when they are all the factors for the chosen outcome
        (or none are ticked): then every factor present for it counts."""
        outcome = self.outcome()
        if outcome is None:
            return None
        winning = catalogue.sides.of(factors, outcome.side)
        chosen = frozenset(checked_factors(self.reason_list))
        return None if chosen == winning or not chosen else chosen

    def set_read_only(self, read_only: bool) -> None:
        """Fixed content stays readable and selectable, but cannot be changed."""
        for widget in (self.outcome_combo, self.degree_spin, self.unit_combo, self.reason_list):
            widget.setEnabled(not read_only)
        self.motivation_edit.setReadOnly(read_only)


BACKGROUND_ROLE = Qt.ItemDataRole.UserRole + 1
"""The side colour an item is shown on (None: not ticked)."""


def checked_factors(view: QListWidget) -> list[str]:
    return [
        view.item(row).data(ID_ROLE)
        for row in range(view.count())
        if view.item(row).checkState() == Qt.CheckState.Checked
    ]


def fill_factor_list(view: QListWidget, factors: list[Factor], checked: frozenset[str]) -> None:
    """Signed, coloured factors with check boxes; the ticked ones on their side's colour.
    A list that already shows these factors keeps its items (after a tick it shows them
    ticked already), so showing a new result redoes no more than it must."""
    view.blockSignals(True)
    texts = [f"{SIDE_SIGNS[factor.side]}  {factor.label}" for factor in factors]
    shown = [(view.item(row).data(ID_ROLE), view.item(row).text()) for row in range(view.count())]
    if shown != [(factor.id, text) for factor, text in zip(factors, texts, strict=True)]:
        view.clear()
        for factor, text in zip(factors, texts, strict=True):
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, factor.id)
            item.setToolTip(tooltip(factor.description))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setForeground(QBrush(theme.qcolor(theme.swatch(SIDE_MEANINGS[factor.side]).text)))
            view.addItem(item)
    for row, factor in enumerate(factors):
        item = view.item(row)
        ticked = factor.id in checked
        state = Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        if item.checkState() != state:
            item.setCheckState(state)
        background = theme.swatch(SIDE_MEANINGS[factor.side]).background if ticked else None
        if item.data(BACKGROUND_ROLE) != background:
            item.setData(BACKGROUND_ROLE, background)
            item.setBackground(QBrush(theme.qcolor(background)) if background else QBrush())
    view.blockSignals(False)


def distinctions_text(
    distinctions: tuple[Distinction, ...], catalogue: FactorCatalogue | None
) -> str:
    """'van MW-2026-00012 op ‘Geen verwijt’; …', or 'geen'."""
    return "; ".join(
        QCoreApplication.translate("DecisionFields", "van {precedent} op ‘{factor}’").format(
            precedent=d.precedent,
            factor=catalogue.label(d.factor) if catalogue else d.factor,
        )
        for d in distinctions
    ) or QCoreApplication.translate("DecisionFields", "geen")
