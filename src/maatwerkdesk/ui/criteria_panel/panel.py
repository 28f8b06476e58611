"""The criteria panel: choose the legal route, answer its criteria, see the computed result.

Every choice is stored at once; typed text (motivation, notes, reasons) a moment after
typing stops, and before another criterion or dossier is shown. The verdict is never
typed: it is computed by the domain check and shown with its reasons.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from functools import partial

from PySide6.QtCore import QDate, QEvent, QObject, QSignalBlocker, Qt, Signal, Slot
from PySide6.QtGui import QBrush, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QRadioButton,
    QWidget,
)

from maatwerkdesk.domain.assessment import (
    Answer,
    Assessment,
    CriterionAnswer,
    EvidenceLink,
    GateAnswer,
    GateState,
)
from maatwerkdesk.domain.catalogue import Consideration
from maatwerkdesk.domain.criteria_check import HARD_CRITERION_HELP, Applicability
from maatwerkdesk.domain.route_selection import offered_deviation_article
from maatwerkdesk.services import assessments
from maatwerkdesk.services.assessments import AssessmentState
from maatwerkdesk.services.unit_of_work import Session
from maatwerkdesk.ui import theme
from maatwerkdesk.ui.common.dialogs import ButtonRole, Choice
from maatwerkdesk.ui.common.dossier_tab import DossierTab, Part
from maatwerkdesk.ui.common.fitted_views import fit_height
from maatwerkdesk.ui.common.formatting import format_date
from maatwerkdesk.ui.common.plain_text import plain_labels, tooltip
from maatwerkdesk.ui.common.service_calls import ServiceCaller
from maatwerkdesk.ui.common.vocabulary import shown_label, shown_sentence
from maatwerkdesk.ui.criteria_panel.presentation import (
    VERDICT_MEANINGS,
    bulleted,
    catalogue_line,
    evidence_choices,
    list_entry,
    verdict_text,
)
from maatwerkdesk.ui.forms.ui_criteria_panel import Ui_CriteriaPanel
from maatwerkdesk.ui.translation import QT_TRANSLATE_NOOP

ANSWER_KEYS = {Qt.Key.Key_V: Answer.MET, Qt.Key.Key_N: Answer.NOT_MET, Qt.Key.Key_O: Answer.UNKNOWN}
CRITERION_ID = Qt.ItemDataRole.UserRole
EVIDENCE_MOST = 320
"""A long timeline scrolls in its list past this height (pixels)."""


class CriteriaPanel(DossierTab[AssessmentState]):
    """The "Toetsing" tab of the dossier editor. `changed` fires after every stored change;
    `route_chosen` after a person chose a route, with the deviation clause it offers (the
    route's basis; empty for the escalation route)."""

    changed = Signal()
    route_chosen = Signal(str)
    title = QT_TRANSLATE_NOOP("CriteriaPanel", "Toetsing")

    def __init__(self, calls: ServiceCaller, parent: QWidget | None = None) -> None:
        super().__init__(calls, parent)
        self.ui = Ui_CriteriaPanel()
        self.ui.setupUi(self)
        self._current: str | None = None
        self._detail_for: str | None = None
        """The criterion whose texts the detail widgets hold (differs briefly while switching)."""
        self._consideration_edits: dict[str, QLineEdit] = {}
        self._gate_widgets: dict[str, tuple[QComboBox, QLineEdit]] = {}
        plain_labels(self)
        title_font = self.ui.criterion_title_label.font()
        title_font.setBold(True)
        title_font.setPointSizeF(title_font.pointSizeF() * 1.1)
        self.ui.criterion_title_label.setFont(title_font)
        self._verdict_font = self.ui.verdict_label.font()
        self._verdict_font.setBold(True)
        self._verdict_font.setPointSizeF(self._verdict_font.pointSizeF() * 1.15)
        self.ui.verdict_label.setMargin(6)
        self.ui.progress_bar.setFormat(self.tr("%v van %m beantwoord"))
        # One column in the page's one scroll: the lists are as tall as their rows.
        fit_height(self.ui.criteria_list)
        fit_height(self.ui.evidence_list, most=EVIDENCE_MOST)
        self.ui.contents_layout.addStretch(1)
        for label in (
            self.ui.suggestion_label,
            self.ui.power_help_label,
            self.ui.route_description_label,
        ):
            label.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)
        self.ui.criteria_list.installEventFilter(self)

        self.ui.power_combo.activated.connect(self._on_power_chosen)
        self.ui.route_combo.activated.connect(self._on_route_chosen)
        self.ui.adopt_suggestion_button.clicked.connect(self._on_adopt_suggestion)
        self.ui.criteria_list.currentItemChanged.connect(self._on_current_item_changed)
        for radio, answer in self._radios().items():
            radio.toggled.connect(partial(self._on_answer_toggled, answer))
        self.ui.motivation_edit.textChanged.connect(self._on_text_edited)
        self.ui.evidence_list.itemChanged.connect(self._on_evidence_changed)
        self.ui.reassess_button.clicked.connect(self._on_reassess)
        self.ui.catalogue_combo.activated.connect(self._on_catalogue_chosen)
        self._as_of: date | None = None
        """The date whose law a fresh assessment follows (None: today's)."""
        self.ui.law_date_edit.editingFinished.connect(self._on_law_date_chosen)
        self.ui.law_date_edit.calendarWidget().clicked.connect(self._on_law_date_chosen)
        self._show_nothing()

    # ------------------------------------------------------------------ public API

    def reading_controls(self) -> tuple[QWidget, ...]:
        return (self.ui.criteria_list,)

    def _loader(self, dossier_id: str) -> Callable[[Session], AssessmentState]:
        context, catalogue_id, as_of = self._calls.context(), self._catalogue_id, self._as_of
        return lambda s: assessments.load_assessment(
            s, context, dossier_id, catalogue_id=catalogue_id, as_of=as_of
        )

    def _forget_dossier(self) -> None:
        self._current = None
        self._as_of = None

    def _store_texts(self, state: AssessmentState) -> None:
        assessment = state.assessment
        shown = self._detail_for
        if shown is not None:
            given = assessment.answer(shown)
            notes = tuple(
                sorted(
                    (cid, edit.text().strip())
                    for cid, edit in self._consideration_edits.items()
                    if edit.text().strip()
                )
            )
            answer = replace(given, motivation=self.ui.motivation_edit.toPlainText(), notes=notes)
            assessment = replace(assessment, answers={**assessment.answers, shown: answer})
        gate = dict(assessment.gate)
        for item_id, (_, reason_edit) in self._gate_widgets.items():
            given_gate = assessment.gate_answer(item_id)
            if reason_edit.text() != given_gate.reason:
                gate[item_id] = replace(given_gate, reason=reason_edit.text())
        self._store(replace(assessment, gate=gate))

    def answer_current(self, answer: Answer) -> None:
        """Record `answer` for the criterion shown (as the V / N / O keys do)."""
        if self._state is None or self._current is None:
            return
        self.commit_texts()
        assessment = self._state.assessment
        given = assessment.answer(self._current)
        if given.answer is answer:
            return
        updated = replace(given, answer=answer)
        self._store(replace(assessment, answers={**assessment.answers, self._current: updated}))

    # ------------------------------------------------------------------ Qt events

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.ui.criteria_list and event.type() == QEvent.Type.KeyPress:
            key_event = QKeyEvent(event)  # type: ignore[call-overload]  # a key press (checked above), copied as one
            if key_event.modifiers() == Qt.KeyboardModifier.NoModifier:
                answer = ANSWER_KEYS.get(Qt.Key(key_event.key()))
                if answer is not None and not self.read_only:
                    self.answer_current(answer)
                    return True
                if key_event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                    self.ui.motivation_edit.setFocus()
                    return True
        return super().eventFilter(watched, event)

    # ------------------------------------------------------------------ storing

    def _store(self, assessment: Assessment) -> None:
        record, shown = self._record, self._state
        if record is None or shown is None:
            return
        context = self._calls.context()
        part: Part[Assessment, AssessmentState, AssessmentState] = Part(
            lambda s, value, revision: assessments.save_assessment(
                s, context, record.id, value, expected_revision=revision
            ),
            lambda state: (state.assessment, state.revision),
        )
        state = self._store_over(
            self.tr("Toetsing niet bewaard"), part, shown.assessment, assessment, shown.revision
        )
        if state is None:
            self.refresh()  # back to what is stored
            return
        self._show_state(state, keep_texts=True)
        self.changed.emit()

    # ------------------------------------------------------------------ showing

    def _show_nothing(self) -> None:
        self.ui.unsaved_label.setVisible(True)
        self.ui.version_frame.setVisible(False)
        self.ui.scroll_area.setVisible(False)

    def _show_state(self, state: AssessmentState, *, keep_texts: bool = False) -> None:
        self._state = state
        self._showing = True
        try:
            self.ui.unsaved_label.setVisible(False)
            self.ui.scroll_area.setVisible(True)
            self._show_version(state)
            self._show_route(state)
            self._show_result(state)
            self._show_criteria_list(state)
            self._show_detail(state, keep_texts=keep_texts)
            self._show_gate(state, keep_texts=keep_texts)
        finally:
            self._showing = False

    def _show_version(self, state: AssessmentState) -> None:
        text = catalogue_line(state.catalogue.header)
        if state.as_of is not None and not state.saved:
            text += " " + self.tr("Het recht zoals het gold op {}.").format(
                format_date(state.as_of)
            )
        if state.newer is not None:
            text += " " + self.tr(
                "Versie {} is beschikbaar; beoordeel het dossier opnieuw om die te gebruiken."
            ).format(state.newer.version)
        self.ui.version_label.setText(text)
        self.ui.reassess_button.setVisible(state.newer is not None)
        combo = self.ui.catalogue_combo
        combo.clear()
        for ref in state.choices:
            combo.addItem(
                self.tr("{id} (versie {version})").format(id=ref.id, version=ref.version), ref.id
            )
        combo.setCurrentIndex(max(0, combo.findData(state.catalogue.header.id)))
        combo.setVisible(len(state.choices) > 1)
        today = self._calls.context().current_date()
        day = state.as_of or today
        shown = QDate(day.year, day.month, day.day)
        with QSignalBlocker(self.ui.law_date_edit):
            self.ui.law_date_edit.setMaximumDate(QDate(today))
            self.ui.law_date_edit.setDate(shown)
        for widget in (self.ui.law_date_label, self.ui.law_date_edit):
            widget.setVisible(not state.saved)
        self.ui.version_frame.setVisible(True)

    def _show_route(self, state: AssessmentState) -> None:
        catalogue, assessment = state.catalogue, state.assessment
        power_combo, route_combo = self.ui.power_combo, self.ui.route_combo
        power_combo.clear()
        power_combo.addItem(self.tr("Kies het soort bevoegdheid…"), None)
        for power in catalogue.powers:
            power_combo.addItem(power.label, power.id)
        power_combo.setCurrentIndex(max(0, power_combo.findData(assessment.power)))
        chosen_power = catalogue.power(assessment.power)
        self.ui.power_help_label.setText(chosen_power.help if chosen_power else "")
        self.ui.power_help_label.setVisible(bool(chosen_power and chosen_power.help))
        route_combo.clear()
        route_combo.addItem(self.tr("Nog geen route gekozen"), None)
        for route in catalogue.routes:
            route_combo.addItem(route.label, route.id)
        route_combo.setCurrentIndex(max(0, route_combo.findData(assessment.route)))
        suggestion = state.suggestion
        if suggestion is None:
            self.ui.suggestion_label.setText(
                self.tr("Geen voorstel. {}").format(chosen_power.reason)
                if chosen_power is not None
                else self.tr(
                    "Nog geen voorstel. Kies het soort bevoegdheid; met regeling en artikel op "
                    "de stap Dossier kan het programma ook de bepaling van de wet zelf voorstellen."
                )
            )
            self.ui.adopt_suggestion_button.setVisible(False)
        else:
            suggested = catalogue.route(suggestion.route)
            label = suggested.label if suggested is not None else suggestion.route
            same = suggestion.route == assessment.route
            suggested_text = (
                self.tr("Past bij het voorstel: {route}. {reason}")
                if same
                else self.tr("Voorstel: {route}. {reason}")
            )
            self.ui.suggestion_label.setText(
                suggested_text.format(route=label, reason=shown_sentence(suggestion.reason))
            )
            self.ui.adopt_suggestion_button.setVisible(not same)
        route = catalogue.route(assessment.route)
        if route is None:
            self.ui.route_description_label.setVisible(False)
            route_combo.setToolTip(
                self.tr("Kies de route waarlangs van de regel kan worden afgeweken.")
            )
        else:
            sources = "; ".join(catalogue.citations(route.sources))
            self.ui.route_description_label.setText(self.tr("Grondslag: {}.").format(route.basis))
            details = (
                self.tr("{description}\n\nBronnen: {sources}.").format(
                    description=route.description, sources=sources
                )
                if sources
                else route.description
            )
            self.ui.route_description_label.setToolTip(tooltip(details))
            route_combo.setToolTip(tooltip(details))
            self.ui.route_description_label.setVisible(True)

    def _show_result(self, state: AssessmentState) -> None:
        result = state.result
        chosen = state.assessment.route is not None
        self.ui.verdict_label.setText(verdict_text(result.applicable, chosen))
        meaning = VERDICT_MEANINGS[result.applicable if chosen else Applicability.UNDETERMINED]
        self.ui.verdict_label.setStyleSheet(theme.box_label(meaning, self._verdict_font))
        self.ui.progress_bar.setVisible(result.total > 0)
        self.ui.progress_bar.setRange(0, max(1, result.total))
        self.ui.progress_bar.setValue(result.answered)
        self.ui.explanation_label.setText(
            bulleted([shown_sentence(line) for line in result.explanation])
        )

    def _show_criteria_list(self, state: AssessmentState) -> None:
        catalogue, assessment = state.catalogue, state.assessment
        route = catalogue.route(assessment.route)
        links = route.criteria if route is not None else ()
        view = self.ui.criteria_list
        self.ui.criteria_section.setVisible(bool(links))
        view.blockSignals(True)
        try:
            ids = [link.id for link in links]
            if [view.item(i).data(CRITERION_ID) for i in range(view.count())] != ids:
                view.clear()
                for link in links:
                    item = QListWidgetItem()
                    item.setData(CRITERION_ID, link.id)
                    view.addItem(item)
            for row, link in enumerate(links):
                entry = list_entry(
                    link, catalogue.criterion(link.id), assessment.answer(link.id).answer
                )
                item = view.item(row)
                item.setText(entry.text)
                item.setToolTip(tooltip(entry.tooltip))
                font = item.font()
                font.setBold(entry.bold)
                item.setFont(font)
                item.setForeground(
                    QBrush(theme.qcolor(theme.swatch(entry.meaning).text))
                    if entry.meaning
                    else QBrush()
                )
            if self._current not in ids:
                self._current = ids[0] if ids else None
            if self._current is not None:
                view.setCurrentRow(ids.index(self._current))
        finally:
            view.blockSignals(False)

    def _show_detail(self, state: AssessmentState, *, keep_texts: bool) -> None:
        if self._current is None:
            self._detail_for = None
            return
        keep_texts = keep_texts and self._detail_for == self._current
        self._detail_for = self._current
        catalogue = state.catalogue
        route = catalogue.route(state.assessment.route)
        links = route.criteria if route is not None else ()
        link = next((each for each in links if each.id == self._current), None)
        criterion = catalogue.criterion(self._current)
        given = state.assessment.answer(self._current)
        hard = link is not None and link.knockout
        heading = (
            self.tr("{id} — {label}  ·  hard criterium") if hard else "{id} — {label}"
        ).format(id=criterion.id, label=criterion.label)
        self.ui.criterion_title_label.setText(heading)
        self.ui.criterion_title_label.setToolTip(
            shown_sentence(HARD_CRITERION_HELP) if hard else ""
        )
        self.ui.question_label.setText(criterion.question)
        question_font = self.ui.question_label.font()
        question_font.setBold(True)
        self.ui.question_label.setFont(question_font)
        self.ui.guidance_label.setText(criterion.guidance)
        for radio, answer in self._radios().items():
            radio.setChecked(given.answer is answer)
        if not keep_texts:
            self.ui.motivation_edit.setPlainText(given.motivation)
            self._show_considerations(criterion.considerations, given)
        self._show_evidence(given)
        expected = "; ".join(criterion.evidence)
        self.ui.expected_label.setText(
            self.tr("Wat u in het dossier verwacht: {}.").format(expected) if expected else ""
        )
        self.ui.expected_label.setVisible(bool(expected))
        sources = "; ".join(catalogue.citations(criterion.sources))
        self.ui.sources_label.setText(self.tr("Bron: {}.").format(sources) if sources else "")
        self.ui.sources_label.setVisible(bool(sources))

    def _show_considerations(
        self, considerations: tuple[Consideration, ...], given: CriterionAnswer
    ) -> None:
        layout = self.ui.considerations_layout
        while layout.rowCount():
            layout.removeRow(0)
        self._consideration_edits = {}
        for consideration in considerations:
            edit = QLineEdit(given.note(consideration.id))
            edit.setPlaceholderText(self.tr("Hoe weegt dit hier?"))
            edit.setAccessibleName(consideration.label)
            edit.textEdited.connect(self._on_text_edited)
            label = QLabel(consideration.label)
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setBuddy(edit)
            layout.addRow(label)  # the whole width: wrapped only where it has to be
            layout.addRow(edit)
            self._consideration_edits[consideration.id] = edit
        self.ui.considerations_group.setVisible(bool(considerations))

    def _show_evidence(self, given: CriterionAnswer) -> None:
        view = self.ui.evidence_list
        view.blockSignals(True)
        try:
            view.clear()
            choices = evidence_choices(self._record) if self._record is not None else []
            for link, text in choices:
                item = QListWidgetItem(text)
                item.setData(CRITERION_ID, link)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(
                    Qt.CheckState.Checked if link in given.evidence else Qt.CheckState.Unchecked
                )
                view.addItem(item)
            if not choices:
                view.addItem(self.tr("Nog geen tijdlijn of bijlagen in dit dossier."))
        finally:
            view.blockSignals(False)

    def _show_gate(self, state: AssessmentState, *, keep_texts: bool) -> None:
        layout = self.ui.gate_layout
        items = state.catalogue.gate
        if list(self._gate_widgets) != [item.id for item in items]:
            while layout.count():
                widget = layout.takeAt(0).widget()
                if widget is not None:
                    widget.deleteLater()
            self._gate_widgets = {}
            for row, item in enumerate(items):
                label = QLabel(item.label)
                label.setTextFormat(Qt.TextFormat.PlainText)
                label.setToolTip(tooltip(f"{item.question}\n\n{item.guidance}".strip()))
                combo = QComboBox()
                combo.setAccessibleName(item.label)
                for gate_state in GateState:
                    combo.addItem(shown_label(gate_state), gate_state.value)
                combo.activated.connect(lambda _i, g=item.id: self._on_gate_state_chosen(g))
                reason = QLineEdit()
                reason.setPlaceholderText(
                    self.tr("Waarom? Wanneer geprobeerd, of waarom niet mogelijk.")
                )
                reason.setAccessibleName(self.tr("{}: toelichting").format(item.label))
                reason.textEdited.connect(self._on_text_edited)
                label.setWordWrap(True)
                layout.addWidget(label, 2 * row, 0)
                layout.addWidget(combo, 2 * row, 1)
                layout.addWidget(reason, 2 * row + 1, 0, 1, 2)
                self._gate_widgets[item.id] = (combo, reason)
            layout.setColumnStretch(0, 1)
        for item in items:
            combo, reason = self._gate_widgets[item.id]
            given = state.assessment.gate_answer(item.id)
            combo.setCurrentIndex(combo.findData(given.state.value))
            if not keep_texts:
                reason.setText(given.reason)

    def _radios(self) -> dict[QRadioButton, Answer]:
        return {
            self.ui.met_radio: Answer.MET,
            self.ui.not_met_radio: Answer.NOT_MET,
            self.ui.unknown_radio: Answer.UNKNOWN,
        }

    # ------------------------------------------------------------------ edits

    @Slot(int)
    def _on_power_chosen(self, index: int) -> None:
        power = self.ui.power_combo.itemData(index)
        self.commit_texts()
        if self._state is not None:
            self._store(replace(self._state.assessment, power=power))

    @Slot(int)
    def _on_route_chosen(self, index: int) -> None:
        self._choose_route(self.ui.route_combo.itemData(index))

    @Slot()
    def _on_law_date_chosen(self) -> None:
        """Assess by the law of another day: the catalogue version in force then."""
        chosen = self.ui.law_date_edit.date().toPython()
        today = self._calls.context().current_date()
        as_of = None if chosen >= today else chosen
        if as_of == self._as_of or self._state is None or self._state.saved:
            return
        self._as_of = as_of
        self._current = None
        self.refresh()

    @Slot(int)
    def _on_catalogue_chosen(self, index: int) -> None:
        self._catalogue_id = self.ui.catalogue_combo.itemData(index)
        self._current = None
        self.refresh()

    @Slot()
    def _on_adopt_suggestion(self) -> None:
        state = self._state
        if state is not None and state.suggestion is not None:
            self._choose_route(state.suggestion.route)

    def _choose_route(self, route: str | None) -> None:
        self.commit_texts()
        if self._state is None:
            return
        self._store(replace(self._state.assessment, route=route))
        stored = self._state
        if route is not None and stored is not None and stored.assessment.route == route:
            self.route_chosen.emit(offered_deviation_article(stored.catalogue, route))

    @Slot(object, object)
    def _on_current_item_changed(self, current: QListWidgetItem | None, _previous: object) -> None:
        if self._showing or current is None or self._state is None:
            return
        self._current = current.data(CRITERION_ID)
        self.commit_texts()  # the texts still belong to the criterion shown until now
        if self._detail_for != self._current:
            self._showing = True
            try:
                self._show_detail(self._state, keep_texts=False)
            finally:
                self._showing = False

    def _on_answer_toggled(self, answer: Answer, checked: bool) -> None:
        if checked:
            self._on_answer_chosen(answer)

    def _on_answer_chosen(self, answer: Answer) -> None:
        if not self._showing:
            self.answer_current(answer)

    @Slot(QListWidgetItem)
    def _on_evidence_changed(self, _item: QListWidgetItem) -> None:
        if self._showing or self._state is None or self._current is None:
            return
        links: list[EvidenceLink] = []
        for row in range(self.ui.evidence_list.count()):
            item = self.ui.evidence_list.item(row)
            link = item.data(CRITERION_ID)
            if isinstance(link, EvidenceLink) and item.checkState() == Qt.CheckState.Checked:
                links.append(link)
        self.commit_texts()
        assessment = self._state.assessment
        given = replace(assessment.answer(self._current), evidence=tuple(links))
        self._store(replace(assessment, answers={**assessment.answers, self._current: given}))

    def _on_gate_state_chosen(self, item_id: str) -> None:
        combo, reason = self._gate_widgets[item_id]
        gate_state = GateState(combo.currentData())
        self.commit_texts()
        if self._state is None:
            return
        assessment = self._state.assessment
        chosen = GateAnswer(item_id, gate_state, reason.text())
        self._store(replace(assessment, gate={**assessment.gate, item_id: chosen}))

    @Slot()
    def _on_reassess(self) -> None:
        state, record = self._state, self._record
        if state is None or state.newer is None or record is None:
            return
        self.commit_texts()
        title = self.tr("Opnieuw beoordelen")
        answer = self._calls.dialogs.ask(
            self,
            title,
            self.tr("Dit dossier opnieuw beoordelen onder versie {} van de catalogus?").format(
                state.newer.version
            ),
            [
                Choice("reassess", self.tr("Opnieuw beoordelen"), ButtonRole.AcceptRole),
                Choice("cancel", self.tr("Annuleren"), ButtonRole.RejectRole),
            ],
            default="reassess",
            escape="cancel",
            detail=self.tr(
                "Antwoorden op criteria waarvan de tekst niet is veranderd, gaan mee. "
                "Gewijzigde criteria beantwoordt u opnieuw. De beoordeling onder de oude versie "
                "blijft bewaard."
            ),
        )
        if answer != "reassess":
            return
        outcome = self._calls.run(
            title,
            lambda s: assessments.reassess(s, self._calls.context(), record.id),
        )
        if outcome is None:
            return
        new_state, moved = outcome
        self._show_state(new_state)
        self.changed.emit()
        catalogue = new_state.catalogue
        lines = [
            self.tr("Overgenomen: 1 antwoord.")
            if len(moved.carried) == 1
            else self.tr("Overgenomen: {} antwoorden.").format(len(moved.carried))
        ]
        if moved.reset:
            named = ", ".join(
                f"{i} ({catalogue.criterion(i).label})"
                if any(c.id == i for c in catalogue.criteria)
                else i
                for i in moved.reset
            )
            lines.append(self.tr("Opnieuw te beantwoorden: {}.").format(named))
        if not moved.route_kept:
            lines.append(
                self.tr("De gekozen route bestaat in de nieuwe versie niet meer; kies opnieuw.")
            )
        self._calls.dialogs.inform(self, self.tr("Opnieuw beoordeeld"), " ".join(lines))
