"""The weighing panel: proportionality of the generic outcome, and the arbitrariness checks.

Choices are stored at once, typed text a moment after typing stops. The verdict and the
review intensity are never typed: they are computed from the answers and shown with the
reasons that carry them. The indicators read like an IDE's inspections: severity, a
message that says how to resolve it, and a double-click that goes to the field.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import TypeVar

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidgetItem,
    QWidget,
)

from maatwerkdesk.domain.case_facts import LARGE_RECOVERY_EXPLAINED
from maatwerkdesk.domain.chart import ChartData
from maatwerkdesk.domain.indicators import Finding, Severity
from maatwerkdesk.domain.precedent import Outcome
from maatwerkdesk.domain.precedent_explanation import OUTCOME_HEADINGS
from maatwerkdesk.domain.proportionality import (
    ALTERNATIVE_LABELS,
    ALTERNATIVE_VERDICT_LABELS,
    ANSWER_LABELS,
    FACTOR_LABELS,
    INTEREST_HOLDER_LABELS,
    LEVEL_LABELS,
    NATURE_LABELS,
    WEIGHT_LABELS,
    VerdictValue,
)
from maatwerkdesk.domain.weighing import (
    Alternative,
    AlternativeRecord,
    AlternativeVerdict,
    DecisionNature,
    IntensityFactor,
    InterestHolder,
    InterestRecord,
    Level,
    StepAnswer,
    StepId,
    StepRecord,
    Weighing,
    Weight,
)
from maatwerkdesk.palette import Meaning
from maatwerkdesk.services.chart import chart_data
from maatwerkdesk.services.dossier_check import DossierCheck, load_check
from maatwerkdesk.services.unit_of_work import Session
from maatwerkdesk.services.weighing import WeighingState, save_weighing
from maatwerkdesk.ui import theme
from maatwerkdesk.ui.common.cells import cell
from maatwerkdesk.ui.common.dossier_tab import DossierTab, Part
from maatwerkdesk.ui.common.fitted_views import fit_height
from maatwerkdesk.ui.common.plain_text import plain_labels, tooltip
from maatwerkdesk.ui.common.service_calls import ServiceCaller
from maatwerkdesk.ui.common.vocabulary import shown_label, shown_sentence, shown_text
from maatwerkdesk.ui.forms.ui_weighing_panel import Ui_WeighingPanel
from maatwerkdesk.ui.translation import QT_TRANSLATE_NOOP
from maatwerkdesk.ui.weighing_panel.chart import CHART_SIZE, BalanceChart

E = TypeVar("E", bound=StrEnum)
V = TypeVar("V", bound=StrEnum)

VERDICT_MEANINGS = {
    VerdictValue.DISPROPORTIONATE: Meaning.CONFLICT,
    VerdictValue.PROPORTIONATE: Meaning.OK,
    VerdictValue.UNCERTAIN: Meaning.WARNING,
}
RECORDED_DECISION = QT_TRANSLATE_NOOP("WeighingPanel", "De vastgelegde beslissing")
OUTCOME_CHOICES = (
    (RECORDED_DECISION, None),
    (OUTCOME_HEADINGS[Outcome.DEVIATE], Outcome.DEVIATE),
    (OUTCOME_HEADINGS[Outcome.GENERIC], Outcome.GENERIC),
)


@dataclass(frozen=True)
class WeighingView:
    check: DossierCheck
    chart: ChartData


class WeighingPanel(DossierTab[WeighingView]):
    """The "Afweging" tab. Signals: `changed` after every stored change;
    `field_requested(name)` when a finding points to a field on another tab;
    `open_requested(reference)` when a dossier on the chart is clicked."""

    changed = Signal()
    field_requested = Signal(str)
    open_requested = Signal(str)
    title = QT_TRANSLATE_NOOP("WeighingPanel", "Afweging")

    def __init__(self, calls: ServiceCaller, parent: QWidget | None = None) -> None:
        super().__init__(calls, parent)
        self.ui = Ui_WeighingPanel()
        self.ui.setupUi(self)
        self._outcome: Outcome | None = None
        self._steps = {
            StepId.SUITABILITY: (
                self.ui.suitability_combo,
                self.ui.suitability_edit,
                self.ui.suitability_skip,
            ),
            StepId.NECESSITY: (
                self.ui.necessity_combo,
                self.ui.necessity_edit,
                self.ui.necessity_skip,
            ),
            StepId.BALANCE: (self.ui.balance_combo, self.ui.balance_edit, self.ui.balance_skip),
        }
        _fill_combo(self.ui.nature_combo, NATURE_LABELS)
        for combo, edit, skip in self._steps.values():
            _fill_combo(combo, ANSWER_LABELS)
            combo.activated.connect(self._on_choice)
            edit.textChanged.connect(self._on_text_edited)
            edit.setMaximumHeight(70)
            skip.setStyleSheet(theme.muted_label())
        self.ui.nature_combo.activated.connect(self._on_choice)
        self.ui.aim_edit.textChanged.connect(self._on_text_edited)
        self.ui.aim_edit.setMaximumHeight(80)
        self._setup_table(
            self.ui.alternatives_table, ALTERNATIVE_LABELS, ALTERNATIVE_VERDICT_LABELS, 2
        )
        self._setup_table(self.ui.interests_table, INTEREST_HOLDER_LABELS, WEIGHT_LABELS, 1)
        self._setup_table(self.ui.intensity_table, FACTOR_LABELS, LEVEL_LABELS, 0)
        plain_labels(self)
        self._verdict_font = self.ui.verdict_label.font()
        self._verdict_font.setBold(True)
        self._verdict_font.setPointSizeF(self._verdict_font.pointSizeF() * 1.15)
        self.ui.verdict_label.setMargin(6)
        for text, value in OUTCOME_CHOICES:
            shown = shown_text(text) if value else self.tr(RECORDED_DECISION)  # domain's headings
            self.ui.findings_outcome_combo.addItem(shown, value.value if value else "")
        self.ui.findings_outcome_combo.activated.connect(self._on_outcome_chosen)
        header = self.ui.findings_tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(True)
        self.ui.findings_tree.setUniformRowHeights(False)
        self.ui.findings_tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        fit_height(self.ui.findings_tree)
        self.ui.findings_tree.itemActivated.connect(self._on_finding_activated)
        self.ui.findings_tree.currentItemChanged.connect(self._on_finding_current)
        self.ui.finding_detail_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self._chart = BalanceChart(self)
        self.ui.chart_layout.insertWidget(0, self._chart)  # beside the verdict, its hint under it
        self.ui.chart_hint.setMaximumWidth(CHART_SIZE)
        self._chart.point_clicked.connect(self.open_requested)
        self.ui.contents_layout.addStretch(1)
        self._show_nothing()

    # ------------------------------------------------------------------ DossierTab

    def reading_controls(self) -> tuple[QWidget, ...]:
        return (self.ui.findings_tree, self.ui.findings_outcome_combo)

    def _loader(self, dossier_id: str) -> Callable[[Session], WeighingView]:
        context, outcome = self._calls.context(), self._outcome

        def load(session: Session) -> WeighingView:
            check = load_check(session, context, dossier_id, outcome, audit_read=False)
            return WeighingView(check, chart_data(session, check))

        return load

    def _forget_dossier(self) -> None:
        self._outcome = None
        self.ui.findings_outcome_combo.setCurrentIndex(0)

    def _show_nothing(self) -> None:
        self.ui.unavailable_label.setVisible(True)
        self.ui.scroll_area.setVisible(False)

    def _show_state(self, state: WeighingView) -> None:
        self._state = state
        self._showing = True
        try:
            self.ui.unavailable_label.setVisible(False)
            self.ui.scroll_area.setVisible(True)
            self._show_weighing(state.check)
            self._show_result(state.check)
            self._show_findings(state.check)
            self._chart.show_data(state.chart)
        finally:
            self._showing = False

    # ------------------------------------------------------------------ storing

    def _store_texts(self, state: WeighingView) -> None:
        self._store()

    def _form_weighing(self) -> Weighing:
        steps = {
            step: StepRecord(_chosen(combo, StepAnswer), edit.toPlainText())
            for step, (combo, edit, _skip) in self._steps.items()
        }
        return Weighing(
            nature=_chosen(self.ui.nature_combo, DecisionNature),
            aim=self.ui.aim_edit.toPlainText(),
            steps={k: v for k, v in steps.items() if v != StepRecord()},
            alternatives={
                k: AlternativeRecord(verdict, *texts)
                for k, verdict, texts in _table_rows(
                    self.ui.alternatives_table, Alternative, AlternativeVerdict
                )
                if (verdict, *texts) != (AlternativeVerdict.NOT_CONSIDERED, "", "")
            },
            interests={
                k: InterestRecord(weight, *texts)
                for k, weight, texts in _table_rows(self.ui.interests_table, InterestHolder, Weight)
                if (weight, *texts) != (Weight.NONE, "")
            },
            intensity={
                k: level
                for k, level, _texts in _table_rows(self.ui.intensity_table, IntensityFactor, Level)
                if level is not Level.UNKNOWN
            },
        )

    def _store(self) -> None:
        record, state = self._record, self._state
        if record is None or state is None:
            return
        weighing, shown = self._form_weighing(), state.check.weighing
        if weighing == shown.weighing:
            return
        context = self._calls.context()
        part: Part[Weighing, WeighingView, WeighingState] = Part(
            lambda s, value, revision: save_weighing(
                s, context, record.id, value, expected_revision=revision
            ),
            lambda view: (view.check.weighing.weighing, view.check.weighing.revision),
        )
        saved = self._store_over(
            self.tr("Afweging niet bewaard"), part, shown.weighing, weighing, shown.revision
        )
        if saved is None:
            self.refresh()
            return
        self.refresh()  # the indicators look at the weighing too
        self.changed.emit()

    # ------------------------------------------------------------------ user actions

    def _on_choice(self, *_args: object) -> None:
        if not self._showing:
            self.commit_texts()
            self._store()

    @Slot(int)
    def _on_outcome_chosen(self, index: int) -> None:
        value = self.ui.findings_outcome_combo.itemData(index)
        self._outcome = Outcome(value) if value else None
        self.refresh()

    @Slot(QTreeWidgetItem)
    def _on_finding_activated(self, item: QTreeWidgetItem) -> None:
        finding: Finding = item.data(0, Qt.ItemDataRole.UserRole)
        for name in finding.fields:
            widget = self._field_widget(name)
            if widget is not None:
                widget.setFocus()
                self.ui.scroll_area.ensureWidgetVisible(widget)
                return
        if finding.fields:
            self.field_requested.emit(finding.fields[0])

    def _on_finding_current(self, item: QTreeWidgetItem | None, *_args: object) -> None:
        finding = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        label = self.ui.finding_detail_label
        if isinstance(finding, Finding) and self._state is not None:
            check = self._state.check
            hint = (
                ""
                if check.signed is not None
                else "\n"
                + self.tr("Dubbelklik op de melding om naar het veld te gaan dat haar oplost.")
            )
            label.setText(
                f"{shown_label(finding.severity).capitalize()}: "
                f"{shown_sentence(check.shown(finding))}{hint}"
            )
        else:
            label.setText("")

    def _field_widget(self, name: str) -> QWidget | None:
        if name.startswith("weighing.steps."):
            step = name.removeprefix("weighing.steps.")
            found = next((w for s, w in self._steps.items() if s.value == step), None)
            return found[0] if found else None
        return {
            "weighing.nature": self.ui.nature_combo,
            "weighing.aim": self.ui.aim_edit,
            "weighing.alternatives": self.ui.alternatives_table,
        }.get(name)

    # ------------------------------------------------------------------ showing

    def _show_weighing(self, state: DossierCheck) -> None:
        current = state.weighing
        weighing = current.weighing
        power = state.assessment.catalogue.power(current.power)
        self.ui.power_value.setText(
            power.label if power is not None else self.tr("nog niet gekozen (stap Toetsing)")
        )
        _select(self.ui.nature_combo, weighing.nature)
        _set_text(self.ui.aim_edit, weighing.aim)
        for step, (combo, edit, skip) in self._steps.items():
            record = weighing.step(step)
            _select(combo, record.answer)
            _set_text(edit, record.motivation)
            applicability = current.steps[step]
            reason = shown_sentence(applicability.reason)
            skip.setText("" if applicability.applies else reason)
            skip.setToolTip(tooltip(reason))
            combo.setEnabled(applicability.applies or record.answer is not StepAnswer.UNKNOWN)
        burden = state.burden
        burden_text = shown_sentence(burden.sentence) if burden is not None else ""
        if burden is not None and burden.large:
            burden_text += " " + shown_sentence(LARGE_RECOVERY_EXPLAINED)
        self.ui.balance_burden_label.setText(burden_text)
        self.ui.balance_burden_label.setVisible(burden is not None)
        _show_rows(
            self.ui.alternatives_table,
            {k: (v.verdict, (v.motivation, v.set_aside)) for k, v in weighing.alternatives.items()},
            AlternativeVerdict.NOT_CONSIDERED,
        )
        _show_rows(
            self.ui.interests_table,
            {k: (v.weight, (v.description,)) for k, v in weighing.interests.items()},
            Weight.NONE,
        )
        _show_rows(
            self.ui.intensity_table,
            {k: (v, ()) for k, v in weighing.intensity.items()},
            Level.UNKNOWN,
        )

    def _show_result(self, state: DossierCheck) -> None:
        verdict, intensity = state.weighing.verdict, state.weighing.intensity
        self.ui.verdict_label.setText(
            self.tr("De algemene regel is hier: {}").format(shown_label(verdict.value))
        )
        self.ui.verdict_label.setStyleSheet(
            theme.box_label(VERDICT_MEANINGS[verdict.value], self._verdict_font)
        )
        self.ui.verdict_reasons_label.setText(
            "\n".join(f"• {shown_sentence(r)}" for r in verdict.reasons)
        )
        self.ui.intensity_label.setText(
            self.tr("Toetsingsintensiteit: {}.").format(shown_label(intensity.level))
        )
        self.ui.intensity_reasons_label.setText(
            "\n".join(f"• {shown_sentence(r)}" for r in intensity.reasons)
        )

    def _show_findings(self, check: DossierCheck) -> None:
        tree = self.ui.findings_tree
        tree.clear()
        findings = check.findings
        for finding in findings:
            text = shown_sentence(check.shown(finding))
            row = QTreeWidgetItem([shown_label(finding.severity), text])
            row.setData(0, Qt.ItemDataRole.UserRole, finding)
            row.setForeground(0, QBrush(theme.qcolor(severity_colour(finding.severity))))
            row.setToolTip(1, tooltip(text))
            tree.addTopLevelItem(row)
        if not findings:
            text = (
                self.tr("Geen meldingen.")
                if self._outcome is not None or (self._state and self._state.check.outcome)
                else self.tr(
                    "Kies hierboven een uitkomst: de meeste controles beoordelen een "
                    "voorgestelde uitkomst."
                )
            )
            tree.addTopLevelItem(QTreeWidgetItem(["", text]))
        tree.setCurrentItem(tree.topLevelItem(0))
        self.ui.findings_box.setTitle(
            self.tr("Willekeur-indicatoren ({})").format(len(findings))
            if findings
            else self.tr("Willekeur-indicatoren")
        )

    def _setup_table(
        self,
        table: QTableWidget,
        rows: Mapping[E, str],
        choices: Mapping[V, str],
        texts: int,
    ) -> None:
        """A row per key: its label, a combo of `choices` and `texts` editable text columns."""
        table.setRowCount(len(rows))
        table.setColumnCount(2 + texts)
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        widest = header.sectionSizeHint(1)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        for column in range(2, 2 + texts):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        # Narrow columns wrap their text; a row is as tall as it, the table as its rows.
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        fit_height(table)
        for row, (key, text) in enumerate(rows.items()):
            name = QTableWidgetItem(shown_text(text))
            name.setData(Qt.ItemDataRole.UserRole, key.value)
            name.setFlags(Qt.ItemFlag.ItemIsEnabled)
            table.setItem(row, 0, name)
            combo = QComboBox(table)
            _fill_combo(combo, choices)
            combo.activated.connect(self._on_choice)
            table.setCellWidget(row, 1, combo)
            widest = max(widest, combo.sizeHint().width())
            for column in range(2, 2 + texts):
                table.setItem(row, column, QTableWidgetItem(""))
        header.resizeSection(1, widest)  # a choice is read whole
        if texts:
            table.itemChanged.connect(self._on_table_text)

    def _on_table_text(self, item: QTableWidgetItem) -> None:
        if item.column() >= 2:
            self._on_text_edited()


def severity_colour(severity: Severity) -> str:
    colours = theme.current().severity
    return {
        Severity.CRITICAL: colours.critical,
        Severity.HIGH: colours.high,
        Severity.MEDIUM: colours.medium,
        Severity.LOW: colours.low,
        Severity.INFO: colours.info,
    }[severity]


def _fill_combo(combo: QComboBox, labels: Mapping[E, str]) -> None:
    for key, text in labels.items():
        combo.addItem(shown_text(text), key.value)


def _chosen(combo: QComboBox, kind: type[E]) -> E:
    return kind(combo.currentData())


def _select(combo: QComboBox, value: StrEnum) -> None:
    combo.setCurrentIndex(max(0, combo.findData(value.value)))


def _set_text(edit: QPlainTextEdit, text: str) -> None:
    if edit.toPlainText() != text:
        edit.setPlainText(text)


def _table_rows(
    table: QTableWidget, key_kind: type[E], value_kind: type[V]
) -> list[tuple[E, V, tuple[str, ...]]]:
    """Per row: its key, the combo's choice and the texts of the text columns."""
    rows = []
    for row in range(table.rowCount()):
        key = key_kind(cell(table, row, 0).data(Qt.ItemDataRole.UserRole))
        combo = table.cellWidget(row, 1)
        assert isinstance(combo, QComboBox)
        texts = tuple(cell(table, row, c).text() for c in range(2, table.columnCount()))
        rows.append((key, value_kind(combo.currentData()), texts))
    return rows


def _show_rows(
    table: QTableWidget,
    values: Mapping[E, tuple[StrEnum, tuple[str, ...]]],
    empty: StrEnum,
) -> None:
    table.blockSignals(True)
    for row in range(table.rowCount()):
        key = cell(table, row, 0).data(Qt.ItemDataRole.UserRole)
        chosen = next((v for k, v in values.items() if k.value == key), None)
        combo = table.cellWidget(row, 1)
        assert isinstance(combo, QComboBox)
        combo.setCurrentIndex(max(0, combo.findData((chosen[0] if chosen else empty).value)))
        for column in range(2, table.columnCount()):
            texts = chosen[1] if chosen else ()
            cell(table, row, column).setText(texts[column - 2] if column - 2 < len(texts) else "")
    table.blockSignals(False)
