"""Knelpuntsignalen: the signals with their counts per regulation, owner or quarter, each
signal's dossiers one click away, and the pattern proposals waiting to become a signal.
The services decide who may take which step (services/policy_signals.py)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMessageBox,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from maatwerkdesk.domain.policy_signals import (
    TRANSITIONS,
    Dimension,
    PolicySignal,
    SignalState,
    counts_by,
    key_of,
)
from maatwerkdesk.domain.signal_patterns import PatternProposal, Thresholds
from maatwerkdesk.services import policy_signals, signal_proposals
from maatwerkdesk.ui.common.dialogs import Choice
from maatwerkdesk.ui.common.plain_text import allow_long_words, plain_labels, tooltip
from maatwerkdesk.ui.common.service_calls import ServiceCaller
from maatwerkdesk.ui.common.tasks import TaskRunner
from maatwerkdesk.ui.common.vocabulary import shown_label, shown_sentence
from maatwerkdesk.ui.forms.ui_signals_dialog import Ui_SignalsDialog
from maatwerkdesk.ui.signals.chart import SignalBars
from maatwerkdesk.ui.signals.signal_form import SignalFormDialog
from maatwerkdesk.ui.translation import QT_TRANSLATE_NOOP

# The window's texts kept as constants, marked for translation (context "SignalsDialog")
# and translated where they are shown.
TITLE = QT_TRANSLATE_NOOP("SignalsDialog", "Knelpuntsignalen")
NO_PROPOSALS = QT_TRANSLATE_NOOP(
    "SignalsDialog", "Geen voorstellen: geen patroon komt vaak genoeg terug."
)
LOOKING = QT_TRANSLATE_NOOP("SignalsDialog", "Voorstellen zoeken in de besliste dossiers…")
ID_ROLE = Qt.ItemDataRole.UserRole
EVERY = QT_TRANSLATE_NOOP("SignalsDialog", "(alle)")
DIMENSION_LABELS = {
    Dimension.REGULATION: QT_TRANSLATE_NOOP("SignalsDialog", "regeling"),
    Dimension.OWNER: QT_TRANSLATE_NOOP("SignalsDialog", "eigenaar"),
    Dimension.QUARTER: QT_TRANSLATE_NOOP("SignalsDialog", "kwartaal"),
}
CAPTIONS = {
    Dimension.REGULATION: QT_TRANSLATE_NOOP(
        "SignalsDialog", "Aantal signalen per regeling, naar status"
    ),
    Dimension.OWNER: QT_TRANSLATE_NOOP(
        "SignalsDialog", "Aantal signalen per eigenaar, naar status"
    ),
    Dimension.QUARTER: QT_TRANSLATE_NOOP(
        "SignalsDialog", "Aantal signalen per kwartaal, naar status"
    ),
}
"""What the chart counts by, as its caption says it."""


def detail_text(signal: PolicySignal) -> str:
    """The chosen signal's description and its steps, as plain text."""
    step = QCoreApplication.translate("SignalsDialog", "{state} op {date} door {who}")
    steps = "; ".join(
        step.format(state=shown_label(t.state), date=f"{t.on:%d-%m-%Y}", who=t.by)
        for t in signal.transitions
    )
    fields = signal.fields
    lines = [
        QCoreApplication.translate(
            "SignalsDialog", "{signal} ({category}; eigenaar: {owner})"
        ).format(
            signal=signal.label, category=shown_label(fields.category).lower(), owner=fields.owner
        ),
        fields.description,
        QCoreApplication.translate("SignalsDialog", "Verloop: {}.").format(steps),
    ]
    if signal.response:
        lines.append(
            QCoreApplication.translate("SignalsDialog", "Antwoord van de eigenaar: {}").format(
                signal.response
            )
        )
    return "\n".join(lines)


def _fit_width(tree: QTreeWidget, *, stretched: tuple[int, ...]) -> None:
    header = tree.header()
    header.setStretchLastSection(False)
    for column in range(tree.columnCount()):
        mode = (
            QHeaderView.ResizeMode.Stretch
            if column in stretched
            else QHeaderView.ResizeMode.ResizeToContents
        )
        header.setSectionResizeMode(column, mode)


def _fill(combo: QComboBox, values: list[str]) -> None:
    """The choices `values` after ‘(alle)’, keeping the chosen one if it is still there."""
    chosen = combo.currentText()
    combo.blockSignals(True)
    combo.clear()
    combo.addItems([QCoreApplication.translate("SignalsDialog", EVERY), *values])
    combo.setCurrentIndex(max(0, combo.findText(chosen)))
    combo.blockSignals(False)


class SignalsDialog(QDialog):
    def __init__(
        self,
        calls: ServiceCaller,
        *,
        open_dossier: Callable[[], str | None],
        show_dossier: Callable[[str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_SignalsDialog()
        self.ui.setupUi(self)
        plain_labels(self)
        allow_long_words(self.ui.detail_label, self.ui.proposal_label)
        self._calls = ServiceCaller(self, calls.workspace, lambda: calls.dialogs)
        self._open_dossier = open_dossier
        self._show_dossier = show_dossier
        self._signals: list[PolicySignal] = []
        self._proposals: list[PatternProposal] = []
        self._empty_proposals = NO_PROPOSALS
        self._runner = TaskRunner(self)
        self.chart = SignalBars(self)
        self.ui.chart_layout.insertWidget(1, self.chart)
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Sluiten"))
        self.ui.button_box.rejected.connect(self.reject)
        for dimension, label in DIMENSION_LABELS.items():
            self.ui.dimension_combo.addItem(self.tr(label), dimension.value)
        self.ui.state_combo.addItem(self.tr(EVERY))
        for state in SignalState:
            self.ui.state_combo.addItem(shown_label(state), state.value)
        for combo in (
            self.ui.regulation_combo,
            self.ui.owner_combo,
            self.ui.state_combo,
            self.ui.dimension_combo,
        ):
            combo.currentIndexChanged.connect(self._show_signals)
        self.chart.key_clicked.connect(self._on_chart_key_clicked)
        self.ui.signal_tree.currentItemChanged.connect(self._show_signal)
        self.ui.dossier_tree.itemActivated.connect(self._on_open_button_clicked)
        self.ui.dossier_tree.currentItemChanged.connect(self._update)
        self.ui.proposal_tree.currentItemChanged.connect(self._show_proposal)
        self.ui.step_button.clicked.connect(self._on_step_button_clicked)
        self.ui.new_button.clicked.connect(self._on_new_button_clicked)
        self.ui.edit_button.clicked.connect(self._on_edit_button_clicked)
        self.ui.link_button.clicked.connect(self._on_link_button_clicked)
        self.ui.unlink_button.clicked.connect(self._on_unlink_button_clicked)
        self.ui.open_button.clicked.connect(self._on_open_button_clicked)
        self.ui.take_button.clicked.connect(self._on_take_button_clicked)
        self.ui.dismiss_button.clicked.connect(self._on_dismiss_button_clicked)
        _fit_width(self.ui.signal_tree, stretched=(2, 3))
        _fit_width(self.ui.dossier_tree, stretched=(1,))
        _fit_width(self.ui.proposal_tree, stretched=(1,))
        self.reload()

    def done(self, result: int) -> None:
        self._runner.shutdown()  # a search for proposals still under way ends first
        super().done(result)

    # ------------------------------------------------------------------ reading

    def _thresholds(self) -> Thresholds:
        """The organisation's threshold, read afresh: a changed setting counts at once."""
        return signal_proposals.organisation_thresholds(self._calls.workspace.paths.config)

    def reload(self, select: str | None = None) -> None:
        """Read the signals and the proposals again; choose the signal `select`."""
        context = self._calls.context()
        found = self._calls.run(self.tr(TITLE), lambda s: policy_signals.list_signals(s, context))
        self._signals = found if found is not None else []
        _fill(self.ui.regulation_combo, sorted({s.fields.regulation for s in self._signals}))
        _fill(self.ui.owner_combo, sorted({s.fields.owner for s in self._signals}))
        self._show_signals(select=select)
        # Finding patterns reads every decided dossier: off the GUI thread, so the window
        # answers at once on a large database; the list follows when it is done.
        self._proposals = []
        self._show_proposals(LOOKING)
        thresholds = self._thresholds()
        self._calls.run_in_background(
            self._runner,
            self.tr(TITLE),
            lambda s: signal_proposals.signal_proposals(s, context, thresholds),
            self._on_proposals_found,
        )

    def _on_proposals_found(self, proposals: list[PatternProposal] | None) -> None:
        self._proposals = proposals if proposals is not None else []
        self._show_proposals()

    def wait_for_proposals(self) -> None:
        """Until the proposals looked for are listed (tests)."""
        self._runner.wait()
        QCoreApplication.sendPostedEvents()

    def dimension(self) -> Dimension:
        return Dimension(self.ui.dimension_combo.currentData())

    def shown(self) -> list[PolicySignal]:
        """The signals the filters let through."""
        regulation = self.ui.regulation_combo.currentText()
        owner = self.ui.owner_combo.currentText()
        state = self.ui.state_combo.currentData()
        every = self.tr(EVERY)
        return [
            s
            for s in self._signals
            if regulation in (every, s.fields.regulation)
            and owner in (every, s.fields.owner)
            and (state is None or s.state.value == state)
        ]

    def signal(self) -> PolicySignal | None:
        item = self.ui.signal_tree.currentItem()
        chosen = item.data(0, ID_ROLE) if item is not None else None
        return next((s for s in self._signals if s.id == chosen), None)

    def proposal(self) -> PatternProposal | None:
        item = self.ui.proposal_tree.currentItem()
        chosen = item.data(0, ID_ROLE) if item is not None else None
        return next((p for p in self._proposals if p.key == chosen), None)

    @Slot()
    def _show_signals(self, _index: int = 0, *, select: str | None = None) -> None:
        shown = self.shown()
        current = self.signal()
        select = select or (current.id if current is not None else None)
        dimension = self.dimension()
        caption = self.tr(CAPTIONS[dimension])
        self.ui.chart_caption.setText(caption)
        self.chart.show_counts(counts_by(shown, dimension), caption)
        tree = self.ui.signal_tree
        tree.blockSignals(True)
        tree.clear()
        for signal in shown:
            rule = f"{signal.fields.regulation} {signal.fields.article}".strip()
            item = QTreeWidgetItem(
                [
                    signal.reference,
                    shown_label(signal.state),
                    rule,
                    signal.fields.title,
                    str(len(signal.dossiers)),
                ]
            )
            item.setData(0, ID_ROLE, signal.id)
            item.setToolTip(
                2,
                tooltip(
                    self.tr("{rule}\nEigenaar: {owner}").format(
                        rule=rule, owner=signal.fields.owner
                    )
                ),
            )
            item.setToolTip(
                3, tooltip(f"{shown_label(signal.fields.category)}: {signal.fields.title}")
            )
            tree.addTopLevelItem(item)
            if signal.id == select or tree.currentItem() is None:
                tree.setCurrentItem(item)
        tree.blockSignals(False)
        self._show_signal()

    @Slot()
    def _show_signal(self) -> None:
        signal = self.signal()
        self.ui.detail_label.setText(detail_text(signal) if signal is not None else "")
        tree = self.ui.dossier_tree
        tree.clear()
        for dossier in signal.dossiers if signal is not None else ():
            item = QTreeWidgetItem([dossier.reference, dossier.title])
            item.setData(0, ID_ROLE, dossier.id)
            tree.addTopLevelItem(item)
        if tree.topLevelItemCount():
            tree.setCurrentItem(tree.topLevelItem(0))
        self._update()

    def _show_proposals(self, empty: str = NO_PROPOSALS) -> None:
        self._empty_proposals = empty
        tree = self.ui.proposal_tree
        tree.clear()
        for proposal in self._proposals:
            item = QTreeWidgetItem(
                [
                    shown_label(proposal.rule),
                    shown_sentence(proposal.title),
                    str(len(proposal.dossiers)),
                ]
            )
            item.setData(0, ID_ROLE, proposal.key)
            item.setToolTip(1, tooltip(shown_sentence(proposal.explanation)))
            tree.addTopLevelItem(item)
        if tree.topLevelItemCount():
            tree.setCurrentItem(tree.topLevelItem(0))
        self._show_proposal()

    @Slot()
    def _show_proposal(self) -> None:
        proposal = self.proposal()
        if proposal is None:
            text = self.tr(self._empty_proposals)
        else:
            text = self.tr("{explanation} Dossiers: {references}.").format(
                explanation=shown_sentence(proposal.explanation),
                references=", ".join(proposal.references),
            )
        self.ui.proposal_label.setText(text)
        self._update()

    @Slot()
    def _update(self) -> None:
        signal = self.signal()
        self.ui.step_button.setEnabled(signal is not None and bool(TRANSITIONS[signal.state]))
        self.ui.edit_button.setEnabled(signal is not None and signal.state is SignalState.CONCEPT)
        open_signal = signal is not None and not signal.state.final
        dossier = self.ui.dossier_tree.currentItem()
        self.ui.open_button.setEnabled(dossier is not None)
        self.ui.link_button.setEnabled(open_signal and self._open_dossier() is not None)
        self.ui.unlink_button.setEnabled(open_signal and dossier is not None)
        chosen = self.proposal() is not None
        self.ui.take_button.setEnabled(chosen)
        self.ui.dismiss_button.setEnabled(chosen)

    # ------------------------------------------------------------------ acts

    @Slot(str)
    def _on_chart_key_clicked(self, key: str) -> None:
        """A bar filters on its regulation or owner; a quarter's bar chooses its first signal."""
        dimension = self.dimension()
        combo = {
            Dimension.REGULATION: self.ui.regulation_combo,
            Dimension.OWNER: self.ui.owner_combo,
        }.get(dimension)
        if combo is not None:
            combo.setCurrentIndex(max(0, combo.findText(key)))
            return
        first = next((s for s in self.shown() if key_of(s, dimension) == key), None)
        if first is not None:
            self._show_signals(select=first.id)

    @Slot()
    def _on_step_button_clicked(self) -> None:
        signal = self.signal()
        if signal is None:
            return
        steps = sorted(TRANSITIONS[signal.state], key=list(SignalState).index)
        choices = [Choice(s.value, self.tr("Naar ‘{}’").format(shown_label(s))) for s in steps]
        cancel = Choice("", self.tr("Annuleren"), QMessageBox.ButtonRole.RejectRole)
        answer = self._calls.dialogs.ask(
            self,
            self.tr(TITLE),
            self.tr("Welke stap zet {} nu?").format(signal.reference),
            [*choices, cancel],
            default=choices[0].key,
            escape="",
        )
        if not answer:
            return
        state = SignalState(answer)
        response = ""
        if state.final:
            given = self._calls.dialogs.ask_text(
                self,
                self.tr(TITLE),
                self.tr("Wat heeft de eigenaar van de regel geantwoord?"),
                max_length=4000,
            )
            if given is None:
                return
            response = given
        context = self._calls.context()
        done = self._calls.run(
            self.tr(TITLE),
            lambda s: policy_signals.transition_signal(s, context, signal.id, state, response),
        )
        if done is not None:
            self.reload(signal.id)

    @Slot()
    def _on_new_button_clicked(self) -> None:
        opened = self._open_dossier()
        self._edit(None, [opened] if opened is not None else [])

    @Slot()
    def _on_edit_button_clicked(self) -> None:
        signal = self.signal()
        if signal is not None:
            self._edit(signal, [])

    def _edit(self, signal: PolicySignal | None, dossier_ids: list[str]) -> None:
        """The form for a new signal (resting on the dossier open in the main window, if
        any) or for the chosen concept."""
        dialog = SignalFormDialog(self._calls, signal, dossier_ids, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.reload(dialog.saved.id if dialog.saved else None))
        dialog.open()

    @Slot()
    def _on_link_button_clicked(self) -> None:
        signal, dossier_id = self.signal(), self._open_dossier()
        if signal is None or dossier_id is None:
            return
        context = self._calls.context()
        if self._calls.run(
            self.tr(TITLE), lambda s: policy_signals.link_dossier(s, context, signal.id, dossier_id)
        ):
            self.reload(signal.id)

    @Slot()
    def _on_unlink_button_clicked(self) -> None:
        signal, item = self.signal(), self.ui.dossier_tree.currentItem()
        if signal is None or item is None:
            return
        dossier_id = item.data(0, ID_ROLE)
        if not self._calls.confirm_removal(
            self.tr(TITLE),
            self.tr("{dossier} uit {signal} halen?").format(
                dossier=item.text(0), signal=signal.reference
            ),
            verb=self.tr("Loskoppelen"),
        ):
            return
        context = self._calls.context()
        if self._calls.run(
            self.tr(TITLE),
            lambda s: policy_signals.unlink(s, context, signal.id, dossier_id=dossier_id),
        ):
            self.reload(signal.id)

    @Slot()
    def _on_open_button_clicked(self) -> None:
        item = self.ui.dossier_tree.currentItem()
        if item is not None:
            self._show_dossier(item.data(0, ID_ROLE))

    @Slot()
    def _on_take_button_clicked(self) -> None:
        proposal = self.proposal()
        if proposal is None:
            return
        owner = self._calls.dialogs.ask_text(
            self,
            self.tr(TITLE),
            self.tr("Wie is de eigenaar van deze regel (ministerie, raad, college of loket)?"),
        )
        if not owner:
            return
        context = self._calls.context()
        made = self._calls.run(
            self.tr(TITLE),
            lambda s: signal_proposals.take_proposal(
                s, context, proposal.key, owner, self._thresholds()
            ),
        )
        if made is not None:
            self.reload(made.id)

    @Slot()
    def _on_dismiss_button_clicked(self) -> None:
        proposal = self.proposal()
        if proposal is None:
            return
        reason = self._calls.dialogs.ask_text(
            self,
            self.tr(TITLE),
            self.tr("Waarom is dit geen knelpunt? (Het voorstel komt niet terug.)"),
        )
        if reason is None:
            return
        context = self._calls.context()
        if self._calls.perform(
            self.tr(TITLE),
            lambda s: signal_proposals.dismiss_proposal(
                s, context, proposal.key, reason, self._thresholds()
            ),
        ):
            self.reload()
