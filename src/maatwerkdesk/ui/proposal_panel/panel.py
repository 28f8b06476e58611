"""The proposal panel: the texts, safeguards and signal the case conference reads.

The decision itself (outcome, degree, reason) is recorded on the Precedenten tab and
summarised here; this tab adds why each decisive factor weighs, the plain-language text
for the citizen (with live B1 advice), who decided, conflicts of interest, the zienswijze,
the review date of temporary maatwerk and the knelpuntsignaal. Everything is stored as it
is entered.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QHeaderView, QTableWidgetItem, QWidget

from maatwerkdesk.domain.proposal import Proposal, Signal, SignalKind, Zienswijze
from maatwerkdesk.services import precedents
from maatwerkdesk.services.precedents import PrecedentState
from maatwerkdesk.services.proposals import load_proposal, proposal_revision, save_proposal
from maatwerkdesk.services.unit_of_work import Session
from maatwerkdesk.ui.common.dossier_tab import DossierTab, Part
from maatwerkdesk.ui.common.fitted_views import fit_height
from maatwerkdesk.ui.common.plain_text import plain_labels
from maatwerkdesk.ui.common.service_calls import ServiceCaller
from maatwerkdesk.ui.common.vocabulary import degree_text, shown_label
from maatwerkdesk.ui.forms.ui_proposal_panel import Ui_ProposalPanel
from maatwerkdesk.ui.proposal_panel.plain_language_feedback import PlainLanguageFeedback
from maatwerkdesk.ui.translation import QT_TRANSLATE_NOOP

FACTOR = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class ProposalView:
    proposal: Proposal
    precedents: PrecedentState
    revision: int
    """The stored proposal's revision: the one a save is made from."""


def _names(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split(",") if part.strip())


class ProposalPanel(DossierTab[ProposalView]):
    """The "Voorstel" tab."""

    title = QT_TRANSLATE_NOOP("ProposalPanel", "Voorstel")

    def __init__(self, calls: ServiceCaller, parent: QWidget | None = None) -> None:
        super().__init__(calls, parent)
        self.ui = Ui_ProposalPanel()
        self.ui.setupUi(self)
        for state in Zienswijze:
            self.ui.zienswijze_combo.addItem(shown_label(state), state.value)
        for kind in SignalKind:
            self.ui.signal_combo.addItem(shown_label(kind), kind.value)
        table = self.ui.motivations_table
        table.setColumnCount(2)
        table.verticalHeader().setVisible(False)
        # Factor and motivation share the width and wrap; a row is as tall as its text.
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.itemChanged.connect(self._on_text_edited)
        plain_labels(self)
        for edit in (
            self.ui.deciders_edit,
            self.ui.conflicts_edit,
            self.ui.signal_rule_edit,
            self.ui.signal_owner_edit,
        ):
            edit.textEdited.connect(self._on_text_edited)
        self.ui.citizen_edit.textChanged.connect(self._on_text_edited)
        for combo in (self.ui.zienswijze_combo, self.ui.signal_combo):
            combo.activated.connect(self._on_choice)
        for check in (self.ui.application_check, self.ui.review_check, self.ui.escalate_check):
            check.toggled.connect(self._on_choice)
        self.ui.review_date_edit.dateChanged.connect(self._on_choice)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.setWordWrap(True)
        fit_height(table)
        self.ui.citizen_edit.setMinimumHeight(160)
        self.plain_language = PlainLanguageFeedback(
            self.ui.citizen_edit, self.ui.readability_label, self.ui.advice_list
        )
        self.ui.contents_layout.addStretch(1)
        self._show_nothing()

    def focus_field(self, name: str) -> None:
        """Put the cursor on the field an indicator points to."""
        widget = {
            "safeguards.deciders": self.ui.deciders_edit,
            "safeguards.conflicts_of_interest": self.ui.conflicts_edit,
            "safeguards.zienswijze": self.ui.zienswijze_combo,
            "signal": self.ui.signal_combo,
            "decision.factor_motivations": self.ui.motivations_table,
        }.get(name)
        if widget is not None:
            widget.setFocus()
            self.ui.scroll_area.ensureWidgetVisible(widget)

    # ------------------------------------------------------------------ DossierTab

    def reading_controls(self) -> tuple[QWidget, ...]:
        return (self.ui.advice_list,)

    def _loader(self, dossier_id: str) -> Callable[[Session], ProposalView]:
        context = self._calls.context()
        return lambda s: ProposalView(
            load_proposal(s, dossier_id),
            precedents.load_precedents(s, context, dossier_id),
            proposal_revision(s, dossier_id),
        )

    def _show_nothing(self) -> None:
        self.ui.unavailable_label.setVisible(True)
        self.ui.scroll_area.setVisible(False)

    def _show_state(self, state: ProposalView) -> None:
        self._state = state
        self._showing = True
        try:
            self.ui.unavailable_label.setVisible(False)
            self.ui.scroll_area.setVisible(True)
            self._show_decision(state.precedents)
            self._show_motivations(state)
            proposal = state.proposal
            if self.ui.citizen_edit.toPlainText() != proposal.citizen_text:
                self.ui.citizen_edit.setPlainText(proposal.citizen_text)
                self.plain_language.refresh()  # another dossier's advice must not linger
            self.ui.deciders_edit.setText(", ".join(proposal.deciders))
            self.ui.conflicts_edit.setText(", ".join(proposal.conflicts_of_interest))
            self.ui.zienswijze_combo.setCurrentIndex(
                self.ui.zienswijze_combo.findData(proposal.zienswijze.value)
            )
            self.ui.application_check.setChecked(proposal.on_application)
            self.ui.escalate_check.setChecked(proposal.escalate)
            review = proposal.review_date
            self.ui.review_check.setChecked(review is not None)
            self.ui.review_date_edit.setEnabled(review is not None)
            self.ui.review_date_edit.setDate(
                QDate(review.year, review.month, review.day) if review else QDate.currentDate()
            )
            self.ui.signal_combo.setCurrentIndex(
                self.ui.signal_combo.findData(proposal.signal.kind.value)
            )
            self.ui.signal_rule_edit.setText(proposal.signal.rule)
            self.ui.signal_owner_edit.setText(proposal.signal.owner)
        finally:
            self._showing = False

    def _store_texts(self, state: ProposalView) -> None:
        self._store()

    # ------------------------------------------------------------------ storing

    def _on_choice(self, *_args: object) -> None:
        if not self._showing:
            self.ui.review_date_edit.setEnabled(self.ui.review_check.isChecked())
            self.commit_texts()
            self._store()

    def _form(self) -> Proposal:
        table = self.ui.motivations_table
        motivations = {
            table.item(row, 0).data(FACTOR): table.item(row, 1).text()
            for row in range(table.rowCount())
        }
        review: date | None = None
        if self.ui.review_check.isChecked():
            picked = self.ui.review_date_edit.date()
            review = date(picked.year(), picked.month(), picked.day())
        return Proposal(
            citizen_text=self.ui.citizen_edit.toPlainText(),
            review_date=review,
            factor_motivations={k: v for k, v in motivations.items() if v.strip()},
            deciders=_names(self.ui.deciders_edit.text()),
            conflicts_of_interest=_names(self.ui.conflicts_edit.text()),
            zienswijze=Zienswijze(self.ui.zienswijze_combo.currentData()),
            on_application=self.ui.application_check.isChecked(),
            signal=Signal(
                SignalKind(self.ui.signal_combo.currentData()),
                self.ui.signal_rule_edit.text(),
                self.ui.signal_owner_edit.text(),
            ),
            escalate=self.ui.escalate_check.isChecked(),
        )

    def _store(self) -> None:
        record, state = self._record, self._state
        if record is None or state is None:
            return
        form = self._form()
        shown = {
            self.ui.motivations_table.item(row, 0).data(FACTOR)
            for row in range(self.ui.motivations_table.rowCount())
        }
        # Motivations of factors no longer decisive stay stored, in case they return.
        kept = {k: v for k, v in state.proposal.factor_motivations.items() if k not in shown}
        proposal = replace(form, factor_motivations={**kept, **form.factor_motivations})
        if proposal == state.proposal:
            return
        context = self._calls.context()

        def save(session: Session, value: Proposal, revision: int) -> tuple[Proposal, int]:
            saved = save_proposal(session, context, record.id, value, expected_revision=revision)
            return saved, proposal_revision(session, record.id)

        part: Part[Proposal, ProposalView, tuple[Proposal, int]] = Part(
            save, lambda view: (view.proposal, view.revision)
        )
        stored = self._store_over(
            self.tr("Voorstel niet bewaard"), part, state.proposal, proposal, state.revision
        )
        if stored is None:
            self.refresh()
            return
        saved, revision = stored
        self._state = ProposalView(saved, state.precedents, revision)

    # ------------------------------------------------------------------ showing

    def _show_decision(self, state: PrecedentState) -> None:
        decision, catalogue = state.decision, state.catalogue
        if decision is None or catalogue is None:
            self.ui.decision_label.setText(self.tr("Nog geen beslissing vastgelegd."))
            return
        text = shown_label(decision.outcome_type)
        if decision.degree is not None:
            text += f", {degree_text(decision.degree)}"
        reason = decision.reason_for(state.factors, catalogue.sides)
        labels = "; ".join(catalogue.label(f) for f in sorted(reason))
        self.ui.decision_label.setText(
            self.tr("{decision}. Doorslaggevend: {factors}.").format(decision=text, factors=labels)
            if labels
            else self.tr("{}. Doorslaggevend: geen factoren.").format(text)
        )

    def _show_motivations(self, state: ProposalView) -> None:
        table = self.ui.motivations_table
        table.blockSignals(True)
        decision, catalogue = state.precedents.decision, state.precedents.catalogue
        reason = (
            sorted(decision.reason_for(state.precedents.factors, catalogue.sides))
            if decision is not None and catalogue is not None
            else []
        )
        table.setRowCount(len(reason))
        for row, factor in enumerate(reason):
            name = QTableWidgetItem(catalogue.label(factor) if catalogue else factor)
            name.setData(FACTOR, factor)
            name.setFlags(Qt.ItemFlag.ItemIsEnabled)
            table.setItem(row, 0, name)
            table.setItem(
                row, 1, QTableWidgetItem(state.proposal.factor_motivations.get(factor, ""))
            )
        table.setVisible(bool(reason))
        self.ui.motivations_box.setTitle(
            self.tr("Waarom de doorslaggevende factoren wegen")
            if reason
            else self.tr(
                "Waarom de doorslaggevende factoren wegen (eerst een beslissing vastleggen)"
            )
        )
        table.blockSignals(False)
