"""A group's title, rule and shared knelpunt, and its group decision, in one form."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from maatwerkdesk.domain.decision import Decision, Degree, DegreeUnit, OutcomeType
from maatwerkdesk.domain.groups import Group, GroupFields
from maatwerkdesk.services import groups
from maatwerkdesk.services.unit_of_work import Session
from maatwerkdesk.ui.common.plain_text import plain_labels
from maatwerkdesk.ui.common.service_calls import ServiceCaller
from maatwerkdesk.ui.common.vocabulary import shown_label
from maatwerkdesk.ui.forms.ui_group_form import Ui_GroupFormDialog
from maatwerkdesk.ui.translation import QT_TRANSLATE_NOOP

TITLE = QT_TRANSLATE_NOOP("GroupFormDialog", "Groep")
NO_DECISION = QT_TRANSLATE_NOOP("GroupFormDialog", "Nog geen groepsbesluit")
NO_DEGREE = QT_TRANSLATE_NOOP("GroupFormDialog", "geen mate")
"""The form's texts kept as constants, translated (context "GroupFormDialog") where shown."""


class GroupFormDialog(QDialog):
    """Make a group (`group` None) or change one; the group decision is recorded when it
    differs from the one the group has, so every member is checked again only then."""

    def __init__(
        self, calls: ServiceCaller, group: Group | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_GroupFormDialog()
        self.ui.setupUi(self)
        plain_labels(self)
        self._calls = calls
        self._group = group
        self.saved: Group | None = None
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Opslaan"))
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Cancel).setText(
            self.tr("Annuleren")
        )
        self.ui.outcome_combo.addItem(self.tr(NO_DECISION), None)
        for kind in OutcomeType:  # the data as text: Qt hands a str enum back as str
            self.ui.outcome_combo.addItem(shown_label(kind), kind.value)
        self.ui.unit_combo.addItem(self.tr(NO_DEGREE), None)
        for unit in DegreeUnit:
            self.ui.unit_combo.addItem(shown_label(unit), unit.value)
        self.ui.unit_combo.currentIndexChanged.connect(self._update)
        self.ui.button_box.accepted.connect(self._on_accepted)
        self.ui.button_box.rejected.connect(self.reject)
        if group is not None:
            self.setWindowTitle(self.tr("Groep {}").format(group.reference))
            self._show(group)
        else:
            self.setWindowTitle(self.tr("Nieuwe groep"))
        self._update()

    def _show(self, group: Group) -> None:
        fields = group.fields
        self.ui.title_edit.setText(fields.title)
        self.ui.regulation_edit.setText(fields.regulation)
        self.ui.article_edit.setText(fields.article)
        self.ui.pattern_edit.setPlainText(fields.pattern)
        decision = group.decision
        if decision is None:
            return
        self.ui.outcome_combo.setCurrentIndex(
            self.ui.outcome_combo.findData(decision.outcome_type.value)
        )
        if decision.degree is not None:
            self.ui.unit_combo.setCurrentIndex(
                self.ui.unit_combo.findData(decision.degree.unit.value)
            )
            self.ui.degree_spin.setValue(decision.degree.value)
        self.ui.motivation_edit.setPlainText(decision.motivation)

    @Slot()
    def _update(self) -> None:
        self.ui.degree_spin.setEnabled(self.ui.unit_combo.currentData() is not None)

    def _fields(self) -> GroupFields:
        return GroupFields(
            self.ui.title_edit.text(),
            self.ui.regulation_edit.text(),
            self.ui.article_edit.text(),
            self.ui.pattern_edit.toPlainText(),
        )

    def _decision(self) -> Decision | None:
        kind = self.ui.outcome_combo.currentData()
        if kind is None:
            return None
        unit = self.ui.unit_combo.currentData()
        value = self.ui.degree_spin.value()
        degree = Degree(DegreeUnit(unit), value) if unit is not None else None
        return Decision(OutcomeType(kind), degree, motivation=self.ui.motivation_edit.toPlainText())

    @Slot()
    def _on_accepted(self) -> None:
        fields, decision = self._fields(), self._decision()
        context = self._calls.context()
        known = self._group

        def save(session: Session) -> Group:
            if known is None:
                group = groups.create_group(session, context, fields)
            else:
                group = groups.update_group(session, context, known.id, fields)
            if decision is not None and decision != group.decision:
                group = groups.record_group_decision(session, context, group.id, decision)
            return group

        self.saved = self._calls.run(self.tr(TITLE), save)
        if self.saved is not None:
            self.accept()
