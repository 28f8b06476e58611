"""The dossier form's widgets and their one mapping to and from `DossierFields`.

The conversion never validates, so a half-typed BSN still autosaves. Validation is the
services' job when the caseworker saves.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from maatwerkdesk.domain.dossier import DimensionNote, Doenvermogen, DossierFields, Subject
from maatwerkdesk.domain.vocabulary import (
    DoenObservation,
    DossierStatus,
    Organisation,
    SubjectKind,
)
from maatwerkdesk.ui.common.plain_text import allow_long_words, plain_labels
from maatwerkdesk.ui.dossier_editor.facts_section import FactDialogs, FactsSection
from maatwerkdesk.ui.dossier_editor.fields import BsnField, OptionalDate
from maatwerkdesk.ui.dossier_editor.form_setup import (
    apply_looks,
    build_doenvermogen,
    fill_choices,
    set_tab_order,
)
from maatwerkdesk.ui.forms.ui_dossier_editor import Ui_DossierEditor


class DossierForm(QObject):
    """Owns `ui` (set up on `host`) and the widgets generated for it.

    `edited(widget)` is emitted when the caseworker changes a field, never while
    `show_fields` fills the form.
    """

    edited = Signal(object)

    def __init__(self, host: QWidget, dialogs: Callable[[], FactDialogs]) -> None:
        super().__init__(host)
        self.host = host
        self.ui = ui = Ui_DossierEditor()
        ui.setupUi(host)
        self.facts = FactsSection(ui.tabs, ui.knelpunt_tab, dialogs)
        """The Feiten step, a page of its own form after Knelpunt."""
        self.bsn = BsnField(ui.bsn_edit, ui.bsn_show_button, ui.bsn_message_label)
        self.birth_date = OptionalDate(ui.birth_date_edit, maximum=date.today())
        fill_choices(ui)
        self.dimension_widgets, self.stressor_boxes = build_doenvermogen(ui)
        apply_looks(ui)
        plain_labels(host)
        allow_long_words(ui.heading_label)  # the title
        self._loading = False
        self._connect_signals()
        set_tab_order(ui, self.dimension_widgets, self.stressor_boxes, self.facts.tab_chain())

    def to_fields(self) -> DossierFields:
        """The form as `DossierFields`, exactly as typed."""
        ui = self.ui
        organisations = []
        for row in range(ui.organisations_list.count()):
            item = ui.organisations_list.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                organisations.append(Organisation(item.data(Qt.ItemDataRole.UserRole)))
        dimensions = {}
        for dimension, (combo, note) in self.dimension_widgets.items():
            observation = DoenObservation(combo.currentData())
            text = note.toPlainText()
            if observation is not DoenObservation.NOT_OBSERVED or text:
                dimensions[dimension] = DimensionNote(observation, text)
        return DossierFields(
            title=ui.title_edit.text(),
            status=DossierStatus(ui.status_combo.currentData()),
            owner=ui.owner_edit.text(),
            organisations=tuple(organisations),
            regulation=ui.regulation_edit.text(),
            article=ui.article_edit.text(),
            deviation_article=ui.deviation_article_edit.text(),
            generic_outcome=ui.generic_outcome_edit.toPlainText(),
            knelpunt=ui.knelpunt_edit.toPlainText(),
            request=ui.request_edit.toPlainText(),
            notes=ui.notes_edit.toPlainText(),
            subject=Subject(
                kind=SubjectKind.BUSINESS if ui.business_radio.isChecked() else SubjectKind.PERSON,
                name=ui.name_edit.text(),
                bsn=self.bsn.value(),
                kvk_number=ui.kvk_edit.text(),
                date_of_birth=self.birth_date.value(),
                contact=ui.contact_edit.toPlainText(),
                household=ui.household_edit.toPlainText(),
            ),
            doenvermogen=Doenvermogen(
                dimensions=dimensions,
                stressors=frozenset(s for s, box in self.stressor_boxes.items() if box.isChecked()),
                support=ui.support_edit.toPlainText(),
            ),
            facts=self.facts.facts(),
        )

    def show_fields(self, fields: DossierFields) -> None:
        """Show `fields`. Widgets whose content is unchanged keep their undo."""
        ui = self.ui
        self._loading = True
        try:
            _set_line(ui.title_edit, fields.title)
            ui.status_combo.setCurrentIndex(max(0, ui.status_combo.findData(fields.status.value)))
            _set_line(ui.owner_edit, fields.owner)
            for row in range(ui.organisations_list.count()):
                item = ui.organisations_list.item(row)
                wanted = item.data(Qt.ItemDataRole.UserRole) in fields.organisations
                item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)
            _set_line(ui.regulation_edit, fields.regulation)
            _set_line(ui.article_edit, fields.article)
            _set_line(ui.deviation_article_edit, fields.deviation_article)
            _set_plain(ui.generic_outcome_edit, fields.generic_outcome)
            _set_plain(ui.knelpunt_edit, fields.knelpunt)
            _set_plain(ui.request_edit, fields.request)
            _set_plain(ui.notes_edit, fields.notes)

            subject = fields.subject
            if subject.kind is SubjectKind.BUSINESS:
                ui.business_radio.setChecked(True)
            else:
                ui.person_radio.setChecked(True)
            _set_line(ui.name_edit, subject.name)
            if self.bsn.value() != subject.bsn:
                self.bsn.set_value(subject.bsn)
            _set_line(ui.kvk_edit, subject.kvk_number)
            self.birth_date.set_value(subject.date_of_birth)
            _set_plain(ui.contact_edit, subject.contact)
            _set_plain(ui.household_edit, subject.household)

            doen = fields.doenvermogen
            for dimension, (combo, note) in self.dimension_widgets.items():
                observed = doen.note_for(dimension)
                combo.setCurrentIndex(max(0, combo.findData(observed.observation.value)))
                _set_plain(note, observed.note)
            for stressor, box in self.stressor_boxes.items():
                box.setChecked(stressor in doen.stressors)
            _set_plain(ui.support_edit, doen.support)
            self.facts.show_facts(fields.facts)
        finally:
            self._loading = False
        self.update_subject_rows()

    def widget_for_field(self, field: str) -> QWidget | None:
        """The widget that edits `field` (a `ValidationError.field`), made visible."""
        ui = self.ui
        if field.startswith("facts."):
            return self.facts.widget_for_field(field)
        widgets: dict[str, QWidget] = {
            "title": ui.title_edit,
            "status": ui.status_combo,
            "owner": ui.owner_edit,
            "organisations": ui.organisations_list,
            "regulation": ui.regulation_edit,
            "article": ui.article_edit,
            "deviation_article": ui.deviation_article_edit,
            "generic_outcome": ui.generic_outcome_edit,
            "knelpunt": ui.knelpunt_edit,
            "request": ui.request_edit,
            "notes": ui.notes_edit,
            "subject.kind": ui.person_radio,
            "subject.name": ui.name_edit,
            "subject.bsn": ui.bsn_edit,
            "subject.kvk_number": ui.kvk_edit,
            "subject.date_of_birth": ui.birth_date_edit,
            "subject.contact": ui.contact_edit,
            "subject.household": ui.household_edit,
            "doenvermogen.support": ui.support_edit,
        }
        for dimension, (_combo, note) in self.dimension_widgets.items():
            widgets[f"doenvermogen.{dimension.value}"] = note
        if field == "subject.kvk_number":
            ui.subject_form.setRowVisible(ui.kvk_edit, True)
        return widgets.get(field)

    def offer_deviation_article(self, citation: str) -> None:
        """Fill in the deviation clause from the route just chosen, while it is empty and
        may be edited: typed like a person's edit (it can be undone, and it is saved as
        one); a clause someone wrote is never overwritten."""
        edit = self.ui.deviation_article_edit
        if citation and not edit.text().strip() and edit.isEnabled() and not edit.isReadOnly():
            edit.clear()
            edit.insert(citation)

    def update_subject_rows(self) -> None:
        business = self.ui.business_radio.isChecked()
        # A KvK number typed while 'Persoon' is chosen stays visible, so it can be fixed.
        show_kvk = business or bool(self.ui.kvk_edit.text().strip())
        self.ui.subject_form.setRowVisible(self.ui.kvk_edit, show_kvk)

    def _connect_signals(self) -> None:
        ui = self.ui
        for edit in (
            ui.title_edit,
            ui.owner_edit,
            ui.regulation_edit,
            ui.article_edit,
            ui.deviation_article_edit,
            ui.name_edit,
            ui.kvk_edit,
        ):
            edit.textChanged.connect(partial(self._on_field_edited, edit))
        plain_edits = [
            ui.generic_outcome_edit,
            ui.knelpunt_edit,
            ui.request_edit,
            ui.notes_edit,
            ui.contact_edit,
            ui.household_edit,
            ui.support_edit,
        ]
        for combo, note in self.dimension_widgets.values():
            combo.currentIndexChanged.connect(partial(self._on_field_edited, combo))
            plain_edits.append(note)
        for edit in plain_edits:
            edit.textChanged.connect(partial(self._on_field_edited, edit))
        for box in self.stressor_boxes.values():
            box.toggled.connect(partial(self._on_field_edited, box))
        ui.status_combo.currentIndexChanged.connect(partial(self._on_field_edited, ui.status_combo))
        ui.organisations_list.itemChanged.connect(
            partial(self._on_field_edited, ui.organisations_list)
        )
        ui.person_radio.toggled.connect(self._on_person_radio_toggled)
        self.bsn.edited.connect(partial(self._on_field_edited, ui.bsn_edit))
        ui.birth_date_edit.dateChanged.connect(partial(self._on_field_edited, ui.birth_date_edit))
        ui.birth_date_clear_button.clicked.connect(self._on_birth_date_clear_button_clicked)
        self.facts.edited.connect(self._on_field_edited)

    def _on_field_edited(self, widget: QWidget, *_args: object) -> None:
        if self._loading:
            return
        if widget is self.ui.kvk_edit:
            self.update_subject_rows()
        self.edited.emit(widget)

    @Slot(bool)
    def _on_person_radio_toggled(self, _checked: bool) -> None:
        self.update_subject_rows()
        self._on_field_edited(self.ui.person_radio)

    @Slot()
    def _on_birth_date_clear_button_clicked(self) -> None:
        self.birth_date.clear()


def _set_line(edit: QLineEdit, text: str) -> None:
    if edit.text() != text:
        edit.setText(text)


def _set_plain(edit: QPlainTextEdit, text: str) -> None:
    if edit.toPlainText() != text:
        edit.setPlainText(text)
