"""The timeline tab: dated events, stored at once rather than with the form."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject, Slot

from maatwerkdesk.domain.dossier import DossierRecord, TimelineEntry
from maatwerkdesk.services import dossiers
from maatwerkdesk.ui.common.formatting import format_date
from maatwerkdesk.ui.common.service_calls import ServiceCaller
from maatwerkdesk.ui.common.vocabulary import shown_label
from maatwerkdesk.ui.dossier_editor.dialogs import EditorDialogs
from maatwerkdesk.ui.dossier_editor.models import TimelineModel
from maatwerkdesk.ui.dossier_editor.sections import (
    apply_change,
    selected_item,
    setup_table,
    show_saved_state,
)
from maatwerkdesk.ui.forms.ui_dossier_editor import Ui_DossierEditor
from maatwerkdesk.ui.translation import QT_TRANSLATE_NOOP

_SAVE_FIRST = QT_TRANSLATE_NOOP(
    "TimelineSection", "Sla het dossier eerst op om de tijdlijn bij te houden."
)


class TimelineSection(QObject):
    """Adds and removes timeline entries; `adopt` takes in the changed dossier.

    `dialogs` is asked for on every use, as `ServiceCaller.dialogs` is: tests replace it.
    """

    def __init__(
        self,
        ui: Ui_DossierEditor,
        calls: ServiceCaller,
        dialogs: Callable[[], EditorDialogs],
        record: Callable[[], DossierRecord | None],
        adopt: Callable[[DossierRecord], None],
    ) -> None:
        super().__init__(calls.parent)
        self._ui = ui
        self._calls = calls
        self._dialogs = dialogs
        self._record = record
        self._adopt = adopt
        self.model = TimelineModel(self)
        setup_table(ui.timeline_view, self.model, stretch=(TimelineModel.DESCRIPTION,))
        ui.timeline_add_button.clicked.connect(self.add_entry)
        ui.timeline_remove_button.clicked.connect(self.remove_selected)
        ui.timeline_view.selectionModel().selectionChanged.connect(self._update_buttons)

    def show_record(self, record: DossierRecord | None) -> None:
        saved = record is not None
        self.model.set_rows(record.timeline if record is not None else ())
        show_saved_state(
            self._ui.timeline_hint_label,
            self._ui.timeline_add_button,
            (
                self.tr(
                    "Contacten, brieven en gebeurtenissen in dit dossier, op datum. "
                    "Wat u hier toevoegt of verwijdert, wordt direct bewaard."
                ),
                self.tr(_SAVE_FIRST),
            ),
            saved,
        )
        self._update_buttons()

    @Slot()
    def add_entry(self) -> None:
        record = self._record()
        calls = self._calls
        if record is None:
            calls.dialogs.inform(calls.parent, self.tr("Tijdlijn"), self.tr(_SAVE_FIRST))
            return
        entry = self._dialogs().new_timeline_entry(calls.parent, date.today())
        if entry is None:
            return
        context = calls.context()
        apply_change(
            calls,
            self.tr("Gebeurtenis toevoegen"),
            lambda s: dossiers.add_timeline_entry(s, context, record.id, entry),
            self._adopt,
        )

    @Slot()
    def remove_selected(self) -> None:
        record, entry = self._record(), self._selected()
        if record is None or entry is None:
            return
        calls = self._calls
        summary = entry.description.strip().splitlines()[0] if entry.description.strip() else ""
        if not calls.confirm_removal(
            self.tr("Gebeurtenis verwijderen"),
            self.tr("Deze gebeurtenis uit de tijdlijn verwijderen?"),
            f"{format_date(entry.occurred_on)}, {shown_label(entry.kind)}: {summary[:200]}",
        ):
            return
        context = calls.context()
        apply_change(
            calls,
            self.tr("Gebeurtenis verwijderen"),
            lambda s: dossiers.remove_timeline_entry(s, context, record.id, entry.id),
            self._adopt,
        )

    def _selected(self) -> TimelineEntry | None:
        return selected_item(self._ui.timeline_view)

    @Slot()
    def _update_buttons(self) -> None:
        selected = self._record() is not None and self._selected() is not None
        self._ui.timeline_remove_button.setEnabled(selected)
