"""The Feiten step: the stage of the procedure, minor children and the organisation's own
share in the problem, and tables of amounts, third parties and
rulings, each with buttons to add, change and remove a row.

What it holds is part of the dossier's fields: saved with Opslaan, autosaved as a draft,
put back by Terugdraaien, like the other steps of the form (not stored at once as the
timeline is). A row is added or changed in a small dialog that checks it
(fact_dialogs.py); the tables only show.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any, Protocol, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot
from PySide6.QtWidgets import QPushButton, QTableView, QTabWidget, QWidget

from maatwerkdesk.domain.case_facts import (
    Amount,
    CaseFacts,
    Ruling,
    Stage,
    ThirdParty,
    format_euros,
    period_text,
)
from maatwerkdesk.ui.common.fitted_views import fit_height
from maatwerkdesk.ui.common.plain_text import plain_labels
from maatwerkdesk.ui.common.vocabulary import shown_label, shown_sentence
from maatwerkdesk.ui.dossier_editor.models import RowsModel
from maatwerkdesk.ui.dossier_editor.sections import selected_item, setup_table
from maatwerkdesk.ui.forms.ui_facts_page import Ui_FactsPage
from maatwerkdesk.ui.translation import QT_TRANSLATE_NOOP

TITLE = QT_TRANSLATE_NOOP("DossierEditor", "Feiten")
"""The step's title, in the context of the editor's other steps (see step_list.py)."""
T = TypeVar("T", Amount, ThirdParty, Ruling)
NO_STAGE = "—"
NOT_RECORDED = -1
"""The children box's value for "niet vastgelegd"."""


class FactDialogs(Protocol):
    def edit_amount(self, parent: QWidget, amount: Amount | None) -> Amount | None: ...
    def edit_third_party(self, parent: QWidget, party: ThirdParty | None) -> ThirdParty | None: ...
    def edit_ruling(self, parent: QWidget, ruling: Ruling | None, today: date) -> Ruling | None: ...


class AmountModel(RowsModel[Amount]):
    KIND, EUROS, PERIOD, NOTE = range(4)
    headers = (
        QT_TRANSLATE_NOOP("RowsModel", "Soort"),
        QT_TRANSLATE_NOOP("RowsModel", "Bedrag"),
        QT_TRANSLATE_NOOP("RowsModel", "Periode"),
        QT_TRANSLATE_NOOP("RowsModel", "Toelichting"),
    )

    def cell(self, item: Amount, column: int, *, tooltip: bool) -> str | None:
        kind, period = shown_label(item.kind), shown_sentence(period_text(item))
        return (kind, format_euros(item.euros), period, item.note)[column]


class ThirdPartyModel(RowsModel[ThirdParty]):
    ROLE, NAME, NOTE = range(3)
    headers = (
        QT_TRANSLATE_NOOP("RowsModel", "Rol"),
        QT_TRANSLATE_NOOP("RowsModel", "Naam"),
        QT_TRANSLATE_NOOP("RowsModel", "Toelichting"),
    )

    def cell(self, item: ThirdParty, column: int, *, tooltip: bool) -> str | None:
        return (shown_label(item.role), item.name, item.note)[column]


class RulingModel(RowsModel[Ruling]):
    ECLI, NOTE = range(2)
    headers = ("ECLI", QT_TRANSLATE_NOOP("RowsModel", "Waarom van belang"))

    def cell(self, item: Ruling, column: int, *, tooltip: bool) -> str | None:
        return (item.ecli, item.note)[column]


class _Table(QObject):
    """One table with its add, change and remove buttons over a list of entries."""

    changed = Signal()

    def __init__(
        self,
        view: QTableView,
        model: RowsModel[Any],
        stretch: tuple[int, ...],
        buttons: tuple[QPushButton, QPushButton, QPushButton],
        edit: Callable[[Any], Any],
    ) -> None:
        super().__init__(view)
        self._view, self._model, self._edit = view, model, edit
        self._add, self._change, self._remove = buttons
        setup_table(view, model, stretch)
        fit_height(view)
        self._add.clicked.connect(self._on_add)
        self._change.clicked.connect(self._on_change)
        self._remove.clicked.connect(self._on_remove)
        view.doubleClicked.connect(self._on_change)
        view.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def rows(self) -> tuple[Any, ...]:
        return tuple(self._model.item(row) for row in range(self._model.rowCount()))

    def show_rows(self, rows: tuple[Any, ...]) -> None:
        if rows != self.rows():
            self._model.set_rows(rows)
        self._update_buttons()

    def _set(self, rows: tuple[Any, ...], select: Any = None) -> None:
        self._model.set_rows(rows)
        if select is not None:
            self._view.selectRow(rows.index(select))
        self._update_buttons()
        self.changed.emit()

    @Slot()
    def _on_add(self) -> None:
        added = self._edit(None)
        if added is not None:
            self._set((*self.rows(), added), added)

    @Slot()
    def _on_change(self, *_args: object) -> None:
        current = selected_item(self._view)
        if current is None:
            return
        changed = self._edit(current)
        if changed is not None and changed != current:
            self._set(tuple(changed if r is current else r for r in self.rows()), changed)

    @Slot()
    def _on_remove(self) -> None:
        current = selected_item(self._view)
        if current is not None:
            self._set(tuple(r for r in self.rows() if r is not current))

    @Slot()
    def _update_buttons(self, *_args: object) -> None:
        chosen = selected_item(self._view) is not None
        self._change.setEnabled(chosen)
        self._remove.setEnabled(chosen)


class FactsSection(QObject):
    """The Feiten page, put in `tabs` after the page `after`. `edited(widget)` is emitted
    when the caseworker changes something, never while `show_facts` fills the page."""

    edited = Signal(object)

    def __init__(
        self, tabs: QTabWidget, after: QWidget, dialogs: Callable[[], FactDialogs]
    ) -> None:
        super().__init__(tabs)
        self.page = QWidget()
        self.ui = ui = Ui_FactsPage()
        ui.setupUi(self.page)
        plain_labels(self.page)
        title = QCoreApplication.translate("DossierEditor", TITLE)
        tabs.insertTab(tabs.indexOf(after) + 1, self.page, title)
        self._dialogs = dialogs
        ui.stage_combo.addItem(NO_STAGE, "")
        for stage in Stage:
            ui.stage_combo.addItem(shown_label(stage), stage.value)
        self._amounts = _Table(
            ui.amounts_view,
            AmountModel(self),
            (AmountModel.NOTE,),
            (ui.amount_add_button, ui.amount_edit_button, ui.amount_remove_button),
            lambda a: self._dialogs().edit_amount(self.page, a),
        )
        self._parties = _Table(
            ui.parties_view,
            ThirdPartyModel(self),
            (ThirdPartyModel.NAME, ThirdPartyModel.NOTE),
            (ui.party_add_button, ui.party_edit_button, ui.party_remove_button),
            lambda p: self._dialogs().edit_third_party(self.page, p),
        )
        self._rulings = _Table(
            ui.rulings_view,
            RulingModel(self),
            (RulingModel.NOTE,),
            (ui.ruling_add_button, ui.ruling_edit_button, ui.ruling_remove_button),
            lambda r: self._dialogs().edit_ruling(self.page, r, date.today()),
        )
        self._loading = False
        for table, view in (
            (self._amounts, ui.amounts_view),
            (self._parties, ui.parties_view),
            (self._rulings, ui.rulings_view),
        ):
            table.changed.connect(lambda v=view: self._on_edited(v))
        ui.stage_combo.currentIndexChanged.connect(lambda: self._on_edited(ui.stage_combo))
        ui.children_spin.valueChanged.connect(lambda: self._on_edited(ui.children_spin))
        ui.organisation_share_check.toggled.connect(
            lambda: self._on_edited(ui.organisation_share_check)
        )

    def facts(self) -> CaseFacts:
        """What the page shows, as typed."""
        stage = self.ui.stage_combo.currentData()
        children = self.ui.children_spin.value()
        return CaseFacts(
            stage=Stage(stage) if stage else None,
            amounts=self._amounts.rows(),
            third_parties=self._parties.rows(),
            rulings=self._rulings.rows(),
            minor_children=None if children == NOT_RECORDED else children,
            organisation_share=self.ui.organisation_share_check.isChecked(),
        )

    def show_facts(self, facts: CaseFacts) -> None:
        self._loading = True
        try:
            combo = self.ui.stage_combo
            combo.setCurrentIndex(max(0, combo.findData(facts.stage.value if facts.stage else "")))
            self._amounts.show_rows(facts.amounts)
            self._parties.show_rows(facts.third_parties)
            self._rulings.show_rows(facts.rulings)
            children = facts.minor_children
            self.ui.children_spin.setValue(NOT_RECORDED if children is None else children)
            self.ui.organisation_share_check.setChecked(facts.organisation_share)
        finally:
            self._loading = False

    def widget_for_field(self, field: str) -> QWidget | None:
        """The control of a `ValidationError.field` below `facts` (`facts.amounts[2].euros`)."""
        views = {
            "facts.stage": self.ui.stage_combo,
            "facts.minor_children": self.ui.children_spin,
            "facts.amounts": self.ui.amounts_view,
            "facts.third_parties": self.ui.parties_view,
            "facts.rulings": self.ui.rulings_view,
        }
        head = field.partition("[")[0]
        return views.get(head if head in views else ".".join(field.split(".")[:2]))

    def tab_chain(self) -> list[QWidget]:
        ui = self.ui
        return [
            ui.stage_combo,
            ui.children_spin,
            ui.organisation_share_check,
            ui.amounts_view,
            ui.amount_add_button,
            ui.amount_edit_button,
            ui.amount_remove_button,
            ui.parties_view,
            ui.party_add_button,
            ui.party_edit_button,
            ui.party_remove_button,
            ui.rulings_view,
            ui.ruling_add_button,
            ui.ruling_edit_button,
            ui.ruling_remove_button,
        ]

    def _on_edited(self, widget: QWidget) -> None:
        if not self._loading:
            self.edited.emit(widget)
