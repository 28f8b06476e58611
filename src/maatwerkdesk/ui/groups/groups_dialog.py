"""Groepen: the groups with their group decision, and per group its members with the state
of each member's individual check; from here a caseworker checks a member and applies the
group decision to it (services/groups.py decides what may)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from maatwerkdesk.domain.decision import Decision, OutcomeType
from maatwerkdesk.domain.groups import Group, GroupMember
from maatwerkdesk.services import groups
from maatwerkdesk.ui.common.plain_text import plain_labels
from maatwerkdesk.ui.common.service_calls import ServiceCaller
from maatwerkdesk.ui.common.vocabulary import degree_text, shown_label
from maatwerkdesk.ui.forms.ui_groups_dialog import Ui_GroupsDialog
from maatwerkdesk.ui.groups.group_form import GroupFormDialog
from maatwerkdesk.ui.translation import QT_TRANSLATE_NOOP

TITLE = QT_TRANSLATE_NOOP("GroupsDialog", "Groepen")
"""The title of its messages, translated (context "GroupsDialog") where shown."""
ID_ROLE = Qt.ItemDataRole.UserRole


def _outcome_text(decision: Decision) -> str:
    """'Gedeeltelijk afwijken, 50%'."""
    label = shown_label(OutcomeType(decision.outcome_type))  # as the domain's outcome_summary
    return f"{label}, {degree_text(decision.degree)}" if decision.degree is not None else label


def _decision_text(group: Group) -> str:
    if group.decision is not None:
        return _outcome_text(group.decision)
    return QCoreApplication.translate("GroupsDialog", "nog geen")


def _members_text(group: Group) -> str:
    if len(group.members) == 1:
        return QCoreApplication.translate("GroupsDialog", "1 lid")
    return QCoreApplication.translate("GroupsDialog", "{} leden").format(len(group.members))


def detail_text(group: Group) -> str:
    """The chosen group's rule, shared knelpunt and group decision, as plain text."""
    rule = f"{group.fields.regulation} {group.fields.article}".strip()
    lines = [
        f"{group.label}",
        QCoreApplication.translate("GroupsDialog", "Regeling: {}").format(rule),
        QCoreApplication.translate("GroupsDialog", "Gedeeld knelpunt: {}").format(
            group.fields.pattern
        ),
    ]
    decision = group.decision
    if decision is None:
        lines.append(
            QCoreApplication.translate(
                "GroupsDialog", "Groepsbesluit: nog geen. Leg het vast met ‘Groep wijzigen…’."
            )
        )
    else:
        lines.append(
            QCoreApplication.translate(
                "GroupsDialog", "Groepsbesluit: {outcome}. {motivation}"
            ).format(outcome=_outcome_text(decision), motivation=decision.motivation)
        )
    return "\n".join(lines)


def _fit_width(tree: QTreeWidget, *, stretched: tuple[int, ...]) -> None:
    """Columns as wide as their text, the `stretched` ones sharing what is left (their
    text elided), so nothing scrolls sideways."""
    header = tree.header()
    header.setStretchLastSection(False)
    for column in range(tree.columnCount()):
        mode = (
            QHeaderView.ResizeMode.Stretch
            if column in stretched
            else QHeaderView.ResizeMode.ResizeToContents
        )
        header.setSectionResizeMode(column, mode)


class GroupsDialog(QDialog):
    def __init__(
        self,
        calls: ServiceCaller,
        *,
        open_dossier: Callable[[], str | None],
        show_dossier: Callable[[str], None],
        select: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_GroupsDialog()
        self.ui.setupUi(self)
        plain_labels(self)
        self._calls = ServiceCaller(self, calls.workspace, lambda: calls.dialogs)
        self._open_dossier = open_dossier
        self._show_dossier = show_dossier
        self._groups: list[Group] = []
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Sluiten"))
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.group_tree.currentItemChanged.connect(self._show_group)
        self.ui.member_tree.currentItemChanged.connect(self._update)
        self.ui.member_tree.itemActivated.connect(self._on_open_button_clicked)
        self.ui.new_button.clicked.connect(self._on_new_button_clicked)
        self.ui.edit_button.clicked.connect(self._on_edit_button_clicked)
        self.ui.fits_button.clicked.connect(self._on_fits_button_clicked)
        self.ui.individual_button.clicked.connect(self._on_individual_button_clicked)
        self.ui.apply_button.clicked.connect(self._on_apply_button_clicked)
        self.ui.add_button.clicked.connect(self._on_add_button_clicked)
        self.ui.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.ui.open_button.clicked.connect(self._on_open_button_clicked)
        _fit_width(self.ui.group_tree, stretched=(1,))
        _fit_width(self.ui.member_tree, stretched=(1, 3))
        self.reload(select)

    # ------------------------------------------------------------------ reading

    def reload(self, select: str | None = None) -> None:
        """Read the groups again and choose the one with id `select` (or the first)."""
        context = self._calls.context()
        found = self._calls.run(self.tr(TITLE), lambda s: groups.list_groups(s, context))
        self._groups = found if found is not None else []
        tree = self.ui.group_tree
        tree.blockSignals(True)
        tree.clear()
        for group in self._groups:
            item = QTreeWidgetItem(
                [group.reference, group.fields.title, _decision_text(group), _members_text(group)]
            )
            item.setData(0, ID_ROLE, group.id)
            tree.addTopLevelItem(item)
            if group.id == select or tree.currentItem() is None:
                tree.setCurrentItem(item)
        tree.blockSignals(False)
        self._show_group()

    def group(self) -> Group | None:
        item = self.ui.group_tree.currentItem()
        chosen = item.data(0, ID_ROLE) if item is not None else None
        return next((g for g in self._groups if g.id == chosen), None)

    def member(self) -> GroupMember | None:
        group, item = self.group(), self.ui.member_tree.currentItem()
        if group is None or item is None:
            return None
        return group.member(item.data(0, ID_ROLE))

    @Slot()
    def _show_group(self) -> None:
        group = self.group()
        self.ui.detail_label.setText(detail_text(group) if group is not None else "")
        tree = self.ui.member_tree
        tree.clear()
        if group is not None:
            for member in group.members:
                state = shown_label(group.check_of(member))
                if member.signed:
                    state = self.tr("{}, ondertekend").format(state)
                item = QTreeWidgetItem(
                    [member.reference, member.title, state, member.circumstances]
                )
                item.setData(0, ID_ROLE, member.dossier_id)
                item.setToolTip(3, member.circumstances)
                tree.addTopLevelItem(item)
        if tree.topLevelItemCount():
            tree.setCurrentItem(tree.topLevelItem(0))
        self._update()

    @Slot()
    def _update(self) -> None:
        group, member = self.group(), self.member()
        chosen = member is not None and not member.signed
        self.ui.edit_button.setEnabled(group is not None)
        self.ui.add_button.setEnabled(group is not None and self._open_dossier() is not None)
        for button in (self.ui.fits_button, self.ui.individual_button, self.ui.apply_button):
            button.setEnabled(chosen)
        self.ui.remove_button.setEnabled(chosen)
        self.ui.open_button.setEnabled(member is not None)
        self.ui.circumstances_edit.setPlainText(member.circumstances if member else "")

    # ------------------------------------------------------------------ acts

    def _member_act(self, act: Callable[..., Group]) -> None:
        """Run `act(session, context, group_id, dossier_id)` on the chosen member."""
        group, member = self.group(), self.member()
        if group is None or member is None:
            return
        context = self._calls.context()
        done = self._calls.run(
            self.tr(TITLE), lambda s: act(s, context, group.id, member.dossier_id)
        )
        if done is not None:
            self.reload(group.id)
            self._choose(member.dossier_id)

    def _choose(self, dossier_id: str) -> None:
        tree = self.ui.member_tree
        for index in range(tree.topLevelItemCount()):
            if tree.topLevelItem(index).data(0, ID_ROLE) == dossier_id:
                tree.setCurrentItem(tree.topLevelItem(index))

    @Slot()
    def _on_new_button_clicked(self) -> None:
        self._edit(None)

    @Slot()
    def _on_edit_button_clicked(self) -> None:
        group = self.group()
        if group is not None:
            self._edit(group)

    def _edit(self, group: Group | None) -> None:
        dialog = GroupFormDialog(self._calls, group, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.reload(dialog.saved.id if dialog.saved else None))
        dialog.open()

    @Slot()
    def _on_fits_button_clicked(self) -> None:
        text = self.ui.circumstances_edit.toPlainText()
        self._member_act(
            lambda s, c, g, d: groups.record_member_check(s, c, g, d, fits=True, circumstances=text)
        )

    @Slot()
    def _on_individual_button_clicked(self) -> None:
        text = self.ui.circumstances_edit.toPlainText()
        self._member_act(
            lambda s, c, g, d: groups.record_member_check(
                s, c, g, d, fits=False, circumstances=text
            )
        )

    @Slot()
    def _on_apply_button_clicked(self) -> None:
        self._member_act(groups.apply_group_decision)

    @Slot()
    def _on_remove_button_clicked(self) -> None:
        member = self.member()
        if member is not None and self._calls.confirm_removal(
            self.tr(TITLE),
            self.tr("{} uit de groep halen?").format(member.reference),
            verb=self.tr("Uit de groep halen"),
        ):
            self._member_act(groups.remove_member)

    @Slot()
    def _on_add_button_clicked(self) -> None:
        group, dossier_id = self.group(), self._open_dossier()
        if group is None or dossier_id is None:
            return
        context = self._calls.context()
        if self._calls.run(
            self.tr(TITLE), lambda s: groups.add_member(s, context, group.id, dossier_id)
        ):
            self.reload(group.id)
            self._choose(dossier_id)

    @Slot()
    def _on_open_button_clicked(self) -> None:
        member = self.member()
        if member is not None:
            self._show_dossier(member.dossier_id)
