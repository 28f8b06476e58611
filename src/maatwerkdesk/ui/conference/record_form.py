"""The record of one agenda item as a form: advice, dissent, the decision, actions, follow-up.

What may be changed depends on who works and on the item's state: the secretary and the
chair keep the whole record, a member only their own advice, and nobody changes a signed
decision except by a new version, where only the decision and its reasons are open.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from PySide6.QtCore import QDate, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from maatwerkdesk.domain.conference import ItemRecord
from maatwerkdesk.domain.decision import Decision, Distinction
from maatwerkdesk.domain.factors import FactorCatalogue
from maatwerkdesk.domain.proposal import Signal as KnelpuntSignal
from maatwerkdesk.domain.proposal import SignalKind
from maatwerkdesk.domain.signed_record import OverrideGround
from maatwerkdesk.domain.text import enumerate_nl
from maatwerkdesk.palette import Meaning
from maatwerkdesk.services.conference_review import Review
from maatwerkdesk.ui import theme
from maatwerkdesk.ui.common.plain_text import escaped
from maatwerkdesk.ui.common.vocabulary import shown_label, shown_sentence
from maatwerkdesk.ui.conference.review_texts import Mode
from maatwerkdesk.ui.conference.tables import ActionsTable, AdviceTable
from maatwerkdesk.ui.forms.ui_conference_review import Ui_ReviewDialog
from maatwerkdesk.ui.precedent_panel.decision_fields import DecisionFields, distinctions_text

ACTION_DAYS = 14
"""An action's default deadline: two weeks after the meeting."""


class RecordForm(QObject):
    """Fills the review's form from a `Review` and reads it back as an `ItemRecord`."""

    edited = Signal()

    def __init__(self, ui: Ui_ReviewDialog) -> None:
        super().__init__(ui.form_contents)
        self.ui = ui
        self.advice = AdviceTable(ui.advice_table)
        self.actions = ActionsTable(ui.actions_table, ui.add_action_button, ui.remove_action_button)
        self.fields = DecisionFields(
            ui.outcome_type_combo,
            ui.degree_spin,
            ui.degree_unit_combo,
            ui.reason_list,
            ui.motivation_edit,
        )
        self._catalogue: FactorCatalogue | None = None
        self._factors: frozenset[str] = frozenset()
        self._shown: Decision | None = None
        self._showing = False
        for kind in SignalKind:
            ui.signal_combo.addItem(shown_label(kind), kind.value)
        # Red: a departure from precedent or from the check is allowed, but must be seen.
        for frame in (ui.departure_frame, ui.override_frame):
            frame.setStyleSheet(theme.framed(f"QFrame#{frame.objectName()}", Meaning.CONFLICT))
        ui.amend_frame.setStyleSheet(theme.framed("QFrame#amend_frame", Meaning.INFO))
        for edit, lines in (
            (ui.motivation_edit, 7),
            (ui.departure_edit, 5),
            (ui.override_edit, 5),
            (ui.dissent_edit, 4),
            (ui.amend_reason_edit, 3),
        ):
            spacing = edit.fontMetrics().lineSpacing()
            edit.setMinimumHeight(spacing * 3)
            edit.setMaximumHeight(spacing * lines + 2 * edit.frameWidth() + 8)
        for label in (ui.reason_label, ui.motivation_label):
            ui.decision_layout.setAlignment(label, Qt.AlignmentFlag.AlignTop)
        self._placeholders: dict[QPlainTextEdit | QLineEdit, str] = {
            edit: edit.placeholderText()
            for edit in (
                ui.dissent_edit,
                ui.motivation_edit,
                ui.departure_edit,
                ui.override_edit,
                ui.signal_rule_edit,
                ui.signal_owner_edit,
            )
        }

        self.advice.edited.connect(self._on_edited)
        self.actions.edited.connect(self._on_edited)
        ui.outcome_type_combo.activated.connect(self._on_outcome_chosen)
        ui.degree_spin.valueChanged.connect(self._on_edited)
        ui.degree_unit_combo.activated.connect(self._on_edited)
        ui.reason_list.itemChanged.connect(self._on_edited)
        for edit in (
            ui.motivation_edit,
            ui.dissent_edit,
            ui.departure_edit,
            ui.override_edit,
            ui.amend_reason_edit,
        ):
            edit.textChanged.connect(self._on_edited)
        ui.review_check.toggled.connect(self._on_review_toggled)
        ui.review_date_edit.dateChanged.connect(self._on_edited)
        ui.signal_combo.activated.connect(self._on_edited)
        ui.signal_rule_edit.textEdited.connect(self._on_edited)
        ui.signal_owner_edit.textEdited.connect(self._on_edited)

    # ------------------------------------------------------------------ showing

    def show(self, review: Review, decision: Decision | None, factors: frozenset[str]) -> None:
        """The item's record, with `decision` in the decision fields."""
        ui, record = self.ui, review.item.record
        self._catalogue, self._factors, self._shown = review.precedents.catalogue, factors, decision
        self._showing = True
        try:
            self.advice.show(review.meeting, record)
            ui.dissent_edit.setPlainText(record.dissent)
            self.fields.show(decision, self._catalogue, factors)
            self._fit_reason_list()
            self._show_distinctions()
            ui.departure_edit.setPlainText(record.departure_motivation)
            ui.override_edit.setPlainText(record.override_motivation)
            self.actions.show(record.actions, review.meeting.held_on + timedelta(days=ACTION_DAYS))
            review_on = record.review_date
            ui.review_check.setChecked(review_on is not None)
            shown = review_on or review.meeting.held_on
            ui.review_date_edit.setDate(QDate(shown.year, shown.month, shown.day))
            ui.signal_combo.setCurrentIndex(
                max(0, ui.signal_combo.findData(record.signal.kind.value))
            )
            ui.signal_rule_edit.setText(record.signal.rule)
            ui.signal_owner_edit.setText(record.signal.owner)
            ui.amend_reason_edit.clear()
        finally:
            self._showing = False

    def show_departure(self, departs: tuple[str, ...], *, signed: bool) -> None:
        """The clearly marked departure field, shown only where precedent contradicts."""
        ui = self.ui
        ui.departure_frame.setVisible(bool(departs))
        if not departs:
            return
        named = escaped(shown_sentence(enumerate_nl(departs)))  # the label is rich text
        if signed:
            ui.departure_label.setText(self.tr("<b>Gemotiveerd afgeweken van {}</b>").format(named))
        else:
            ui.departure_label.setText(
                self.tr(
                    "<b>Motivering van de afwijking van {}</b><br>Dit besluit gaat in tegen "
                    "een eerdere beslissing. Het overleg kan daarvan alleen gemotiveerd afwijken; "
                    "de voorzitter ondertekent die motivering mee."
                ).format(named)
            )

    def show_override(self, grounds: tuple[OverrideGround, ...], *, signed: bool) -> None:
        """The field to motivate a departure from the program's check, shown only where
        the check stands in the way of this decision."""
        ui = self.ui
        ui.override_frame.setVisible(bool(grounds))
        if not grounds:
            return
        named = escaped("; ".join(shown_label(g) for g in grounds))  # the label is rich text
        if signed:
            ui.override_label.setText(
                self.tr("<b>Gemotiveerd afgeweken van de toets</b> ({})").format(named)
            )
        else:
            ui.override_label.setText(
                self.tr(
                    "<b>Gemotiveerd afwijken van de toets</b><br>De toets staat dit besluit in de "
                    "weg: {}. Het overleg kan daarvan alleen gemotiveerd afwijken; de "
                    "voorzitter ondertekent die motivering mee."
                ).format(named)
            )

    def set_mode(self, mode: Mode, own_user_id: str, member_ids: set[str]) -> None:
        ui = self.ui
        whole = mode is Mode.RECORD
        self.advice.set_editable(
            member_ids if whole else {own_user_id} if mode is Mode.ADVICE else set()
        )
        deciding = mode in (Mode.RECORD, Mode.AMEND)
        self.fields.set_read_only(not deciding)
        ui.departure_edit.setReadOnly(not deciding)
        ui.override_edit.setReadOnly(not deciding)
        ui.dissent_edit.setReadOnly(not whole)
        self.actions.set_editable(whole)
        for widget in (ui.review_check, ui.signal_combo):
            widget.setEnabled(whole)
        ui.review_date_edit.setEnabled(whole and ui.review_check.isChecked())
        for line in (ui.signal_rule_edit, ui.signal_owner_edit):
            line.setReadOnly(not whole)
        ui.amend_frame.setVisible(mode is Mode.AMEND)
        for edit, placeholder in self._placeholders.items():
            # An empty fixed field reads "—", not an invitation to type.
            edit.setPlaceholderText(placeholder if not edit.isReadOnly() else "—")

    # ------------------------------------------------------------------ reading

    def decision(self) -> Decision | None:
        """The decision as the form shows it; distinctions stay while their factor counts."""
        outcome_type = self.fields.outcome_type()
        catalogue = self._catalogue
        if outcome_type is None or catalogue is None:
            return None
        reason = self.fields.reason(catalogue, self._factors)
        draft = Decision(outcome_type, self.fields.degree(), reason, motivation=self.motivation())
        return replace(draft, distinctions=self._kept_distinctions(draft))

    def motivation(self) -> str:
        return self.ui.motivation_edit.toPlainText()

    def departure_motivation(self) -> str:
        return self.ui.departure_edit.toPlainText()

    def override_motivation(self) -> str:
        return self.ui.override_edit.toPlainText()

    def record(self) -> ItemRecord:
        ui = self.ui
        review_on: date | None = None
        if ui.review_check.isChecked():
            picked = ui.review_date_edit.date()
            review_on = date(picked.year(), picked.month(), picked.day())
        return ItemRecord(
            advice=self.advice.advice(),
            dissent=ui.dissent_edit.toPlainText(),
            conflicts=self.advice.conflicts(),
            decision=self.decision(),
            departure_motivation=self.departure_motivation(),
            override_motivation=self.override_motivation(),
            actions=self.actions.actions(),
            review_date=review_on,
            signal=KnelpuntSignal(
                SignalKind(ui.signal_combo.currentData()),
                ui.signal_rule_edit.text(),
                ui.signal_owner_edit.text(),
            ),
        )

    # ------------------------------------------------------------------ slots

    @Slot()
    def _on_edited(self, *_args: object) -> None:
        if not self._showing:
            self._show_distinctions()
            self.edited.emit()

    @Slot(int)
    def _on_outcome_chosen(self, _index: int) -> None:
        outcome = self.fields.outcome()
        shown = self._shown
        keep = shown if shown is not None and outcome is shown.outcome else None
        self.fields.show_reason(self._catalogue, self._factors, outcome, keep)
        self._fit_reason_list()
        self._on_edited()

    @Slot(bool)
    def _on_review_toggled(self, checked: bool) -> None:
        self.ui.review_date_edit.setEnabled(checked)
        self._on_edited()

    def _kept_distinctions(self, decision: Decision) -> tuple[Distinction, ...]:
        shown, catalogue = self._shown, self._catalogue
        if shown is None or catalogue is None:
            return ()
        reason = decision.reason_for(self._factors, catalogue.sides)
        return tuple(d for d in shown.distinctions if d.factor in reason)

    def _fit_reason_list(self) -> None:
        """As tall as the factors it offers (at least three rows), never scrolling."""
        view = self.ui.reason_list
        row = view.sizeHintForRow(0) if view.count() else view.fontMetrics().lineSpacing() + 4
        view.setFixedHeight(max(3, view.count()) * row + 2 * view.frameWidth() + 4)

    def _show_distinctions(self) -> None:
        decision = self.decision()
        distinctions = decision.distinctions if decision is not None else ()
        self.ui.distinctions_value.setText(distinctions_text(distinctions, self._catalogue))
