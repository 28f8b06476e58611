"""The precedent panel: tag the dossier's factors, see what earlier decisions say, decide.

Ticking a factor is stored at once and the status of both outcomes follows. The decision
(outcome, degree, decisive factors, motivation) is stored with its own button, because it
is a deliberate act; a distinction from a conflicting precedent is stored with it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QHeaderView, QLabel, QListWidgetItem, QTreeWidgetItem, QWidget

from maatwerkdesk.domain.case_report import SimilarCase
from maatwerkdesk.domain.conference import SignedDecision
from maatwerkdesk.domain.decision import Decision, Distinction
from maatwerkdesk.domain.errors import DomainError
from maatwerkdesk.domain.factors import FactorCatalogue
from maatwerkdesk.domain.precedent import Outcome, Side
from maatwerkdesk.domain.precedent_explanation import (
    OUTCOME_HEADINGS,
    ConflictNote,
    OutcomeExplanation,
    explain_outcome,
    later_known,
    retired_reasons,
    similar_meaning,
    similar_meaning_text,
)
from maatwerkdesk.domain.precedent_standing import Standing, signature_of
from maatwerkdesk.domain.text import enumerate_nl
from maatwerkdesk.palette import Meaning
from maatwerkdesk.services import precedents
from maatwerkdesk.services.precedents import PrecedentState
from maatwerkdesk.services.revisions import NOT_STORED
from maatwerkdesk.services.signed import latest_signed
from maatwerkdesk.services.unit_of_work import Session
from maatwerkdesk.ui import theme
from maatwerkdesk.ui.common.dialogs import ButtonRole, Choice
from maatwerkdesk.ui.common.dossier_tab import DossierTab, Part
from maatwerkdesk.ui.common.fitted_views import fit_height, one_line_column
from maatwerkdesk.ui.common.formatting import format_date
from maatwerkdesk.ui.common.plain_text import allow_long_words, one_line, plain_labels, tooltip
from maatwerkdesk.ui.common.service_calls import ServiceCaller
from maatwerkdesk.ui.common.tasks import TaskRunner
from maatwerkdesk.ui.common.vocabulary import shown_sentence, shown_text
from maatwerkdesk.ui.forms.ui_precedent_panel import Ui_PrecedentPanel
from maatwerkdesk.ui.precedent_panel.decision_fields import (
    DecisionFields,
    checked_factors,
    distinctions_text,
    fill_factor_list,
)
from maatwerkdesk.ui.precedent_panel.presentation import (
    CONFLICT_SENTENCES,
    DEPARTURE,
    LATER,
    SIGNED,
    STATUS_MEANINGS,
    case_name,
    departure_text,
    foreign_catalogue_warning,
    later_text,
    outcome_text,
    signed_text,
    similar_count_text,
    similar_detail_html,
    status_html,
)
from maatwerkdesk.ui.translation import QT_TRANSLATE_NOOP

ID_ROLE = Qt.ItemDataRole.UserRole
VIEW_MOST = 320
"""Past this height (pixels) a long list of precedents scrolls in its view."""
SIMILAR_COLUMNS = (
    QHeaderView.ResizeMode.Stretch,  # decision
    QHeaderView.ResizeMode.Stretch,  # outcome
    QHeaderView.ResizeMode.ResizeToContents,  # meaning here
    QHeaderView.ResizeMode.ResizeToContents,  # shared factors
    QHeaderView.ResizeMode.Stretch,  # summary
)
MEANING_COLUMN, SUMMARY_COLUMN = 2, 4
"""The texts share the width and wrap; the short columns keep theirs."""


class PrecedentPanel(DossierTab[PrecedentState]):
    """The "Precedenten" tab of the dossier editor.

    Signals: `changed` after every stored change; `open_requested(reference)` when the
    caseworker opens a precedent that is a dossier in this database.
    """

    changed = Signal()
    open_requested = Signal(str)
    title = QT_TRANSLATE_NOOP("PrecedentPanel", "Precedenten")

    def __init__(self, calls: ServiceCaller, parent: QWidget | None = None) -> None:
        super().__init__(calls, parent)
        self.ui = Ui_PrecedentPanel()
        self.ui.setupUi(self)
        self._showing = False
        rich = (
            self.ui.deviate_status_label,
            self.ui.generic_status_label,
            self.ui.decision_state_label,
        )
        plain_labels(self, rich=rich)
        for label in rich:  # their markup is built with every value escaped
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setMargin(6)
        self.ui.base_conflicts_label.setStyleSheet(theme.meaning_label(Meaning.CONFLICT))
        self.ui.motivation_edit.setPlaceholderText(
            self.tr("Waarom deze uitkomst, in de woorden van de behandelaar.")
        )
        self.ui.motivation_edit.setMinimumHeight(80)
        # One column in the page's one scroll: the views are as tall as what they show.
        for view in (self.ui.pro_list, self.ui.con_list, self.ui.reason_list):
            view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            fit_height(view)
        fit_height(self.ui.conflicts_list, most=VIEW_MOST)
        fit_height(self.ui.similar_tree, most=VIEW_MOST)
        fit_height(self.ui.similar_detail, most=VIEW_MOST)
        self.ui.contents_layout.addStretch(1)
        self.ui.catalogue_label.setWordWrap(False)
        warning = self.ui.catalogue_warning_label
        warning.setMargin(6)
        warning.setStyleSheet(f"QLabel {{ {theme.box(DEPARTURE)} }}")
        allow_long_words(warning)  # a catalogue's title
        self._fields = DecisionFields(
            self.ui.outcome_type_combo,
            self.ui.degree_spin,
            self.ui.degree_unit_combo,
            self.ui.reason_list,
            self.ui.motivation_edit,
        )
        self._signed: SignedDecision | None = None
        self._runner = TaskRunner(self)
        self._ticks = 0
        """Factor ticks sent to the worker whose result has not come back yet."""
        self._sent = 0
        """Factor ticks sent in all: the number of the latest."""
        self._factors_revision = [NOT_STORED]
        """The revision the next factor tick is stored from; the worker moves it on."""
        self.signed_label = self._banner(SIGNED)
        self.departure_label = self._banner(DEPARTURE)
        self.later_label = self._banner(LATER)
        header = self.ui.similar_tree.header()
        for column, mode in enumerate(SIMILAR_COLUMNS):
            header.setSectionResizeMode(column, mode)
        one_line_column(self.ui.similar_tree, SUMMARY_COLUMN)  # whole in the tooltip and below

        self.ui.catalogue_combo.activated.connect(self._on_catalogue_chosen)
        self.ui.pro_list.itemChanged.connect(self._on_factor_ticked)
        self.ui.con_list.itemChanged.connect(self._on_factor_ticked)
        self.ui.outcome_type_combo.activated.connect(self._on_outcome_chosen)
        self.ui.degree_spin.valueChanged.connect(self._on_decision_edited)
        self.ui.degree_unit_combo.activated.connect(self._on_decision_edited)
        self.ui.reason_list.itemChanged.connect(self._on_decision_edited)
        self.ui.motivation_edit.textChanged.connect(self._on_decision_edited)
        self.ui.save_decision_button.clicked.connect(self._on_save_decision)
        self.ui.withdraw_decision_button.clicked.connect(self._on_withdraw_decision)
        self.ui.conflicts_list.currentItemChanged.connect(self._update_buttons)
        self.ui.distinguish_button.clicked.connect(self._on_distinguish)
        self.ui.similar_tree.currentItemChanged.connect(self._on_similar_current)
        self.ui.similar_tree.itemActivated.connect(lambda *_: self._on_open_precedent())
        self.ui.open_precedent_button.clicked.connect(self._on_open_precedent)
        self._dirty = False
        self._show_nothing()

    # ------------------------------------------------------------------ public API

    def reading_controls(self) -> tuple[QWidget, ...]:
        ui = self.ui
        return (ui.similar_tree, ui.open_precedent_button, ui.conflicts_list)

    def _loader(self, dossier_id: str) -> Callable[[Session], PrecedentState]:
        context, catalogue_id = self._calls.context(), self._catalogue_id

        def load(session: Session) -> PrecedentState:
            self._signed = latest_signed(session, dossier_id)
            return precedents.load_precedents(
                session, context, dossier_id, catalogue_id=catalogue_id
            )

        return load

    def _banner(self, meaning: Meaning) -> QLabel:
        """A line just above the decision form, hidden until it has something to say."""
        label = QLabel(self.ui.contents)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        allow_long_words(label)  # a name, a motivation
        label.setMargin(6)
        label.setStyleSheet(f"QLabel {{ {theme.box(meaning)} }}")
        label.setVisible(False)
        layout = self.ui.contents_layout
        layout.insertWidget(layout.indexOf(self.ui.decision_box), label)
        return label

    # ------------------------------------------------------------------ storing

    def _store_factors(self, factors: frozenset[str]) -> None:
        """Store the ticked factors on the panel's worker thread: the window keeps
        responding. The result for the new factors is shown first, computed from what is
        read without waiting for the store (on a team database its round trips and commit
        take longest); the stored state replaces it once it is there. Ticks are stored in
        the order given; only the last one's result is shown."""
        record, state = self._record, self._state
        if record is None or state is None or state.catalogue is None:
            return
        ref, dossier_id = state.catalogue.ref, record.id
        context, expected = self._calls.context(), self._factors_revision
        self._ticks += 1
        self._sent += 1
        number = self._sent

        def preview() -> PrecedentState | None:
            try:
                return self._calls.attempt(
                    lambda session: precedents.preview_factors(session, state, factors), read=True
                )
            except DomainError:
                return None  # the store that follows tells what went wrong

        def save(session: Session) -> PrecedentState:
            # Ticks are stored one after another on the worker, each from the revision
            # the one before it made.
            stored = precedents.save_factors(
                session, context, dossier_id, ref, factors, expected_revision=expected[0]
            )
            expected[0] = stored.factors_revision
            return stored

        self._calls.start(
            self._runner, "", preview, lambda result: self._preview(dossier_id, number, result)
        )
        self._calls.run_in_background(
            self._runner,
            self.tr("Factoren niet bewaard"),
            save,
            lambda result: self._after_tick(dossier_id, result),
        )

    def _preview(self, dossier_id: str, number: int, result: PrecedentState | None) -> None:
        """Show the result of the latest tick before it is stored (nothing for an earlier
        tick, another dossier, or a preview that could not be read)."""
        if result is None or number != self._sent or self._record is None:
            return
        if self._record.id != dossier_id:
            return
        storing = self._factors_revision  # the store moves it on, not the preview
        self._show_state(result)
        self._factors_revision = storing

    def _after_tick(self, dossier_id: str, result: PrecedentState | None) -> None:
        self._ticks -= 1
        if self._ticks or self._record is None or self._record.id != dossier_id:
            return  # a later tick follows, or another dossier is shown by now
        self._after_store(result)

    def settle(self) -> None:
        """Wait until the factor ticks sent to the worker are stored and shown (before
        another store, another dossier, and in tests)."""
        while self._ticks:
            self._runner.wait()
            QCoreApplication.processEvents()

    def _before_switch(self) -> None:
        self.settle()
        super()._before_switch()

    def _store_decision(self, decision: Decision | None) -> None:
        self.settle()
        record, shown = self._record, self._state
        if record is None or shown is None:
            return
        context = self._calls.context()
        part: Part[Decision | None, PrecedentState, PrecedentState] = Part(
            lambda s, value, revision: precedents.save_decision(
                s, context, record.id, value, expected_revision=revision
            ),
            lambda state: (state.decision, state.decision_revision),
        )
        result = self._store_over(
            self.tr("Beslissing niet vastgelegd"),
            part,
            shown.decision,
            decision,
            shown.decision_revision,
        )
        if result is not None:
            self._dirty = False
        self._after_store(result, keep_form=result is None)

    def _after_store(self, result: PrecedentState | None, *, keep_form: bool = False) -> None:
        if result is None:
            if not keep_form:
                self.refresh()
            return
        self._show_state(result)
        self.changed.emit()

    def has_unrecorded_decision(self) -> bool:
        """Whether the decision form holds changes not recorded yet: leaving the dossier
        would lose them, so the editor asks first."""
        return self._dirty and self._signed is None

    def record_decision(self) -> bool:
        """Record the decision as the form holds it ("Beslissing vastleggen"); False when
        it was not recorded (no outcome chosen, or the services refused)."""
        self._on_save_decision()
        return not self._dirty

    def _form_decision(self, extra: Distinction | None = None) -> Decision | None:
        """The decision as the form shows it, or None while no outcome is chosen."""
        state = self._state
        outcome_type = self._fields.outcome_type()
        if state is None or state.catalogue is None or outcome_type is None:
            return None
        degree = self._fields.degree()
        reason = self._fields.reason(state.catalogue, state.factors)
        earlier = state.decision.distinctions if state.decision is not None else ()
        distinctions = [d for d in earlier if extra is None or d.precedent != extra.precedent]
        if extra is not None:
            distinctions.append(extra)
            if reason is not None:
                reason = reason | {extra.factor}
        kept = tuple(d for d in distinctions if reason is None or d.factor in reason)
        return Decision(
            outcome_type,
            degree,
            reason,
            kept,
            self.ui.motivation_edit.toPlainText(),
            state.decision.decided_on if state.decision is not None else None,
        )

    # ------------------------------------------------------------------ user actions

    @Slot(int)
    def _on_catalogue_chosen(self, index: int) -> None:
        self._catalogue_id = self.ui.catalogue_combo.itemData(index)
        self.refresh()

    @Slot(QListWidgetItem)
    def _on_factor_ticked(self, _item: QListWidgetItem) -> None:
        if self._showing:
            return
        self._store_factors(
            frozenset(checked_factors(self.ui.pro_list))
            | frozenset(checked_factors(self.ui.con_list))
        )

    @Slot(int)
    def _on_outcome_chosen(self, _index: int) -> None:
        state = self._state
        if state is None:
            return
        self._showing = True
        try:
            self._fields.show_reason(state.catalogue, state.factors, self._fields.outcome(), None)
            self._show_reason_tip(self._fields.outcome())
            self._show_conflicts(state)
        finally:
            self._showing = False
        self._on_decision_edited()

    def _on_decision_edited(self, *_args: object) -> None:
        if self._showing:
            return
        self._dirty = True
        self._show_decision_state()
        self._update_buttons()

    @Slot()
    def _on_save_decision(self) -> None:
        decision = self._form_decision()
        if decision is None:
            self._calls.warn(
                self.tr("Beslissing vastleggen"),
                self.tr("Kies eerst de uitkomst van de beslissing."),
            )
            return
        self._store_decision(decision)

    @Slot()
    def _on_withdraw_decision(self) -> None:
        if self._state is None or self._state.decision is None:
            return
        if self._calls.confirm_removal(
            self.tr("Beslissing intrekken"),
            self.tr("De vastgelegde beslissing intrekken?"),
            self.tr(
                "Factoren en precedenten blijven staan; u kunt daarna een nieuwe beslissing "
                "vastleggen."
            ),
            verb=self.tr("Intrekken"),
        ):
            self._store_decision(None)

    @Slot()
    def _on_distinguish(self) -> None:
        item = self.ui.conflicts_list.currentItem()
        state = self._state
        if item is None or state is None or state.catalogue is None:
            return
        note: ConflictNote = item.data(ID_ROLE)
        catalogue = state.catalogue
        choices = [Choice(f, catalogue.label(f)) for f in note.differences]
        choices.append(Choice("", self.tr("Annuleren"), ButtonRole.RejectRole))
        chosen = self._calls.dialogs.ask(
            self,
            self.tr("Verschil vastleggen"),
            self.tr("Waarin verschilt dit dossier relevant van {}?").format(note.precedent),
            choices,
            default=note.differences[0],
            escape="",
            detail=self.tr(
                "Het gekozen verschil wordt onderdeel van de reden van de beslissing en komt "
                "in de motivering terug."
            ),
        )
        if not chosen:
            return
        decision = self._form_decision(Distinction(note.precedent, chosen))
        if decision is not None:
            self._store_decision(decision)

    @Slot()
    def _on_similar_current(self, *_args: object) -> None:
        item = self.ui.similar_tree.currentItem()
        state = self._state
        if item is None or state is None or state.catalogue is None:
            self.ui.similar_detail.clear()
        else:
            case: SimilarCase = item.data(0, ID_ROLE)
            meaning = shown_sentence(similar_meaning_text(case, state.route, state.route_label))
            self.ui.similar_detail.setHtml(similar_detail_html(case, state.catalogue, meaning))
        self._update_buttons()

    @Slot()
    def _on_open_precedent(self) -> None:
        item = self.ui.similar_tree.currentItem()
        if item is None:
            return
        case: SimilarCase = item.data(0, ID_ROLE)
        if case.entry.imported:
            self._calls.dialogs.inform(
                self,
                self.tr("Geïmporteerde beslissing"),
                self.tr(
                    "{} is een geanonimiseerde beslissing van elders; er is geen dossier van in "
                    "deze database. Alles wat ervan bekend is, staat onder de lijst."
                ).format(case.entry.id),
            )
            return
        self.open_requested.emit(case.entry.id)

    # ------------------------------------------------------------------ showing

    def _show_nothing(self) -> None:
        self.ui.unavailable_label.setVisible(True)
        self.ui.catalogue_label.setVisible(False)
        self.ui.catalogue_warning_label.setVisible(False)
        self.ui.catalogue_combo_label.setVisible(False)
        self.ui.catalogue_combo.setVisible(False)
        self.ui.scroll_area.setVisible(False)

    def _show_state(self, state: PrecedentState) -> None:
        self._state = state
        self._factors_revision = [state.factors_revision]
        self._showing = True
        try:
            self.ui.unavailable_label.setVisible(False)
            self._show_catalogue(state)
            catalogue = state.catalogue
            self.ui.scroll_area.setVisible(catalogue is not None)
            if catalogue is not None:
                self._show_factors(state, catalogue)
                self._show_decision(state)
                self._show_status(state, catalogue)
                self._show_conflicts(state)
                self._show_similar(state)
                self._show_signed(state, catalogue)
        finally:
            self._showing = False
        self._dirty = False
        self._show_decision_state()
        self._update_buttons()

    def _show_catalogue(self, state: PrecedentState) -> None:
        catalogue = state.catalogue
        label = self.ui.catalogue_label
        label.setVisible(True)
        if catalogue is None:
            text = self.tr(
                "Geen factorcatalogus past bij de route of de regeling van dit dossier. "
                "Kies rechts het rechtsgebied."
            )
        else:
            text = self.tr("Factoren uit ‘{title}’, versie {version}.").format(
                title=catalogue.header.title, version=catalogue.header.version
            )
        one_line(label, text)
        combo = self.ui.catalogue_combo
        combo.clear()
        if catalogue is None:
            combo.addItem(self.tr("Kies een factorcatalogus…"), None)
        for choice in state.choices:
            combo.addItem(choice.header.title, choice.header.id)
        if catalogue is not None:
            combo.setCurrentIndex(max(0, combo.findData(catalogue.header.id)))
        choosable = not state.factors and len(state.choices) > 1
        self.ui.catalogue_combo.setVisible(choosable or catalogue is None)
        self.ui.catalogue_combo_label.setVisible(choosable or catalogue is None)
        warning = self.ui.catalogue_warning_label
        warning.setVisible(state.foreign is not None)
        editable = self._signed is None  # the services refuse to change a signed decision
        warning.setText(
            foreign_catalogue_warning(state.foreign, choosable=choosable, editable=editable)
            if state.foreign
            else ""
        )

    def _show_factors(self, state: PrecedentState, catalogue: FactorCatalogue) -> None:
        regulation = self._record.fields.regulation if self._record else ""
        offered = catalogue.applicable(state.route, regulation)
        offered_ids = {f.id for f in offered}
        offered += [
            f for f in catalogue.factors if f.id in state.factors and f.id not in offered_ids
        ]
        for side, view in ((Side.PRO, self.ui.pro_list), (Side.CON, self.ui.con_list)):
            fill_factor_list(view, [f for f in offered if f.side is side], state.factors)
        count = len(state.factors)
        self.ui.factors_box.setTitle(
            self.tr("Factoren van dit dossier ({} aangevinkt)").format(count)
            if count
            else self.tr("Factoren van dit dossier")
        )

    def _show_decision(self, state: PrecedentState) -> None:
        decision = state.decision
        self._fields.show(decision, state.catalogue, state.factors)
        self._show_reason_tip(decision.outcome if decision else None)
        distinctions = decision.distinctions if decision else ()
        self.ui.distinctions_value.setText(distinctions_text(distinctions, state.catalogue))

    def _show_reason_tip(self, outcome: Outcome | None) -> None:
        view = self.ui.reason_list
        empty = view.count() == 0
        view.setToolTip(
            self.tr("Vink eerst factoren aan die voor deze uitkomst pleiten.")
            if empty and outcome is not None
            else self.tr(
                "De factoren waarop de beslissing rust. Zonder keuze tellen alle aanwezige "
                "factoren voor deze uitkomst."
            )
        )

    def _show_status(self, state: PrecedentState, catalogue: FactorCatalogue) -> None:
        report = state.report
        assert report is not None
        details: list[str] = []
        for outcome, label in (
            (Outcome.DEVIATE, self.ui.deviate_status_label),
            (Outcome.GENERIC, self.ui.generic_status_label),
        ):
            explained = self._explain(state, catalogue, outcome)
            heading = shown_text(OUTCOME_HEADINGS[outcome])
            label.setText(status_html(heading, explained))
            label.setStyleSheet(f"QLabel {{ {theme.box(STATUS_MEANINGS[explained.status])} }}")
            details.extend(f"{heading} — {shown_sentence(d)}" for d in explained.details)
        details.extend(
            f"{shown_sentence(note.name)}: {shown_sentence(note.text)}"
            for note in retired_reasons(report, catalogue)
        )
        if not state.factors:
            details.insert(
                0,
                self.tr(
                    "Vink hieronder de factoren van dit dossier aan; dan ziet u hier wat eerdere "
                    "beslissingen zeggen over afwijken van de regel en over de algemene regel "
                    "toepassen."
                ),
            )
        self.ui.details_label.setText("\n".join(details))
        self.ui.details_label.setVisible(bool(details))
        pairs = report.base_conflicts
        self.ui.base_conflicts_label.setVisible(bool(pairs))
        if pairs:
            named = shown_sentence(
                enumerate_nl(self.tr("{} en {}").format(a.id, b.id) for a, b in pairs)
            )
            self.ui.base_conflicts_label.setText(
                self.tr(
                    "Let op: de eerdere beslissingen {} zijn met elkaar in strijd. Leg dit "
                    "voor aan het casuïstiekoverleg; beide blijven meetellen."
                ).format(named)
            )

    def _explain(
        self, state: PrecedentState, catalogue: FactorCatalogue, outcome: Outcome
    ) -> OutcomeExplanation:
        """The same explanation as the decision document and `assess` give."""
        assert state.report is not None
        signature = signature_of(self._signed)
        return explain_outcome(state.report, outcome, catalogue.label, state.decision, signature)

    def _show_conflicts(self, state: PrecedentState) -> None:
        view = self.ui.conflicts_list
        view.clear()
        outcome = self._fields.outcome()
        catalogue, report = state.catalogue, state.report
        if outcome is None or catalogue is None or report is None:
            self.ui.conflicts_label.setText(
                self.tr(
                    "Kies bij ‘Beslissing’ een uitkomst; hier staan dan de eerdere beslissingen "
                    "waarvan u zich moet onderscheiden."
                )
            )
            view.setVisible(False)
            self.ui.distinguish_button.setVisible(False)
            return
        explained = self._explain(state, catalogue, outcome)
        for note in explained.conflicts:
            item = QListWidgetItem(shown_sentence(note.text))
            item.setData(ID_ROLE, note)
            if note.standing is Standing.OPEN:
                item.setForeground(QBrush(theme.qcolor(theme.swatch(Meaning.CONFLICT).text)))
            view.addItem(item)
        some, none = CONFLICT_SENTENCES[outcome]
        self.ui.conflicts_label.setText(self.tr(some if explained.conflicts else none))
        view.setVisible(bool(explained.conflicts))
        self.ui.distinguish_button.setVisible(bool(explained.conflicts))
        if view.count():
            view.setCurrentRow(0)

    def _show_similar(self, state: PrecedentState) -> None:
        tree = self.ui.similar_tree
        tree.clear()
        report = state.report
        cases = report.similar if report is not None else []
        for case in cases:
            entry = case.entry
            row = QTreeWidgetItem(
                [
                    case_name(entry),
                    outcome_text(entry),
                    shown_sentence(similar_meaning(case, state.route)),
                    self.tr("{} van {}").format(len(case.shared), len(state.factors)),
                    entry.summary,
                ]
            )
            row.setData(0, ID_ROLE, case)
            row.setToolTip(
                MEANING_COLUMN,
                tooltip(shown_sentence(similar_meaning_text(case, state.route, state.route_label))),
            )
            row.setToolTip(SUMMARY_COLUMN, tooltip(entry.summary))
            tree.addTopLevelItem(row)
        self.ui.similar_count_label.setText(similar_count_text(len(cases), state.route))
        if cases:
            tree.setCurrentItem(tree.topLevelItem(0))
        else:
            self.ui.similar_detail.clear()

    def _show_signed(self, state: PrecedentState, catalogue: FactorCatalogue) -> None:
        """A signed decision is fixed: who signed it, any departure from precedent, and
        what precedents known only since say, as information."""
        signed = self._signed
        self.signed_label.setVisible(signed is not None)
        self.departure_label.setVisible(signed is not None and bool(signed.departed_from))
        later: tuple[str, ...] = ()
        if signed is not None:
            self.signed_label.setText(signed_text(signed))
            self.departure_label.setText(departure_text(signed))
            if state.report is not None:
                decision = signed.decision
                later = later_known(state.report, decision.outcome, decision, catalogue.label)
        self.later_label.setVisible(bool(later))
        self.later_label.setText(later_text(later))

    def _show_decision_state(self) -> None:
        state = self._state
        decision = state.decision if state is not None else None
        if self._dirty:
            text = self.tr("<i>Gewijzigd — nog niet vastgelegd.</i>")
        elif decision is not None and decision.decided_on is not None:
            text = self.tr("Vastgelegd op {}.").format(format_date(decision.decided_on))
        else:
            text = self.tr("Nog geen beslissing vastgelegd.")
        self.ui.decision_state_label.setText(text)

    @Slot()
    def _update_buttons(self, *_args: object) -> None:
        state = self._state
        has_factors = state is not None and bool(state.factors)
        editable = self._signed is None  # the services refuse to change a signed decision
        self.ui.decision_box.setEnabled(has_factors)
        self._fields.set_read_only(not editable)
        for view in (self.ui.pro_list, self.ui.con_list):
            view.setEnabled(editable)
        self.ui.save_decision_button.setEnabled(
            editable and has_factors and self.ui.outcome_type_combo.currentData() is not None
        )
        self.ui.withdraw_decision_button.setEnabled(
            editable and state is not None and state.decision is not None
        )
        self.ui.distinguish_button.setEnabled(
            editable and self.ui.conflicts_list.currentItem() is not None
        )
        self.ui.open_precedent_button.setEnabled(self.ui.similar_tree.currentItem() is not None)
